"""Merge reasons: why each telling joined its event, kept on the telling.

- `mention.merge_rule`: 'new' (the telling started its event), 'analyst' (pinned by
  an analyst's merge or split), or the matching rule that found the incident already
  stored ('same vessel', 'named and unnamed ship', 'same toll', ...).
- `mention.merge_fields`: the fields both tellings stated and agreed on.
- `bridge_event_article` shows both, so BI can audit merges.

Tellings stored before this revision have no reason (NULL) until `maritime reprocess`
reads them again. Adding nullable columns rewrites no table on either engine; SQLite
drops them in place (3.35+) once the view no longer names them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 15:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from maritime.db.dictionary import write_comments

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BRIDGE = """
    SELECT m.id AS mention_id, m.event_id, m.article_id, m.sentence, m.date_start,
           m.date_end, m.date_precision, m.date_phrase, m.date_basis, m.place_phrase,
           m.merge_rule, m.merge_fields
    FROM mention m JOIN event e ON e.id = m.event_id WHERE NOT e.retracted
"""


def upgrade() -> None:
    op.execute("DROP VIEW bridge_event_article")
    op.add_column("mention", sa.Column("merge_rule", sa.String(), nullable=True))
    op.add_column("mention", sa.Column("merge_fields", sa.String(), nullable=True))
    op.execute(f"CREATE VIEW bridge_event_article AS {BRIDGE}")
    if op.get_bind().dialect.name == "postgresql":
        write_comments(op.get_bind())


def downgrade() -> None:
    op.execute("DROP VIEW bridge_event_article")
    op.drop_column("mention", "merge_fields")
    op.drop_column("mention", "merge_rule")
    script = op.get_context().script
    assert script is not None
    desk = script.get_revision("0010").module  # type: ignore[union-attr]
    body = desk._views_0002(desk._revision("0002"))["bridge_event_article"]
    op.execute(f"CREATE VIEW bridge_event_article AS {body}{desk.NARROWED['bridge_event_article']}")
    if op.get_bind().dialect.name == "postgresql":
        write_comments(op.get_bind())
