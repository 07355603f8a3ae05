"""Clause limits inside a sentence: where a trigger's subject, object and modifiers live."""

from __future__ import annotations

import re

# Marks that end one clause and start another. Commas alone do not (lists, appositives),
# nor the dash between the halves of a position ("12-05N - 045-24E").
_BOUNDARY = re.compile(
    r";|:\s|\s(?:under|in|by|through|with|from|after) which\b|\s(?:which|who|whom)\s|\s[—–]\s|"
    r"(?<!\d[NSns])\s-\s|,\s(?:and|but|while|whereas|although|though|after|before|when|as|"
    r"which|who|where|saying|adding|according)\b|\s(?:but|while|whereas|although|after|before|"
    r"when|because|then)\s|\sas\s(?=(?:the|it|they|he|she|a|an)\b)|"
    r"\sand\s(?=(?:it|they|he|she|(?:the |a |an )?[A-Za-z]\w+ (?:said|has|had|was|were|is|are))\b)"
)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the clause around text[start:end]."""
    left = 0
    right = len(text)
    for m in _BOUNDARY.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right
