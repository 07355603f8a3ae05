"""Polling feeds into the database: every item once, feeds asked conditionally, state kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, text

from maritime.db import models
from maritime.db.engine import open_database
from maritime.live import state
from maritime.live.poll import Poller
from maritime.read.fetch import Fetcher, Politeness
from tests.read.loopback import Reply, html
from tests.read.newsroom import (
    ATOM_PATH,
    ATOM_WITH_CONTENT,
    RSS_PATH,
    STORIES,
    open_newsroom,
    page,
    page_path,
)

QUICK = Politeness(interval=0, timeout=2, backoff=0, retries=1)


@pytest.fixture
def engine(sqlite_url: str) -> Iterator[Engine]:
    engine = open_database(sqlite_url)
    yield engine
    engine.dispose()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(QUICK) as client:
        yield client


@pytest.fixture
def newsroom(site):
    open_newsroom(site)
    return site


def feeds(site) -> list[str]:
    return [site.url(RSS_PATH), site.url(ATOM_PATH)]


def page_hits(site) -> dict[str, int]:
    return {story.slug: site.hits(page_path(story)) for story in STORIES}


def scalar(engine: Engine, sql: str) -> object:
    with engine.connect() as connection:
        return connection.execute(text(sql)).scalar_one()


def test_a_first_poll_stores_every_story_reading_each_page_once(engine, fetcher, newsroom):
    report = Poller(engine, fetcher).poll(feeds(newsroom))
    assert [feed.outcome for feed in report.feeds] == ["read", "read"]
    assert report.tally.stored == 12 and report.tally.failed == 0
    assert scalar(engine, "SELECT count(*) FROM article") == 12
    assert scalar(engine, "SELECT count(DISTINCT article_id) FROM mention") == 12
    assert page_hits(newsroom) == {
        story.slug: 0 if story.slug in ATOM_WITH_CONTENT else 1 for story in STORIES
    }


def test_stories_keep_their_addresses_and_feed_dates(engine, fetcher, newsroom):
    Poller(engine, fetcher).poll(feeds(newsroom))
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT uri, published FROM article")).all()
    assert {(uri, str(published)) for uri, published in rows} == {
        (newsroom.url(page_path(story)), str(story.published)) for story in STORIES
    }


def test_a_second_poll_asks_conditionally_and_reads_nothing(engine, fetcher, newsroom):
    Poller(engine, fetcher).poll(feeds(newsroom))
    before = page_hits(newsroom)
    report = Poller(engine, fetcher).poll(feeds(newsroom))
    assert [feed.outcome for feed in report.feeds] == ["unchanged", "unchanged"]
    assert page_hits(newsroom) == before
    assert newsroom.requests_to(RSS_PATH)[-1].headers["if-none-match"] == '"rss-1"'
    assert "if-modified-since" in newsroom.requests_to(ATOM_PATH)[-1].headers
    assert scalar(engine, "SELECT count(*) FROM article") == 12


def test_a_feed_that_ignores_validators_still_costs_no_page(engine, fetcher, newsroom):
    Poller(engine, fetcher).poll(feeds(newsroom))
    before = page_hits(newsroom)
    open_newsroom(newsroom, validators=False)
    report = Poller(engine, fetcher).poll(feeds(newsroom))
    assert [(feed.outcome, feed.new_items) for feed in report.feeds] == [("read", 0), ("read", 0)]
    assert page_hits(newsroom) == before


def test_a_poll_stopped_between_items_resumes_where_it_stopped(engine, fetcher, newsroom):
    asked = iter(range(100))
    stopped = Poller(engine, fetcher, stop=lambda: next(asked) >= 4).poll(feeds(newsroom))
    assert stopped.feeds[0].outcome == "interrupted"
    stored = scalar(engine, "SELECT count(*) FROM article")
    assert 0 < stored < 12
    Poller(engine, fetcher).poll(feeds(newsroom))
    assert scalar(engine, "SELECT count(*) FROM article") == 12
    assert max(page_hits(newsroom).values()) == 1


def test_a_failing_feed_waits_longer_after_each_failure(engine, fetcher, site):
    site.routes["/feed"] = Reply(503, headers={"Retry-After": "0"})
    start = models.utcnow()
    clock = [start]
    poller = Poller(engine, fetcher, now=lambda: clock[0])
    first = poller.poll([site.url("/feed")]).feeds[0]
    assert first.outcome == "failed" and "HTTP 503" in (first.error or "")
    assert first.next_poll == start + timedelta(minutes=5)
    clock[0] = start + timedelta(minutes=1)
    assert poller.poll([site.url("/feed")]).feeds[0].outcome == "waiting"
    assert site.hits("/feed") == 2  # the first poll's try and its one retry
    clock[0] = start + timedelta(minutes=6)
    third = poller.poll([site.url("/feed")]).feeds[0]
    assert third.next_poll == clock[0] + timedelta(minutes=10)
    with engine.connect() as connection:
        (row,) = state.feed_listing(connection)
    assert row["failures_in_a_row"] == 2 and "HTTP 503" in row["last_error"]


def test_a_feed_another_live_watcher_holds_is_left_alone(engine, fetcher, newsroom):
    with engine.begin() as connection:
        state.add_feeds(connection, [newsroom.url(RSS_PATH)])
        connection.execute(
            text("UPDATE feed SET lease_owner = 'elsewhere:1:x', lease_until = :until"),
            {"until": models.utcnow() + timedelta(minutes=5)},
        )
    report = Poller(engine, fetcher).poll([newsroom.url(RSS_PATH)])
    assert report.feeds[0].outcome == "busy"
    assert newsroom.hits(RSS_PATH) == 0


def test_a_feed_held_by_a_dead_process_is_taken_over(engine, fetcher, newsroom):
    dead = state.Owner(state.Owner.me().host, 2**22 + 12345, "gone")
    with engine.begin() as connection:
        state.add_feeds(connection, [newsroom.url(RSS_PATH)])
        connection.execute(
            text("UPDATE feed SET lease_owner = :owner, lease_until = :until"),
            {"owner": str(dead), "until": models.utcnow() + timedelta(minutes=5)},
        )
    report = Poller(engine, fetcher).poll([newsroom.url(RSS_PATH)])
    assert report.feeds[0].outcome == "read"


def test_fetch_stores_a_page_under_its_canonical_url_once(engine, fetcher, newsroom):
    story = STORIES[0]
    newsroom.routes["/short/1"] = Reply(301, headers={"Location": page_path(story)})
    first = Poller(engine, fetcher).fetch([newsroom.url("/short/1")])
    assert (first.stored, first.failed) == (1, 0)
    again = Poller(engine, fetcher).fetch([newsroom.url("/short/1")])
    assert (again.stored, again.known) == (0, 1)
    assert "if-none-match" in newsroom.requests_to(page_path(story))[-1].headers
    with engine.connect() as connection:
        uris = connection.execute(text("SELECT uri FROM article")).scalars().all()
    assert uris == [newsroom.url(page_path(story))]


def test_a_changed_page_is_stored_as_a_new_version(engine, fetcher, site):
    story = STORIES[2]
    site.routes["/p"] = html(page(story, site))
    Poller(engine, fetcher).fetch([site.url("/p")])
    site.routes["/p"] = html(page(story, site).replace("fourteen", "fifteen"))
    assert Poller(engine, fetcher).fetch([site.url("/p")]).stored == 1
    previous = scalar(engine, "SELECT previous_version_id FROM article ORDER BY id DESC LIMIT 1")
    assert previous is not None


def test_a_page_that_cannot_be_fetched_is_reported_and_logged(engine, fetcher, site):
    tally = Poller(engine, fetcher).fetch([site.url("/missing")])
    assert tally.failed == 1 and "not found (HTTP 404)" in tally.errors[0]
    assert scalar(engine, "SELECT status FROM fetch_log") == 404
