"""Timeline queries: filters in SQL where an index helps, geometry in Python after.

The returned dicts are the contract (`maritime timeline --format json`): scripts
depend on every key, so add keys freely but never rename or drop one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import column, false, func, literal_column, or_, table, text, union
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from maritime.db import models
from maritime.geo.distance import within
from maritime.geo.place import Place as GeoPlace
from maritime.query.evidence import has_text
from maritime.query.rows import among
from maritime.query.search import has_table, matching_ids

# IMO numbers have 7 digits, MMSI numbers 9: no vessel name is one.
IDENTITY_NUMBER = re.compile(r"\d{7}|\d{9}")
# The shortest a degree of arc gets on the ellipsoid, so a search band never falls short.
MIN_KM_PER_DEGREE = 110.5
# An event's length in days, word for word as migration 0007 indexes it.
SPAN = {
    "sqlite": "julianday(date_end) - julianday(date_start)",
    "postgresql": "date_end - date_start",
}
# SQLite's trigram index of vessel names (migration 0007).
NAME_FTS = "vessel_name_fts"


@dataclass
class TimelineFilter:
    types: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    precisions: list[str] = field(default_factory=list)
    actor: str | None = None
    country: str | None = None
    vessel: str | None = None
    near: GeoPlace | None = None  # with within_km: see `near_place_ids`
    within_km: float = 0.0
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    source: str | None = None
    min_sources: int | None = None
    text: str | None = None
    no_summaries: bool = False  # leave out summaries that cover specific events
    limit: int | None = None


def contains(column: Any, needle: str) -> Any:
    return func.lower(column).contains(needle.lower(), autoescape=True)


def vessels_matching(session: Session, needle: str) -> Any:
    """Ids of vessels that carried a name containing `needle`, or whose IMO or MMSI it is.

    Small subqueries joined by UNION, each able to use its own index: one OR across
    the name history and the vessel table made the database walk every vessel with
    every name. An IMO or MMSI number is looked up by itself, never among names."""
    needle = needle.strip()
    number = needle.upper().removeprefix("IMO").strip()
    by_imo = select(models.Vessel.id).where(models.Vessel.imo == number)
    by_mmsi = select(models.Vessel.id).where(models.Vessel.mmsi == needle)
    if IDENTITY_NUMBER.fullmatch(number):
        return union(by_imo, by_mmsi)
    named = select(models.VesselName.vessel_id).where(*names_containing(session, needle))
    return union(named, by_imo, by_mmsi)


def names_containing(session: Session, needle: str) -> list[Any]:
    """Conditions on `vessel_name`: the name contains `needle`, in any (ASCII) case.

    A substring test reads every name. On SQLite the trigram index of migration 0007
    first narrows them to the names holding every three-character run of `needle` in
    any case (a superset), and the same test as before decides among those; a needle
    too short to have a run is tested on every name. PostgreSQL serves the test itself
    from its pg_trgm index."""
    substring = contains(models.VesselName.name, needle)
    lowered = needle.lower()
    sqlite = session.get_bind().dialect.name == "sqlite"
    if len(lowered) < 3 or not sqlite or not has_table(session, NAME_FTS):
        return [substring]
    phrase = '"' + lowered.replace('"', '""') + '"'
    trigrams = table(NAME_FTS, column("rowid"))
    runs = select(trigrams.c.rowid).where(literal_column(NAME_FTS).op("MATCH")(phrase))
    return [models.VesselName.id.in_(runs), substring]  # type: ignore[union-attr]


def select_event_ids(session: Session, f: TimelineFilter) -> list[int]:
    query = select(models.Event.id)
    if f.bbox is not None:
        query = query.outerjoin(models.Place, models.Place.id == models.Event.place_id)
    if f.actor or f.country:
        query = query.join(models.Actor, models.Actor.id == models.Event.actor_id)
    for condition in _conditions(session, f):
        query = query.where(condition)
    query = query.order_by(models.Event.date_start, models.Event.date_end, models.Event.id)
    # Dated events, then undated ones: two queries that walk the date index and stop at
    # the limit, where one "undated last" sort would order every matching event first.
    dated = query.where(models.Event.date_start.is_not(None))  # type: ignore[union-attr]
    if f.since:
        dated = dated.where(models.Event.date_start >= earliest_start(session, f.since))  # type: ignore[operator]
    found = _ids(session, dated, f.limit)
    if f.limit and len(found) >= f.limit:
        return found
    rest = f.limit - len(found) if f.limit else None
    return found + _ids(session, query.where(models.Event.date_start.is_(None)), rest)  # type: ignore[union-attr]


def _conditions(session: Session, f: TimelineFilter) -> list[Any]:
    """The filters as WHERE conditions on `event` (and `place` or `actor`, joined for them)."""
    where: list[Any] = [live(models.Event)]
    if f.types:
        where.append(models.Event.type.in_(f.types))  # type: ignore[attr-defined]
    # Interval overlap: an event "since September" overlaps a query for October.
    if f.since:
        where.append(func.coalesce(models.Event.date_end, models.Event.date_start) >= f.since)
    if f.until:
        where.append(models.Event.date_start <= f.until)  # type: ignore[operator]
    if f.precisions:
        where.append(models.Event.date_precision.in_(f.precisions))  # type: ignore[union-attr]
    if f.actor:
        where.append(contains(models.Actor.name, f.actor))
    if f.country:
        where.append(func.upper(models.Actor.country) == f.country.upper())
    if f.vessel:
        where.append(_vessel_events(session, f.vessel))
    if f.text and not (f.source or f.min_sources):
        where.append(has_text(session, f.text, f.limit))
    elif f.source or f.text or f.min_sources:
        where.append(models.Event.id.in_(_mention_filter(session, f)))  # type: ignore[union-attr]
    if f.no_summaries:
        covering = select(models.EventCover.summary_id).where(
            models.EventCover.summary_id == models.Event.id
        )
        where.append(~covering.exists())
    if f.near is not None:
        near = near_place_ids(session, f.near, f.within_km)
        # No place near: no event, without walking them all to find that out.
        where.append(among(session, models.Event.place_id, near) if near else false())
    if f.bbox is not None:
        where.extend(_in_box(f.bbox))
    return where


def _vessel_events(session: Session, needle: str) -> Any:
    """Events of the vessels `needle` names.

    PostgreSQL cannot foresee how many vessels a name fragment finds, nor how many
    events they have: it hashed every vessel link, or fetched and sorted thousands of
    events. Given the ids step by step it looks up a few and walks the date index
    for many."""
    vessels = vessels_matching(session, needle)
    links = models.EventVessel
    if session.get_bind().dialect.name != "postgresql":
        named = select(links.event_id).where(links.vessel_id.in_(vessels))  # type: ignore[attr-defined]
        return models.Event.id.in_(named)  # type: ignore[union-attr]
    vessel_ids = list(session.execute(vessels).scalars())
    named = select(links.event_id).where(among(session, links.vessel_id, vessel_ids)).distinct()
    ids = list(session.execute(named).scalars()) if vessel_ids else []
    return among(session, models.Event.id, ids) if ids else false()


def _in_box(bbox: tuple[float, float, float, float]) -> list[Any]:
    south, west, north, east = bbox
    where = [models.Place.lat.between(south, north)]  # type: ignore[attr-defined]
    if west <= east:
        where.append(models.Place.lon.between(west, east))  # type: ignore[attr-defined]
    else:
        where.append(or_(models.Place.lon >= west, models.Place.lon <= east))
    return where


def earliest_start(session: Session, since: date) -> date:
    """The earliest date_start an event may have and still reach `since`.

    Implied by the --since test (date_end, or date_start when there is no end, on or
    after `since`) and the longest span of any event, which the index of migration 0007
    finds in one step: a lower bound the date-ordered walk can start from."""
    span = SPAN.get(session.get_bind().dialect.name)
    if span is None:
        return date.min
    longest = session.execute(text(f"SELECT max({span}) FROM event")).scalar()
    days = max(0, math.ceil(float(longest))) if longest is not None else 0
    return since - timedelta(days=days)


def _ids(session: Session, query: Any, limit: int | None) -> list[int]:
    rows = _rows(session, query.limit(limit) if limit else query)
    return [event_id for (event_id,) in rows if event_id is not None]


def _rows(session: Session, query: Any) -> Any:
    """Plain rows through Core: the ORM's per-statement work is most of a small query's cost."""
    return session.connection().execute(query)


def live(event: Any) -> Any:
    """Events no analyst retracted: every listing, count and export shows only these."""
    return event.retracted == false()


def near_place_ids(session: Session, area: GeoPlace, km: float) -> list[int]:
    """Places whose point lies inside `area`'s extent widened by `km`, or, for a place
    without an extent (a port, coordinates), within `km` of its point.

    An event is where its place's point is: "--near 'Red Sea'" finds events at points
    in the Red Sea, "--near Aden --within 100km" those within 100 km of Aden. Geometry is
    tested once per place, not per event, so the event query keeps its SQL limit; a box
    in SQL (the extent or the point, widened by a spherical cap) keeps the exact test to
    a few candidates.
    """
    reach = km / MIN_KM_PER_DEGREE
    south, west, north, east = area.bbox or (area.lat, area.lon, area.lat, area.lon)
    low, high = south - reach, north + reach
    candidates = select(models.Place).where(models.Place.lat.between(low, high))  # type: ignore[attr-defined]
    spread = _longitude_spread(max(abs(low), abs(high)), reach)
    if west <= east and spread is not None and west - spread >= -180 and east + spread <= 180:
        candidates = candidates.where(models.Place.lon.between(west - spread, east + spread))  # type: ignore[attr-defined]
    return [
        place.id
        for place in session.exec(candidates)
        if place.id is not None and within(area, (place.lat, place.lon), km)
    ]


def _longitude_spread(lat: float, reach: float) -> float | None:
    """Widest longitude difference of a spherical cap of `reach` degrees around any point
    up to latitude `lat`; None when the cap reaches a pole."""
    if lat + reach >= 90:
        return None
    ratio = math.sin(math.radians(min(reach, 90.0))) / math.cos(math.radians(lat))
    return math.degrees(math.asin(ratio)) if ratio < 1 else None


def _mention_filter(session: Session, f: TimelineFilter) -> Any:
    query = select(models.Mention.event_id)
    if f.source:
        query = query.join(models.Article, models.Article.id == models.Mention.article_id)
        query = query.where(
            or_(
                contains(func.coalesce(models.Article.source, ""), f.source),
                contains(models.Article.uri, f.source),
            )
        )
    if f.text:
        # Every word occurs, via the full-text index where the database has one.
        query = query.where(models.Mention.id.in_(matching_ids(session, "mention", f.text)))  # type: ignore[union-attr]
    if f.min_sources:
        query = query.group_by(models.Mention.event_id).having(
            func.count(func.distinct(models.Mention.article_id)) >= f.min_sources
        )
    return query


def timeline(session: Session, f: TimelineFilter) -> list[dict[str, Any]]:
    """Events matching the filters, in chronological order of date_start."""
    return describe_events(session, select_event_ids(session, f))


# The columns shown, as plain rows: ORM objects cost more to build than the queries.
EVENT_COLUMNS = (
    *(getattr(models.Event, name) for name in (
        "id", "type", "date_start", "date_end", "date_precision", "date_phrase", "place_phrase",
        "target_type", "vessel_count", "killed", "confidence",
    )),
    models.Actor.name.label("actor"),
    models.Actor.country.label("actor_country"),
    models.Place.id.label("place_id"),
    models.Place.name.label("place_name"),
    *(getattr(models.Place, name) for name in (
        "lat", "lon", "precision", "kind", "resolved_by", "south", "west", "north", "east",
    )),
)  # fmt: skip
VESSEL_COLUMNS = tuple(
    getattr(models.Vessel, name) for name in ("id", "name", "vessel_type", "flag", "imo", "mmsi")
)


def describe_events(session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """Contract-shaped dicts for these events, loading related rows in a few queries."""
    if not ids:
        return []
    rows = _rows(
        session,
        select(*EVENT_COLUMNS)
        .outerjoin(models.Place, models.Place.id == models.Event.place_id)
        .outerjoin(models.Actor, models.Actor.id == models.Event.actor_id)
        .where(among(session, models.Event.id, ids)),
    )
    by_id = {row.id: row for row in rows}
    vessels = _vessels_by_event(session, ids)
    sources = _sources_by_event(session, ids)
    covers, covered_by = _summary_links(session, ids)
    out = []
    for event_id in ids:
        event = by_id[event_id]
        out.append(
            {
                "id": event.id,
                "type": event.type,
                "date_start": iso_day(event.date_start),
                "date_end": iso_day(event.date_end),
                "date_precision": event.date_precision,
                "date_phrase": event.date_phrase,
                "actor": event.actor,
                "actor_country": event.actor_country,
                "vessels": vessels.get(event_id)
                or (
                    [{"name": None, "type": event.target_type, "flag": None, "imo": None}]
                    if event.target_type
                    else []
                ),
                "vessel_count": event.vessel_count,
                "killed": event.killed,
                "place": _place_dict(event),
                "confidence": event.confidence,
                "sources": sources.get(event_id, []),
                "covers": covers.get(event_id, []),
                "covered_by": covered_by.get(event_id, []),
            }
        )
    return out


def _summary_links(
    session: Session, ids: list[int]
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """(summary -> the specific events it sums up, event -> the summaries covering it),
    retracted events left out on both sides."""
    cover = models.EventCover
    summary, covered = aliased(models.Event), aliased(models.Event)
    links = (
        select(cover.summary_id, cover.event_id)
        .join(summary, summary.id == cover.summary_id)
        .join(covered, covered.id == cover.event_id)
        .where(
            or_(among(session, cover.summary_id, ids), among(session, cover.event_id, ids)),
            live(summary),
            live(covered),
        )
    )
    covers: dict[int, list[int]] = defaultdict(list)
    covered_by: dict[int, list[int]] = defaultdict(list)
    for summary_id, event_id in sorted(_rows(session, links)):
        covers[summary_id].append(event_id)
        covered_by[event_id].append(summary_id)
    return covers, covered_by


def iso_day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _place_dict(event: Any) -> dict[str, Any] | None:
    if event.place_id is None:
        return None
    bbox = None
    if None not in (event.south, event.west, event.north, event.east):
        bbox = [event.south, event.west, event.north, event.east]
    return {
        "name": event.place_name,
        "lat": _round(event.lat),
        "lon": _round(event.lon),
        "precision": event.precision,
        "kind": event.kind,
        "phrase": event.place_phrase,
        "resolved_by": event.resolved_by,
        "bbox": bbox,
    }


def _round(value: float) -> float:
    return round(value, 4) if math.isfinite(value) else value


def _vessels_by_event(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    rows = _rows(
        session,
        select(models.EventVessel.event_id, *VESSEL_COLUMNS)
        .join(models.Vessel, models.Vessel.id == models.EventVessel.vessel_id)
        .where(among(session, models.EventVessel.event_id, ids))
        .order_by(models.Vessel.name),
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    pairs = list(rows)
    former = former_names_by_vessel(session, {vessel.id for vessel in pairs})
    for vessel in pairs:
        out[vessel.event_id].append(
            {
                "name": vessel.name,
                "type": vessel.vessel_type,
                "flag": vessel.flag,
                "imo": vessel.imo,
                "mmsi": vessel.mmsi,
                "former_names": former.get(vessel.id, []),
            }
        )
    return out


def former_names_by_vessel(session: Session, vessel_ids: set[int]) -> dict[int, list[str]]:
    if not vessel_ids:
        return {}
    rows = _rows(
        session,
        select(models.VesselName.vessel_id, models.VesselName.name, models.Vessel.name)
        .join(models.Vessel, models.Vessel.id == models.VesselName.vessel_id)
        .where(among(session, models.VesselName.vessel_id, vessel_ids))
        .order_by(models.VesselName.id),
    )
    out: dict[int, list[str]] = defaultdict(list)
    for vessel_id, name, current in rows:
        if name != current:
            out[vessel_id].append(name)
    return out


def _sources_by_event(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """One source per article (its primary mention's sentence as evidence); an article
    that tells the incident twice adds its other sentences under `more_evidence`."""
    mention, article = models.Mention, models.Article
    rows = _rows(
        session,
        select(
            mention.event_id,
            mention.sentence,
            mention.sentence_start,
            mention.sentence_end,
            mention.evidence_start,
            mention.evidence_end,
            mention.extractor_version,
            article.id.label("article_id"),  # type: ignore[union-attr]
            article.uri,
            article.title,
            article.source,
            article.published,
        )
        .join(article, article.id == mention.article_id)
        .where(among(session, mention.event_id, ids))
        .order_by(article.published, article.id, mention.id),
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        told = out[row.event_id]
        if told and told[-1]["article_id"] == row.article_id:
            told[-1]["more_evidence"].append(row.sentence)
            continue
        told.append(
            {
                "uri": row.uri,
                "title": row.title,
                "source": row.source,
                "published": iso_day(row.published),
                "evidence": row.sentence,
                "article_id": row.article_id,
                "sentence_start": row.sentence_start,
                "sentence_end": row.sentence_end,
                "evidence_start": row.evidence_start,
                "evidence_end": row.evidence_end,
                "extractor_version": row.extractor_version,
                "more_evidence": [],
            }
        )
    return out
