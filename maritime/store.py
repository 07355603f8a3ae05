"""One extracted article -> the database, in one transaction.

Either the article, its events, mentions, places, actors and vessels are all
written, or nothing is: an ingest interrupted half-way leaves no trace, and the
rerun completes it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, or_
from sqlmodel import Session, select

from maritime import models
from maritime.extract import EXTRACTOR_VERSION, ExtractedEvent
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
from maritime.upsert import get_or_create_immutable, insert_missing

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
    same = models.Article.content_hash == article.content_hash
    if article.locator is not None:
        same = or_(same, models.Article.locator == article.locator)
    # One look-up answers both "stored already?" and "an older version of it?".
    stored = session.exec(
        select(models.Article.id, models.Article.content_hash)
        .where(same)
        .order_by(models.Article.id.desc())  # type: ignore[union-attr]
    ).all()
    known = next((i for i, content in stored if content == article.content_hash), None)
    if known is not None:
        return StoreResult(article_id=known, new=False)
    previous_id = stored[0][0] if stored else None
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
        previous_version_id=previous_id,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    created, merged = write_events(session, row, events, new_article=True)
    if previous_id is not None:
        retire_article_events(session, previous_id)
    return StoreResult(article_id=row.id, new=True, events_new=created, events_merged=merged)


# A mention's identity within its article: (event_id, evidence_start, evidence_end).
MentionKey = tuple[int, int, int]
# What an analyst pinned: (type, evidence_start, evidence_end) -> event_id.
Pins = dict[tuple[str, int, int], int]


def write_events(
    session: Session,
    article: models.Article,
    events: Sequence[ExtractedEvent],
    *,
    new_article: bool = False,
) -> tuple[int, int]:
    """Attach each extracted event to a known incident or a new one; (new, merged).

    Mentions this article had before and no longer yields (after a change of
    engine) are dropped, with events left without any source. A `new_article` has
    no mentions yet, so there is nothing to look up.
    """
    assert article.id is not None
    article.extractor_version = EXTRACTOR_VERSION
    told, pins = ({}, {}) if new_article else _told(session, article.id)
    kept: set[MentionKey] = set()
    created = merged = 0
    touched: set[int] = set()
    for extracted in events:
        candidate, vessels = _candidate(session, article, extracted)
        pinned = pinned_event(session, pins, extracted)
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
        insert_missing(
            session,
            models.EventVessel,
            [{"event_id": event.id, "vessel_id": v.id, "role": "target"} for v in vessels],
        )
        kept |= _add_mentions(session, article, event, candidate, extracted, told, pins)
    session.flush()
    touched |= {event_id for event_id, *_ in told}
    stale = [m.id for key, m in told.items() if key not in kept]
    if stale:
        session.execute(delete(models.Mention).where(models.Mention.id.in_(stale)))  # type: ignore[union-attr]
    delete_unsourced_events(session, touched)
    reconcile_events(session, touched)
    return created, merged


def _told(session: Session, article_id: int) -> tuple[dict[MentionKey, models.Mention], Pins]:
    """The mentions an article already has, and analysts' pins among them."""
    rows = session.exec(
        select(models.Mention, models.MentionPin.event_id)
        .outerjoin(models.MentionPin, models.MentionPin.mention_id == models.Mention.id)
        .where(models.Mention.article_id == article_id)
        .order_by(models.Mention.id)
    ).all()
    told = {(m.event_id, m.evidence_start, m.evidence_end): m for m, _ in rows}
    pins: Pins = {}
    for mention, pinned in rows:
        if pinned is not None:
            pins.setdefault((mention.type, mention.evidence_start, mention.evidence_end), pinned)
    return told, pins


def _candidate(
    session: Session, article: models.Article, extracted: ExtractedEvent
) -> tuple[Candidate, list[models.Vessel]]:
    assert article.id is not None
    place = store_place(session, extracted.place)
    actor = None
    if extracted.actor:
        actor = get_or_create_immutable(
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
    return get_or_create_immutable(
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


def pinned_event(session: Session, pins: Pins, extracted: ExtractedEvent) -> models.Event | None:
    """The event an analyst pinned one of this event's tellings to, if any."""
    for evidence in extracted.mentions:
        event_id = pins.get((extracted.type, evidence.evidence_start, evidence.evidence_end))
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
    decided that two events of one article are distinct incidents. SQL keeps only
    what `is_same_incident` could accept (same type, overlapping days, a shared
    vessel or none on either side); Python applies the rest of the rule.
    """
    if candidate.date_start is None or candidate.date_end is None:
        return None
    query = (
        select(models.Event, models.Place, models.Actor)
        .outerjoin(models.Place, models.Place.id == models.Event.place_id)
        .outerjoin(models.Actor, models.Actor.id == models.Event.actor_id)
        .where(
            models.Event.type == candidate.type,
            models.Event.date_start <= candidate.date_end,  # type: ignore[operator]
            models.Event.date_end >= candidate.date_start,  # type: ignore[operator]
        )
        .order_by(models.Event.id)
    )
    if exclude:
        query = query.where(models.Event.id.not_in(exclude))  # type: ignore[union-attr]
    links = select(models.EventVessel.event_id).where(
        models.EventVessel.event_id == models.Event.id
    )
    if candidate.vessel_ids:
        shared = models.EventVessel.vessel_id.in_(candidate.vessel_ids)  # type: ignore[attr-defined]
        query = query.where(links.where(shared).exists())
    else:
        query = query.where(~links.exists())
    rows = session.exec(query).all()
    vessel_ids: dict[int | None, set[int]] = defaultdict(set)
    if rows and candidate.vessel_ids:
        pairs = select(models.EventVessel.event_id, models.EventVessel.vessel_id).where(
            models.EventVessel.event_id.in_([e.id for e, *_ in rows])  # type: ignore[attr-defined]
        )
        for event_id, vessel_id in session.exec(pairs):
            vessel_ids[event_id].add(vessel_id)
    for event, place, actor in rows:
        known = Known(event=event, place=place, actor=actor, vessel_ids=vessel_ids[event.id])
        if is_same_incident(candidate, known):
            return known
    return None


def _add_mentions(
    session: Session,
    article: models.Article,
    event: models.Event,
    candidate: Candidate,
    extracted: ExtractedEvent,
    told: dict[MentionKey, models.Mention],
    pins: Pins,
) -> set[MentionKey]:
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
    keys = set()
    for evidence in extracted.mentions:
        # An analyst's grouping outranks the matcher, mention by mention.
        span = (evidence.evidence_start, evidence.evidence_end)
        event_id = pins.get((extracted.type, *span)) or event.id
        key = (event_id, *span)
        mention = told.get(key)
        if mention is None:
            mention = models.Mention(
                article_id=article.id,
                event_id=event_id,
                evidence_start=evidence.evidence_start,
                evidence_end=evidence.evidence_end,
                type=extracted.type,
                sentence=article.text[evidence.sentence_start : evidence.sentence_end],
                sentence_start=evidence.sentence_start,
                sentence_end=evidence.sentence_end,
            )
            session.add(mention)
            told[key] = mention
        for name, value in claims.items():
            setattr(mention, name, value)
        keys.add(key)
    return keys


def reconcile_events(session: Session, event_ids: set[int]) -> None:
    """Recompute events' values and confidence from all their sources' claims."""
    if not event_ids:
        return
    wanted = sorted(event_ids)
    rows = session.exec(
        select(models.Mention, models.Place, models.Actor, models.Article)
        .join(models.Article, models.Article.id == models.Mention.article_id)
        .outerjoin(models.Place, models.Place.id == models.Mention.place_id)
        .outerjoin(models.Actor, models.Actor.name == models.Mention.actor_name)
        .where(models.Mention.event_id.in_(wanted))  # type: ignore[attr-defined]
        .order_by(models.Mention.id)
    ).all()
    by_event: dict[int, list[tuple[models.Mention, Any, Any, models.Article]]] = defaultdict(list)
    for row in rows:
        by_event[row[0].event_id].append(row)
    events = session.exec(select(models.Event).where(models.Event.id.in_(wanted)))  # type: ignore[union-attr]
    for event in events:  # an event removed with its last source is not found
        told = by_event[event.id]  # type: ignore[index]
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
            for m, place, actor, _ in told
        ]
        reconcile(event, claims)
        event.confidence = confidence(len({a.source or a.uri for *_, a in told}))
        event.updated_at = models.utcnow()


def retire_article_events(session: Session, article_id: int | None) -> None:
    """Drop what an older version of an article said, and events left unsourced."""
    touched = set(
        session.exec(select(models.Mention.event_id).where(models.Mention.article_id == article_id))
    )
    session.execute(delete(models.Mention).where(models.Mention.article_id == article_id))
    delete_unsourced_events(session, touched)
    reconcile_events(session, touched)


def delete_unsourced_events(session: Session, among: set[int]) -> None:
    """Delete those of `among` (events that just lost mentions) no mention tells any more."""
    if not among:
        return
    orphans = select(models.Event.id).where(
        models.Event.id.in_(among),  # type: ignore[union-attr]
        ~select(models.Mention.id).where(models.Mention.event_id == models.Event.id).exists(),
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
