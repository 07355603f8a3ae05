"""Insert-if-absent that stays correct when two ingest processes race."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.pool import Pool
from sqlmodel import Session, SQLModel, select

Row = TypeVar("Row", bound=SQLModel)
CacheKey = tuple[type[SQLModel], tuple[tuple[str, Any], ...]]

# Rows that never change once created (places, actors), per database (its connection
# pool), as detached copies. Only committed rows get here: a rolled-back insert must
# not leave an id that points at nothing.
_COMMITTED: WeakKeyDictionary[Pool, dict[CacheKey, SQLModel]] = WeakKeyDictionary()
_PENDING = "maritime_pending_rows"
# Bounds memory on a long ingest of reports that each name a new point at sea.
CACHE_ROWS = 20_000


def _insert(session: Session, model: type[SQLModel]) -> Any:
    dialect = session.get_bind().dialect.name
    return (pg_insert if dialect == "postgresql" else sqlite_insert)(model)


def get_or_create(session: Session, model: type[Row], unique: dict[str, Any], **values: Any) -> Row:
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


def insert_missing(session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """Insert the rows a unique constraint does not already hold, in one statement."""
    if rows:
        session.execute(_insert(session, model).values(list(rows)).on_conflict_do_nothing())


def get_or_create_immutable(
    session: Session, model: type[Row], unique: dict[str, Any], **values: Any
) -> Row:
    """`get_or_create` for rows never updated nor deleted: a row seen in a committed
    transaction is attached again from memory, without a query."""
    key: CacheKey = (model, tuple(sorted(unique.items())))
    cached = _COMMITTED.get(session.get_bind().pool, {}).get(key)
    if cached is not None:
        return session.merge(cached, load=False)  # type: ignore[return-value]
    row = get_or_create(session, model, unique, **values)
    session.info.setdefault(_PENDING, {})[key] = row
    return row


def _detached_copy(row: SQLModel) -> SQLModel:
    mapper = row.__mapper__  # type: ignore[attr-defined]
    copy = type(row)(**{column.key: getattr(row, column.key) for column in mapper.column_attrs})
    make_transient_to_detached(copy)
    return copy


@event.listens_for(Session, "after_commit")
def _remember_committed(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending:
        cache = _COMMITTED.setdefault(session.get_bind().pool, {})
        for key, row in pending.items():
            if len(cache) >= CACHE_ROWS:
                del cache[next(iter(cache))]  # the oldest
            cache[key] = _detached_copy(row)


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)
