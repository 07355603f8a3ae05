"""Indexes for timelines over a million events: date windows, places, vessel-name substrings.

- `ix_event_span` indexes each event's length in days, so the longest one is a single
  index step away. `--since` keeps events whose end (or start) is on or after the day,
  which no index can serve; with the longest span known, `date_start >= since - span`
  is implied by it, and the date-ordered walk starts at the window instead of at the
  first event ever recorded.
- `ix_event_place_date` serves `--near` with a date window: the events at the few
  places near the point, in the window, straight from the index, where walking every
  event of the window in date order read each one's row for its place.
- Vessel names by substring (`--vessel`): on SQLite an FTS5 table with the trigram
  tokenizer over `vessel_name.name` (external content, kept in sync by triggers like
  0002's), on PostgreSQL a pg_trgm GIN index on `lower(name)`. Where the pg_trgm
  extension cannot be created, the index is left out and substring search scans as
  before.

Plain CREATE/DROP on both engines: no table is rebuilt, so 0002's views stay. Downgrade
leaves the pg_trgm extension in place: other objects may use it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 12:40:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# An event's length in days, as each engine stores dates (ISO text on SQLite).
SPAN = {
    "sqlite": "julianday(date_end) - julianday(date_start)",
    "postgresql": "(date_end - date_start)",
}
NAME_FTS = "vessel_name_fts"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(f"CREATE INDEX ix_event_span ON event ({SPAN[dialect]})")
    op.create_index("ix_event_place_date", "event", ["place_id", "date_start", "date_end"])
    if dialect == "sqlite":
        create_name_trigrams()
    elif has_pg_trgm():
        op.execute(
            "CREATE INDEX ix_vessel_name_trgm ON vessel_name USING gin (lower(name) gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {NAME_FTS}_{action}")
        op.execute(f"DROP TABLE IF EXISTS {NAME_FTS}")
    else:
        op.execute("DROP INDEX IF EXISTS ix_vessel_name_trgm")
    op.drop_index("ix_event_place_date", table_name="event")
    op.execute("DROP INDEX IF EXISTS ix_event_span")


def create_name_trigrams() -> None:
    """Every three-character run of every vessel name, case folded, pointing at its row."""
    remove = f"INSERT INTO {NAME_FTS}({NAME_FTS}, rowid, name) VALUES ('delete', old.id, old.name);"
    add = f"INSERT INTO {NAME_FTS}(rowid, name) VALUES (new.id, new.name);"
    op.execute(
        f"CREATE VIRTUAL TABLE {NAME_FTS} USING fts5("
        "name, content='vessel_name', content_rowid='id', tokenize='trigram')"
    )
    op.execute(f"CREATE TRIGGER {NAME_FTS}_insert AFTER INSERT ON vessel_name BEGIN {add} END")
    op.execute(f"CREATE TRIGGER {NAME_FTS}_delete AFTER DELETE ON vessel_name BEGIN {remove} END")
    op.execute(
        f"CREATE TRIGGER {NAME_FTS}_update AFTER UPDATE OF name ON vessel_name "
        f"BEGIN {remove} {add} END"
    )
    op.execute(f"INSERT INTO {NAME_FTS}({NAME_FTS}) VALUES ('rebuild')")


def has_pg_trgm() -> bool:
    """pg_trgm installed or installable here; a refusal must not abort the migration."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return False
    return True
