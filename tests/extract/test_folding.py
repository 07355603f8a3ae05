"""Fast case-folded scanning must find exactly what the case-insensitive pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.extract.folding import (
    SLOT,
    Alternatives,
    FoldedPattern,
    Screen,
    lowered,
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


ACTORS = ["USS [A-Z]\\w+", "(?:U\\.?S\\.?|United States) Navy", "[Pp]irates?", "(?<=the )Guards"]


@given(
    st.lists(
        st.sampled_from(
            ["USS Cole", "U.S. Navy", "pirates", "the Guards", "Guards", "the", " ", "Navy", "İ"]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_a_reduced_alternation_matches_like_the_whole(text: str) -> None:
    named = [f"(?P<a{i}>{source})" for i, source in enumerate(ACTORS)]
    whole = re.compile(rf"\b(?:{'|'.join(named)})\b")
    reduced = Alternatives(named, {"named": (rf"\b(?:{SLOT})\b", 0)})
    pattern = reduced.pattern("named", reduced.subset(text))
    found = [(m.span(), m.lastgroup) for m in pattern.finditer(text)] if pattern else []
    assert found == [(m.span(), m.lastgroup) for m in whole.finditer(text)]


@given(st.text(alphabet=st.sampled_from("aBoRdEd tOFJAN0123 ,.:-ïİ"), max_size=60))
def test_a_screen_keeps_every_pattern_that_matches(text: str) -> None:
    patterns = [FoldedPattern(re.compile(source, re.I)) for source in PATTERNS]
    kept = Screen(patterns).candidates(lowered(text))
    assert list(kept) == sorted(kept)
    for index, pattern in enumerate(patterns):
        if index not in kept:
            assert not list(pattern.finditer(text, lowered(text)))
