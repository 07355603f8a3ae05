"""`maritime ingest`: every input format, idempotence, one clear line per bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func
from sqlmodel import Session, select

from maritime.cli import cli
from maritime.db import models
from maritime.db.engine import open_database

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def invoke(url: str, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", url, *args], input=stdin)


def counts(url: str) -> dict[str, int]:
    engine = open_database(url)
    with Session(engine) as session:
        out = {
            model.__tablename__: session.exec(select(func.count()).select_from(model)).one()
            for model in (models.Article, models.Event, models.Mention, models.Vessel, models.Place)
        }
    engine.dispose()
    return out


def test_examples_ingest_and_reingest_changes_nothing(db_url: str) -> None:
    first = invoke(db_url, "ingest", str(EXAMPLES))
    assert first.exit_code == 0, first.stderr
    assert "4 new, 0 already known, 0 failed" in first.stderr
    before = counts(db_url)
    timeline = invoke(db_url, "timeline", "--format", "json").stdout
    second = invoke(db_url, "ingest", str(EXAMPLES))
    assert second.exit_code == 0
    assert "0 new, 4 already known" in second.stderr
    assert counts(db_url) == before
    assert invoke(db_url, "timeline", "--format", "json").stdout == timeline
    assert before["event"] > 0


def test_stdin_article_with_supplied_date(sqlite_url: str) -> None:
    text = (
        "Navy frigate intercepts dhow\n\n"
        "The Indian Navy intercepted a dhow in the Arabian Sea on Monday and seized "
        "two tonnes of narcotics from it.\n"
    )
    result = invoke(sqlite_url, "ingest", "-", "--published", "2024-03-06", stdin=text)
    assert result.exit_code == 0, result.stderr
    engine = open_database(sqlite_url)
    with Session(engine) as session:
        article = session.exec(select(models.Article)).one()
    assert article.uri == "-"
    assert article.published.isoformat() == "2024-03-06"
    assert article.published_origin == "supplied"


def test_missing_date_is_warned_not_guessed(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Tanker boarded\n\nPirates boarded a tanker on Monday off Lagos.\n")
    result = invoke(sqlite_url, "ingest", str(path))
    assert result.exit_code == 0
    assert "no publication date" in result.stderr
    events = json.loads(invoke(sqlite_url, "timeline", "--format", "json").stdout)
    assert all(e["date_start"] is None for e in events)


def test_bad_inputs_fail_alone_with_one_line_each(sqlite_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(EXAMPLES / "caribbean-tanker-seized.txt", good)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = invoke(sqlite_url, "ingest", str(broken), str(tmp_path / "missing.txt"), str(good))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert "broken.json" in errors[0] and "missing.txt" in errors[1]
    assert "Traceback" not in result.stderr
    assert counts(sqlite_url)["article"] == 1


def test_bad_published_option_names_the_flag(sqlite_url: str) -> None:
    result = invoke(sqlite_url, "ingest", str(EXAMPLES), "--published", "22/12/2025")
    assert result.exit_code == 2
    assert "--published" in result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "nosuchdriver://x",
        "postgresql+psycopg://nobody@127.0.0.1:1/none",
        "mysql://analyst@127.0.0.1/maritime",  # a backend maritime does not store to
        "postgresql+asyncpg://analyst@127.0.0.1/maritime",  # a driver not installed
    ],
)
def test_unusable_database_is_one_line(url: str) -> None:
    result = invoke(url, "timeline")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_another_backend_is_refused_with_the_urls_that_work() -> None:
    result = invoke("mysql://analyst@127.0.0.1/maritime", "timeline")
    assert result.exit_code == 1
    assert "SQLite or PostgreSQL" in result.stderr
    assert "sqlite:///path.db" in result.stderr


def test_nothing_read_prints_no_rate(sqlite_url: str) -> None:
    """A rate of articles read when none was read (everything known) is noise."""
    assert invoke(sqlite_url, "ingest", str(EXAMPLES)).exit_code == 0
    again = invoke(sqlite_url, "ingest", str(EXAMPLES))
    assert "0 new, 4 already known" in again.stderr
    assert "articles/s" not in again.stderr


def test_other_file_types_in_a_folder_are_named_not_passed_over_silently(
    sqlite_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, folder)
    (folder / "brief.pdf").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    result = invoke(sqlite_url, "ingest", str(folder))
    assert result.exit_code == 0  # a warning, not a failure
    assert f"warning: {folder}: skipped 2 files of other types (1 .jpg, 1 .pdf)" in result.stderr
    assert "4 new" in result.stderr
