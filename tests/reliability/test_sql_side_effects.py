"""`maritime sql` on PostgreSQL: functions with side effects are refused or leave no trace.

The statement runs in a read-only transaction, as the built-in pg_read_all_data role
when the user may take it on, on a connection that is thrown away after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from maritime.cli import cli
from maritime.db.engine import open_database


@pytest.fixture
def pg_url(db_url: str) -> str:
    if db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL functions")
    open_database(db_url).dispose()
    return db_url


def run(url: str, statement: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", url, "sql", statement])
    return result.exit_code, result.stderr


def test_sequences_cannot_advance(pg_url: str) -> None:
    code, err = run(pg_url, "SELECT nextval('article_id_seq')")
    assert code != 0
    assert "read-only" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("statement", ["SELECT lo_import('/etc/hostname')", "SELECT lo_create(0)"])
def test_large_objects_are_rolled_back(pg_url: str, statement: str) -> None:
    run(pg_url, statement)
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT count(*) FROM pg_largeobject_metadata"))
        assert kept.scalar_one() == 0
    engine.dispose()


def test_session_locks_end_with_the_call(pg_url: str) -> None:
    assert run(pg_url, "SELECT pg_advisory_lock(4242)")[0] == 0
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        got = connection.execute(text("SELECT pg_try_advisory_lock(4242)")).scalar_one()
    engine.dispose()
    assert got is True


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT set_config('default_transaction_read_only', 'off', false)",
        "WITH off AS (SELECT set_config('transaction_read_only', 'off', true)) "
        "SELECT * FROM off, (SELECT nextval('article_id_seq')) AS n",
        "SELECT Set_Config('role', 'postgres', true), pg_terminate_backend(1)",
        "SELECT query_to_xml('SELECT 1', true, true, '')",
        "SELECT U&\"\\0073et_config\"('role', 'postgres', true)",
    ],
)
def test_routes_to_lift_the_guard_are_refused(pg_url: str, statement: str) -> None:
    code, err = run(pg_url, statement)
    assert code != 0
    assert "refused" in err and len(err.strip().splitlines()) == 1


def test_statements_run_without_superuser_rights(pg_url: str) -> None:
    result = CliRunner().invoke(cli, ["--db", pg_url, "sql", "SELECT current_user AS who"])
    assert result.exit_code == 0, result.output
    assert "pg_read_all_data" in result.output


def test_copy_to_program_is_refused(pg_url: str, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    tmp_path.chmod(0o777)
    code, _ = run(pg_url, f"COPY (SELECT 1) TO PROGRAM 'touch {marker}'")
    assert code != 0
    assert not marker.exists()


def test_other_sessions_cannot_be_terminated(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as victim:
        pid = victim.execute(text("SELECT pg_backend_pid()")).scalar_one()
        run(pg_url, f"SELECT pg_terminate_backend({pid})")
        assert victim.execute(text("SELECT 1")).scalar_one() == 1
    engine.dispose()
