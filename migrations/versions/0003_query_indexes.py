"""Indexes for timelines over a million events: chronological order and nearby places.

The timeline walks events in (date_start, date_end, id) order and stops at --limit,
which needs an index in exactly that order (it replaces the date_start-only one, a
prefix of it). Place search narrows candidates by latitude and longitude first.
Plain CREATE/DROP INDEX on both engines: no table is rebuilt, so 0002's views stay.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 07:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_event_date_start", table_name="event")
    op.create_index("ix_event_chronology", "event", ["date_start", "date_end", "id"])
    op.create_index("ix_place_lat_lon", "place", ["lat", "lon"])


def downgrade() -> None:
    op.drop_index("ix_place_lat_lon", table_name="place")
    op.drop_index("ix_event_chronology", table_name="event")
    op.create_index("ix_event_date_start", "event", ["date_start"])
