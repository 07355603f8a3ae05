"""The writer: an event created from one report already holds its reconciled values,
a rolled-back article leaves nothing behind (not even in the caches), and SQLite
connections get the pragmas a long ingest relies on."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from maritime.db import models
from maritime.db.engine import open_database, writer
from maritime.read.article import Article
from maritime.resolve.incidents import store_article
from maritime.resolve.reconcile import reconcile_events
from tests.resolve.test_merging import store, told

DAY = date(2025, 12, 10)
EVENT = models.Event.__table__  # type: ignore[attr-defined]
# What reconcile decides; timestamps say when, not what.
DECIDED = [c for c in EVENT.c if c.key not in ("updated_at", "created_at")]


def _events(url: str) -> list[tuple]:
    engine = open_database(url)
    with engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(select(*DECIDED).order_by(EVENT.c.id))]
    engine.dispose()
    return rows


def test_events_written_at_insert_are_what_reconcile_gives(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "Caribbean Sea", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", DAY, "off Venezuela", vessel="HARBOR STAR"))
    store(db_url, "c.txt", told("strike", DAY, "Gulf of Aden", killed=2, actor="Houthis"))
    store(db_url, "d.txt", told("boarding", DAY, None, actor="", vessel="Sea Lark"))
    written = _events(db_url)
    engine = open_database(db_url)
    with writer(engine).begin() as connection:
        reconcile_events(connection, {row[0] for row in written})
    engine.dispose()
    assert _events(db_url) == written
    assert [row[DECIDED.index(EVENT.c.confidence)] for row in written] == [0.75, 0.5, 0.5]


def test_a_rolled_back_article_leaves_no_place_or_actor_behind(db_url: str) -> None:
    engine = open_database(db_url)
    article = Article(text="Text of a.txt, long enough.", uri="a.txt")
    with pytest.raises(RuntimeError), writer(engine).begin() as connection:
        store_article(connection, article, [told("seizure", DAY, "Caribbean Sea")])
        raise RuntimeError("the article fails after its rows were written")
    # The same place and actor again: neither may come from a cache of the rolled-back run.
    store(db_url, "b.txt", told("seizure", DAY, "Caribbean Sea"))
    with engine.connect() as connection:
        counts = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("article", "event", "place", "actor")
        }
    engine.dispose()
    assert counts == {"article": 1, "event": 1, "place": 1, "actor": 1}


def test_sqlite_files_get_a_large_cache_and_wal(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    with engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("journal_mode", "synchronous", "wal_autocheckpoint", "cache_size")
        }
    engine.dispose()
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 1  # NORMAL: safe under WAL, no fsync per commit
    assert pragmas["wal_autocheckpoint"] > 1000
    assert pragmas["cache_size"] < -2000  # KiB, above SQLite's 2 MB default
