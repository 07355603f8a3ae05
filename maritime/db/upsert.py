"""Insert-if-absent that stays correct when two ingest processes race."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Column, Connection, Engine, Table, and_, bindparam, event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.pool import Pool
from sqlmodel import Session, SQLModel, select

from maritime.db import prepared
from maritime.db.prepared import Prepared, Record, prepare

ModelRow = TypeVar("ModelRow", bound=SQLModel)
CacheKey = tuple[str, tuple[tuple[str, Any], ...]]

# Rows that never change once created (places, actors), per database (its connection
# pool). Only committed rows get here: a rolled-back insert must not leave an id that
# points at nothing.
_COMMITTED: WeakKeyDictionary[Pool, dict[CacheKey, Record]] = WeakKeyDictionary()
_PENDING = "maritime_pending_rows"
# Bounds memory on a long ingest of reports that each name a new point at sea.
CACHE_ROWS = 20_000


def insert_for(dialect: str, table: Any) -> Any:
    """INSERT with the dialect's ON CONFLICT support (SQLite and PostgreSQL)."""
    return (pg_insert if dialect == "postgresql" else sqlite_insert)(table)


def _insert(session: Session, model: type[SQLModel]) -> Any:
    return insert_for(session.get_bind().dialect.name, model)


def get_or_create(
    session: Session, model: type[ModelRow], unique: dict[str, Any], **values: Any
) -> ModelRow:
    """The row matching `unique` (a unique constraint's columns), inserted if absent.

    INSERT ... ON CONFLICT DO NOTHING lets the database settle a race between
    processes instead of failing one of them on the unique constraint; RETURNING
    hands back the new row without reading it again.
    """
    query = select(model).filter_by(**unique)
    found = session.exec(query).first()
    if found is not None:
        return found
    statement = (
        _insert(session, model).values(**unique, **values).on_conflict_do_nothing().returning(model)
    )
    created = session.scalars(statement).first()
    return created if created is not None else session.exec(query).one()


def insert_missing(
    connection: Connection, model: type[SQLModel], rows: Sequence[dict[str, Any]]
) -> None:
    """Insert the rows a unique constraint does not already hold, in one executemany
    of a statement built once per table (so it is compiled once, too)."""
    table = model.__table__  # type: ignore[attr-defined]
    prepared.run_many(connection, _insert_missing(connection.dialect.name, table), rows)


@cache
def _insert_missing(dialect: str, table: Table) -> Prepared:
    return prepare(insert_for(dialect, table).on_conflict_do_nothing())


# (table, dialect, unique column names, returned columns) -> (select, insert)
_STATEMENTS: dict[tuple[str, str, tuple[str, ...], tuple[str, ...]], tuple[Prepared, Prepared]] = {}


def _lookup_statements(
    table: Table, dialect: str, unique: tuple[str, ...], columns: tuple[Column[Any], ...]
) -> tuple[Prepared, Prepared]:
    """Built and registered once per table and shape, so each is compiled once."""
    key = (table.name, dialect, unique, tuple(c.key for c in columns))
    if key not in _STATEMENTS:
        where = and_(*(table.c[name] == bindparam(name) for name in unique))
        _STATEMENTS[key] = (
            prepare(select(*columns).where(where)),
            prepare(insert_for(dialect, table).on_conflict_do_nothing().returning(*columns)),
        )
    return _STATEMENTS[key]


def get_or_create_immutable(
    connection: Connection,
    table: Table,
    unique: dict[str, Any],
    values: dict[str, Any],
    columns: tuple[Column[Any], ...],
) -> Record:
    """`columns` of the row matching `unique`, inserted with `values` if absent, for
    rows never updated nor deleted: one seen before in this transaction or in a
    committed one is answered from memory, without a query."""
    key: CacheKey = (table.name, tuple(sorted(unique.items())))
    cached = _COMMITTED.get(connection.engine.pool, {}).get(key)
    if cached is None:
        cached = connection.info.get(_PENDING, {}).get(key)
    if cached is not None:
        return cached
    find, create = _lookup_statements(table, connection.dialect.name, tuple(unique), columns)
    # Insert first: a row not in memory is usually new, so this spares its look-up; one
    # that exists (stored by another process or before this run) costs a conflict too.
    created = prepared.rows(connection, create, {**unique, **values})
    [row] = created or prepared.rows(connection, find, unique)
    connection.info.setdefault(_PENDING, {})[key] = row
    return row


# Connection events, so they fire for sessions and bare connections alike.
@event.listens_for(Engine, "commit")
def _remember_committed(connection: Connection) -> None:
    pending = connection.info.pop(_PENDING, None)
    if pending:
        cache = _COMMITTED.setdefault(connection.engine.pool, {})
        for key, row in pending.items():
            if len(cache) >= CACHE_ROWS:
                del cache[next(iter(cache))]  # the oldest
            cache[key] = row


@event.listens_for(Engine, "rollback")
def _forget_rolled_back(connection: Connection) -> None:
    connection.info.pop(_PENDING, None)
