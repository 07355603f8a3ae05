"""The statements that write one article's reading: article, places, actors, events, mentions.

Writing goes through SQLAlchemy Core statements built once and run by `prepared` (the
ORM's unit of work, then Core's execution path, cost more than the database did): an
article with one event is about ten statements. Which incident a telling belongs to is
decided in resolve/; this module writes what it is told, inside the caller's transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, delete, func, insert, or_, select, update

from maritime.db import models, prepared
from maritime.db.prepared import prepare
from maritime.db.upsert import get_or_create_immutable, insert_missing
from maritime.geo.place import Place as GeoPlace

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
ACTOR_COLUMNS = (ACTOR.c.id, ACTOR.c.name, ACTOR.c.country)


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
    name: str
    country: str | None


class StoredArticle(NamedTuple):
    """What writing events needs of an article row."""

    id: int
    text: str
    published: date | None


# A mention's identity within its article: (event_id, evidence_start, evidence_end).
MentionKey = tuple[int, int, int]
# What an analyst pinned: (type, evidence_start, evidence_end) -> event_id.
Pins = dict[tuple[str, int, int], int]

_LOCK = prepare(select(func.pg_advisory_xact_lock(INGEST_LOCK_KEY)))
_SAME_HASH = ARTICLE.c.content_hash == bindparam("content_hash")
_STORED = select(ARTICLE.c.id, ARTICLE.c.content_hash, ARTICLE.c.published).order_by(
    ARTICLE.c.id.desc()
)
_STORED_BY_HASH = prepare(_STORED.where(_SAME_HASH))
_STORED_BY_HASH_OR_LOCATOR = prepare(
    _STORED.where(or_(_SAME_HASH, ARTICLE.c.locator == bindparam("loc")))
)
_HASHES_STORED = prepare(
    select(ARTICLE.c.content_hash, ARTICLE.c.published).where(
        ARTICLE.c.content_hash.in_(bindparam("hashes", expanding=True))
    )
)
_DATE_ARTICLE = prepare(
    update(ARTICLE)
    .where(ARTICLE.c.id == bindparam("article_id"))
    .values(published=bindparam("day"), published_origin=bindparam("origin"))
)
_INSERT_ARTICLE = prepare(insert(ARTICLE).returning(ARTICLE.c.id))
_INSERT_EVENT = prepare(insert(EVENT).returning(EVENT.c.id))
_INSERT_MENTIONS = prepare(insert(MENTION))
# The SET clauses come from the parameters' keys.
_UPDATE_EVENT = prepare(update(EVENT).where(EVENT.c.id == bindparam("event_id")))
_UPDATE_MENTION = prepare(update(MENTION).where(MENTION.c.id == bindparam("mention_id")))
_TOLD_EVENTS = select(MENTION.c.event_id).where(MENTION.c.article_id == bindparam("article_id"))
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


_SHARED_EVENTS = prepare(
    select(MENTION.c.event_id)
    .where(
        MENTION.c.event_id.in_(bindparam("ids", expanding=True)),
        MENTION.c.article_id != bindparam("article_id"),
    )
    .distinct()
)


def shared_events(connection: Connection, event_ids: set[int], article_id: int) -> set[int]:
    """Those of these events that another article also tells."""
    if not event_ids:
        return set()
    params = {"ids": sorted(event_ids), "article_id": article_id}
    return {row.event_id for row in prepared.rows(connection, _SHARED_EVENTS, params)}


def serialise(connection: Connection) -> None:
    """Event resolution reads then writes; on PostgreSQL, serialise it so concurrent
    ingests cannot both create the same incident (SQLite writers lock at BEGIN)."""
    if connection.dialect.name == "postgresql":
        prepared.run(connection, _LOCK)


def stored_hashes(connection: Connection, hashes: list[str]) -> dict[str, date | None]:
    """Those of these content hashes an article already stored has, with its publication
    date (None when it has none yet)."""
    rows = prepared.rows(connection, _HASHES_STORED, {"hashes": hashes})
    return {row.content_hash: row.published for row in rows}


def stored_versions(connection: Connection, content_hash: str, locator: str | None) -> list[Any]:
    """(id, content_hash, published) of the articles with this content or at this locator,
    newest first: one look-up answers both "stored already?" and "an older version of it?"."""
    if locator is None:
        return prepared.rows(connection, _STORED_BY_HASH, {"content_hash": content_hash})
    return prepared.rows(
        connection, _STORED_BY_HASH_OR_LOCATOR, {"content_hash": content_hash, "loc": locator}
    )


def insert_article(connection: Connection, values: dict[str, Any]) -> int:
    [inserted] = prepared.rows(connection, _INSERT_ARTICLE, values)
    return int(inserted.id)


def date_article(connection: Connection, article_id: int, day: date) -> None:
    """A publication date the user supplied for an article stored without one."""
    prepared.run(
        connection, _DATE_ARTICLE, {"article_id": article_id, "day": day, "origin": "supplied"}
    )


def mark_read(connection: Connection, article_id: int, extractor_version: str) -> None:
    """Record which engine read the article last."""
    connection.execute(
        update(ARTICLE)
        .where(ARTICLE.c.id == article_id)
        .values(extractor_version=extractor_version)
    )


def told_mentions(
    connection: Connection, article_id: int, *, keep_events: bool = False
) -> tuple[dict[MentionKey, int], Pins]:
    """The mentions an article already has (key -> id), and analysts' pins among them.

    `keep_events` pins every mention to the event it tells for this one reading (an
    analyst's pin still comes first), so a re-dated article keeps its events' ids."""
    rows = connection.execute(_TOLD, {"article_id": article_id}).all()
    told = {(r.event_id, r.evidence_start, r.evidence_end): r.id for r in rows}
    pins: Pins = {}
    for row in rows:
        if row.pinned is not None:
            pins.setdefault((row.type, row.evidence_start, row.evidence_end), row.pinned)
    if keep_events:
        for row in rows:
            pins.setdefault((row.type, row.evidence_start, row.evidence_end), row.event_id)
    return told, pins


def store_place(connection: Connection, place: GeoPlace | None) -> PlaceRef | None:
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


def store_actor(
    connection: Connection, name: str, country: str | None, kind: str | None
) -> ActorRef:
    return get_or_create_immutable(
        connection, ACTOR, {"name": name}, {"country": country, "kind": kind}, ACTOR_COLUMNS
    )


def place_ref(row: Any, prefix: str) -> PlaceRef | None:
    """The place columns a query selected under `prefix`, when it has a place."""
    values = [getattr(row, f"{prefix}{c.key}") for c in PLACE_COLUMNS]
    return PlaceRef(*values) if values[0] is not None else None


def insert_event(connection: Connection, values: dict[str, Any]) -> int:
    [inserted] = prepared.rows(connection, _INSERT_EVENT, values)
    return int(inserted.id)


def update_event(connection: Connection, event_id: int, values: dict[str, Any]) -> None:
    prepared.run(connection, _UPDATE_EVENT, {"event_id": event_id, **values})


def link_vessels(connection: Connection, event_id: int, vessel_ids: set[int]) -> None:
    insert_missing(
        connection,
        models.EventVessel,
        [
            {"event_id": event_id, "vessel_id": vessel_id, "role": "target"}
            for vessel_id in sorted(vessel_ids)
        ],
    )


_HELD_APART = prepare(
    select(MENTION.c.event_id)
    .outerjoin(PIN, PIN.c.mention_id == MENTION.c.id)
    .where(
        MENTION.c.event_id.in_(bindparam("ids", expanding=True)),
        or_(
            PIN.c.mention_id.is_not(None),
            MENTION.c.article_id.in_(
                select(MENTION.c.article_id).where(MENTION.c.event_id == bindparam("keep"))
            ),
        ),
    )
    .distinct()
)
_MOVE_MENTIONS = prepare(
    update(MENTION)
    .where(MENTION.c.event_id == bindparam("absorb"))
    .values(
        event_id=bindparam("keep"),
        merge_rule=bindparam("rule"),
        merge_fields=bindparam("fields"),
    )
)
_VESSELS_OF_EVENT = prepare(
    select(EVENT_VESSEL.c.vessel_id).where(EVENT_VESSEL.c.event_id == bindparam("absorb"))
)
_DELETE_EVENT = prepare(delete(EVENT).where(EVENT.c.id == bindparam("absorb")))


def held_apart(connection: Connection, keep_id: int, event_ids: set[int]) -> set[int]:
    """Those of these events that an analyst placed a telling of (their word stands), or
    that an article tells beside event `keep_id` (it told them as two incidents)."""
    if not event_ids:
        return set()
    params = {"ids": sorted(event_ids), "keep": keep_id}
    return {row.event_id for row in prepared.rows(connection, _HELD_APART, params)}


def fold_event(
    connection: Connection, keep_id: int, absorb_id: int, rule: str, fields: str | None
) -> None:
    """Fold event `absorb_id` into `keep_id`: its tellings (each now recording `rule` and
    `fields` as why it is told of `keep_id`) and its vessels move, then it goes, with
    its summary links and pins (the caller reconciles `keep_id`)."""
    moved = {"keep": keep_id, "absorb": absorb_id, "rule": rule, "fields": fields}
    prepared.run(connection, _MOVE_MENTIONS, moved)
    absorbed = {"absorb": absorb_id}
    vessels = {row.vessel_id for row in prepared.rows(connection, _VESSELS_OF_EVENT, absorbed)}
    link_vessels(connection, keep_id, vessels)
    prepared.run(connection, _DELETE_EVENT, absorbed)


def write_mentions(
    connection: Connection, added: list[dict[str, Any]], updated: list[dict[str, Any]]
) -> None:
    """All of an article's mentions in one statement (two when some were stored)."""
    prepared.run_many(connection, _INSERT_MENTIONS, added)
    prepared.run_many(connection, _UPDATE_MENTION, updated)


def delete_mentions(connection: Connection, mention_ids: list[int]) -> None:
    connection.execute(delete(MENTION).where(MENTION.c.id.in_(mention_ids)))


def delete_article_mentions(connection: Connection, article_id: int) -> set[int]:
    """Drop every mention of an article; the events they told."""
    touched = set(connection.execute(_TOLD_EVENTS, {"article_id": article_id}).scalars())
    connection.execute(delete(MENTION).where(MENTION.c.article_id == article_id))
    return touched
