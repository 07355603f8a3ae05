"""`timeline --text`: events with a mention whose sentence has every word, planned by how
common the words are.

A timeline is ordered by date and usually limited. For rare words the cheapest way is
the index's: fetch the few matching mentions and sort their events ("list"). For common
words it is the timeline's own: walk events in date order and keep those with a matching
mention until the limit is reached, a few hundred steps when a word is in one sentence
of five ("walk"). Either plan alone fails badly on the other kind of word: a common word
made SQLite fetch and sort a quarter of a million mentions, a rare one made PostgreSQL
walk every event (seconds, at a million events).

How common is read from the index itself on SQLite (how far into the mentions the
thousandth match lies), from a sample of a few hundred sentences on PostgreSQL. Every
plan asks the same question of the same index: the choice changes the time, not the answer.

On SQLite the walk tests each event's mentions against the set of matching mentions,
gathered once ("set"), or, for the most common words, asks FTS5 about each mention
("probe"). FTS5 answers that quickly only for whole words, so a word (read as a word
prefix, `"word"*`) is first spelled out as the indexed words it begins, when they are few.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    column,
    exists,
    false,
    func,
    literal,
    literal_column,
    select,
    table,
    tablesample,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.util import ClauseAdapter
from sqlmodel import Session

from maritime.db import models
from maritime.query.rows import among
from maritime.query.search import has_table, matching_ids, pg_matches, words

FTS = "mention_fts"
# fts5vocab over the mention index, one row per occurrence: the first row at or after a
# word is one index lookup away, however common the word.
TERMS = "mention_fts_terms"
# A prefix that begins more indexed words than this stays a prefix.
MAX_SPELLED = 16
# Matches read to estimate how common the words are (SQLite); sentences sampled on
# PostgreSQL, whose stored parses (migration 0008) are tested.
SAMPLE = 1000
PG_SAMPLE = 300
# Rough costs in microseconds at a million mentions (SQLite): per matching mention fetched
# with its event (list), per one gathered into the temporary set (set), per event walked
# (set), and per FTS5 lookup of one mention and one word (probe).
LIST_US = 5.0
GATHER_US = 0.15
STEP_US = 1.5
PROBE_US = 40.0
# PostgreSQL: per matching mention read through the GIN index with its event, and per
# event walked, whose mentions' stored parses are tested (25 µs when parsed again).
PG_LIST_US = 7.0
PG_WALK_US = 5.0


@dataclass(frozen=True)
class Plan:
    """How to find the events: "list" (matches first), "set" or "probe" (walk by date)."""

    kind: str
    match: str  # the FTS5 expression (SQLite); the query's words otherwise


def has_text(session: Session, query: str, limit: int | None) -> Any:
    """A condition on `event`: some mention of the event has every word of `query`."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and words(query) and has_table(session, FTS):
        return sqlite_condition(plan_sqlite(session, query, limit))
    if dialect == "postgresql" and words(query):
        return pg_condition(session, plan_pg(session, query, limit))
    mentions = select(models.Mention.event_id).where(
        models.Mention.id.in_(matching_ids(session, "mention", query))  # type: ignore[union-attr]
    )
    return models.Event.id.in_(mentions)  # type: ignore[union-attr]


def plan_sqlite(session: Session, query: str, limit: int | None, force: str = "") -> Plan:
    """The cheapest plan for `query` here; `force` names one regardless of cost (tests)."""
    found = words(query)
    spelled = spelled_out(session, found)
    match = spelled if spelled is not None else " ".join(f'"{w}"*' for w in found)
    if force:
        if force == "probe" and spelled is None:
            raise ValueError(f"{query!r} cannot be spelled out as whole words")
        return Plan(force, match)
    if not limit:
        return Plan("list", match)
    total = session.execute(text("SELECT max(id) FROM mention")).scalar() or 1
    index = table(FTS, column("rowid"))
    first = select(index.c.rowid).where(literal_column(FTS).op("MATCH")(match))
    first = first.limit(SAMPLE).subquery()
    count, last = session.execute(select(func.count(), func.max(first.c.rowid))).one()
    # Matches are spread over mention ids: the SAMPLE-th one's id tells their density.
    matches = count if count < SAMPLE else SAMPLE * total / max(last, 1)
    costs = {"list": matches * LIST_US}
    walk = limit * total / max(matches, 1)
    costs["set"] = matches * GATHER_US + walk * STEP_US
    if spelled is not None:
        costs["probe"] = walk * PROBE_US * spelled.count('"') / 2  # one lookup per word
    return Plan(min(costs, key=costs.__getitem__), match)


def sqlite_condition(plan: Plan) -> Any:
    mention = models.Mention
    index = table(FTS, column("rowid"))
    matches = literal_column(FTS).op("MATCH")(plan.match)
    found = select(index.c.rowid).where(matches)
    if plan.kind == "list":
        return models.Event.id.in_(select(mention.event_id).where(mention.id.in_(found)))  # type: ignore[union-attr]
    if plan.kind == "set":
        # `+ 0`: a membership test per mention, not a search of the set per event.
        return _mention_exists((mention.id + 0).in_(found))  # type: ignore[operator]
    return _mention_exists(exists(select(literal(1)).where(matches, index.c.rowid == mention.id)))


def _mention_exists(condition: Any, per_event: bool = False) -> Any:
    """Some mention of the event meets `condition`; `per_event` keeps it a test run for
    each event in turn (PostgreSQL: `OFFSET 0` stops it being made a join)."""
    mention = models.Mention
    mentions = select(literal(1)).where(mention.event_id == models.Event.id, condition)
    return exists(mentions.offset(0) if per_event else mentions)


def spelled_out(session: Session, found: list[str]) -> str | None:
    """`"w1"* "w2"*` as whole indexed words, `("w1" OR "w1s") AND ("w2")`; None when a
    word is not plain ASCII (the tokenizer may fold it) or begins too many words."""
    if not all(word.isascii() and word.isalnum() for word in found):
        return None
    if not _vocabulary(session):
        return None
    groups = []
    for word in found:
        terms = _terms_beginning(session, word)
        if terms is None:
            return None
        if not terms:
            return '""'  # a word that begins no indexed word: no sentence matches
        groups.append("(" + " OR ".join(f'"{t}"' for t in terms) + ")")
    return " AND ".join(groups)


def _vocabulary(session: Session) -> bool:
    """The word list of the mention index, as a table of this connection's own (temp);
    False where the connection may not create one (a read-only database)."""
    vocabulary = f"fts5vocab(main, {FTS}, instance)"
    try:
        with session.begin_nested():
            create = f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{TERMS} USING {vocabulary}"
            session.execute(text(create))
    except OperationalError:
        return False
    return True


def _terms_beginning(session: Session, word: str) -> list[str] | None:
    """Indexed words that begin with `word`, in order; None when more than MAX_SPELLED."""
    after = word[:-1] + chr(ord(word[-1]) + 1)  # the first string past every word[...]
    nearest = text(f"SELECT term FROM temp.{TERMS} WHERE term >= :low AND term < :high LIMIT 1")
    terms: list[str] = []
    low = word
    while len(terms) <= MAX_SPELLED:
        term = session.execute(nearest, {"low": low, "high": after}).scalar()
        if term is None:
            return terms
        terms.append(term)
        low = term + "\0"  # the first string past this word and all its occurrences
    return None


def plan_pg(session: Session, query: str, limit: int | None, force: str = "") -> Plan:
    """How to answer `query` on PostgreSQL; `force` names a plan regardless (tests).

    "walk" tests events in date order; "ids" fetches the events of the few matching
    mentions first, "list" leaves that to PostgreSQL (no limit: it joins them all).
    PostgreSQL's own estimate for a prefix query is a constant share of the rows, so it
    walked every event for a word no sentence has; a sample of sentences tells better."""
    if force or not limit:
        return Plan(force or "list", query)
    total = session.execute(text("SELECT max(id) FROM mention")).scalar() or 1
    share = min(100.0, 100.0 * PG_SAMPLE / total)
    # Whole pages at random (REPEATABLE: the same pages, so the same plan, every time).
    sample = tablesample(models.Mention.__table__, share, name="mention", seed=literal(7))
    condition = ClauseAdapter(sample).traverse(pg_matches("mention", words(query)))
    hits = session.execute(select(func.count()).select_from(sample).where(condition)).scalar()
    matches = (hits or 0) * 100.0 / share
    walk = limit * total / max(matches, 1)
    return Plan("ids" if matches * PG_LIST_US < walk * PG_WALK_US else "walk", query)


def pg_condition(session: Session, plan: Plan) -> Any:
    condition = pg_matches("mention", words(plan.match))
    if plan.kind == "walk":
        # As a semi join PostgreSQL hashed every match of words it took for rare (it
        # rates any prefix at 2 % of rows) or split the walk over parallel workers,
        # whose start cost more than the walk: 80 and 45 ms where the walk takes 20 and 10.
        return _mention_exists(condition, per_event=True)
    found = select(models.Mention.event_id).where(condition)
    if plan.kind == "list":
        return models.Event.id.in_(found)  # type: ignore[union-attr]
    # By id: with the subquery in SQL, PostgreSQL could still choose to walk every event
    # in date order and test each one.
    ids = list(session.execute(found.distinct()).scalars())
    return among(session, models.Event.id, ids) if ids else false()
