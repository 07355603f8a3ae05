"""A long ingest streams: it never reads far ahead of what it has stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from maritime import extract as extraction
from maritime.db.engine import open_database
from maritime.extract import extract
from maritime.ingest import BATCH_ARTICLES, BATCH_CHARACTERS, extracted, ingest
from maritime.read.article import Article, InputError


def _feed(sizes: list[int], pulled: list[int]) -> Iterator[Article | InputError]:
    for i, size in enumerate(sizes):
        pulled.append(i)
        if size < 0:
            yield InputError(f"bad-{i}.json: broken JSON")
        else:
            yield Article(text="x" * size, uri=f"a-{i}.txt")


@pytest.mark.parametrize(
    "sizes",
    [
        [10] * (3 * BATCH_ARTICLES + 5),  # many small reports
        [BATCH_CHARACTERS // 3] * 10,  # large articles: cut by size, not count
        [BATCH_CHARACTERS * 2, 10, -1, 10],  # one huge article, then a bad input
    ],
)
def test_one_process_reads_a_bounded_batch_ahead_and_keeps_order(sizes: list[int]) -> None:
    pulled: list[int] = []
    seen = []
    for position, (item, events) in enumerate(extracted(_feed(sizes, pulled))):
        ahead = len(pulled) - position  # read but not yet handed to the writer
        held = [max(s, 0) for s in sizes[position : len(pulled)]]
        assert ahead <= BATCH_ARTICLES
        assert sum(held) - max(held) < BATCH_CHARACTERS  # the text it holds, bar the last article
        assert events == [] or isinstance(item, Article)
        seen.append(item.uri if isinstance(item, Article) else str(item))
    expected = [
        f"bad-{i}.json: broken JSON" if s < 0 else f"a-{i}.txt" for i, s in enumerate(sizes)
    ]
    assert seen == expected


def test_articles_already_stored_are_not_read_again(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-reading a feed or an archive costs a look-up, not an extraction."""
    engine = open_database(db_url)
    first = [
        Article(text=f"Pirates boarded the tanker Kestrel {i} off Lagos.", uri=f"{i}.txt")
        for i in range(3)
    ]
    assert ingest(engine, first).new == 3
    calls: list[str] = []
    monkeypatch.setattr(extraction, "extract", lambda a: calls.append(a.uri) or extract(a))
    edited = Article(text="Pirates boarded the tanker Kestrel 1 off Bonny.", uri="1.txt")
    summary = ingest(engine, [*first, edited])
    engine.dispose()
    assert (summary.new, summary.known, calls) == (1, 3, ["1.txt"])
