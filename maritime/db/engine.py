"""Engines, sessions, SQLite pragmas and migrate-on-first-use.

Every command that touches the database goes through `open_database`, which brings
the schema to the latest Alembic revision first, so users never run a set-up step.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlmodel import Session

import maritime
from maritime.errors import DatabaseError

# Execution options marking a writing transaction (see `writer`) and a reading one.
WRITER = "maritime_writer"
READER = "maritime_reader"
# SQLite page cache per connection (KiB) and WAL pages between checkpoints.
CACHE_KIB = 32_768
WAL_CHECKPOINT_PAGES = 16_000
BACKENDS = ("sqlite", "postgresql")
URL_HINT = "Use sqlite:///path.db or postgresql+psycopg://user@host/dbname"


def migrations_dir() -> Path:
    """The wheel carries migrations inside the package; a checkout has them at the root."""
    package_dir = Path(maritime.__file__).resolve().parent
    for candidate in (package_dir / "migrations", package_dir.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise DatabaseError("maritime's migrations are missing from this installation; reinstall it")


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_db_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine with the behaviour the project relies on, on either backend.

    On SQLite: foreign keys enforced, WAL so readers and one writer coexist, a busy
    timeout, and real transactions: writers (`writer(engine)`) take the lock at BEGIN,
    so two ingest processes queue instead of failing; readers never take it, so a
    long query does not stall an ingest. Read-only engines are refused writes by
    SQLite itself (mode=ro, query_only) or by PostgreSQL (read-only transactions).
    """
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() not in BACKENDS:
            raise DatabaseError(
                f"cannot use database URL {url!r}: maritime stores its data in SQLite or "
                f"PostgreSQL, not {parsed.get_backend_name()}. {URL_HINT}"
            )
        if parsed.get_backend_name() != "sqlite":
            options = "-c default_transaction_read_only=on" if read_only else None
            connect_args = {"options": options} if options else {}
            engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
            event.listen(engine, "begin", _read_only_when_reading)
            return engine
        database = parsed.database or ""
        if read_only and database and database != ":memory:":
            path = Path(database).resolve()
            parsed = parsed.set(database=f"file:{path.as_posix()}?mode=ro", query={"uri": "true"})
        engine = create_engine(parsed, connect_args={"timeout": 60})
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
        raise DatabaseError(f"cannot use database URL {url!r}: {exc}. {URL_HINT}") from exc

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below rule
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 60000")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
            # ATTACH and VACUUM INTO would create files wherever they are told to.
            dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        elif database and database != ":memory:":
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            # An ingest commits once per article: checkpoint (and fsync) every ~64 MB of
            # WAL instead of every 4 MB, so a page rewritten by many commits is copied
            # back once (0.1 ms a report less than at 16 MB). A clean close removes it.
            cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        # Indexes of a growing database stay in memory across transactions.
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
        writes = connection.get_execution_options().get(WRITER, False) and not read_only
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine


def _read_only_when_reading(connection: Connection) -> None:
    """PostgreSQL: a reading transaction is declared read-only, so it can write nothing."""
    if connection.get_execution_options().get(READER, False):
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")


def writer(engine: Engine) -> Engine:
    """The same engine, for transactions that write (SQLite locks them at BEGIN)."""
    return engine.execution_options(**{WRITER: True})


def reader(engine: Engine) -> Engine:
    """The same engine, for transactions that only read: deferred on SQLite (no lock
    until a read needs one, never the write lock), READ ONLY on PostgreSQL."""
    return engine.execution_options(**{READER: True})


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run_migration(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run_migration(engine, command.downgrade, revision)


def _run_migration(engine: Engine, action, revision: str) -> None:  # type: ignore[no-untyped-def]
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with writer(engine).begin() as connection:
        cfg.attributes["connection"] = connection
        action(cfg, revision)


def ensure_schema(engine: Engine, *, attempts: int = 5) -> None:
    """Bring the schema to head; tolerate another process migrating at the same time."""
    for attempt in range(attempts):
        try:
            if current_revision(engine) == head_revision():
                return
            upgrade(engine)
            return
        except OperationalError as exc:
            if attempt == attempts - 1:
                raise DatabaseError(f"cannot migrate the database: {_first_line(exc)}") from exc
            time.sleep(0.2 * (attempt + 1))


def open_database(url: str) -> Engine:
    """Open (creating if needed) and migrate; the single entry point for commands."""
    engine = create_db_engine(url)
    try:
        ensure_schema(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseError(
            f"cannot open database {engine.url.render_as_string(hide_password=True)}: "
            f"{_first_line(exc)}"
        ) from exc
    return engine


def read_session(engine: Engine) -> Session:
    """A session that only reads: its transactions never take the write lock."""
    return Session(reader(engine))


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back whole on any error."""
    with Session(writer(engine), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
