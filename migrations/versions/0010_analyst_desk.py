"""The analyst's desk: retracted events, values set by hand, an audited correction log,
and views that describe themselves.

- `event.retracted`: a retracted event stays in the database with its sources and
  reason, and leaves every view. Each view that shows events is recreated as 0002 and
  0005 wrote it, narrowed to the events not retracted (Alembic's "replaceable objects"
  recipe: the earlier SQL is read from the earlier revision's module).
- `event_pin`: values an analyst set (`maritime events set`), kept through reprocessing.
- `correction`: who (`analyst`), what (`change`), which article (`article_id`); an event
  is no longer required (a publication date is set on an article).
- `correction_log`: the log as a BI view.
- Every view is recreated, `timeline` first: Datasette lists views in creation order.
- PostgreSQL: `COMMENT ON` every BI view, its columns and `dim_date`, from the data
  dictionary (`maritime.db.dictionary`), so Metabase and Superset show descriptions.

Adding a column with a constant default rewrites no table on either engine. Downgrade
drops the corrections 0009 cannot hold (those without two events) and the values set.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 12:30:00
"""

from collections.abc import Sequence
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from maritime.db.dictionary import clear_comments, write_comments

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "NOT e.retracted"
# What each of 0002's views gains to leave retracted events out (its SQL ends in FROM/JOIN).
NARROWED = {
    "timeline": f" WHERE {LIVE}",
    "fact_event": f" WHERE {LIVE}",
    "bridge_event_vessel": f" JOIN event e ON e.id = ev.event_id WHERE {LIVE}",
    "bridge_event_article": f" JOIN event e ON e.id = m.event_id WHERE {LIVE}",
}
SUMMARY_0005 = "SELECT ec.summary_id AS summary_event_id, ec.event_id FROM event_cover ec"
SUMMARY = (
    f"{SUMMARY_0005} JOIN event s ON s.id = ec.summary_id JOIN event e ON e.id = ec.event_id "
    f"WHERE NOT s.retracted AND {LIVE}"
)
CORRECTION_LOG = """
    SELECT c.id AS correction_id, c.created_at AS corrected_at, c.analyst, c.action,
           c.event_id, c.other_event_id, c.article_id, c.mention_ids, c.change, c.note
    FROM correction c
"""


def upgrade() -> None:
    bi_views = _revision("0002")
    views = _views_0002(bi_views)
    _drop_views(views)
    op.add_column(
        "event",
        sa.Column("retracted", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.create_table(
        "event_pin",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_pin_event_id_event"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("event_id", "field", name=op.f("pk_event_pin")),
    )
    with op.batch_alter_table("correction") as batch:
        batch.alter_column("event_id", existing_type=sa.Integer(), nullable=True)
        batch.alter_column("other_event_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("article_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("change", sa.String(), nullable=True))
        batch.add_column(sa.Column("analyst", sa.String(), nullable=True))
    for name, body in views.items():
        op.execute(f"CREATE VIEW {name} AS {body}{NARROWED.get(name, '')}")
    op.execute(f"CREATE VIEW bridge_event_summary AS {SUMMARY}")
    op.execute(f"CREATE VIEW correction_log AS {CORRECTION_LOG}")
    if op.get_bind().dialect.name == "postgresql":
        write_comments(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        clear_comments(op.get_bind())  # the views go; dim_date stays
    op.execute("DROP VIEW correction_log")
    views = _views_0002(_revision("0002"))
    _drop_views(views)
    op.execute("DELETE FROM correction WHERE event_id IS NULL OR other_event_id IS NULL")
    with op.batch_alter_table("correction") as batch:
        batch.drop_column("analyst")
        batch.drop_column("change")
        batch.drop_column("article_id")
        batch.alter_column("other_event_id", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("event_id", existing_type=sa.Integer(), nullable=False)
    op.drop_table("event_pin")
    # SQLite drops a column in place (3.35+) once no view names it.
    op.drop_column("event", "retracted")
    for name, body in views.items():
        op.execute(f"CREATE VIEW {name} AS {body}")
    op.execute(f"CREATE VIEW bridge_event_summary AS {SUMMARY_0005}")


def _revision(name: str) -> ModuleType:
    """An earlier migration's module, whose SQL this one narrows or restores."""
    script = op.get_context().script
    assert script is not None
    found = script.get_revision(name)
    assert found is not None
    return found.module


def _views_0002(module: ModuleType) -> dict[str, str]:
    """0002's views as it created them on this engine."""
    aggregate = module.AGGREGATE[op.get_bind().dialect.name]
    parts = {
        "vessel_names": aggregate.format(query=module.EVENT_VESSEL_NAMES),
        "former_names": aggregate.format(query=module.FORMER_NAMES),
        "source_stats": module.SOURCE_STATS,
    }
    return {name: body.format(**parts).rstrip() for name, body in module.VIEWS.items()}


def _drop_views(views: dict[str, str]) -> None:
    op.execute("DROP VIEW bridge_event_summary")
    for name in reversed(views):
        op.execute(f"DROP VIEW {name}")
