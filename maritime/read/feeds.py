"""Feeds as items to read: RSS 2.0, RSS 1.0 and Atom through feedparser, JSON Feed by hand.

feedparser (6.0) reads every XML dialect, recovers from broken markup and resolves
relative links, but knows nothing of JSON Feed, whose few fields are read here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from maritime.read.dates import parse_date_value
from maritime.read.fetch import Wanted

FEED = Wanted(
    "a feed",
    "application/rss+xml, application/atom+xml, application/feed+json,"
    " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1",
    frozenset({"application/xml", "text/xml", "application/json", "text/plain"})
    | {"application/octet-stream"},
    suffixes=("+xml", "+json"),
)
_JSON_TYPES = frozenset({"application/feed+json", "application/json"})
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


class FeedError(ValueError):
    """The document is not a feed that can be read."""


@dataclass(frozen=True)
class FeedItem:
    """One entry: where the article lives and, when the feed carries it, its full text."""

    link: str  # absolute
    title: str | None = None
    published: date | None = None
    content: str | None = None  # the full body, when the feed has one (not a summary)
    content_is_html: bool = True


@dataclass(frozen=True)
class Feed:
    url: str
    title: str | None
    version: str  # feedparser's names (rss20, rss10, atom10), or json1 / json1.1
    items: tuple[FeedItem, ...]
    skipped: int = 0  # entries with no usable link


def parse_feed(data: bytes, url: str, media_type: str | None = None) -> Feed:
    """The feed's items in the order it lists them; FeedError when it is not a feed."""
    if media_type in _JSON_TYPES or data.lstrip()[:1] == b"{":
        return _json_feed(data, url)
    return _xml_feed(data, url, media_type)


def _xml_feed(data: bytes, url: str, media_type: str | None) -> Feed:
    headers = {"content-location": url}
    if media_type:
        headers["content-type"] = media_type
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({' '.join(str(problem).split())})" if problem else ""
        raise FeedError(f"not an RSS, Atom or JSON feed{why}; give the feed's own URL")
    items = [_xml_item(entry, url) for entry in parsed.entries]
    found = tuple(item for item in items if item is not None)
    return Feed(
        url=url,
        title=_clean(parsed.feed.get("title")),
        version=parsed.get("version") or "unknown",
        items=found,
        skipped=len(items) - len(found),
    )


def _xml_item(entry: Mapping[str, Any], url: str) -> FeedItem | None:
    link = _absolute(entry.get("link"), url)
    if link is None:
        return None
    content, is_html = None, True
    for part in entry.get("content") or ():
        value = part.get("value")
        if isinstance(value, str) and value.strip():
            content, is_html = value, part.get("type") in _HTML_TYPES
            break
    return FeedItem(
        link=link,
        title=_clean(entry.get("title")),
        # dict.get: feedparser's own get maps a missing `updated` to `published`, with a warning.
        published=_first_date(dict.get(entry, k) for k in ("published", "updated", "created")),
        content=content,
        content_is_html=is_html,
    )


def _json_feed(data: bytes, url: str) -> Feed:
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "unreadable"
        raise FeedError(f"not a feed: invalid JSON ({reason})") from None
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith(_JSON_FEED_VERSION):
        raise FeedError(f"JSON without a JSON Feed version ({_JSON_FEED_VERSION}...); not a feed")
    entries = document.get("items")
    if not isinstance(entries, list):
        raise FeedError("the JSON Feed has no 'items' list")
    items = [_json_item(entry, url) for entry in entries]
    found = tuple(item for item in items if item is not None)
    return Feed(
        url=url,
        title=_clean(document.get("title")),
        version="json" + version.removeprefix(_JSON_FEED_VERSION),
        items=found,
        skipped=len(items) - len(found),
    )


def _json_item(entry: Any, url: str) -> FeedItem | None:
    if not isinstance(entry, dict):
        return None
    link = _absolute(entry.get("url"), url) or _absolute(entry.get("external_url"), url)
    if link is None and _is_web_url(entry.get("id")):
        link = entry["id"]
    if link is None:
        return None
    html, text = entry.get("content_html"), entry.get("content_text")
    has_html = isinstance(html, str) and bool(html.strip())
    has_text = isinstance(text, str) and bool(text.strip())
    return FeedItem(
        link=link,
        title=_clean(entry.get("title")),
        published=_first_date(entry.get(key) for key in ("date_published", "date_modified")),
        content=html if has_html else text if has_text else None,
        content_is_html=has_html,
    )


def _absolute(link: Any, base: str) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    resolved = urljoin(base, link.strip())
    return resolved if _is_web_url(resolved) else None


def _is_web_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _first_date(values: Iterable[Any]) -> date | None:
    return next(filter(None, map(parse_date_value, values)), None)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
