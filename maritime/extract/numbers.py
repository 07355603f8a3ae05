"""Read counts written in words or digits ("two tankers", "at least 14", "a dozen").

The number words and the qualifiers that hedge a count live once, in
lexicon/common.json; every reader of counts builds on `NUMBER_WORDS` and `QUALIFIERS`.
"""

from __future__ import annotations

import re

from maritime.extract.lexicon import load

NUMBER_WORDS: dict[str, int] = load("common")["numbers"]
QUALIFIERS: list[str] = load("common")["qualifiers"]
# Words that count things without being numbers: "a tanker", "both ships", "a dozen boats".
_COUNT_WORDS = {"a": 1, "an": 1, "single": 1, "another": 1, "both": 2, "dozen": 12, "a dozen": 12}
_WORDS = NUMBER_WORDS | _COUNT_WORDS
QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
_ALL_WORDS = "|".join(sorted(_WORDS, key=len, reverse=True))
NUMBER = rf"(?:(?:{QUALIFIER}) )?(?:\d[\d,]*|{_ALL_WORDS})\b"
_QUALIFIER = re.compile(rf"^(?:{QUALIFIER}) ", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """The integer a number phrase states, or None when it is not a number."""
    word = _QUALIFIER.sub("", text.strip().lower())
    if word in _WORDS:
        return _WORDS[word]
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else None
