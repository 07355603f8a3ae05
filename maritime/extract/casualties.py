"""How many people an event killed, as the sentence states it."""

from __future__ import annotations

import re

from maritime.extract.numbers import NUMBER, parse_number
from maritime.text.folding import FoldedPattern, lowered

_PEOPLE = (
    r"(?:people|persons|men|women|crew(?: members)?|sailors|seafarers|fishermen|activists|"
    r"civilians|members|others|survivors|passengers|migrants|suspects|traffickers|soldiers)"
)
_KILLED = [
    FoldedPattern(p)
    for p in (
        re.compile(
            rf"\bkill(?:ing|ed|s)\s+(?:all\s+)?(?:the\s+)?(?P<n>{NUMBER})(?:\s+(?:more\s+)?(?:\w+\s+){{0,2}}?{_PEOPLE})?(?P<each>\s+(?:\w+\s+){{0,2}}each)?",
            re.I,
        ),
        re.compile(
            rf"\b(?P<n>{NUMBER})\s+(?:\w+\s+){{0,3}}?{_PEOPLE}(?:\s+on board)?\s+"
            r"(?:were|have|had|has|was|are)\s+(?:(?:now|also|since|reportedly)\s+)?(?:been\s+)?"
            r"(?:\w+\s+)?killed",
            re.I,
        ),
        re.compile(rf"\bleaving\s+(?P<n>{NUMBER})\s+(?:\w+\s+)?dead\b", re.I),
        re.compile(
            rf"\b(?P<n>{NUMBER})\s+(?:\w+\s+)?(?:dead|killed)\b(?!\s+(?:or|and)\s+wounded)", re.I
        ),
        re.compile(rf"\b(?P<n>{NUMBER})\s+(?:(?:\w+\s+){{0,2}}?{_PEOPLE}\s+)?died\b", re.I),
        # "the crew reports two presumed fatalities": deaths told as a count
        re.compile(
            rf"\b(?P<n>{NUMBER})\s+(?:(?:presumed|confirmed|reported|possible)\s+)?"
            r"(?:fatalities|deaths)\b",
            re.I,
        ),
    )
]
_UNHARMED = FoldedPattern(
    re.compile(
        r"\b(?:no one(?: on board| aboard)? was (?:hurt|injured|killed|harmed)|"
        r"none of the crew (?:was|were) (?:hurt|injured|harmed)|"
        r"no (?:casualties|injuries|deaths|fatalities) (?:were )?(?:reported|among)|"
        r"without casualties|crew (?:and ship )?(?:is |are |were |was )?(?:safe|unharmed|unhurt)|"
        r"(?:were|was) unharmed|crew safe|no casualties\b)",
        re.I,
    )
)


def killed_in(text: str, vessel_count: int | None = None) -> int | None:
    """Deaths stated in `text`; 0 when it says nobody was hurt; None when it is silent.
    "killing three aboard each" of two boats is six."""
    low = lowered(text)
    for pattern in _KILLED:
        m = pattern.search(text, low)
        if m:
            number = parse_number(m.group("n"))
            if number is None:
                continue
            if m.groupdict().get("each") and vessel_count:
                number *= vessel_count
            return number
    return 0 if _UNHARMED.search(text, low) else None


def says_unharmed(text: str) -> bool:
    """Whether `text` says nobody on board was hurt (used for the sentence after an event)."""
    low = lowered(text)
    return bool(_UNHARMED.search(text, low)) and not any(p.search(text, low) for p in _KILLED)
