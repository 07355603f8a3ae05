"""Look-ups behind show / vessels / actors / articles, on both backends."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from maritime.db.engine import open_database
from maritime.query import browse
from maritime.query.timeline import TimelineFilter, timeline
from tests.query.stock import stocked as stocked


@pytest.fixture
def session(stocked: str):  # type: ignore[no-untyped-def]
    engine = open_database(stocked)
    with Session(engine) as s:
        yield s
    engine.dispose()


def test_show_tells_each_source_and_how_its_date_was_read(session: Session) -> None:
    detail = browse.show_event(session, 1)
    assert detail["type"] == "seizure"
    assert detail["actor_kind"] == "coast guard"
    assert [c["source"] for c in detail["claims"]] == ["Harbour Wire", "Gulf Ledger"]
    assert [c["date_basis"] for c in detail["claims"]] == ["sentence", "published"]
    assert detail["claims"][0]["place_resolved_by"] == "gazetteer"
    assert detail["vessels"][0]["former_names"] == ["Lark Star"]


def test_show_text_names_the_phrases(session: Session) -> None:
    text = browse.render_event(browse.show_event(session, 1))
    assert 'from "on Monday"' in text
    assert "formerly Lark Star" in text
    assert "basis: published" in text


def test_show_unknown_event_says_how_to_find_one(session: Session) -> None:
    with pytest.raises(browse.NotFound, match="maritime timeline"):
        browse.show_event(session, 999)


@pytest.mark.parametrize("needle", ["lark star", "MORNING", "9123456", "IMO 9123456"])
def test_vessels_are_found_by_any_name_or_imo(session: Session, needle: str) -> None:
    rows = browse.list_vessels(session, needle)
    assert [r["name"] for r in rows] == ["Morning Lark"]
    assert rows[0]["former_names"] == ["Lark Star"]
    assert rows[0]["events"] == 1


def test_all_vessels_sorted_by_name(session: Session) -> None:
    assert [r["name"] for r in browse.list_vessels(session)] == ["Blue Heron", "Morning Lark"]


def test_former_names_are_a_list_as_in_the_timeline(session: Session) -> None:
    """`vessels` said null where the timeline says []: one shape for one field."""
    heron = browse.list_vessels(session, "heron")[0]
    assert heron["former_names"] == []
    [event] = [e for e in timeline(session, TimelineFilter()) if e["id"] == 2]
    assert event["vessels"][0]["former_names"] == heron["former_names"]


@pytest.mark.parametrize(("needle", "name"), [("navy", "Indian Navy"), ("yem", "Houthis")])
def test_actors_by_name_or_country(session: Session, needle: str, name: str) -> None:
    assert [r["name"] for r in browse.list_actors(session, needle)] == [name]


def test_actor_rows_carry_their_event_span(session: Session) -> None:
    navy = browse.list_actors(session, "Indian Navy")[0]
    assert (navy["events"], navy["first_event"], navy["last_event"]) == (
        1,
        "2025-04-01",
        "2025-04-30",
    )


@pytest.mark.parametrize(
    ("words", "titles"),
    [
        ("tanker cutters", ["Cutters stop tanker", "Tanker held"]),
        ("cutters tanker", ["Cutters stop tanker", "Tanker held"]),
        ("frigate", ["Frigates head south"]),
        ("drone sailors", ["Drone hits carrier"]),
        ("drone frigates", []),
    ],
)
def test_articles_have_every_word(session: Session, words: str, titles: list[str]) -> None:
    assert [r["title"] for r in browse.list_articles(session, words)] == titles
