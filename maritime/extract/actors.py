"""Who acted: named forces, states by name, adjective, possessive or capital, non-state groups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from maritime.extract.countries import (
    capital_code,
    capital_pattern,
    country_code,
    country_name,
    country_pattern,
)
from maritime.extract.lexicon import load
from maritime.text.folding import FoldedPattern, lower_source, lowered


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    name: str | None
    country: str | None
    kind: str  # state | nonstate | alliance
    generic: bool = False  # "the Coast Guard": whose it is comes from the article


@cache
def _named() -> tuple[FoldedPattern, list[dict]]:
    """All named actors as one regex; group `a<i>` is entry i (earlier entries win ties).
    Each sentence is scanned only where a name opens (see folding)."""
    entries = [*_hull_prefixed(), *load("actors")["named"]]
    alternatives = "|".join(f"(?P<a{i}>{e['pattern']})" for i, e in enumerate(entries))
    return FoldedPattern(re.compile(rf"\b(?:{alternatives})\b")), entries


def _hull_prefixed() -> list[dict]:
    """A warship or cutter named with its state's hull prefix ("INS Kochi") stands for
    that state's navy: one entry per naval prefix of common.json."""
    prefixes = load("common")["ship_prefixes"]
    return [
        {
            "pattern": rf"{re.escape(prefix)} [A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}}",
            "name": f"{_state_name(code)} {prefixes['forces'].get(prefix, 'Navy')}",
            "country": code,
            "kind": "state",
        }
        for prefix, code in prefixes["naval"].items()
    ]


def _state_name(code: str) -> str:
    """How a force's name opens: "United States", else the adjective ("Indian")."""
    return "United States" if code == "USA" else _adjective_name(code)


# Words that may stand between a nationality and a force noun ("Indian marine commandos").
_MODIFIERS = (
    r"(?:naval|marine|special|armed|military|coast|maritime|border|security|air|navy|elite|"
    r"guard|patrol|police|government|state|federal|surveillance|anti-piracy)"
)


@cache
def _national() -> FoldedPattern:
    """A country's name, adjective, possessive or capital, optionally followed by a force noun.
    Scanned from where a name (any case) stands: most words start none."""
    names = f"{country_pattern()}|{capital_pattern()}"
    nouns = "|".join(f"(?:{p})" for p, _ in load("actors")["force_nouns"])
    # A state's own service may stand a few words after its possessive: "one of Manila's
    # two biggest coast guard ships" (its ships or drones so far off may be anyone's).
    services = "|".join(f"(?:{p})" for p, suffix in load("actors")["force_nouns"] if suffix)
    pattern = re.compile(
        rf"\b(?P<country>{names})(?:(?:'s|’s)\s+(?:[a-z][\w-]*\s+){{1,3}}?"
        rf"(?P<service>(?i:{services}))|(?:'s?|’s?)?"
        rf"(?:\s+(?:{_MODIFIERS}\s+){{0,2}}?(?P<noun>(?i:{nouns})))?)\b"
    )
    lead = lower_source(names)
    return FoldedPattern(pattern, re.compile(rf"\b(?:{lead})", re.I) if lead else None)


@cache
def _belonging() -> re.Pattern[str]:
    """A force named by its state after it: "the navy of Sri Lanka", "the coast guard of
    Japan"; "authorities in Finland" (only officials: "troops in Ukraine" may be anyone's)."""
    nouns = "|".join(f"(?:{p})" for p, _ in load("actors")["force_nouns"])
    return re.compile(
        rf"\b(?:(?:{nouns})\s+of|(?:authorities|police|officials|prosecutors)\s+in)"
        r"\s+(?:the\s+)?$",
        re.I,
    )


def _owner_before(text: str, m: re.Match[str]) -> int | None:
    """Where the force a country's name (not its adjective) owns starts, if one stands
    right before it."""
    word = m.group("country")
    code = country_code(word)
    if code is None or word not in load("countries")["countries"][code][1]:
        return None
    owner = _belonging().search(text, max(0, m.start() - 60), m.start())
    return owner.start() if owner else None


@cache
def _generic() -> list[tuple[FoldedPattern, str]]:
    return [
        (FoldedPattern(re.compile(rf"\b(?:{e['pattern']})\b")), e["kind"])
        for e in load("actors")["generic"]
    ]


def _suffix(noun: str | None) -> str | None:
    if not noun:
        return None
    for pattern, suffix in load("actors")["force_nouns"]:
        if re.fullmatch(pattern, noun, re.I):
            return suffix
    return None


def find_actors(text: str) -> list[ActorMention]:
    """Actor mentions in a sentence, left to right, non-overlapping (named ones win)."""
    found: list[ActorMention] = []

    def add(mention: ActorMention) -> None:
        if not any(mention.start < o.end and o.start < mention.end for o in found):
            found.append(mention)

    def add_force(mention: ActorMention) -> None:
        """A state's force named before a named actor of another state it overlaps is the
        one meant: the "Japan Coast Guard" of "the Japan Coast Guard cutter Akitsu"."""
        found[:] = [
            o
            for o in found
            if not (
                mention.start < o.start < mention.end and o.country not in (None, mention.country)
            )
        ]
        add(mention)

    named, entries = _named()
    low = lowered(text)
    for m in named.finditer(text, low):
        entry = entries[int(m.lastgroup[1:])]
        add(
            ActorMention(
                m.start(),
                m.end(),
                entry["name"],
                entry["country"],
                entry["kind"],
                generic=bool(entry.get("country_from_context")),
            )
        )
    for m in _national().finditer(text, low):
        word = m.group("country")
        code = country_code(word) if word[0].isupper() else None
        code = code or capital_code(word)
        noun = m.group("noun") or m.group("service")
        bare = not noun
        possessive = m.group().endswith(("'s", "’s"))
        owned = _owner_before(text, m) if code and bare and not possessive else None
        if owned is not None:
            add(ActorMention(owned, m.end(), country_name(code), code, "state"))
            continue
        acts = possessive and _act_after().match(text, m.end())
        if not code or (bare and not acts and (possessive or not _standalone(text, m))):
            continue  # "Ukraine's ports", "Venezuelan oil": a place or origin, not an actor
        suffix = _suffix(noun)
        name = f"{_state_name(code)} {suffix}" if suffix else country_name(code)
        (add if bare else add_force)(ActorMention(m.start(), m.end(), name, code, "state"))
    for generic, kind in _generic():
        for m in generic.finditer(text, None):
            add(ActorMention(m.start(), m.end(), None, None, kind, generic=True))
    return sorted(found, key=lambda a: a.start)


@cache
def _act_after() -> re.Pattern[str]:
    """After a state's possessive, the act it did: "Iran's| 2019 seizure", "Israel's| raid"."""
    nouns = load("actors")["act_nouns"]
    return re.compile(rf"\s+(?:(?:19|20)\d\d\s+|[a-z]+ly\s+)?(?:{nouns})\b")


def _adjective_name(code: str) -> str:
    _name, _names, adjectives, _capitals = load("countries")["countries"][code]
    return adjectives[0] if adjectives else country_name(code)


_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|from|of|in|into|near|off|toward|towards|at|for|with|against|and|or|across|"
    r"between|around|leaving|entering|left|reach|reached|reaching)\s+(?:the\s+)?$",
    re.I,
)


# A country set off by commas after a capitalised name qualifies that place.
_AFTER_PLACE = re.compile(r"\b[A-Z][\w'’.-]*,\s*$")
_CLOSES_APPOSITION = re.compile(r"\s*(?:[,.;)]|$)")
_WATER_NAME = re.compile(
    r"\s+(?:Sea|Ocean|Strait|Gulf|Coast|Basin|Canal|Bay|Channel|Passage|Islands?|Peninsula)\b"
)
# "South America", "Central America": the second half of a place's name, no state.
_NAME_HALF = re.compile(r"\b(?:North|South|Central|Latin)\s+$")


def _standalone(text: str, m: re.Match[str]) -> bool:
    """A bare country name or capital acts as a subject ("Washington seized", "Iran has
    interfered"); an adjective alone ("Venezuelan oil") does not."""
    word = m.group("country")
    if _AFTER_PREPOSITION.search(text[: m.start()]) or _WATER_NAME.match(text, m.end()):
        return False
    if _NAME_HALF.search(text, max(0, m.start() - 10), m.start()):
        return False
    if _AFTER_PLACE.search(text, 0, m.start()) and _CLOSES_APPOSITION.match(text, m.end()):
        return False  # "Puerto San Jose, Guatemala, and ...": where a place is
    if capital_code(word):
        return True
    code = country_code(word)
    if code is None:
        return False
    names = load("countries")["countries"][code][1]
    after = text[m.end() : m.end() + 12]
    return (
        word in names
        and not re.match(r"\s*(?:-flagged|-registered|-linked|-bound|-owned)", after)
        and not re.match(r"-", after)
    )
