"""Decide whether a newly read mention tells an incident the database already holds.

Reports of one incident disagree in wording, precision and figures; the rules here
join them when type, time, place and identity agree, and keep them apart otherwise.
Broad recaps ("since September the Navy has destroyed boats") must not swallow the
specific incidents they summarise, so they only join recaps of exactly the same span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from maritime.geo.distance import within_km
from maritime.types import SPECIFIC_PRECISIONS

PLACE_RANK = {"point": 6, "port": 5, "coast": 4, "sea": 3, "region": 2, "country": 1}
# How far apart two reports' places may be and still be the same incident.
PLACE_TOLERANCE_KM = {
    "point": 150,
    "port": 150,
    "coast": 500,
    "sea": 1200,
    "region": 2000,
    "country": 1000,
}


class PlaceLike(Protocol):
    """What the rules read of a stored place (a row or a `models.Place`)."""

    @property
    def id(self) -> int | None: ...
    @property
    def precision(self) -> str: ...
    @property
    def lat(self) -> float: ...
    @property
    def lon(self) -> float: ...
    @property
    def south(self) -> float | None: ...
    @property
    def west(self) -> float | None: ...
    @property
    def north(self) -> float | None: ...
    @property
    def east(self) -> float | None: ...


class ActorLike(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def country(self) -> str | None: ...


class EventLike(Protocol):
    """What the rules read of a stored event."""

    @property
    def id(self) -> int | None: ...
    @property
    def type(self) -> str: ...
    @property
    def date_start(self) -> date | None: ...
    @property
    def date_end(self) -> date | None: ...
    @property
    def date_precision(self) -> str | None: ...
    @property
    def killed(self) -> int | None: ...
    @property
    def vessel_count(self) -> int | None: ...
    @property
    def target_type(self) -> str | None: ...


@dataclass
class Candidate:
    """One extracted event with its references already resolved to rows."""

    type: str
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    place: PlaceLike | None
    actor: ActorLike | None
    vessel_ids: set[int]
    killed: int | None
    vessel_count: int | None = None
    target_type: str | None = None


def is_specific(precision: str | None) -> bool:
    return precision in SPECIFIC_PRECISIONS


def _overlap(a: Candidate, b: EventLike) -> bool:
    assert a.date_start is not None and a.date_end is not None
    assert b.date_start is not None and b.date_end is not None
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def dates_compatible(a: Candidate, b: EventLike, *, same_vessel: bool) -> bool:
    """Overlapping days for specific reports; a recap joins only a recap of the same span.

    A named vessel is identity enough to let a month-precise mention join the
    day-precise event it falls around ("in December the Skipper was seized").
    """
    if a.date_start is None or b.date_start is None or a.date_end is None or b.date_end is None:
        return False
    if same_vessel:
        return _overlap(a, b)
    specific = is_specific(a.date_precision), is_specific(b.date_precision)
    if all(specific):
        return _overlap(a, b)
    if not any(specific):
        return (a.date_start, a.date_end) == (b.date_start, b.date_end)
    return False


def places_compatible(a: PlaceLike | None, b: PlaceLike | None) -> bool:
    if a is None or b is None:
        return True
    if _inside(a, b) or _inside(b, a):
        return True
    tolerance = max(
        PLACE_TOLERANCE_KM.get(a.precision, 500), PLACE_TOLERANCE_KM.get(b.precision, 500)
    )
    return within_km((a.lat, a.lon), (b.lat, b.lon), tolerance)


def _inside(point: PlaceLike, area: PlaceLike) -> bool:
    if None in (area.south, area.west, area.north, area.east):
        return False
    assert area.south is not None and area.north is not None
    assert area.west is not None and area.east is not None
    if not area.south <= point.lat <= area.north:
        return False
    if area.west <= area.east:
        return area.west <= point.lon <= area.east
    return point.lon >= area.west or point.lon <= area.east  # extent crosses 180 degrees


@dataclass
class Known:
    """An event already stored, with the rows it points to."""

    event: EventLike
    place: PlaceLike | None
    actor: ActorLike | None
    vessel_ids: set[int]


def is_same_incident(candidate: Candidate, known: Known) -> bool:
    """The rule for one incident told twice; see the module docstring."""
    event = known.event
    if candidate.type != event.type:
        return False
    same_vessel = bool(candidate.vessel_ids & known.vessel_ids)
    if (candidate.vessel_ids or known.vessel_ids) and not same_vessel:
        return False
    if not dates_compatible(candidate, event, same_vessel=same_vessel):
        return False
    if not places_compatible(candidate.place, known.place):
        return False
    if not actors_compatible(candidate.actor, known.actor):
        return False
    return candidate.killed is None or event.killed is None or candidate.killed == event.killed


def may_name_one_ship(candidate: Candidate) -> bool:
    """What `is_same_ship_unnamed` asks of the new report alone: one ship of a stated
    kind, on a stated day, in a stated place (so the caller can skip the look-up)."""
    return (
        candidate.date_precision == "day"
        and candidate.vessel_count in (None, 1)
        and candidate.target_type is not None
        and candidate.place is not None  # the place must agree, not merely be unknown
    )


def is_same_ship_unnamed(candidate: Candidate, known: Known) -> bool:
    """One report names the ship, the other only its kind ("a tanker"): the same incident
    when both tell of one ship of that kind on the same day, in compatible places, by
    compatible actors. The caller also requires it to be the only such event."""
    event = known.event
    if not may_name_one_ship(candidate) or known.place is None:
        return False
    if candidate.type != event.type or bool(candidate.vessel_ids) == bool(known.vessel_ids):
        return False
    if event.date_precision != "day" or event.vessel_count not in (None, 1):
        return False
    if (candidate.date_start, candidate.date_end) != (event.date_start, event.date_end):
        return False
    if candidate.target_type != event.target_type:
        return False
    if not places_compatible(candidate.place, known.place):
        return False
    if not actors_compatible(candidate.actor, known.actor):
        return False
    return candidate.killed is None or event.killed is None or candidate.killed == event.killed


def actors_compatible(a: ActorLike | None, b: ActorLike | None) -> bool:
    """ "US forces" and "the US Navy" are one actor at this grain; the US and Iran are not."""
    if a is None or b is None or a.id == b.id:
        return True
    return a.country is not None and a.country == b.country


@dataclass
class Claim:
    """What one mention says about its event."""

    date_start: date | None
    date_end: date | None
    date_precision: str | None
    date_phrase: str | None
    place: PlaceLike | None
    place_phrase: str | None
    actor_id: int | None
    vessel_count: int | None
    killed: int | None
    target_type: str | None


def reconcile(claims: list[Claim]) -> dict[str, Any]:
    """An event's values from everything its sources claim (only the columns to set).

    The narrowest date and the most precise place win (a later, better-informed
    report refines an early one); counts take the largest stated figure, since
    tolls rise as reports come in and summing reports of one incident would
    double it; the actor most sources name wins.
    """
    values: dict[str, Any] = {}
    dated = [c for c in claims if c.date_start is not None and c.date_end is not None]
    if dated:
        best = min(dated, key=_span_days)
        values.update(
            date_start=best.date_start,
            date_end=best.date_end,
            date_precision=best.date_precision,
            date_phrase=best.date_phrase,
        )
    placed = [c for c in claims if c.place is not None]
    if placed:
        best_place = max(placed, key=lambda c: PLACE_RANK.get(c.place.precision, 0))  # type: ignore[union-attr]
        assert best_place.place is not None
        values.update(place_id=best_place.place.id, place_phrase=best_place.place_phrase)
    actors = [c.actor_id for c in claims if c.actor_id is not None]
    if actors:
        values["actor_id"] = max(set(actors), key=lambda a: (actors.count(a), -actors.index(a)))
    values["vessel_count"] = _largest(c.vessel_count for c in claims)
    values["killed"] = _largest(c.killed for c in claims)
    values["target_type"] = next((c.target_type for c in claims if c.target_type), None)
    return values


def _span_days(claim: Claim) -> int:
    assert claim.date_start is not None and claim.date_end is not None
    return (claim.date_end - claim.date_start).days


def _largest(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def confidence(independent_sources: int) -> float:
    """1 source 0.5, 2 sources 0.75, 3 sources 0.875: each outlet halves the doubt."""
    return round(1 - 0.5 ** max(independent_sources, 1), 4)
