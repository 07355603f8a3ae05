"""`maritime watch`, `fetch` and `feeds` against a loopback news site, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, text

from maritime.cli import cli
from maritime.cli.progress import Bar
from tests.read.loopback import Reply, html
from tests.read.newsroom import ATOM_PATH, RSS_PATH, STORIES, open_newsroom, page_path

CONTACT = "https://example.org/desk"
FAST = ("--rate", "1000", "--contact", CONTACT)


def invoke(url: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", url, *args])


def rows(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = [tuple(row) for row in connection.execute(text(sql))]
    engine.dispose()
    return found


def page_hits(site) -> list[int]:
    return [site.hits(page_path(story)) for story in STORIES]


def test_the_issues_check(db_url, site):
    """Issue #16's "Done when", as written."""
    open_newsroom(site)
    feeds = [site.url(RSS_PATH), site.url(ATOM_PATH)]

    first = invoke(db_url, "watch", *feeds, "--once", *FAST)
    assert first.exit_code == 0, first.stderr
    stored = rows(db_url, "SELECT uri FROM article")
    assert sorted(uri for (uri,) in stored) == sorted(site.url(page_path(s)) for s in STORIES)
    events = rows(db_url, "SELECT count(*), count(DISTINCT article_id) FROM mention")[0]
    assert events[1] == 12
    assert "2 feeds, 12 new items: 12 stored, 0 already known, 0 failed" in first.stderr

    hits = page_hits(site)
    feed_requests = len(site.requests_to(RSS_PATH)), len(site.requests_to(ATOM_PATH))
    second = invoke(db_url, "watch", *feeds, "--once", *FAST)
    assert second.exit_code == 0, second.stderr
    assert page_hits(site) == hits
    assert (len(site.requests_to(RSS_PATH)), len(site.requests_to(ATOM_PATH))) == (
        feed_requests[0] + 1,
        feed_requests[1] + 1,
    )
    assert "if-none-match" in site.requests_to(RSS_PATH)[-1].headers
    assert "if-modified-since" in site.requests_to(ATOM_PATH)[-1].headers
    assert "(2 unchanged), 0 new items: 0 stored" in second.stderr
    assert rows(db_url, "SELECT count(*), count(DISTINCT article_id) FROM mention")[0] == events

    site.routes["/extra/report"] = html(
        "<html><head><title>Tug sinks after collision</title></head><body><article>"
        "<h1>Tug sinks after collision</h1><p>A harbour tug sank in the Port of Rotterdam on"
        " Friday after it collided with a container ship, the port authority said.</p>"
        "</article></body></html>"
    )
    fetched = invoke(db_url, "fetch", site.url("/extra/report"), *FAST)
    assert fetched.exit_code == 0, fetched.stderr
    assert (site.url("/extra/report"),) in rows(db_url, "SELECT uri FROM article")


def test_watch_reports_each_poll_as_json(sqlite_url, site):
    open_newsroom(site)
    result = invoke(sqlite_url, "watch", site.url(RSS_PATH), "--once", "--format", "json", *FAST)
    report = json.loads(result.stdout)
    assert (report["stored"], report["new_items"], report["failed"]) == (8, 8, 0)
    (feed,) = report["feeds"]
    assert (feed["outcome"], feed["status"], feed["title"]) == ("read", 200, "Harbour Wire")


def test_watch_reads_feed_urls_from_a_file(sqlite_url, site, tmp_path: Path):
    open_newsroom(site)
    listed = tmp_path / "feeds.txt"
    listed.write_text(f"# the wire\n{site.url(ATOM_PATH)}\n\n", encoding="utf-8")
    result = invoke(sqlite_url, "watch", "--feeds", str(listed), "--once", *FAST)
    assert result.exit_code == 0, result.stderr
    assert rows(sqlite_url, "SELECT count(*) FROM article") == [(8,)]


def test_watch_without_feeds_polls_the_watched_list(sqlite_url, site):
    open_newsroom(site)
    assert invoke(sqlite_url, "feeds", "add", site.url(RSS_PATH)).exit_code == 0
    result = invoke(sqlite_url, "watch", "--once", *FAST)
    assert result.exit_code == 0, result.stderr
    assert rows(sqlite_url, "SELECT count(*) FROM article") == [(8,)]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["watch", "--once"], "no feeds to watch"),
        (["watch", "ftp://127.0.0.1/feed", "--once"], "only http:// and https://"),
        (["watch", "--every", "soon"], "cannot read 'soon' as a duration"),
        (["watch", "--feeds", "/no/such/file", "--once"], "--feeds /no/such/file: cannot read"),
        (["feeds", "remove", "http://127.0.0.1:1/feed"], "not a watched feed"),
        (["fetch", "mailto:desk@example.org"], "only http:// and https://"),
    ],
)
def test_mistakes_get_one_line_and_exit_1(sqlite_url, args, words):
    result = invoke(sqlite_url, *args)
    assert result.exit_code in (1, 2)
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failing_feed_exits_1_with_one_line(sqlite_url, site):
    site.routes["/feed"] = Reply(404)
    result = invoke(sqlite_url, "watch", site.url("/feed"), "--once", *FAST)
    assert result.exit_code == 1
    assert f"error: {site.url('/feed')}: not found (HTTP 404)" in result.stderr
    assert "1 feeds (1 failed)" in result.stderr


def test_feeds_lists_state_and_manages_the_list(sqlite_url, site):
    open_newsroom(site)
    added = invoke(sqlite_url, "feeds", "add", site.url(RSS_PATH), site.url(ATOM_PATH))
    assert added.stderr.count("added: ") == 2
    again = invoke(sqlite_url, "feeds", "add", site.url(RSS_PATH))
    assert "already watched" in again.stderr
    invoke(sqlite_url, "watch", "--once", *FAST)
    listed = json.loads(invoke(sqlite_url, "feeds", "--format", "json").stdout)
    assert [feed["url"] for feed in listed] == [site.url(RSS_PATH), site.url(ATOM_PATH)]
    rss = listed[0]
    assert rss["etag"] == '"rss-1"' and rss["failures_in_a_row"] == 0
    assert rss["last_polled"] and rss["last_new_item"] and rss["next_poll"] is None
    assert listed[1]["last_modified"] == "Fri, 12 Dec 2025 08:00:00 GMT"
    table = invoke(sqlite_url, "feeds").stdout
    assert "Harbour" in table and "failures_in_a_row" in table
    assert invoke(sqlite_url, "feeds", "remove", site.url(RSS_PATH)).exit_code == 0
    assert len(json.loads(invoke(sqlite_url, "feeds", "--format", "json").stdout)) == 1
    assert rows(sqlite_url, "SELECT count(*) FROM article") == [(12,)]


def test_without_a_contact_a_hint_says_how_to_give_one(sqlite_url, site, monkeypatch):
    monkeypatch.delenv("MARITIME_CONTACT", raising=False)
    open_newsroom(site)
    result = invoke(sqlite_url, "fetch", site.url(page_path(STORIES[0])), "--rate", "1000")
    assert "pass --contact URL or set MARITIME_CONTACT" in result.stderr
    assert site.requests[-1].headers["user-agent"].startswith("maritime/")


def test_the_contact_can_come_from_the_environment(sqlite_url, site, monkeypatch):
    monkeypatch.setenv("MARITIME_CONTACT", "mailto:desk@example.org")
    open_newsroom(site)
    invoke(sqlite_url, "fetch", site.url(page_path(STORIES[0])), "--rate", "1000")
    assert site.requests[-1].headers["user-agent"].endswith("(+mailto:desk@example.org)")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_only_at_a_terminal():
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = Bar(stream)
        bar.start("Harbour Wire", 4)
        bar.tick()
        bar.tick()
        bar.close()
    assert "\rHarbour Wire [############............] 2/4 " in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\033[K")
    assert pipe.getvalue() == ""
