"""`maritime timeline`: counts by period, the HTML page, full-text --text, backend parity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from maritime.cli import cli
from tests.query.stock import stocked as stocked

# Three short reports written for this test: a seizure, a strike, a hijacking.
ARTICLES = {
    "oman.txt": (
        "Navy frigate seizes fuel smuggling boat in the Gulf of Oman\n\n"
        "MUSCAT (Harbour Wire) - A navy frigate seized a dhow carrying smuggled diesel in "
        "the Gulf of Oman on Sunday, the coalition command said in a statement on Tuesday.\n\n"
        "The crew of nine was detained and the vessel was escorted to port, officials said.\n"
    ),
    "gull.json": json.dumps(
        {
            "title": "Tanker hit by missile off Yemen",
            "source": "Gulf Ledger",
            "published": "2024-06-12",
            "url": "https://ledger.example/tanker-missile",
            "text": "A missile struck the oil tanker Silver Gull in the Red Sea on Tuesday, "
            "setting it on fire, according to a maritime security agency. The Houthis "
            "claimed responsibility for the strike.",
        }
    ),
    "coral.txt": (
        "Pirates hijack bulk carrier off Somalia\n\n"
        "Armed pirates hijacked the bulk carrier Coral Dawn about 200 nautical miles east "
        "of Mogadishu on Friday, a maritime security firm said on Saturday. The ship's 21 "
        "crew members were reported safe.\n"
    ),
}


def run(url: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", url, *args])
    return result.exit_code, result.stdout, result.stderr


def ingest_corpus(url: str, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    paths = [str(folder / name) for name in ARTICLES]
    code, _, err = run(url, "ingest", *paths, "--published", "2024-06-04", "-q")
    assert code == 0, err


def test_same_corpus_same_timeline_as_on_sqlite(db_url: str, tmp_path: Path) -> None:
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    ingest_corpus(reference, tmp_path / "corpus")
    ingest_corpus(db_url, tmp_path / "corpus")
    _, expected, _ = run(reference, "timeline", "--format", "json")
    code, got, err = run(db_url, "timeline", "--format", "json")
    assert code == 0, err
    assert json.loads(expected), "the corpus should yield events"
    assert got == expected


def test_counts_by_month_as_json(stocked: str) -> None:
    code, out, _ = run(stocked, "timeline", "--by", "month", "--format", "json")
    assert code == 0
    counts = {r["period"]: r["total"] for r in json.loads(out)}
    assert counts == {"2025-03": 2, "2025-04": 1, "undated": 1}


def test_counts_follow_the_filters(stocked: str) -> None:
    code, out, _ = run(stocked, "timeline", "--by", "week", "--type", "strike", "--format", "csv")
    assert code == 0
    assert out.splitlines()[1].startswith("2025-W11,2025-03-10,2025-03-16,0,1,")


def test_counts_as_terminal_bars(stocked: str) -> None:
    code, out, _ = run(stocked, "timeline", "--by", "month")
    assert code == 0
    assert "z seizure" in out.splitlines()[0]
    assert out.splitlines()[1].split() == ["2025-03", "2", "sz"]


def test_counts_cannot_be_html(stocked: str) -> None:
    code, _, err = run(stocked, "timeline", "--by", "month", "--format", "html")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "--format table" in err


def test_html_is_one_page_with_every_event(stocked: str) -> None:
    code, out, _ = run(stocked, "timeline", "--format", "html", "--type", "seizure")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert 'id="e1"' in out and 'id="e2"' not in out


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("drone", [2]),
        ("carrier drone", [2]),  # every word, in any order
        ("cutter", [1]),  # a word's beginning is enough
        ("Morning Lark Caribbean", [1]),
        ("drone Caribbean", []),
        ("!!", []),
    ],
)
def test_text_finds_every_word(stocked: str, text: str, ids: list[int]) -> None:
    code, out, err = run(stocked, "timeline", "--text", text, "--format", "json")
    assert code == 0, err
    assert [e["id"] for e in json.loads(out)] == ids


@pytest.mark.parametrize(
    ("vessel", "ids"),
    [
        ("lark", [1]),  # part of the current name, any case
        ("Lark Star", [1]),  # a former name
        ("IMO 9123456", [1]),
        ("9123456", [1]),
        ("heron", [2]),
        ("IMO 9999999", []),
    ],
)
def test_vessel_finds_any_name_or_number(stocked: str, vessel: str, ids: list[int]) -> None:
    code, out, err = run(stocked, "timeline", "--vessel", vessel, "--format", "json")
    assert code == 0, err
    assert [e["id"] for e in json.loads(out)] == ids


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--since", "2025-03-12"], [2, 3]),  # the strike's week reaches the 12th
        (["--since", "2025-03-12", "--limit", "1"], [2]),
        (["--since", "2025-04-20"], [3]),  # the month-long deployment still runs
        (["--since", "2025-05-01"], []),
        (["--text", "the", "--limit", "2"], [1, 2]),
        (["--text", "the", "--since", "2025-03-05", "--limit", "1"], [2]),
    ],
)
def test_limited_and_windowed_timelines(stocked: str, args: list[str], ids: list[int]) -> None:
    code, out, err = run(stocked, "timeline", *args, "--format", "json")
    assert code == 0, err
    assert [e["id"] for e in json.loads(out)] == ids


@pytest.mark.parametrize(
    ("vessel", "ids"),
    [("ark", [1]), ("rk S", [1]), ("HERO", [2]), ("n", [1, 2]), ("%", []), ('"', [])],
)
def test_vessel_name_fragments(stocked: str, vessel: str, ids: list[int]) -> None:
    code, out, err = run(stocked, "timeline", "--vessel", vessel, "--format", "json")
    assert code == 0, err
    assert [e["id"] for e in json.loads(out)] == ids
