"""The BI surface: views, the calendar, full-text search and the reader role, on both engines."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from maritime.db.bi import BI_TABLES, BI_VIEWS, RoleError, create_reader_role
from maritime.db.dictionary import VIEWS, view_note
from maritime.db.engine import open_database
from tests.query.stock import stocked as stocked


def rows(url: str, sql: str) -> list[dict]:
    engine = open_database(url)
    with engine.connect() as connection:
        found = [dict(r._mapping) for r in connection.execute(text(sql))]
    engine.dispose()
    return found


def test_every_bi_view_exists(db_url: str) -> None:
    engine = open_database(db_url)
    assert set(BI_VIEWS) <= set(inspect(engine).get_view_names())
    assert set(BI_TABLES) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_timeline_view_has_one_flat_row_per_event(stocked: str) -> None:
    found = rows(stocked, "SELECT * FROM timeline ORDER BY id")
    assert len(found) == 4
    seizure = found[0]
    assert seizure["place_name"] == "Caribbean Sea"
    assert seizure["actor"] == "Example Coast Guard"
    assert seizure["vessel_names"] == "Morning Lark"
    assert seizure["source_count"] == 2
    assert str(seizure["first_reported"]) == "2025-03-04"
    assert str(seizure["last_reported"]) == "2025-03-05"
    assert seizure["evidence"].startswith("Port officials said")


def test_star_schema_joins_back_to_the_timeline(stocked: str) -> None:
    found = rows(
        stocked,
        """
        SELECT f.event_id, f.type, p.name AS place, a.country, d.month_name, v.name AS vessel
        FROM fact_event f
        LEFT JOIN dim_place p ON p.place_id = f.place_id
        LEFT JOIN dim_actor a ON a.actor_id = f.actor_id
        LEFT JOIN dim_date d ON d.date = f.date_start
        LEFT JOIN bridge_event_vessel b ON b.event_id = f.event_id
        LEFT JOIN dim_vessel v ON v.vessel_id = b.vessel_id
        ORDER BY f.event_id
        """,
    )
    assert found[0] == {
        "event_id": 1,
        "type": "seizure",
        "place": "Caribbean Sea",
        "country": "USA",
        "month_name": "March",
        "vessel": "Morning Lark",
    }
    assert found[3]["month_name"] is None  # the undated boarding


def test_former_names_and_sources_are_in_their_dimensions(stocked: str) -> None:
    lark = rows(stocked, "SELECT * FROM dim_vessel WHERE name = 'Morning Lark'")[0]
    assert lark["former_names"] == "Lark Star"
    bridge = rows(stocked, "SELECT article_id FROM bridge_event_article WHERE event_id = 1")
    assert sorted(r["article_id"] for r in bridge) == [1, 3]


def test_calendar_covers_1990_to_2040(db_url: str) -> None:
    found = rows(db_url, "SELECT count(*) AS n, min(date) AS lo, max(date) AS hi FROM dim_date")[0]
    assert found["n"] == (date(2040, 12, 31) - date(1990, 1, 1)).days + 1
    assert (str(found["lo"]), str(found["hi"])) == ("1990-01-01", "2040-12-31")
    day = rows(db_url, "SELECT * FROM dim_date WHERE year = 2025 AND month = 3 AND day = 2")[0]
    assert (day["iso_week"], day["day_name"], str(day["week_start"])) == (9, "Sunday", "2025-02-24")
    assert bool(day["is_weekend"])


def test_sqlite_search_index_follows_article_edits(stocked: str) -> None:
    if not stocked.startswith("sqlite"):
        pytest.skip("FTS5 is SQLite's")
    engine = open_database(stocked)
    match = "SELECT rowid FROM article_fts WHERE article_fts MATCH :q"
    with engine.begin() as connection:
        assert connection.execute(text(match), {"q": "patrol"}).scalars().all() == [4]
        connection.execute(text("UPDATE article SET text = 'Corvettes left port.' WHERE id = 4"))
        assert connection.execute(text(match), {"q": "patrol"}).all() == []
        assert connection.execute(text(match), {"q": "corvettes"}).scalars().all() == [4]
        connection.execute(text("DELETE FROM article WHERE id = 4"))
        assert connection.execute(text(match), {"q": "corvettes"}).all() == []
        hits = connection.execute(
            text("SELECT rowid FROM mention_fts WHERE mention_fts MATCH 'drone'")
        )
        assert hits.scalars().all() == [3]
    engine.dispose()


def test_datasette_would_find_the_search_tables(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    with engine.connect() as connection:
        sql = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'article_fts'")
        ).scalar_one()
    engine.dispose()
    assert 'content="article"' in sql and "fts5" in sql.lower()


def test_postgresql_has_gin_indexes(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("GIN is PostgreSQL's")
    found = rows(db_url, "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%fts'")
    indexed = {r["indexname"]: r["indexdef"] for r in found}
    assert set(indexed) == {"ix_article_fts", "ix_mention_fts"}
    assert all("gin" in d for d in indexed.values())
    assert "english" in indexed["ix_article_fts"]
    assert "(sentence_tsv)" in indexed["ix_mention_fts"]
    # Mentions' parses are stored (0008) and kept by PostgreSQL, in the same configuration.
    stored = rows(
        db_url,
        "SELECT attgenerated, pg_get_expr(adbin, adrelid) AS parse FROM pg_attribute "
        "JOIN pg_attrdef ON adrelid = attrelid AND adnum = attnum "
        "WHERE attrelid = 'mention'::regclass AND attname = 'sentence_tsv'",
    )
    assert [(r["attgenerated"], "english" in r["parse"]) for r in stored] == [("s", True)]


def test_reader_role_reads_views_and_nothing_else(stocked: str) -> None:
    if stocked.startswith("sqlite"):
        pytest.skip("roles are PostgreSQL's")
    role = f"reader_{uuid.uuid4().hex[:8]}"
    create_reader_role(stocked, role, "s3cret'quote")
    as_reader = make_url(stocked).set(username=role, password="s3cret'quote")
    engine = create_engine(as_reader)
    try:
        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM timeline")).scalar_one()
            assert count == 4
            with pytest.raises(ProgrammingError, match="permission denied"):
                connection.execute(text("SELECT count(*) FROM article"))
    finally:
        engine.dispose()
        admin = create_engine(stocked, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def test_reader_role_on_sqlite_says_to_open_the_file_read_only(sqlite_url: str) -> None:
    with pytest.raises(RoleError, match="read-only"):
        create_reader_role(sqlite_url, "bi")


def test_timeline_is_the_first_view_a_sqlite_browser_lists(sqlite_url: str) -> None:
    """Datasette and DB Browser list views in the order they were created."""
    found = rows(sqlite_url, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY rowid")
    assert [r["name"] for r in found][:2] == ["timeline", "fact_event"]
    assert {r["name"] for r in found} == set(BI_VIEWS)


def test_postgresql_views_and_columns_carry_their_descriptions(db_url: str) -> None:
    """What Metabase, Superset and `psql \\d+` show: COMMENT ON every BI object and column."""
    if db_url.startswith("sqlite"):
        pytest.skip("SQLite has no comments; Datasette gets metadata instead")
    described = rows(
        db_url,
        "SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment "
        "FROM pg_class c WHERE c.relname IN (" + ", ".join(f"'{name}'" for name in VIEWS) + ")",
    )
    assert {r["name"]: r["comment"] for r in described} == {
        name: view.purpose for name, view in VIEWS.items()
    }
    columns = rows(
        db_url,
        "SELECT a.attname AS name, col_description(a.attrelid, a.attnum) AS comment "
        "FROM pg_attribute a WHERE a.attrelid = 'timeline'::regclass AND a.attnum > 0",
    )
    comments = {r["name"]: r["comment"] for r in columns}
    assert all(comments.values()), [name for name, text in comments.items() if not text]
    assert comments["killed"] == view_note("timeline", "killed")
    assert "0 when a source says no one died" in comments["killed"]


def test_psql_describes_the_timeline(db_url: str) -> None:
    """The issue's check, word for word: `psql` `\\d+ timeline` shows descriptions."""
    if db_url.startswith("sqlite") or shutil.which("psql") is None:
        pytest.skip("needs PostgreSQL and its psql client")
    open_database(db_url).dispose()
    url = make_url(db_url)
    shown = subprocess.run(
        ["psql", "-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-U",
         url.username or "postgres", "-d", url.database or "", "-c", r"\d+ timeline"],
        capture_output=True, text=True, check=True, timeout=30,
        env={**os.environ, "PGPASSWORD": url.password or ""},
    ).stdout  # fmt: skip
    assert "Description" in shown
    assert "deaths reported" in shown
    assert "distinct articles telling the event" in shown


def test_the_correction_log_view_names_who_when_and_why(db_url: str) -> None:
    engine = open_database(db_url)
    columns = [c["name"] for c in inspect(engine).get_columns("correction_log")]
    engine.dispose()
    assert columns[:4] == ["correction_id", "corrected_at", "analyst", "action"]
    assert {"change", "note", "event_id", "article_id"} <= set(columns)
