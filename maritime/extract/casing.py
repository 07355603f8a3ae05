"""Read all-caps bulletins as ordinary text.

Old notices to mariners and many agency bulletins are written in capitals
("M/V JUI HO ATTACKED BY PIRATES 05 JAN"). Every later stage leans on case: a run of
capitalised words is a ship's or a port's name, "may" is a month only when written
"May", threat words are matched in lower case. So an all-caps line is rewritten the
way such reports are written today: the common words of the lexicon lower-cased (the
first of a sentence capitalised), every other word - names of ships, ports and
countries - left in capitals. Only case changes, so every offset still points into
the original text.
"""

from __future__ import annotations

import re
from functools import cache

from maritime.extract.inflect import verb_forms
from maritime.extract.lexicon import load

# A line this upper-case (share of its cased letters) is a bulletin written in capitals.
_CAPS_SHARE = 0.8
_MIN_LETTERS = 12
# Words to recase: not glued to digits or slashes ("M/V", "26MAR12", "0500HRS" keep).
_WORD = re.compile(r"(?<![\w/])(?:[A-Za-z]{2,}(?:['’][A-Za-z]+)*|[Aa])(?![\w/])")
_LINE = re.compile(r"[^\n]+")
# Words after which a new sentence starts: a full stop, a colon, a line start.
_SENTENCE_END = re.compile(r"(?:^|[.!?:]|\b\d+\.)[\"'”’)\]]*\s*$")
# Merchant prefixes: the words after one are the ship's name ("M/V SEA WIND"); not
# those that are also common words ("MY").
_PREFIXES = [
    prefix
    for prefix in load("common")["ship_prefixes"]["merchant"]
    if prefix.lower() not in load("casing")["function"]
]
_PREFIX = re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in _PREFIXES)})\s+$")
_NAME_LENGTH = 4
# Words after which a capitalised word is a name ("off COLOMBO", "the tanker MARIANNA").
_NAME_AFTER = re.compile(
    r"(?:\b(?:IN|AT|OFF|NEAR|FROM|TO|OF|INTO|TOWARDS?|BETWEEN|THE|TANKER|SHIP|VESSEL|"
    r"CARRIER|FREIGHTER|TRAWLER|TUG|YACHT|FERRY|BOAT|LINER|DHOW|BARGE|REEFER)|[(\"',])\s*$"
)
_NAME_BEFORE = re.compile(r"\s*[,:;)\"']")
# "MAY" is the modal, not the month, before these words.
_MODAL_MAY = re.compile(r"\s+(?:BE|HAVE|NOT|ALSO|STILL)\b")


@cache
def _proper() -> frozenset[str]:
    """Words that keep their capitals even where listed: months, weekdays, countries and
    their adjectives ("PANAMANIAN-FLAG", "26MAR12")."""
    times = load("times")
    words = {spelling for names in times["months"] for spelling in names}
    words.update(times["weekdays"])
    for name, names, adjectives, _capitals in load("countries")["countries"].values():
        words.update(form.lower() for form in [name, *names, *adjectives] if " " not in form)
    return frozenset(words)


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(every listed word form, the function words that close a name)."""
    lexicon = load("casing")
    forms = set(lexicon["function"]) | set(lexicon["irregular"])
    for lemma in lexicon["lemmas"]:
        forms.update(_inflections(lemma))
    return frozenset(forms), frozenset(lexicon["function"])


def _inflections(lemma: str) -> set[str]:
    """A lemma's verb forms and its plural and possessive as a noun."""
    verbs = {word for words in verb_forms(lemma).values() for word in words}
    return verbs | {lemma + "s", lemma + "es", lemma + "'s"}


def readable(text: str) -> str:
    """`text` with each all-caps line in ordinary case; other lines unchanged."""
    if not _has_caps_line(text):
        return text
    return _LINE.sub(lambda m: _recased(m.group()) if _all_caps(m.group()) else m.group(), text)


def _has_caps_line(text: str) -> bool:
    return any(_all_caps(line) for line in text.splitlines())


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def _all_caps(line: str) -> bool:
    if len(line) < _MIN_LETTERS:
        return False
    if line.isascii():  # counted in C: this runs over every line of every article
        raw = line.encode("ascii")
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        lower = len(raw) - len(raw.translate(None, _ASCII_LOWER))
    else:
        upper = sum(map(str.isupper, line))
        lower = sum(map(str.islower, line))
    return upper + lower >= _MIN_LETTERS and upper >= _CAPS_SHARE * (upper + lower)


def _recased(line: str) -> str:
    """The line with listed words in ordinary case. An unlisted word stays in capitals
    where a name can stand: beside another unlisted word ("HONG KONG"), after a
    preposition, article, prefix or vessel type ("off COLOMBO", "tanker MARIANNA"),
    before a comma or colon, or opening a sentence; alone elsewhere ("was SUBJECT to",
    "by MORTARS") it is a common word the lexicon lacks."""
    forms, function = _words()
    words = list(_WORD.finditer(line))
    lowers = [m.group().lower().replace("’", "'") for m in words]
    proper = _proper()
    listed = [
        (lower in forms and lower not in proper)
        or (lower == "may" and bool(_MODAL_MAY.match(line, m.end())))
        for m, lower in zip(words, lowers, strict=True)
    ]
    out: list[str] = []
    cursor = 0
    in_name = 0  # words of a ship's name still to keep after a prefix
    for i, m in enumerate(words):
        word, lower = m.group(), lowers[i]
        out.append(line[cursor : m.start()])
        cursor = m.end()
        opens = bool(_SENTENCE_END.search(line, max(0, m.start() - 8), m.start()))
        if _PREFIX.search(line, max(0, m.start() - 8), m.start()):
            in_name = _NAME_LENGTH
        if in_name and lower not in function and not lower.endswith(("ed", "ing")):
            in_name -= 1
            out.append(word)
            continue
        in_name = 0
        name = not listed[i] and (lower in proper or opens or _may_name(line, words, listed, i))
        if name or not word.isupper():
            out.append(word)
        elif opens:
            out.append(word[0] + word[1:].lower())
        else:
            out.append(word.lower())
    out.append(line[cursor:])
    return "".join(out)


def _may_name(line: str, words: list[re.Match[str]], listed: list[bool], i: int) -> bool:
    """Whether the unlisted word `i` stands where a name can (see `_recased`)."""
    if i + 1 < len(words) and not listed[i + 1] and _joined(line, words[i], words[i + 1]):
        return True
    if i > 0 and not listed[i - 1] and _joined(line, words[i - 1], words[i]):
        return True
    if _NAME_AFTER.search(line, max(0, words[i].start() - 16), words[i].start()):
        return True
    return bool(_NAME_BEFORE.match(line, words[i].end()))


def _joined(line: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return line[first.end() : second.start()] in (" ", "-", ". ", " & ")
