"""`maritime watch` as real processes: killed midway, run twice at once, stopped by a signal."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from maritime.cli import cli
from tests.read.newsroom import ATOM_PATH, RSS_PATH, STORIES, open_newsroom, page_path

FAST = ("--once", "--rate", "1000", "--contact", "https://example.org/desk")


def watch_process(url: str, site, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "maritime", "--db", url, "watch"]
    command += [site.url(RSS_PATH), site.url(ATOM_PATH), *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def query(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    except Exception:
        return []  # not migrated yet
    finally:
        engine.dispose()


def stored_uris(url: str) -> set[str]:
    return {uri for (uri,) in query(url, "SELECT uri FROM article")}


def wait_for(condition, seconds: float = 60) -> None:
    ends = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < ends, "timed out waiting"
        time.sleep(0.05)


def test_sigkill_mid_poll_loses_nothing_and_fetches_no_stored_page_again(db_url, site):
    open_newsroom(site, page_delay=0.2)
    child = watch_process(db_url, site, *FAST)
    wait_for(lambda: len(stored_uris(db_url)) >= 3)
    child.kill()
    child.communicate()
    before = stored_uris(db_url)
    assert 3 <= len(before) < 12

    rerun = CliRunner().invoke(
        cli, ["--db", db_url, "watch", site.url(RSS_PATH), site.url(ATOM_PATH), *FAST]
    )
    assert rerun.exit_code == 0, rerun.stderr
    assert len(stored_uris(db_url)) == 12
    for story in STORIES:
        if site.url(page_path(story)) in before:
            assert site.hits(page_path(story)) == 1, story.slug
    # At most the one page in flight when the process died is asked twice.
    assert sum(site.hits(page_path(story)) for story in STORIES) <= 11
    assert query(db_url, "SELECT count(*) FROM article WHERE previous_version_id IS NOT NULL") == [
        (0,)
    ]


def test_two_watchers_at_once_store_each_story_once(db_url, site, tmp_path: Path):
    open_newsroom(site, page_delay=0.05)
    children = [watch_process(db_url, site, *FAST) for _ in range(2)]
    for child in children:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    rows = query(
        db_url, "SELECT count(*), count(DISTINCT locator), count(previous_version_id) FROM article"
    )
    assert rows == [(12, 12, 0)]
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    CliRunner().invoke(
        cli, ["--db", alone, "watch", site.url(RSS_PATH), site.url(ATOM_PATH), *FAST]
    )
    counts = "SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM mention)"
    assert query(db_url, counts) == query(alone, counts)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_every_cleanly_between_items(sqlite_url, site, signum):
    open_newsroom(site, page_delay=0.2)
    child = watch_process(sqlite_url, site, "--every", "1h", "--rate", "1000")
    wait_for(lambda: len(stored_uris(sqlite_url)) >= 2)
    child.send_signal(signum)
    _out, err = child.communicate(timeout=20)
    assert child.returncode == 0, err
    assert "interrupted" in err and "Traceback" not in err
    assert 2 <= len(stored_uris(sqlite_url)) < 12
    assert query(sqlite_url, "PRAGMA integrity_check") == [("ok",)]
