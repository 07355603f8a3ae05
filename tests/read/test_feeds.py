"""Feeds in every dialect: absolute links, publication dates, full content when carried."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maritime.read.feeds import FEED, FeedError, parse_feed
from maritime.read.fetch import FetchError
from tests.read.loopback import Reply, conditional

FEED_URL = "http://127.0.0.1:8080/news/feeds/latest.xml"

RSS20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Desk</title><link>http://127.0.0.1:8080/</link>
<item><title>Dredger sinks in approach channel</title>
<link>/news/2025/12/dredger-sinks</link>
<pubDate>Tue, 09 Dec 2025 23:30:00 -0500</pubDate>
<description>A dredger sank overnight.</description>
<content:encoded><![CDATA[<p>A dredger working the approach channel sank overnight after
taking on water, the harbour master said. Its crew of nine was rescued.</p>]]></content:encoded>
</item>
<item><title>Pilot boat  collides with buoy</title>
<link>pilot-boat-buoy</link>
<pubDate>Wed, 10 Dec 2025 07:15:00 GMT</pubDate>
<description>A pilot boat struck a channel buoy.</description></item>
</channel></rss>"""

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://127.0.0.1:8080/"><title>Coastal Notices</title>
<link>http://127.0.0.1:8080/</link><description>Notices</description></channel>
<item rdf:about="http://127.0.0.1:8080/notices/41">
<title>Survey vessel detained at anchorage</title>
<link>http://127.0.0.1:8080/notices/41</link>
<dc:date>2025-11-30T18:00:00+03:00</dc:date></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Strait Watch</title>
<id>urn:strait-watch</id><updated>2025-12-11T10:00:00Z</updated>
<entry><title>Tanker boarded in the strait</title><id>urn:strait-watch:7</id>
<link rel="alternate" href="../reports/tanker-boarded"/>
<published>2025-12-11T09:00:00+04:00</published><updated>2025-12-12T09:00:00Z</updated>
<summary>Armed men boarded a tanker.</summary>
<content type="html">&lt;p&gt;Armed men boarded a product tanker in the strait before dawn,
a maritime security agency said, and left after two hours.&lt;/p&gt;</content></entry>
<entry><title>No link here</title><id>urn:strait-watch:8</id>
<updated>2025-12-11T08:00:00Z</updated></entry>
</feed>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Gulf Bulletin",
        "items": [
            {
                "id": "b-17",
                "url": "/bulletins/17",
                "title": "Dhow fire off the coast",
                "content_text": "A wooden dhow caught fire off the coast on Monday; all aboard"
                " were picked up by a passing freighter.",
                "date_published": "2025-12-08T06:00:00+04:00",
            },
            {"id": "http://127.0.0.1:8080/bulletins/18", "title": "Port reopens"},
            {"id": "b-19", "title": "No address"},
            "not an item",
        ],
    }
).encode()


def test_rss20_items_with_relative_links_resolved_against_the_feed():
    feed = parse_feed(RSS20, FEED_URL, "application/rss+xml")
    assert (feed.title, feed.version) == ("Harbour Desk", "rss20")
    assert [item.link for item in feed.items] == [
        "http://127.0.0.1:8080/news/2025/12/dredger-sinks",
        "http://127.0.0.1:8080/news/feeds/pilot-boat-buoy",
    ]
    assert feed.items[1].title == "Pilot boat collides with buoy"


def test_rss20_dates_are_the_day_where_the_item_was_published():
    items = parse_feed(RSS20, FEED_URL).items
    assert [item.published for item in items] == [date(2025, 12, 9), date(2025, 12, 10)]


def test_full_content_is_taken_and_a_description_is_not():
    first, second = parse_feed(RSS20, FEED_URL).items
    assert first.content is not None and "Its crew of nine was rescued." in first.content
    assert first.content_is_html
    assert second.content is None


def test_rss10():
    feed = parse_feed(RSS10, FEED_URL)
    assert feed.version == "rss10"
    (item,) = feed.items
    assert item.link == "http://127.0.0.1:8080/notices/41"
    assert item.title == "Survey vessel detained at anchorage"
    assert item.published == date(2025, 11, 30)


def test_atom_prefers_published_over_updated_and_skips_entries_without_a_link():
    feed = parse_feed(ATOM, FEED_URL, "application/atom+xml")
    assert feed.version == "atom10"
    (item,) = feed.items
    assert item.link == "http://127.0.0.1:8080/news/reports/tanker-boarded"
    assert item.published == date(2025, 12, 11)
    assert item.content is not None and "left after two hours" in item.content
    assert feed.skipped == 1


def test_json_feed_read_by_hand():
    feed = parse_feed(JSON_FEED, FEED_URL, "application/feed+json")
    assert (feed.title, feed.version) == ("Gulf Bulletin", "json1.1")
    assert [item.link for item in feed.items] == [
        "http://127.0.0.1:8080/bulletins/17",
        "http://127.0.0.1:8080/bulletins/18",
    ]
    first, second = feed.items
    assert first.published == date(2025, 12, 8)
    assert first.content is not None and first.content.startswith("A wooden dhow")
    assert not first.content_is_html
    assert second.content is None
    assert feed.skipped == 2


def test_a_broken_feed_still_gives_its_items():
    broken = RSS20.replace(b"Harbour Desk", b"Harbour & Desk").replace(b"</channel></rss>", b"")
    feed = parse_feed(broken, FEED_URL)
    assert len(feed.items) == 2


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"<html><body><p>Welcome to our port</p></body></html>", "not an RSS, Atom or JSON feed"),
        (b"\x00\x01\x02 not xml", "not an RSS, Atom or JSON feed"),
        (b'{"items": [', "invalid JSON"),
        (b'{"articles": []}', "without a JSON Feed version"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": 3}', "no 'items' list"),
    ],
)
def test_what_is_not_a_feed_is_refused_with_a_reason(data, words):
    with pytest.raises(FeedError, match=words):
        parse_feed(data, FEED_URL)


def test_an_empty_feed_is_a_feed():
    feed = parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', FEED_URL)
    assert feed.items == ()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=200).map(
            lambda t: (
                f"<rss version='2.0'><channel><item><link>{t}</link><pubDate>{t}"
                f"</pubDate><title>{t}</title></item>".encode()
            )
        ),
        st.text(max_size=200).map(
            lambda t: json.dumps(
                {"version": "https://jsonfeed.org/version/1", "items": [{"url": t, "title": t}]}
            ).encode()
        ),
    )
)
def test_any_bytes_give_a_feed_or_a_feed_error(data):
    try:
        feed = parse_feed(data, FEED_URL)
    except FeedError as error:
        assert "\n" not in str(error)
        return
    for item in feed.items:
        assert item.link.startswith(("http://", "https://"))


def test_a_feed_is_fetched_conditionally(site, fetcher):
    site.routes["/feed.xml"] = conditional(
        Reply(200, RSS20, {"Content-Type": "application/rss+xml"}), '"r1"'
    )
    first = fetcher.get(site.url("/feed.xml"), FEED)
    assert len(parse_feed(first.body, first.final_url, first.media_type).items) == 2
    again = fetcher.get(site.url("/feed.xml"), FEED, etag=first.etag)
    assert again.not_modified
    assert "application/rss+xml" in site.requests_to("/feed.xml")[0].headers["accept"]


@pytest.mark.parametrize("media_type", ["application/xml", "text/xml", "application/feed+json"])
def test_feeds_are_accepted_under_the_types_servers_use(site, fetcher, media_type):
    site.routes["/feed"] = Reply(200, RSS20, {"Content-Type": media_type})
    assert fetcher.get(site.url("/feed"), FEED).status == 200


def test_an_image_is_not_taken_for_a_feed(site, fetcher):
    site.routes["/feed"] = Reply(200, b"\x89PNG....", {"Content-Type": "image/png"})
    with pytest.raises(FetchError, match="serves image/png, not a feed"):
        fetcher.get(site.url("/feed"), FEED)
