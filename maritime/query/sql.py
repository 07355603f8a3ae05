"""Ad hoc SQL that the database itself keeps read-only.

Refusing writes by matching keywords is a losing game (CTEs, PRAGMA, ATTACH,
functions); instead the connection cannot write: SQLite opens the file with
mode=ro and query_only, PostgreSQL runs the statement in a read-only transaction.
One statement per call is enforced by the drivers (sqlite3 refuses several;
psycopg's extended protocol, forced with prepare=True, does too).

A read-only transaction still lets a superuser signal other sessions
(pg_terminate_backend), so on PostgreSQL the statement also runs as the built-in
pg_read_all_data role when the user may take it on. A session can take its own role
back with set_config('role', ...), directly or through a function that runs SQL text
(query_to_xml, ts_stat), so statements naming those are refused on PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from maritime.db.engine import create_db_engine
from maritime.errors import QueryError


class SqlError(QueryError):
    """The statement was refused or failed; the message says why in one line."""


WRITE_HINTS = (
    "readonly",
    "read-only",
    "read only",
    "query_only",
    "attempt to write",
    "permission denied",
)


# Routes by which a PostgreSQL statement could regain privileges dropped for it: GUC
# setters, functions that execute SQL text, and Unicode-escaped identifiers hiding them.
PG_ESCAPES = re.compile(
    r"set_config|session_authorization|query_to_xml|cursor_to_xml|ts_stat|ts_rewrite|u&",
    re.IGNORECASE,
)
PG_LEAST_PRIVILEGE = "pg_read_all_data"


def run_sql(url: str, statement: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    engine = create_db_engine(url, read_only=True)
    try:
        return _execute(engine, statement, limit)
    finally:
        engine.dispose()


def _execute(engine: Engine, statement: str, limit: int | None) -> list[dict[str, Any]]:
    if not statement.strip():
        raise SqlError(
            'no SQL given: pass one statement, e.g. maritime sql "SELECT * FROM timeline"'
        )
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if engine.dialect.name == "postgresql":
            _drop_privileges(cursor, statement)
            cursor.execute(statement, prepare=True)
        else:
            cursor.execute(statement)
        if cursor.description is None:
            raw.rollback()
            return []
        columns = [d[0] for d in cursor.description]
        fetched = cursor.fetchmany(limit) if limit else cursor.fetchall()
        raw.rollback()  # nothing to keep, whatever the statement was
        return [dict(zip(columns, map(_plain, row), strict=True)) for row in fetched]
    except SqlError:
        raw.rollback()
        raise
    except Exception as exc:  # driver errors differ by backend; all become one line
        raw.rollback()
        raise SqlError(_explain(exc)) from exc
    finally:
        raw.close()


def _drop_privileges(cursor: Any, statement: str) -> None:
    escape = PG_ESCAPES.search(statement)
    if escape:
        raise SqlError(
            f"refused: {escape.group()!r} could lift maritime sql's read-only guard on "
            "PostgreSQL; query the tables and views directly"
        )
    cursor.execute("SET TRANSACTION READ ONLY")
    cursor.execute(
        "SELECT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = %(role)s) "
        "THEN pg_has_role(current_user, %(role)s, 'MEMBER') ELSE false END",
        {"role": PG_LEAST_PRIVILEGE},
    )
    if cursor.fetchone()[0]:
        cursor.execute(f"SET LOCAL ROLE {PG_LEAST_PRIVILEGE}")


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def _explain(exc: Exception) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    if any(hint in message.lower() for hint in WRITE_HINTS):
        return f"refused: maritime sql is read-only ({message}); the database was not changed"
    if "one statement at a time" in message or "cannot insert multiple commands" in message:
        return f"refused: one statement per call ({message})"
    if "too many attached databases" in message:
        return (
            "refused: maritime sql cannot open other database files (ATTACH, VACUUM INTO); "
            "no file was created"
        )
    return f"SQL error: {message}"
