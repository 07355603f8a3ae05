"""Migrations are the only way tables come to exist; they must work both ways, on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

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


def _desk_revision(url: str) -> str:
    """The migration that adds retraction and the audited log, whatever its number."""
    script = ScriptDirectory.from_config(alembic_config(url))
    return next(
        r.revision
        for r in script.walk_revisions()
        if "CREATE VIEW correction_log" in Path(r.path).read_text(encoding="utf-8")
    )


def test_the_desk_migration_keeps_what_the_older_schema_can_hold(db_url: str) -> None:
    engine = create_db_engine(db_url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO event (id, type, extractor_version, created_at, updated_at, "
                "retracted) VALUES (1, 'strike', 't', :now, :now, :yes), "
                "(2, 'strike', 't', :now, :now, :no)"
            ),
            {"now": datetime(2026, 12, 1, tzinfo=UTC), "yes": True, "no": False},
        )
        for action, other in (("merge", 3), ("retract", None)):
            connection.execute(
                text(
                    "INSERT INTO correction (action, event_id, other_event_id, created_at, "
                    "analyst) VALUES (:action, 1, :other, :now, 'desk')"
                ),
                {"action": action, "other": other, "now": datetime(2026, 12, 1, tzinfo=UTC)},
            )
    downgrade(engine, f"{_desk_revision(db_url)}-1")
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT action FROM correction")).scalars().all()
        assert kept == ["merge"]  # a retraction has no second event: the older log cannot hold it
        assert connection.execute(text("SELECT count(*) FROM timeline")).scalar() == 2
    assert "retracted" not in {c["name"] for c in inspect(engine).get_columns("event")}
    upgrade(engine)
    with engine.connect() as connection:
        live = connection.execute(text("SELECT id FROM timeline ORDER BY id")).scalars().all()
        assert live == [1, 2]  # nothing is retracted after the round trip
        logged = connection.execute(text("SELECT action, analyst FROM correction_log")).all()
        assert [tuple(row) for row in logged] == [("merge", None)]
    engine.dispose()


def test_merge_reasons_reach_bi_and_go_with_a_downgrade(db_url: str) -> None:
    engine = create_db_engine(db_url)
    upgrade(engine)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO event (id, type, extractor_version, created_at, updated_at) "
                "VALUES (1, 'seizure', 't', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO article (id, uri, format, text, content_hash, ingested_at) "
                "VALUES (1, 'a.txt', 'txt', 'A tanker was seized.', 'h', :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO mention (event_id, article_id, sentence, sentence_start, "
                "sentence_end, evidence_start, evidence_end, type, extractor_version, "
                "merge_rule, merge_fields) VALUES (1, 1, 'A tanker was seized.', 0, 20, 0, "
                "20, 'seizure', 't', 'same vessel', 'type, vessel')"
            )
        )
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT merge_rule, merge_fields FROM bridge_event_article")
        ).one()
        assert tuple(row) == ("same vessel", "type, vessel")
    downgrade(engine, "0010")
    assert "merge_rule" not in {c["name"] for c in inspect(engine).get_columns("mention")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM bridge_event_article")).scalar() == 1
    upgrade(engine)
    with engine.connect() as connection:
        reason = connection.execute(text("SELECT merge_rule FROM bridge_event_article"))
        assert reason.scalar() is None  # stored before the reasons were kept
    engine.dispose()
