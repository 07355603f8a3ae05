"""Fast case-folded scanning must find exactly what the case-insensitive pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.extract.folding import FoldedPattern, lowered

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
