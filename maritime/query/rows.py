"""Id-list conditions that stay one statement whatever the number of ids."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ARRAY, Integer, any_, bindparam
from sqlmodel import Session


def among(session: Session, column: Any, ids: Any) -> Any:
    """`column IN ids`; on PostgreSQL one array parameter, so the statement's text (and
    plan) is the same for any number of ids instead of one placeholder per id."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    # One expanding parameter: SQLAlchemy does not turn each id into an expression.
    return column.in_(bindparam(None, list(ids), type_=Integer, expanding=True))
