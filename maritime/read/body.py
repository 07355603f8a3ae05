"""Wire-copy furniture around the story: the dateline before it, agency tails after it.

Evidence sentences start after the dateline and end before `(Reporting by ...)`, so
both are cut from the text; the dateline is kept apart because it names a place,
an agency and often the day of publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from maritime.read.dates import MONTH_DAY, month_day
from maritime.read.patterns import patterns

# Two-letter capitals are acronyms (`US - China talks`), not places.
_CAPS_PLACE = r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}"
_TITLE_WORD = r"[A-Z][a-zà-ÿ'’.-]+"
_TITLE_PLACE = rf"{_TITLE_WORD}(?: (?:{_TITLE_WORD}|of|de|del|da|el|al|es|upon)){{0,3}}"
_DASH = r"\s*(?:--|[-–—])\s+"
_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}(?:/{_CAPS_PLACE})*|{_TITLE_PLACE}(?:/{_TITLE_PLACE})*)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’ -]{1,24}?)(?=,|\s*\(|\s*(?:--|[-–—])\s))?"
    rf"(?:,\s*(?P<date>(?i:{MONTH_DAY})))?"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    rf"{_DASH}(?:(?P<wire>[A-Z][A-Z&.]{{1,15}}(?: [A-Z][A-Z&.]+){{0,2}}){_DASH})?"
    r"(?=[A-Z0-9\"“‘'])"
)
_LOWERCASE_SOON = re.compile(r"[a-z]")
_DATELINE_LINES = 3
_TAILS = tuple(re.compile(p, re.I) for p in patterns()["tail_lines"])
_INLINE_TAIL = re.compile(
    r"\s*\((?:additional )?(?:reporting|writing|editing) by [^()]*\)\s*$", re.I
)


@dataclass(frozen=True)
class Dateline:
    text: str
    agency: str | None
    # (month, day, year or None) when the dateline carries a date.
    when: tuple[int, int, int | None] | None


def _match_dateline(line: str) -> tuple[Dateline, int] | None:
    match = _DATELINE.match(line)
    if not match:
        return None
    place_is_caps = match["place"] == match["place"].upper()
    agency = match["agency"] or match["wire"]
    if not (place_is_caps or match["date"] or agency):
        return None
    # An all-caps bulletin has dashes between shouted words, not a dateline.
    if not _LOWERCASE_SOON.search(line, match.end(), match.end() + 40):
        return None
    when = month_day(match["date"]) if match["date"] else None
    text = line[: match.end()].rstrip(" -–—")
    return Dateline(text=text, agency=agency.strip() if agency else None, when=when), match.end()


def cut_dateline(text: str) -> tuple[str, Dateline | None]:
    """Remove a dateline opening one of the first paragraphs.

    It may follow a kicker label (`ANALYSIS`) or a web page's standfirst.
    """
    start = 0
    for _ in range(_DATELINE_LINES):
        end = text.find("\n", start)
        line = text[start:] if end == -1 else text[start:end]
        found = _match_dateline(line)
        if found:
            dateline, length = found
            return text[:start] + text[start + length :], dateline
        if end == -1:
            break
        start = end + 1
        while text.startswith("\n", start):
            start += 1
    return text, None


# A block of links to other stories closing the page: "Related coverage" (or "Read more",
# "See also") over lines that are headlines, not sentences.
_LINKS_HEADER = re.compile(
    r"^(?:related|read more|more from|see also|also read|more on this|more coverage|"
    r"associated coverage|you may also like|further reading)\b[\w ]{0,30}:?$",
    re.I,
)
_HEADLINE_LINE = re.compile(r"^[^\n]{3,120}(?<![.:;!?\"”])$")


def _links_block(lines: list[str]) -> int | None:
    """Where a closing block of story links starts: a header line, then only headlines."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if _LINKS_HEADER.match(lines[index].strip()):
            after = [line.strip() for line in lines[index + 1 :] if line.strip()]
            return index if after and all(_HEADLINE_LINE.match(line) for line in after) else None
    return None


def strip_tails(text: str) -> str:
    """Drop agency sign-offs, credits and copyright lines from the end of the story, and a
    closing block of links to other stories."""
    lines = text.rstrip().split("\n")
    links = _links_block(lines)
    if links is not None:
        lines = lines[:links]
    while lines:
        last = lines[-1].strip()
        if not last or any(p.match(last) for p in _TAILS):
            lines.pop()
            continue
        trimmed = _INLINE_TAIL.sub("", lines[-1])
        if trimmed != lines[-1] and trimmed.strip():
            lines[-1] = trimmed
        break
    return "\n".join(lines).rstrip()
