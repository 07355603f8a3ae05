"""Find vessel mentions in a sentence: type, name, flag, IMO number, how many."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from maritime.extract.actors import find_actors
from maritime.extract.countries import capital_code, country_code, country_pattern
from maritime.extract.inflect import verb_forms
from maritime.extract.lexicon import load
from maritime.extract.numbers import NUMBER, parse_number
from maritime.geo.names import gazetteer
from maritime.text.folding import FoldedPattern, lower_source, lowered

_NAME_TOKEN = r"(?:[A-Z][\w'’.&-]*|\d{1,3}|[IVX]{1,4})"
# "Rio de Janeiro", "Nuestra Señora del Carmen": small words inside a name, never at its ends.
_NAME_JOIN = r" (?:(?:de|da|do|del|dos|das|di|la|von|van) )?"
_NAME = rf"{_NAME_TOKEN}(?:{_NAME_JOIN}{_NAME_TOKEN}){{0,3}}"
# Where a name follows its type noun: "the tanker Alpha", "a tanker named Alpha",
# "the tanker called the Alpha", 'the tanker "Alpha"'.
_NAMING = (
    r"(?:,?\s+(?:named|called|dubbed|with the (?:trade )?name|by the name(?: of)?)\s+"
    r"(?:the\s+)?|,?\s+)[\"“‘']?"
)
_QUALIFIERS = r"(?:at least|more than|about|around|roughly|some|nearly|almost|over|up to)"
# Words that follow a ship's name in "the tankers A near X and B near Y": the second
# name must be followed by the same one (the conjuncts run parallel).
_PARALLEL = r"near|off|in|at|on|from|to|outside|toward|towards|along|(?:north|south|east|west)\w*"
_SPEECH = r"said|says|told|reported|added|announced"
_STOPWORDS = re.compile(
    r"of|in|on|at|to|from|by|and|or|the|a|an|that|which|who|with|for|as|was|were|is|are|had|"
    r"has|have|been|its|their|it|near|off|into|toward|towards|after|before|while|when|said"
)
# What a merchant prefix or a bare noun says of a ship; a type noun beside it says more.
_VAGUE_TYPES = (None, "merchant ship", "ship", "vessel")
# Compiled once: `_quantifier` runs for every type noun, these for every word before it.
_MODIFIER = re.compile(r"[\w'’,.-]+")
_QUALIFIED = re.compile(_QUALIFIERS + r"\s+$", re.I)


@cache
def _participles() -> str:
    """The words after a hyphen that say who owns, runs or flags a ship or a firm."""
    return "|".join([*load("vessels")["ship_participles"], *load("vessels")["firm_participles"]])


@cache
def _attributive() -> re.Pattern[str]:
    """A word such as "Greek-owned" or "Houston-based": it describes, never names."""
    return re.compile(rf"\w-(?:{_participles()})\W*$")


@cache
def _ship_described() -> re.Pattern[str]:
    """A word such as "Greek-owned" said of ships, rarely of firms ("Dubai-managed")."""
    return re.compile(rf"-(?:{'|'.join(load('vessels')['ship_participles'])})\b")


@cache
def _not_names() -> frozenset[str]:
    return frozenset(load("vessels")["not_names"])


@cache
def _junk_words() -> frozenset[str]:
    return frozenset(load("vessels")["junk_words"])


@cache
def _determiners() -> frozenset[str]:
    return frozenset(load("vessels")["determiners"])


@dataclass
class VesselNP:
    start: int
    end: int
    vessel_type: str | None
    naval: bool
    count: int | None
    name: str | None = None
    flag: str | None = None
    imo: str | None = None
    mmsi: str | None = None
    former_names: list[str] = field(default_factory=list)
    crew: bool = False  # "its 12 crew": people aboard, standing for the vessel
    # "the tankers A and B": where the plural type noun opening the list stands (every
    # name in the list carries it); the first name's `count` is the whole list's.
    series: int | None = None


@cache
def _type_table() -> list[tuple[re.Pattern[str], str, bool]]:
    return [
        (re.compile(rf"\b(?:{p})\b", re.I), t, naval) for p, t, naval in load("vessels")["types"]
    ]


@cache
def _kinds() -> dict[str, int]:
    return {kind: index for index, group in enumerate(load("vessels")["kinds"]) for kind in group}


def kind_of(vessel_type: str | None) -> int | None:
    """The merchant kind a type belongs to (tankers, bulk carriers, ...), or None for a
    word that tells no kind apart ("vessel", "merchant ship", a warship)."""
    return _kinds().get(vessel_type) if vessel_type else None


@cache
def _type_pattern() -> str:
    return "|".join(p for p, _, _ in load("vessels")["types"])


@cache
def _prefixes() -> dict[str, bool]:
    """Each ship prefix -> whether the canonical name keeps it."""
    prefixes = load("common")["ship_prefixes"]
    kept = {p: p not in prefixes["dropped"] for p in prefixes["naval"]}
    return kept | dict.fromkeys(prefixes["merchant"], False)


@cache
def _naval_prefixes() -> dict[str, str]:
    """Each naval or state hull prefix -> the state its ships belong to ("INS" -> "IND")."""
    return dict(load("common")["ship_prefixes"]["naval"])


@cache
def _prefix_pattern() -> str:
    return "|".join(re.escape(p) for p in sorted(_prefixes(), key=len, reverse=True))


@cache
def _typed() -> dict[str, FoldedPattern]:
    """The patterns that open on a type noun, scanned from where a type noun stands."""
    types = _type_pattern()
    prefixes = _prefix_pattern()
    lead = lower_source(types)

    def opening(pattern: str, after: str) -> FoldedPattern:
        found = re.compile(pattern, re.I)
        return FoldedPattern(found, re.compile(rf"\b(?:{lead}){after}", re.I) if lead else None)

    return {
        "type": opening(
            rf"\b(?P<type>{types})\b(?:{_NAMING}(?P<name>(?-i:(?:(?:{prefixes})\s+)?{_NAME})))?",
            r"\b",
        ),
        "type_apposition": opening(
            rf"\b(?P<type>{types}),\s+the\s+(?P<name>(?-i:{_NAME}))(?=[,.;]|$|\s+(?:off|in|near|at)\b)",
            ",",
        ),
    }


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    types = _type_pattern()
    prefixes = _prefix_pattern()
    flag = country_pattern()
    described = rf"(?:{flag}|[A-Z0-9][\w-]*)-(?:{_participles()})"
    return {
        "prefixed": re.compile(rf"\b(?P<prefix>{prefixes})\s+(?P<name>{_NAME})"),
        # "the Liberian-flagged Orion Star", "the Chevron-chartered Advantage Sweet".
        "described_name": re.compile(
            rf"\b(?:[Tt]he|[Aa]n?) (?P<described>{described}(?:,? {described})*),? "
            rf"(?P<name>{_NAME})"
        ),
        # "the Virat, also Gambia-flagged and heading for Novorossiysk": a flag after the name.
        "name_flagged": re.compile(
            rf"\b[Tt]he (?P<name>{_NAME}), (?:also |itself |likewise )?"
            rf"(?P<flag>{flag})[- ](?:flagged|registered)\b"
        ),
        # "the Orion, a Greek-owned tanker"; "M/V Zografia, a Maltese flagged bulk carrier";
        # "the Teresa Magbanua, one of Manila's two biggest coast guard ships"; "the cutter
        # Kojima, one of Tokyo's largest coast guard vessels".
        "appositive": re.compile(
            rf"\b(?:[Tt]he |(?P<prefix>{prefixes}) )(?P<name>{_NAME}),? "
            rf"(?:a|an|the|another|one of (?:the|its|their|[\w.-]+['’]s)) "
            rf"(?:[\w'’.-]+,? ){{0,6}}?(?P<type>(?i:{types}))\b"
        ),
        # Bulletins: "KMAX RULER (bulk carrier, LBR flag, ...)", "ISLANDER (general cargo, ...)".
        "bulletin": re.compile(
            rf"(?:\b(?:{prefixes}) )?"
            rf"\b(?P<name>[A-Z][A-Z0-9.'&-]*(?: [A-Z0-9][A-Z0-9.'&-]*){{0,4}}) "
            rf"\((?P<type>[a-z][\w -]*?)"
            rf"(?:\)|, (?:(?P<flag>[A-Z]{{3}}|{flag}) flag\b)?[^()]{{0,60}}\))"
        ),
        # A hull designation before a name in capitals: "PCG MRRV-9701 TERESA MAGBANUA",
        # "BFAR MMOV-3002 DATU SANDAY".
        "hull_named": re.compile(
            r"\b[A-Z]{2,6}-\d{2,5} (?P<name>[A-Z][A-Z0-9'&-]+(?: [A-Z0-9][A-Z0-9'&-]*){0,3})\b"
        ),
        # "the Carl Vinson Strike Group": a group is not a ship, the carrier it is named for is.
        "strike_group": re.compile(
            rf"\b(?P<name>(?!The\b){_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,3}}?)"
            r" (?:Carrier )?Strike Group\b"
        ),
        # Bulletins: "VESSEL: MARLIN LUANDA, product tanker (LR2), Marshall Islands flag".
        "caps_appositive": re.compile(
            rf"\b(?P<name>[A-Z][A-Z0-9.'&-]*(?: [A-Z0-9][A-Z0-9.'&-]*){{0,4}}), "
            rf"(?P<type>{types})\b(?=\s*[(,;.]|$)"
        ),
        # "the cutter Kojima, one of Tokyo's largest coast guard vessels": the same ship
        # (where "the tanker Alpha, a freighter and two tugs" is a list).
        "typed_one_of": re.compile(
            rf"\b[Tt]he (?P<lead>(?i:{types})) (?P<name>{_NAME}), one of (?:the|its|their|"
            rf"[\w.-]+['’]s) (?:[\w'’.-]+,? ){{0,6}}?(?P<type>{types})\b"
        ),
        # "the Moskva, flagship of the Black Sea Fleet": a role noun needs no article.
        "appositive_of": re.compile(rf"\b[Tt]he (?P<name>{_NAME}), (?P<type>{types}) of\b"),
        "labelled": re.compile(
            r"\b(?:Ship|Vessel|Name|SHIP|VESSEL|NAME): (?P<name>[A-Z][A-Z0-9 .'-]+?)(?= \(|,|$)"
        ),
        "name_imo": re.compile(rf"\b(?:[Tt]he )?(?P<name>{_NAME}) \(IMO"),
        "flag": re.compile(
            rf"\b(?P<flag>{country_pattern()})[- ](?:flagged|registered)\b|"
            rf"\((?P<flag2>{country_pattern()}) flag\)|\bflagged in (?P<flag3>{country_pattern()})|"
            rf"\b(?:flying|under|and|with) the flag of (?:the )?(?P<flag4>{country_pattern()})",
            re.I,
        ),
        "imo": re.compile(r"\bIMO(?: No\.?| number)?:? ?(\d{7})\b"),
        "mmsi": re.compile(r"\bMMSI:? ?(\d{9})\b"),
        "former": re.compile(
            rf",?(?: \(IMO[^)]*\),?)? \(?(?:(?:formerly|previously|once)"
            rf"(?: (?:named|known as|called))? |ex- ?)(?:the )?(?P<name>{_NAME})"
        ),
        "crew": re.compile(
            rf"\b(?:its|the|their) (?:(?P<n>{NUMBER}) )?(?:{load('vessels')['crew_words']})\b"
        ),
        # A hull number may follow each name: "BRP Malabrigo (MRRV-4402) and BRP Cabra".
        "next_name": re.compile(
            rf"(?P<sep>(?:\s+\([\w -]{{1,16}}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+))(?:the\s+)?"
            rf"(?P<name>(?:(?:{prefixes})\s+)?{_NAME})(?!\s+(?:{_SPEECH})\b)"
        ),
        # "the Marlin Luanda and the tanker Alpha", "the tanker Alpha and the Beta": untyped
        # names listed with a named ship, each with its own article.
        "the_next": re.compile(
            rf"(?P<sep>(?:\s+\([\w -]{{1,16}}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+))the\s+"
            rf"(?P<name>(?:(?:{prefixes})\s+)?{_NAME})\b(?![\w'’-]|\s+(?:{_SPEECH}|of)\b|\s+\w+-)"
        ),
        "the_before": re.compile(rf"\b[Tt]he (?P<name>{_NAME}),? and $"),
        "parallel_with": re.compile(rf"\s+(?P<prep>{_PARALLEL})\b"),
    }


# What may follow a ship's name the act's object ends with ("seized the Alpha in the
# Gulf", "hit the Alpha and the Beta"), unlike a name that is a modifier ("struck the
# Sevmorzavod shipyard").
_AFTER_OBJECT = (
    r"(?=[,.;:)]|$|\s+(?:and|in|off|near|on|at|while|after|before|with|from|as|to|by|"
    r"toward|towards|again|twice|during|for|but|when|which|early|late|last|this|"
    r"(?:north|south|east|west)\w*)\b)"
)
# Where a name with no type noun ends: as an object does, or before its verb ("the Alpha
# was seized"), unlike one that is a modifier ("the Iran-operated Chabahar port").
_AFTER_NAME = rf"(?:{_AFTER_OBJECT}|(?=\s+(?:was|were|is|are|had|has|have|said|[a-z]+ed)\b))"
_NAME_ENDS = re.compile(_AFTER_NAME)


@cache
def _verb_forms(key: str, forms: tuple[str, ...]) -> str:
    """The `forms` ("past", "ing", ...) of every verb of vessels.json's `key`, as one regex
    alternation, longest first."""
    words = {
        word for lemma in load("vessels")[key] for form in forms for word in verb_forms(lemma)[form]
    }
    return "|".join(sorted(words, key=len, reverse=True))


def act_verbs(form: str) -> str:
    """The acts that take a ship as their object (vessels.json's `acts_on`), in one form."""
    return _verb_forms("acts_on", (form,))


# Every finite or -ing form of an act on a ship: "seize", "seizes", "seized", "seizing".
_ACT_FORMS = ("base", "s", "past", "ing")


@cache
def _acted_on() -> FoldedPattern:
    """A name with "the" and no type noun, as an act's object or where people aboard a ship
    are: "seized the Stena Impero", "the seizure of the Skipper", "sailors on the
    Verbena"."""
    nouns = "|".join(load("vessels")["act_nouns"])
    verbs = rf"{_verb_forms('acts_on', _ACT_FORMS)}|(?:{nouns}) (?:(?:was|were) )?of"
    aboard = "|".join(load("vessels")["aboard"])
    return FoldedPattern(
        re.compile(
            rf"\b(?i:{verbs}|{aboard}) the [\"“‘']?(?P<name>(?!The\b){_NAME})[\"”’']?"
            rf"{_AFTER_NAME}"
        ),
        lead=re.compile(rf"\b(?:{verbs}|{aboard}) the ", re.I),
    )


@cache
def _acted_on_apposed() -> FoldedPattern:
    """A name with no "the" as an act's object, a type noun set off after it saying what it
    is: "seized Arvana, a Panama-flagged tanker"."""
    verbs = _verb_forms("acts_on", _ACT_FORMS)
    return FoldedPattern(
        re.compile(
            rf"\b(?i:{verbs}) (?P<name>(?!The\b){_NAME}),\s+an?\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?i:{_type_pattern()})(?![\w-])"
        ),
        lead=re.compile(rf"\b(?:{verbs}) ", re.I),
    )


@cache
def _taken_subject() -> FoldedPattern:
    """A name with "the" and no type noun that was taken or boarded, told in the passive or
    by a participle set off after it: "The Arvana was seized in 2023", "the Ruen, hijacked
    in December", "The Arvana and its 21 crew were seized"."""
    done = _verb_forms("taken_subject", ("participle",))
    # "The Arvana and its 21 crew were seized": the people aboard taken with the ship.
    crew = rf"(?:\s+and\s+(?:its|her)\s+(?:{NUMBER}\s+)?(?:{load('vessels')['crew_words']}))?"
    return FoldedPattern(
        re.compile(
            rf"\b[Tt]he [\"“‘']?(?P<name>(?!The\b){_NAME})[\"”’']?"
            rf"(?={crew}(?:\s+(?:was|were|had been|has been|is being)\s+(?:\w+ly\s+)?(?i:{done})\b"
            rf"|,\s+(?i:{done})\s+(?i:in|on|by|off|near|last|earlier|at|during|since)\b))"
        ),
        lead=re.compile(r"\bthe ", re.I),
    )


def hull_prefix(name: str) -> str | None:
    """The naval or state hull prefix a name opens with ("USS Carney" -> "USS")."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return first if first in _naval_prefixes() else None


@cache
def state_kinds() -> frozenset[str]:
    """The kinds of ship only states sail (a destroyer, a coast guard vessel ...)."""
    return frozenset(kind for _, kind, naval in load("vessels")["types"] if naval)


def unprefixed(name: str, *, keep_naval: bool = True) -> str:
    """The name without its leading ship prefix, as the lexicon spells it ("MV Sea Wind"
    -> "Sea Wind", "Motor Vessel Sea Wind" -> "Sea Wind"); a hull prefix the canonical
    name keeps ("USS Ford") stays unless `keep_naval` is false. Case counts: "My Way"
    and "Iris Star" are names, not the prefixes "MY" and "IRIS". "" when only a
    one-word prefix was told."""
    tokens = name.split()
    for size in (1, 2):
        prefix = " ".join(tokens[:size])
        wanted = prefix in _prefixes() and not (keep_naval and _prefixes()[prefix])
        if wanted and (size == 1 or len(tokens) > size):
            return " ".join(tokens[size:])
    return " ".join(tokens)


def bare_of_any_prefix(name: str) -> str:
    """The name without a merchant or naval prefix, lowercased ("USS Ford" -> "ford"):
    how two tellings that differ only in a hull prefix are compared."""
    return (unprefixed(name, keep_naval=False) or name.strip()).lower()


def clean_name(name: str | None) -> str | None:
    """Strip merchant prefixes (MV, M/T) and trailing non-name words; None if nothing is left."""
    if not name:
        return None
    tokens = unprefixed(name).split()
    # "Panama. Crew safe": a full stop after a word (not an initial, "R.", "St.") ends it.
    stop = next((i for i, t in enumerate(tokens) if t.endswith(".") and len(t) > 3), None)
    if stop is not None:
        tokens = [*tokens[:stop], tokens[stop].rstrip(".")]
    if tokens:
        # "the Rush's crew", "the tanker 'Sea Falcon'"
        tokens[-1] = re.sub(r"['’]s$", "", tokens[-1].rstrip("'’"))
    while tokens and (tokens[-1] in _not_names() or tokens[-1].lower() in ("of", "and")):
        tokens.pop()
    if not tokens or tokens[0] in _not_names() or tokens[0].rstrip(".").isdigit():
        return None
    if any(_attributive().search(token) for token in tokens):
        return None  # "British-owned", "Liberian-flagged" describe a ship, never name it
    if _junk_words() & set(tokens):
        return None  # "the Master", "Operation Atalanta", "Traffic Management System"
    name = " ".join(tokens).rstrip(",.")
    if country_code(name) or name in load("countries")["countries"]:
        return None  # "a chemical tanker, Panama" gives the flag; "LBR" is its code
    return name


def _quantifier(text: str, type_start: int) -> tuple[int, str] | None:
    """(offset, words) of the number or determiner opening the noun phrase whose type noun
    starts at `type_start`: walk back over at most four modifiers, stopping at function words."""
    offset = max(0, type_start - 80)
    # A noun phrase never opens before a bracket or a colon: "SEA LANTERN (bulk carrier".
    offset = max(offset, *(text.rfind(mark, offset, type_start) + 1 for mark in "(:;"))
    tokens = list(_MODIFIER.finditer(text[offset:type_start]))
    for back, token in enumerate(reversed(tokens)):
        word = token.group().rstrip(",").lower()
        if word in _determiners() or parse_number(word) is not None:
            if token.group().endswith(","):
                return None  # "at 1100, fishing vessels A and B": a comma ends its phrase
            start = offset + token.start()
            # A qualifier hedges a count ("over 30 ships"), never "the" ("took over the tanker").
            counted = word not in _determiners() and word not in ("a", "an")
            qualifier = counted and _QUALIFIED.search(text[max(0, start - 14) : start])
            if qualifier:
                start -= len(qualifier.group())
            return start, text[start : offset + token.end()].rstrip(",")
        if back >= 4 or _STOPWORDS.fullmatch(word):
            return None
    return None


@cache
def canonical_type(text: str) -> tuple[str, bool] | None:
    """The canonical vessel type named by `text` and whether it is a naval asset."""
    for pattern, vessel_type, naval in _type_table():
        if pattern.fullmatch(text.strip()):
            return vessel_type, naval
    return None


def _plural(type_text: str) -> bool:
    word = type_text.lower()
    return word.endswith("s") and not word.endswith(("ss", "us"))


def _count(qty: str | None, type_text: str, named: bool) -> int | None:
    plural = _plural(type_text)
    if qty:
        number = parse_number(qty)
        if number is not None:
            return number
        if qty.lower() in ("the", "its", "his", "her", "this", "that") and not plural:
            return 1
        return None
    if named or not plural:
        return 1
    return None


@cache
def _screened(name: str) -> FoldedPattern:
    """An untyped pattern that skips a sentence lacking the literals it needs."""
    return FoldedPattern(_regexes()[name])


def _scan(name: str, text: str) -> Iterator[re.Match[str]]:
    return _screened(name).finditer(text, None)


def find_vessels(text: str, known: dict[str, VesselNP] | None = None) -> list[VesselNP]:
    """Vessel mentions in `text` (a sentence), left to right, non-overlapping.
    `known` maps names seen earlier in the article to their first mention, so that
    "the Ruen" is recognised later without a type word."""
    low = lowered(text)
    found: list[VesselNP] = []

    def add(np: VesselNP) -> None:
        for other in found:
            if np.start < other.end and other.start < np.end:
                other.name = other.name or np.name
                if other.vessel_type in _VAGUE_TYPES and np.vessel_type:
                    other.vessel_type = np.vessel_type  # "the MV Abdullah, a bulk carrier"
                if other.series is None and np.series is not None:
                    other.series, other.count = np.series, np.count
                other.start, other.end = min(np.start, other.start), max(np.end, other.end)
                return
        found.append(np)

    for m in _scan("labelled", text):
        add(VesselNP(m.start(), m.end(), None, False, 1, clean_name(m.group("name").strip())))
    for m in _scan("bulletin", text):
        kind = canonical_type(m.group("type"))
        name = clean_name(m.group("name"))
        if kind and name:
            flag = m.group("flag")
            code = flag if flag in load("countries")["countries"] else country_code(flag)
            add(VesselNP(m.start(), m.end(), kind[0], kind[1], 1, name, flag=code))
    for m in _scan("hull_named", text):
        name = clean_name(m.group("name"))
        if name:
            add(VesselNP(m.start(), m.end(), None, False, 1, name))
    for m in _scan("strike_group", text):
        name = clean_name(m.group("name"))
        if name:
            add(VesselNP(m.start(), m.end(), "aircraft carrier", True, 1, name))
    appositives = itertools.chain(
        _scan("appositive", text),
        _scan("appositive_of", text),
        _scan("caps_appositive", text),
        _scan("typed_one_of", text),
    )
    for m in appositives:
        prefix = m.groupdict().get("prefix")
        name = clean_name(f"{prefix} {m['name']}" if prefix else m["name"])
        kind = canonical_type(m.groupdict().get("lead") or m.group("type"))
        if name and kind:
            add(VesselNP(m.start(), m.end(), kind[0], kind[1], 1, name))
    for m in _type_appositions(text, low):
        kind = canonical_type(m.group("type"))
        name = clean_name(m.group("name"))
        if kind and name and name[0].isupper():
            qty = _quantifier(text, m.start())
            add(VesselNP(qty[0] if qty else m.start(), m.end(), kind[0], kind[1], 1, name))
    for m in _scan("prefixed", text):
        name = clean_name(f"{m.group('prefix')} {m.group('name')}")
        if name:
            naval = m.group("prefix") in _naval_prefixes()
            add(VesselNP(m.start(), m.end(), "warship" if naval else None, naval, 1, name))
    for m in _typed()["type"].finditer(text, low):
        kind = canonical_type(m.group("type"))
        if not kind:
            continue
        name = clean_name(m.group("name"))
        qty = _quantifier(text, m.start())
        start = qty[0] if qty else m.start()
        count = _count(qty[1] if qty else None, m.group("type"), bool(name))
        head = VesselNP(
            start, m.end("name") if name else m.end("type"), kind[0], kind[1], count, name
        )
        others = _conjuncts(text, m.end("name"), head) if name and _plural(m["type"]) else []
        if others:
            number = parse_number(qty[1]) if qty else None
            head.count = number or 1 + len(others)
            for np in (head, *others):
                np.series = m.start("type")
        for np in (head, *others):
            add(np)
    for m in _scan("described_name", text):
        name = clean_name(m.group("name"))
        if name and not canonical_type(name.split()[0]) and _described_ship(text, m, name):
            add(VesselNP(m.start(), m.end(), None, False, 1, name))
    for m in _scan("name_flagged", text):
        name = clean_name(m.group("name"))
        if name and not canonical_type(name.split()[0]):
            add(VesselNP(m.start(), m.end("name"), None, False, 1, name))
    for m in _scan("name_imo", text):
        name = clean_name(m.group("name"))
        if name:
            add(VesselNP(m.start("name"), m.end("name"), None, False, 1, name))
    for m in itertools.chain(
        _acted_on().finditer(text, low),
        _taken_subject().finditer(text, low),
        _acted_on_apposed().finditer(text, low),
    ):
        name = _conjunct_name(m["name"])
        if name == m["name"] and _untyped_ship(name) and not find_actors(m.group()):
            add(VesselNP(m.start("name"), m.end("name"), None, False, 1, name))
    for alias, first in (known or {}).items():
        if alias not in text:
            continue
        for start, end in whole_words(text, alias):
            add(VesselNP(start, end, first.vessel_type, first.naval, 1, first.name))
    for np in [np for np in found if np.name and np.series is None]:
        for mate in _list_mates(text, np):
            add(mate)
    for m in _scan("crew", text):
        add(VesselNP(m.start(), m.end(), None, False, 1, None, crew=True))
    found.sort(key=lambda np: np.start)
    attach_details(text, found)
    return found


# Every "the tanker, the Ruen off ..." holds ", the ": a sentence without it (most) skips
# a scan that tries every type noun at every word and almost never matches.
_APPOSITION_CUE = re.compile(r",\s+the\s", re.I)


def _type_appositions(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """`type_apposition` matches: the same as its `finditer`."""
    if _APPOSITION_CUE.search(text) is None:
        return iter(())
    return _typed()["type_apposition"].finditer(text, low)


def _conjuncts(text: str, end: int, head: VesselNP) -> list[VesselNP]:
    """The other ships a plural type noun names after its first name `text[:end]`: a
    list ("the tankers A, B and C") or a parallel conjunct ("the tankers A near X on
    May 1 and B near Y"), each of the head's type."""
    found = _listed_names(text, end) or _parallel_name(text, end)
    return [VesselNP(a, b, head.vessel_type, head.naval, 1, name) for a, b, name in found]


def _list_mates(text: str, np: VesselNP) -> list[VesselNP]:
    """Ships named in a list with a named one, each with "the" and no type noun: "the
    Marlin Luanda and the tanker Alpha", "the tanker Alpha, the Beta and the Gamma". A
    listed place, state or group ("and the Red Sea", "and the Pentagon") is none, nor a
    run the name rules would cut ("the Royal Navy")."""
    mates = [
        (a, b, name)
        for a, b, name in _listed_names(text, np.end, _regexes()["the_next"])
        if name == text[a:b] and _could_be_ship(name)
    ]
    before = _regexes()["the_before"].search(text, max(0, np.start - 60), np.start)
    name = _conjunct_name(before["name"]) if before else None
    if before and name == before["name"] and _could_be_ship(name):
        mates.append((before.start("name"), before.end("name"), name))
    return [VesselNP(a, b, None, False, 1, name) for a, b, name in mates]


def _could_be_ship(name: str) -> bool:
    """Not a known place nor, as a whole, a state or group ("Marlin Luanda" may hold one)."""
    whole = any(a.start == 0 and a.end == len(name) for a in find_actors(name))
    return not whole and not gazetteer().lookup(name)


def _described_ship(text: str, m: re.Match[str], name: str) -> bool:
    """Whether "the Greek-owned Sea Lark" names a ship: a flag says so ("the
    Liberian-flagged Orion Star"); an owner or charterer alone only where the name ends
    as an object does and is no place nor group ("the Greek-owned Dynacom Shipping"),
    and a word said of firms as often ("the Dubai-managed Kessa") is not enough."""
    if _regexes()["flag"].search(m["described"]):
        return True
    if not _ship_described().search(m["described"]):
        return False
    ends = _NAME_ENDS.match(text, m.end("name")) and m["name"].startswith(name)
    return bool(ends) and _untyped_ship(name) and not find_actors(name)


def _untyped_ship(name: str) -> bool:
    """Whether a name with no type noun may be a ship's: none that ends in what names a
    place or a group ("the Kerch Bridge", "the Sinaloa Cartel") or joins words as a
    group's does ("the Tren de Aragua")."""
    words = name.split()
    if words[-1] in load("vessels")["not_ship_heads"] or any(w.islower() for w in words):
        return False
    return _could_be_ship(name)


def _listed_names(
    text: str, end: int, pattern: re.Pattern[str] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name listed right after the first, up to the one that
    "and" closes the list with (a comma alone may open an aside: "A, officials said")."""
    names: list[tuple[int, int, str]] = []
    closed = 0
    for m in _chain(pattern or _regexes()["next_name"], text, end):
        name = _conjunct_name(m["name"])
        if name is None:
            break
        names.append((m.start("name"), m.end("name"), name))
        if "and" in m["sep"]:
            closed = len(names)
    return names[:closed]


def _chain(pattern: re.Pattern[str], text: str, pos: int) -> Iterator[re.Match[str]]:
    """Matches of `pattern` one right after another from `pos`."""
    while (m := pattern.match(text, pos)) is not None:
        yield m
        pos = m.end()


def _parallel_name(text: str, end: int) -> list[tuple[int, int, str]]:
    """The second name of "the tankers A near X on May 1 and B near Y", where both names
    are followed by the same word."""
    lead = _regexes()["parallel_with"].match(text, end)
    if lead is None:
        return []
    m = _parallel(lead["prep"]).match(text, lead.end())
    name = _conjunct_name(m["name"]) if m else None
    return [(m.start("name"), m.end("name"), name)] if m and name else []


@cache
def _parallel(prep: str) -> re.Pattern[str]:
    return re.compile(
        rf"[^,;:()\u2013\u2014]{{0,80}}?\s+and\s+(?:the\s+)?"
        rf"(?P<name>(?:(?:{_prefix_pattern()})\s+)?{_NAME})\s+{re.escape(prep)}\b"
    )


def _conjunct_name(words: str) -> str | None:
    """A listed ship's name, or None for what a list of ships never holds: a country or
    a capital ("and Iran", "and the United States", "and Washington"), or no name."""
    name = clean_name(words)
    if name is None:
        return None
    first = re.sub(r"['’]s$", "", name.split()[0])
    if any(country_code(form) or capital_code(form) for form in (first, name)):
        return None
    return name


def whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The spans of `re.finditer(rf"\\b{re.escape(word)}\\b", text)`, found without a
    pattern: names differ from article to article, and compiling one per name overflowed
    the `re` module's cache (evicting the patterns every sentence uses)."""
    if not word:
        yield from ((m.start(), m.end()) for m in re.finditer(r"\b", text))
        return
    size = len(word)
    start = text.find(word)
    while start >= 0:
        end = start + size
        if _boundary(text, start) and _boundary(text, end):
            yield start, end
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def _boundary(text: str, index: int) -> bool:
    """`\\b` at `index`: a word character on exactly one side (as `re` reads str)."""
    return _is_word(text[index - 1 : index]) != _is_word(text[index : index + 1])


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def attach_details(text: str, found: list[VesselNP]) -> None:
    """Give each mention the flag, IMO, MMSI and former names written right around it."""
    low = lowered(text)
    for np in found:
        flag = _flag_near(text, low, np)
        if flag:
            np.flag = country_code(next(f for f in flag.groups() if f))
        imo = _near("imo", text, low, np.start, np.end + 25)
        if imo:
            np.imo = imo.group(1)
        mmsi = _near("mmsi", text, low, max(0, np.start - 40), np.end + 40)
        if mmsi:
            np.mmsi = mmsi.group(1)
        former = _regexes()["former"].match(text, np.end)
        if former and np.name:
            np.former_names.append(former.group("name"))
            np.end = former.end()


def _flag_near(text: str, low: str | None, np: VesselNP) -> re.Match[str] | None:
    """The flag written with the ship: inside its phrase, else the nearest before it
    ("the Bahamas-flagged Cove Hill and the Panama-flagged Orla"), else the first after."""
    start, end = max(0, np.start - 45), np.end + 25
    first = _near("flag", text, low, start, end)
    if first is None:
        return None  # most ships: no flag written near them, found by one screened search
    found = list(_regexes()["flag"].finditer(text[start:end]))
    inside = [m for m in found if np.start <= start + m.start() and start + m.end() <= np.end]
    before = [m for m in found if start + m.end() <= np.start]
    return (inside or before or found or [None])[-1 if inside or before else 0]


def _near(name: str, text: str, low: str | None, start: int, end: int) -> re.Match[str] | None:
    """Pattern `name`'s first match in text[start:end] (`low` is `lowered(text)`): most
    windows lack its literals and skip the search."""
    return _screened(name).search(text[start:end], low[start:end] if low is not None else None)


def bare_plural(text: str, np: VesselNP) -> bool:
    """Whether the phrase names a class of ships rather than some ships: a plural with no
    article, number or name ("fishing dhows", not "the dhows" or "two dhows")."""
    words = text[np.start : np.end].lower().split()
    return (
        np.name is None
        and np.count is None
        and words[-1].endswith("s")
        and words[0] not in _determiners()
        and _quantifier(text, np.start) is None
    )


def aliases(np: VesselNP) -> list[str]:
    """Shorter forms later sentences use for a named ship ("the Ford", "Iwo Jima")."""
    if not np.name:
        return []
    forms = [np.name]
    tokens = np.name.split()
    if tokens[0] in _prefixes() and len(tokens) > 1:
        forms.append(unprefixed(np.name, keep_naval=False))
        if len(tokens) > 2 and len(tokens[-1]) > 2:
            forms.append(tokens[-1])
    forms.extend(np.former_names)
    return forms
