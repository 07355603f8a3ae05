"""Clause marks: the boundary pattern, written to be scanned fast, marks what its plain
form (each mark an alternative of its own) marks."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from maritime.extract.clauses import _BOUNDARY, clause_bounds

PLAIN = re.compile(
    r";|:\s|\s(?:under|in|by|through|with|from|after) which\b|\s(?:which|who|whom)\s|\s[—–]\s|"
    r"(?<!\d[NSns])\s-\s|,\s(?:and|but|while|whereas|although|though|after|before|when|as|"
    r"which|who|where|saying|adding|according)\b|\s(?:but|while|whereas|although|after|before|"
    r"when|because|then|so that)\s|\sas\s(?=(?:the|it|they|he|she|a|an)\b)|"
    r"\sand\s(?=(?:then |later )?(?:said|says|added|announced|stated|warned|claimed|vowed|"
    r"threatened|pledged|promised)\b)|"
    r"\sand\s(?=(?:it|they|he|she|(?:the |a |an )?(?:[A-Za-z]\w+ (?:said|has|had|was|is)|"
    r"(?:[a-z]\w+|[A-Z]\w*s) (?:were|are)))\b)"
)

_PIECES = (  # noqa: SIM905 (words of a sentence read best as one)
    "which who under in after as and but the it Navy Ghana ships said was were boarded "
    "then vowed so that "
    "12-05N 5N 045-24E "
    "; : , - — – \t"
).split()


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join))
def test_marks_as_the_plain_pattern_does(text: str) -> None:
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_clause_runs_between_marks() -> None:
    text = "The tanker was boarded; pirates stole stores while the crew slept."
    start = text.index("stole")
    assert text[slice(*clause_bounds(text, start, start + 5))] == " pirates stole stores"
