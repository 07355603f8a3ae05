"""BI surface: a flat timeline view, a star schema, a calendar table, full-text search.

BI users get views, never raw tables, so the tables can change without breaking
their dashboards. The SQL is written once for both engines; only string
aggregation differs (SQLite's group_concat, PostgreSQL's string_agg). Full-text
search is an FTS5 index kept in sync by triggers on SQLite (Datasette finds it),
GIN expression indexes on PostgreSQL.

A later migration that rebuilds article, mention, event, place, actor or vessel
with batch mode on SQLite must drop these views first and recreate them after.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 09:00:00
"""

from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CALENDAR_FIRST = date(1990, 1, 1)
CALENDAR_LAST = date(2040, 12, 31)

# {names} is an ordered, ' | '-joined list of names from the subquery `named`.
AGGREGATE = {
    "sqlite": "(SELECT group_concat(name, ' | ') FROM ({query}) AS named)",
    "postgresql": "(SELECT string_agg(name, ' | ' ORDER BY name) FROM ({query}) AS named)",
}

EVENT_VESSEL_NAMES = """
    SELECT v.name AS name FROM event_vessel ev JOIN vessel v ON v.id = ev.vessel_id
    WHERE ev.event_id = e.id ORDER BY v.name
"""
FORMER_NAMES = """
    SELECT vn.name AS name FROM vessel_name vn
    WHERE vn.vessel_id = v.id AND vn.name <> v.name ORDER BY vn.name
"""

SOURCE_STATS = """
    (SELECT COUNT(DISTINCT m.article_id) FROM mention m WHERE m.event_id = e.id) AS source_count,
    (SELECT COUNT(*) FROM mention m WHERE m.event_id = e.id) AS mention_count,
    (SELECT MIN(ar.published) FROM mention m JOIN article ar ON ar.id = m.article_id
     WHERE m.event_id = e.id) AS first_reported,
    (SELECT MAX(ar.published) FROM mention m JOIN article ar ON ar.id = m.article_id
     WHERE m.event_id = e.id) AS last_reported
"""

VIEWS: dict[str, str] = {
    "timeline": """
        SELECT e.id, e.type, e.date_start, e.date_end, e.date_precision, e.date_phrase,
               p.name AS place_name, p.lat, p.lon, p.precision AS place_precision,
               e.place_phrase, a.name AS actor, a.country AS actor_country,
               {vessel_names} AS vessel_names, e.target_type, e.vessel_count, e.killed,
               {source_stats},
               (SELECT m.sentence FROM mention m JOIN article ar ON ar.id = m.article_id
                WHERE m.event_id = e.id
                ORDER BY ar.published IS NULL, ar.published, ar.id, m.sentence_start
                LIMIT 1) AS evidence,
               e.confidence
        FROM event e
        LEFT JOIN place p ON p.id = e.place_id
        LEFT JOIN actor a ON a.id = e.actor_id
    """,
    "fact_event": """
        SELECT e.id AS event_id, e.type, e.date_start, e.date_end, e.date_precision,
               e.place_id, e.actor_id, e.target_type, e.vessel_count, e.killed,
               {source_stats}, e.confidence
        FROM event e
    """,
    "dim_vessel": """
        SELECT v.id AS vessel_id, v.name, {former_names} AS former_names, v.imo, v.mmsi,
               v.flag, v.vessel_type
        FROM vessel v
    """,
    "dim_actor": """
        SELECT a.id AS actor_id, a.name, a.kind, a.country FROM actor a
    """,
    "dim_place": """
        SELECT p.id AS place_id, p.name, p.kind, p.precision, p.lat, p.lon,
               p.south, p.west, p.north, p.east, p.country, p.resolved_by
        FROM place p
    """,
    "dim_article": """
        SELECT ar.id AS article_id, ar.uri, ar.url, ar.source, ar.title, ar.published,
               ar.dateline, ar.format, ar.ingested_at,
               CASE WHEN EXISTS (SELECT 1 FROM article newer
                                 WHERE newer.previous_version_id = ar.id)
                    THEN 0 ELSE 1 END AS is_latest
        FROM article ar
    """,
    "bridge_event_vessel": """
        SELECT ev.event_id, ev.vessel_id, ev.role FROM event_vessel ev
    """,
    "bridge_event_article": """
        SELECT m.id AS mention_id, m.event_id, m.article_id, m.sentence, m.date_start,
               m.date_end, m.date_precision, m.date_phrase, m.date_basis, m.place_phrase
        FROM mention m
    """,
}

SQLITE_FTS = {
    "article_fts": ("article", ("title", "text")),
    "mention_fts": ("mention", ("sentence",)),
}
PG_FTS_INDEXES = {
    "ix_article_fts": ("article", "coalesce(title, '') || ' ' || text"),
    "ix_mention_fts": ("mention", "sentence"),
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    aggregate = AGGREGATE[dialect]
    parts = {
        "vessel_names": aggregate.format(query=EVENT_VESSEL_NAMES),
        "former_names": aggregate.format(query=FORMER_NAMES),
        "source_stats": SOURCE_STATS,
    }
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body.format(**parts)}")
    create_calendar()
    if dialect == "sqlite":
        create_sqlite_fts()
    else:
        for index, (table, expression) in PG_FTS_INDEXES.items():
            op.execute(
                f"CREATE INDEX {index} ON {table} USING gin (to_tsvector('english', {expression}))"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts in SQLITE_FTS:
            for action in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{action}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    else:
        for index in PG_FTS_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {index}")
    op.drop_table("dim_date")
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def create_calendar() -> None:
    """A real table, not a generated view: Power BI and Tableau want a marked date table."""
    calendar = op.create_table(
        "dim_date",
        sa.Column("date", sa.Date(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("month_name", sa.String(9), nullable=False),
        sa.Column("year_month", sa.String(7), nullable=False),
        sa.Column("iso_year", sa.Integer(), nullable=False),
        sa.Column("iso_week", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("day_of_week", sa.Integer(), nullable=False),
        sa.Column("day_name", sa.String(9), nullable=False),
        sa.Column("is_weekend", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("date", name="pk_dim_date"),
    )
    rows = calendar_rows(CALENDAR_FIRST, CALENDAR_LAST)
    bind = None if op.get_context().as_sql else op.get_bind()
    if bind is None or bind.dialect.name != "sqlite":
        op.bulk_insert(calendar, rows)
        return
    # Every new SQLite file builds this table at start-up: the driver's executemany of the
    # values SQLAlchemy would bind there (ISO dates, 0/1) costs a fraction of a Core insert.
    columns = [column.name for column in calendar.columns]
    bind.exec_driver_sql(
        f"INSERT INTO dim_date ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [tuple(_sqlite_value(row[name]) for name in columns) for row in rows],
    )


def _sqlite_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    return int(value) if isinstance(value, bool) else value


def calendar_rows(first: date, last: date) -> list[dict[str, object]]:
    """One row per day; month and day names read once (strftime, so in the locale's words)."""
    months = {month: date(2000, month, 1).strftime("%B") for month in range(1, 13)}
    monday = date(2000, 1, 3)
    weekdays = {n + 1: (monday + timedelta(n)).strftime("%A") for n in range(7)}
    rows = []
    for n in range((last - first).days + 1):
        day = first + timedelta(n)
        iso_year, iso_week, weekday = day.isocalendar()
        rows.append(
            {
                "date": day,
                "year": day.year,
                "quarter": (day.month - 1) // 3 + 1,
                "month": day.month,
                "month_name": months[day.month],
                "year_month": f"{day.year:04d}-{day.month:02d}",
                "iso_year": iso_year,
                "iso_week": iso_week,
                "week_start": day - timedelta(days=weekday - 1),
                "day": day.day,
                "day_of_week": weekday,
                "day_name": weekdays[weekday],
                "is_weekend": weekday >= 6,
            }
        )
    return rows


def create_sqlite_fts() -> None:
    """External-content FTS5 tables (no copy of the text), synced by triggers."""
    for fts, (table, columns) in SQLITE_FTS.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        remove = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        add = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
        op.execute(
            f'CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content="{table}", content_rowid="id")'
        )
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} "
            f"BEGIN {remove} {add} END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
