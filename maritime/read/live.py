"""Articles from live sources: a fetched page, or a feed item (its own content or its page)."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from urllib.parse import urlsplit

from maritime.read.article import Article, InputError
from maritime.read.assemble import Draft, Supplied, build_article
from maritime.read.decode import NotText, decode_bytes
from maritime.read.feeds import Feed, FeedItem
from maritime.read.fetch import Fetched
from maritime.read.html import NoStory, read_html


def read_page(fetched: Fetched) -> Article:
    """The page's story under its canonical URL, else the address it was finally served from."""
    return _finish(_page_draft(fetched), fetched.final_url)


def read_item(feed: Feed, item: FeedItem, page: Fetched | None = None) -> Article:
    """An item's article: from its page when one was fetched, else from the feed's content.

    The item's date is the publication date; the page's title and outlet name are
    preferred (feeds often shorten titles), the feed's used where the page is silent.
    """
    if page is not None:
        draft = _page_draft(page)
    elif item.content is not None:
        draft = _content_draft(item)
    else:
        raise ValueError(f"{item.link}: the feed carries no content, so the page must be fetched")
    draft = replace(
        draft,
        title=draft.title or item.title,
        published=item.published or draft.published,
        source=draft.source or feed.title,
    )
    return _finish(draft, item.link)


def _page_draft(fetched: Fetched) -> Draft:
    url = fetched.final_url
    try:
        text = decode_bytes(fetched.body, html=True, declared=fetched.charset)
        draft = read_html(text, url, base=url)
    except NotText:
        raise InputError(f"{url}: binary data, not a web page") from None
    except NoStory as error:
        raise InputError(f"{url}: {error}; give the article page itself") from None
    return replace(draft, url=_trusted_canonical(draft.url, url))


def _trusted_canonical(canonical: str | None, final_url: str) -> str:
    """Some sites name their home page as every page's canonical: such a link is ignored,
    or every article there would be taken for a new version of one."""
    if canonical is None:
        return final_url
    if urlsplit(canonical).path.strip("/") == "" and urlsplit(final_url).path.strip("/") != "":
        return final_url
    return canonical


def _content_draft(item: FeedItem) -> Draft:
    assert item.content is not None
    if not item.content_is_html:
        return Draft(text=item.content, uri=item.link, fmt="txt", title=item.title, url=item.link)
    page = (
        f"<html><head><title>{escape(item.title or '')}</title></head>"
        f"<body><article>{item.content}</article></body></html>"
    )
    try:
        draft = read_html(page, item.link)
    except NoStory as error:
        raise InputError(f"{item.link}: the feed's content for this item: {error}") from None
    return replace(draft, url=item.link)


def _finish(draft: Draft, where: str) -> Article:
    article = build_article(draft, Supplied())
    if article is None:
        raise InputError(f"{where}: no article text left after the headline")
    return article
