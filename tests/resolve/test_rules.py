"""The merge rules, one telling against one stored incident: which evidence joins two
reports (and the reason kept), and which never does."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest

from maritime.db.writer import ActorRef, PlaceRef
from maritime.geo.resolve import resolve_place
from maritime.resolve.events import (
    Candidate,
    Claim,
    Known,
    places_compatible,
    reconcile,
    same_incident,
    same_ship_unnamed,
    same_state_act,
    told_by_each_side,
)

DAY = date(2024, 4, 13)


@dataclass(frozen=True)
class Event:
    type: str
    date_start: date
    date_end: date
    date_precision: str
    killed: int | None = None
    vessel_count: int | None = 1
    target_type: str | None = None
    id: int = 1


ACTORS = {
    "iran": ActorRef(1, "Islamic Revolutionary Guard Corps", "IRN"),
    "iran navy": ActorRef(2, "Iranian Navy", "IRN"),
    "us": ActorRef(3, "United States", "USA"),
    "robbers": ActorRef(4, "robbers", None),
    "armed men": ActorRef(5, "armed men", None),
    "somali pirates": ActorRef(6, "Somali pirates", None),
    "houthis": ActorRef(7, "Houthis", None),
    "us coast guard": ActorRef(8, "United States Coast Guard", "USA"),
    "israel": ActorRef(9, "Israel", "ISR"),
    "israeli navy": ActorRef(10, "Israeli Navy", "ISR"),
    "russia": ActorRef(11, "Russia", "RUS"),
    "china coast guard": ActorRef(12, "China Coast Guard", "CHN"),
    "philippines": ActorRef(13, "Philippine Coast Guard", "PHL"),
    "ukraine": ActorRef(14, "Ukrainian Navy", "UKR"),
}


def place(text: str | None) -> PlaceRef | None:
    if text is None:
        return None
    found = resolve_place(text)
    assert found is not None, text
    box = found.bbox or (None, None, None, None)
    return PlaceRef(hash(found.name), found.precision, found.lat, found.lon, *box)


def report(
    kind: str = "seizure",
    *,
    day: date = DAY,
    until: date | None = None,
    precision: str = "day",
    where: str | None = "Strait of Hormuz",
    actor: str | None = "iran",
    vessels: set[int] | None = None,
    ship: str | None = "tanker",
    count: int | None = 1,
    killed: int | None = None,
    statement: bool = False,
) -> tuple[Candidate, Known]:
    """One telling, both as a new candidate and as a stored incident."""
    end = until or day
    candidate = Candidate(
        type=kind,
        date_start=day,
        date_end=end,
        date_precision=precision,
        place=place(where),
        actor=ACTORS[actor] if actor else None,
        vessel_ids=vessels or set(),
        killed=killed,
        vessel_count=count,
        target_type=ship,
        statement_dated=statement,
    )
    event = Event(kind, day, end, precision, killed, count, ship)
    return candidate, Known(event, candidate.place, candidate.actor, vessels or set())


def rule(new: tuple[Candidate, Known], stored: tuple[Candidate, Known]) -> str | None:
    reason = (
        same_incident(new[0], stored[1])
        or same_ship_unnamed(new[0], stored[1])
        or same_state_act(new[0], stored[1])
        or told_by_each_side(new[0], stored[1])
    )
    return reason.rule if reason else None


MONTH = {"day": date(2024, 4, 1), "until": date(2024, 4, 30), "precision": "month"}
# Nothing named, a state acting in a broad sea.
CCG: dict = {"where": "South China Sea", "actor": "china coast guard", "ship": None}
US_CARIBBEAN: dict = {"where": "Caribbean Sea", "actor": "us", "ship": None}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # The same named ship, by two outlets, even when they blame different actors.
        (report(vessels={1}), report(vessels={1}, actor="us"), "same vessel"),
        # The same ship on the same day, placed in a strait and off it.
        (
            report("strike", vessels={1}, where="Kerch Strait"),
            report("strike", vessels={1}, where="30 nm S of Kerch Strait", actor=None),
            "same vessel",
        ),
        # The same ship on overlapping dates, wherever a report places it: a destination
        # port or an owner's port is often taken for the scene.
        (report(vessels={1}), report(vessels={1}, where="Mumbai"), "same vessel"),
        (report(vessels={1}, **MONTH), report(vessels={1}, where="Houston"), "same vessel"),
        (
            report("strike", vessels={3}, where="Red Sea", actor="houthis"),
            report("strike", vessels={3}, where="Piraeus", actor=None),
            "same vessel",
        ),
        # A vague report of the same ship, widened only by its stated month.
        (report(vessels={1}, **MONTH), report(vessels={1}, where="Gulf of Oman"), "same vessel"),
        # One ship of one kind, on one day, in one small area, by one state's forces.
        (report(), report(where="50 nm NE of Fujairah", actor="iran navy"), "same unnamed ship"),
        # The name in one report, only the kind in the other.
        (report(vessels={1}), report(where="50 nm NE of Fujairah"), "named and unnamed ship"),
        # "A vessel" names no kind: one state's forces there that day tell which ship.
        (report(vessels={1}), report(ship="vessel"), "named and unnamed ship"),
        # "A vessel" or "a ship" names no kind: a state's forces acting there that day,
        # as one report or both tell it, say which ship it was.
        (
            report("boarding", where="Key West", actor="us coast guard", ship="boat"),
            report("boarding", where="Key West", actor=None, ship="vessel"),
            "same unnamed ship",
        ),
        (report(actor=None, ship="ship"), report(actor="iran navy"), "same unnamed ship"),
        (report(vessels={1}), report(ship="vessel", actor=None), "named and unnamed ship"),
        # A hijacking is rare: one ship hijacked in one sea on one day is one ship, even
        # in a broad area or an offset too far out to be a small one.
        (
            report("hijacking", vessels={1}, where="600 nm E of Mogadishu", actor=None),
            report("hijacking", where="Indian Ocean", actor="somali pirates", ship="ship"),
            "named and unnamed ship",
        ),
        (
            report("hijacking", where="Gulf of Guinea", actor="armed men"),
            report("hijacking", where="Gulf of Guinea", actor=None),
            "same unnamed ship",
        ),
        (
            report("hijacking", where="Arabian Sea", actor="somali pirates", ship="vessel"),
            report("hijacking", where="Arabian Sea", actor=None, ship="fishing vessel"),
            "same unnamed ship",
        ),
        # The same toll, on the same day, by the same state: one strike.
        (
            report("strike", where="Caribbean Sea", actor="us", ship="boat", killed=3),
            report("strike", where=None, actor="us", ship=None, killed=3),
            "same toll",
        ),
        # One blockade of one country, on a day and "in April".
        (
            report("blockade", where="Venezuela", actor="us", ship=None),
            report("blockade", where="Venezuela", actor="us", ship=None, **MONTH),
            "same blockade",
        ),
        # A carrier ordered to an area and reported arriving there weeks later.
        (
            report("deployment", vessels={2}, where="Caribbean Sea", actor="us"),
            report(
                "deployment",
                vessels={2},
                day=DAY + timedelta(days=18),
                where="southern Caribbean",
                actor="us",
            ),
            "same deployment",
        ),
        # One state's forces doing one thing on one day in one area, nothing named,
        # nothing told that parts the reports (the caller also wants it the only fit).
        (
            report("pursuit", where="Caribbean Sea", actor="us", ship=None, count=None),
            report("pursuit", where="southern Caribbean", actor="us coast guard", ship=None),
            "same state's act",
        ),
        (
            report("seizure", where="eastern Mediterranean", actor="israeli navy", count=12),
            report(
                "seizure", where="eastern Mediterranean", actor="israel", ship="vessel", count=None
            ),
            "same state's act",
        ),
        (
            report("boarding", where="Black Sea", actor="russia", ship="cargo ship"),
            report("boarding", where="southwestern Black Sea", actor="russia", ship=None),
            "same state's act",
        ),
        # Two positions close enough to be one spot.
        (
            report("boarding", where="26 nm S of Key West", actor="us coast guard", ship=None),
            report("boarding", where="28 nm S of Key West", actor="us", ship="boat"),
            "same state's act",
        ),
        # One of them may name the ship the other does not.
        (
            report("pursuit", vessels={4}, where="Caribbean Sea", actor="us coast guard"),
            report("pursuit", **US_CARIBBEAN, count=None),
            "same state's act",
        ),
        (
            report("seizure", vessels={5}, where="Arabian Sea", actor="iran navy"),
            report("seizure", where="Arabian Sea", actor="iran", ship="vessel"),
            "same state's act",
        ),
        # A collision each state blames on the other, at one shoal or strait on one day.
        (
            report(
                "strike",
                vessels={1},
                where="Sabina Shoal",
                actor="china coast guard",
                ship="warship",
            ),
            report("strike", where="Sabina Shoal", actor="philippines", ship="coast guard vessel"),
            "told by each side",
        ),
        (
            report("strike", where="Scarborough Shoal", actor="china coast guard", ship="ship"),
            report("strike", where="Scarborough Shoal", actor="philippines", ship=None),
            "told by each side",
        ),
        (
            report("strike", where="Kerch Strait", actor="russia", ship="warship"),
            report("strike", where="Kerch Strait", actor="ukraine", ship="patrol boat"),
            "told by each side",
        ),
        # Perpetrators nobody identified may be the group another report names.
        (
            report("hijacking", where="Bab-el-Mandeb", actor="armed men"),
            report("hijacking", where="Bab-el-Mandeb", actor="somali pirates"),
            "same unnamed ship",
        ),
        # A report giving no kind of ship, or only "a vessel", gives the same spot instead.
        (
            report("boarding", vessels={1}, where="560 nm SE of Eyl", actor=None, ship=None),
            report("boarding", where="560 nm SE of Eyl", actor="somali pirates"),
            "named and unnamed ship",
        ),
        (
            report("strike", vessels={2}, where="50 nm SW of Hodeidah", actor="houthis"),
            report("strike", where="51 nm SW of Hodeidah", actor="houthis", ship=None),
            "named and unnamed ship",
        ),
        (
            report("strike", vessels={3}, where="23 nm W of Aden", actor=None, ship="tanker"),
            report("strike", where="24 nm W of Aden", actor="houthis", ship="merchant ship"),
            "named and unnamed ship",
        ),
        # A toll of several dead told for one day and one area, once with the state whose
        # forces struck and once with no one named.
        (
            report("strike", where="Eastern Pacific Ocean", actor="us", ship="boat", killed=14),
            report("strike", where="456 nm SW of Acapulco", actor=None, ship=None, killed=14),
            "same toll",
        ),
        (
            report("strike", where="Caribbean Sea", actor="us", ship=None, count=None, killed=6),
            report("strike", where="off Venezuela", actor=None, ship="boat", killed=6),
            "same toll",
        ),
    ],
)
def test_positive_evidence_joins_two_reports(
    first: tuple[Candidate, Known], second: tuple[Candidate, Known], expected: str
) -> None:
    assert rule(second, first) == expected
    assert rule(first, second) == expected  # whichever came first


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two differently named ships are never one incident.
        (report(vessels={1}), report(vessels={2})),
        # A ship struck on two different days is two incidents.
        (report("strike", vessels={1}), report("strike", vessels={1}, day=DAY + timedelta(1))),
        # The same named ship in two seas that do not meet: a namesake.
        (report(vessels={1}), report(vessels={1}, where="Caribbean Sea")),
        (report(vessels={1}), report(vessels={1}, where="Baltic Sea")),
        # The same named ship placed far away on other dates: another incident.
        (report(vessels={1}), report(vessels={1}, where="Houston", day=DAY + timedelta(3))),
        (
            report(vessels={1}, **MONTH),
            report(vessels={1}, where="Piraeus", day=date(2024, 5, 2)),
        ),
        # A broad area and a week are not evidence.
        (
            report(where="Red Sea", precision="week", until=DAY + timedelta(6)),
            report(where="Red Sea"),
        ),
        # Nor is a broad area on the same day, with nothing named, by a group no state
        # answers for (a state's act that day is `same state's act`, below).
        (report(where="Red Sea", actor="houthis"), report(where="Red Sea", actor="houthis")),
        (
            report("boarding", where="Singapore Strait", actor="robbers", ship=None),
            report("boarding", where="Singapore Strait", actor="robbers", ship=None),
        ),
        # One state, one day, one area, but told apart: another count, kind, toll or day,
        # a place out of reach, a week for a day, or a state that did not act.
        (
            report("strike", where="Caribbean Sea", actor="us", ship="boat", count=2),
            report("strike", where="Caribbean Sea", actor="us", ship="boat", count=3),
        ),
        (
            report("seizure", where="Gulf of Guinea", actor="us", ship="tanker"),
            report("seizure", where="Gulf of Guinea", actor="us", ship="fishing vessel"),
        ),
        (
            report("strike", where="Caribbean Sea", actor="us", ship=None, killed=2),
            report("strike", where="off Venezuela", actor="us", ship=None, killed=4),
        ),
        (report("boarding", **CCG), report("boarding", **CCG, day=DAY + timedelta(1))),
        # Two stops told at two positions off one port are two acts.
        (
            report("boarding", where="26 nm S of Key West", actor="us coast guard", ship=None),
            report("boarding", where="72 nm S of Key West", actor="us coast guard", ship=None),
        ),
        (
            report("boarding", where="40 nm N of Havana", actor="us", ship=None),
            report("boarding", where="26 nm S of Key West", actor="us coast guard", ship=None),
        ),
        (
            report("pursuit", vessels={4}, where="Caribbean Sea", actor="us", ship="tanker"),
            report("pursuit", where="Caribbean Sea", actor="us", ship="fishing vessel"),
        ),
        (
            report("seizure", vessels={5}, where="Arabian Sea", actor="iran navy"),
            report("seizure", where="Arabian Sea", actor="us", ship=None),
        ),
        (
            report("pursuit", where="eastern Mediterranean", actor="israel", ship=None),
            report("pursuit", where="Black Sea", actor="israel", ship=None),
        ),
        (
            report("pursuit", **US_CARIBBEAN),
            report("pursuit", **US_CARIBBEAN, precision="week", until=DAY + timedelta(6)),
        ),
        (
            report("strike", where="Scarborough Shoal", actor="china coast guard", ship=None),
            report("strike", where="South China Sea", actor="philippines", ship=None),
        ),
        (
            report("boarding", where="Black Sea", actor="russia", ship=None),
            report("boarding", where="Black Sea", actor=None, ship=None),
        ),
        # Two kinds of ship.
        (report(), report(ship="bulk carrier")),
        # Two states.
        (report(), report(actor="us")),
        # "A vessel" boarded by robbers in a strait where they board several a day.
        (
            report("boarding", vessels={1}, where="Singapore Strait", actor="robbers"),
            report("boarding", where="Singapore Strait", actor="robbers", ship="vessel"),
        ),
        (
            report("boarding", where="Singapore Strait", actor="robbers", ship="vessel"),
            report("boarding", where="Singapore Strait", actor="robbers", ship="tanker"),
        ),
        # Boardings are not rare: a broad area is no evidence for them; nor are two kinds
        # or two days for a hijacking.
        (
            report("boarding", where="Gulf of Guinea", actor="armed men"),
            report("boarding", where="Gulf of Guinea", actor=None),
        ),
        (
            report("hijacking", where="Arabian Sea", actor="somali pirates", ship="dhow"),
            report("hijacking", where="Arabian Sea", actor=None, ship="bulk carrier"),
        ),
        (
            report("hijacking", where="Gulf of Guinea", actor="armed men"),
            report("hijacking", where="Gulf of Guinea", actor=None, day=DAY + timedelta(2)),
        ),
        # "A vessel" and a tanker with no state acting, or two states.
        (report(actor=None, ship="vessel"), report(actor=None)),
        (report(actor="us", ship="vessel"), report(actor="iran")),
        # Two named groups.
        (
            report("hijacking", where="Bab-el-Mandeb", actor="houthis"),
            report("hijacking", where="Bab-el-Mandeb", actor="somali pirates"),
        ),
        # Two tolls, or a toll told by nobody in particular.
        (
            report("strike", where="Caribbean Sea", actor="us", killed=3),
            report("strike", where="Caribbean Sea", actor="us", killed=6),
        ),
        (
            report("strike", where=None, actor=None, ship=None, killed=3),
            report("strike", where=None, actor=None, ship=None, killed=3),
        ),
        # Two states' strikes: on a civilian ship, on two days, or across a broad sea.
        (
            report(
                "strike", where="Sabina Shoal", actor="china coast guard", ship="fishing vessel"
            ),
            report("strike", where="Sabina Shoal", actor="philippines", ship="coast guard vessel"),
        ),
        (
            report("strike", where="Kerch Strait", actor="russia", ship="warship"),
            report("strike", where="Kerch Strait", actor="ukraine", day=DAY + timedelta(1)),
        ),
        (
            report("strike", where="Black Sea", actor="russia", ship="warship"),
            report("strike", where="Black Sea", actor="ukraine", ship="warship"),
        ),
        # A blockade recap since January is not the blockade declared on one day.
        (
            report("blockade", where="Venezuela", actor="us", ship=None),
            report(
                "blockade",
                where="Venezuela",
                actor="us",
                ship=None,
                day=date(2024, 1, 1),
                precision="range",
            ),
        ),
        # The spot stands in for the kind only when the two positions are one spot, and
        # never for two stated kinds.
        (
            report("boarding", vessels={1}, where="5 nm N of Batam", actor="robbers", ship=None),
            report("boarding", where="40 nm N of Batam", actor="robbers", ship="tanker"),
        ),
        (
            report("strike", vessels={2}, where="50 nm SW of Hodeidah", actor="houthis"),
            report("strike", where="51 nm SW of Hodeidah", actor="houthis", ship="bulk carrier"),
        ),
        # A small toll, or a toll no state is said to have taken, with no one named on one
        # side.
        (
            report("strike", where="Caribbean Sea", actor="us", ship=None, killed=2),
            report("strike", where="Caribbean Sea", actor=None, ship=None, killed=2),
        ),
        (
            report("strike", where="Red Sea", actor="houthis", ship=None, killed=4),
            report("strike", where="Red Sea", actor=None, ship=None, killed=4),
        ),
        # A carrier sent to another theatre, and one back after a long absence.
        (
            report("deployment", vessels={2}, where="Caribbean Sea", actor="us"),
            report("deployment", vessels={2}, where="Red Sea", actor="us"),
        ),
        (
            report("deployment", vessels={2}, where="Caribbean Sea", actor="us"),
            report("deployment", vessels={2}, where="Caribbean Sea", day=DAY + timedelta(120)),
        ),
    ],
)
def test_without_positive_evidence_reports_stay_apart(
    first: tuple[Candidate, Known], second: tuple[Candidate, Known]
) -> None:
    assert rule(second, first) is None
    assert rule(first, second) is None


@pytest.mark.parametrize(
    ("days_before", "statement", "joins"),
    [(0, True, True), (1, True, True), (2, True, True), (3, True, False), (1, False, False)],
)
def test_a_ship_said_on_a_day_to_have_been_attacked_is_the_attack_of_the_days_before(
    days_before: int, statement: bool, joins: bool
) -> None:
    """ "The group said on Wednesday it had sunk the Alpha": Monday's attack on the Alpha,
    as another report dates it; a report dated by its own act's day widens nothing."""
    attack = report("strike", vessels={1}, where="Red Sea", actor="houthis", ship=None)
    told = report(
        "strike",
        vessels={1},
        where="Red Sea",
        actor="houthis",
        ship=None,
        day=DAY + timedelta(days_before),
        statement=statement,
    )
    assert (rule(told, attack) == "same vessel") is joins


def test_a_reason_says_which_fields_agreed() -> None:
    new, stored = report(vessels={1}), report(vessels={1}, actor="us", where="Gulf of Oman")
    reason = same_incident(new[0], stored[1])
    assert reason is not None
    assert str(reason) == "same vessel (type, vessel, dates, place)"
    far = same_incident(new[0], replace(stored[1], place=place("Mumbai")))
    assert str(far) == "same vessel (type, vessel, dates)"  # the places did not agree
    assert str(same_incident(new[0], replace(stored[1], actor=new[1].actor))).endswith(
        "place, actor)"
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Aden", "Gulf of Aden", True),  # a port inside its sea
        ("60 nm SE of Aden", "Gulf of Aden", True),  # an offset inside its area
        ("Red Sea", "Gulf of Aden", True),  # two areas that meet
        ("Aden", "60 nm SE of Aden", True),  # a port and an offset from it
        # An offset told from an area is measured from its edge, so lies just off it.
        ("30 nm S of Kerch Strait", "Kerch Strait", True),
        ("40 nm N of Bab-el-Mandeb", "Bab-el-Mandeb", True),
        ("25 nm E of Singapore Strait", "Singapore Strait", True),
        ("200 nm S of Kerch Strait", "Kerch Strait", False),  # beyond an edge's reach
        ("Muscat", "Strait of Hormuz", False),
        ("Aden", "Caribbean Sea", False),
        ("Gulf of Oman", "Red Sea", False),  # close centres, separate waters
        ("Aden", "Hodeidah", False),  # two ports out of each other's reach
    ],
)
def test_places_agree_by_containment(a: str, b: str, same: bool) -> None:
    assert places_compatible(place(a), place(b)) is same
    assert places_compatible(place(b), place(a)) is same


def _claim(where: str) -> Claim:
    return Claim(DAY, DAY, "day", None, place(where), where, None, 1, None, "tanker")


def test_an_event_is_placed_where_most_of_its_sources_agree() -> None:
    """The most precise place among those the other sources agree with: one report's
    destination port does not move the incident."""
    claims = [_claim(w) for w in ("Strait of Hormuz", "Mumbai", "Gulf of Oman")]
    assert reconcile(claims)["place_phrase"] == "Strait of Hormuz"
    claims.append(_claim("50 nm NE of Fujairah"))
    assert reconcile(claims)["place_phrase"] == "50 nm NE of Fujairah"
    assert reconcile(claims[:2])["place_phrase"] == "Mumbai"  # no majority: the precise one
