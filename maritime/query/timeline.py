"""Timeline queries: filters in SQL where an index helps, geometry in Python after.

The returned dicts are the contract (`maritime timeline --format json`): scripts
depend on every key, so add keys freely but never rename or drop one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, select

from maritime import models
from maritime.geo.distance import within

KM_PER_DEGREE_LAT = 111.0


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
    limit: int | None = None


def _contains(column: Any, needle: str) -> Any:
    return func.lower(column).contains(needle.lower(), autoescape=True)


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
            query = query.where(_contains(models.Actor.name, f.actor))
        if f.country:
            query = query.where(func.upper(models.Actor.country) == f.country.upper())
    if f.vessel:
        needle = f.vessel.strip()
        named = (
            select(models.EventVessel.event_id)
            .join(models.Vessel, models.Vessel.id == models.EventVessel.vessel_id)
            .join(models.VesselName, models.VesselName.vessel_id == models.Vessel.id)
            .where(
                or_(
                    _contains(models.VesselName.name, needle),
                    models.Vessel.imo == needle.upper().removeprefix("IMO").strip(),
                    models.Vessel.mmsi == needle,
                )
            )
        )
        query = query.where(models.Event.id.in_(named))  # type: ignore[union-attr]
    if f.source or f.text or f.min_sources:
        query = query.where(models.Event.id.in_(_mention_filter(f)))  # type: ignore[union-attr]
    if f.near is not None and f.within_km is not None:
        # Coarse latitude band in SQL; the exact geodesic test (and extents) in Python.
        band = f.within_km / KM_PER_DEGREE_LAT + 30  # areas up to ~30 deg across
        query = query.where(models.Place.lat.between(f.near[0] - band, f.near[0] + band))  # type: ignore[attr-defined]
    if f.bbox is not None:
        south, west, north, east = f.bbox
        query = query.where(models.Place.lat.between(south, north))  # type: ignore[attr-defined]
        if west <= east:
            query = query.where(models.Place.lon.between(west, east))  # type: ignore[attr-defined]
        else:
            query = query.where(or_(models.Place.lon >= west, models.Place.lon <= east))
    query = query.order_by(
        models.Event.date_start.is_(None),  # type: ignore[union-attr]
        models.Event.date_start,
        models.Event.date_end,
        models.Event.id,
    )
    if f.limit and f.near is None:
        query = query.limit(f.limit)
    return [row for row in session.exec(query) if row is not None]


def _mention_filter(f: TimelineFilter) -> Any:
    query = select(models.Mention.event_id).join(
        models.Article, models.Article.id == models.Mention.article_id
    )
    if f.source:
        query = query.where(
            or_(
                _contains(func.coalesce(models.Article.source, ""), f.source),
                _contains(models.Article.uri, f.source),
            )
        )
    if f.text:
        query = query.where(_contains(models.Mention.sentence, f.text))
    query = query.group_by(models.Mention.event_id)
    if f.min_sources:
        query = query.having(func.count(func.distinct(models.Mention.article_id)) >= f.min_sources)
    return query


def timeline(session: Session, f: TimelineFilter) -> list[dict[str, Any]]:
    """Events matching the filters, in chronological order of date_start."""
    ids = select_event_ids(session, f)
    events = describe_events(session, ids)
    if f.near is not None and f.within_km is not None:
        events = [e for e in events if e["place"] and _near(e["place"], f.near, f.within_km)]
        if f.limit:
            events = events[: f.limit]
    return events


def _near(place: dict[str, Any], point: tuple[float, float], km: float) -> bool:
    from maritime.geo.place import Place as GeoPlace

    geo = GeoPlace(
        name=place["name"],
        lat=place["lat"],
        lon=place["lon"],
        precision=place["precision"],
        kind=place.get("kind") or place["precision"],
        resolved_by=place.get("resolved_by") or "gazetteer",
        bbox=tuple(place["bbox"]) if place.get("bbox") else None,  # type: ignore[arg-type]
    )
    return within(geo, point, km)


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
    out = []
    for event_id in ids:
        event = by_id[event_id]
        actor = actors.get(event.actor_id) if event.actor_id else None
        place = places.get(event.place_id) if event.place_id else None
        out.append(
            {
                "id": event.id,
                "type": event.type,
                "date_start": _iso(event.date_start),
                "date_end": _iso(event.date_end),
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
            }
        )
    return out


def _iso(value: date | None) -> str | None:
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
    former = _former_names(session, vessel_ids)
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


def _former_names(session: Session, vessel_ids: set[int]) -> dict[int, list[str]]:
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
    rows = session.exec(
        select(models.Mention, models.Article)
        .join(models.Article, models.Article.id == models.Mention.article_id)
        .where(models.Mention.event_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(models.Article.published, models.Article.id, models.Mention.sentence_start)
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for mention, article in rows:
        out[mention.event_id].append(
            {
                "uri": article.uri,
                "title": article.title,
                "source": article.source,
                "published": _iso(article.published),
                "evidence": mention.sentence,
                "article_id": article.id,
                "sentence_start": mention.sentence_start,
                "sentence_end": mention.sentence_end,
                "evidence_start": mention.evidence_start,
                "evidence_end": mention.evidence_end,
                "extractor_version": mention.extractor_version,
            }
        )
    return out
