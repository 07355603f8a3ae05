"""`maritime datasette-metadata`: Datasette opens on the views, timeline first, each column
described, raw tables hidden, with canned queries for the questions analysts ask most."""

from __future__ import annotations

import importlib.util
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from maritime.cli import cli
from maritime.db.datasette import QUERIES, database_name
from maritime.db.dictionary import VIEWS, view_note
from tests.query.stock import stock

# The canned queries' parameters, as a user would fill the forms Datasette shows.
PARAMETERS = {"month": "2025-03", "place": "Caribbean Sea", "km": "50", "vessel": "lark"}
ANSWERS = {
    "incidents_this_month_by_type": [("seizure", 1), ("strike", 1)],
    "incidents_near_a_place": 1,
    "vessel_history": 1,
    "who_seized_what": 1,
    "deaths_by_month": [("2025-03", 2, 1)],
}


@pytest.fixture
def maritime_db(tmp_path: Path) -> Path:
    path = tmp_path / "maritime.db"
    stock(f"sqlite:///{path}")
    return path


def metadata(path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{path}", "datasette-metadata"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_table_is_hidden_and_every_view_described(maritime_db: Path) -> None:
    tables = metadata(maritime_db)["databases"]["maritime"]["tables"]
    with sqlite3.connect(maritime_db) as connection:
        raw = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    assert {"alembic_version", "article", "event", "dim_date"} <= raw
    assert all(tables[name]["hidden"] for name in raw)
    for name, view in VIEWS.items():
        assert (tables[name]["title"], tables[name]["description"]) == (view.title, view.purpose)
    assert tables["timeline"]["columns"]["killed"] == view_note("timeline", "killed")
    assert "hidden" not in tables["timeline"]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_each_canned_query_answers_on_the_file(maritime_db: Path, name: str) -> None:
    with sqlite3.connect(maritime_db) as connection:
        found = connection.execute(QUERIES[name]["sql"], PARAMETERS).fetchall()
    expected = ANSWERS[name]
    assert (found if isinstance(expected, list) else len(found)) == expected


def test_the_database_is_named_as_datasette_names_the_file() -> None:
    assert database_name("sqlite:////data/desk/incidents.db") == "incidents"
    result = CliRunner().invoke(cli, ["--db", "sqlite://", "datasette-metadata", "--database", "x"])
    assert list(json.loads(result.stdout)["databases"]) == ["x"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def datasette(maritime_db: Path, tmp_path: Path) -> Iterator[str]:
    """Datasette serving the file on loopback with the metadata, for as long as a test."""
    if importlib.util.find_spec("datasette") is None:
        pytest.skip("Datasette is not installed (pip install 'maritime[datasette]')")
    meta = tmp_path / "metadata.json"
    meta.write_text(json.dumps(metadata(maritime_db)), encoding="utf-8")
    port = free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(maritime_db), "--metadata"]
    server = subprocess.Popen(
        [*command, str(meta), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                get(f"{base}/-/versions.json")
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"datasette stopped: {server.stderr.read().decode()[-500:]}")
                time.sleep(0.1)
        else:
            pytest.fail("datasette did not answer within 10 s")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def test_datasette_opens_on_the_timeline_with_descriptions(datasette: str) -> None:
    index = get(f"{datasette}/")
    assert "Start with the" in index
    listed = json.loads(get(f"{datasette}/maritime.json"))
    assert listed["views"][0]["name"] == "timeline"
    assert all(table["hidden"] for table in listed["tables"])
    page = get(f"{datasette}/maritime/timeline")
    assert VIEWS["timeline"].purpose in page
    assert "0 when a source says no one died" in page
    rows = json.loads(get(f"{datasette}/maritime/timeline.json?_shape=array"))
    assert len(rows) == 4
    deaths = json.loads(get(f"{datasette}/maritime/deaths_by_month.json?_shape=array"))
    assert deaths == [{"month": "2025-03", "killed": 2, "events_with_a_toll": 1}]
