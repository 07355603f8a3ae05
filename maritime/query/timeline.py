"""Timeline queries: filters in SQL where an index helps, geometry in Python after.

The returned dicts are the contract (`maritime timeline --format json`): scripts
depend on every key, so add keys freely but never rename or drop one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, union
from sqlmodel import Session, select

from maritime import models
from maritime.geo.distance import within
from maritime.query.search import matching_ids

# IMO numbers have 7 digits, MMSI numbers 9: no vessel name is one.
IDENTITY_NUMBER = re.compile(r"\d{7}|\d{9}")
# The shortest a degree of arc gets on the ellipsoid, so a search band never falls short.
MIN_KM_PER_DEGREE = 110.5


@dataclass
class TimelineFilter:
    types: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    precisions: list[str] = field(default_factory=list)
    actor: str | None = None
    country: str | None = None
    vessel: str | None = None
    near: tuple[float, float] | None = None
    within_km: float | None = None
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    source: str | None = None
    min_sources: int | None = None
    text: str | None = None
    no_summaries: bool = False  # leave out summaries that cover specific events
    limit: int | None = None


def contains(column: Any, needle: str) -> Any:
    return func.lower(column).contains(needle.lower(), autoescape=True)


def vessels_matching(needle: str) -> Any:
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
    named = select(models.VesselName.vessel_id).where(contains(models.VesselName.name, needle))
    return union(named, by_imo, by_mmsi)


def select_event_ids(session: Session, f: TimelineFilter) -> list[int]:
    query = select(models.Event.id).outerjoin(
        models.Place, models.Place.id == models.Event.place_id
    )
    if f.types:
        query = query.where(models.Event.type.in_(f.types))  # type: ignore[attr-defined]
    # Interval overlap: an event "since September" overlaps a query for October.
    if f.since:
        query = query.where(
            func.coalesce(models.Event.date_end, models.Event.date_start) >= f.since
        )
    if f.until:
        query = query.where(models.Event.date_start <= f.until)  # type: ignore[operator]
    if f.precisions:
        query = query.where(models.Event.date_precision.in_(f.precisions))  # type: ignore[union-attr]
    if f.actor or f.country:
        query = query.join(models.Actor, models.Actor.id == models.Event.actor_id)
        if f.actor:
            query = query.where(contains(models.Actor.name, f.actor))
        if f.country:
            query = query.where(func.upper(models.Actor.country) == f.country.upper())
    if f.vessel:
        named = select(models.EventVessel.event_id).where(
            models.EventVessel.vessel_id.in_(vessels_matching(f.vessel))  # type: ignore[attr-defined]
        )
        query = query.where(models.Event.id.in_(named))  # type: ignore[union-attr]
    if f.source or f.text or f.min_sources:
        query = query.where(models.Event.id.in_(_mention_filter(session, f)))  # type: ignore[union-attr]
    if f.no_summaries:
        covering = select(models.EventCover.summary_id).where(
            models.EventCover.summary_id == models.Event.id
        )
        query = query.where(~covering.exists())
    if f.near is not None and f.within_km is not None:
        near = near_place_ids(session, f.near, f.within_km)
        query = query.where(models.Event.place_id.in_(near))  # type: ignore[union-attr]
    if f.bbox is not None:
        south, west, north, east = f.bbox
        query = query.where(models.Place.lat.between(south, north))  # type: ignore[attr-defined]
        if west <= east:
            query = query.where(models.Place.lon.between(west, east))  # type: ignore[attr-defined]
        else:
            query = query.where(or_(models.Place.lon >= west, models.Place.lon <= east))
    query = query.order_by(models.Event.date_start, models.Event.date_end, models.Event.id)
    # Dated events, then undated ones: two queries that walk the date index and stop at
    # the limit, where one "undated last" sort would order every matching event first.
    dated = _ids(session, query.where(models.Event.date_start.is_not(None)), f.limit)  # type: ignore[union-attr]
    if f.limit and len(dated) >= f.limit:
        return dated
    rest = f.limit - len(dated) if f.limit else None
    return dated + _ids(session, query.where(models.Event.date_start.is_(None)), rest)  # type: ignore[union-attr]


def _ids(session: Session, query: Any, limit: int | None) -> list[int]:
    return [row for row in session.exec(query.limit(limit) if limit else query) if row is not None]


def near_place_ids(session: Session, point: tuple[float, float], km: float) -> list[int]:
    """Places within `km` of `point` (by their point or their extent).

    Geometry is tested once per place, not per event, so the event query keeps its
    SQL limit; a spherical-cap box in SQL keeps the exact test to a few candidates.
    """
    lat, lon = point
    reach = km / MIN_KM_PER_DEGREE
    near_point = models.Place.lat.between(lat - reach, lat + reach)  # type: ignore[attr-defined]
    spread = _longitude_spread(lat, reach)
    if spread is not None and lon - spread >= -180 and lon + spread <= 180:
        near_point = and_(near_point, models.Place.lon.between(lon - spread, lon + spread))  # type: ignore[attr-defined]
    # Areas may be near by their edge however far their point is: few rows, test them all.
    area = and_(models.Place.south <= lat + reach, models.Place.north >= lat - reach)  # type: ignore[operator]
    candidates = session.exec(select(models.Place).where(or_(near_point, area)))
    return [p.id for p in candidates if p.id is not None and within(_geo_place(p), point, km)]


def _longitude_spread(lat: float, reach: float) -> float | None:
    """Widest longitude difference of a spherical cap of `reach` degrees; None at a pole."""
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


def _geo_place(place: models.Place) -> Any:
    from maritime.geo.place import Place as GeoPlace

    extent = (place.south, place.west, place.north, place.east)
    return GeoPlace(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        precision=place.precision,
        kind=place.kind or place.precision,
        resolved_by=place.resolved_by,
        bbox=None if None in extent else extent,  # type: ignore[arg-type]
    )


def describe_events(session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """Contract-shaped dicts for these events, loading related rows in a few queries."""
    if not ids:
        return []
    by_id: dict[int, models.Event] = {
        e.id: e
        for e in session.exec(select(models.Event).where(models.Event.id.in_(ids)))  # type: ignore[union-attr,misc]
    }
    places = _rows_by_id(session, models.Place, {e.place_id for e in by_id.values()})
    actors = _rows_by_id(session, models.Actor, {e.actor_id for e in by_id.values()})
    vessels = _vessels_by_event(session, ids)
    sources = _sources_by_event(session, ids)
    covers, covered_by = _summary_links(session, ids)
    out = []
    for event_id in ids:
        event = by_id[event_id]
        actor = actors.get(event.actor_id) if event.actor_id else None
        place = places.get(event.place_id) if event.place_id else None
        out.append(
            {
                "id": event.id,
                "type": event.type,
                "date_start": iso_day(event.date_start),
                "date_end": iso_day(event.date_end),
                "date_precision": event.date_precision,
                "date_phrase": event.date_phrase,
                "actor": actor.name if actor else None,
                "actor_country": actor.country if actor else None,
                "vessels": vessels.get(event_id)
                or (
                    [{"name": None, "type": event.target_type, "flag": None, "imo": None}]
                    if event.target_type
                    else []
                ),
                "vessel_count": event.vessel_count,
                "killed": event.killed,
                "place": _place_dict(place, event.place_phrase),
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
    """(summary -> the specific events it sums up, event -> the summaries covering it)."""
    links = select(models.EventCover.summary_id, models.EventCover.event_id).where(
        or_(
            models.EventCover.summary_id.in_(ids),  # type: ignore[attr-defined]
            models.EventCover.event_id.in_(ids),  # type: ignore[attr-defined]
        )
    )
    covers: dict[int, list[int]] = defaultdict(list)
    covered_by: dict[int, list[int]] = defaultdict(list)
    for summary_id, event_id in sorted(session.exec(links)):
        covers[summary_id].append(event_id)
        covered_by[event_id].append(summary_id)
    return covers, covered_by


def iso_day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _rows_by_id(session: Session, model: Any, ids: set[int | None]) -> dict[int, Any]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return {row.id: row for row in session.exec(select(model).where(model.id.in_(wanted)))}


def _place_dict(place: models.Place | None, phrase: str | None) -> dict[str, Any] | None:
    if place is None:
        return None
    bbox = None
    if None not in (place.south, place.west, place.north, place.east):
        bbox = [place.south, place.west, place.north, place.east]
    return {
        "name": place.name,
        "lat": _round(place.lat),
        "lon": _round(place.lon),
        "precision": place.precision,
        "kind": place.kind,
        "phrase": phrase,
        "resolved_by": place.resolved_by,
        "bbox": bbox,
    }


def _round(value: float) -> float:
    return round(value, 4) if math.isfinite(value) else value


def _vessels_by_event(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    rows = session.exec(
        select(models.EventVessel.event_id, models.Vessel)
        .join(models.Vessel, models.Vessel.id == models.EventVessel.vessel_id)
        .where(models.EventVessel.event_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(models.Vessel.name)
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    vessel_ids = set()
    pairs = list(rows)
    for _, vessel in pairs:
        vessel_ids.add(vessel.id)
    former = former_names_by_vessel(session, vessel_ids)
    for event_id, vessel in pairs:
        out[event_id].append(
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
    rows = session.exec(
        select(models.VesselName.vessel_id, models.VesselName.name, models.Vessel.name)
        .join(models.Vessel, models.Vessel.id == models.VesselName.vessel_id)
        .where(models.VesselName.vessel_id.in_(vessel_ids))  # type: ignore[attr-defined]
        .order_by(models.VesselName.id)
    )
    out: dict[int, list[str]] = defaultdict(list)
    for vessel_id, name, current in rows:
        if name != current:
            out[vessel_id].append(name)
    return out


def _sources_by_event(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """One source per article (its primary mention's sentence as evidence); an article
    that tells the incident twice adds its other sentences under `more_evidence`."""
    rows = session.exec(
        select(models.Mention, models.Article)
        .join(models.Article, models.Article.id == models.Mention.article_id)
        .where(models.Mention.event_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(models.Article.published, models.Article.id, models.Mention.id)
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for mention, article in rows:
        told = out[mention.event_id]
        if told and told[-1]["article_id"] == article.id:
            told[-1]["more_evidence"].append(mention.sentence)
            continue
        told.append(
            {
                "uri": article.uri,
                "title": article.title,
                "source": article.source,
                "published": iso_day(article.published),
                "evidence": mention.sentence,
                "article_id": article.id,
                "sentence_start": mention.sentence_start,
                "sentence_end": mention.sentence_end,
                "evidence_start": mention.evidence_start,
                "evidence_end": mention.evidence_end,
                "extractor_version": mention.extractor_version,
                "more_evidence": [],
            }
        )
    return out
