"""One extracted article -> the database, in one transaction.

Either the article, its events, mentions, places, actors and vessels are all
written, or nothing is: an ingest interrupted half-way leaves no trace, and the
rerun completes it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func
from sqlmodel import Session, select

from maritime import models
from maritime.extract import EXTRACTOR_VERSION, Evidence, ExtractedEvent
from maritime.geo.place import Place as GeoPlace
from maritime.read.article import Article
from maritime.resolve.events import (
    Candidate,
    Claim,
    Known,
    confidence,
    is_same_incident,
    reconcile,
)
from maritime.resolve.vessels import resolve_vessel
from maritime.upsert import get_or_create

# How far around a new mention's dates to look for an event it may repeat.
MATCH_WINDOW_DAYS = 45
INGEST_LOCK_KEY = 7226484


@dataclass(frozen=True)
class StoreResult:
    article_id: int
    new: bool
    events_new: int = 0
    events_merged: int = 0


def store_article(
    session: Session, article: Article, events: Sequence[ExtractedEvent]
) -> StoreResult:
    """Write one article and its events; a known article (same content) is a no-op."""
    if session.get_bind().dialect.name == "postgresql":
        # Event resolution reads then writes; serialise it so concurrent ingests
        # cannot both create the same incident. Taken before the known-article check,
        # so a process that waited here sees the article another one just stored.
        session.exec(select(func.pg_advisory_xact_lock(INGEST_LOCK_KEY)))
    known = session.exec(
        select(models.Article.id).where(models.Article.content_hash == article.content_hash)
    ).first()
    if known is not None:
        return StoreResult(article_id=known, new=False)
    previous = None
    if article.locator is not None:
        previous = session.exec(
            select(models.Article)
            .where(models.Article.locator == article.locator)
            .order_by(models.Article.id.desc())  # type: ignore[union-attr]
        ).first()
    row = models.Article(
        uri=article.uri,
        locator=article.locator,
        url=article.url,
        source=article.source,
        title=article.title,
        published=article.published,
        published_origin=article.published_origin,
        dateline=article.dateline,
        format=article.fmt,
        text=article.text,
        content_hash=article.content_hash,
        previous_version_id=previous.id if previous else None,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    created, merged = write_events(session, row, events)
    if previous is not None:
        retire_article_events(session, previous.id)
    return StoreResult(article_id=row.id, new=True, events_new=created, events_merged=merged)


def write_events(
    session: Session, article: models.Article, events: Sequence[ExtractedEvent]
) -> tuple[int, int]:
    """Attach each extracted event to a known incident or a new one; (new, merged).

    Mentions this article had before and no longer yields (after a change of
    engine) are dropped, with events left without any source.
    """
    assert article.id is not None
    article.extractor_version = EXTRACTOR_VERSION
    created = merged = 0
    touched: set[int] = set()
    kept: set[int] = set()
    for extracted in events:
        candidate, vessels = _candidate(session, article, extracted)
        pinned = pinned_event(session, article.id, extracted)
        known = (
            Known(pinned, None, None, set())
            if pinned
            else find_known_event(session, candidate, exclude=touched)
        )
        if known is None:
            event = models.Event(
                type=extracted.type,
                date_start=extracted.date_start,
                date_end=extracted.date_end,
                date_precision=extracted.date_precision,
                date_phrase=extracted.date_phrase,
                place_id=candidate.place.id if candidate.place else None,
                place_phrase=extracted.place_phrase,
                actor_id=candidate.actor.id if candidate.actor else None,
                target_type=_target_type(extracted),
                vessel_count=extracted.vessel_count,
                killed=extracted.killed,
                extractor_version=EXTRACTOR_VERSION,
            )
            session.add(event)
            session.flush()
            created += 1
        else:
            event = known.event
            merged += 1
        assert event.id is not None
        touched.add(event.id)
        for vessel in vessels:
            get_or_create(
                session,
                models.EventVessel,
                {"event_id": event.id, "vessel_id": vessel.id},
                role="target",
            )
        kept |= _add_mentions(session, article, event, candidate, extracted)
    session.flush()
    touched |= set(
        session.exec(select(models.Mention.event_id).where(models.Mention.article_id == article.id))
    )
    stale = select(models.Mention.id).where(
        models.Mention.article_id == article.id,
        models.Mention.id.not_in(kept),  # type: ignore[union-attr]
    )
    touched |= set(
        session.exec(select(models.Mention.event_id).where(models.Mention.id.in_(stale)))
    )  # type: ignore[union-attr]
    session.execute(delete(models.Mention).where(models.Mention.id.in_(stale)))  # type: ignore[union-attr]
    delete_unsourced_events(session)
    reconcile_events(session, touched)
    return created, merged


def _candidate(
    session: Session, article: models.Article, extracted: ExtractedEvent
) -> tuple[Candidate, list[models.Vessel]]:
    assert article.id is not None
    place = store_place(session, extracted.place)
    actor = None
    if extracted.actor:
        actor = get_or_create(
            session,
            models.Actor,
            {"name": extracted.actor},
            country=extracted.actor_country,
            kind=extracted.actor_kind,
        )
    vessels = [
        v
        for v in (
            resolve_vessel(session, m, article_id=article.id, seen_on=_seen_on(extracted, article))
            for m in extracted.vessels
        )
        if v is not None
    ]
    candidate = Candidate(
        type=extracted.type,
        date_start=extracted.date_start,
        date_end=extracted.date_end,
        date_precision=extracted.date_precision,
        place=place,
        actor=actor,
        vessel_ids={v.id for v in vessels if v.id is not None},
        killed=extracted.killed,
    )
    return candidate, vessels


def _seen_on(extracted: ExtractedEvent, article: models.Article) -> date | None:
    return extracted.date_start if extracted.date_precision == "day" else article.published


def _target_type(extracted: ExtractedEvent) -> str | None:
    return next((v.vessel_type for v in extracted.vessels if v.vessel_type), None)


def store_place(session: Session, place: GeoPlace | None) -> models.Place | None:
    if place is None:
        return None
    point = f"{place.lat:.4f},{place.lon:.4f}"
    key = place.key or f"{place.resolved_by}:{place.precision}:{point}:{place.name.lower()}"
    south, west, north, east = place.bbox or (None, None, None, None)
    return get_or_create(
        session,
        models.Place,
        {"key": key},
        name=place.name,
        kind=place.kind,
        precision=place.precision,
        lat=place.lat,
        lon=place.lon,
        south=south,
        west=west,
        north=north,
        east=east,
        country=place.country,
        resolved_by=place.resolved_by,
    )


def pin_for(session: Session, article_id: int, kind: str, evidence: Evidence) -> int | None:
    """The event an analyst pinned this telling to, if any."""
    return session.exec(
        select(models.MentionPin.event_id)
        .join(models.Mention, models.Mention.id == models.MentionPin.mention_id)
        .where(
            models.Mention.article_id == article_id,
            models.Mention.type == kind,
            models.Mention.evidence_start == evidence.evidence_start,
            models.Mention.evidence_end == evidence.evidence_end,
        )
    ).first()


def pinned_event(
    session: Session, article_id: int, extracted: ExtractedEvent
) -> models.Event | None:
    for evidence in extracted.mentions:
        event_id = pin_for(session, article_id, extracted.type, evidence)
        if event_id is not None:
            return session.get(models.Event, event_id)
    return None


def find_known_event(
    session: Session,
    candidate: Candidate,
    exclude: set[int] = frozenset(),  # type: ignore[assignment]
) -> Known | None:
    """The stored incident this candidate repeats, if any (see resolve.events).

    `exclude` holds events this article has already told: the extractor already
    decided that two events of one article are distinct incidents.
    """
    if candidate.date_start is None or candidate.date_end is None:
        return None
    window = timedelta(days=MATCH_WINDOW_DAYS)
    query = (
        select(models.Event)
        .where(models.Event.type == candidate.type)
        .where(models.Event.date_start <= candidate.date_end + window)  # type: ignore[operator]
        .where(models.Event.date_end >= candidate.date_start - window)  # type: ignore[operator]
        .order_by(models.Event.id)
    )
    events = [e for e in session.exec(query) if e.id not in exclude]
    # One query for every candidate's vessels, not one per candidate (a busy sea
    # holds hundreds of events inside the window).
    vessel_ids: dict[int | None, set[int]] = defaultdict(set)
    links = select(models.EventVessel.event_id, models.EventVessel.vessel_id).where(
        models.EventVessel.event_id.in_([e.id for e in events])  # type: ignore[attr-defined]
    )
    for event_id, vessel_id in session.exec(links) if events else ():
        vessel_ids[event_id].add(vessel_id)
    for event in events:
        known = Known(
            event=event,
            place=session.get(models.Place, event.place_id) if event.place_id else None,
            actor=session.get(models.Actor, event.actor_id) if event.actor_id else None,
            vessel_ids=vessel_ids[event.id],
        )
        if is_same_incident(candidate, known):
            return known
    return None


def _add_mentions(
    session: Session,
    article: models.Article,
    event: models.Event,
    candidate: Candidate,
    extracted: ExtractedEvent,
) -> set[int]:
    """Record what this article claims; a mention already stored is brought up to date."""
    assert article.id is not None and event.id is not None
    claims = {
        "date_start": extracted.date_start,
        "date_end": extracted.date_end,
        "date_precision": extracted.date_precision,
        "date_phrase": extracted.date_phrase,
        "date_basis": extracted.date_basis,
        "place_phrase": extracted.place_phrase,
        "place_id": candidate.place.id if candidate.place else None,
        "actor_name": extracted.actor,
        "actor_country": extracted.actor_country,
        "vessel_names": " | ".join(v.name for v in extracted.vessels if v.name) or None,
        "target_type": _target_type(extracted),
        "vessel_count": extracted.vessel_count,
        "killed": extracted.killed,
        "extractor_version": EXTRACTOR_VERSION,
    }
    ids = set()
    for evidence in extracted.mentions:
        # An analyst's grouping outranks the matcher, mention by mention.
        event_id = pin_for(session, article.id, extracted.type, evidence) or event.id
        mention = get_or_create(
            session,
            models.Mention,
            {
                "article_id": article.id,
                "event_id": event_id,
                "evidence_start": evidence.evidence_start,
                "evidence_end": evidence.evidence_end,
            },
            type=extracted.type,
            sentence=article.text[evidence.sentence_start : evidence.sentence_end],
            sentence_start=evidence.sentence_start,
            sentence_end=evidence.sentence_end,
            **claims,
        )
        for key, value in claims.items():
            setattr(mention, key, value)
        mention.event_id = event_id
        assert mention.id is not None
        assert mention.id is not None
        ids.add(mention.id)
    return ids


def reconcile_events(session: Session, event_ids: set[int]) -> None:
    """Recompute events' values and confidence from all their sources' claims."""
    for event_id in sorted(event_ids):
        event = session.get(models.Event, event_id)
        if event is None:  # removed with its last source
            continue
        rows = session.exec(
            select(models.Mention, models.Place, models.Actor, models.Article)
            .join(models.Article, models.Article.id == models.Mention.article_id)
            .outerjoin(models.Place, models.Place.id == models.Mention.place_id)
            .outerjoin(models.Actor, models.Actor.name == models.Mention.actor_name)
            .where(models.Mention.event_id == event_id)
            .order_by(models.Mention.id)
        ).all()
        claims = [
            Claim(
                date_start=m.date_start,
                date_end=m.date_end,
                date_precision=m.date_precision,
                date_phrase=m.date_phrase,
                place=place,
                place_phrase=m.place_phrase,
                actor_id=actor.id if actor else None,
                vessel_count=m.vessel_count,
                killed=m.killed,
                target_type=m.target_type,
            )
            for m, place, actor, _ in rows
        ]
        reconcile(event, claims)
        event.confidence = confidence(len({a.source or a.uri for *_, a in rows}))
        event.updated_at = models.utcnow()


def retire_article_events(session: Session, article_id: int | None) -> None:
    """Drop what an older version of an article said, and events left unsourced."""
    touched = set(
        session.exec(select(models.Mention.event_id).where(models.Mention.article_id == article_id))
    )
    session.execute(delete(models.Mention).where(models.Mention.article_id == article_id))
    delete_unsourced_events(session)
    reconcile_events(session, touched)


def delete_unsourced_events(session: Session) -> None:
    orphans = select(models.Event.id).where(
        ~select(models.Mention.id).where(models.Mention.event_id == models.Event.id).exists()
    )
    gone = list(session.exec(orphans))
    if gone:  # the usual new article orphans nothing: keep the session's rows loaded
        session.execute(delete(models.Event).where(models.Event.id.in_(gone)))  # type: ignore[union-attr]
        session.expire_all()


def reprocess_article(
    session: Session, article: models.Article, events: Sequence[ExtractedEvent]
) -> tuple[int, int]:
    """Re-read a stored article with the current engine; event ids survive when the
    incident is still found (its new mention matches the event it had)."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(select(func.pg_advisory_xact_lock(INGEST_LOCK_KEY)))
    return write_events(session, article, events)
