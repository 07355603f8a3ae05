"""Full-text search with the same meaning everywhere: every word occurs (as a word prefix).

SQLite uses the FTS5 tables and PostgreSQL the GIN indexes of migration 0002 (for
mentions, on the parsed sentences stored by 0008); a database without them (or a query
with no words) falls back to LIKE on each word, which is slower and a little more
lenient (it also matches inside words).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select, text
from sqlmodel import Session

from maritime.db import models

WORD = re.compile(r"[^\W_]+")

# target -> (FTS5 table, PostgreSQL tsvector indexed by GIN, columns for LIKE). A mention's
# is stored (0008): testing it is a read, where parsing the sentence again took 20 µs.
TARGETS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "mention": ("mention_fts", "mention.sentence_tsv", ("sentence",)),
    "article": (
        "article_fts",
        "to_tsvector('english', coalesce(article.title, '') || ' ' || article.text)",
        ("title", "text"),
    ),
}
MODELS: dict[str, Any] = {"mention": models.Mention, "article": models.Article}


def words(query: str) -> list[str]:
    return [w.lower() for w in WORD.findall(query)]


def matching_ids(session: Session, target: str, query: str) -> Any:
    """A subquery of `target` ids (mention or article) whose text has every word of `query`."""
    fts_table = TARGETS[target][0]
    model = MODELS[target]
    found = words(query)
    dialect = session.get_bind().dialect.name
    if found and dialect == "sqlite" and has_table(session, fts_table):
        match = " ".join(f'"{w}"*' for w in found)
        return (
            select(literal_column("rowid"))
            .select_from(text(fts_table))
            .where(literal_column(fts_table).op("MATCH")(match))
        )
    if found and dialect == "postgresql":
        return select(model.id).where(pg_matches(target, found))
    return select(model.id).where(_like(target, found or [query]))


def pg_matches(target: str, found: list[str]) -> Any:
    """PostgreSQL's test that a `target` row has every word (as a prefix), as a condition."""
    tsquery = func.to_tsquery(literal_column("'english'"), " & ".join(f"{w}:*" for w in found))
    document = literal_column(TARGETS[target][1])
    # Stop words alone ("the", "of") make an empty query that matches nothing.
    return or_(document.op("@@")(tsquery), and_(func.numnode(tsquery) == 0, _like(target, found)))


def _like(target: str, needles: list[str]) -> Any:
    model = MODELS[target]
    columns = [func.coalesce(getattr(model, c), "") for c in TARGETS[target][2]]
    haystack = columns[0]
    for column in columns[1:]:
        haystack = haystack + " " + column
    return and_(*(func.lower(haystack).contains(n.lower(), autoescape=True) for n in needles))


def has_table(session: Session, name: str) -> bool:
    found = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": name}
    )
    return found.first() is not None
