"""Alembic environment: one URL resolver shared with the CLI, batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from maritime.config import database_url
from maritime.db import models
from maritime.db.bi import include_object
from maritime.db.engine import create_db_engine

config = context.config
target_metadata = models.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two processes migrating one database at once would race on CREATE TABLE.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7226483)")
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or database_url()
    engine = create_db_engine(url)
    with engine.begin() as conn:
        run_migrations(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
