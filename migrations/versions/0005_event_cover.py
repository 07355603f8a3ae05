"""Summaries linked to the specific incidents they cover, and the BI view of the link.

A new table and a new view only, so existing tables, views and triggers are untouched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 10:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_cover",
        sa.Column("summary_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["summary_id"],
            ["event.id"],
            name=op.f("fk_event_cover_summary_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_cover_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("summary_id", "event_id", name=op.f("pk_event_cover")),
    )
    op.create_index(op.f("ix_event_cover_event_id"), "event_cover", ["event_id"], unique=False)
    op.execute(
        "CREATE VIEW bridge_event_summary AS "
        "SELECT ec.summary_id AS summary_event_id, ec.event_id FROM event_cover ec"
    )


def downgrade() -> None:
    op.execute("DROP VIEW bridge_event_summary")
    op.drop_index(op.f("ix_event_cover_event_id"), table_name="event_cover")
    op.drop_table("event_cover")
