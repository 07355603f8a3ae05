"""Time expressions in news sentences, resolved against the publication date.

News reports the past, so a bare "Monday" or "10 December" is the latest such day
not after publication. General parsers (dateparser, parsedatetime) resolve forwards
and fall back on today's date, so they misdate exactly the sentences we read. Every
span keeps its phrase, offsets and precision so later stages can show their work.
Words live in lexicon/times.json; this module holds the calendar arithmetic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from maritime.extract.lexicon import load
from maritime.extract.numbers import NUMBER_WORDS
from maritime.text.folding import FoldedPattern, lowered

_LEX = load("times")

# A yearless day may be this far after publication: news announces near plans.
_AHEAD = timedelta(days=7)
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class TimeSpan:
    """One time expression and the days it can denote.

    `kind` says how the event extractor should read it: "point" (an act on or in
    that time), "future" (after publication), "since" (from that time up to
    publication), "until" (the phrase names an upper bound), "recent" ("over the
    past two weeks": up to publication), "relative" ("two days later": `offset_days`
    from an anchor the sentence does not name, see `resolve_relative`), "clock"
    (a time of day, which never moves the day).
    """

    start: date | None
    end: date | None
    precision: str | None
    phrase: str
    start_char: int
    end_char: int
    kind: str
    offset_days: int | None = None


def find_times(text: str, published: date | None) -> list[TimeSpan]:
    """Every time expression in `text` (usually one sentence), left to right,
    resolved against the publication date. With published=None, absolute dates with a
    year still resolve; relative ones keep start/end/precision None (never guess
    from today's date)."""
    spans = _join_ranges(text, _scan(text, _Reference(published, _AHEAD)))
    spans = _with_day_parts(text, spans)
    return [_marked_future(_with_cue(text, span, published), published) for span in spans]


def resolve_relative(span: TimeSpan, anchor: date) -> TimeSpan:
    """Pin a "relative" span ("two days later") to the day of the event it follows."""
    if span.kind != "relative" or span.offset_days is None:
        return span
    day = anchor + timedelta(days=span.offset_days)
    return replace(span, start=day, end=day, precision="day", kind="point")


class _Value(NamedTuple):
    start: date | None
    end: date | None
    precision: str | None
    kind: str = "point"
    offset_days: int | None = None


class _Reference(NamedTuple):
    day: date | None  # what relative expressions count back from
    ahead: timedelta  # how far after `day` a yearless date may fall


_UNRESOLVED = _Value(None, None, None)
_NO_CONTEXT = _Value(None, None, None, "relative")


# --- regex building blocks -------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)


def _ending_with(words: Iterable[str]) -> re.Pattern[str]:
    """Matches text that ends with one of `words` and a space: a cue before a span."""
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})\s+(?:the\s+)?$", re.IGNORECASE)


def _norm(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.lower().replace("’", "'")).strip()


_MONTHS = {spelling: n for n, names in enumerate(_LEX["months"], 1) for spelling in names}
_FULL_MONTHS = [names[0] for names in _LEX["months"]]
_MONTHS_OF = {n: names[0][:3] for n, names in enumerate(_LEX["months"], 1)}
_ABBREVIATIONS = [spelling for names in _LEX["months"] for spelling in names[1:]]
_WEEKDAYS = {name: n for n, name in enumerate(_LEX["weekdays"])}
_NUMBERS: dict[str, int] = NUMBER_WORDS | _LEX["vague_numbers"]
_UNITS = ("hour", "day", "week", "fortnight", "month", "year", "decade")

_START = r"(?<![\w.,:/-])"
_Y = r"(?P<y>(?:19|20)\d\d)"
_WD = _alt(_WEEKDAYS)
_ON_WEEKDAY = rf"(?:(?:{_WD})\b,?\s+(?:the\s+)?)?"
_N = rf"(?P<n>\d{{1,3}}|{_alt(_NUMBERS)})"
_ZONE = _alt(_LEX["time_zones"])
# After a month and day a year may be old ("November 30, 1886"): history pieces date
# their stories; a bare four-digit number elsewhere is more often a count.
_YEAR_TAIL = rf"(?:,?\s+(?P<y>(?:18|19|20)\d\d)\b(?!\s*(?:{_ZONE})\b))?"
# Terse reports write the year in two digits after the month ("boarded 29 Jan 08 at 0300",
# "ON 23 AUG 04,"); only where no noun can follow, so "on 3 Dec 12 robbers" is a count.
_SHORT_YEAR_TAIL = (
    r"\s+(?P<yy>\d\d)(?=\s*(?:$|[,.;:()]|(?:at|in|on|while|around|about|between|near|off|"
    r"approximately|local|utc|gmt|lt|reported|per|during|when|after|before)\b|\d{4}\b))"
)
_UNIT = rf"(?P<unit>{'|'.join(_UNITS)})s?"
_PART = rf"(?P<part>{_alt(_LEX['parts'])})"
_MONTH_PART = rf"(?P<part>{_alt(_LEX['parts'] | _LEX['month_parts'])})"
_JOIN = _alt(_LEX["range_joiners"])
_MONTH3 = "|".join(name[:3].upper() for name in _FULL_MONTHS)
_MONTH = rf"(?P<mon>(?:{_alt(_FULL_MONTHS)})\b|(?:{_alt(_ABBREVIATIONS)})\b\.?)"


def _day(group: str) -> str:
    return rf"(?P<{group}>[0-3]?\d)(?:st|nd|rd|th)?"


# The days between the first and the last of a list: "June 11|, 12| and 13".
_MIDDLE_DAYS = r"(?P<mid>(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?(?=\s*,|\s+and\b))*)(?:\s*,)?"
_DIGITS = re.compile(r"\d+")


_MONTH_CUE = _ending_with(_LEX["month_cues"])
_YEAR_CUE = re.compile(
    rf"(?:(?<![\w-])(?:{_alt(_LEX['year_cues'])})\s+|(?:19|20)\d\d\s*(?:{_JOIN})\s*)$",
    re.IGNORECASE,
)
_SINCE_CUE = _ending_with(_LEX["since_cues"])
_UNTIL_CUE = _ending_with(_LEX["until_cues"])
_OPENER = _ending_with(_LEX["range_openers"])
_JOINER = re.compile(rf"\s*(?:{_JOIN})\s*", re.IGNORECASE)
_DASH = re.compile(r"\s*[-–—]\s*")
_DAY_PART_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alt(_LEX['day_part_prefixes'])})\s+(?:on\s+)?$", re.IGNORECASE
)
_DAY_PART_AFTER = re.compile(rf"\s+(?:{_alt(_LEX['day_parts'])})\b", re.IGNORECASE)
# "on March 3 and 11 crew": a noun after the last day counts it; a preposition ("June 11,
# 12 and 13 off Batam") or a clause word does not.
_LOWER_WORD_NEXT = re.compile(
    r"\s+(?!(?:off|in|at|on|near|north|south|east|west|from|to|when|while|as|after|before|"
    r"and|but|the|a|an|with|within|inside|outside|along|around|between|last|this)\b)[a-z]"
)
_TITLE_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _ends_with(cue: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """The cue that ends right before `pos`, if any (looking a short way back)."""
    return cue.search(text[max(0, pos - 40) : pos])


# --- calendar arithmetic -----------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _exact_day(year: int, month: int, day: int) -> _Value | None:
    found = _safe_date(year, month, day)
    return _Value(found, found, "day") if found else None


def _yearless_day(month: int, day: int, ref: _Reference) -> _Value | None:
    """The latest such day not after the reference (plus its allowance)."""
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: 29 February passes
        return None
    if ref.day is None:
        return _UNRESOLVED
    limit = ref.day + ref.ahead
    for year in range(limit.year, limit.year - 8, -1):
        found = _safe_date(year, month, day)
        if found and found <= limit:
            return _Value(found, found, "day")
    return None


def _full_year(digits: str, ref: _Reference) -> int:
    """Two-digit years ("26MAR12") in the century that keeps them near publication."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    newest = ref.day.year + 1 if ref.day else 2068
    return year if year <= newest else year - 100


def _containing(unit: str, day: date) -> tuple[date, date]:
    """The calendar day, week (Monday to Sunday), month or year around `day`."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = day.replace(day=1)
        return first, first + relativedelta(months=1) - _DAY
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def _delta(count: int, unit: str) -> relativedelta:
    if unit == "hour":
        return relativedelta(days=math.ceil(count / 24))
    if unit == "fortnight":
        return relativedelta(weeks=2 * count)
    if unit == "decade":
        return relativedelta(years=10 * count)
    return relativedelta(**{unit + "s": count})


def _shaped(bounds: tuple[date, date], unit: str, part: str | None) -> _Value:
    """A calendar period, or its early / mid / late part."""
    start, end = bounds
    if part is None:
        return _Value(start, end, unit)
    first, last = _LEX["part_bounds"][unit][part]
    if unit == "year":
        start = date(start.year, first, 1)
        end = _containing("month", date(start.year, last, 1))[1]
    elif unit == "month":
        start, end = start.replace(day=first), min(end, start.replace(day=min(last, end.day)))
    elif unit == "decade":
        start, end = date(start.year + first, 1, 1), date(start.year + last, 12, 31)
    else:
        start, end = start + timedelta(days=first), start + timedelta(days=last)
    return _Value(start, end, "range")


def _part(m: re.Match[str]) -> str | None:
    if m["part"] is None:
        return None
    phrase = _norm(m["part"])
    return _LEX["parts"].get(phrase) or _LEX["month_parts"][phrase]


def _count(token: str | None, default: int) -> int:
    if token is None:
        return default
    return int(token) if token.isdigit() else _NUMBERS[_norm(token)]


def _month_number(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()]


def _capitalised(token: str) -> bool:
    """Month names are proper nouns: "may" and "march" in lower case are not dates."""
    return not token.islower()


def _part_of_name(m: re.Match[str]) -> bool:
    """ "Unaizah May 4", "Long March 5": a month word that continues a proper name."""
    if m["mon"].rstrip(".").lower() not in _LEX["common_word_months"]:
        return False
    at = m.start("mon")  # the word right before the month: "Long March 5", not "Guayaquil 10 May"
    before = _TITLE_WORD_BEFORE.search(m.string[max(0, at - 40) : at])
    return bool(before) and before[1].lower() not in _LEX["date_leads"]


# --- rules: one regex and the function that resolves its match ----------------------

_Resolver = Callable[[re.Match[str], _Reference], list[TimeSpan]]


@dataclass(frozen=True)
class _Rule:
    pattern: FoldedPattern
    resolve: _Resolver
    # Cheap tests on the case-folded text that every match passes (a digit, a month
    # word...): a sentence failing one is not scanned with this rule at all.
    needs: tuple[re.Pattern[str], ...] = ()


def _span(m: re.Match[str], value: _Value | None, start: int | None = None) -> list[TimeSpan]:
    """The match (or the part of it from `start`) as a span; no span for no value."""
    if value is None:
        return []
    begin = m.start() if start is None else start
    return [TimeSpan(*value[:3], m.string[begin : m.end()], begin, m.end(), *value[3:])]


def _iso(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    return _span(m, _exact_day(int(m["y"]), int(m["m"]), int(m["d"])))


def _numeric(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """27.03.2020 is day-first, unless only month-first is a date (02.15.2023, as US
    military releases write); 12/06/2024 is either, so take the reading nearest
    publication that is not after it, and leave it unresolved without one."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    dotted = m["sep"] == "." and _safe_date(year, b, a) is not None
    readings = {(a, b)} if dotted else {(a, b), (b, a)}
    days = sorted({d for day, month in readings if (d := _safe_date(year, month, day))})
    if len(days) > 1 and ref.day is not None:
        past = [d for d in days if d <= ref.day + ref.ahead]
        days = [max(past) if past else days[0]]
    if len(days) != 1:
        return _span(m, _UNRESOLVED if days else None)
    return _span(m, _Value(days[0], days[0], "day"))


def _zulu_day(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "15/01 approx 1300Z": maritime security bulletins list incidents by day/month and
    Zulu time, the year left to the reader (the latest such day by publication)."""
    return _span(m, _yearless_day(int(m["m"]), int(m["d"]), ref))


def _military(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ASAM / NAVAREA forms: "26MAR12", "25-MAR-12", "260712Z MAR 12", "172030Z Oct"."""
    if not _capitalised(m["mon"]):
        return []
    month, day = _month_number(m["mon"]), int(m["d"])
    if m["yy"] is None:
        return _span(m, _yearless_day(month, day, ref))
    return _span(m, _exact_day(_full_year(m["yy"], ref), month, day))


def _calendar_day(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "10 December 2025", "Dec. 10", "Wednesday, December 10" (the date wins)."""
    if not _capitalised(m["mon"]) or _part_of_name(m):
        return []
    return _span(m, _dated(m, _month_number(m["mon"]), int(m["d"]), ref))


def _dated(m: re.Match[str], month: int, day: int, ref: _Reference) -> _Value | None:
    """The day in the match's year, or in the nearest year when it names none."""
    if m["y"]:
        return _exact_day(int(m["y"]), month, day)
    if m.re.groupindex.get("yy") and m["yy"]:
        return _exact_day(_full_year(m["yy"], ref), month, day)
    return _yearless_day(month, day, ref)


def _day_pair(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "1-3 March", "between 1 and 3 March" (a range); "15 and 19 September" (two days)."""
    if not _capitalised(m["mon"]):
        return []
    month, first, last = _month_number(m["mon"]), int(m["d1"]), int(m["d"])
    opener = _ends_with(_OPENER, m.string, m.start())
    listed = _norm(m["conj"]) in ("and", "&") and not opener
    month_first = m.start("mon") < m.start("d1")
    if listed and month_first and _LOWER_WORD_NEXT.match(m.string, m.end()):
        return []  # "on March 3 and 11 crew": the 11 counts people
    ends = _dated(m, month, last, ref)
    if ends is None or not 1 <= first <= last or (m["mid"] and not listed):
        return []
    begins = (ends.start and _exact_day(ends.start.year, month, first)) or _UNRESOLVED
    if not listed:
        start = m.start() - len(opener.group()) if opener else m.start()
        return _span(m, _Value(begins.start, ends.end, "range" if ends.start else None), start)
    # The first day alone: "15" of "15 and 19", "March 3" of "March 3 and 4"; then each
    # day between ("June 11, 12 and 13").
    head = m.string[m.start() : m.end("d1")]
    year = ends.start.year if ends.start else None
    middle = [_listed_day(m, d, year, month) for d in _DIGITS.finditer(m["mid"] or "")]
    return [
        TimeSpan(*begins[:3], head, m.start(), m.end("d1"), "point"),
        *middle,
        *_span(m, ends, m.start("d")),
    ]


def _listed_day(m: re.Match[str], digits: re.Match[str], year: int | None, month: int) -> TimeSpan:
    """One day between the first and the last of a list, where it stands in the text."""
    value = (year and _exact_day(year, month, int(digits.group()))) or _UNRESOLVED
    start = m.start("mid") + digits.start()
    return TimeSpan(*value[:3], digits.group(), start, start + len(digits.group()), "point")


def _month_value(year: int, month: int, part: str | None) -> _Value:
    return _shaped(_containing("month", date(year, month, 1)), "month", part)


def _month_year(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    if not _capitalised(m["mon"]):
        return []
    return _span(m, _month_value(int(m["y"]), _month_number(m["mon"]), _part(m)))


def _month_alone(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "in September", "last October", "mid-November": the latest such month begun by
    publication, unless "last", "this" or "next" says otherwise; "December last year",
    "March of this year": that month of the year named."""
    token, rel, part = m["mon"], _norm(m["rel"] or ""), _part(m)
    year_word = _norm(m["yrel"] or "")
    if not _capitalised(token) or (rel and year_word):
        return []
    bare = token.rstrip(".").lower()
    needs_cue = bare in _LEX["common_word_months"] or bare in _ABBREVIATIONS
    cued = rel or part or year_word or _ends_with(_MONTH_CUE, m.string, m.start())
    if needs_cue and not cued:
        return []
    kind = "future" if "next" in (rel, year_word) else "point"
    if ref.day is None:
        return _span(m, _UNRESOLVED._replace(kind=kind))
    month, this_month = _month_number(token), ref.day.month
    year = ref.day.year
    if year_word:
        year += _SHIFT[year_word]
    elif rel == "last":
        year -= month >= this_month
    elif rel == "next":
        year += month <= this_month
    elif rel != "this":
        year -= month > this_month
    return _span(m, _month_value(year, month, part)._replace(kind=kind))


# A year that modifies the noun after it: "the 2019 seizure", "Iran's 2023 raid on".
_YEAR_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their)|\w['’]s)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:tonnes|tons|barrels|kilo\w*|pounds|lbs|litres|liters|gallons|miles|nautical|km|"
    r"metres|meters|feet|people|persons|migrants|troops|sailors|crew|containers|vessels|ships|"
    r"boats|cars|TEU)\b)[a-z]+\b"
)


def _year(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "in 2023", "since 2007", "mid-2023", "the 2019 seizure": a bare four-digit number
    needs a cue, or a determiner before it and a noun after."""
    part = _part(m)
    modifies = _ends_with(_YEAR_MODIFIER_BEFORE, m.string, m.start()) and _NOUN_NEXT.match(
        m.string, m.end()
    )
    if part is None and not modifies and not _ends_with(_YEAR_CUE, m.string, m.start()):
        return []
    year = int(m["y"])
    return _span(m, _shaped((date(year, 1, 1), date(year, 12, 31)), "year", part))


def _fiscal_year(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "Fiscal Year 2016", "FY2022": U.S. federal releases count the year from 1 October
    of the year before to 30 September."""
    year = int(m["y"])
    return _span(m, _Value(date(year - 1, 10, 1), date(year, 9, 30), "range"))


def _decade(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    first = int(m["dec"])
    value = _shaped((date(first, 1, 1), date(first + 9, 12, 31)), "decade", _part(m))
    return _span(m, value._replace(precision="range"))


def _weekday(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """Backwards: "on Monday" is the latest Monday on or before publication, "last
    Monday" the latest one before it; "next Monday" is the first one after it."""
    rel, week = _norm(m["rel"] or ""), _norm(m["wk"] or "") or None
    kind = "future" if rel in ("next", "coming", "this coming") else "point"
    if ref.day is None:
        return _span(m, _UNRESOLVED._replace(kind=kind))
    target, today = _WEEKDAYS[m["wd"].lower()], ref.day.weekday()
    if rel == "this":
        week = "this"
    if week:
        monday = _containing("week", ref.day)[0] + timedelta(weeks=_SHIFT[week])
        day = monday + timedelta(days=target)
    elif kind == "future":
        day = ref.day + timedelta(days=(target - today - 1) % 7 + 1)
    elif rel:  # last, past, this past
        day = ref.day - timedelta(days=(today - target - 1) % 7 + 1)
    else:
        day = ref.day - timedelta(days=(today - target) % 7)
    return _span(m, _Value(day, day, "day", kind))


_SHIFT = {"last": -1, "this": 0, "next": 1, "the": 0}


def _day_word(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "yesterday", "overnight" (the night before publication runs into it)."""
    if ref.day is None:
        return _span(m, _UNRESOLVED)
    first, last = _LEX["day_words"][_norm(m.group())]
    start, end = ref.day + timedelta(days=first), ref.day + timedelta(days=last)
    return _span(m, _Value(start, end, "day" if start == end else "range"))


def _holiday(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    month, day = _LEX["holidays"][_norm(m.group())]
    return _span(m, _yearless_day(month, day, ref))


def _period(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "last week" (Monday to Sunday before), "earlier this month", "late last year"."""
    rel, unit = _norm(m["rel"]), m["unit"].lower()
    part = _norm(m["part"] or "")
    if rel == "the" and not part:
        return []  # "in the week before the attack": no period of its own
    # "earlier in the week" is this week's, as "earlier this week" is.
    kind = "future" if rel == "next" or part == "later" else "point"
    if ref.day is None:
        return _span(m, _UNRESOLVED._replace(kind=kind))
    start, end = _containing(unit, ref.day + _delta(_SHIFT[rel], unit))
    if part == "earlier":
        return _span(m, _Value(start, max(start, min(end, ref.day - _DAY)), "range"))
    if part == "later":
        return _span(m, _Value(max(start, min(end, ref.day + _DAY)), end, "range", kind))
    value = _shaped((start, end), unit, _LEX["parts"].get(part))
    if rel == "this" and value.start <= ref.day:  # what was reported has happened
        value = value._replace(end=min(value.end, ref.day))
    return _span(m, value._replace(kind=kind))


def _weekend(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """The latest Saturday-Sunday on or before publication ("last weekend": before it)."""
    rel = _norm(m["rel"] or "")
    if ref.day is None:
        return _span(m, _UNRESOLVED)
    today = ref.day.weekday()
    saturday = ref.day - timedelta(days=(today - 5) % 7)
    if rel == "last" and today >= 5:
        saturday -= timedelta(weeks=1)
    elif rel == "next" or (rel == "this" and today < 5):
        saturday += timedelta(weeks=1)
    value = _Value(saturday, saturday + _DAY, "range")
    if saturday <= ref.day:
        value = value._replace(end=min(value.end, ref.day))
    return _span(m, value)


def _recent(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "over the past two weeks", "in recent days", "over the previous 72 hours": back
    from publication to it."""
    unit = m["unit"].lower()
    default = _LEX["recent_default"][unit] if m["recent"] else 1
    if ref.day is None:
        return _span(m, _UNRESOLVED._replace(kind="recent"))
    count = _count(m["n"] or m["n2"] or m["n3"], default)
    return _span(m, _Value(ref.day - _delta(count, unit), ref.day, "range", "recent"))


def _ago(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "two weeks ago" is the week around publication less two weeks."""
    unit = m["unit"].lower()
    if ref.day is None:
        return _span(m, _UNRESOLVED)
    if m["n"] is None:  # "days ago": somewhere in the recent past
        back = _delta(_LEX["recent_default"][unit], unit)
        return _span(m, _Value(ref.day - back, ref.day, "range", "recent"))
    day = ref.day - _delta(_count(m["n"], 1), unit)
    precision = {"hour": "day", "fortnight": "week", "decade": "year"}.get(unit, unit)
    return _span(m, _Value(*_containing(precision, day), precision))


def _duration(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "after an 80-day patrol": the stretch of that length up to publication, the one
    reading a release about a ship's return allows without its sailing date."""
    if ref.day is None:
        return _span(m, _UNRESOLVED._replace(kind="recent"))
    back = _delta(_count(m["n"], 1), m["unit"].lower())
    return _span(m, _Value(ref.day - back, ref.day, "range", "recent"))


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def _relative(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """ "two days later", "a week earlier": an offset from an unnamed anchor."""
    unit, direction, count = m["unit"].lower(), _norm(m["dir"]), m["n"]
    if count is None and direction in ("before", "after"):
        return []  # "day after day", "years before the war"
    sign = 1 if direction in ("later", "after", "afterwards", "afterward") else -1
    if unit == "hour":  # "hours later": the same day, as far as a timeline can tell
        offset = sign * (_count(count, 0) // 24)
    elif count is not None and unit in _UNIT_DAYS:
        offset = sign * _count(count, 1) * _UNIT_DAYS[unit]
    else:
        offset = None
    return _span(m, _NO_CONTEXT._replace(offset_days=offset))


def _relative_phrase(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    return _span(m, _NO_CONTEXT._replace(offset_days=_LEX["relative_phrases"][_norm(m.group())]))


def _clock(m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    """Recognised so "0259" is never read as a year; a time of day never moves the day."""
    return _span(m, _Value(None, None, None, "clock"))


def _rule(
    pattern: str,
    resolve: _Resolver,
    *needs: re.Pattern[str],
    flags: int = re.IGNORECASE,
) -> _Rule:
    return _Rule(FoldedPattern(re.compile(pattern, flags)), resolve, needs)


def _any_word(*phrase_lists: Iterable[str]) -> re.Pattern[str]:
    """A test that a text holds one of the phrases: one word of each (its longest without
    an apostrophe) must then stand in it verbatim."""
    words = {
        max((w for w in re.split(r"[\s'’]+", phrase.lower()) if w), key=len)
        for phrases in phrase_lists
        for phrase in phrases
    }
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


# Every month spelling starts with its three-letter abbreviation; every weekday ends in "day".
_HAS_DIGIT = re.compile(r"\d")
_HAS_MONTH = re.compile("|".join(name[:3] for name in _FULL_MONTHS))
_HAS_WEEKDAY = _any_word(["day"])
_HAS_UNIT = _any_word(_UNITS)
assert all(spelling.startswith(_MONTHS_OF[n]) for spelling, n in _MONTHS.items())
assert all(day.endswith("day") for day in _WEEKDAYS)


_CLOCK = "|".join(
    (
        rf"{_START}(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d)\s*"
        rf"(?:{_ZONE})\b",
        rf"{_START}(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b\.?",
        r"(?<=\bat\s)(?:[01]?\d|2[0-3]):[0-5]\d(?![\w:])",
        rf"{_START}(?:{_alt(_LEX['clock_words'])})\b(?!\s+of\b)",
    )
)

# Order breaks ties between equally long matches at the same place.
_RULES = (
    _rule(
        rf"{_START}{_Y}(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d|[.:/-]\d)",
        _iso,
        _HAS_DIGIT,
    ),
    _rule(
        rf"{_START}(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep){_Y}(?!\d|[.:/-]\d)",
        _numeric,
        _HAS_DIGIT,
    ),
    _rule(
        rf"{_START}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?=\s+(?:approx\.?\s+|at\s+)?[0-2]\d[0-5]\d\s?Z\b)",
        _zulu_day,
        _HAS_DIGIT,
    ),
    _rule(
        rf"{_START}(?P<d>[0-3]\d)[0-2]\d[0-5]\d(?:\s?(?:UTC|GMT|LT)|[A-Z])?"
        rf"\s?(?P<mon>{_MONTH3})(?![a-z])"
        r"(?:\s?(?P<yy>\d\d(?:\d\d)?)\b)?(?![\w:.,]\d)",
        _military,
        _HAS_DIGIT,
        _HAS_MONTH,
    ),
    _rule(
        rf"{_START}(?P<d>[0-3]?\d)-?(?P<mon>{_MONTH3})-?(?P<yy>\d\d(?:\d\d)?)\b",
        _military,
        _HAS_DIGIT,
        _HAS_MONTH,
        flags=0,
    ),
    _rule(
        rf"{_START}{_ON_WEEKDAY}{_day('d')}(?:\s+of)?\s+{_MONTH}"
        rf"(?:{_SHORT_YEAR_TAIL}|{_YEAR_TAIL})(?![.,:]?\d)",
        _calendar_day,
        _HAS_DIGIT,
        _HAS_MONTH,
    ),
    _rule(
        rf"{_START}{_ON_WEEKDAY}{_MONTH}\.?\s+{_day('d')}\b(?![.,:]\d|\s*%){_YEAR_TAIL}",
        _calendar_day,
        _HAS_DIGIT,
        _HAS_MONTH,
    ),
    _rule(
        rf"{_START}{_day('d1')}{_MIDDLE_DAYS}\s*(?P<conj>{_JOIN}|&)\s*{_day('d')}(?:\s+of)?\s+{_MONTH}"
        rf"{_YEAR_TAIL}",
        _day_pair,
        _HAS_DIGIT,
        _HAS_MONTH,
    ),
    _rule(
        rf"{_START}{_MONTH}\.?\s+{_day('d1')}{_MIDDLE_DAYS}\s*(?P<conj>{_JOIN}|&)\s*{_day('d')}\b(?![.,:]\d)"
        rf"{_YEAR_TAIL}",
        _day_pair,
        _HAS_DIGIT,
        _HAS_MONTH,
    ),
    _rule(
        rf"{_START}(?:{_MONTH_PART}[\s-]+)?{_MONTH},?\s+(?:of\s+)?{_Y}\b(?![.,:]\d)",
        _month_year,
        _HAS_DIGIT,
        _HAS_MONTH,
    ),
    _rule(
        rf"{_START}(?:(?P<rel>last|next|this)\s+)?(?:{_MONTH_PART}[\s-]+)?{_MONTH}"
        r"(?:\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b(?!['’]))?",
        _month_alone,
        _HAS_MONTH,
    ),
    _rule(rf"{_START}(?:fiscal\s+year\s+|FY\s?){_Y}\b", _fiscal_year, _HAS_DIGIT),
    _rule(rf"{_START}(?:{_PART}[\s-]+)?{_Y}(?![\w%]|[.,:/]\d)", _year, _HAS_DIGIT),
    _rule(rf"{_START}(?:{_PART}[\s-]+)?(?P<dec>(?:19|20)\d0)['’]?s\b", _decade, _HAS_DIGIT),
    _rule(
        rf"{_START}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming)\s+)?"
        rf"(?P<wd>{_WD})\b(?:\s+(?:of\s+)?(?P<wk>last|this|next)\s+week\b)?",
        _weekday,
        _HAS_WEEKDAY,
    ),
    _rule(rf"{_START}(?:{_alt(_LEX['day_words'])})\b", _day_word, _any_word(_LEX["day_words"])),
    _rule(rf"{_START}(?:{_alt(_LEX['holidays'])})\b", _holiday, _any_word(_LEX["holidays"])),
    _rule(
        rf"{_START}(?:(?P<part>{_alt(_LEX['parts'])}|earlier|later)[\s-]+(?:in\s+)?)?"
        rf"(?P<rel>last|this|next|(?<=in\s)the)\s+(?P<unit>week|month|year)\b(?!\s+of\b)",
        _period,
        _any_word(["week", "month", "year"]),
    ),
    _rule(
        rf"{_START}(?:(?:over|at|during|on)\s+the|(?P<rel>last|this|next|past))\s+weekend\b",
        _weekend,
        _any_word(["weekend"]),
    ),
    _rule(
        rf"{_START}(?:(?:over|in|during|within|for|throughout)\s+)?"
        rf"(?:the\s+(?:past|last)\s+(?:{_N}\s+)?"
        rf"|the\s+(?:previous|preceding)\s+(?P<n3>\d{{1,3}}|{_alt(_NUMBERS)})\s+"
        rf"|(?:past|last)\s+(?P<n2>\d{{1,3}}|{_alt(_NUMBERS)})\s+"
        rf"|(?P<recent>recent)\s+){_UNIT}\b(?!\s+of\b)",
        _recent,
        _HAS_UNIT,
    ),
    _rule(rf"{_START}(?:{_N}\s+)?{_UNIT}\s+ago\b", _ago, _HAS_UNIT),
    _rule(
        rf"{_START}(?:an?|their|its|the|his|her|our)\s+{_N}[\s-]+{_UNIT}[\s-]+(?:long\s+)?"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(_LEX['duration_nouns'])})s?\b",
        _duration,
        _HAS_UNIT,
    ),
    _rule(
        rf"{_START}(?:{_N}\s+)?{_UNIT}\s+"
        r"(?P<dir>later|earlier|before|after|afterwards|afterward|prior|previously)\b",
        _relative,
        _HAS_UNIT,
    ),
    _rule(
        rf"{_START}(?:{_alt(_LEX['relative_phrases'])})\b",
        _relative_phrase,
        _any_word(_LEX["relative_phrases"]),
    ),
    _rule(_CLOCK, _clock, re.compile(rf"\d|{_any_word(_LEX['clock_words']).pattern}")),
)


_HINTS = tuple({hint: None for rule in _RULES for hint in rule.needs})
# Each rule is named by its resolver ("weekday"); lexicon/times.json gives every name
# its examples and counterexamples.
RULE_NAMES = tuple(dict.fromkeys(rule.resolve.__name__.lstrip("_") for rule in _RULES))

# --- scanning and context ----------------------------------------------------------


def _scan(text: str, ref: _Reference) -> list[TimeSpan]:
    """Leftmost-longest, non-overlapping matches of all rules, resolved. Most sentences
    hold no digit or month word, so most rules are skipped by their cheap `needs`."""
    low = lowered(text)
    folded = low if low is not None else text.casefold()
    present = frozenset([hint for hint in _HINTS if hint.search(folded) is not None])
    groups = [
        spans
        for rule in _rules_for(present)
        for m in rule.pattern.finditer(text, low)
        if (spans := _resolved(rule, m, ref))
    ]
    groups.sort(key=lambda g: (g[0].start_char, g[0].start_char - g[-1].end_char))
    chosen: list[TimeSpan] = []
    for group in groups:
        if not chosen or group[0].start_char >= chosen[-1].end_char:
            chosen.extend(group)
    return chosen


@cache
def _rules_for(present: frozenset[re.Pattern[str]]) -> tuple[_Rule, ...]:
    """The rules (in order) whose every hint a text holds: few sets of hints occur."""
    return tuple(rule for rule in _RULES if present.issuperset(rule.needs))


def _resolved(rule: _Rule, m: re.Match[str], ref: _Reference) -> list[TimeSpan]:
    try:
        return rule.resolve(m, ref)
    except (OverflowError, ValueError):  # "the past 900 decades": off the calendar
        return _span(m, _UNRESOLVED)


def _join_ranges(text: str, spans: list[TimeSpan]) -> list[TimeSpan]:
    """ "between 20 December and 3 January 2024", "from Monday to Wednesday"."""
    joined: list[TimeSpan] = []
    for span in spans:
        if joined and (whole := _range(text, joined[-1], span)):
            joined[-1] = whole
        else:
            joined.append(span)
    return joined


def _range(text: str, first: TimeSpan, last: TimeSpan) -> TimeSpan | None:
    if {first.kind, last.kind} - {"point", "future"} or last.start is None or last.end is None:
        return None
    gap = text[first.end_char : last.start_char]
    opener = _ends_with(_OPENER, text, first.start_char)
    if not _JOINER.fullmatch(gap) or not (opener or _DASH.fullmatch(gap)):
        return None
    # Read the first end against the last one: "20 December" before "3 January 2024".
    again = _scan(first.phrase, _Reference(last.start, timedelta()))
    if len(again) == 1 and again[0].phrase == first.phrase:
        first = replace(first, start=again[0].start)
    if first.start is None or first.start > last.start:
        return None
    begin = first.start_char - (len(opener.group()) if opener else 0)
    return TimeSpan(
        first.start, last.end, "range", text[begin : last.end_char], begin, last.end_char, "point"
    )


def _with_day_parts(text: str, spans: list[TimeSpan]) -> list[TimeSpan]:
    """ "early on Saturday", "Monday night": the same day, a longer phrase. The longer
    phrase may swallow clock words ("before dawn on Monday") but no other span."""
    kept: list[TimeSpan] = []
    for span, after in zip(spans, [*spans[1:], None], strict=False):
        wide = _with_day_part(text, span, after.start_char if after else len(text))
        while kept and kept[-1].kind == "clock" and kept[-1].start_char >= wide.start_char:
            kept.pop()
        if kept and kept[-1].end_char > wide.start_char:
            wide = replace(
                wide, phrase=text[span.start_char : wide.end_char], start_char=span.start_char
            )
        kept.append(wide)
    return kept


def _with_day_part(text: str, span: TimeSpan, limit: int) -> TimeSpan:
    if span.kind not in ("point", "future") or span.precision not in ("day", None):
        return span
    begin, end = span.start_char, span.end_char
    if before := _ends_with(_DAY_PART_BEFORE, text, begin):
        begin -= len(before.group())
    if (after := _DAY_PART_AFTER.match(text, end)) and after.end() <= limit:
        end = after.end()
    return replace(span, phrase=text[begin:end], start_char=begin, end_char=end)


def _with_cue(text: str, span: TimeSpan, published: date | None) -> TimeSpan:
    """ "since September" runs up to publication; "until Friday" bounds an act."""
    if span.kind not in ("point", "future"):
        return span
    if cue := _ends_with(_SINCE_CUE, text, span.start_char):
        end = max(span.end, published) if span.end and published else None
        kind, precision = "since", "range"
    elif cue := _ends_with(_UNTIL_CUE, text, span.start_char):
        end, kind, precision = span.end, "until", span.precision
    else:
        return span
    begin = span.start_char - len(cue.group())
    return replace(
        span,
        end=end,
        precision=precision,
        kind=kind,
        phrase=text[begin : span.end_char],
        start_char=begin,
    )


def _marked_future(span: TimeSpan, published: date | None) -> TimeSpan:
    if span.kind == "point" and published and span.start and span.start > published:
        return replace(span, kind="future")
    return span


_STRETCH_END = re.compile(rf"(?:{_alt(_LEX['duration_nouns'])})s?$", re.IGNORECASE)


def is_stretch(span: TimeSpan) -> bool:
    """Whether the span is a stretch of known length ("their 90-day patrol"), which
    find_times can only read back from publication."""
    return span.kind == "recent" and _STRETCH_END.search(span.phrase) is not None


def ending_on(span: TimeSpan, day: date) -> TimeSpan:
    """A stretch moved to end on `day` ("offloaded on Feb. 17 ... during their 90-day
    patrol"): the same length, earlier."""
    if span.start is None or span.end is None or day >= span.end:
        return span
    return replace(span, start=day - (span.end - span.start), end=day)
