"""Several ships named after one plural type noun: "the tankers A and B", "the bulk
carriers A near X and B near Y". Every name reaches the event and the registry."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from maritime.cli import cli
from maritime.extract import ExtractedEvent, extract
from maritime.extract.vessels import find_vessels
from maritime.read.article import Article

PUBLISHED = date(2025, 3, 12)


def events(text: str) -> list[ExtractedEvent]:
    found = extract(Article(text=text, uri="t.txt", published=PUBLISHED))
    assert found, f"no event read from {text!r}"
    return found


def ships(event: ExtractedEvent) -> list[tuple[str | None, str | None]]:
    return [(v.name, v.vessel_type) for v in event.vessels]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Coast guard officers seized the tankers Harbor Star and Blue Gull off Aruba "
            "on Monday.",
            [("Harbor Star", "tanker"), ("Blue Gull", "tanker")],
        ),
        (
            "The bulk carriers Sea Lark and Morning Tide were boarded by armed men off Lagos "
            "on Tuesday.",
            [("Sea Lark", "bulk carrier"), ("Morning Tide", "bulk carrier")],
        ),
        (
            "Iranian forces seized the tankers Harbor Star, Blue Gull and Morning Tide in the "
            "Strait of Hormuz on Friday.",
            [("Harbor Star", "tanker"), ("Blue Gull", "tanker"), ("Morning Tide", "tanker")],
        ),
        (
            "Coast guard officers seized the tankers Harbor Star near Aruba and Blue Gull near "
            "the coast of Curacao last week.",
            [("Harbor Star", "tanker"), ("Blue Gull", "tanker")],
        ),
        (
            "The tankers Harbor Star off Aruba and Blue Gull off Curacao were seized on Monday.",
            [("Harbor Star", "tanker"), ("Blue Gull", "tanker")],
        ),
    ],
)
def test_every_listed_name_is_a_vessel_of_the_event(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    [event] = events(sentence)
    assert ships(event) == expected
    assert event.vessel_count == len(expected)


def test_a_number_before_the_list_is_the_count_not_added_to() -> None:
    [event] = events("Pirates hijacked two fishing vessels, Ocean Pearl and Sea Lark, off Somalia.")
    assert ships(event) == [("Ocean Pearl", "fishing vessel"), ("Sea Lark", "fishing vessel")]
    assert event.vessel_count == 2


def test_a_time_before_a_comma_is_not_a_number_of_ships() -> None:
    [event] = events("On 3 March at 0300, fishing vessels Ocean Pearl and Sea Lark were attacked.")
    assert event.vessel_count == 2


def test_the_list_goes_on_into_ships_of_other_kinds() -> None:
    [event] = events(
        "Iranian forces seized the tankers Harbor Star and Blue Gull and the frigate Kestrel "
        "on Friday."
    )
    assert [name for name, _ in ships(event)] == ["Harbor Star", "Blue Gull", "Kestrel"]
    assert event.vessel_count == 3


def test_each_dated_conjunct_is_its_own_incident_with_its_own_ship() -> None:
    found = events(
        "Coast guard officers seized the tankers Harbor Star near Aruba on March 3 and "
        "Blue Gull near Curacao on March 9."
    )
    assert [(str(e.date_start), ships(e), e.vessel_count) for e in found] == [
        ("2025-03-03", [("Harbor Star", "tanker")], 1),
        ("2025-03-09", [("Blue Gull", "tanker")], 1),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian forces seized the tankers Harbor Star, officials said, and Washington "
        "protested on Friday.",
        "Pirates boarded the tankers Harbor Star off Lagos and Nigeria's navy responded on Monday.",
        "Commandos seized the tankers Harbor Star near Aruba on Monday and Venezuela near the "
        "border.",
        "Commandos seized the tankers Harbor Star off Aruba and Blue Gull in the Caribbean.",
    ],
)
def test_what_follows_the_first_name_is_not_always_another_ship(sentence: str) -> None:
    """An aside, a country or a conjunct that does not run parallel names no ship."""
    [event] = events(sentence)
    assert [name for name, _ in ships(event)] == ["Harbor Star"]


POOL = ["Harbor Star", "Blue Gull", "Morning Tide", "Sea Lark", "Ocean Pearl", "Kestrel 2"]
PLURALS = {"tankers": "tanker", "bulk carriers": "bulk carrier", "cargo ships": "cargo ship"}


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.sampled_from(POOL), min_size=2, max_size=5, unique=True),
    plural=st.sampled_from(sorted(PLURALS)),
    oxford=st.booleans(),
)
def test_any_list_after_a_plural_type_noun_gives_every_name(
    names: list[str], plural: str, oxford: bool
) -> None:
    listed = ", ".join(names[:-1]) + ("," if oxford else "") + " and " + names[-1]
    found = find_vessels(f"Commandos seized the {plural} {listed} on Monday.")
    assert [(v.name, v.vessel_type) for v in found] == [(n, PLURALS[plural]) for n in names]
    assert found[0].count == len(names)


def test_both_ships_reach_the_vessel_registry(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'maritime.db'}"
    text = (
        "Coast guard officers seized the tankers Harbor Star near Aruba on March 3 and "
        "Blue Gull near Curacao on March 9.\n"
    )
    runner = CliRunner()
    ingest = runner.invoke(cli, ["--db", url, "ingest", "-", "--published", "2025-03-12"], text)
    assert ingest.exit_code == 0, ingest.stderr
    listing = runner.invoke(cli, ["--db", url, "vessels", "--format", "json"])
    registry = {(v["name"], v["type"], v["first_event"]) for v in json.loads(listing.stdout)}
    assert registry == {
        ("Harbor Star", "tanker", "2025-03-03"),
        ("Blue Gull", "tanker", "2025-03-09"),
    }
