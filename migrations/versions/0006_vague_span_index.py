"""A partial index over vaguely dated events, the only ones that can be summaries.

Every stored article asks which summaries span its incidents; without this index that
question scanned every event of the type, so ingest slowed as the database grew.
The condition is written in literals: a query repeating it word for word may use the
index on SQLite and PostgreSQL alike.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VAGUE = "coalesce(date_precision, '') NOT IN ('day', 'week')"


def upgrade() -> None:
    op.create_index(
        "ix_event_vague_span",
        "event",
        ["type", "date_start", "date_end"],
        unique=False,
        sqlite_where=sa.text(VAGUE),
        postgresql_where=sa.text(VAGUE),
    )


def downgrade() -> None:
    op.drop_index("ix_event_vague_span", table_name="event")
