"""A killed ingest leaves a consistent database, and parallel ingests do not collide."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from benchmarks.generate_corpus import load_templates, synthetic_article, write_synthetic
from tests.reliability.conftest import counts, run_cli

ARTICLES = 120


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_synthetic(ARTICLES, folder, ("txt", "json", "jsonl"), seed=3)
    return folder


def articles_stored(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM article")).scalar_one()
    except Exception:
        return 0  # not migrated yet
    finally:
        engine.dispose()


def assert_consistent(url: str) -> None:
    engine = create_engine(url)
    with engine.connect() as connection:
        if url.startswith("sqlite"):
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        orphans = connection.execute(
            text(
                "SELECT count(*) FROM event e WHERE NOT EXISTS "
                "(SELECT 1 FROM mention m WHERE m.event_id = e.id)"
            )
        ).scalar_one()
        assert orphans == 0
    engine.dispose()


def test_sigkill_mid_ingest_then_rerun_matches_a_clean_run(
    db_url: str, big_corpus: Path, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "maritime", "--db", db_url, "ingest", str(big_corpus)]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # Killed soon after the first articles land: at 400+ articles/s a later mark (a
    # quarter) let a fast machine finish all 120 between two polls.
    while articles_stored(db_url) < ARTICLES // 20 and time.monotonic() < deadline:
        assert child.poll() is None, "ingest finished before it could be killed"
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert 0 < articles_stored(db_url) < ARTICLES
    assert_consistent(db_url)
    rerun = run_cli(db_url, "ingest", str(big_corpus))
    assert rerun.returncode == 0, rerun.stderr
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    assert run_cli(clean, "ingest", str(big_corpus)).returncode == 0
    assert counts(db_url) == counts(clean)
    assert_consistent(db_url)


def test_two_ingests_at_once_both_succeed_without_duplicates(
    db_url: str, big_corpus: Path, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "maritime", "--db", db_url, "ingest", str(big_corpus)]
    runs = [
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = [(run.wait(timeout=600), run.stderr.read() if run.stderr else "") for run in runs]
    for code, stderr in outcomes:
        assert code == 0, stderr
    stored = counts(db_url)
    assert stored["article"] == ARTICLES
    engine = create_engine(db_url)
    with engine.connect() as connection:
        for table, key in (("vessel", "name"), ("place", "key"), ("actor", "name")):
            duplicated = connection.execute(
                text(f"SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1")
            ).all()
            assert duplicated == [], table
    engine.dispose()
    assert_consistent(db_url)


def test_parallel_extraction_stores_what_one_process_stores(
    sqlite_url: str, big_corpus: Path, tmp_path: Path
) -> None:
    assert run_cli(sqlite_url, "ingest", str(big_corpus), "--jobs", "2").returncode == 0
    single = f"sqlite:///{tmp_path / 'single.db'}"
    assert run_cli(single, "ingest", str(big_corpus)).returncode == 0
    assert counts(sqlite_url) == counts(single)


def test_synthetic_articles_are_reproducible() -> None:
    templates = load_templates()
    first = synthetic_article(random.Random(5), templates, 1)
    assert first == synthetic_article(random.Random(5), templates, 1)
