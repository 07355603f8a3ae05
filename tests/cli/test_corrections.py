"""The analyst's desk, as a new user meets it: wrong events are retracted, retyped and
re-dated, missing publication dates supplied, and every correction outlasts `maritime
reprocess` and is listed with who made it, when and why. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

from maritime.cli import cli
from maritime.cli.app import parse_span
from maritime.query.sql import run_sql

# The background clause of the second sentence ("since 2017") is read as a hijacking
# spanning 2017 to publication; the drone strike is credited to the gunmen of the first.
WIRE = (
    "Gunmen seize tanker off Somalia\n\n"
    "Armed men boarded and seized the tanker Amber Quay about 200 nautical miles east of "
    "Hobyo on Tuesday, the ship's manager said. It was the first successful hijacking of a "
    "merchant ship off Somalia since 2017.\n"
    "A strike by a drone hit the bulk carrier Blue Heron about 55 nautical miles west of "
    "Hodeidah in the Red Sea on Wednesday.\n"
)
UNDATED = (
    "Missile hits carrier in the Red Sea\n\n"
    "A missile struck the bulk carrier Grey Petrel in the Red Sea on Monday, its operator said.\n"
)


def run(url: str, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, ["--db", url, *args], env=env)


def ok(url: str, *args: str, env: dict[str, str] | None = None) -> Result:
    result = run(url, *args, env=env)
    assert result.exit_code == 0, result.output
    return result


def timeline(url: str, *args: str) -> list[dict[str, Any]]:
    return json.loads(ok(url, "timeline", "--format", "json", *args).stdout)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def wire(db_url: str, tmp_path: Path) -> str:
    ok(db_url, "ingest", write(tmp_path, "wire.txt", WIRE), "--published", "2024-03-14")
    return db_url


def find(events: list[dict[str, Any]], **wanted: Any) -> dict[str, Any]:
    [event] = [e for e in events if all(e[k] == v for k, v in wanted.items())]
    return event


def test_a_wrong_event_is_retracted_retyped_redated_and_stays_so(wire: str) -> None:
    events = timeline(wire)
    background = find(events, type="hijacking", date_start="2017-01-01")
    strike = find(events, type="strike")
    assert strike["actor"] == "armed men"  # the machine's mistake this test corrects

    ok(wire, "events", "retract", str(background["id"]), "--note", "background clause")
    ok(
        wire,
        "events",
        "set",
        str(strike["id"]),
        "--type",
        "seizure",
        "--date",
        "2024-03-12..2024-03-13",
        "--actor",
        "Houthis",
        "--note",
        "the drone came from Yemen",
        "--by",
        "desk-a",
    )
    fixed = timeline(wire)
    assert background["id"] not in {e["id"] for e in fixed}
    assert len(fixed) == len(events) - 1

    reprocessed = ok(wire, "reprocess")
    assert "0 new events" in reprocessed.stderr
    after = timeline(wire)
    assert after == fixed
    corrected = find(after, id=strike["id"])
    assert (corrected["type"], corrected["date_start"], corrected["date_end"]) == (
        "seizure",
        "2024-03-12",
        "2024-03-13",
    )
    assert corrected["actor"] == "Houthis"
    assert corrected["date_precision"] == "range"

    log = json.loads(ok(wire, "corrections", "--format", "json").stdout)
    assert [(c["action"], c["event"]) for c in log] == [
        ("retract", background["id"]),
        ("set", strike["id"]),
    ]
    assert log[0]["note"] == "background clause"
    assert log[1]["by"] == "desk-a"
    assert "type: strike -> seizure" in log[1]["change"]
    assert "date: 2024-03-13 -> 2024-03-12..2024-03-13" in log[1]["change"]
    today = date.today()
    assert json.loads(ok(wire, "corrections", "--since", str(today), "--format", "json").stdout)
    tomorrow = str(today + timedelta(days=1))
    assert ok(wire, "corrections", "--since", tomorrow).stdout == "No corrections yet.\n"


def test_a_retracted_event_leaves_views_and_exports_but_stays_in_the_database(
    wire: str,
) -> None:
    background = find(timeline(wire), type="hijacking", date_start="2017-01-01")
    retracted = str(background["id"])
    ok(wire, "events", "retract", retracted, "--note", "background clause", "--by", "desk-b")
    for fmt in ("csv", "geojson", "html", "markdown"):
        assert "2017-01-01" not in ok(wire, "timeline", "--format", fmt).stdout, fmt
    assert "2017" not in ok(wire, "timeline", "--by", "month").stdout
    for view in ("timeline", "fact_event"):
        key = "id" if view == "timeline" else "event_id"
        ids = [r[key] for r in run_sql(wire, f"SELECT {key} FROM {view}")]
        assert background["id"] not in ids, view
    for view in ("bridge_event_vessel", "bridge_event_article", "bridge_event_summary"):
        rows = run_sql(wire, f"SELECT event_id FROM {view} WHERE event_id = {retracted}")
        assert rows == [], view
    [kept] = run_sql(wire, f"SELECT retracted FROM event WHERE id = {retracted}")
    assert bool(kept["retracted"])
    [logged] = run_sql(wire, "SELECT analyst, action, note FROM correction_log")
    assert logged == {"analyst": "desk-b", "action": "retract", "note": "background clause"}

    shown = ok(wire, "show", retracted).stdout
    assert "RETRACTED" in shown and "why: background clause" in shown and "desk-b" in shown
    detail = json.loads(ok(wire, "show", retracted, "--format", "json").stdout)
    assert detail["retracted"] is True
    assert detail["corrections"][0]["action"] == "retract"

    ok(wire, "events", "restore", retracted)
    assert background["id"] in {e["id"] for e in timeline(wire)}


def test_a_new_report_of_a_retracted_event_stays_retracted(wire: str, tmp_path: Path) -> None:
    before = timeline(wire)
    background = find(before, type="hijacking", date_start="2017-01-01")
    ok(wire, "events", "retract", str(background["id"]), "--note", "background clause")
    again = WIRE.replace("the ship's manager said", "its manager told reporters")
    ok(wire, "ingest", write(tmp_path, "again.txt", again), "--published", "2024-03-14")
    assert [e for e in timeline(wire) if e["date_start"] == "2017-01-01"] == []


def test_values_set_by_hand_outlast_a_new_report(wire: str, tmp_path: Path) -> None:
    strike = find(timeline(wire), type="strike")
    ok(
        wire,
        "events",
        "set",
        str(strike["id"]),
        "--killed",
        "0",
        "--date",
        "2024-03-12..2024-03-13",
    )
    again = WIRE.replace("the ship's manager said", "its manager told reporters")
    ok(wire, "ingest", write(tmp_path, "again.txt", again), "--published", "2024-03-14")
    told_again = find(timeline(wire), id=strike["id"])
    assert len(told_again["sources"]) == 2
    assert (told_again["killed"], told_again["date_start"], told_again["date_end"]) == (
        0,
        "2024-03-12",
        "2024-03-13",
    )


def test_vessels_and_places_set_by_hand_replace_what_the_sources_said(wire: str) -> None:
    strike = find(timeline(wire), type="strike")
    event_id = str(strike["id"])
    ok(wire, "events", "set", event_id, "--vessel", "Grey Petrel", "--place", "Gulf of Aden")
    ok(wire, "reprocess")
    event = find(timeline(wire), id=strike["id"])
    assert [v["name"] for v in event["vessels"]] == ["Grey Petrel"]
    assert event["place"]["name"] == "Gulf of Aden"
    ok(wire, "events", "set", event_id, "--clear", "vessels", "--clear", "place")
    ok(wire, "reprocess")
    event = find(timeline(wire), id=strike["id"])
    assert [v["name"] for v in event["vessels"]] == [None]  # only the kind is known now
    assert event["place"] is None


def test_events_of_different_types_merge_when_the_analyst_says_so(wire: str) -> None:
    events = timeline(wire)
    seizure = find(events, type="hijacking", date_start="2024-03-12")
    strike = find(events, type="strike")
    ok(wire, "events", "merge", str(seizure["id"]), str(strike["id"]), "--note", "one attack")
    merged = find(timeline(wire), id=seizure["id"])
    assert merged["type"] == "hijacking"
    assert strike["id"] not in {e["id"] for e in timeline(wire)}
    [logged] = json.loads(ok(wire, "corrections", "--format", "json").stdout)
    assert "a strike joined a hijacking" in logged["change"]


def test_show_prints_the_mention_ids_that_split_takes(wire: str) -> None:
    event = find(timeline(wire), type="strike")
    detail = json.loads(ok(wire, "show", str(event["id"]), "--format", "json").stdout)
    [claim] = detail["claims"]
    assert f"[mention {claim['mention_id']}]" in ok(wire, "show", str(event["id"])).stdout
    refused = run(wire, "events", "split", str(event["id"]), "--mention", str(claim["mention_id"]))
    assert refused.exit_code == 1
    assert f"maritime show {event['id']}" in refused.stderr


@pytest.mark.parametrize(
    ("args", "pointer"),
    [
        (["show", "999"], "maritime timeline"),
        (["events", "retract", "999", "--note", "x"], "maritime corrections"),
        (["events", "restore", "999"], "maritime corrections"),
        (["events", "set", "999", "--killed", "1"], "maritime timeline"),
        (["events", "merge", "1", "999"], "maritime timeline"),
        (["events", "merge", "1", "1"], "maritime timeline"),
        (["events", "split", "1", "--mention", "999"], "maritime show 1"),
        (["articles", "set-published", "999", "2024-03-14"], "maritime articles"),
        (["articles", "set-published", "nowhere.txt", "2024-03-14"], "maritime articles"),
    ],
)
def test_every_error_naming_an_id_says_where_to_find_one(
    wire: str, args: list[str], pointer: str
) -> None:
    result = run(wire, *args)
    assert result.exit_code == 1
    assert pointer in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_publication_date_supplied_later_dates_the_events(db_url: str, tmp_path: Path) -> None:
    path = write(tmp_path, "undated.txt", UNDATED)
    first = ok(db_url, "ingest", path)
    assert "--published" in first.stderr
    [undated] = timeline(db_url)
    assert undated["date_start"] is None

    again = ok(db_url, "ingest", path, "--published", "2024-03-14")
    assert "1 given a publication date" in again.stderr
    [dated] = timeline(db_url)
    assert (dated["id"], dated["date_start"]) == (undated["id"], "2024-03-11")
    assert dated["sources"][0]["published"] == "2024-03-14"
    assert (
        "0 new, 1 already known" in ok(db_url, "ingest", path, "--published", "2024-04-01").stderr
    )

    moved = ok(db_url, "articles", "set-published", path, "2024-03-21", "--note", "per editor")
    assert "1 events re-dated" in moved.stdout
    [redated] = timeline(db_url)
    assert (redated["id"], redated["date_start"]) == (undated["id"], "2024-03-18")
    ok(db_url, "reprocess")
    assert timeline(db_url) == [redated]
    log = json.loads(ok(db_url, "corrections", "--format", "json").stdout)
    assert [c["action"] for c in log] == ["set-published", "set-published"]
    assert log[0]["change"].startswith("published: none -> 2024-03-14")
    assert f"{undated['id']} (undated -> 2024-03-11)" in log[0]["change"]
    assert log[1]["note"] == "per editor"
    assert "Corrections (2)" in ok(db_url, "show", str(undated["id"])).stdout


def test_the_analyst_comes_from_by_else_the_environment(wire: str) -> None:
    strike = str(find(timeline(wire), type="strike")["id"])
    ok(wire, "events", "set", strike, "--killed", "1", env={"MARITIME_USER": "desk-c"})
    ok(wire, "events", "set", strike, "--killed", "2", "--by", "desk-d")
    ok(wire, "events", "set", strike, "--killed", "3", env={"MARITIME_USER": ""})
    log = json.loads(ok(wire, "corrections", "--format", "json").stdout)
    assert [c["by"] for c in log[:2]] == ["desk-c", "desk-d"]
    assert log[2]["by"]  # the login name


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2024-03-14..2024-03-12"], "ends before it starts"),
        (["--date", "12 March"], "2024-03-12..2024-03-14"),
        (["--place", "Atlantis Deep"], "maritime geocode"),
        (["--killed", "2", "--clear", "killed"], "cannot both set and clear"),
        ([], "nothing to change"),
    ],
)
def test_bad_values_are_one_line_errors(wire: str, args: list[str], message: str) -> None:
    strike = str(find(timeline(wire), type="strike")["id"])
    result = run(wire, "events", "set", strike, *args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_articles_still_searches_by_text(wire: str) -> None:
    found = json.loads(ok(wire, "articles", "Hobyo", "--format", "json").stdout)
    assert [a["title"] for a in found] == ["Gunmen seize tanker off Somalia"]
    assert ok(wire, "articles", "search", "Hobyo").stdout == ok(wire, "articles", "Hobyo").stdout
    assert "set-published" in ok(wire, "articles", "--help").stdout


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@given(days, st.integers(min_value=0, max_value=400))
def test_a_day_or_a_range_of_days_reads_back(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    written = str(start) if length == 0 else f"{start}..{end}"
    assert parse_span(written, "--date") == (start, end)
    assert parse_span(f" {start} .. {end} ", "--date") == (start, end)
