"""Migrations are the only way tables come to exist; they must work both ways, on both engines."""

from __future__ import annotations

from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from maritime.db import models
from maritime.db.bi import include_object
from maritime.db.engine import (
    alembic_config,
    create_db_engine,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
)
from maritime.resolve.summaries import _SPANNING


def test_single_head() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


def test_upgrade_from_empty_reaches_head(db_url: str) -> None:
    engine = create_db_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert {"article", "event", "mention", "vessel", "place", "actor"} <= set(
        inspect(engine).get_table_names()
    )


def test_downgrade_to_base_and_back(db_url: str) -> None:
    engine = create_db_engine(db_url)
    upgrade(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_every_step_downgrades_and_upgrades(db_url: str) -> None:
    engine = create_db_engine(db_url)
    script = ScriptDirectory.from_config(alembic_config(db_url))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for revision in revisions:
        upgrade(engine, revision)
        downgrade(engine, "-1")
        upgrade(engine, revision)
    assert current_revision(engine) == head_revision()


def test_models_match_migrated_schema(db_url: str) -> None:
    engine = create_db_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(context, models.metadata)
    assert diff == []


def test_sqlite_enforces_foreign_keys(sqlite_url: str) -> None:
    engine = create_db_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_summary_lookup_uses_the_partial_index(sqlite_url: str) -> None:
    """Migration 0006's condition and the one summary linking asks must stay word for
    word the same, or every stored article scans all events of its type again."""
    engine = create_db_engine(sqlite_url)
    upgrade(engine)
    asked = _SPANNING.statement.params(
        types=["seizure"], last_start=date(2026, 1, 1), first_end=date(2025, 12, 1)
    )
    sql = asked.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
    assert "ix_event_vague_span" in " ".join(str(row[-1]) for row in plan)
