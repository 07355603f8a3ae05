"""Vessel identity told outside the sentences that report incidents.

Articles often give a ship's former name or IMO number in a background sentence ("the
Skipper, previously named Adisa, left Venezuela ...") or say it was renamed ("the Adisa,
since renamed Skipper"). Once the article has named a ship in an incident, such details
anywhere in the text belong to every mention of that ship, so the registry learns them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from maritime.extract.model import ExtractedEvent, VesselMention
from maritime.extract.vessels import VesselNP, attach_details, find_vessels

_OLD_TOKEN = r"(?!The\b)[A-Z][\w'’&-]*"
_OLD_NAME = rf"{_OLD_TOKEN}(?: (?:{_OLD_TOKEN}|\d{{1,3}})){{0,3}}"
_RENAMED = (
    r"(?:,|,? which (?:was|has been)|,? (?:was|has been|had been))? "
    r"(?:since |later |then |now |subsequently |recently )?"
    r"(?:renamed|re-named|rechristened|rebranded as) (?:as |to )?(?:the )?"
)


# Words without which neither a former name, a rename nor an IMO number can be written.
_CUES = re.compile(r"formerly|previously|once|ex-|IMO|renamed|re-named|rechristened|rebranded")
_IDENTIFIED = re.compile(
    r"\bidentified (?:the (?:[\w-]+ )?(?:ship|vessel|tanker|boat|craft)|it|her) as (?=[A-Z]|the )"
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
    """ "Officials identified the ship as the Panama-flagged Riah": the name goes to the
    unnamed vessel of the incidents told in the latest sentence before that one."""
    for hit in _IDENTIFIED.finditer(text):
        named = [np for np in find_vessels(text[hit.end() : hit.end() + 80]) if np.name]
        if not named or named[0].start > 4:
            continue
        earlier = [e for e in events if e.mentions and e.mentions[0].sentence_start < hit.start()]
        if not earlier:
            continue
        sentence = max(e.mentions[0].sentence_start for e in earlier)
        for event in earlier:
            if event.mentions[0].sentence_start == sentence and len(event.vessels) == 1:
                vessel = event.vessels[0]
                if vessel.name is None:
                    vessel.name, vessel.flag = named[0].name, vessel.flag or named[0].flag


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
