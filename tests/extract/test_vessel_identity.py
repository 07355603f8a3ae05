"""Vessel identity as articles write it: former names, IMO numbers, flags before names."""

from __future__ import annotations

from datetime import date

import pytest

from maritime.extract import extract
from maritime.read.article import Article

PUBLISHED = date(2025, 12, 12)


def vessels(sentence: str) -> list[tuple]:
    events = extract(Article(text=sentence, uri="t.txt", published=PUBLISHED))
    assert events, f"no event read from {sentence!r}"
    return [(v.name, v.imo, v.flag, v.former_names) for e in events for v in e.vessels]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Guyana-flagged tanker Harbor Star, formerly named Ocean Dawn, was boarded "
            "by coast guard officers on Wednesday.",
            ("Harbor Star", None, "GUY", ["Ocean Dawn"]),
        ),
        (
            "Navy sailors seized the Harbor Star (IMO 9304667), formerly known as Ocean Dawn, "
            "on Wednesday.",
            ("Harbor Star", "9304667", None, ["Ocean Dawn"]),
        ),
        (
            "Commandos seized the tanker Sea Lark, formerly the Blue Gull, on Tuesday.",
            ("Sea Lark", None, None, ["Blue Gull"]),
        ),
        (
            "Pirates hijacked the tanker Sea Lark, ex-Blue Gull, on Monday.",
            ("Sea Lark", None, None, ["Blue Gull"]),
        ),
    ],
)
def test_former_names_and_imo(sentence: str, expected: tuple) -> None:
    assert expected in vessels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Panama-flagged Sea Lark was briefly boarded by armed men on Friday.",
        "A second tanker, the Greek-owned, Panama-flagged Sea Lark, was boarded on Friday.",
    ],
)
def test_ownership_and_flag_words_are_not_names(sentence: str) -> None:
    names = [name for name, *_ in vessels(sentence)]
    assert names == ["Sea Lark"]
