"""Tell reported acts from threats, plans, denials, hypotheticals, questions and negations.

"Officials said the Navy seized a tanker" reports an act; "threatened that strikes could
follow", "denied", "would seize", "if the attack is confirmed" do not.
"""

from __future__ import annotations

import re
from functools import cache

from maritime.extract.inflect import phrase_forms
from maritime.extract.lexicon import load


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    """Each list of cues as one alternation: a text holds one of them exactly when the
    alternation finds a match, and one scan costs far less than forty."""
    lexicon = load("modality")
    return {
        key: re.compile("|".join(f"(?:{cue})" for cue in lexicon[key]))
        for key in ("before", "near_before", "after", "beyond")
    }


@cache
def _purpose() -> re.Pattern[str]:
    """ "to deter", "meant to protect", "aimed at preventing": a purpose clause opens."""
    forms = [form for verb in load("modality")["purpose_verbs"] for form in phrase_forms(verb)]
    return re.compile(rf"\b(?:to|at|for)\s+(?:help\s+)?(?:{'|'.join(forms)})\b", re.I)


@cache
def _pattern(key: str, flags: int = 0) -> re.Pattern[str]:
    """The modality lexicon's single pattern under `key` ("question", "framed", "chrome",
    "anchor", "dated")."""
    return re.compile(load("modality")[key], flags)


def opens_purpose(text: str, start: int, end: int) -> bool:
    """Whether a purpose clause opens in text[start:end] ("sent ... to help prevent")."""
    return _purpose().search(text, start, end) is not None


_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$")


@cache
def _infinitive_heads() -> re.Pattern[str]:
    """Heads after which "to <trigger>" is still an act ("tried to board"), or after which
    "to" is a preposition ("subject to attempted boarding")."""
    lexicon = load("modality")
    return re.compile(
        rf"\b(?:(?:{lexicon['infinitive_heads']})\s+(?:\w+\s+){{0,2}}?"
        rf"|(?:{lexicon['preposition_to']})\s+)to\s+(?:\w+ly\s+)?$"
    )


_CLAUSE_END = re.compile(r"[,;]")


def _time_anchor(sentence: str, clause_start: int, trigger_end: int, clause_end: int) -> bool:
    """Whether the trigger sits in an undated 'since' clause that names an earlier act only
    to measure time from it ("the first strike since Washington began massing warships")."""
    m = _pattern("anchor").search(sentence, clause_start, trigger_end)
    if m is None:
        return False
    stop = _CLAUSE_END.search(sentence, trigger_end, clause_end)
    told = sentence[m.start() : stop.start() if stop else clause_end]
    return _pattern("dated").search(told) is None


@cache
def _generic() -> dict[str, re.Pattern[str]]:
    return {key: re.compile(value) for key, value in load("modality")["generic"].items()}


def _in_general(sentence: str, clause_start: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether the trigger tells what happens in general: a present-tense act after 'when'
    and its subject ("when pirates board a ship"), or a gerund opening the sentence as its
    subject ("Boarding a moving ship is hard")."""
    cues = _generic()
    if trigger_start == 0 and sentence[:trigger_end].endswith("ing"):
        return cues["gerund_subject"].match(sentence, trigger_end) is not None
    if cues["past"].match(sentence, trigger_start):
        return False
    return cues["when"].search(sentence, clause_start, trigger_start) is not None


def is_reported_act(
    sentence: str, clause_start: int, trigger_start: int, trigger_end: int, clause_end: int
) -> bool:
    """Whether the trigger at sentence[trigger_start:trigger_end] tells of something that
    happened (or is happening), judged from cues in its clause."""
    if _pattern("question").search(sentence) or _pattern("chrome", re.I).match(sentence):
        return False
    if _pattern("framed", re.I).search(sentence, max(0, clause_start - 60), clause_start):
        return False  # "in what it described as a ramming": one side's account
    if _time_anchor(sentence, clause_start, trigger_end, clause_end) or _in_general(
        sentence, clause_start, trigger_start, trigger_end
    ):
        return False
    before = sentence[clause_start:trigger_start]
    before = before[:1].lower() + before[1:]
    if _cues()["before"].search(before) or _purpose().search(before):
        return False
    near = " ".join(before.split()[-3:])
    if _cues()["near_before"].search(near):
        return False
    if _INFINITIVE.search(before) and not _infinitive_heads().search(before):
        return False
    after = sentence[trigger_end:clause_end]
    return not (_cues()["after"].search(after) or _cues()["beyond"].search(sentence[trigger_end:]))
