"""Clause structure inside a sentence: where a trigger's subject, object and modifiers
live, whether its act was only tried, whether a noun is said to have happened, and which
noun a relative clause's verb acts on."""

from __future__ import annotations

import re
from functools import lru_cache

# Marks that end one clause and start another ("so that" opens a purpose: "ordered it to
# stop so that soldiers could board it" stops nothing). Commas alone do not (lists, appositives),
# nor the dash between the halves of a position ("12-05N - 045-24E"), nor "and" before one
# proper name and a plural verb ("off Togo and Ghana are" coordinates the names). Every
# mark opens with ";", ":", "," or a space, taken first: `re` then skips straight to those.
_BOUNDARY = re.compile(
    r"[;:,\s](?:(?<=;)|(?<=:)\s|"
    r"(?<=,)\s(?:and|but|while|whereas|although|though|after|before|when|as|which|who|where|"
    r"saying|adding|according)\b|"
    r"(?<=\s)(?:(?:under|in|by|through|with|from|after) which\b|(?:which|who|whom)\s|[—–]\s|"
    r"(?<!\d[NSns]\s)-\s|(?:but|while|whereas|although|after|before|when|because|then|so that)\s|"
    r"as\s(?=(?:the|it|they|he|she|a|an)\b)|"
    r"and\s(?=(?:then |later )?(?:said|says|added|announced|stated|warned|claimed|vowed|"
    r"threatened|pledged|promised)\b)|"
    r"and\s(?=(?:it|they|he|she|(?:the |a |an )?(?:[A-Za-z]\w+ (?:said|has|had|was|is)|"
    r"(?:[a-z]\w+|[A-Z]\w*s) (?:were|are)))\b)))"
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


# The act is the object of a try ("tried to seize", "tried again to commandeer", "attempted to
# board and seize", "tried on Tuesday to detain") or a failed one ("an attempted
# hijacking", "a foiled seizure").
_ATTEMPT = re.compile(
    r"\b(?:(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|bid|effort|failed)"
    r"\s+(?:\w+ly\s+|again\s+|once\s+more\s+)?(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+\s+|last\s+\w+\s+)?"
    r"to\s+(?:\w+\s+(?:and|or)\s+)?|"
    r"(?:attempted|failed|foiled|thwarted|abortive|unsuccessful)\s+)(?:\w+ly\s+)?$",
    re.I,
)


# After an act told as a noun: "a seizure attempt on", "a hijack bid".
_ATTEMPT_AFTER = re.compile(r"\s+(?:attempts?|bids?)\b", re.I)


def attempted(text: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the act at text[start:end] is only tried in its clause, not done."""
    return bool(_ATTEMPT.search(text, clause_start, start) or _ATTEMPT_AFTER.match(text, end))


# Right after an act told as a noun: a verb of happening with the noun as its subject
# ("the chase began", "the seizure took place"), or a participle or relative clause that
# makes it happen ("the blockade declared", "a pursuit that began").
_HAPPENING = re.compile(
    r"\s*,?\s+(?:(?:that|which)\s+)?(?:(?:had|has|was|were)\s+)?(?:\w+ly\s+)?"
    r"(?:began|begun|started|took place|happened|occurred|unfolded|ended|lasted|"
    r"declared|imposed|announced|launched|enforced)\b",
    re.I,
)


def happening(text: str, noun_end: int) -> int | None:
    """Where the verb of happening after a noun ends ("the chase began|"), or None."""
    m = _HAPPENING.match(text, noun_end)
    return m.end() if m else None


# Between a noun and the active verb of a relative clause with a subject of its own: "the
# dhow| that the cutter |intercepted", "the Marlin|, which Houthi forces |struck", "the
# tanker| that guards boarded and |detained". The noun is the verb's object.
_OBJECT_RELATIVE = re.compile(
    r",?\s+(?:that|which|whom)\s+(?!(?:was|were|is|are|had|has|have|been|being|then)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?"
    r"(?:[a-z]+(?:ed|t)\s+(?:and|or)\s+)?",
    re.I,
)


def relative_object(text: str, verb_start: int, nouns: list[tuple[int, int]]) -> int | None:
    """Which of `nouns` (spans) the active verb at `verb_start` takes as its object by a
    relative clause ("the dhow that the cutter intercepted"), or None."""
    for index, (_, end) in enumerate(nouns):
        if end <= verb_start and _OBJECT_RELATIVE.fullmatch(text, end, verb_start):
            return index
    return None
