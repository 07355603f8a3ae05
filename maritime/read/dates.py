"""Publication dates as news pages and wires write them, read without guessing."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from dateutil import parser as dateutil_parser

from maritime.read.patterns import patterns

_MONTHS: dict[str, int] = patterns()["months"]
_MONTH = r"(?P<month>(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_DAY_MONTH_YEAR = re.compile(rf"\b{_WEEKDAY}{_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_FULL_DATES = (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR)

_MONTH_DAYS = (
    re.compile(rf"^{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$", re.I),
    re.compile(rf"^{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?$", re.I),
)
# The same shapes without groups, for embedding in the dateline pattern.
MONTH_DAY = re.sub(
    r"\(\?P<\w+>", "(?:", rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?"
)

_CUES = "|".join(sorted(patterns()["published_cues"], key=len, reverse=True))
_CUE_LINE = re.compile(rf"^[\s·|•:-]*(?:{_CUES})\b\s*(?:on|at)?\s*:?\s*(?P<rest>.*)$", re.I)
# What may sit around a date on a line of its own: time, zone, separators.
_TIME = r"(?:(?i:at)\s+)?\d{1,2}(?:[:.h]?\d{2})?"
_ZONE = r"(?:(?i:[ap]\.?m\.?)|[A-Z]{2,5}|[+-]\d{2}:?\d{2})"
_FILLER = r"[\s,·|/•:()-]*"
_DATE_ONLY_RESIDUE = re.compile(rf"^{_FILLER}(?:{_TIME}(?:\s*{_ZONE})*{_FILLER})?$")
_SEPARATORS = re.compile(r"[·|•]")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def make_date(year: str | int, month: str | int, day: str | int) -> date | None:
    """A date from written parts (`Dec.`, `12`, `2025`), or None when they are impossible."""
    month_number = month if isinstance(month, int) else _month_number(month)
    try:
        return date(int(year), month_number, int(day))
    except (TypeError, ValueError):
        return None


def _month_number(word: str) -> int:
    return int(word) if word.isdigit() else _MONTHS.get(word.lower().rstrip("."), 0)


def find_full_date(text: str) -> tuple[date, re.Match[str]] | None:
    """The first complete date (day, month and year) written in `text`."""
    best: tuple[date, re.Match[str]] | None = None
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            value = make_date(match["year"], match["month"], match["day"])
            if value:
                if best is None or match.start() < best[1].start():
                    best = (value, match)
                break
    return best


def date_line(line: str) -> date | None:
    """The date of a line that is only a date (plus time/zone) or a `Published ...` cue.

    Such lines carry the publication date; a date inside a sentence is an event date.
    Meta lines chain items with separators (`Opinion · Published 6 May 2023 · 4 min`).
    """
    for segment in (line, *_SEPARATORS.split(line)):
        value = _date_segment(segment)
        if value:
            return value
    return None


def is_cue_line(line: str) -> bool:
    """Whether the line announces publication (`Published ...`, `Updated: ...`)."""
    return bool(_CUE_LINE.match(line))


def _date_segment(line: str) -> date | None:
    cue = _CUE_LINE.match(line)
    found = find_full_date(cue["rest"] if cue else line)
    if found is None:
        return None
    value, match = found
    if cue:
        return value if not cue["rest"][: match.start()].strip(" ,:·|") else None
    residue = line[: match.start()] + " " + line[match.end() :]
    return value if _DATE_ONLY_RESIDUE.match(residue) else None


def month_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) from a dateline's date such as `Dec. 23` or `21 January`."""
    match = next(filter(None, (p.match(text.strip()) for p in _MONTH_DAYS)), None)
    if not match:
        return None
    month, day = _month_number(match["month"]), int(match["day"])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return month, day, int(match["year"]) if match["year"] else None


def years_in(text: str) -> set[int]:
    return {int(y) for y in _YEAR_IN_TEXT.findall(text)}


def on_nearest_year(month: int, day: int, anchor: date) -> date | None:
    """The month/day falling nearest to `anchor`: a wire dated Dec 31 read on Jan 2."""
    options = [make_date(anchor.year + shift, month, day) for shift in (-1, 0, 1)]
    valid = [d for d in options if d is not None]
    return min(valid, key=lambda d: abs((d - anchor).days), default=None)


def parse_date_value(value: object) -> date | None:
    """A metadata value (ISO date/datetime, `Sep 3, 2025`, epoch seconds) as a day.

    Datetimes keep their own local day: `2026-01-21T01:30+03:00` is the 21st where
    it was published. Values missing a day, month or year give None, never a guess.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    found = find_full_date(text)
    if found:
        return found[0]
    return _dateutil_complete(text)


def _dateutil_complete(text: str) -> date | None:
    """dateutil fills missing fields from a default; parse twice to refuse partial dates."""
    try:
        first = dateutil_parser.parse(text, default=datetime(2001, 1, 1))
        second = dateutil_parser.parse(text, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    return first.date() if first.date() == second.date() else None
