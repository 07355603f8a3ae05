"""`maritime show`, `vessels`, `actors`, `articles` and `db reader` as users type them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from maritime.cli import cli
from tests.query.stock import stocked as stocked


def run(url: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", url, *args])
    return result.exit_code, result.stdout, result.stderr


def test_show_prints_each_source_with_its_sentence(stocked: str) -> None:
    code, out, _ = run(stocked, "show", "1")
    assert code == 0
    assert out.startswith("Event 1: seizure")
    assert "Harbour Wire" in out and "Gulf Ledger" in out
    assert '"Coast guard cutters seized the tanker Morning Lark' in out
    assert "resolved by gazetteer" in out


def test_show_json_extends_the_timeline_object(stocked: str) -> None:
    code, out, _ = run(stocked, "show", "2", "--format", "json")
    assert code == 0
    detail = json.loads(out)
    assert detail["killed"] == 2 and detail["place"]["name"] == "Gulf of Aden"
    assert detail["claims"][0]["date_basis"] == "published"


def test_show_unknown_id_is_one_line(stocked: str) -> None:
    code, _, err = run(stocked, "show", "42")
    assert code == 1
    assert err.strip() == (
        "Error: no event with id 42; list event ids with `maritime timeline` "
        "(retracted ones with `maritime corrections`)"
    )


@pytest.mark.parametrize(
    ("command", "needle", "column", "expected"),
    [
        ("vessels", "lark star", "name", ["Morning Lark"]),
        ("vessels", None, "name", ["Blue Heron", "Morning Lark"]),
        ("actors", "IND", "name", ["Indian Navy"]),
        ("articles", "tanker", "title", ["Cutters stop tanker", "Tanker held"]),
    ],
)
def test_listings_search_and_print_json(
    stocked: str, command: str, needle: str | None, column: str, expected: list[str]
) -> None:
    args = [command, *([needle] if needle else []), "--format", "json"]
    code, out, _ = run(stocked, *args)
    assert code == 0
    assert [r[column] for r in json.loads(out)] == expected


@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl", "markdown"])
def test_listings_speak_every_row_format(
    stocked: str, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")  # a table wraps long names on a narrow terminal
    code, out, _ = run(stocked, "vessels", "--format", fmt)
    assert code == 0
    assert "Morning Lark" in out and "Lark Star" in out


def test_reader_role_on_sqlite_is_one_clear_line(sqlite_url: str) -> None:
    code, _, err = run(sqlite_url, "db", "reader", "bi")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "roles don't apply to SQLite" in err and "read-only" in err


def test_a_vessel_search_shows_its_incidents_under_every_name(stocked: str) -> None:
    code, out, _ = run(stocked, "vessels", "Lark Star")  # a former name
    assert code == 0
    history = out.split("Incidents of Morning Lark, formerly Lark Star\n")[1]
    assert "seizure" in history and "2025-03-03" in history and "Blue Heron" not in history
    code, out, _ = run(stocked, "vessels", "lark", "--format", "json")
    [vessel] = json.loads(out)
    assert [(i["type"], i["date_start"], i["sources"]) for i in vessel["incidents"]] == [
        ("seizure", "2025-03-03", 2)
    ]


def test_vessel_csv_stays_one_flat_row_per_vessel(stocked: str) -> None:
    code, out, _ = run(stocked, "vessels", "lark", "--format", "csv")
    assert code == 0
    assert len(out.strip().splitlines()) == 2 and "incidents" not in out.lower()


def test_a_ship_named_outside_any_incident_is_in_the_registry(
    sqlite_url: str, tmp_path: Path
) -> None:
    """A ship the article only mentions can be looked up; a place read as one cannot."""
    article = tmp_path / "note.txt"
    article.write_text(
        "Patrols stepped up\n\n"
        "Navies stepped up patrols in the Red Sea on Monday. Analysts recalled the "
        "Panama-flagged tanker Amber Quay, which changed course near Yemen in March. "
        "A frigate waited in the Gulf of Aden, the seventh vessel sent there this year."
    )
    code, _, err = run(sqlite_url, "ingest", str(article), "--published", "2026-05-04")
    assert code == 0, err
    code, out, _ = run(sqlite_url, "vessels", "--format", "json")
    assert code == 0
    [vessel] = json.loads(out)
    assert (vessel["name"], vessel["flag"]) == ("Amber Quay", "PAN")
    code, out, _ = run(sqlite_url, "vessels", "amber", "--format", "json")
    assert json.loads(out)[0]["incidents"] == []
