"""`maritime sql` answers questions and can never change the data, by any route."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from maritime.cli import cli
from maritime.db.engine import open_database, session_scope
from maritime.db.models import Article


@pytest.fixture
def stocked(db_url: str) -> str:
    engine = open_database(db_url)
    with session_scope(engine) as session:
        session.add(Article(uri="a.txt", format="txt", text="Some text.", content_hash="abc"))
    engine.dispose()
    return db_url


def run(url: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", url, "sql", *args])
    return result.exit_code, result.stdout, result.stderr


def article_count(url: str) -> int:
    code, out, _ = run(url, "SELECT count(*) AS n FROM article", "--format", "json")
    assert code == 0
    return json.loads(out)[0]["n"]


def test_select_returns_rows_as_json(stocked: str) -> None:
    code, out, _ = run(stocked, "SELECT uri, format FROM article", "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"uri": "a.txt", "format": "txt"}]


def test_csv_has_a_header_row(stocked: str) -> None:
    code, out, _ = run(stocked, "SELECT uri FROM article", "--format", "csv")
    assert code == 0
    assert out.splitlines() == ["uri", "a.txt"]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM article",
        "DROP TABLE article",
        "UPDATE article SET uri = 'x'",
        "INSERT INTO actor (name) VALUES ('x')",
        "SELECT 1; DELETE FROM article",
        "WITH gone AS (DELETE FROM article RETURNING id) SELECT count(*) FROM gone",
        "CREATE TABLE t (x int)",
    ],
)
def test_writes_are_refused_and_nothing_changes(stocked: str, statement: str) -> None:
    code, _, err = run(stocked, statement)
    assert code != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert article_count(stocked) == 1


@pytest.mark.parametrize(
    "statement",
    [
        "PRAGMA query_only = OFF",
        "ATTACH DATABASE 'other.db' AS other",
        "VACUUM INTO 'other.db'",
    ],
)
def test_sqlite_side_doors_are_closed(tmp_path, monkeypatch, statement: str) -> None:
    """A relative file name lands in the working directory: run there, and look there."""
    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = open_database(url)
    engine.dispose()
    monkeypatch.chdir(tmp_path)
    run(url, statement)
    code, _, err = run(url, "DELETE FROM article")
    assert code != 0
    assert "read-only" in err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("m.db")) == []


@pytest.mark.parametrize(
    "statement", ["ATTACH DATABASE 'other.db' AS other", "VACUUM INTO 'copy.db'"]
)
def test_other_database_files_are_refused(tmp_path, monkeypatch, statement: str) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_database(url).dispose()
    monkeypatch.chdir(tmp_path)
    code, out, err = run(url, statement)
    assert code == 1
    assert out == ""
    assert err.strip() == (
        "Error: refused: maritime sql cannot open other database files (ATTACH, VACUUM INTO); "
        "no file was created"
    )


def test_syntax_errors_are_one_line(stocked: str) -> None:
    code, _, err = run(stocked, "SELEC nonsense")
    assert code != 0
    assert err.startswith("Error: SQL error")
    assert len(err.strip().splitlines()) == 1
