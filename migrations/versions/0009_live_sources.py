"""Live sources: the feeds maritime watches and a log of what it fetched.

New tables only, so existing tables, views and triggers are untouched on SQLite.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-14 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", _TEXT(), nullable=False),
        sa.Column("title", _TEXT(), nullable=True),
        sa.Column("etag", _TEXT(), nullable=True),
        sa.Column("last_modified", _TEXT(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_polled", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_new_item", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failures_in_a_row", sa.Integer(), nullable=False),
        sa.Column("last_error", _TEXT(), nullable=True),
        sa.Column("next_poll", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_owner", _TEXT(), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed")),
        sa.UniqueConstraint("url", name=op.f("uq_feed_url")),
    )
    op.create_table(
        "fetch_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", _TEXT(), nullable=False),
        sa.Column("kind", _TEXT(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("final_url", _TEXT(), nullable=True),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("error", _TEXT(), nullable=True),
        sa.Column("etag", _TEXT(), nullable=True),
        sa.Column("last_modified", _TEXT(), nullable=True),
        sa.Column("content_hash", _TEXT(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["feed_id"], ["feed.id"], name=op.f("fk_fetch_log_feed_id_feed"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_fetch_log_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fetch_log")),
    )
    op.create_index(op.f("ix_fetch_log_url"), "fetch_log", ["url"], unique=False)
    op.create_index(op.f("ix_fetch_log_feed_id"), "fetch_log", ["feed_id"], unique=False)
    op.create_index(op.f("ix_fetch_log_article_id"), "fetch_log", ["article_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_fetch_log_article_id"), table_name="fetch_log")
    op.drop_index(op.f("ix_fetch_log_feed_id"), table_name="fetch_log")
    op.drop_index(op.f("ix_fetch_log_url"), table_name="fetch_log")
    op.drop_table("fetch_log")
    op.drop_table("feed")
