"""One incident told by several articles is one event; distinct incidents stay apart;
analysts' merges and splits survive reprocessing."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, update
from sqlmodel import Session, select

from maritime.cli import cli
from maritime.db import models
from maritime.db.engine import open_database, writer
from maritime.extract import Evidence, ExtractedEvent, VesselMention
from maritime.geo.resolve import resolve_place
from maritime.read.article import Article
from maritime.resolve.incidents import store_article


def told(
    kind: str,
    day: date,
    place: str | None,
    *,
    vessel: str | None = None,
    former: list[str] | None = None,
    imo: str | None = None,
    flag: str | None = None,
    killed: int | None = None,
    actor: str = "United States",
    until: date | None = None,
) -> ExtractedEvent:
    """An extracted event as the engine would hand it over, for a one-sentence article."""
    vessels = (
        [VesselMention(vessel, "tanker", flag, imo, None, former or [])] if vessel or imo else []
    )
    return ExtractedEvent(
        type=kind,
        date_start=day,
        date_end=until or day,
        date_precision="day" if until is None else "range",
        date_phrase=day.isoformat(),
        date_basis="sentence",
        place_phrase=place,
        place=resolve_place(place) if place else None,
        actor=actor,
        actor_country="USA",
        actor_kind="state",
        vessels=vessels,
        vessel_count=1 if vessels else None,
        killed=killed,
        mentions=[Evidence(0, 20, 0, 20)],
    )


def store(url: str, uri: str, *events: ExtractedEvent, source: str | None = None) -> None:
    engine = open_database(url)
    article = Article(text=f"Text of {uri}, long enough.", uri=uri, source=source or uri)
    with writer(engine).begin() as connection:
        store_article(connection, article, list(events))
    engine.dispose()


def timeline(url: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", url, "timeline", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


DAY = date(2025, 12, 10)


def test_same_vessel_told_by_two_outlets_is_one_event_with_two_sources(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "Caribbean Sea", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", DAY, "off Venezuela", vessel="HARBOR STAR"))
    [event] = timeline(db_url)
    assert len(event["sources"]) == 2
    assert event["place"]["precision"] == "coast"  # the more precise report wins
    assert event["confidence"] == 0.75


def test_a_former_name_finds_the_same_vessel(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, None, vessel="Harbor Star", former=["Ocean Dawn"]))
    store(db_url, "b.txt", told("seizure", DAY, None, vessel="Ocean Dawn"))
    [event] = timeline(db_url)
    [vessel] = event["vessels"]
    assert vessel["name"] == "Harbor Star"
    assert vessel["former_names"] == ["Ocean Dawn"]


@pytest.mark.parametrize(
    "second",
    [
        told("seizure", DAY, "Caribbean Sea", vessel="Other Ship"),  # another vessel
        told("strike", DAY, "Caribbean Sea", vessel="Harbor Star"),  # another type
        told("seizure", date(2025, 10, 1), "Caribbean Sea", vessel="Harbor Star"),  # another day
        told("seizure", DAY, "Baltic Sea", vessel="Harbor Star", imo="9000001"),  # far away
    ],
)
def test_distinct_incidents_stay_apart(db_url: str, second: ExtractedEvent) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "Caribbean Sea", vessel="Harbor Star"))
    store(db_url, "b.txt", second)
    assert len(timeline(db_url)) == 2


def test_unnamed_boat_strikes_merge_on_day_place_and_toll(db_url: str) -> None:
    store(db_url, "a.txt", told("strike", DAY, "Caribbean Sea", killed=3))
    store(db_url, "b.txt", told("strike", DAY, "southern Caribbean", killed=3))
    store(db_url, "c.txt", told("strike", DAY, "Caribbean Sea", killed=6))
    events = timeline(db_url)
    assert sorted(len(e["sources"]) for e in events) == [1, 2]


def test_a_recap_does_not_swallow_the_incidents_it_sums_up(db_url: str) -> None:
    store(db_url, "a.txt", told("strike", DAY, "Caribbean Sea", killed=3))
    store(
        db_url, "b.txt", told("strike", date(2025, 9, 1), "Caribbean Sea", until=date(2025, 12, 22))
    )
    assert len(timeline(db_url)) == 2


def test_imo_identifies_a_renamed_ship(db_url: str) -> None:
    store(db_url, "a.txt", told("pursuit", DAY, None, vessel="Bella 1", imo="9230880"))
    store(
        db_url, "b.txt", told("seizure", date(2026, 1, 7), None, vessel="Marinera", imo="9230880")
    )
    engine = open_database(db_url)
    with Session(engine) as session:
        vessels = session.exec(select(models.Vessel)).all()
        names = session.exec(select(models.VesselName.name)).all()
    engine.dispose()
    assert len(vessels) == 1
    assert sorted(names) == ["Bella 1", "Marinera"]


def invoke(url: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", url, *args])


ARTICLE_A = (
    "Tanker seized\n\n"
    "The US Coast Guard seized the tanker Harbor Star in the Caribbean Sea on Wednesday.\n"
)
ARTICLE_B = (
    "Tanker taken\n\n"
    "US forces seized the oil tanker Harbor Star off Venezuela on Wednesday, officials said.\n"
)


def ingest_text(url: str, text: str, published: str, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text)
    result = invoke(url, "ingest", str(path), "--published", published)
    assert result.exit_code == 0, result.stderr


def test_split_survives_reprocessing(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ingest_text(db_url, ARTICLE_A, "2025-12-11", tmp_path, "a.txt")
    ingest_text(db_url, ARTICLE_B, "2025-12-12", tmp_path, "b.txt")
    [event] = timeline(db_url)
    assert len(event["sources"]) == 2
    engine = open_database(db_url)
    with Session(engine) as session:
        mentions = session.exec(select(models.Mention.id).order_by(models.Mention.id)).all()
    engine.dispose()
    split = invoke(db_url, "events", "split", str(event["id"]), "--mention", str(mentions[1]))
    assert split.exit_code == 0, split.stderr
    before = timeline(db_url)
    assert len(before) == 2
    assert invoke(db_url, "reprocess").exit_code == 0
    assert timeline(db_url) == before


def test_merge_survives_reprocessing(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "Caribbean Sea", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", DAY, "Caribbean Sea", vessel="Sea Rose"))
    first, second = (e["id"] for e in timeline(db_url))
    merged = invoke(db_url, "events", "merge", str(first), str(second))
    assert merged.exit_code == 0, merged.stderr
    [event] = timeline(db_url)
    assert event["id"] == first
    assert {v["name"] for v in event["vessels"]} == {"Harbor Star", "Sea Rose"}
    assert len(event["sources"]) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "merge", "1", "1"], "itself"),
        (["events", "merge", "1", "999"], "no event 999"),
        (["events", "split", "1", "--mention", "999"], "do not belong"),
    ],
)
def test_bad_corrections_are_one_line_errors(
    sqlite_url: str, args: list[str], message: str
) -> None:
    store(sqlite_url, "a.txt", told("seizure", DAY, None, vessel="Harbor Star"))
    result = invoke(sqlite_url, *args)
    assert result.exit_code == 1
    assert message in result.stderr


def unnamed(kind: str, day: date, place: str | None, vessel_type: str = "tanker") -> ExtractedEvent:
    """A report that gives only the kind of ship ("a tanker")."""
    event = told(kind, day, place)
    event.vessels, event.vessel_count = [VesselMention(None, vessel_type)], 1
    return event


@pytest.mark.parametrize("named_first", [True, False])
def test_a_ship_named_by_one_outlet_and_not_by_another_is_one_event(
    db_url: str, named_first: bool
) -> None:
    reports = [
        ("a.txt", told("pursuit", DAY, "Strait of Hormuz", vessel="Harbor Star")),
        ("b.txt", unnamed("pursuit", DAY, "50 nm NE of Fujairah")),
    ]
    for uri, event in reports if named_first else reversed(reports):
        store(db_url, uri, event)
    [event] = timeline(db_url)
    assert len(event["sources"]) == 2
    assert [v["name"] for v in event["vessels"]] == ["Harbor Star"]


@pytest.mark.parametrize(
    "second",
    [
        unnamed("pursuit", DAY, "Strait of Hormuz", vessel_type="bulk carrier"),  # another kind
        unnamed("pursuit", DAY, None),  # nowhere said
        unnamed("pursuit", date(2025, 12, 11), "Strait of Hormuz"),  # another day
    ],
)
def test_an_unnamed_ship_joins_a_named_one_only_when_all_agree(
    db_url: str, second: ExtractedEvent
) -> None:
    store(db_url, "a.txt", told("pursuit", DAY, "Strait of Hormuz", vessel="Harbor Star"))
    store(db_url, "b.txt", second)
    assert len(timeline(db_url)) == 2


def test_an_unnamed_ship_that_could_be_either_of_two_stays_apart(db_url: str) -> None:
    store(db_url, "a.txt", told("pursuit", DAY, "Strait of Hormuz", vessel="Harbor Star"))
    store(db_url, "b.txt", told("pursuit", DAY, "50 nm NE of Fujairah", vessel="Sea Lark"))
    store(db_url, "c.txt", unnamed("pursuit", DAY, "Strait of Hormuz"))
    assert len(timeline(db_url)) == 3


def test_one_states_act_joins_only_the_one_event_it_could_be(db_url: str) -> None:
    """Nothing named, one state, one day, one broad area: the same act when a single
    stored event fits; with two fitting, which one is a guess."""
    store(db_url, "a.txt", told("pursuit", DAY, "southern Caribbean"))
    store(db_url, "b.txt", told("pursuit", DAY, "off Venezuela"))
    [event] = timeline(db_url)
    assert len(event["sources"]) == 2
    store(db_url, "c.txt", told("pursuit", DAY, "Gulf of Mexico"))  # out of reach: another
    store(db_url, "d.txt", told("pursuit", DAY, "Caribbean Sea"))  # meets both: a guess
    assert sorted(len(e["sources"]) for e in timeline(db_url)) == [1, 1, 2]


def test_each_telling_keeps_why_it_joined_its_event(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "Caribbean Sea", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", DAY, "off Venezuela", vessel="HARBOR-STAR"))
    [event] = timeline(db_url)
    shown = invoke(db_url, "show", str(event["id"]))
    assert shown.exit_code == 0, shown.stderr
    assert "joined: started this event" in shown.stdout
    assert "joined: same vessel (agreed: type, vessel, dates, place, actor)" in shown.stdout
    rows = invoke(
        db_url,
        "sql",
        "SELECT merge_rule, merge_fields FROM bridge_event_article ORDER BY mention_id",
        "--format",
        "json",
    )
    assert json.loads(rows.stdout) == [
        {"merge_rule": "new", "merge_fields": None},
        {"merge_rule": "same vessel", "merge_fields": "type, vessel, dates, place, actor"},
    ]


STRIKE_A = (
    "Missile hits freighter\n\n"
    "Houthi forces fired a missile at a merchant ship in the Red Sea on Monday, the navy said.\n"
)
STRIKE_B = (
    "Drone attack reported\n\n"
    "A drone hit a cargo vessel in the Red Sea on Monday, a maritime security firm reported.\n"
)


def two_strikes(url: str, tmp_path) -> list[dict]:  # type: ignore[no-untyped-def]
    """Two unnamed ships struck in a broad sea on one day: nothing says they are one."""
    ingest_text(url, STRIKE_A, "2025-12-11", tmp_path, "a.txt")
    ingest_text(url, STRIKE_B, "2025-12-11", tmp_path, "b.txt")
    events = timeline(url)
    assert len(events) == 2
    return events


def test_reprocess_splits_a_merge_the_rules_no_longer_make(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second = (e["id"] for e in two_strikes(db_url, tmp_path))
    engine = open_database(db_url)
    with writer(engine).begin() as connection:  # as an older, laxer engine merged them
        connection.execute(
            update(models.Mention).where(models.Mention.event_id == second).values(event_id=first)
        )
        connection.execute(delete(models.Event).where(models.Event.id == second))
    engine.dispose()
    assert len(timeline(db_url)) == 1
    assert invoke(db_url, "reprocess").exit_code == 0
    events = timeline(db_url)
    assert len(events) == 2
    assert first in {e["id"] for e in events}  # the first telling keeps its event


def test_reprocess_keeps_an_analysts_merge(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second = (e["id"] for e in two_strikes(db_url, tmp_path))
    assert invoke(db_url, "events", "merge", str(first), str(second)).exit_code == 0
    assert invoke(db_url, "reprocess").exit_code == 0
    [event] = timeline(db_url)
    assert event["id"] == first


def test_reprocess_keeps_event_ids(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = two_strikes(db_url, tmp_path)
    assert invoke(db_url, "reprocess").exit_code == 0
    assert [e["id"] for e in timeline(db_url)] == [e["id"] for e in before]


def bridged(db_url: str) -> None:
    """A report names the ship but gives its destination port as the place; another
    gives only "a tanker" in the strait; a third names the ship in the strait."""
    store(db_url, "a.txt", told("seizure", DAY, "Mumbai", vessel="Harbor Star"))
    store(db_url, "b.txt", unnamed("seizure", DAY, "Strait of Hormuz"))
    assert len(timeline(db_url)) == 2  # nothing yet says the tanker is Harbor Star


@pytest.mark.parametrize(
    "third",
    [
        told("seizure", DAY, "50 nm NE of Fujairah", vessel="HARBOR STAR"),
        told("seizure", DAY, "Strait of Hormuz", vessel="M/V Harbor-Star"),
        told("seizure", DAY, "Gulf of Oman", vessel="Harbor Star", actor="Iran"),
    ],
)
def test_a_report_that_fits_two_stored_events_makes_them_one(
    db_url: str, third: ExtractedEvent
) -> None:
    bridged(db_url)
    store(db_url, "c.txt", third)
    [event] = timeline(db_url)
    assert len(event["sources"]) == 3
    assert [v["name"] for v in event["vessels"]] == ["Harbor Star"]


def test_a_folded_event_keeps_why_it_joined(db_url: str) -> None:
    bridged(db_url)
    first, second = (e["id"] for e in timeline(db_url))
    store(db_url, "c.txt", told("seizure", DAY, "Strait of Hormuz", vessel="Harbor Star"))
    [event] = timeline(db_url)
    assert event["id"] == first  # the older event stays
    shown = invoke(db_url, "show", str(first))
    assert shown.exit_code == 0, shown.stderr
    assert (
        f"joined: event {second} folded in: article 3 told of both (same vessel (type, "
        "vessel, dates, actor); named and unnamed ship (type, kind, day, small area, actor))"
    ) in shown.stdout
    rules = invoke(db_url, "sql", "SELECT merge_rule FROM mention ORDER BY id", "--format", "json")
    assert [row["merge_rule"] for row in json.loads(rules.stdout)] == [
        "new",
        "bridged",
        "same vessel",
    ]


@pytest.mark.parametrize(
    ("stored", "third"),
    [
        # "In December" fits a ship seized on the 3rd and on the 20th: two seizures.
        (
            [
                told("seizure", date(2025, 12, 3), "Caribbean Sea", vessel="Harbor Star"),
                told("seizure", date(2025, 12, 20), "Caribbean Sea", vessel="Harbor Star"),
            ],
            told(
                "seizure",
                date(2025, 12, 1),
                "Caribbean Sea",
                vessel="Harbor Star",
                until=date(2025, 12, 31),
            ),
        ),
        # Named and unnamed, but of two kinds of ship.
        (
            [
                told("seizure", DAY, "Mumbai", vessel="Harbor Star"),
                unnamed("seizure", DAY, "Strait of Hormuz", vessel_type="bulk carrier"),
            ],
            told("seizure", DAY, "Strait of Hormuz", vessel="Harbor Star"),
        ),
    ],
)
def test_a_report_does_not_join_what_something_told_parts(
    db_url: str, stored: list[ExtractedEvent], third: ExtractedEvent
) -> None:
    for n, event in enumerate(stored):
        store(db_url, f"{n}.txt", event)
    store(db_url, "third.txt", third)
    assert len(timeline(db_url)) == len(stored)


def test_an_analysts_split_outlasts_a_report_that_fits_both(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "Strait of Hormuz", vessel="Harbor Star"))
    store(db_url, "b.txt", unnamed("seizure", DAY, "Strait of Hormuz"))
    [event] = timeline(db_url)
    second_mention = max(m["mention_id"] for m in show_json(db_url, event["id"])["claims"])
    split = invoke(db_url, "events", "split", str(event["id"]), "--mention", str(second_mention))
    assert split.exit_code == 0, split.stderr
    store(db_url, "c.txt", told("seizure", DAY, "Strait of Hormuz", vessel="HARBOR STAR"))
    assert sorted(len(e["sources"]) for e in timeline(db_url)) == [1, 2]


def test_an_article_telling_two_events_is_not_overruled(db_url: str) -> None:
    """One article told a ship seized twice on one day (in two places): a later report
    fitting both does not make them one."""
    store(
        db_url,
        "a.txt",
        told("seizure", DAY, "Mumbai", vessel="Harbor Star"),
        unnamed("seizure", DAY, "Strait of Hormuz"),
    )
    store(db_url, "c.txt", told("seizure", DAY, "Strait of Hormuz", vessel="Harbor Star"))
    assert len(timeline(db_url)) == 2


def show_json(url: str, event_id: int) -> dict:
    result = invoke(url, "show", str(event_id), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "third",
    [
        told("seizure", DAY, "Caribbean Sea", vessel="Sea Rose", former=["Harbor Star"]),
        told("seizure", DAY, "off Venezuela", vessel="Harbor Star", former=["SEA ROSE"]),
        told("seizure", DAY, None, vessel="Sea-Rose", former=["Harbour Lark", "Harbor Star"]),
    ],
)
def test_a_ship_stored_twice_becomes_one_with_its_events(
    db_url: str, third: ExtractedEvent
) -> None:
    """Two reports name the ship by its new and its old name; a third gives both."""
    store(db_url, "a.txt", told("seizure", DAY, "Caribbean Sea", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", DAY, "Caribbean Sea", vessel="Sea Rose"))
    assert len(timeline(db_url)) == 2  # two names, nothing says one ship
    store(db_url, "c.txt", third)
    [event] = timeline(db_url)
    assert len(event["sources"]) == 3
    [vessel] = event["vessels"]
    assert {vessel["name"], *vessel["former_names"]} >= {"Harbor Star", "Sea Rose"}
    listed = invoke(db_url, "vessels", "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1


@pytest.mark.parametrize(
    ("stored", "third"),
    [
        (  # two numbers: two ships, whatever a report says of their names
            [
                told("seizure", DAY, None, vessel="Harbor Star", imo="9304667"),
                told("seizure", DAY, None, vessel="Sea Rose", imo="9876543"),
            ],
            told("seizure", DAY, None, vessel="Sea Rose", former=["Harbor Star"]),
        ),
        (  # the report's own number is not the stored Harbor Star's
            [
                told("seizure", DAY, None, vessel="Harbor Star", imo="9304667"),
                told("seizure", DAY, None, vessel="Sea Rose"),
            ],
            told("seizure", DAY, None, vessel="Sea Rose", imo="9876543", former=["Harbor Star"]),
        ),
    ],
)
def test_two_ships_with_their_own_numbers_stay_two(
    db_url: str, stored: list[ExtractedEvent], third: ExtractedEvent
) -> None:
    for n, event in enumerate(stored):
        store(db_url, f"{n}.txt", event)
    store(db_url, "c.txt", third)
    listed = invoke(db_url, "vessels", "--format", "json")
    assert len(json.loads(listed.stdout)) == 2


GUESS_REPORTS = {
    "harbor": told("pursuit", DAY, "Strait of Hormuz", vessel="Harbor Star"),
    "lark": told("pursuit", DAY, "50 nm NE of Fujairah", vessel="Sea Lark"),
    "tanker": unnamed("pursuit", DAY, "Strait of Hormuz"),
}


@pytest.mark.parametrize(
    "order",
    [
        ("harbor", "lark", "tanker"),
        ("harbor", "tanker", "lark"),
        ("lark", "tanker", "harbor"),
        ("lark", "harbor", "tanker"),
    ],
)
def test_a_tanker_that_could_be_either_of_two_named_ships_stays_apart_in_any_order(
    db_url: str, order: tuple[str, ...]
) -> None:
    """ "A tanker" joins the one named tanker chased there that day; when a report of a
    second one comes in, which it was is a guess, and it leaves for an event of its own."""
    for name in order:
        store(db_url, f"{name}.txt", GUESS_REPORTS[name])
    assert sorted(len(e["sources"]) for e in timeline(db_url)) == [1, 1, 1]


def test_a_telling_that_left_its_event_says_why(db_url: str) -> None:
    store(db_url, "a.txt", GUESS_REPORTS["harbor"])
    store(db_url, "b.txt", GUESS_REPORTS["tanker"])
    [joined] = timeline(db_url)
    store(db_url, "c.txt", GUESS_REPORTS["lark"])
    tanker = next(e for e in timeline(db_url) if not any(v["name"] for v in e["vessels"]))
    shown = invoke(db_url, "show", str(tanker["id"]))
    assert shown.exit_code == 0, shown.stderr
    assert (
        f"joined: started this event, leaving event {joined['id']}: event {joined['id'] + 1} "
        "fits it as well "
        "(named and unnamed ship (type, kind, day, small area, actor))"
    ) in shown.stdout


def test_an_analysts_merge_outlasts_a_second_fit(db_url: str) -> None:
    store(db_url, "a.txt", GUESS_REPORTS["harbor"])
    store(db_url, "b.txt", told("pursuit", DAY, "Strait of Hormuz", vessel="Other Ship"))
    store(db_url, "c.txt", GUESS_REPORTS["tanker"])  # two fit: a guess, an event of its own
    harbor, _, tanker = (e["id"] for e in timeline(db_url))
    merged = invoke(db_url, "events", "merge", str(harbor), str(tanker))
    assert merged.exit_code == 0, merged.stderr
    store(db_url, "d.txt", GUESS_REPORTS["lark"])
    assert sorted(len(e["sources"]) for e in timeline(db_url)) == [1, 1, 2]
