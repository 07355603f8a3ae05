"""Clause limits inside a sentence: where a trigger's subject, object and modifiers live."""

from __future__ import annotations

import re
from functools import lru_cache

# Marks that end one clause and start another. Commas alone do not (lists, appositives),
# nor the dash between the halves of a position ("12-05N - 045-24E"). Every mark opens
# with ";", ":", "," or a space, taken first: `re` then skips straight to those.
_BOUNDARY = re.compile(
    r"[;:,\s](?:(?<=;)|(?<=:)\s|"
    r"(?<=,)\s(?:and|but|while|whereas|although|though|after|before|when|as|which|who|where|"
    r"saying|adding|according)\b|"
    r"(?<=\s)(?:(?:under|in|by|through|with|from|after) which\b|(?:which|who|whom)\s|[—–]\s|"
    r"(?<!\d[NSns]\s)-\s|(?:but|while|whereas|although|after|before|when|because|then)\s|"
    r"as\s(?=(?:the|it|they|he|she|a|an)\b)|"
    r"and\s(?=(?:it|they|he|she|(?:the |a |an )?[A-Za-z]\w+ (?:said|has|had|was|were|is|are))\b)))"
)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the clause around text[start:end]."""
    left = 0
    right = len(text)
    for mark_start, mark_end in _marks(text):
        if mark_end <= start:
            left = mark_end
        elif mark_start >= end:
            right = mark_start
            break
    return left, right


@lru_cache(maxsize=64)
def _marks(text: str) -> tuple[tuple[int, int], ...]:
    """Cached: a sentence's triggers, events and places ask for their clauses in turn."""
    return tuple(m.span() for m in _BOUNDARY.finditer(text))
