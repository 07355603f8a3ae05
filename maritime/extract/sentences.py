"""Split article text into sentences without losing character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "no",
        "nos",
        "st",
        "lt",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "adm",
        "capt",
        "cmdr",
        "col",
        "sgt",
        "rep",
        "sen",
        "gov",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "approx",
        "e.g",
        "i.e",
        "cf",
        "fig",
        "mt",
        "m.t",
        "m.v",
        "mv",
        "ft",
        "km",
        "nm",
        "pt",
        "tg",
        "tj",
        "rd",
        "ave",
        "est",
        "dept",
        "univ",
        "prof",
        "rev",
        "hon",
        "messrs",
    ]
)
# A "?" after U+FFFD is debris of a mis-decoded dash ("03:31N \ufffd?? 005:29E"), no question.
# The first mark is matched before the look-behinds: `re` then skips straight to marks.
_BOUNDARY = re.compile(
    r"[.!?](?<!\ufffd[.!?])(?<!\ufffd\?[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
)
_LINE_BREAK = re.compile(r"\n+")
# "at 1:30 p.m. Bangladesh time on Tuesday", "10 a.m. GMT": a clock time's zone goes on with
# the sentence, however it is capitalised.
_CLOCK = re.compile(r"\b[ap]\.m$", re.I)
_ZONE = re.compile(
    r"\s+(?:(?:[A-Z][a-z]+\s+){1,2}(?:time|Time)\b|(?:GMT|UTC|Zulu|[ECMP][SD]?T|[A-Z]{2,4}T)\b)"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    word_start = dot
    while (
        word_start > 0
        and not text[word_start - 1].isspace()
        and text[word_start - 1] not in "(\"'“"
    ):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # Single initials ("Gerald R. Ford", "B. Ocean") never end a sentence.
    return len(word) == 1 and word.isalpha()


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        if _CLOCK.search(text, cursor, match.start()) and _ZONE.match(text, match.end()):
            continue
        pieces.append((cursor, match.end()))
        cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into `text`; line breaks always end a sentence and a blank
    line starts a new paragraph, so headers of terse reports stay separate."""
    sentences: list[Sentence] = []
    # Texts without blank lines (HTML bodies) put one paragraph on each line.
    paragraph_gap = 2 if "\n\n" in text.strip() else 1
    paragraph = 0
    cursor = 0
    for line_end in [*(m for m in _LINE_BREAK.finditer(text)), None]:
        end = line_end.start() if line_end else len(text)
        for start, stop in _split_line(text, cursor, end):
            while start < stop and text[start].isspace():
                start += 1
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if stop > start:
                sentences.append(Sentence(start, stop, text[start:stop], paragraph))
        if line_end:
            if line_end.group().count("\n") >= paragraph_gap:
                paragraph += 1
            cursor = line_end.end()
    return sentences
