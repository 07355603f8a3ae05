"""The HTTP client against a real server on loopback: polite, conditional, bounded."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from maritime import __version__
from maritime.errors import SettingError
from maritime.read.fetch import PAGE, Fetcher, FetchError, Politeness
from tests.read.conftest import CONTACT
from tests.read.loopback import Reply, compressed, conditional, html, in_turn, redirect

STORY = (
    "<html><head><title>Ferry aground off the breakwater</title></head><body>"
    "<nav>Home | Ports | Weather</nav><article><h1>Ferry aground off the breakwater</h1>"
    "<p>A passenger ferry ran aground just outside the harbour breakwater on Sunday evening,"
    " the port authority said, and all 212 people aboard were taken off by tugs.</p>"
    "</article><footer>Subscribe now</footer></body></html>"
)
MB = 1024 * 1024


def test_a_page_comes_back_with_its_validators(site, fetcher):
    site.routes["/story"] = conditional(html(STORY), '"v1"', "Mon, 01 Dec 2025 08:00:00 GMT")
    fetched = fetcher.get(site.url("/story"))
    assert fetched.status == 200
    assert fetched.body.decode() == STORY
    assert (fetched.media_type, fetched.charset) == ("text/html", "utf-8")
    assert fetched.etag == '"v1"'
    assert fetched.last_modified == "Mon, 01 Dec 2025 08:00:00 GMT"
    assert fetched.final_url == fetched.url == site.url("/story")


def test_every_request_names_the_tool_and_its_contact(site, fetcher):
    site.routes["/story"] = html(STORY)
    fetcher.get(site.url("/story"))
    agents = {request.headers["user-agent"] for request in site.requests}
    assert agents == {f"maritime/{__version__} (+{CONTACT})"}
    assert [r.path for r in site.requests] == ["/robots.txt", "/story"]


def test_a_contact_that_is_not_an_address_is_refused():
    with pytest.raises(SettingError, match="not a URL"):
        Politeness(contact="ops team")


def test_one_connection_serves_successive_requests(site, fetcher):
    site.routes["/story"] = html(STORY)
    for _ in range(3):
        fetcher.get(site.url("/story"))
    assert len({request.client_port for request in site.requests}) == 1


@pytest.mark.parametrize(
    ("validators", "header"),
    [
        ({"etag": '"v1"'}, "if-none-match"),
        ({"last_modified": "Mon, 01 Dec 2025 08:00:00 GMT"}, "if-modified-since"),
    ],
)
def test_unchanged_page_answers_304_without_a_body(site, fetcher, validators, header):
    site.routes["/story"] = conditional(html(STORY), '"v1"', "Mon, 01 Dec 2025 08:00:00 GMT")
    fetched = fetcher.get(site.url("/story"), **validators)
    assert fetched.not_modified
    assert fetched.body == b""
    assert fetched.etag == '"v1"'
    assert site.requests_to("/story")[0].headers[header] == next(iter(validators.values()))


def test_changed_page_comes_back_whole_despite_old_validators(site, fetcher):
    site.routes["/story"] = conditional(html(STORY), '"v2"')
    fetched = fetcher.get(site.url("/story"), etag='"v1"')
    assert fetched.status == 200
    assert fetched.etag == '"v2"'


@pytest.mark.parametrize(("status", "words"), [(404, "not found"), (410, "gone"), (403, "refused")])
def test_client_errors_fail_at_once(site, fetcher, status, words):
    site.routes["/story"] = Reply(status)
    with pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/story"))
    message = str(caught.value)
    assert message.startswith(site.url("/story"))
    assert words in message and str(status) in message
    assert caught.value.status == status
    assert site.hits("/story") == 1


def test_too_many_requests_waits_as_asked_then_succeeds(site, fetcher, fake_time):
    site.routes["/story"] = in_turn(Reply(429, headers={"Retry-After": "7"}), html(STORY))
    assert fetcher.get(site.url("/story")).status == 200
    assert site.hits("/story") == 2
    assert fake_time.waits[-1] == pytest.approx(7)


def test_retry_after_as_a_date_is_honoured(site, fetcher, fake_time):
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    site.routes["/story"] = in_turn(Reply(503, headers={"Retry-After": when}), html(STORY))
    fetcher.get(site.url("/story"))
    assert 25 < fake_time.waits[-1] <= 30


def test_a_retry_after_beyond_the_limit_is_not_waited_out(site, fetcher, fake_time):
    site.routes["/story"] = Reply(429, headers={"Retry-After": "3600"})
    with pytest.raises(FetchError, match="asks to wait 3600s") as caught:
        fetcher.get(site.url("/story"))
    assert caught.value.retry_after == 3600
    assert site.hits("/story") == 1
    assert max(fake_time.waits, default=0) < 3600


def test_a_server_error_is_retried_after_a_backoff(site, fetcher, fake_time):
    site.routes["/story"] = in_turn(Reply(500), html(STORY))
    assert fetcher.get(site.url("/story")).body.decode() == STORY
    assert site.hits("/story") == 2
    assert fake_time.waits[-1] == pytest.approx(2)


def test_persistent_server_errors_give_up_after_bounded_retries(site, fetcher, fake_time):
    site.routes["/story"] = Reply(503)
    with pytest.raises(FetchError, match=r"HTTP 503 after 3 tries; try again later"):
        fetcher.get(site.url("/story"))
    assert site.hits("/story") == 3
    assert fake_time.waits[-2:] == pytest.approx([2, 4])


def test_a_refused_connection_is_retried_then_reported(fetcher):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=r"connection failed .* after 3 tries"):
        fetcher.get(f"http://127.0.0.1:{port}/story")


def test_a_slow_response_times_out(site, fetcher):
    site.routes["/story"] = Reply(200, STORY.encode(), delay=3)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer within 0.5s \(timed out\)"):
        fetcher.get(site.url("/story"))
    assert time.monotonic() - started < 2
    assert site.hits("/story") == 1


def test_redirects_are_followed_to_the_final_address(site, fetcher):
    site.routes["/old"] = redirect("/moved", 301)
    site.routes["/moved"] = redirect(site.url("/story"), 307)
    site.routes["/story"] = html(STORY)
    fetched = fetcher.get(site.url("/old"))
    assert fetched.url == site.url("/old")
    assert fetched.final_url == site.url("/story")


def test_a_redirect_loop_stops_after_five_redirects(site, fetcher):
    site.routes["/a"] = redirect("/b")
    site.routes["/b"] = redirect("/a")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(site.url("/a"))
    assert site.hits("/a") + site.hits("/b") == 6


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1/story", "file:///etc/passwd", "javascript:alert(1)", "127.0.0.1/x"]
)
def test_only_http_and_https_are_fetched(site, fetcher, url):
    with pytest.raises(FetchError, match=r"only http:// and https:// URLs"):
        fetcher.get(url)
    assert site.requests == []


def test_a_redirect_to_another_scheme_is_not_followed(site, fetcher):
    site.routes["/story"] = redirect("file:///etc/passwd")
    with pytest.raises(FetchError, match="redirected to file:"):
        fetcher.get(site.url("/story"))


@pytest.mark.parametrize("declare_length", [True, False])
def test_a_50_mb_body_is_cut_off_at_the_limit(site, fetcher, declare_length):
    site.routes["/huge"] = Reply(
        200, headers={"Content-Type": "text/html"}, filler=50 * MB, declare_length=declare_length
    )
    with pytest.raises(FetchError, match="larger than the 20 MB limit"):
        fetcher.get(site.url("/huge"))
    site.wait_finished("/huge")
    assert site.sent["/huge"] < 40 * MB


def test_a_type_that_is_not_a_page_is_refused_unread(site, fetcher):
    site.routes["/report.pdf"] = Reply(200, b"%PDF-1.7 ...", {"Content-Type": "application/pdf"})
    with pytest.raises(FetchError, match="serves application/pdf, not a web page"):
        fetcher.get(site.url("/report.pdf"), PAGE)


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
def test_compressed_bodies_arrive_decompressed(site, fetcher, coding):
    site.routes["/story"] = compressed(html(STORY), coding)
    assert fetcher.get(site.url("/story")).body.decode() == STORY
    assert coding in site.requests_to("/story")[0].headers["accept-encoding"]


ROBOTS = "User-agent: *\nDisallow: /private/\n"


@pytest.mark.parametrize(
    ("robots", "refused", "allowed"),
    [
        ("User-agent: *\nDisallow: /private/\n", "/private/story", "/story"),
        ("User-agent: maritime\nDisallow: /private/\n", "/private/story", "/story"),
        # A group naming maritime replaces the catch-all group, as RFC 9309 says.
        ("User-agent: maritime\nDisallow: /a/\n\nUser-agent: *\nDisallow: /\n", "/a/x", "/b/x"),
        ("User-agent: maritime\nDisallow: /\n\nUser-agent: *\nDisallow:\n", "/story", None),
    ],
)
def test_robots_txt_is_obeyed(site, fetcher, robots, refused, allowed):
    site.routes["/robots.txt"] = Reply(200, robots.encode(), {"Content-Type": "text/plain"})
    for path in (refused, allowed):
        site.routes[path] = html(STORY)
    with pytest.raises(FetchError, match=r"robots\.txt does not allow maritime"):
        fetcher.get(site.url(refused))
    assert site.hits(refused) == 0
    if allowed:
        assert fetcher.get(site.url(allowed)).status == 200


def test_robots_txt_is_read_once_per_site(site, fetcher):
    site.routes["/robots.txt"] = Reply(200, ROBOTS.encode(), {"Content-Type": "text/plain"})
    site.routes["/story"] = html(STORY)
    for _ in range(3):
        fetcher.get(site.url("/story"))
    assert site.hits("/robots.txt") == 1
    assert site.hits("/story") == 3


def test_a_robots_txt_the_server_fails_to_give_forbids_the_site(site, fetcher):
    site.routes["/robots.txt"] = Reply(503)
    site.routes["/story"] = html(STORY)
    with pytest.raises(FetchError, match=r"robots.txt could not be read \(HTTP 503\)"):
        fetcher.get(site.url("/story"))
    assert site.hits("/story") == 0


def test_crawl_delay_slows_requests_to_that_site(site, fetcher, fake_time):
    robots = b"User-agent: *\nCrawl-delay: 5\n"
    site.routes["/robots.txt"] = Reply(200, robots, {"Content-Type": "text/plain"})
    site.routes["/story"] = html(STORY)
    fetcher.get(site.url("/story"))
    fetcher.get(site.url("/story"))
    assert fake_time.waits[-1] == pytest.approx(5)


def test_one_request_per_second_per_host_by_default(site, fake_time):
    site.routes["/story"] = html(STORY)
    with Fetcher(clock=fake_time.clock, sleep=fake_time.sleep) as client:
        for host in ("127.0.0.1", "127.0.0.1", "localhost"):
            client.get(site.url("/story", host))
    # 127.0.0.1: robots.txt at once, the page 1s later, again 1s later; localhost is
    # another host: its robots.txt goes at once, its page 1s after that.
    assert fake_time.waits == pytest.approx([1.0, 1.0, 1.0])
    assert fake_time.now == pytest.approx(1_003.0)


def test_no_robots_txt_means_everything_may_be_fetched(site, fetcher):
    site.routes["/story"] = html(STORY)
    assert fetcher.get(site.url("/story")).status == 200
    assert site.hits("/robots.txt") == 1
