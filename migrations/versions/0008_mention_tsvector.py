"""Mention sentences parsed once, when stored: a generated `tsvector` column (PostgreSQL).

0002's GIN index on `to_tsvector('english', sentence)` finds matching mentions, but
every other test of a sentence parsed it again, about 20 µs each: the timeline's walk
by date for common words, the recheck of each match read through the index, the sample
that estimates how common the words are. `sentence_tsv` holds the parse, kept by
PostgreSQL itself (writers never name it), and the GIN index moves onto it under the
same name, so the test is a read.

SQLite is left as it is: FTS5 (0002) already answers from its own index. Upgrading
rewrites the mention table, locked meanwhile (20 s for a million mentions on 2 cores),
and leaves its visibility map empty: a `VACUUM mention` afterwards restores index-only
scans, which autovacuum would not do until many rows have changed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0002's expression; `sentence` is NOT NULL, so the parse is never NULL.
PARSED = "to_tsvector('english', sentence)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Dropped first: the rewrite below would otherwise rebuild it, parsing every sentence.
    op.execute("DROP INDEX ix_mention_fts")
    op.execute(
        "ALTER TABLE mention ADD COLUMN sentence_tsv tsvector "
        f"GENERATED ALWAYS AS ({PARSED}) STORED"
    )
    op.execute("CREATE INDEX ix_mention_fts ON mention USING gin (sentence_tsv)")
    op.execute("ANALYZE mention")  # the new column has no statistics until then


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_mention_fts")
    op.execute("ALTER TABLE mention DROP COLUMN sentence_tsv")
    op.execute(f"CREATE INDEX ix_mention_fts ON mention USING gin ({PARSED})")
