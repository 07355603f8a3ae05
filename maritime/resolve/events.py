"""Decide whether a newly read mention tells an incident the database already holds.

Reports of one incident disagree in wording, precision and figures. Merging fails safe:
two tellings join only on positive evidence of identity (the same named ship, or one
unnamed ship of the same kind on the same day in the same small area, or the same toll,
blockade or recap, or one state's act on one day in one area when no other stored event
fits), and each merge keeps its `Reason`. Two differently named ships never join, nor
does a ship struck on two different days, nor a broad area plus a week. Broad
recaps ("since September the Navy has destroyed boats") must not swallow the
specific incidents they summarise, so they only join recaps of exactly the same span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple, Protocol

from maritime.extract.vessels import state_kinds
from maritime.geo.distance import nearest_in_box, within_km
from maritime.geo.place import holds
from maritime.types import SPECIFIC_PRECISIONS, TOLD_BEFORE_DAYS

PLACE_RANK = {"point": 6, "port": 5, "coast": 4, "sea": 3, "region": 2, "country": 1}
# Two narrow places (points, ports, coasts) are one place within the coarser one's
# reach: an offset "50 nm NE of Fujairah" and the port beside it.
PLACE_TOLERANCE_KM = {"point": 150, "port": 150, "coast": 500}
# A narrow place this close to an area's extent lies off it, as an offset from the area
# told from its edge does (the box of an offset is centred on the area's middle).
OFF_EDGE_KM = 100
# Two narrow places farther apart than this are two spots: one state's act told at both
# is two acts.
SPOT_KM = 30
# Two positions this close are one spot: where a report names no kind of ship, the same
# spot that day stands in for it.
SAME_SPOT_KM = 10
# A toll this large, told for one day and one area, tells one incident even when one
# report leaves out who acted.
SEVERAL_DEAD = 3
# A place narrower than this is a "small area": an unnamed ship of one kind there on one
# day is one ship. The Strait of Hormuz and the Gulf of Oman are small, the Red Sea and
# the Caribbean are not.
SMALL_AREA_KM = 800
# A deployment is a stay: the same named ship reported sent, arriving and patrolling in
# one area is one deployment while the reports fall within a stay of this length.
STAY_DAYS = 60
# Place precisions that are areas, not spots: two of them that do not meet are two
# incidents even for the same named ship.
AREAS = frozenset({"sea", "region"})
# Kinds that say nothing of which ship it was ("a vessel"), so agree with any kind.
GENERIC_KINDS = frozenset({"vessel", "ship", "merchant ship", "merchant vessel"})
# Acts so rare that one ship suffering it in one area on one day is one ship, whoever
# did it: pirates hijack a handful of ships a year, robbers board several a day.
RARE_ACTS = frozenset({"hijacking"})
# The actor lexicon's names for perpetrators nobody has identified: the same band is
# "armed men" in one report and "Somali pirates" in the next.
UNIDENTIFIED_ACTORS = frozenset({"armed men", "robbers", "pirates"})


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
    def name(self) -> str: ...
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
    statement_dated: bool = False  # dated by the day it was told, not the act's own


@dataclass(frozen=True)
class Reason:
    """Why a telling joined a stored incident: the rule, and the fields that agreed
    (stored with the telling, so an analyst can see what a merge rested on)."""

    rule: str
    fields: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.rule} ({', '.join(self.fields)})"


def is_specific(precision: str | None) -> bool:
    return precision in SPECIFIC_PRECISIONS


def _dated(a: Candidate, b: EventLike) -> bool:
    return None not in (a.date_start, a.date_end, b.date_start, b.date_end)


def _overlap(a: Candidate, b: EventLike) -> bool:
    assert a.date_start is not None and a.date_end is not None
    assert b.date_start is not None and b.date_end is not None
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _told_after(a: Candidate, b: EventLike) -> bool:
    """`a` is dated by the day it was told, and `b` happened on it or in the days before:
    "announced on Wednesday that it had sunk the ship" retells Monday's attack."""
    assert a.date_start is not None and a.date_end is not None
    assert b.date_start is not None and b.date_end is not None
    earliest = a.date_start - timedelta(days=TOLD_BEFORE_DAYS)
    return a.statement_dated and earliest <= b.date_end and b.date_start <= a.date_end


def _same_day(a: Candidate, b: EventLike) -> bool:
    """Both told to the day, and the same day: a ship struck on two days is two incidents."""
    return a.date_precision == b.date_precision == "day" and (a.date_start, a.date_end) == (
        b.date_start,
        b.date_end,
    )


def _within_precision(a: Candidate, b: EventLike) -> bool:
    """Overlapping dates, neither a recap's span ("since September"): a vague report
    widens only by its own stated precision (a day inside "in December" agrees)."""
    recap = ("range", "year", None)
    return _overlap(a, b) and a.date_precision not in recap and b.date_precision not in recap


def _gap_days(a: Candidate, b: EventLike) -> int:
    """Days between two spans (0 when they overlap)."""
    assert a.date_start is not None and a.date_end is not None
    assert b.date_start is not None and b.date_end is not None
    return max((a.date_start - b.date_end).days, (b.date_start - a.date_end).days, 0)


def places_compatible(a: PlaceLike | None, b: PlaceLike | None) -> bool:
    """One place, told at two precisions: the narrower lies inside the broader's extent
    (a port inside its sea, an offset inside its area), two areas meet, or two narrow
    places (points, ports, coasts) lie within the coarser one's reach. An unknown place
    contradicts nothing."""
    if a is None or b is None:
        return True
    if _inside(a, b) or _inside(b, a):
        return True
    narrow = [p.precision in PLACE_TOLERANCE_KM for p in (a, b)]
    if narrow[0] != narrow[1]:  # an area holds the other place, or it lies just off it
        near, area = (a, b) if narrow[0] else (b, a)
        return _off_edge(near, area)
    if not all(narrow):
        return False
    tolerance = max(PLACE_TOLERANCE_KM[p.precision] for p in (a, b))
    return within_km((a.lat, a.lon), (b.lat, b.lon), tolerance)


def _off_edge(near: PlaceLike, area: PlaceLike) -> bool:
    """A narrow place within OFF_EDGE_KM of an area's extent: an offset told from the
    area ("30 nm south of the Kerch Strait") is measured from its edge, not its centre."""
    box = _extent(area)
    point = (near.lat, near.lon)
    return box is not None and within_km(nearest_in_box(box, point), point, OFF_EDGE_KM)


def _extent(place: PlaceLike) -> tuple[float, float, float, float] | None:
    box = (place.south, place.west, place.north, place.east)
    return None if None in box else box  # type: ignore[return-value]


def _inside(point: PlaceLike, area: PlaceLike) -> bool:
    """`point`'s point lies in `area`'s extent, or (an area itself) its extent meets it."""
    box = _extent(area)
    if box is None:
        return False
    inner = _extent(point)
    if inner is None:
        return holds(box, (point.lat, point.lon))
    lats_meet = inner[0] <= box[2] and box[0] <= inner[2]
    # Two longitude spans (either may cross 180 degrees) meet when one holds an end of
    # the other.
    lons_meet = any(
        holds((-90, one[1], 90, one[3]), (0, edge))
        for one, other in ((box, inner), (inner, box))
        for edge in (other[1], other[3])
    )
    return lats_meet and lons_meet


def is_small(place: PlaceLike) -> bool:
    """A point, a port, a coast without extent, or an area narrower than SMALL_AREA_KM."""
    box = _extent(place)
    if box is None:
        return place.precision in PLACE_TOLERANCE_KM
    south, west, north, east = box
    return within_km((south, west), (north, east), SMALL_AREA_KM)


def _same_small_area(a: PlaceLike | None, b: PlaceLike | None) -> bool:
    return (
        a is not None and b is not None and is_small(a) and is_small(b) and places_compatible(a, b)
    )


def _generic(kinds: tuple[str | None, str | None]) -> bool:
    """One of two kinds is a word that names no kind ("vessel"), the other is stated."""
    return None not in kinds and any(kind in GENERIC_KINDS for kind in kinds)


# Joins that hold only while a single stored event fits, and that a second named ship
# fitting too makes a guess again ("a tanker" beside the one named tanker there that
# day). The other single-fit rules (`same state's act`, `told by each side`) keep their
# joins: parting them cost pair recall on held-out text (RESULTS.md, #15 third pass).
GUESSES = ("named and unnamed ship",)


class StoredEvent(NamedTuple):
    """An event as the rules read it, for one just written from a single telling."""

    id: int
    type: str
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    killed: int | None
    vessel_count: int | None
    target_type: str | None


@dataclass
class Known:
    """An event already stored, with the rows it points to."""

    event: EventLike
    place: PlaceLike | None
    actor: ActorLike | None
    vessel_ids: set[int]


def as_known(candidate: Candidate, event_id: int) -> Known:
    """A telling just stored as event `event_id`, as the rules read a stored incident."""
    event = StoredEvent(
        event_id,
        candidate.type,
        candidate.date_start,
        candidate.date_end,
        candidate.date_precision,
        candidate.killed,
        candidate.vessel_count,
        candidate.target_type,
    )
    return Known(event, candidate.place, candidate.actor, candidate.vessel_ids)


def same_incident(candidate: Candidate, known: Known) -> Reason | None:
    """Why this telling repeats the known incident, or None: see `_named` (one ship,
    named on both sides), `_unnamed` (no ship named on either side). A named ship and
    an unnamed one are `same_ship_unnamed`'s question; two ships with different names
    are never one incident."""
    event = known.event
    if candidate.type != event.type or not _dated(candidate, event):
        return None
    if candidate.vessel_ids and known.vessel_ids:
        return _named(candidate, known) if candidate.vessel_ids & known.vessel_ids else None
    if candidate.vessel_ids or known.vessel_ids:
        return None
    return _unnamed(candidate, known)


def _named(candidate: Candidate, known: Known) -> Reason | None:
    """The same named ship (by IMO or a name the registry knows it by) on overlapping
    dates: a vague report ("in December") widened only by its own precision. Reports
    disagree on who acted and how many died, and often on where (a destination port or
    a dateline taken for the scene), so only two areas that do not meet part them
    (a namesake). A deployment is told by its theatre: there the places must agree, and
    reported again within STAY_DAYS in the same area, it is the same deployment."""
    event = known.event
    if not places_compatible(candidate.place, known.place) and (
        event.type == "deployment" or _two_areas(candidate.place, known.place)
    ):
        return None
    agreed = ["type", "vessel", *_also_agreed(candidate, known)]
    if _overlap(candidate, event) or _told_after(candidate, event):
        return Reason("same vessel", tuple(agreed))
    if event.type == "deployment" and _gap_days(candidate, event) <= STAY_DAYS:
        return Reason("same deployment", tuple(agreed))
    return None


def _unnamed(candidate: Candidate, known: Known) -> Reason | None:
    """No ship named on either side: positive evidence is needed, never a broad area and
    a week. One ship of the same kind (or "a vessel", when a state acted) on the same
    day in the same small area; or the same stated toll on the same day by one state;
    or a blockade of one place by one state; or a recap of exactly the same span (see
    the module docstring)."""
    event = known.event
    if not actors_compatible(candidate.actor, known.actor) or not _killed_agree(candidate, event):
        return None
    same_place = places_compatible(candidate.place, known.place)
    placed = candidate.place is not None and known.place is not None and same_place
    one_state = _same_state(candidate, known)
    if _same_day(candidate, event):
        one_ship = candidate.vessel_count in (None, 1) and event.vessel_count in (None, 1)
        kinds = candidate.target_type, event.target_type
        one_kind = kinds[0] == kinds[1] is not None or (
            _generic(kinds) and _a_state_acted(candidate, known)
        )
        small = _same_small_area(candidate.place, known.place)
        if one_ship and one_kind and (small or (event.type in RARE_ACTS and placed)):
            area = "small area" if small else "area"
            return Reason("same unnamed ship", ("type", "kind", "day", area, "actor"))
        if _same_toll(candidate, known) and same_place:
            return Reason("same toll", ("type", "day", "actor", "killed"))
    if event.type == "blockade" and placed and one_state and _within_precision(candidate, event):
        return Reason("same blockade", ("type", "dates", "place", "actor"))
    vague = not is_specific(candidate.date_precision) and not is_specific(event.date_precision)
    if vague and (candidate.date_start, candidate.date_end) == (event.date_start, event.date_end):
        counts = candidate.vessel_count, event.vessel_count
        if same_place and (None in counts or counts[0] == counts[1]):
            return Reason("same recap", ("type", "span", "place", "actor", "count"))
    return None


def may_name_one_ship(candidate: Candidate) -> bool:
    """What `same_ship_unnamed` asks of the new report alone: one ship of a stated
    kind or at a stated spot, on a stated day (so the caller can skip the look-up)."""
    return (
        candidate.date_precision == "day"
        and candidate.vessel_count in (None, 1)
        and candidate.place is not None  # the place must agree, not merely be unknown
        and (candidate.target_type is not None or _narrow(candidate.place))
    )


def same_ship_unnamed(candidate: Candidate, known: Known) -> Reason | None:
    """One report names the ship, the other only its kind ("a tanker"): the same incident
    when both tell of one ship of that kind on the same day, in one small area (which
    the other report may name more broadly), by compatible actors. The caller also
    requires it to be the only such event."""
    event = known.event
    if not may_name_one_ship(candidate) or known.place is None:
        return None
    if candidate.type != event.type or bool(candidate.vessel_ids) == bool(known.vessel_ids):
        return None
    if event.vessel_count not in (None, 1) or not _same_day(candidate, event):
        return None
    kinds = candidate.target_type, event.target_type
    # "a vessel" names no kind: then only a state's forces acting there that day (told by
    # one report or both) tell which ship it was (robbers board several a day in one strait).
    # A report that gives no kind, or only "a vessel", may give the same spot instead.
    spot = _same_spot(candidate.place, known.place)
    unkind = None in kinds or _generic(kinds)
    stated_state = _generic(kinds) and _a_state_acted(candidate, known)
    if kinds[0] != kinds[1] and not (unkind and spot) and not stated_state:
        return None
    # The named report may place the ship broadly ("in the South China Sea") around the
    # small area the other names ("at Sabina Shoal"): the small one is where it was.
    if not places_compatible(candidate.place, known.place):
        return None
    small = spot or is_small(candidate.place) or is_small(known.place)
    if not (small or event.type in RARE_ACTS):
        return None
    if not actors_compatible(candidate.actor, known.actor) or not _killed_agree(candidate, event):
        return None
    area = "spot" if spot else "small area" if small else "area"
    return Reason("named and unnamed ship", ("type", "kind", "day", area, "actor"))


def may_be_one_state_act(candidate: Candidate) -> bool:
    """What `same_state_act` asks of the new report alone: a stated day, a stated place
    and a state that acted."""
    actor = candidate.actor
    return (
        candidate.date_precision == "day"
        and candidate.place is not None
        and actor is not None
        and actor.country is not None
    )


def same_state_act(candidate: Candidate, known: Known) -> Reason | None:
    """At most one report names the ship: one state's forces doing the same thing on the
    same day in one area (the places meet, however broad), with nothing told that parts
    them: no other kind of ship, count or toll. Several such acts in one sea on one day happen,
    so the caller requires it to be the only such event; unidentified perpetrators
    (robbers board several ships a day in one strait) never qualify."""
    event = known.event
    if not may_be_one_state_act(candidate) or known.place is None:
        return None
    if candidate.vessel_ids and known.vessel_ids:
        return None
    if candidate.type != event.type or not _same_day(candidate, event):
        return None
    if not _same_state(candidate, known) or not _killed_agree(candidate, event):
        return None
    kinds = candidate.target_type, event.target_type
    if kinds[0] != kinds[1] and None not in kinds and not _generic(kinds):
        return None
    counts = candidate.vessel_count, event.vessel_count
    if counts[0] != counts[1] and None not in counts:
        return None
    if not places_compatible(candidate.place, known.place) or _two_spots(candidate, known):
        return None
    stated = [
        name
        for name, pair in (
            ("kind", kinds),
            ("count", counts),
            ("killed", (candidate.killed, event.killed)),
        )
        if None not in pair
    ]
    return Reason("same state's act", ("type", "day", "area", "actor", *stated))


def parted(a: Known, b: Known) -> bool:
    """Two stored events that one new telling fits, yet something told parts them, so
    the telling cannot show them one: two named ships with no name in common, dates
    that do not overlap (a vague "in December" fits a ship struck on the 3rd and on the
    20th), two areas that do not meet, or two stated kinds or counts of ship. A place
    that only disagrees (a port, an offset) does not part them: the telling placed
    itself where both can be, as `_named` allows."""
    first, second = a.event, b.event
    if a.vessel_ids and b.vessel_ids and not a.vessel_ids & b.vessel_ids:
        return True
    if first.type != second.type or None in (first.date_start, second.date_start):
        return True
    assert first.date_start is not None and first.date_end is not None
    assert second.date_start is not None and second.date_end is not None
    if first.date_start > second.date_end or second.date_start > first.date_end:
        return True
    if not places_compatible(a.place, b.place) and _two_areas(a.place, b.place):
        return True
    kinds = first.target_type, second.target_type
    counts = first.vessel_count, second.vessel_count
    return (None not in kinds and kinds[0] != kinds[1] and not _generic(kinds)) or (
        None not in counts and counts[0] != counts[1]
    )


def _two_spots(candidate: Candidate, known: Known) -> bool:
    """Both reports give a narrow place (a position, an offset, a port) and they lie
    more than SPOT_KM apart: two stops 26 and 72 miles off one port are two acts."""
    a, b = candidate.place, known.place
    if a is None or b is None:
        return False
    narrow = a.precision in PLACE_TOLERANCE_KM and b.precision in PLACE_TOLERANCE_KM
    return narrow and not within_km((a.lat, a.lon), (b.lat, b.lon), SPOT_KM)


def _narrow(place: PlaceLike | None) -> bool:
    """A position or a port: a spot, not an area or a stretch of coast."""
    return place is not None and place.precision in ("point", "port")


def _same_spot(a: PlaceLike | None, b: PlaceLike | None) -> bool:
    """Both a position or a port, within SAME_SPOT_KM: "50 nm south-west of Hodeidah"
    and "51 nm south-west of Hodeidah" are one spot."""
    if a is None or b is None or not (_narrow(a) and _narrow(b)):
        return False
    return within_km((a.lat, a.lon), (b.lat, b.lon), SAME_SPOT_KM)


def _two_areas(a: PlaceLike | None, b: PlaceLike | None) -> bool:
    """Both places are areas (seas, regions): two that do not meet are two incidents.
    A port, an offset, a coast or a country may be a report's error (the ship's
    destination or home, a dateline, a position from the wrong reference)."""
    return all(place is not None and place.precision in AREAS for place in (a, b))


def told_by_each_side(candidate: Candidate, known: Known) -> Reason | None:
    """A collision each state blames on the other: "China's coast guard rammed a
    Philippine ship" and "a Philippine ship rammed ours" at one shoal on one day. Two
    states' strikes on state ships (or ships of no stated kind) on the same day in the
    same small area, one ship each, at most one report naming it. Two such strikes do
    happen, so the caller requires it to be the only fit."""
    event = known.event
    if candidate.type != "strike" or event.type != "strike" or not _same_day(candidate, event):
        return None
    if candidate.vessel_ids and known.vessel_ids:
        return None  # two named ships are `_named`'s question
    a, b = candidate.actor, known.actor
    if a is None or b is None or None in (a.country, b.country) or a.country == b.country:
        return None
    if candidate.vessel_count not in (None, 1) or event.vessel_count not in (None, 1):
        return None
    kinds = (candidate.target_type, event.target_type)
    if not all(kind is None or kind in GENERIC_KINDS or kind in state_kinds() for kind in kinds):
        return None
    if not _same_small_area(candidate.place, known.place) or not _killed_agree(candidate, event):
        return None
    return Reason("told by each side", ("type", "day", "small area", "two states"))


def _also_agreed(candidate: Candidate, known: Known) -> list[str]:
    """Which of dates, place and actor both reports state and agree on."""
    event, agreed = known.event, []
    if (candidate.date_start, candidate.date_end) == (event.date_start, event.date_end):
        agreed.append("dates")
    places = candidate.place, known.place
    if None not in places and places_compatible(*places):
        agreed.append("place")
    both = candidate.actor is not None and known.actor is not None
    if both and actors_compatible(candidate.actor, known.actor):
        agreed.append("actor")
    return agreed


def _same_toll(candidate: Candidate, known: Known) -> bool:
    """The same stated toll by one state's forces, or several dead by a state's forces as
    one report tells it and by no one named in the other ("14 killed when US forces
    struck", "the strikes on Monday killed 14")."""
    killed = candidate.killed
    if not killed or killed != known.event.killed:
        return False
    if _same_state(candidate, known):
        return True
    one_silent = (candidate.actor is None) != (known.actor is None)
    return killed >= SEVERAL_DEAD and one_silent and _a_state_acted(candidate, known)


def _killed_agree(candidate: Candidate, event: EventLike) -> bool:
    return candidate.killed is None or event.killed is None or candidate.killed == event.killed


def _same_state(candidate: Candidate, known: Known) -> bool:
    a, b = candidate.actor, known.actor
    return a is not None and b is not None and a.country is not None and a.country == b.country


def _a_state_acted(candidate: Candidate, known: Known) -> bool:
    """A state's forces acted, by one report or both (compatible ones); or the act is
    one so rare (a hijacking) that two in one area on one day are one."""
    a, b = candidate.actor, known.actor
    stated = any(actor is not None and actor.country is not None for actor in (a, b))
    return (stated or candidate.type in RARE_ACTS) and actors_compatible(a, b)


def actors_compatible(a: ActorLike | None, b: ActorLike | None) -> bool:
    """ "US forces" and "the US Navy" are one actor at this grain; the US and Iran are not.
    Perpetrators nobody identified ("armed men") may be any group without a state."""
    if a is None or b is None or a.id == b.id:
        return True
    if a.country is None and b.country is None:
        return a.name in UNIDENTIFIED_ACTORS or b.name in UNIDENTIFIED_ACTORS
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
        best_place = max(placed, key=lambda c: _place_support(c, placed))
        assert best_place.place is not None
        values.update(place_id=best_place.place.id, place_phrase=best_place.place_phrase)
    actors = [c.actor_id for c in claims if c.actor_id is not None]
    if actors:
        values["actor_id"] = max(set(actors), key=lambda a: (actors.count(a), -actors.index(a)))
    values["vessel_count"] = _largest(c.vessel_count for c in claims)
    values["killed"] = _largest(c.killed for c in claims)
    values["target_type"] = next((c.target_type for c in claims if c.target_type), None)
    return values


def _place_support(claim: Claim, placed: list[Claim]) -> tuple[int, int]:
    """How many other sources place the event compatibly with this claim, then how
    precise it is: one report's destination port ("bound for Mumbai") must not move an
    incident that three others place in the Strait of Hormuz."""
    assert claim.place is not None
    agreeing = sum(
        other is not claim and places_compatible(claim.place, other.place) for other in placed
    )
    return agreeing, PLACE_RANK.get(claim.place.precision, 0)


def _span_days(claim: Claim) -> int:
    assert claim.date_start is not None and claim.date_end is not None
    return (claim.date_end - claim.date_start).days


def _largest(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def confidence(independent_sources: int) -> float:
    """1 source 0.5, 2 sources 0.75, 3 sources 0.875: each outlet halves the doubt."""
    return round(1 - 0.5 ** max(independent_sources, 1), 4)
