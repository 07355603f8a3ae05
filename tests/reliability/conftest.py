"""Articles written for these tests, and helpers to run the real command and count rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, inspect, text

from maritime.cli import cli

ARTICLES = {
    "tanker.txt": (
        "Coast guard boards tanker off Fujairah\n\n"
        "The coast guard of the United Arab Emirates boarded the Panama-flagged tanker "
        "SILVER HERON about 20 nautical miles off Fujairah on 3 March 2024, officials said. "
        "The crew of 22 was reported safe.\n"
    ),
    "skiff.json": json.dumps(
        {
            "title": "Pirates chase bulk carrier in Gulf of Aden",
            "source": "Test Wire",
            "published": "2024-04-10",
            "url": "https://example.org/skiff",
            "text": "Pirates in a skiff chased the bulk carrier NORTHERN LARK in the Gulf of "
            "Aden on 8 April 2024 before a warship arrived and the skiff turned away.",
        }
    ),
    "seizure.html": (
        "<!doctype html><html><head><title>Navy seizes fuel smuggling boat</title>"
        '<meta property="article:published_time" content="2024-05-02T09:00:00Z"></head>'
        "<body><article><h1>Navy seizes fuel smuggling boat</h1><p>The Iranian navy "
        "seized a boat carrying smuggled fuel in the Strait of Hormuz on 1 May 2024 and "
        "detained its eleven crew members, state media reported.</p></article></body></html>"
    ),
}

TABLES = ("article", "event", "mention", "vessel", "vessel_name", "place", "actor")


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def invoke(url: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", url, *args])


def run_cli(url: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The installed command as a user runs it: a real process, real stdio."""
    command = [sys.executable, "-m", "maritime", "--db", url, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        present = set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            return {
                t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in TABLES
                if t in present
            }
    finally:
        engine.dispose()


def timeline_json(url: str) -> list[dict]:
    result = invoke(url, "timeline", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "articles")
