"""One extracted article -> the database, in one transaction.

Either the article, its events, mentions, places, actors and vessels are all
written, or nothing is: an ingest interrupted half-way leaves no trace, and the
rerun completes it.

Writing goes through SQLAlchemy Core statements built once and run by `prepared`
(the ORM's unit of work, then Core's execution path, cost more than the database
did): an article with one event is about ten statements, and an event created from
a single report takes its values at insert instead of being read back and reconciled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, update

from maritime import models, prepared
from maritime.extract import EXTRACTOR_VERSION, ExtractedEvent, Extraction
from maritime.geo.place import Place as GeoPlace
from maritime.read.article import Article
from maritime.resolve.events import (
    Candidate,
    Claim,
    Known,
    PlaceLike,
    confidence,
    is_same_incident,
    is_same_ship_unnamed,
    is_specific,
    may_name_one_ship,
    reconcile,
)
from maritime.resolve.summaries import link_summaries
from maritime.resolve.vessels import resolve_vessel
from maritime.upsert import get_or_create_immutable, insert_missing

INGEST_LOCK_KEY = 7226484

ARTICLE = models.Article.__table__
EVENT = models.Event.__table__
MENTION = models.Mention.__table__
PLACE = models.Place.__table__
ACTOR = models.Actor.__table__
EVENT_VESSEL = models.EventVessel.__table__
PIN = models.MentionPin.__table__

# What the matching rules read of a place and an actor (resolve.events.PlaceLike).
PLACE_COLUMNS = tuple(
    PLACE.c[name] for name in ("id", "precision", "lat", "lon", "south", "west", "north", "east")
)
ACTOR_COLUMNS = (ACTOR.c.id, ACTOR.c.country)


class PlaceRef(NamedTuple):
    id: int
    precision: str
    lat: float
    lon: float
    south: float | None
    west: float | None
    north: float | None
    east: float | None


class ActorRef(NamedTuple):
    id: int
    country: str | None


class StoredArticle(NamedTuple):
    """What writing events needs of an article row."""

    id: int
    text: str
    published: date | None


@dataclass(frozen=True)
class StoreResult:
    article_id: int
    new: bool
    events_new: int = 0
    events_merged: int = 0


_LOCK = select(func.pg_advisory_xact_lock(INGEST_LOCK_KEY))
_SAME_HASH = ARTICLE.c.content_hash == bindparam("content_hash")
_STORED = select(ARTICLE.c.id, ARTICLE.c.content_hash).order_by(ARTICLE.c.id.desc())
_STORED_BY_HASH = _STORED.where(_SAME_HASH)
_STORED_BY_HASH_OR_LOCATOR = _STORED.where(or_(_SAME_HASH, ARTICLE.c.locator == bindparam("loc")))
_INSERT_ARTICLE = insert(ARTICLE).returning(ARTICLE.c.id)
_INSERT_EVENT = insert(EVENT).returning(EVENT.c.id)
_INSERT_MENTIONS = insert(MENTION)
# The SET clause comes from the parameters' keys.
_UPDATE_EVENT = update(EVENT).where(EVENT.c.id == bindparam("event_id"))


_HASHES_STORED = select(ARTICLE.c.content_hash).where(
    ARTICLE.c.content_hash.in_(bindparam("hashes", expanding=True))
)


def stored_hashes(connection: Connection, hashes: list[str]) -> set[str]:
    """Those of these content hashes an article already stored has."""
    return {
        row.content_hash for row in prepared.rows(connection, _HASHES_STORED, {"hashes": hashes})
    }


def _serialise(connection: Connection) -> None:
    """Event resolution reads then writes; on PostgreSQL, serialise it so concurrent
    ingests cannot both create the same incident (SQLite writers lock at BEGIN)."""
    if connection.dialect.name == "postgresql":
        prepared.run(connection, _LOCK)


def store_article(
    connection: Connection, article: Article, events: Sequence[ExtractedEvent]
) -> StoreResult:
    """Write one article and its events; a known article (same content) is a no-op."""
    # Taken before the known-article check, so a process that waited for the lock
    # sees the article another one just stored.
    _serialise(connection)
    # One look-up answers both "stored already?" and "an older version of it?".
    if article.locator is None:
        stored = prepared.rows(connection, _STORED_BY_HASH, {"content_hash": article.content_hash})
    else:
        stored = prepared.rows(
            connection,
            _STORED_BY_HASH_OR_LOCATOR,
            {"content_hash": article.content_hash, "loc": article.locator},
        )
    known = next((i for i, content in stored if content == article.content_hash), None)
    if known is not None:
        return StoreResult(article_id=known, new=False)
    previous_id = stored[0][0] if stored else None
    [inserted] = prepared.rows(
        connection,
        _INSERT_ARTICLE,
        {
            "uri": article.uri,
            "locator": article.locator,
            "url": article.url,
            "source": article.source,
            "title": article.title,
            "published": article.published,
            "published_origin": article.published_origin,
            "dateline": article.dateline,
            "format": article.fmt,
            "text": article.text,
            "content_hash": article.content_hash,
            "previous_version_id": previous_id,
            "extractor_version": EXTRACTOR_VERSION,
            "ingested_at": models.utcnow(),
        },
    )
    row = StoredArticle(inserted.id, article.text, article.published)
    created, merged = write_events(connection, row, events, new_article=True)
    if previous_id is not None:
        retire_article_events(connection, previous_id)
    return StoreResult(article_id=row.id, new=True, events_new=created, events_merged=merged)


# A mention's identity within its article: (event_id, evidence_start, evidence_end).
MentionKey = tuple[int, int, int]
# What an analyst pinned: (type, evidence_start, evidence_end) -> event_id.
Pins = dict[tuple[str, int, int], int]


@dataclass
class _Mentions:
    """The article's mentions as this pass leaves them: stored ones (id) to update,
    new ones to insert, each keyed by MentionKey."""

    told: dict[MentionKey, int]
    pins: Pins
    updated: dict[MentionKey, dict[str, Any]]
    added: dict[MentionKey, dict[str, Any]]


def write_events(
    connection: Connection,
    article: StoredArticle,
    events: Sequence[ExtractedEvent],
    *,
    new_article: bool = False,
) -> tuple[int, int]:
    """Attach each extracted event to a known incident or a new one; (new, merged).

    Mentions this article had before and no longer yields (after a change of
    engine) are dropped, with events left without any source. A `new_article` has
    no mentions yet, so there is nothing to look up.
    """
    told, pins = ({}, {}) if new_article else _told(connection, article.id)
    mentions = _Mentions(told, pins, {}, {})
    created: set[int] = set()
    merged: set[int] = set()
    for extracted in events:
        candidate = _candidate(connection, article, extracted)
        event_id = pinned_event(pins, extracted)
        if event_id is None:
            known = find_known_event(connection, candidate, exclude=created | merged)
            event_id = known.event.id if known else None
        if event_id is None:
            event_id = _create_event(connection, candidate, extracted)
            created.add(event_id)
        else:
            merged.add(event_id)
        insert_missing(
            connection,
            models.EventVessel,
            [
                {"event_id": event_id, "vessel_id": vessel_id, "role": "target"}
                for vessel_id in sorted(candidate.vessel_ids)
            ],
        )
        _add_mentions(mentions, article, event_id, candidate, extracted)
    _write_mentions(connection, mentions)
    if not new_article:
        connection.execute(
            update(ARTICLE)
            .where(ARTICLE.c.id == article.id)
            .values(extractor_version=EXTRACTOR_VERSION)
        )
    kept = mentions.updated.keys() | mentions.added.keys()
    stale = {key: mention_id for key, mention_id in told.items() if key not in kept}
    if stale:
        connection.execute(delete(MENTION).where(MENTION.c.id.in_(stale.values())))
        delete_unsourced_events(connection, {event_id for event_id, *_ in stale})
    for named in events.named if isinstance(events, Extraction) else ():  # outside incidents
        resolve_vessel(connection, named, article_id=article.id, seen_on=article.published)
    # An event created here has this one report's claims, set at insert: only events
    # that already had sources need their values recomputed.
    reconcile_events(connection, (merged | {event_id for event_id, *_ in told}) - created)
    link_summaries(connection, created | merged, new=created)
    return len(created), len(merged)


_TOLD = (
    select(
        MENTION.c.id,
        MENTION.c.event_id,
        MENTION.c.evidence_start,
        MENTION.c.evidence_end,
        MENTION.c.type,
        PIN.c.event_id.label("pinned"),
    )
    .outerjoin(PIN, PIN.c.mention_id == MENTION.c.id)
    .where(MENTION.c.article_id == bindparam("article_id"))
    .order_by(MENTION.c.id)
)


def _told(connection: Connection, article_id: int) -> tuple[dict[MentionKey, int], Pins]:
    """The mentions an article already has (key -> id), and analysts' pins among them."""
    rows = connection.execute(_TOLD, {"article_id": article_id}).all()
    told = {(r.event_id, r.evidence_start, r.evidence_end): r.id for r in rows}
    pins: Pins = {}
    for row in rows:
        if row.pinned is not None:
            pins.setdefault((row.type, row.evidence_start, row.evidence_end), row.pinned)
    return told, pins


def _candidate(
    connection: Connection, article: StoredArticle, extracted: ExtractedEvent
) -> Candidate:
    place = store_place(connection, extracted.place)
    actor = None
    if extracted.actor:
        actor = get_or_create_immutable(
            connection,
            ACTOR,
            {"name": extracted.actor},
            {"country": extracted.actor_country, "kind": extracted.actor_kind},
            ACTOR_COLUMNS,
        )
    seen_on = _seen_on(extracted, article)
    vessels = [
        resolve_vessel(connection, mention, article_id=article.id, seen_on=seen_on)
        for mention in extracted.vessels
    ]
    return Candidate(
        type=extracted.type,
        date_start=extracted.date_start,
        date_end=extracted.date_end,
        date_precision=extracted.date_precision,
        place=place,
        actor=actor,
        vessel_ids={v.id for v in vessels if v is not None and v.id is not None},
        killed=extracted.killed,
        vessel_count=extracted.vessel_count,
        target_type=_target_type(extracted),
    )


def _seen_on(extracted: ExtractedEvent, article: StoredArticle) -> date | None:
    return extracted.date_start if extracted.date_precision == "day" else article.published


def _target_type(extracted: ExtractedEvent) -> str | None:
    return next((v.vessel_type for v in extracted.vessels if v.vessel_type), None)


def store_place(connection: Connection, place: GeoPlace | None) -> PlaceLike | None:
    if place is None:
        return None
    point = f"{place.lat:.4f},{place.lon:.4f}"
    key = place.key or f"{place.resolved_by}:{place.precision}:{point}:{place.name.lower()}"
    south, west, north, east = place.bbox or (None, None, None, None)
    return get_or_create_immutable(
        connection,
        PLACE,
        {"key": key},
        {
            "name": place.name,
            "kind": place.kind,
            "precision": place.precision,
            "lat": place.lat,
            "lon": place.lon,
            "south": south,
            "west": west,
            "north": north,
            "east": east,
            "country": place.country,
            "resolved_by": place.resolved_by,
        },
        PLACE_COLUMNS,
    )


def pinned_event(pins: Pins, extracted: ExtractedEvent) -> int | None:
    """The event an analyst pinned one of this event's tellings to, if any."""
    for evidence in extracted.mentions:
        event_id = pins.get((extracted.type, evidence.evidence_start, evidence.evidence_end))
        if event_id is not None:
            return event_id
    return None


def _create_event(connection: Connection, candidate: Candidate, extracted: ExtractedEvent) -> int:
    """A new incident, with the values its one report claims (what `reconcile` of
    that single claim gives) and the confidence of one source."""
    now = models.utcnow()
    [inserted] = prepared.rows(
        connection,
        _INSERT_EVENT,
        {
            "type": extracted.type,
            "date_start": extracted.date_start,
            "date_end": extracted.date_end,
            "date_precision": extracted.date_precision,
            "date_phrase": extracted.date_phrase,
            "place_id": candidate.place.id if candidate.place else None,
            "place_phrase": extracted.place_phrase,
            "actor_id": candidate.actor.id if candidate.actor else None,
            "target_type": _target_type(extracted),
            "vessel_count": extracted.vessel_count,
            "killed": extracted.killed,
            "confidence": confidence(1),
            "extractor_version": EXTRACTOR_VERSION,
            "created_at": now,
            "updated_at": now,
        },
    )
    return int(inserted.id)


def _place_ref(row: Any, prefix: str) -> PlaceRef | None:
    values = [getattr(row, f"{prefix}{c.key}") for c in PLACE_COLUMNS]
    return PlaceRef(*values) if values[0] is not None else None


@cache
def _known_query(excluding: bool, vague: bool) -> Any:
    """Events that `is_same_incident` or `is_same_ship_unnamed` could accept: same type,
    overlapping days; Python applies the rest of the rules. One query serves both: most
    reports find no event at all on their day, and a second query would cost more than
    the rows it spares.

    A `vague` candidate (a month, a year) overlaps a great many events but can only be
    told again with the very same dates or of the same ship, so only those are read."""
    query = (
        select(
            EVENT.c.id,
            EVENT.c.type,
            EVENT.c.date_start,
            EVENT.c.date_end,
            EVENT.c.date_precision,
            EVENT.c.killed,
            EVENT.c.vessel_count,
            EVENT.c.target_type,
            *(c.label(f"place_{c.key}") for c in PLACE_COLUMNS),
            ACTOR.c.id.label("actor_id"),
            ACTOR.c.country.label("actor_country"),
        )
        .select_from(
            EVENT.outerjoin(PLACE, PLACE.c.id == EVENT.c.place_id).outerjoin(
                ACTOR, ACTOR.c.id == EVENT.c.actor_id
            )
        )
        .where(
            EVENT.c.type == bindparam("type"),
            EVENT.c.date_start <= bindparam("date_end"),
            EVENT.c.date_end >= bindparam("date_start"),
        )
        .order_by(EVENT.c.id)
    )
    if excluding:
        query = query.where(EVENT.c.id.not_in(bindparam("exclude", expanding=True)))
    if vague:
        shared = EVENT_VESSEL.c.vessel_id.in_(bindparam("vessels", expanding=True))
        query = query.where(
            or_(
                and_(
                    EVENT.c.date_start == bindparam("date_start"),
                    EVENT.c.date_end == bindparam("date_end"),
                ),
                select(EVENT_VESSEL.c.event_id)
                .where(EVENT_VESSEL.c.event_id == EVENT.c.id, shared)
                .exists(),
            )
        )
    return query


_VESSELS_OF = select(EVENT_VESSEL.c.event_id, EVENT_VESSEL.c.vessel_id).where(
    EVENT_VESSEL.c.event_id.in_(bindparam("ids", expanding=True))
)


def find_known_event(
    connection: Connection,
    candidate: Candidate,
    exclude: set[int] = frozenset(),  # type: ignore[assignment]
) -> Known | None:
    """The stored incident this candidate repeats, if any (see resolve.events).

    `exclude` holds events this article has already told: the extractor already
    decided that two events of one article are distinct incidents.
    """
    if candidate.date_start is None or candidate.date_end is None:
        return None
    params: dict[str, Any] = {
        "type": candidate.type,
        "date_start": candidate.date_start,
        "date_end": candidate.date_end,
    }
    if exclude:
        params["exclude"] = sorted(exclude)
    vague = not is_specific(candidate.date_precision)
    if vague:
        params["vessels"] = sorted(candidate.vessel_ids)
    rows = prepared.rows(connection, _known_query(bool(exclude), vague), params)
    known = _known(connection, rows)
    named = bool(candidate.vessel_ids)
    for event in known:  # a shared vessel, or no vessel on either side
        fits = event.vessel_ids & candidate.vessel_ids if named else not event.vessel_ids
        if fits and is_same_incident(candidate, event):
            return event
    if not may_name_one_ship(candidate):
        return None  # is_same_ship_unnamed could accept nothing
    matches = [
        event
        for event in known
        if bool(event.vessel_ids) != named and is_same_ship_unnamed(candidate, event)
    ]
    return matches[0] if len(matches) == 1 else None  # two would leave it a guess


def _known(connection: Connection, rows: list[Any]) -> list[Known]:
    vessel_ids: dict[int | None, set[int]] = defaultdict(set)
    if rows:
        for event_id, vessel_id in prepared.rows(
            connection, _VESSELS_OF, {"ids": [r.id for r in rows]}
        ):
            vessel_ids[event_id].add(vessel_id)
    return [
        Known(
            event=row,
            place=_place_ref(row, "place_"),
            actor=ActorRef(row.actor_id, row.actor_country) if row.actor_id is not None else None,
            vessel_ids=vessel_ids[row.id],
        )
        for row in rows
    ]


def _add_mentions(
    mentions: _Mentions,
    article: StoredArticle,
    event_id: int,
    candidate: Candidate,
    extracted: ExtractedEvent,
) -> None:
    """Record what this article claims; a mention already stored is brought up to date."""
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
    for evidence in extracted.mentions:
        # An analyst's grouping outranks the matcher, mention by mention.
        span = (evidence.evidence_start, evidence.evidence_end)
        own_event = mentions.pins.get((extracted.type, *span)) or event_id
        key = (own_event, *span)
        if key in mentions.told:
            mentions.updated[key] = {"mention_id": mentions.told[key], **claims}
        elif key in mentions.added:
            mentions.added[key].update(claims)
        else:
            mentions.added[key] = {
                "article_id": article.id,
                "event_id": own_event,
                "evidence_start": evidence.evidence_start,
                "evidence_end": evidence.evidence_end,
                "type": extracted.type,
                "sentence": article.text[evidence.sentence_start : evidence.sentence_end],
                "sentence_start": evidence.sentence_start,
                "sentence_end": evidence.sentence_end,
                **claims,
            }


# The SET clause comes from the parameters' keys (the claims).
_UPDATE_MENTION = update(MENTION).where(MENTION.c.id == bindparam("mention_id"))


def _write_mentions(connection: Connection, mentions: _Mentions) -> None:
    """All of the article's mentions in one statement (two when some were stored)."""
    prepared.run_many(connection, _INSERT_MENTIONS, list(mentions.added.values()))
    prepared.run_many(connection, _UPDATE_MENTION, list(mentions.updated.values()))


_CLAIMS = (
    select(
        MENTION.c.event_id,
        MENTION.c.date_start,
        MENTION.c.date_end,
        MENTION.c.date_precision,
        MENTION.c.date_phrase,
        MENTION.c.place_phrase,
        MENTION.c.vessel_count,
        MENTION.c.killed,
        MENTION.c.target_type,
        *(c.label(f"place_{c.key}") for c in PLACE_COLUMNS),
        ACTOR.c.id.label("actor_id"),
        ARTICLE.c.source,
        ARTICLE.c.uri,
    )
    .select_from(
        MENTION.join(ARTICLE, ARTICLE.c.id == MENTION.c.article_id)
        .outerjoin(PLACE, PLACE.c.id == MENTION.c.place_id)
        .outerjoin(ACTOR, ACTOR.c.name == MENTION.c.actor_name)
    )
    .where(MENTION.c.event_id.in_(bindparam("ids", expanding=True)))
    .order_by(MENTION.c.id)
)


def reconcile_events(connection: Connection, event_ids: set[int]) -> None:
    """Recompute events' values and confidence from all their sources' claims (with
    Core: an ORM session holding these events must expire them)."""
    if not event_ids:
        return
    wanted = sorted(event_ids)
    by_event: dict[int, list[Any]] = defaultdict(list)
    for row in prepared.rows(connection, _CLAIMS, {"ids": wanted}):
        by_event[row.event_id].append(row)
    for event_id in wanted:  # an event removed with its last source is not updated
        told = by_event[event_id]
        claims = [
            Claim(
                date_start=m.date_start,
                date_end=m.date_end,
                date_precision=m.date_precision,
                date_phrase=m.date_phrase,
                place=_place_ref(m, "place_"),
                place_phrase=m.place_phrase,
                actor_id=m.actor_id,
                vessel_count=m.vessel_count,
                killed=m.killed,
                target_type=m.target_type,
            )
            for m in told
        ]
        values = reconcile(claims)
        values["confidence"] = confidence(len({m.source or m.uri for m in told}))
        values["updated_at"] = models.utcnow()
        prepared.run(connection, _UPDATE_EVENT, {"event_id": event_id, **values})


_TOLD_EVENTS = select(MENTION.c.event_id).where(MENTION.c.article_id == bindparam("article_id"))


def retire_article_events(connection: Connection, article_id: int) -> None:
    """Drop what an older version of an article said, and events left unsourced."""
    touched = set(connection.execute(_TOLD_EVENTS, {"article_id": article_id}).scalars())
    connection.execute(delete(MENTION).where(MENTION.c.article_id == article_id))
    delete_unsourced_events(connection, touched)
    reconcile_events(connection, touched)
    link_summaries(connection, touched)


def delete_unsourced_events(connection: Connection, among: set[int]) -> None:
    """Delete those of `among` (events that just lost mentions) no mention tells any more."""
    if not among:
        return
    orphans = select(EVENT.c.id).where(
        EVENT.c.id.in_(among),
        ~select(MENTION.c.id).where(MENTION.c.event_id == EVENT.c.id).exists(),
    )
    gone = list(connection.execute(orphans).scalars())
    if gone:
        connection.execute(delete(EVENT).where(EVENT.c.id.in_(gone)))


def reprocess_article(
    connection: Connection, article: models.Article, events: Sequence[ExtractedEvent]
) -> tuple[int, int]:
    """Re-read a stored article with the current engine; event ids survive when the
    incident is still found (its new mention matches the event it had)."""
    _serialise(connection)
    assert article.id is not None
    row = StoredArticle(article.id, article.text, article.published)
    return write_events(connection, row, events)
