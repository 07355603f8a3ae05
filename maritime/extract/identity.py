"""Vessel identity told outside the sentences that report incidents.

Articles often give a ship's former name or IMO number in a background sentence ("the
Skipper, previously named Adisa, left Venezuela ...") or say it was renamed ("the Adisa,
since renamed Skipper"). Once the article has named a ship in an incident, such details
anywhere in the text belong to every mention of that ship, so the registry learns them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from maritime.extract.actors import find_actors
from maritime.extract.model import ExtractedEvent, VesselMention
from maritime.extract.vessels import VesselNP, act_verbs, attach_details, clean_name, find_vessels
from maritime.geo import resolve_place
from maritime.text.folding import FoldedPattern, lowered

_OLD_TOKEN = r"(?!The\b)[A-Z][\w'’&-]*"
_OLD_NAME = rf"{_OLD_TOKEN}(?: (?:{_OLD_TOKEN}|\d{{1,3}})){{0,3}}"
_RENAMED = (
    r"(?:,|,? which (?:was|has been)|,? (?:was|has been|had been))? "
    r"(?:since |later |then |now |subsequently |recently )?"
    r"(?:renamed|re-named|rechristened|rebranded as) (?:as |to )?(?:the )?"
)


# Words without which neither a former name, a rename nor an IMO number can be written.
_CUES = re.compile(r"formerly|previously|once|ex-|IMO|renamed|re-named|rechristened|rebranded")
_IDENTIFIED = FoldedPattern(  # screened by "identified ": most articles lack it
    re.compile(
        r"\bidentified (?:(?:the (?:[\w-]+ )?(?:ship|vessel|tanker|boat|craft)|it|her) )?"
        r"(?:by [\w.'’ -]{1,40}? )?as (?=[A-Z]|the )"
    )
)


# A sentence acting on a ship by name right after an incident with an unnamed ship.
# ("had seized the X" is background about some other ship, not the lead's). A whole
# article is scanned: from its acts (the lead) only, as most words open none.
_ACTS = rf"\b(?:{act_verbs('past')}) the "
_ACTED_ON = FoldedPattern(
    re.compile(
        rf"(?<!had )(?<!has )(?<!have ){_ACTS}(?P<name>(?!The\b)[A-Z][\w'’-]*"
        r"(?: (?:[A-Z][\w'’-]*|\d{1,3})){0,3}(?: of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?)\b"
    ),
    lead=re.compile(_ACTS, re.I),
)
_NEAR = 400  # characters between the incident's sentence and the naming one
# "identified the vessel as the Tutor": a name needs no type noun after "identified ... as".
_BARE_NAME = re.compile(
    rf"(?:the )?(?P<name>{_OLD_NAME})(?=[,.;)]|\s+(?:and|on|in|off|near|which|after|before)\b|$)"
)


def add_identities(events: list[ExtractedEvent], text: str) -> None:
    """Give each named vessel the former names and IMO number the article states for it.

    Two passes: a former name learnt in the first is itself looked for in the second
    ("the Adisa (IMO 9304667)" once the Skipper is known to have been the Adisa).
    """
    _name_identified(events, text)
    if not _CUES.search(text):
        return  # no former name, rename or IMO number written anywhere: nothing to learn
    for _ in range(2):
        _learn_from_text(_by_name(events), text)


def _name_identified(events: list[ExtractedEvent], text: str) -> None:
    """A lead that only says "a Panama-flagged oil tanker" is often followed by the name:
    "officials identified the ship as the Panama-flagged Riah", or a sentence telling no
    incident of its own that acts on it by name ("boats swarmed the Niovi"). The name
    goes to the unnamed vessel of the incidents told in the latest sentence before."""
    told = [
        (e.mentions[0].sentence_start, e.mentions[0].sentence_end) for e in events if e.mentions
    ]
    for hit in _IDENTIFIED.finditer(text, None):
        after = text[hit.end() : hit.end() + 80]
        named = [np for np in find_vessels(after) if np.name]
        if named and named[0].start <= 4:
            _give_name(events, hit.start(), named[0].name, named[0].flag)
        elif (bare := _BARE_NAME.match(after)) and (name := _bare_ship_name(bare["name"])):
            _give_name(events, hit.start(), name, None)
    for _start, end in told:
        opening = _next_sentence(text, end)
        if any(start <= opening < stop for start, stop in told):
            continue  # it tells an incident of its own
        if not _APPOSITION_OPENS.match(text, opening):
            continue  # most sentences (checked cheaply) open on no "The Alpha, a tanker"
        named = [np for np in find_vessels(text[opening : opening + 160]) if np.name]
        if named and named[0].start <= 4 and named[0].vessel_type not in _VAGUE:
            kind = named[0].vessel_type
            _give_name(events, opening, named[0].name, named[0].flag, kind)
    for hit in _ACTED_ON.finditer(text, lowered(text)):
        own_incident = any(start <= hit.start() < end for start, end in told)
        near = [end for _, end in told if end <= hit.start() and hit.start() - end <= _NEAR]
        if not own_incident and near and (name := _bare_ship_name(hit["name"])):
            _give_name(events, hit.start(), name, None)  # not "hit the Master"


_VAGUE = (None, "ship", "vessel", "merchant ship")
_APPOSITION_OPENS = re.compile(
    r"(?:[Tt]he |[A-Z/.]{2,5} )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|\d{1,3})){0,4},? "
    r"(?:a|an|one of)\b"
)


def _next_sentence(text: str, end: int) -> int:
    """Where the sentence after the one ending at `end` opens."""
    return end + len(text[end:]) - len(text[end:].lstrip())


def _bare_ship_name(words: str) -> str | None:
    name = clean_name(words)
    return name if name and not _names_something_else(name) else None


def _names_something_else(name: str) -> bool:
    return resolve_place(name) is not None or bool(find_actors(name))


def _give_name(
    events: list[ExtractedEvent],
    at: int,
    name: str | None,
    flag: str | None,
    kind: str | None = None,
) -> None:
    """Name the one unnamed ship of the incidents told in the latest sentence before `at`
    (when `kind` is given, only a ship of that kind or of none said)."""
    earlier = [e for e in events if e.mentions and e.mentions[0].sentence_start < at]
    if not earlier:
        return
    sentence = max(e.mentions[0].sentence_start for e in earlier)
    for event in earlier:
        one_ship = len(event.vessels) == 1 and event.vessel_count in (None, 1)
        if event.mentions[0].sentence_start == sentence and one_ship:
            vessel = event.vessels[0]
            if vessel.name is None and (kind is None or vessel.vessel_type in (*_VAGUE, kind)):
                vessel.name, vessel.flag = name, vessel.flag or flag


def _by_name(events: list[ExtractedEvent]) -> dict[str, list[VesselMention]]:
    """Every name (current or former) of a named vessel -> the mentions of that ship."""
    table: dict[str, list[VesselMention]] = defaultdict(list)
    for vessel in (v for event in events for v in event.vessels if v.name):
        for name in [vessel.name, *vessel.former_names]:
            table[str(name).casefold()].append(vessel)
    return table


def _learn_from_text(table: dict[str, list[VesselMention]], text: str) -> None:
    if not table:
        return
    names = sorted({v.name or "" for vs in table.values() for v in vs} | _formers(table), key=len)
    known = "|".join(re.escape(name) for name in reversed(names))  # "Bella 1" before "Bella"
    for hit in re.finditer(rf"\b(?P<name>{known})\b", text):
        details = VesselNP(hit.start(), hit.end(), None, False, 1, hit["name"])
        attach_details(text, [details])
        for vessel in table[hit["name"].casefold()]:
            _learn(vessel, details.former_names, details.imo)
    renamed = rf"\b(?:[Tt]he )?(?P<old>{_OLD_NAME}){_RENAMED}(?P<name>{known})\b"
    for hit in re.finditer(renamed, text):
        for vessel in table[hit["name"].casefold()]:
            _learn(vessel, [hit["old"]], None)


def _formers(table: dict[str, list[VesselMention]]) -> set[str]:
    return {name for vs in table.values() for v in vs for name in v.former_names}


def _learn(vessel: VesselMention, former_names: list[str], imo: str | None) -> None:
    known = {(vessel.name or "").casefold(), *map(str.casefold, vessel.former_names)}
    for name in former_names:
        if name.casefold() not in known:
            vessel.former_names.append(name)
            known.add(name.casefold())
    vessel.imo = vessel.imo or imo
