"""Plain-text articles: headline on the first line, then the story."""

from __future__ import annotations

import re
from datetime import date

from maritime.read.assemble import Draft
from maritime.read.dates import date_line, is_cue_line
from maritime.read.decode import normalise

_HEADLINE_MAX = 200
_META_LINE_MAX = 100
_META_LINES = 4
_TITLE_PARTS = re.compile(r"\s[-–—|]\s")


def read_text(text: str, uri: str, fmt: str = "txt") -> Draft:
    """Split off the headline and read a publication date printed near it."""
    text = normalise(text)
    head, _, rest = text.partition("\n")
    title = head.strip() if _is_headline(head, rest) else None
    body = rest if title else text
    published = _headline_date(title) if title else None
    body, meta_date = _take_meta_date(body)
    return Draft(text=body, uri=uri, fmt=fmt, title=title, published=published or meta_date)


def _is_headline(line: str, rest: str) -> bool:
    """A long sentence-like first line is a terse report's body, not its headline."""
    stripped = line.strip()
    if not rest.strip() or len(stripped) > _HEADLINE_MAX:
        return False
    return not (stripped.endswith(".") and len(stripped) > _META_LINE_MAX)


def _headline_date(title: str) -> date | None:
    """Bulletins put their issue date in the headline: `PIRACY ROUND-UP - 30 March 2020`."""
    for part in (title, *_TITLE_PARTS.split(title)):
        found = date_line(part)
        if found:
            return found
    return None


def _take_meta_date(body: str) -> tuple[str, date | None]:
    """Read a date line under the headline; drop it if it is only a `Published ...` stamp.

    Bare date lines stay: in bulletins they are also the incident's time.
    """
    lines = body.split("\n")
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if len(line) > _META_LINE_MAX or seen == _META_LINES:
            break
        seen += 1
        found = date_line(line)
        if found:
            if is_cue_line(line):
                del lines[index]
            return "\n".join(lines), found
    return body, None
