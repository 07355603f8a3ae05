"""Pick the time span that dates a trigger, and turn it into event dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from maritime.extract.numbers import NUMBER, parse_number
from maritime.extract.times import TimeSpan, ending_on, find_times, is_stretch, resolve_relative
from maritime.extract.triggers import Trigger

# Kinds that do not place an act in time by themselves.
_UNUSABLE = frozenset({"future", "relative", "until"})


@dataclass(frozen=True)
class Dating:
    start: date | None
    end: date | None
    precision: str | None
    phrase: str | None
    basis: str | None  # sentence | statement (the day it was told) | context | published
    # Where the sentence says it (start, end), for a date read from the sentence.
    chars: tuple[int, int] | None = None

    @classmethod
    def of(cls, span: TimeSpan, basis: str) -> Dating:
        chars = (span.start_char, span.end_char) if basis == "sentence" else None
        return cls(span.start, span.end, span.precision, span.phrase, basis, chars)


def usable(spans: list[TimeSpan]) -> list[TimeSpan]:
    return [s for s in spans if s.start is not None and s.kind not in _UNUSABLE]


def governing(spans: list[TimeSpan], clause: tuple[int, int], at: int) -> list[TimeSpan]:
    """Spans that can date a trigger at `at`: those in its clause, else in its sentence,
    nearest first."""
    in_clause = [s for s in spans if clause[0] <= s.start_char and s.end_char <= clause[1]]
    pool = in_clause or spans
    # Time adverbials mostly follow the verb phrase ("arrived there in November").
    return sorted(
        pool,
        key=lambda s: s.start_char - at if s.start_char >= at else at - s.end_char + 15,
    )


def as_dating(span: TimeSpan, since_mode: str, published: date | None) -> Dating:
    """Event dates from a span. A 'since X' span dates an act that began in X ("has
    deployed ... since September") by X itself when the trigger says so."""
    if span.kind == "since" and since_mode == "start":
        inner = re.sub(r"^\s*since\s+", "", span.phrase, flags=re.I)
        natural = [s for s in find_times(f"in {inner}", published) if s.start is not None]
        if natural:
            return Dating(
                natural[0].start,
                natural[0].end,
                natural[0].precision,
                span.phrase,
                "sentence",
                (span.start_char, span.end_char),
            )
    return Dating.of(span, "sentence")


# An act a report tells without a date happened in the days before it was published.
_UNDATED_WINDOW = timedelta(days=6)


def published_dating(published: date | None) -> Dating:
    """The week up to publication, not the publication day: claiming that day would be
    a precision the article does not give."""
    if published is None:
        return Dating(None, None, None, None, None)
    start = published - _UNDATED_WINDOW if published - date.min >= _UNDATED_WINDOW else date.min
    return Dating(start, published, "week", None, "published")


_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|claimed|confirmed|added|stated|accused|accuses|"
    r"protested|condemned|denounced|warned|urged|demanded)\b"
)


def _distance(span: TimeSpan, trigger: Trigger) -> int:
    if span.end_char <= trigger.start:
        return trigger.start - span.end_char
    return max(0, span.start_char - trigger.end)


def speech_date(text: str, span: TimeSpan, trigger: Trigger) -> bool:
    """Whether a date dates a statement rather than the act: "said on Friday they had
    seized", "On Thursday the Guards said they had intercepted", "accused the coast guard
    on Sunday of ..." - unless the act itself stands between the verb and the date."""
    window = max(0, span.start_char - 40)
    heard = [
        m
        for m in _REPORTING.finditer(text, window, span.start_char)
        if not _ASIDE.match(text, m.end())
    ]
    if heard and not heard[-1].end() <= trigger.start < span.start_char:
        return True
    if span.end_char > trigger.start:
        return False
    reporting = _REPORTING.search(text, span.end_char, trigger.start)
    return bool(reporting) and not _SUBORDINATOR.search(text[span.end_char : reporting.start()])


# "a boat that officials say was carrying drugs": a hedge inside the clause, no statement.
_ASIDE = re.compile(r"\s+(?:was|were|is|are|had been|has been|have been)\b")

_SUBORDINATOR = re.compile(r"[;]|\b(?:after|before|when|while|since|because|as|until)\b", re.I)

_SAME_DAY = re.compile(
    r"\b(?:the same day|that day|the same night|that night|the same morning)\b", re.I
)

_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]*$", re.I)

_DAYS_APART = re.compile(rf"\b(?P<n>{NUMBER}) days? (?P<dir>after|before)\s+", re.I)


def since_range(text: str, span: TimeSpan, trigger: Trigger, published: date | None) -> TimeSpan:
    """A date in a 'since' phrase the trigger is not part of ("Since the campaign began on
    September 2, the US has carried out 36 strikes") opens a range up to publication."""
    if span.kind != "point" or published is None or span.start is None or trigger.since == "start":
        return span
    opener = _SINCE_BEFORE.search(text[: span.start_char])
    if not opener or opener.start() <= trigger.start < span.start_char:
        return span
    return replace(span, end=published, precision="range", kind="since")


def shifted(text: str, span: TimeSpan, trigger: Trigger) -> TimeSpan:
    """ "a day after the group seized the ship" dates the seizure a day before the date of
    the main clause."""
    between = text[span.end_char : trigger.start] if span.end_char <= trigger.start else ""
    m = _DAYS_APART.search(between)
    if not m or span.start is None or span.precision != "day":
        return span
    days = parse_number(m.group("n")) or 1
    delta = timedelta(days=-days if m.group("dir").lower() == "after" else days)
    return replace(span, start=span.start + delta, end=span.end + delta)


# Between two dates of one series: "and", a comma, a ship ("on 10 May and the Beta on
# 20 May", a ship read as such masked as "§"), where it was, and a toll for the date
# before ("2 March, when four died, on 9 March"); no other verb ("on 3 May and released
# it on 5 May").
_CHAIN_GAP = re.compile(
    r"(?:\s*,\s*(?:when|where|in which)\s[^,;§]{1,60},)?\s*,?\s*(?:and\s+)?(?:then\s+|again\s+)?"
    r"(?:(?:§|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,?\s*)?"
    r"(?:(?:off|in|near|at)\s+(?:(?![a-z]+ed\b)[\w'’-]+\s+){1,5}?)?(?:(?:on|in)\s+)?"
)
# A ship set off from its date by commas ("the tankers Arvana, in April 2023, and ..."),
# in a series whose last date no verb follows ("..., and Iran, on 5 May, said it had").
_SET_OFF = re.compile(r"(?:§|[A-Z][\w'’-]*)\s*,\s*(?:(?:on|in)\s+)?$")
_VERB_AFTER = re.compile(
    r",\s+(?!(?:off|in|near|at|about|killing|leaving|each|respectively|and|both)\b)[a-z]"
)
# After the last date of a series with commas: the clause ends, or a place or toll follows;
# not another verb ("on 3 May, and on 5 May released the crew").
_CHAIN_END = re.compile(
    r"\s*(?:$|[,.;:)]|(?:off|in|near|at|about|killing|leaving|each|respectively)\b)", re.I
)


def split_dates(
    text: str,
    spans: list[TimeSpan],
    trigger: Trigger,
    published: date | None,
    ships: Sequence[tuple[int, int]],
) -> list[Dating]:
    """Dates in a series after one trigger ("on September 15 and September 19", "on 2
    March, on 9 and 14 March, and on 1 April", "the Alpha on 10 May and the Beta on 20
    May") are separate incidents; returns [] when there is no such series. `ships` are the
    spans of the ships named after the trigger."""
    days = sorted(
        (
            s
            for s in spans
            if s.precision in ("day", "month")
            and s.kind == "point"
            and s.start_char >= trigger.end
            and not speech_date(text, s, trigger)
        ),
        key=lambda s: s.start_char,
    )
    if len(days) < 2:
        return []
    chain = [days[0]]
    commas = False
    # "the tankers Arvana, in April 2023, and Tolvaren, in January 2024": a ship set off
    # from its date by a comma only when the first ship is set off from its date so too
    # (not "seized the Nova on 3 May, and Tehran, on 5 May, freed its crew").
    parallel = _SET_OFF.search(text, 0, days[0].start_char)
    for span in days[1:]:
        gap = _masked(text, chain[-1].end_char, span.start_char, ships)
        if _CHAIN_GAP.fullmatch(gap) and (parallel or not _SET_OFF.search(gap)):
            chain.append(span)
            commas = commas or "," in gap
    if len(chain) < 2 or len({(s.start, s.end) for s in chain}) < len(chain):
        return []
    # A list with commas closes with "and"; "seized on 3 May, on Friday" is no list.
    last_gap = _masked(text, chain[-2].end_char, chain[-1].start_char, ships)
    closed = re.search(r"\band\b", last_gap) and _CHAIN_END.match(text, chain[-1].end_char)
    if (commas and not closed) or (parallel and _VERB_AFTER.match(text, chain[-1].end_char)):
        return []
    return [as_dating(s, trigger.since, published) for s in chain]


def _masked(text: str, start: int, end: int, ships: Sequence[tuple[int, int]]) -> str:
    """text[start:end] with each ship phrase inside it as one "§"."""
    gap, cursor = [], start
    for ship_start, ship_end in sorted(ships):
        if start <= ship_start and ship_end <= end:
            gap.append(text[cursor:ship_start] + "§")
            cursor = ship_end
    return "".join(gap) + text[cursor:end]


# "repatriated them on Thursday, following the interdiction of a boat ... on Wednesday":
# an act told as the object of "following" or "after" has the date that comes after it.
_AFTER_ACT = re.compile(r"\b(?:following|after)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "rejected on Wednesday the attack carried out on Tuesday": the participle dates the act.
_CARRIED_OUT = re.compile(r"\s+(?:carried out|conducted|launched|mounted|staged)\b", re.I)


def trigger_spans(
    text: str,
    trigger: Trigger,
    clause: tuple[int, int],
    times: list[TimeSpan],
    published: date | None,
) -> list[TimeSpan]:
    """The spans that date a trigger, best first: near ones that tell of the act; else one
    farther off in the sentence that no statement governs ("struck four boats that officials
    say were carrying drugs in the eastern Pacific on Monday, the minister said Tuesday");
    else the date of the statement reporting it when that is all the clause has ("said on
    Friday they had seized"); a 'since' opener turns a point into a range."""
    spans = governing(times, clause, trigger.start)
    spoken = [s for s in spans if speech_date(text, s, trigger)]
    told = [s for s in spans if s not in spoken]
    near = [s for s in told if _distance(s, trigger) <= 80]
    after_act = _AFTER_ACT.search(text, max(0, trigger.start - 40), trigger.start)
    if trigger.pos == "noun" and (after_act or _CARRIED_OUT.match(text, trigger.end)):
        end = min(clause[1], trigger.end + 120)
        near = [s for s in told if trigger.end <= s.start_char < end] or near
    # A date in a relative clause yields to one of the act's own.
    near = sorted(near, key=lambda s: _in_relative(text, s, trigger))
    in_clause_spoken = [
        s for s in spoken if _SAME_DAY.search(text) or clause[0] <= s.start_char < clause[1]
    ]
    chosen = near or told or in_clause_spoken
    return [since_range(text, s, trigger, published) for s in chosen]


# A relative clause with a verb of its own up to a date: "a vessel| that has been stranded
# at the reef |since April", "the tanker| that left Basra |on 2 May"; not a clause whose
# verb follows the date ("disclosed on Tuesday that SEALs last Thursday seized").
_RELATIVE_TO_DATE = re.compile(
    r"\b(?:that|which|who)\s+(?:[\w'’-]+,?\s+){0,6}?"
    r"(?:has|have|had|is|are|was|were|been|[a-z]+ed|left|sank|took|ran|came|went|lay|sat)\s+"
    r"(?:[\w'’-]+,?\s+){0,8}$",
    re.I,
)


def _in_relative(text: str, span: TimeSpan, trigger: Trigger) -> bool:
    """Whether the date sits in a relative clause the trigger is not part of ("A vessel
    that has been stranded there since April rammed a ship on Saturday", "seized the
    tanker that had sailed from Basra on 2 May"): it dates something else."""
    if span.end_char <= trigger.start:
        opener = _RELATIVE_TO_DATE.search(text, 0, span.start_char)
    else:
        opener = _RELATIVE_TO_DATE.search(text, trigger.end, span.start_char)
    return opener is not None and ";" not in text[span.end_char : trigger.start]


def _from_context(context: Dating, later: list[TimeSpan]) -> Dating:
    if later and context.precision == "day" and context.start is not None:
        return Dating.of(resolve_relative(later[0], context.start), "context")
    return Dating(context.start, context.end, context.precision, context.phrase, "context")


# "During the patrol, the crew seized ...": the stretch told before, named again.
_DURING_IT = re.compile(
    r"\s*(?:During|Over the course of|In the course of|Throughout)\s+(?:the|its|their|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:patrol|deployment|mission|cruise|voyage|tour|operation)\b"
)


def stretch_told(times: list[TimeSpan], day: date | None) -> Dating | None:
    """The stretch a sentence tells ("returned Friday after an 80-day patrol"), ending
    on the day it names or else the story's, for a later "During the patrol"."""
    stretches = [s for s in times if is_stretch(s)]
    if not stretches:
        return None
    return Dating.of(ending_on(stretches[0], day) if day else stretches[0], "sentence")


# "two days after| the navy seized": the offset counts from another act, not a statement.
_FROM_ANOTHER_ACT = re.compile(r"\b(?:after|before|prior)$", re.I)
_ACT_NEXT = re.compile(r"\s+(?:to\s+)?(?!(?:on|in|off|near|at|and|but|while)\b)[\w'’]")


def _from_statement(
    text: str, trigger: Trigger, span: TimeSpan, later: list[TimeSpan]
) -> Dating | None:
    """ "The Houthis said on Wednesday they had attacked the ship the previous day": the
    offset counts from the day of the statement that tells the act; None when the
    sentence has no such pair."""
    if span.precision != "day" or span.start is None or not speech_date(text, span, trigger):
        return None
    after = [
        s
        for s in later
        if s.start_char >= trigger.end
        and not (_FROM_ANOTHER_ACT.search(s.phrase) and _ACT_NEXT.match(text, s.end_char))
    ]
    if not after:
        return None
    return Dating.of(resolve_relative(after[0], span.start), "sentence")


def event_dates(
    text: str,
    trigger: Trigger,
    spans: list[TimeSpan],
    times: list[TimeSpan],
    context: Dating | None,
    published: date | None,
    later: list[TimeSpan],
    ships: Sequence[tuple[int, int]],
    stretch: Dating | None = None,
) -> list[Dating]:
    """One dating per incident the trigger tells of (coordinated dates are several); a
    sentence without a date of its own inherits the context's ("two days later" counts
    from a context day), else publication's; "During the patrol, ..." takes the stretch
    of the patrol told before; a stretch ends on the day the story is about."""
    if not spans:
        if stretch is not None and _DURING_IT.match(text):
            return [stretch]
        if context is not None:
            return [_from_context(context, later)]
        return [published_dating(published)]
    if is_stretch(spans[0]) and context is not None and context.precision == "day":
        spans = [ending_on(spans[0], context.start), *spans[1:]]
    if (counted := _from_statement(text, trigger, spans[0], later)) is not None:
        return [counted]
    shifted_spans = [shifted(text, s, trigger) for s in spans]
    if speech_date(text, spans[0], trigger):
        # "killed three, the minister said on Tuesday": the act happened by that day.
        return [replace(Dating.of(spans[0], "sentence"), basis="statement")]
    return split_dates(text, times, trigger, published, ships) or [
        as_dating(shifted_spans[0], trigger.since, published)
    ]
