"""Read counts written in words or digits ("two tankers", "at least 14", "a dozen")."""

from __future__ import annotations

import re

_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "another": 1,
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "dozen": 12,
    "a dozen": 12,
}
NUMBER = (
    r"(?:(?:at least|more than|about|around|roughly|some|nearly|almost|over|up to|a further|"
    r"further|another) )?(?:\d[\d,]*|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b"
)
_QUALIFIER = re.compile(
    r"^(?:at least|more than|about|around|roughly|some|nearly|almost|over|up to|a further|"
    r"further|another) ",
    re.IGNORECASE,
)


def parse_number(text: str) -> int | None:
    """The integer a number phrase states, or None when it is not a number."""
    word = _QUALIFIER.sub("", text.strip().lower())
    if word in _WORDS:
        return _WORDS[word]
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else None
