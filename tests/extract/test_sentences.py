"""Sentence ends: the boundary pattern, written to be scanned fast, finds what its plain
form (look-behinds first) finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from maritime.extract.sentences import _BOUNDARY, split_sentences

PLAIN = re.compile(r"(?<!\ufffd)(?<!\ufffd\?)[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


@given(st.text(alphabet=st.sampled_from(".!?\ufffd\"')] \nAb1("), max_size=30))
def test_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_debris_of_a_dash_ends_no_sentence() -> None:
    text = "Robbed at 03:31N \ufffd?? 005:29E. Crew safe."
    assert [s.text for s in split_sentences(text)] == [
        "Robbed at 03:31N \ufffd?? 005:29E.",
        "Crew safe.",
    ]
