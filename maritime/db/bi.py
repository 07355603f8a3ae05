"""What BI tools see (views and the calendar table), and a PostgreSQL role that sees only that.

Dashboards read views, never raw tables, so tables can change under them; the
reader role makes that a guarantee rather than a convention.
"""

from __future__ import annotations

from typing import Any

from maritime.db.dictionary import VIEWS
from maritime.db.engine import is_sqlite, open_database
from maritime.errors import DatabaseError

# Created by migrations (0002_bi_views, 0005_event_cover, 0010) but not ORM models; the
# data dictionary describes each.
BI_TABLES = ("dim_date",)
BI_VIEWS = tuple(name for name in VIEWS if name not in BI_TABLES)
FTS_TABLES = ("article_fts", "mention_fts", "vessel_name_fts")
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
FTS_INDEXES = ("ix_article_fts", "ix_mention_fts")
# PostgreSQL's stored parse of mention.sentence (0008): the database writes it, so the
# model leaves it out and no insert can name it.
FTS_COLUMNS = ("sentence_tsv",)


class RoleError(DatabaseError):
    """A reader role cannot be made here; the message says what to do instead."""


def is_unmodelled(name: str | None) -> bool:
    """Objects migrations create outside models.py, which autogenerate must not drop."""
    if name is None:
        return False
    fts = any(name == t or name in {t + s for s in FTS_SHADOW_SUFFIXES} for t in FTS_TABLES)
    return fts or name in (*BI_VIEWS, *BI_TABLES, *FTS_INDEXES, *FTS_COLUMNS)


def include_object(
    _obj: Any, name: str | None, _type: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic's filter (env.py and the models-match test): skip what is_unmodelled names."""
    return not (reflected and compare_to is None and is_unmodelled(name))


def create_reader_role(url: str, role: str, password: str | None = None) -> list[str]:
    """Create (or update) a login role that can SELECT the BI views and nothing else.

    Views are dropped and recreated by migrations, which drops their grants:
    run this again after an upgrade. Returns the objects granted.
    """
    if is_sqlite(url):
        raise RoleError(
            "roles don't apply to SQLite: give readers the file and open it read-only "
            "(e.g. sqlite3 'file:maritime.db?mode=ro' or datasette --immutable maritime.db)"
        )
    if not role.strip():
        raise RoleError("reader role name is empty; pass a name, e.g. maritime db reader bi_reader")
    # psycopg is PostgreSQL's driver: imported here, on the one path that needs it,
    # so SQLite users do not pay for loading it (0.17 s) on every command.
    import psycopg
    from psycopg import sql

    granted = [*BI_VIEWS, *BI_TABLES]
    engine = open_database(url)  # the views must exist before they are granted
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        name = sql.Identifier(role)
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        verb = "ALTER" if cursor.fetchone() else "CREATE"
        login = sql.SQL("{} ROLE {} LOGIN").format(sql.SQL(verb), name)
        if password is not None:
            login = sql.SQL("{} PASSWORD {}").format(login, sql.Literal(password))
        cursor.execute(login)
        cursor.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(raw.driver_connection.info.dbname), name
            )
        )
        cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(name))
        cursor.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(name))
        cursor.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"))
        cursor.execute(
            sql.SQL("GRANT SELECT ON {} TO {}").format(
                sql.SQL(", ").join(sql.Identifier(g) for g in granted), name
            )
        )
        raw.commit()
    except psycopg.Error as exc:
        raw.rollback()
        message = str(exc).strip().splitlines()[0]
        raise RoleError(f"cannot set up reader role {role!r}: {message}") from exc
    finally:
        raw.close()
        engine.dispose()
    return granted
