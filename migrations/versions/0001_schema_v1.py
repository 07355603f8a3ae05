"""Schema v1: articles, events and their mentions, actors, vessels, places, geocode cache.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 06:34:55.450562
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "actor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor")),
        sa.UniqueConstraint("name", name=op.f("uq_actor_name")),
    )
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_country"), ["country"], unique=False)

    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uri", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("locator", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_origin", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("dateline", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("format", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("previous_version_id", sa.Integer(), nullable=True),
        sa.Column("extractor_version", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["previous_version_id"],
            ["article.id"],
            name=op.f("fk_article_previous_version_id_article"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_article_content_hash")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_previous_version_id"), ["previous_version_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_article_published"), ["published"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_uri"), ["uri"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_locator"), ["locator"], unique=False)

    op.create_table(
        "geocode_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("query", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("found", sa.Boolean(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("precision", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_geocode_cache")),
        sa.UniqueConstraint("provider", "query", name="uq_geocode_cache_provider_query"),
    )
    op.create_table(
        "place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("precision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("south", sa.Float(), nullable=True),
        sa.Column("west", sa.Float(), nullable=True),
        sa.Column("north", sa.Float(), nullable=True),
        sa.Column("east", sa.Float(), nullable=True),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("resolved_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
        sa.UniqueConstraint("key", name=op.f("uq_place_key")),
    )
    op.create_table(
        "vessel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("imo", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("mmsi", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("flag", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("vessel_type", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vessel")),
        sa.UniqueConstraint("imo", name=op.f("uq_vessel_imo")),
        sa.UniqueConstraint("mmsi", name=op.f("uq_vessel_mmsi")),
    )
    with op.batch_alter_table("vessel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vessel_name"), ["name"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("date_phrase", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("place_phrase", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("target_type", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("vessel_count", sa.Integer(), nullable=True),
        sa.Column("killed", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("extractor_version", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_event_actor_id_actor"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_event_place_id_place"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_date_start"), ["date_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_place_id"), ["place_id"], unique=False)
        batch_op.create_index(
            "ix_event_type_date", ["type", "date_start", "date_end"], unique=False
        )

    op.create_table(
        "vessel_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vessel_id", sa.Integer(), nullable=False),
        sa.Column("flag", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_vessel_flag_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["vessel_id"],
            ["vessel.id"],
            name=op.f("fk_vessel_flag_vessel_id_vessel"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vessel_flag")),
        sa.UniqueConstraint("vessel_id", "flag", name="uq_vessel_flag_vessel_id_flag"),
    )
    with op.batch_alter_table("vessel_flag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vessel_flag_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vessel_flag_vessel_id"), ["vessel_id"], unique=False)

    op.create_table(
        "vessel_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vessel_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_vessel_name_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["vessel_id"],
            ["vessel.id"],
            name=op.f("fk_vessel_name_vessel_id_vessel"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vessel_name")),
        sa.UniqueConstraint("vessel_id", "name", name="uq_vessel_name_vessel_id_name"),
    )
    with op.batch_alter_table("vessel_name", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vessel_name_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vessel_name_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_vessel_name_vessel_id"), ["vessel_id"], unique=False)

    op.create_table(
        "event_vessel",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("vessel_id", sa.Integer(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_vessel_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vessel_id"],
            ["vessel.id"],
            name=op.f("fk_event_vessel_vessel_id_vessel"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "vessel_id", name=op.f("pk_event_vessel")),
    )
    with op.batch_alter_table("event_vessel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_vessel_vessel_id"), ["vessel_id"], unique=False)

    op.create_table(
        "mention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("date_phrase", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("date_basis", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("place_phrase", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("actor_country", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("vessel_names", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("target_type", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("vessel_count", sa.Integer(), nullable=True),
        sa.Column("killed", sa.Integer(), nullable=True),
        sa.Column("extractor_version", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_mention_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_mention_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_mention_place_id_place"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention")),
        sa.UniqueConstraint(
            "article_id",
            "event_id",
            "evidence_start",
            "evidence_end",
            name="uq_mention_article_id_span",
        ),
    )
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mention_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mention_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mention_place_id"), ["place_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mention_place_id"))
        batch_op.drop_index(batch_op.f("ix_mention_event_id"))
        batch_op.drop_index(batch_op.f("ix_mention_article_id"))

    op.drop_table("mention")
    with op.batch_alter_table("event_vessel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_vessel_vessel_id"))

    op.drop_table("event_vessel")
    with op.batch_alter_table("vessel_name", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vessel_name_vessel_id"))
        batch_op.drop_index(batch_op.f("ix_vessel_name_name"))
        batch_op.drop_index(batch_op.f("ix_vessel_name_article_id"))

    op.drop_table("vessel_name")
    with op.batch_alter_table("vessel_flag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vessel_flag_vessel_id"))
        batch_op.drop_index(batch_op.f("ix_vessel_flag_article_id"))

    op.drop_table("vessel_flag")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_type_date")
        batch_op.drop_index(batch_op.f("ix_event_place_id"))
        batch_op.drop_index(batch_op.f("ix_event_date_start"))
        batch_op.drop_index(batch_op.f("ix_event_actor_id"))

    op.drop_table("event")
    with op.batch_alter_table("vessel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vessel_name"))

    op.drop_table("vessel")
    op.drop_table("place")
    op.drop_table("geocode_cache")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_locator"))
        batch_op.drop_index(batch_op.f("ix_article_uri"))
        batch_op.drop_index(batch_op.f("ix_article_source"))
        batch_op.drop_index(batch_op.f("ix_article_published"))
        batch_op.drop_index(batch_op.f("ix_article_previous_version_id"))

    op.drop_table("article")
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_country"))

    op.drop_table("actor")
