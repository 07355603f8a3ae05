"""Fetched pages and feed items become Articles under the address readers would cite."""

from __future__ import annotations

from datetime import date

import pytest

from maritime.read.article import InputError
from maritime.read.feeds import Feed, FeedItem
from maritime.read.fetch import Fetched
from maritime.read.live import read_item, read_page
from tests.read.loopback import Reply, html, redirect

STORY = [
    "A coastal patrol boat detained a fishing trawler inside the marine reserve on Thursday,"
    " the fisheries agency said, after the trawler ignored radio calls to stop.",
    "Inspectors found about two tonnes of protected species in the hold. The trawler was escorted"
    " to port and its master will appear before a magistrate next week.",
]


def page(head: str = "", story: list[str] = STORY) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Trawler detained in reserve"
        f" | Reef Herald</title>{head}</head><body>"
        "<header><a href='/'>Reef Herald</a> <a href='/subscribe'>Subscribe</a></header>"
        "<nav><a href='/local'>Local</a> <a href='/sea'>Sea</a> <a href='/sport'>Sport</a></nav>"
        f"<main><article><h1>Trawler detained in reserve</h1>{paragraphs}</article>"
        "<aside><h2>Most read</h2><ul><li>Tide tables for the week</li></ul></aside></main>"
        "<footer>© Reef Herald. Cookie settings. Advertise with us.</footer></body></html>"
    )


def test_a_fetched_page_is_its_story_without_the_chrome(site, fetcher):
    site.routes["/sea/trawler"] = html(page())
    article = read_page(fetcher.get(site.url("/sea/trawler")))
    assert article.text == "\n\n".join(STORY)
    assert article.title == "Trawler detained in reserve"
    assert article.source == "Reef Herald"
    assert article.fmt == "html"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<link rel="canonical" href="https://reefherald.example/sea/trawler">',
            "https://reefherald.example/sea/trawler",
        ),
        ('<link rel="canonical" href="/sea/2025/trawler-detained">', "/sea/2025/trawler-detained"),
        (
            '<meta property="og:url" content="https://reefherald.example/t/9">',
            "https://reefherald.example/t/9",
        ),
        ("", "/sea/trawler"),
        # A home page named as every page's canonical would make all stories one.
        ('<link rel="canonical" href="/">', "/sea/trawler"),
    ],
)
def test_the_article_lives_at_its_canonical_address(site, fetcher, head, expected):
    site.routes["/old/trawler"] = redirect("/sea/trawler", 301)
    site.routes["/sea/trawler"] = html(page(head))
    article = read_page(fetcher.get(site.url("/old/trawler")))
    wanted = expected if expected.startswith("https://") else site.url(expected)
    assert article.uri == article.url == article.locator == wanted


def test_the_servers_charset_decodes_the_page(site, fetcher):
    story = [STORY[0], "Το σκάφος οδηγήθηκε στο λιμάνι και ο πλοίαρχος θα δικαστεί σύντομα."]
    body = page(story=story).replace("<meta charset='utf-8'>", "").encode("iso-8859-7")
    site.routes["/gr"] = Reply(200, body, {"Content-Type": "text/html; charset=ISO-8859-7"})
    assert story[1] in read_page(fetcher.get(site.url("/gr"))).text


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("<html><body><nav>Home</nav><p>Menu</p></body></html>", "no article text found"),
        (b"\x00\x01\x02\x03binary", "binary data, not a web page"),
    ],
)
def test_a_page_without_a_story_is_an_input_error(body, words):
    data = body.encode() if isinstance(body, str) else body
    fetched = Fetched("http://127.0.0.1:9/x", "http://127.0.0.1:9/x", 200, data, "text/html")
    with pytest.raises(InputError, match=words):
        read_page(fetched)


FEED = Feed("http://127.0.0.1:9/feed.xml", "Reef Herald feed", "rss20", ())


def test_an_item_with_full_content_needs_no_page():
    item = FeedItem(
        link="http://127.0.0.1:9/sea/trawler",
        title="Trawler detained",
        published=date(2025, 12, 4),
        content="".join(f"<p>{p}</p>" for p in STORY),
    )
    article = read_item(FEED, item)
    assert article.text == "\n\n".join(STORY)
    assert (article.uri, article.title) == (item.link, "Trawler detained")
    assert (article.published, article.published_origin) == (date(2025, 12, 4), "article")
    assert article.source == "Reef Herald feed"


def test_an_item_with_text_content():
    item = FeedItem("http://127.0.0.1:9/b/1", "Dhow fire", None, STORY[0], content_is_html=False)
    article = read_item(FEED, item)
    assert (article.text, article.fmt, article.uri) == (STORY[0], "txt", item.link)


def test_an_items_date_is_the_articles_date_even_when_the_page_says_otherwise(site, fetcher):
    head = '<meta property="article:published_time" content="2025-12-06T10:00:00Z">'
    site.routes["/sea/trawler"] = html(page(head))
    item = FeedItem(site.url("/sea/trawler"), "Short title", date(2025, 12, 4))
    article = read_item(FEED, item, fetcher.get(item.link))
    assert article.published == date(2025, 12, 4)
    assert article.title == "Trawler detained in reserve"
    assert article.source == "Reef Herald"


def test_an_item_without_a_date_takes_the_pages():
    head = '<meta property="article:published_time" content="2025-12-06T10:00:00Z">'
    fetched = Fetched("http://127.0.0.1:9/s", "http://127.0.0.1:9/s", 200, page(head).encode())
    article = read_item(FEED, FeedItem("http://127.0.0.1:9/s"), fetched)
    assert article.published == date(2025, 12, 6)
