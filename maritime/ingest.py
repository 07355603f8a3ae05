"""read -> extract -> store, one transaction per article, bad inputs reported not fatal.

With `jobs` > 1 extraction runs in worker processes while this process stays the
only writer: results come back in input order, so the database ends up exactly as
a one-process ingest leaves it, and a bounded window keeps memory flat however
long the input stream is. One process extracts a bounded batch ahead of writing it,
for the same reason and with the same result.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from maritime import extract as extraction
from maritime.db import models
from maritime.db.engine import read_session, reader, writer
from maritime.db.writer import StoredArticle, stored_hashes
from maritime.extract import ExtractedEvent
from maritime.read.article import Article, InputError, InputSkipped
from maritime.resolve.incidents import (
    StoreResult,
    reprocess_article,
    store_article,
    stored_article,
)

log = logging.getLogger(__name__)

# A one-process ingest extracts this far ahead of the writer (see `extracted`).
BATCH_ARTICLES = 128
BATCH_CHARACTERS = 2_000_000
# A rate measured over less time than this says more about the clock than the work.
RATE_MIN_SECONDS = 0.1

# Content hash -> publication date of the stored article that has it (None: it has none).
Stored = dict[str, date | None]


@dataclass
class IngestSummary:
    new: int = 0
    known: int = 0
    dated: int = 0
    failed: int = 0
    events_new: int = 0
    events_merged: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, result: StoreResult) -> None:
        if result.new or result.dated:
            self.new += result.new
            self.dated += result.dated
            self.events_new += result.events_new
            self.events_merged += result.events_merged
        else:
            self.known += 1

    def fail(self, message: str) -> None:
        self.failed += 1
        self.errors.append(message)

    def merge(self, other: IngestSummary) -> None:
        """Count another run's articles into this one (several runs, one report)."""
        self.new += other.new
        self.known += other.known
        self.dated += other.dated
        self.failed += other.failed
        self.events_new += other.events_new
        self.events_merged += other.events_merged
        self.errors += other.errors
        self.seconds += other.seconds

    @property
    def stored(self) -> int:
        """Articles written: new ones, and known ones given the publication date they lacked."""
        return self.new + self.dated

    @property
    def rate(self) -> float | None:
        """Articles read (extracted and stored) per second; None when none were, or too
        quickly to measure."""
        read = self.stored
        return read / self.seconds if read and self.seconds >= RATE_MIN_SECONDS else None

    def line(self) -> str:
        dated = f"{self.dated} given a publication date, " if self.dated else ""
        rate = f", {self.rate:.0f} articles/s" if self.rate is not None else ""
        return (
            f"{self.new} new, {dated}{self.known} already known, {self.failed} failed; "
            f"{self.events_new} new events, {self.events_merged} merged into known events; "
            f"{self.seconds:.1f}s{rate}"
        )


class ArticleFailed(NamedTuple):
    """Reading or storing one article hit a bug in maritime; the run goes on without it
    (a plain value, so it crosses from a worker process as its events would)."""

    message: str


def failed(article: Article, stage: str, error: BaseException) -> ArticleFailed:
    """The one line users see; the traceback goes to the log (`maritime --debug`)."""
    log.error("%s %s failed", stage, article.uri, exc_info=error)
    reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return ArticleFailed(
        f"{article.uri}: {stage} failed: internal error {type(error).__name__}"
        f"{': ' + reason if reason else ''} (a bug in maritime; the other articles are kept; "
        "rerun with --debug for the traceback)"
    )


Extracted = tuple[Article | InputError, Sequence[ExtractedEvent] | ArticleFailed]


def extract_one(article: Article) -> Sequence[ExtractedEvent] | ArticleFailed:
    """The article's events, or its failure: one article's bug must not sink a run."""
    try:
        return extraction.extract(article)
    except Exception as exc:
        return failed(article, "extraction", exc)


def extracted(
    items: Iterable[Article | InputError],
    jobs: int = 1,
    stored: Callable[[list[str]], Stored] = lambda _hashes: {},
) -> Iterator[Extracted]:
    """Each input with its events, in input order; `jobs` > 1 extracts in worker processes.

    An article whose content hash `stored` knows is not extracted (the writer only
    counts it): reading a feed or an archive again costs a look-up per batch, not an
    extraction per article. One stored without a publication date is, when it now comes
    with one: its events are re-dated from this reading."""
    if jobs <= 1:
        for batch in _batches(items):
            # Extract a batch, then write it: alternating article by article, extraction
            # and writing evict each other's working set from the CPU caches (~20% slower).
            new = _new_articles(batch, stored)
            yield from [(item, extract_one(item) if id(item) in new else []) for item in batch]
        return
    # Fork shares the loaded lexicons and gazetteer with the workers for free.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    window: deque[tuple[Article | InputError, Future[Any] | None]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        # Bounded read-ahead: enough to keep workers busy, never the whole corpus.
        for batch in _batches(items, articles=jobs * 16):
            new = _new_articles(batch, stored)
            for item in batch:
                window.append((item, pool.submit(extract_one, item) if id(item) in new else None))
                if len(window) >= jobs * 16:
                    yield _settled(window.popleft())
        while window:
            yield _settled(window.popleft())


def _new_articles(
    batch: list[Article | InputError], stored: Callable[[list[str]], Stored]
) -> set[int]:
    """The ids of the batch's articles to read (see `to_read`)."""
    articles = [item for item in batch if isinstance(item, Article)]
    known = stored([article.content_hash for article in articles]) if articles else {}
    return {id(article) for article in articles if to_read(article, known)}


def to_read(article: Article, known: Stored) -> bool:
    """Content not stored yet, or stored without the publication date this input gives
    (its events are re-dated from this reading)."""
    if article.content_hash not in known:
        return True
    return known[article.content_hash] is None and article.published is not None


def _batches(
    items: Iterable[Article | InputError],
    articles: int = BATCH_ARTICLES,
    characters: int = BATCH_CHARACTERS,
) -> Iterator[list[Article | InputError]]:
    """Consecutive runs of inputs, cut at so many articles or so much text, so memory
    stays flat however long the stream and however large one article."""
    batch: list[Article | InputError] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.text) if isinstance(item, Article) else 0
        if len(batch) >= articles or size >= characters:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _settled(pending: tuple[Article | InputError, Future[Any] | None]) -> Extracted:
    item, future = pending
    return item, future.result() if future is not None else ()


def ingest(
    engine: Engine,
    items: Iterable[Article | InputError],
    *,
    on_error: Callable[[str], None] = lambda _message: None,
    on_warning: Callable[[str], None] = lambda _message: None,
    on_progress: Callable[[], None] = lambda: None,
    jobs: int = 1,
    analyst: str | None = None,
) -> IngestSummary:
    """Store every article and report every bad input; one writer, `jobs` extractors.

    The writer keeps one connection for the run, and each article is a transaction
    on it: a session and a pool checkout per article cost more than a report's writes.
    `analyst` is who the correction log names when a known article is given a date."""
    summary = IngestSummary()
    started = time.perf_counter()
    with writer(engine).connect() as connection:

        def stored(hashes: list[str]) -> Stored:
            with reader(engine).begin() as reading:
                return stored_hashes(reading, hashes)

        for item, events in extracted(items, jobs, stored):
            if isinstance(item, InputSkipped):
                on_warning(str(item))
                continue
            if isinstance(item, InputError):
                summary.fail(str(item))
                on_error(str(item))
            elif isinstance(events, ArticleFailed):
                summary.fail(events.message)
                on_error(events.message)
            else:
                if item.published is None:
                    on_warning(
                        f"{item.uri}: no publication date found or supplied; relative dates "
                        "(e.g. 'on Monday') stay unresolved. "
                        "Pass --published YYYY-MM-DD to resolve them."
                    )
                outcome = _in_transaction(
                    connection,
                    item,
                    lambda a=item, e=events: store_article(connection, a, e, analyst=analyst),
                )
                if isinstance(outcome, ArticleFailed):
                    summary.fail(outcome.message)
                    on_error(outcome.message)
                else:
                    summary.add(outcome)
            on_progress()
            summary.seconds = time.perf_counter() - started
    return summary


def store_one(
    connection: Connection,
    article: Article,
    also: Callable[[StoreResult], None] = lambda _result: None,
) -> StoreResult | ArticleFailed:
    """One article extracted (unless its content is stored already) and stored in its own
    transaction, `also` written in that same transaction: a fetched page and its fetch-log
    row commit together or not at all."""
    with reader(connection.engine).begin() as reading:  # a look-up: no write lock
        known = stored_hashes(reading, [article.content_hash])
    events = extract_one(article) if to_read(article, known) else ()
    if isinstance(events, ArticleFailed):
        return events

    def write() -> StoreResult:
        result = store_article(connection, article, events)
        also(result)
        return result

    return _in_transaction(connection, article, write)


def _in_transaction(
    connection: Connection, article: Article, write: Callable[[], StoreResult]
) -> StoreResult | ArticleFailed:
    """One article's writes as one transaction; on any failure it is rolled back whole
    and the run goes on with the next article."""
    try:
        with connection.begin():
            return write()
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        return ArticleFailed(f"{article.uri}: could not be stored: {reason}")
    except Exception as exc:  # a bug in maritime
        return failed(article, "storing", exc)


def reprocess(
    engine: Engine,
    *,
    on_error: Callable[[str], None] = lambda _message: None,
    on_progress: Callable[[], None] = lambda: None,
    on_total: Callable[[int], None] = lambda _count: None,
) -> IngestSummary:
    """Re-extract every current article version with this engine, one transaction each;
    an article whose reading fails keeps what it had. `on_total` hears how many there are."""
    with read_session(engine) as session:
        superseded = select(models.Article.previous_version_id).where(
            models.Article.previous_version_id.is_not(None)  # type: ignore[union-attr]
        )
        ids = list(
            session.exec(
                select(models.Article.id)
                .where(models.Article.id.not_in(superseded))  # type: ignore[union-attr]
                .order_by(models.Article.id)
            )
        )
    on_total(len(ids))
    summary = IngestSummary()
    with writer(engine).connect() as connection:
        for article_id in ids:
            with read_session(engine) as session:
                row = session.get(models.Article, article_id)
                assert row is not None
                article = stored_article(row)
            events = extract_one(article)
            stored = StoredArticle(article_id, article.text, article.published)
            outcome = (
                events
                if isinstance(events, ArticleFailed)
                else _in_transaction(
                    connection,
                    article,
                    lambda s=stored, e=events: reprocess_article(connection, s, e),
                )
            )
            if isinstance(outcome, ArticleFailed):
                summary.fail(outcome.message)
                on_error(outcome.message)
            else:
                summary.add(outcome)
            on_progress()
    return summary
