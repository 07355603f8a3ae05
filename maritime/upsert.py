"""Insert-if-absent that stays correct when two ingest processes race."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, select

Row = TypeVar("Row", bound=SQLModel)


def get_or_create(session: Session, model: type[Row], unique: dict[str, Any], **values: Any) -> Row:
    """The row matching `unique` (a unique constraint's columns), inserted if absent.

    INSERT ... ON CONFLICT DO NOTHING lets the database settle a race between
    processes instead of failing one of them on the unique constraint.
    """
    query = select(model).filter_by(**unique)
    found = session.exec(query).first()
    if found is not None:
        return found
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(model).values(**unique, **values).on_conflict_do_nothing()
    session.execute(statement)
    created = session.exec(query).one()
    return created
