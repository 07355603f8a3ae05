"""News web pages: the story body via trafilatura, metadata from the page head."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from maritime.read.assemble import Draft
from maritime.read.dates import date_line, parse_date_value

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_TITLE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+[|–—-]\s+(?P<site>[^|–—]+?)\s*$")
_SITE_WORDS_MAX = 5
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
)
_PUBLISHED_KEYS = ("datePublished", "dateCreated")
_TEXT_NODES_MAX = 400
_STAMP_MAX = 100
_TOP_LINES = 6
_BYLINE = re.compile(r"^By\s+[A-Z][^.!?]{1,80}$")
# A page whose longest line is shorter than this holds menu words, not a story.
_SENTENCE_WORDS_MIN = 4
_JSON_LD_NODES_MAX = 500
# trafilatura writes tables as Markdown; its |---|---| rule lines carry no text.
_TABLE_RULE = re.compile(r"^[\s|:-]+$")
_INVISIBLE_TAGS = {"script", "style", "noscript", "template"}


class NoStory(ValueError):
    """The page has no readable article text."""


def read_html(html: str, uri: str, base: str | None = None) -> Draft:
    """Body from trafilatura (it strips menus, banners, related links, footers).

    `base` is the address the page was fetched from: a relative canonical link is
    resolved against it (a file on disk has none, so only absolute links count).
    """
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as error:
        raise NoStory("the page cannot be parsed as HTML") from error
    meta = _meta(tree)
    heading = _first_text(tree, "//h1")
    site = meta.get("og:site_name")
    title, suffix_site = _title(meta, _first_text(tree, "//title"), heading, site)
    body = _body(html, tree)
    body = _drop_leading(body, {title, heading})
    if not any(len(line.split()) >= _SENTENCE_WORDS_MIN for line in body.split("\n")):
        raise NoStory("no article text found in the page")
    return Draft(
        text=body,
        uri=uri,
        fmt="html",
        title=title,
        url=_canonical(tree, meta, base),
        source=site or _json_ld_value(tree, ("publisher", "name")) or suffix_site,
        published=_published(tree, meta),
    )


def _meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _first_text(tree: lxml.html.HtmlElement, path: str) -> str | None:
    for element in tree.xpath(path):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _title(
    meta: dict[str, str], page_title: str | None, heading: str | None, site: str | None
) -> tuple[str | None, str | None]:
    """(title, site name read from a ` | Site` suffix of <title>)."""
    suffix_site = None
    if page_title:
        match = _TITLE_SUFFIX.match(page_title)
        if match and _is_site_suffix(match["site"], heading, site):
            page_title, suffix_site = match["head"], match["site"]
    return meta.get("og:title") or meta.get("twitter:title") or page_title or heading, suffix_site


def _is_site_suffix(suffix: str, heading: str | None, site: str | None) -> bool:
    if site:
        return suffix.casefold() == site.casefold()
    if len(suffix.split()) > _SITE_WORDS_MAX:
        return False
    return heading is None or suffix.casefold() not in heading.casefold()


def _canonical(tree: lxml.html.HtmlElement, meta: dict[str, str], base: str | None) -> str | None:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = _absolute((link.get("href") or "").strip(), base)
        if "canonical" in rel and href:
            return href
    return _absolute(meta.get("og:url", ""), base)


def _absolute(href: str, base: str | None) -> str | None:
    if base and href:
        try:
            href = urljoin(base, href)
        except ValueError:  # a malformed address such as `http://[broken`
            return None
    return href if href.startswith(("http://", "https://")) else None


def _published(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> date | None:
    """Machine-readable dates first, then a date printed in the page's meta line."""
    for key in _PUBLISHED_META:
        found = parse_date_value(meta.get(key))
        if found:
            return found
    for key in _PUBLISHED_KEYS:
        found = parse_date_value(_json_ld_value(tree, (key,)))
        if found:
            return found
    for element in tree.iter("time"):
        found = parse_date_value(element.get("datetime")) or date_line(element.text_content())
        if found:
            return found
    return next(filter(None, map(date_line, _visible_texts(tree))), None)


def _visible_texts(tree: lxml.html.HtmlElement) -> Iterator[str]:
    count = 0
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        texts = [element.tail] if element.tag in _INVISIBLE_TAGS else [element.text, element.tail]
        for text in texts:
            if text and text.strip():
                count += 1
                yield text.strip()
        if count > _TEXT_NODES_MAX:
            return


def _json_ld_value(tree: lxml.html.HtmlElement, path: tuple[str, ...]) -> str | None:
    """A value from the page's JSON-LD, walking nested objects and @graph lists."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        found = _find_in_json(data, path)
        if found:
            return found
    return None


def _find_in_json(data: object, path: tuple[str, ...]) -> str | None:
    stack, visited = [data], 0
    while stack and visited < _JSON_LD_NODES_MAX:
        node, visited = stack.pop(), visited + 1
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            value: object = node
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, str) and value.strip():
                return value.strip()
            stack.extend(reversed(list(node.values())))
    return None


def _body(html: str, tree: lxml.html.HtmlElement) -> str:
    """trafilatura's main-text extraction, falling back to the page's paragraphs."""
    import trafilatura  # heavy import, only paid when HTML is read

    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=True, deduplicate=False
        )
    except Exception:  # a third-party parser's failure must not lose the page: fall back
        text = None
    if text and text.strip():
        lines = (line for line in text.split("\n") if line.strip())
        return "\n\n".join(line for line in lines if not _TABLE_RULE.match(line))
    paragraphs = (" ".join(p.text_content().split()) for p in tree.iter("p"))
    return "\n\n".join(p for p in paragraphs if p)


# A line this long above the headline is a paragraph of the story, not a kicker or stamp.
_PARAGRAPH_WORDS = 25


def _drop_leading(body: str, headings: set[str | None]) -> str:
    """trafilatura may keep the kicker, headline or date stamp above the story; drop them."""
    wanted = {" ".join(h.split()).casefold() for h in headings if h}
    lines = body.split("\n")
    tops = [" ".join(line.split()) for line in lines[:_TOP_LINES]]
    cut = max((i + 1 for i, line in enumerate(tops) if line.casefold() in wanted), default=0)
    while cut < len(lines) - 1 and _is_furniture(lines[cut]):
        cut += 1
    # ... and may hoist a story paragraph above them (a live blog's bold summary): keep it.
    hoisted = [line for line in lines[:cut] if len(line.split()) >= _PARAGRAPH_WORDS]
    return "\n\n".join([*hoisted, "\n".join(lines[cut:]).lstrip("\n")])


def _is_furniture(line: str) -> bool:
    """Blank lines, date stamps and bylines (`By Ana Ruiz, defence editor`)."""
    line = line.strip()
    if not line:
        return True
    if len(line) > _STAMP_MAX:
        return False
    return date_line(line) is not None or bool(_BYLINE.match(line))
