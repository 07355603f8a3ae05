"""Fast case-folded scanning must find exactly what the case-insensitive pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maritime.extract import actors, casualties, identity, times, triggers, vessels
from maritime.text.folding import (
    FoldedPattern,
    Screen,
    lowered,
    openings,
    required_literals,
)

PATTERNS = [
    r"\b(?:board(?:s|ed|ing)?|(?:tried|attempted) to board)\b",
    r"(?<![\w.,:/-])(?P<day>\d{1,2})\s+(?P<mon>jan|feb|mar)\w*",
    r"\b(?:Operation \w+)\b",  # capitals: scanned the slow way
    r"\b(?:the (?-i:[A-Z]\w+))",  # case-sensitive part: scanned the slow way
]


@pytest.mark.parametrize(
    "text",
    [
        "Robbers BOARDED the tanker on 3 MAR and Attempted to board a tug.",
        "Crew sighted a skiff; 12 Feb, Operation Atalanta warship approached the Ever Given.",
        "Café owner İstanbul boarded the ferry 1 jan",
    ],
)
@pytest.mark.parametrize("source", PATTERNS)
def test_same_matches_and_groups_as_case_insensitive_scan(source: str, text: str) -> None:
    pattern = re.compile(source, re.I)
    found = [m.group() for m in FoldedPattern(pattern).finditer(text, lowered(text))]
    assert found == [m.group() for m in pattern.finditer(text)]


@given(st.text(alphabet=st.sampled_from("aBoRdEd tOFJAN0123 ,.:-ïİ"), max_size=60))
def test_arbitrary_text_scans_alike(text: str) -> None:
    for source in PATTERNS:
        pattern = re.compile(source, re.I)
        folded = [m.span() for m in FoldedPattern(pattern).finditer(text, lowered(text))]
        assert folded == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags", "needles"),
    [
        (r"\b(?:deploy(?:s|ed)?|redeploy(?:s|ed)?)\b", re.I, ("deploy",)),
        (r"\b(?:Royal Navy|Royal Marines)\b", 0, ("Royal ",)),
        (r"[Pp]irates?|pirate (?:skiff|gang)s?", 0, ("irate",)),
        (r"(?:\w+ )?SHIPS?", re.I, ("ship",)),  # looked for in lower-cased text
        (r"\d+ (?:knots|nm)\b", 0, ("knots", "nm")),
        (r"\bthe (?i:navy)\b", 0, ("the ",)),
        (r"(?:ab)?c", 0, None),
    ],
)
def test_required_literals_are_what_every_match_contains(
    source: str, flags: int, needles: tuple[str, ...] | None
) -> None:
    assert required_literals(re.compile(source, flags)) == needles


LEADS = [
    # (full pattern, lead): every match of the pattern begins with a match of the lead.
    (
        r"\b(?P<t>tankers?|LPG carriers?)\b(?:,?\s+(?P<n>(?-i:[A-Z]\w+)))?",
        r"\b(?:tankers?|lpg carriers?)\b",
    ),
    (r"\b(?P<t>ships?),\s+the\s+(?P<n>(?-i:[A-Z]\w+))", r"\b(?:ships?),"),
]


@given(
    st.lists(
        st.sampled_from(
            ["tanker", "Tankers", "LPG", " carrier", "ship", ", the ", " ", "Ruen", "x", "ï"]
        ),
        max_size=12,
    ).map("".join)
)
def test_a_lead_finds_every_match_of_its_pattern(text: str) -> None:
    for source, lead in LEADS:
        pattern = re.compile(source, re.I)
        folded = FoldedPattern(pattern, re.compile(lead, re.I))
        found = [(m.span(), m.groupdict()) for m in folded.finditer(text, lowered(text))]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@given(st.text(alphabet=st.sampled_from("aBoRdEd tOFJAN0123 ,.:-ïİ"), max_size=60))
def test_a_screen_finds_what_each_pattern_finds(text: str) -> None:
    patterns = [FoldedPattern(re.compile(source, re.I)) for source in PATTERNS]
    found = [(i, m.span()) for i, m in Screen(patterns).finditer(text, lowered(text))]
    assert found == [
        (i, m.span()) for i, pattern in enumerate(patterns) for m in pattern.pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    ("source", "opens"),
    [
        (r"\b(?:s[ai]nk|hit(?:s)?)\b", {"sank", "sink", "hit", "hits"}),
        (r"(?<![\w.])(?:the\s+next|last) day", {"the", "last day"}),
        (r"destroy(?:ing|ed)", {"destroyi", "destroye"}),  # OPENING letters tell them apart
        (r"\d+ knots", None),  # a digit class: no letters to look for
        (r"(?:ab)?", None),  # the empty match opens with nothing
    ],
)
def test_openings_start_every_match(source: str, opens: set[str] | None) -> None:
    found = openings(re.compile(source))
    assert found == (None if opens is None else frozenset(opens))


def _production_patterns() -> list[FoldedPattern]:
    return [
        *(pattern for pattern, _entry in triggers._entries()),
        *(rule.pattern for rule in times._RULES),
        *vessels._typed().values(),
        *(vessels._screened(name) for name in ("flag", "imo", "crew", "appositive", "prefixed")),
        actors._national(),
        actors._named()[0],
        *casualties._KILLED,
        casualties._UNHARMED,
        identity._ACTED_ON,
        identity._IDENTIFIED,
    ]


_WORDS = (  # noqa: SIM905 (words of a sentence read best as one)
    "the The a tankers tanker carrier oil MV USS Ruen Navy Iranian Iran US pirates thieves "
    "boarded attacked struck hit sink seized took were was seen on deck near off at "
    "0300 LT 12 May March 2024 last next week days later killed three crew members "
    "flagged Panama-flagged , . ; ( ) ï"
).split()


@settings(deadline=None)  # the first example loads every lexicon
@given(st.lists(st.sampled_from(_WORDS), max_size=16).map(" ".join))
def test_every_pattern_scans_as_re_does(text: str) -> None:
    """Screens, twins, leads and openings together find just what `re` finds."""
    patterns = _production_patterns()
    expected = [[(m.span(), m.groupdict()) for m in p.pattern.finditer(text)] for p in patterns]
    for folded, matches in zip(patterns, expected, strict=True):
        assert [(m.span(), m.groupdict()) for m in folded.finditer(text, lowered(text))] == matches
    together = [
        (i, m.span(), m.groupdict()) for i, m in Screen(patterns).finditer(text, lowered(text))
    ]
    assert together == [(i, *found) for i, matches in enumerate(expected) for found in matches]
