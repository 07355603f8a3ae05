"""English verb forms from a lemma, so rules name a verb once ("seize") and still read
"seizes", "seized" and "seizing". A few dozen lines cover the verbs incident reports
use; irregular pasts and the rare two-syllable doublers are data in lexicon/common.json.
"""

from __future__ import annotations

import re
from functools import cache

from maritime.extract.lexicon import load

FORMS = ("base", "s", "past", "participle", "ing")
_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
_SIBILANT = re.compile(r"(?:s|x|z|ch|sh|o)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")


def _doubles(lemma: str) -> bool:
    return bool(_ONE_SYLLABLE_CVC.match(lemma)) or lemma in load("common")["doubling"]


def _third_person(lemma: str) -> str:
    if _CONSONANT_Y.search(lemma):
        return lemma[:-1] + "ies"
    return lemma + ("es" if _SIBILANT.search(lemma) else "s")


def _regular_past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if _CONSONANT_Y.search(lemma):
        return lemma[:-1] + "ied"
    return lemma + (lemma[-1] if _doubles(lemma) else "") + "ed"


def _gerund(lemma: str) -> str:
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and lemma != "be":
        return lemma[:-1] + "ing"
    return lemma + (lemma[-1] if _doubles(lemma) else "") + "ing"


@cache
def verb_forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """Each form of a one-word verb: base, s, past, participle, ing."""
    irregular = load("common")["irregular_verbs"].get(lemma)
    past, participle = irregular if irregular else ([_regular_past(lemma)], [_regular_past(lemma)])
    return {
        "base": (lemma,),
        "s": (_third_person(lemma),),
        "past": tuple(past),
        "participle": tuple(participle),
        "ing": (_gerund(lemma),),
    }


def phrase_forms(phrase: str, forms: tuple[str, ...] = FORMS) -> list[str]:
    """The chosen forms of a verb phrase whose first word is the verb ("take control of"
    -> "took control of", ...), longest first, each once."""
    verb, _, rest = phrase.partition(" ")
    found = {word for form in forms for word in verb_forms(verb)[form]}
    tail = f" {rest}" if rest else ""
    return sorted((word + tail for word in found), key=lambda w: (-len(w), w))


def irregular_forms() -> list[str]:
    """Every irregular past and participle ("struck", "taken"): verbs that cannot be
    nouns, as "-ed" forms cannot."""
    return sorted(
        {
            word
            for forms in load("common")["irregular_verbs"].values()
            for group in forms
            for word in group
        }
        - {"hit", "come"},
        key=lambda w: (-len(w), w),
    )
