"""A bug met while reading or storing one article costs that article, never the run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from maritime import extract as extraction
from maritime.db import writer
from maritime.read.article import Article
from tests.reliability.conftest import counts, invoke

# Six short reports of our own; the fourth is the one the extractor chokes on.
REPORTS = [
    f"Report {n}\n\nThe coast guard boarded the tanker LARK {n} off Fujairah on {n} May 2024."
    for n in range(1, 7)
]
POISON = "LARK 4"


def _folder(tmp_path: Path) -> Path:
    for n, text in enumerate(REPORTS, start=1):
        (tmp_path / f"report-{n}.txt").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def choking_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    real = extraction.extract

    def extract(article: Article):  # type: ignore[no-untyped-def]
        if POISON in article.text:
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(extraction, "extract", extract)


@pytest.mark.usefixtures("choking_extractor")
def test_an_article_whose_extraction_raises_is_one_failure(sqlite_url: str, tmp_path: Path) -> None:
    result = invoke(sqlite_url, "ingest", str(_folder(tmp_path)))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    [error] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "report-4.txt" in error and "IndexError" in error and "--debug" in error
    assert counts(sqlite_url)["article"] == 5
    assert "5 new, 0 already known, 1 failed" in result.stderr


@pytest.mark.usefixtures("choking_extractor")
def test_debug_shows_the_traceback_of_the_failed_article(sqlite_url: str, tmp_path: Path) -> None:
    result = invoke(sqlite_url, "--debug", "ingest", str(_folder(tmp_path)))
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "IndexError: list index out of range" in result.stderr


@pytest.mark.usefixtures("choking_extractor")
def test_worker_processes_isolate_a_failure_too(sqlite_url: str, tmp_path: Path) -> None:
    result = invoke(sqlite_url, "ingest", "--jobs", "2", str(_folder(tmp_path)))
    assert result.exit_code == 1
    assert counts(sqlite_url)["article"] == 5


def test_a_bug_while_storing_rolls_back_that_article_only(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = writer.store_place

    def store_place(connection, place):  # type: ignore[no-untyped-def]
        if place is not None and "Fujairah" in place.name:
            raise KeyError("precision")
        return real(connection, place)

    folder = _folder(tmp_path)
    (folder / "elsewhere.txt").write_text(
        "Report\n\nThe navy seized the dhow AMBER in the Gulf of Aden on 2 June 2024.",
        encoding="utf-8",
    )
    monkeypatch.setattr("maritime.resolve.incidents.store_place", store_place)
    result = invoke(sqlite_url, "ingest", str(folder))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert counts(sqlite_url)["article"] == 1  # the Gulf of Aden report; nothing half-written
    assert counts(sqlite_url)["event"] == 1


def _broken_timeline(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`maritime --db ... ARGS` in a process whose timeline query raises a bug."""
    script = (
        "import maritime.query.timeline as t\n"
        "def boom(*a, **k): raise RuntimeError('boom')\n"
        "t.select_event_ids = boom\n"
        "from maritime.cli import main\nmain()\n"
    )
    db = f"sqlite:///{tmp_path / 'x.db'}"
    return subprocess.run(
        [sys.executable, "-c", script, "--db", db, *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [["timeline"], ["timeline", "--vessel", "--debug"]],
    ids=["plain", "--debug-as-an-option-value"],
)
def test_an_unexpected_error_outside_ingest_is_one_line_and_exit_2(
    tmp_path: Path, args: list[str]
) -> None:
    done = _broken_timeline(tmp_path, *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "maritime: internal error: RuntimeError: boom. This is a bug; rerun with --debug "
        "for the traceback and report it."
    ]


def test_debug_shows_the_traceback_of_an_unexpected_error(tmp_path: Path) -> None:
    done = _broken_timeline(tmp_path, "--debug", "timeline")
    assert done.returncode == 2
    assert "Traceback" in done.stderr and "RuntimeError: boom" in done.stderr
