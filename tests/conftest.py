"""Shared fixtures: a fresh database per test on SQLite, and on the machine's PostgreSQL.

PostgreSQL tests use a throwaway database created for this test run and dropped
after it. Set MARITIME_TEST_PG to another server URL, or to "" to skip them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.read.loopback import LoopbackSite

# Property tests assert behaviour, not speed (speed lives in benchmarks/): a loaded
# machine must not fail an example for taking longer than hypothesis's default 200 ms.
settings.register_profile("maritime", deadline=None)
settings.load_profile("maritime")

PG_SERVER = os.environ.get(
    "MARITIME_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _pg_available() -> bool:
    if not PG_SERVER:
        return False
    try:
        engine = create_engine(PG_SERVER, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


PG_AVAILABLE = _pg_available()
REQUIRE_PG = os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """One throwaway PostgreSQL database for the whole run; tests reset its schema."""
    if not PG_AVAILABLE:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required in CI but {PG_SERVER} is unreachable")
        pytest.skip("PostgreSQL is not reachable")
    name = f"maritime_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as connection:
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name},
        )
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def _reset_pg(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'maritime.db'}"
    url = request.getfixturevalue("pg_database")
    _reset_pg(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'maritime.db'}"


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    """A real HTTP server on 127.0.0.1 (ephemeral port) serving what the test routes."""
    server = LoopbackSite().start()
    yield server
    server.stop()
