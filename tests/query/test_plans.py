"""However the timeline is planned, the answer is the one a plain query gives.

`--text` picks among several plans by how common the words are, `--since` starts the
date walk at a bound worked out from the longest event, `--vessel` narrows names through
a trigram index. These tests force each plan on a small database of made-up events and
compare its answer with the plain query's and with a reference computed in Python.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial
from typing import Any

import pytest
from sqlalchemy import insert, select, update
from sqlmodel import Session

from maritime.db import models
from maritime.db.engine import open_database, session_scope
from maritime.query import evidence
from maritime.query.timeline import (
    TimelineFilter,
    contains,
    earliest_start,
    names_containing,
    select_event_ids,
)
from maritime.types import EVENT_TYPES

# Common words first: some are in most sentences, some in a few, some share a beginning.
WORDS = [
    *("the", "tanker", "was", "seized", "near", "the", "strait", "by", "coast", "guard"),
    *("boats", "tankers", "tanks", "drone", "struck", "cargo", "ship", "crew", "boarded"),
    *("skiff", "ladder", "anchored", "anchorage", "pirates", "frigate", "escort", "convoy"),
    *("ransom", "hostage", "released", "mine", "explosion"),
]
WEIGHTS = [1 / rank for rank in range(1, len(WORDS) + 1)]
RARE = ["señora", "café", "Zürich"]
VESSEL_NAMES = [
    "Morning Lark",
    "LARK STAR",
    "Lärk Nord",
    "Blue 100% Heron",
    "Sea_Wolf",
    'The "Quoted" One',
    "ÄRZTE Stern",
    "Starlark",
]
FIRST_DAY = date(2020, 1, 1)
EVENTS = 400


def build(url: str, seed: int = 3) -> None:
    """Events with short and long spans, open ends and no dates, told by 1-3 sentences."""
    rng = random.Random(seed)
    engine = open_database(url)
    with session_scope(engine) as session:
        session.execute(
            insert(models.Article),
            [
                {
                    "id": i,
                    "uri": f"desk/{i}.txt",
                    "title": f"Report {i}",
                    "text": "-",
                    "format": "txt",
                    "content_hash": f"{i:x}",
                }
                for i in range(1, 41)
            ],
        )
        session.execute(insert(models.Event), [_event(rng, i) for i in range(1, EVENTS + 1)])
        session.execute(insert(models.Mention), list(_mentions(rng)))
        session.execute(
            insert(models.Vessel),
            [{"id": i, "name": name} for i, name in enumerate(VESSEL_NAMES, 1)],
        )
        session.execute(
            insert(models.VesselName),
            [
                {"vessel_id": i, "name": name, "is_current": True}
                for i, name in enumerate(VESSEL_NAMES, 1)
            ]
            + [{"vessel_id": 1, "name": "Old Kestrel", "is_current": False}],
        )
        session.execute(
            insert(models.EventVessel),
            [
                {"event_id": i, "vessel_id": rng.randint(1, len(VESSEL_NAMES))}
                for i in range(1, EVENTS + 1, 3)
            ],
        )
    engine.dispose()


def _event(rng: random.Random, i: int) -> dict[str, Any]:
    start = FIRST_DAY + timedelta(days=rng.randrange(900))
    span = rng.choice([0, 0, 0, 1, 6, 30, 200])
    end: date | None = start + timedelta(days=span)
    if i % 17 == 0:
        end = None  # an open end: only its start can reach a window
    row = {"id": i, "type": rng.choice(EVENT_TYPES), "extractor_version": "test"}
    if i % 23 == 0:
        return row  # undated
    return row | {"date_start": start, "date_end": end}


def _mentions(rng: random.Random) -> Iterator[dict[str, Any]]:
    for event_id in range(1, EVENTS + 1):
        for n in range(rng.choice([1, 1, 2, 3])):
            words = rng.choices(WORDS, WEIGHTS, k=8)
            if rng.random() < 0.03:
                words.append(rng.choice(RARE))
            sentence = " ".join(words).capitalize() + "."
            yield {
                "event_id": event_id,
                "article_id": rng.randint(1, 40),
                "sentence": sentence,
                "sentence_start": 0,
                "sentence_end": len(sentence),
                "evidence_start": n,
                "evidence_end": n + 1,
                "type": "seizure",
                "extractor_version": "test",
            }


@pytest.fixture(scope="module")
def sqlite_corpus(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('plans') / 'plans.db'}"
    build(url)
    return url


@pytest.fixture
def corpus(db_url: str, sqlite_corpus: str) -> Iterator[Session]:
    """The corpus on each backend (on SQLite, one file for the whole module)."""
    url = sqlite_corpus if db_url.startswith("sqlite") else db_url
    if url == db_url:
        build(url)  # PostgreSQL's test database starts empty for every test
    engine = open_database(url)
    with Session(engine) as session:
        yield session
    engine.dispose()


def ids(session: Session, **filters: Any) -> list[int]:
    return select_event_ids(session, TimelineFilter(**filters))


def plain(session: Session, **filters: Any) -> list[int]:
    """The answer of the plan that fetches every match first: the one timelines used."""
    with pytest.MonkeyPatch.context() as patch:
        _force(patch, session, "list")
        return ids(session, **filters)


def _force(patch: pytest.MonkeyPatch, session: Session, kind: str) -> None:
    if session.get_bind().dialect.name == "sqlite":
        patch.setattr(evidence, "plan_sqlite", partial(evidence.plan_sqlite, force=kind))
    else:
        patch.setattr(evidence, "plan_pg", partial(evidence.plan_pg, force=kind))


def reference(session: Session, text: str, limit: int | None, **window: date) -> list[int]:
    """SQLite's meaning of --text, in Python: every word begins a word of one sentence."""
    wanted = [w.lower() for w in re.findall(r"[^\W_]+", text)]
    rows = session.execute(select(models.Mention.event_id, models.Mention.sentence)).all()
    hits = {
        event_id
        for event_id, sentence in rows
        if all(any(t.startswith(w) for t in re.findall(r"\w+", sentence.lower())) for w in wanted)
    }
    events = session.execute(
        select(models.Event.id, models.Event.date_start, models.Event.date_end)
    ).all()
    kept = [e for e in events if e.id in hits and _in_window(e, **window)]
    # Undated events come last; an event without an end sorts before (SQLite) or after
    # (PostgreSQL) those with one, as each database orders NULL.
    nulls_last = session.get_bind().dialect.name == "postgresql"
    kept.sort(
        key=lambda e: (
            e.date_start is None,
            e.date_start or date.min,
            (e.date_end is None) == nulls_last,
            e.date_end or date.min,
            e.id,
        )
    )
    return [e.id for e in kept][:limit]


def _in_window(event: Any, since: date | None = None, until: date | None = None) -> bool:
    reach = event.date_end or event.date_start
    if since and (reach is None or reach < since):
        return False
    return not (until and (event.date_start is None or event.date_start > until))


TEXTS = ["tanker", "tank", "the", "ransom hostage", "seized strait", "anchor", "café", "zzz"]
WINDOWS = [{}, {"since": date(2021, 3, 1), "until": date(2021, 9, 1)}, {"since": date(2021, 6, 1)}]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("limit", [None, 5, 60])
@pytest.mark.parametrize("window", WINDOWS, ids=["all", "window", "since"])
def test_every_text_plan_gives_the_same_events(
    corpus: Session, text: str, limit: int | None, window: dict[str, date]
) -> None:
    expected = plain(corpus, text=text, limit=limit, **window)
    sqlite = corpus.get_bind().dialect.name == "sqlite"
    if sqlite and text.isascii():
        assert expected == reference(corpus, text, limit, **window)
    kinds = ["set", "probe"] if sqlite else ["ids", "walk"]
    if sqlite and not text.isascii():
        kinds.remove("probe")  # no whole-word spelling for folded words
    for kind in kinds:
        with pytest.MonkeyPatch.context() as patch:
            _force(patch, corpus, kind)
            assert ids(corpus, text=text, limit=limit, **window) == expected, kind
    assert ids(corpus, text=text, limit=limit, **window) == expected, "chosen plan"


def test_every_text_plan_follows_an_edited_sentence(corpus: Session) -> None:
    """PostgreSQL tests the parse it stored with the row (0008): an edit must renew it."""
    mention = models.Mention
    told = corpus.execute(select(mention.sentence).where(mention.event_id == 9)).scalars()
    gone = {w for sentence in told for w in re.findall(r"\w+", sentence.lower())}
    corpus.execute(
        update(mention).where(mention.event_id == 9).values(sentence="A zeppelin passed.")
    )
    sqlite = corpus.get_bind().dialect.name == "sqlite"
    for kind in ["list", "set", "probe"] if sqlite else ["list", "ids", "walk"]:
        with pytest.MonkeyPatch.context() as patch:
            _force(patch, corpus, kind)
            assert ids(corpus, text="zeppelin", limit=5) == [9], kind
            assert all(9 not in ids(corpus, text=word) for word in gone), kind
    corpus.rollback()  # SQLite's corpus file serves the whole module


@pytest.mark.parametrize("text", ["tank", "the tanker"])
def test_text_plans_agree_with_other_filters(corpus: Session, text: str) -> None:
    filters = {"text": text, "limit": 7, "types": ["seizure", "strike"], "vessel": "lark"}
    expected = plain(corpus, **filters)
    for kind in ["set", "probe"] if corpus.get_bind().dialect.name == "sqlite" else ["walk"]:
        with pytest.MonkeyPatch.context() as patch:
            _force(patch, corpus, kind)
            assert ids(corpus, **filters) == expected


def test_a_prefix_is_spelled_out_as_the_words_it_begins(corpus: Session) -> None:
    if corpus.get_bind().dialect.name != "sqlite":
        pytest.skip("FTS5 only")
    spelled = evidence.spelled_out(corpus, ["tank", "the"])
    assert spelled == '("tanker" OR "tankers" OR "tanks") AND ("the")'
    assert evidence.spelled_out(corpus, ["zzz"]) == '""'
    assert evidence.spelled_out(corpus, ["café"]) is None  # the tokenizer folds it
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(evidence, "MAX_SPELLED", 2)
        assert evidence.spelled_out(corpus, ["tank"]) is None  # begins too many words


def test_common_words_walk_the_dates_and_rare_ones_do_not(corpus: Session) -> None:
    if corpus.get_bind().dialect.name == "sqlite":
        assert evidence.plan_sqlite(corpus, "the", 3).kind in {"set", "probe"}
        assert evidence.plan_sqlite(corpus, "zzz", 3).kind == "list"
        assert evidence.plan_sqlite(corpus, "the", None).kind == "list"
    else:
        assert evidence.plan_pg(corpus, "the tanker", 3).kind == "walk"
        assert evidence.plan_pg(corpus, "zzz", 3).kind == "ids"


@pytest.mark.parametrize(
    "since", [date(2019, 6, 1), date(2020, 7, 15), date(2021, 12, 31), date(2022, 7, 1)]
)
@pytest.mark.parametrize("limit", [None, 4])
def test_since_keeps_every_event_that_reaches_the_day(
    corpus: Session, since: date, limit: int | None
) -> None:
    expected = reference(corpus, "", limit, since=since)
    assert ids(corpus, since=since, limit=limit) == expected
    assert ids(corpus, since=since, until=since + timedelta(days=40), limit=limit) == reference(
        corpus, "", limit, since=since, until=since + timedelta(days=40)
    )


def test_the_bound_reaches_back_by_the_longest_event(corpus: Session) -> None:
    assert earliest_start(corpus, date(2022, 1, 1)) == date(2022, 1, 1) - timedelta(days=200)


def test_an_event_ending_before_it_starts_moves_no_bound(db_url: str) -> None:
    engine = open_database(db_url)
    with session_scope(engine) as session:
        session.add(
            models.Event(
                type="strike",
                date_start=date(2024, 5, 2),
                date_end=date(2024, 5, 1),
                extractor_version="test",
            )
        )
    with Session(engine) as session:
        assert earliest_start(session, date(2024, 5, 1)) == date(2024, 5, 1)
        assert ids(session, since=date(2024, 5, 1)) == [1]
    engine.dispose()


NEEDLES = [
    *("lark", "LARK", "ark", "la", "k", "lärk", "ÄRZTE", "ärzte", "100%", "a_w", "sea_"),
    *('"quoted"', "star", " nord", "kestrel", "zzzz"),
]


@pytest.mark.parametrize("needle", NEEDLES)
def test_vessel_names_are_found_as_by_a_plain_substring_test(corpus: Session, needle: str) -> None:
    names = models.VesselName
    plain_names = select(names.id).where(contains(names.name, needle)).order_by(names.id)
    indexed = select(names.id).where(*names_containing(corpus, needle)).order_by(names.id)
    assert corpus.execute(indexed).scalars().all() == corpus.execute(plain_names).scalars().all()


@pytest.mark.parametrize("needle", ["lark", "STAR", "100%", "kestrel"])
def test_vessel_filter_finds_the_events_of_every_matching_name(
    corpus: Session, needle: str
) -> None:
    links = corpus.execute(
        select(models.EventVessel.event_id, models.VesselName.name).join(
            models.VesselName, models.VesselName.vessel_id == models.EventVessel.vessel_id
        )
    ).all()
    wanted = {event_id for event_id, name in links if needle.lower() in name.lower()}
    assert wanted
    assert sorted(ids(corpus, vessel=needle)) == sorted(wanted)
