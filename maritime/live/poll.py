"""One poll: ask each feed (conditionally), read every item not read before, store it.

Each article commits with its fetch-log row, and a feed's validators are saved only
once all its new items are settled: a process killed mid-poll loses nothing (the
next poll lists the feed again) and fetches no stored page twice (the log says so).
A lease on each feed keeps two watchers from polling it at once.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Connection, Engine

from maritime.db import models
from maritime.db.engine import writer
from maritime.ingest import ArticleFailed, IngestSummary, store_one
from maritime.live import state
from maritime.live.schedule import after_failure
from maritime.read.article import Article, InputError
from maritime.read.feeds import FEED, Feed, FeedError, FeedItem, parse_feed
from maritime.read.fetch import PAGE, Fetched, Fetcher, FetchError
from maritime.read.live import read_item, read_page


class Progress(Protocol):
    def start(self, label: str, total: int) -> None: ...

    def tick(self) -> None: ...

    def close(self) -> None: ...


class _Silent:
    def start(self, label: str, total: int) -> None:
        pass

    def tick(self) -> None:
        pass

    def close(self) -> None:
        pass


def counts_line(summary: IngestSummary) -> str:
    """What a fetch or poll stored, in the words of `maritime ingest`'s summary line."""
    return (
        f"{summary.stored} stored, {summary.known} already known, {summary.failed} failed;"
        f" {summary.events_new} new events, {summary.events_merged} merged into known events"
    )


def _counts(summary: IngestSummary) -> dict[str, int]:
    return {
        "stored": summary.stored,
        "known": summary.known,
        "failed": summary.failed,
        "events_new": summary.events_new,
        "events_merged": summary.events_merged,
    }


@dataclass
class FeedReport:
    url: str
    outcome: str  # read, unchanged, failed, busy, waiting, interrupted
    title: str | None = None
    status: int | None = None
    items: int = 0
    new_items: int = 0
    tally: IngestSummary = field(default_factory=IngestSummary)
    error: str | None = None
    next_poll: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "outcome": self.outcome,
            "title": self.title,
            "status": self.status,
            "items": self.items,
            "new_items": self.new_items,
            **_counts(self.tally),
            "error": self.error,
            "item_errors": self.tally.errors,
            "next_poll": self.next_poll.isoformat(timespec="seconds") if self.next_poll else None,
        }


@dataclass
class PollReport:
    started: datetime
    feeds: list[FeedReport] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def tally(self) -> IngestSummary:
        total = IngestSummary()
        for feed in self.feeds:
            total.merge(feed.tally)
        return total

    @property
    def failed(self) -> bool:
        return any(feed.outcome == "failed" or feed.tally.failed for feed in self.feeds)

    def count(self, outcome: str) -> int:
        return sum(1 for feed in self.feeds if feed.outcome == outcome)

    def line(self) -> str:
        """The one summary line a poll writes on stderr."""
        outcomes = ", ".join(
            f"{self.count(outcome)} {outcome}"
            for outcome in ("unchanged", "failed", "busy", "waiting", "interrupted")
            if self.count(outcome)
        )
        new_items = sum(feed.new_items for feed in self.feeds)
        return (
            f"poll {self.started:%Y-%m-%d %H:%M:%S}Z: {len(self.feeds)} feeds"
            f"{f' ({outcomes})' if outcomes else ''}, {new_items} new items: "
            f"{counts_line(self.tally)}; {self.seconds:.1f}s"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "started": self.started.isoformat(timespec="seconds"),
            "seconds": round(self.seconds, 3),
            "feeds": [feed.as_json() for feed in self.feeds],
            "new_items": sum(feed.new_items for feed in self.feeds),
            **_counts(self.tally),
        }


class Poller:
    """Polls feeds and fetches pages for one run, signed as one owner of the leases it takes."""

    def __init__(
        self,
        engine: Engine,
        fetcher: Fetcher,
        *,
        every: timedelta | None = None,
        stop: Callable[[], bool] = lambda: False,
        progress: Progress | None = None,
        now: Callable[[], datetime] = models.utcnow,
    ) -> None:
        self.engine = writer(engine)
        self.fetcher = fetcher
        self.every = every
        self.stop = stop
        self.progress = progress or _Silent()
        self.now = now
        self.owner = state.Owner.me()

    def poll(self, urls: Sequence[str] | None = None) -> PollReport:
        """Every feed named (all watched feeds when None), in order, until asked to stop."""
        report = PollReport(started=self.now())
        started = time.perf_counter()
        with self.engine.connect() as connection:
            with connection.begin():
                feeds = state.feed_rows(connection, urls)
            for feed in feeds:
                if self.stop():
                    break
                report.feeds.append(self._poll_feed(connection, feed))
        report.seconds = time.perf_counter() - started
        return report

    def fetch(self, urls: Sequence[str]) -> IngestSummary:
        """`maritime fetch`: each page stored under its canonical URL; unchanged ones skipped."""
        tally = IngestSummary()
        with self.engine.connect() as connection:
            for url in urls:
                if self.stop():
                    break
                with connection.begin():
                    etag, last_modified = state.last_validators(connection, url)
                try:
                    page = self.fetcher.get(url, PAGE, etag=etag, last_modified=last_modified)
                except FetchError as error:
                    with connection.begin():
                        state.log_fetch(connection, **_failure(url, "page", None, error))
                    tally.fail(str(error))
                    continue
                if page.not_modified:
                    with connection.begin():
                        state.log_fetch(connection, **_logged(page, "page", None))
                    tally.known += 1
                    continue
                tally.merge(
                    self._store(
                        connection, lambda p=page: read_page(p), _logged(page, "page", None)
                    )
                )
        return tally

    def _poll_feed(self, connection: Connection, feed: Any) -> FeedReport:
        now = self.now()
        next_poll = state.aware(feed.next_poll)
        if next_poll is not None and next_poll > now:
            return FeedReport(feed.url, "waiting", feed.title, next_poll=next_poll)
        with connection.begin():
            claimed = state.claim(connection, feed, self.owner, now)
        if not claimed:
            return FeedReport(feed.url, "busy", feed.title)
        try:
            fetched = self.fetcher.get(
                feed.url, FEED, etag=feed.etag, last_modified=feed.last_modified
            )
            parsed = (
                None
                if fetched.not_modified
                else parse_feed(fetched.body, fetched.final_url, fetched.media_type)
            )
        except (FetchError, FeedError) as error:
            return self._feed_failed(connection, feed, now, error)
        with connection.begin():
            state.log_fetch(connection, **_logged(fetched, "feed", feed.id))
        if parsed is None:
            report = FeedReport(feed.url, "unchanged", feed.title, fetched.status)
            return self._feed_done(connection, feed, now, report)
        return self._read_items(connection, feed, now, fetched, parsed)

    def _read_items(
        self, connection: Connection, feed: Any, now: datetime, fetched: Fetched, parsed: Feed
    ) -> FeedReport:
        report = FeedReport(feed.url, "read", parsed.title, fetched.status, len(parsed.items))
        with connection.begin():
            fresh = [
                item
                for item in _oldest_first(parsed.items)
                if not state.is_settled(connection, item.link)
            ]
        report.new_items = len(fresh)
        self.progress.start(parsed.title or feed.url, len(fresh))
        try:
            for item in fresh:
                if self.stop():
                    report.outcome = "interrupted"
                    break
                with connection.begin():
                    state.renew(connection, feed.id, self.owner, self.now())
                    # A watcher polling another feed that lists it too may have read it.
                    settled = state.is_settled(connection, item.link)
                if not settled:
                    report.tally.merge(self._read_item(connection, feed.id, parsed, item))
                self.progress.tick()
        finally:
            self.progress.close()
        with connection.begin():
            unsettled = any(not state.is_settled(connection, item.link) for item in fresh)
        if report.outcome == "interrupted" or unsettled:
            # The old validators stay: the next poll gets the whole feed and goes on.
            return self._feed_done(connection, feed, now, report, new=report.tally.stored > 0)
        validators = {"etag": fetched.etag, "last_modified": fetched.last_modified}
        return self._feed_done(connection, feed, now, report, new=bool(fresh), **validators)

    def _read_item(
        self, connection: Connection, feed_id: int, feed: Feed, item: FeedItem
    ) -> IngestSummary:
        if item.content is not None:
            log = {"url": item.link, "kind": "content", "feed_id": feed_id}
            return self._store(connection, lambda: read_item(feed, item), log)
        try:
            page = self.fetcher.get(item.link, PAGE)
        except FetchError as error:
            with connection.begin():
                state.log_fetch(connection, **_failure(item.link, "page", feed_id, error))
            tally = IngestSummary()
            tally.fail(str(error))
            return tally
        return self._store(
            connection, lambda: read_item(feed, item, page), _logged(page, "page", feed_id)
        )

    def _store(
        self, connection: Connection, read: Callable[[], Article], log: dict[str, Any]
    ) -> IngestSummary:
        """Read, extract and store one article; its log row commits in the same transaction."""
        tally = IngestSummary()
        try:
            article = read()
        except InputError as error:
            with connection.begin():
                state.log_fetch(connection, **log, error=str(error))
            tally.fail(str(error))
            return tally
        result = store_one(
            connection,
            article,
            lambda stored: state.log_fetch(connection, **log, article_id=stored.article_id),
        )
        if isinstance(result, ArticleFailed):
            tally.fail(result.message)
        else:
            tally.add(result)
        return tally

    def _feed_failed(
        self, connection: Connection, feed: Any, now: datetime, error: FetchError | FeedError
    ) -> FeedReport:
        fetch_error = error if isinstance(error, FetchError) else None
        message = str(error) if fetch_error else f"{feed.url}: {error}"
        failures = feed.failures_in_a_row + 1
        next_poll = after_failure(now, failures, fetch_error.retry_after if fetch_error else None)
        with connection.begin():
            if fetch_error:
                state.log_fetch(connection, **_failure(feed.url, "feed", feed.id, fetch_error))
            state.finish(
                connection,
                feed.id,
                self.owner,
                last_polled=now,
                failures_in_a_row=failures,
                last_error=message,
                next_poll=next_poll,
            )
        status = fetch_error.status if fetch_error else None
        return FeedReport(
            feed.url, "failed", feed.title, status, error=message, next_poll=next_poll
        )

    def _feed_done(
        self,
        connection: Connection,
        feed: Any,
        now: datetime,
        report: FeedReport,
        *,
        new: bool = False,
        **validators: Any,
    ) -> FeedReport:
        report.next_poll = now + self.every if self.every else None
        with connection.begin():
            state.finish(
                connection,
                feed.id,
                self.owner,
                title=report.title or feed.title,
                last_polled=now,
                last_new_item=now if new else feed.last_new_item,
                failures_in_a_row=0,
                last_error=None,
                next_poll=report.next_poll,
                **validators,
            )
        return report


def _failure(url: str, kind: str, feed_id: int | None, error: FetchError) -> dict[str, Any]:
    return {
        "url": url,
        "kind": kind,
        "feed_id": feed_id,
        "status": error.status,
        "error": str(error),
    }


def _logged(fetched: Fetched, kind: str, feed_id: int | None) -> dict[str, Any]:
    return {
        "url": fetched.url,
        "kind": kind,
        "feed_id": feed_id,
        "final_url": fetched.final_url,
        "status": fetched.status,
        "etag": fetched.etag,
        "last_modified": fetched.last_modified,
        "content_hash": hashlib.sha256(fetched.body).hexdigest() if fetched.body else None,
    }


def _oldest_first(items: Sequence[FeedItem]) -> list[FeedItem]:
    """Stories in the order they were published (undated ones last, as the feed lists them
    reversed: feeds put the newest first)."""
    return sorted(
        reversed(items), key=lambda item: (item.published is None, item.published or date.min)
    )


def watch(
    poller: Poller,
    urls: Sequence[str] | None,
    *,
    every: timedelta | None,
    stopping: threading.Event,
    on_poll: Callable[[PollReport], None],
) -> PollReport:
    """Poll now, then every `every` until `stopping` is set (at once when it is None);
    returns the last poll's report."""
    while True:
        started = time.monotonic()
        report = poller.poll(urls)
        on_poll(report)
        if every is None or stopping.is_set():
            return report
        rest = every.total_seconds() - (time.monotonic() - started)
        if stopping.wait(max(0.0, rest)):
            return report
