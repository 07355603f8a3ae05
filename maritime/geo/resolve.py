"""Place expressions in text -> Place: names, coordinates, offsets, coasts, anaphora.

A sentence is scanned once for gazetteer names and coordinates; each name is then
widened by the words around it ("80 nm SE of", "off the coast of", "'s coast",
"southern", ", Nigeria", "between ... and ..."). The widest reading wins.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from maritime.geo.agreement import agrees
from maritime.geo.coordinates import find_coordinates, find_unlettered, position_name
from maritime.geo.distance import (
    EARTH,
    KM_PER_UNIT,
    bearing_km,
    destinations,
    distance_km,
    nearest_point,
    unit_key,
    within,
)
from maritime.geo.names import Gazetteer, NameMatch, gazetteer, tokenize
from maritime.geo.place import BBox, Place, holds, precision_rank
from maritime.text.folding import FoldedPattern, lowered


@dataclass(frozen=True)
class PlaceSpan:
    """Where in a text a place expression sits, and what it means."""

    start: int
    end: int
    phrase: str
    place: Place
    # What an offset is measured from ("Key West" in "26 miles south of Key West"): the
    # place a later "32 miles south of the island" measures from too.
    base: Place | None = None


_COMPASS = (
    "N",
    "NNE",
    "NE",
    "ENE",
    "E",
    "ESE",
    "SE",
    "SSE",
    "S",
    "SSW",
    "SW",
    "WSW",
    "W",
    "WNW",
    "NW",
    "NNW",
)
_POINT = r"(?:north|south|east|west)"
_BEARING = rf"(?:{_POINT}(?:[\s-]?{_POINT}){{0,2}}|[nsew]{{1,3}}\b)"  # re.I: "NE" too
_BEARING_WORDS = rf"{_POINT}(?:[\s-]?{_POINT}){{0,2}}(?:ern)?"
_HEDGE = (
    r"(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|over|more than|"
    r"less than|up to|an estimated|estimated|ca\.?)\s+)?"
)
_UNIT = (
    r"(?:nautical\s+miles?|n\.\s?m\.?|nmi|nm|miles?|mi|kilometres?|kilometers?|kms?|cables?|"
    r"yards?|yds?|met(?:re|er)s?)"
)
# "76 nautical miles (140 kilometers) west of": the same distance in another unit, in brackets.
_CONVERTED = rf"(?:\s*\(\s*(?:about\s+|some\s+)?\d[\d.,]*\s*-?\s*{_UNIT}\s*\))?"
# What a place is called before its name: "the Congolese port of", "the Malaysian state of".
_PLACE_NOUN = (
    r"port\s+city|port|city|town|village|islands?|harbou?r|capital|terminal|anchorage|"
    r"state|province|region|governorate|emirate|county|district"
)
_DESCRIPTOR = (
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_PLACE_NOUN})\s+(?:of\s+)?|the\s+"
)
# An offset's anchor may also be named with its country's possessive: "120 nm northwest of
# Yemen's Hodeidah", "40 miles off the UAE's Fujairah".
_ANCHOR_DESCRIPTOR = rf"{_DESCRIPTOR}|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?['’]s\s+"
_POSSESSIVE_RE = re.compile(r"['’]s\s")
# "18 miles off the Persian Gulf island of Qeshm", "the Red Sea port of Hodeidah": a place
# named to say where the next one lies, as a possessive country does.
_ATTRIBUTIVE_RE = re.compile(rf"\s+(?:{_PLACE_NOUN})\s+of\s", re.IGNORECASE)
# Reports spell small distances out ("six nautical miles from", "TWO MILES OFF"). The number
# words are the extractor's, written once in its common lexicon (read as data: geo/ does
# not import extract/).
_COMMON = resources.files("maritime").joinpath("extract/lexicon/common.json")
_NUMBER_WORDS: dict[str, int] = json.loads(_COMMON.read_text("utf-8"))["numbers"] | {
    "a few": 3,
    "several": 5,
    "a": 1,
}
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
_NUMBER = (
    rf"\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?|"
    rf"(?:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\b"
)
_FROM = r"(?:of|off|from|away\s+from|offshore\s+(?:of|from))"
_OFFSET_RE = re.compile(
    rf"{_HEDGE}(?<![\w.,])(?P<num>{_NUMBER})\s*-?\s*(?P<unit>{_UNIT}){_CONVERTED}\s+"
    rf"(?:(?:to\s+the\s+)?(?P<bearing>{_BEARING})\s+(?:{_FROM}\s+)?|{_FROM}\s+)"
    rf"(?:{_ANCHOR_DESCRIPTOR})?$",
    re.IGNORECASE,
)
# The same distance and bearing with nothing after them: "330 nm off" is read with what follows
# ("the east coast of Somalia"), "35 nautical miles offshore" with the place named before it.
_BARE_OFFSET_RE = re.compile(
    rf"{_HEDGE}(?<![\w.,])(?P<num>{_NUMBER})\s*-?\s*(?P<unit>{_UNIT}){_CONVERTED}\s+"
    rf"(?:(?:to\s+the\s+)?(?P<bearing>{_BEARING})\s+)?(?:{_FROM}\s+)?$",
    re.IGNORECASE,
)
_OFFSHORE_RE = re.compile(
    rf"{_HEDGE}(?<![\w.,])(?P<num>{_NUMBER})\s*-?\s*(?P<unit>{_UNIT}){_CONVERTED}\s+"
    r"(?:(?P<bearing>(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west)){0,2})\s+)?"
    r"(?:offshore|off\s*shore|out\s+to\s+sea|(?:off|from)\s+(?:the\s+)?(?:coast|shore))\b",
    re.IGNORECASE,
)
_OFFSHORE_WORD_RE = re.compile(
    r"off\s*shore|out\s+to\s+sea|(?:off|from)\s+(?:the\s+)?(?:coast|shore)", re.I
)
# What may stand between a place and the "35 nautical miles offshore" that follows it.
_OFFSHORE_GAP_RE = re.compile(r"[\s,;]*(?:(?:and|about|some|or)\s+)?")
_COAST_NOUN = (
    r"(?:coast(?:line)?|shores?|(?:territorial\s+)?waters|seaboard|coastal\s+waters|(?:sea)?ports|"
    r"exclusive\s+economic\s+zone|EEZ|territorial\s+sea|contiguous\s+zone)"
)
_COAST_PREFIX_RE = re.compile(
    rf"(?P<rel>off|along|near|close\s+to|outside|by)\s+(?:the\s+)?"
    rf"(?:(?:\w+ern\s+)?{_COAST_NOUN}\s+(?:of|off)\s+(?:the\s+)?|{_DESCRIPTOR})?$",
    re.IGNORECASE,
)
_NEAR_RE = re.compile(
    rf"(?:(?P<toward>{_BEARING_WORDS})\s+(?:of|from)|in\s+the\s+vicinity\s+of|close\s+to|near(?:by)?)"
    rf"\s+(?:{_DESCRIPTOR})?$",
    re.IGNORECASE,
)
_COAST_SUFFIX_RE = re.compile(
    rf"^(?:['’]s?)?\s+(?:(?:\w+ern|{_POINT}(?:[\s-]?{_POINT})?|own|Black\s+Sea|Caribbean|Pacific|"
    rf"Atlantic)\s+)?{_COAST_NOUN}\b"
    r"(?![\s-]*guard)",
    re.IGNORECASE,
)
# "Yemen's Red Sea coast", "India's east coast": the words before the coast noun pick a coast.
# A side is a few words of its own: "while underway off the east coast of" names the east.
_SIDE_WORD = r"(?!(?:off|along|near|on|at|by|the|of|in|while|underway|and)\b)[\w-]+"
_SIDE_WORDS = rf"(?P<side>{_SIDE_WORD}(?:\s+{_SIDE_WORD}){{0,3}}?)"
_SIDE = rf"(?<![\w-]){_SIDE_WORDS}"
# "India's west coast", and a heading's "INDIA-SOUTHWEST COAST".
_SIDE_SUFFIX_RE = re.compile(
    rf"(?:['’]s)?(?:\s+|-){_SIDE_WORDS}\s+{_COAST_NOUN}\b(?![\s-]*guard)", re.IGNORECASE
)
_SIDE_PREFIX_RE = re.compile(
    rf"(?:(?:off|along|near|on|at|by)\s+)?(?:the\s+)?{_SIDE}\s+{_COAST_NOUN}\s+(?:of|off)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_QUALIFIER_WORDS = (
    r"(?P<q>(?:north|south)[\s-]?(?:east|west)ern|north(?:ern)?|south(?:ern)?|east(?:ern)?|"
    r"west(?:ern)?|central|upper|lower)"
)
_THE_BEFORE_RE = re.compile(r"(?:(?:off|along|near)\s+)?the\s+$", re.IGNORECASE)
# "southern Red Sea", "the southern part of the Red Sea", "the southern entrance to the Red
# Sea", "the northern approaches to the Strait of Hormuz", "the western reaches of the Gulf".
_QUALIFIER_RE = re.compile(
    rf"{_QUALIFIER_WORDS}\s+(?:(?:part|end|half|reaches|entrance|approach(?:es)?|mouth|side)\s+"
    r"(?:of|to)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# A heading's "SOUTH CHINA SEA, SOUTHERN PART".
_PART_SUFFIX_RE = re.compile(rf"\s*,\s*{_QUALIFIER_WORDS}\s+part\b", re.IGNORECASE)
_COUNTRY_SEPARATOR_RE = re.compile(r"^\s*,\s*$|^\s+\(\s*$")
_AND_RE = re.compile(r"^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"between\s+(?:the\s+)?$", re.IGNORECASE)
_ANAPHORA_RE = re.compile(
    r"(?P<own>(?:off\s+|along\s+|near\s+)?its\s+(?:own\s+)?(?:coast(?:line)?|shores?|waters))|"
    r"\b(?:the|this|that|these|those|nearby|surrounding|regional)\s+(?:same\s+)?"
    r"(?:(?:part|stretch|section)\s+of\s+(?:the\s+)?)?"
    r"(?:region|area|waters?|waterway|strait|shoal|reef|atoll|lagoon|gulf|sea|bay|channel|island|zone|"
    r"vicinity|coast(?:line)?|port|harbou?r|town|city)\b",
    re.IGNORECASE,
)
_LAND = ("country", "region")
# A country's middle at least this far from a port says which way its land lies.
_INLAND_KM = 150.0
_HEADING_DEMONYM_RE = re.compile(r"\s*(?:\(U\)\s*)?")  # what may precede a heading's name
_SHIFT = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1)}


def _figure(number: str) -> float:
    """ "1,000" is a thousand, "2,5" two and a half (a decimal comma)."""
    if _THOUSANDS_RE.fullmatch(number):
        return float(number.replace(",", ""))
    return float(number.replace(",", "."))


def _position(lat: float, lon: float) -> Place:
    return Place(position_name(lat, lon), lat, lon, "point", "point", "coordinates")


def _compass_degrees(text: str) -> float | None:
    letters = re.sub(r"[\s-]", "", text.lower())
    for word, letter in (("north", "n"), ("south", "s"), ("east", "e"), ("west", "w")):
        letters = letters.replace(word, letter)
    letters = letters.upper()
    return _COMPASS.index(letters) * 22.5 if letters in _COMPASS else None


@dataclass
class _Unit:
    start: int
    end: int
    place: Place
    keys: tuple[str, ...] = ()
    # An offset's distance and bearing, and what it is measured from: a sea named beside
    # it may move the origin ("40 miles off Yemen" in the Gulf of Aden).
    measured: tuple[re.Match[str], Place] | None = None
    # "SOUTHEAST OF MASIRAH ISLAND": a bearing with no distance, and the country named after
    # the place ("CERAM ISLANDS, INDONESIA"): a sea or those waters bound how far it runs.
    toward: float | None = None
    country: Place | None = None


class _Reader:
    """One pass over one text; holds what the steps share."""

    def __init__(self, text: str, context: Place | None, strict_case: bool) -> None:
        self.text = text
        self.context = context
        self.strict_case = strict_case
        self.gaz: Gazetteer = gazetteer()
        self.tokens = tokenize(text)

    def spans(self) -> list[PlaceSpan]:
        units = self._names() + self._demonym_coasts()
        units.sort(key=lambda unit: unit.start)
        self._in_named_countries(units)
        units = self._merge_countries(units)
        # "120 nm northwest of Yemen's Hodeidah": a country in the possessive only says
        # whose the place after it is, so it may stand inside that place's offset.
        starts = [
            unit.start
            for unit in units
            if not _POSSESSIVE_RE.match(self.text, unit.end)
            and not _ATTRIBUTIVE_RE.match(self.text, unit.end)
        ]
        units = [self._widen(unit, starts) for unit in units]
        units = self._merge_pairs(units)
        units = self._offshore(units)
        self._pair_coasts(units)
        self._bound_bearings(units)
        units += self._coordinates(units) + self._anaphora()
        chosen: list[_Unit] = []
        for unit in sorted(units, key=lambda u: (u.start - u.end, u.start)):
            if all(unit.end <= other.start or other.end <= unit.start for other in chosen):
                chosen.append(unit)
        chosen.sort(key=lambda u: u.start)
        return [
            PlaceSpan(
                u.start, u.end, self.text[u.start : u.end], u.place, u.measured and u.measured[1]
            )
            for u in chosen
        ]

    # units ----------------------------------------------------------------
    def _unit(self, match: NameMatch) -> _Unit:
        place = self.gaz.places[match.keys[0]]
        return _Unit(
            self.tokens[match.start].start, self.tokens[match.end - 1].end, place, match.keys
        )

    def _names(self) -> list[_Unit]:
        return [self._unit(m) for m in self.gaz.scan(self.tokens, strict_case=self.strict_case)]

    def _demonym_coasts(self) -> list[_Unit]:
        """'the Venezuelan coast', 'Iranian waters': a demonym only counts before a coast noun,
        or as a bulletin's heading ("Somali: pirates chased ...")."""
        units = []
        starts = self.gaz.demonyms.lengths  # most words start no demonym: skip them here
        for i, token in enumerate(self.tokens):
            if token.norm not in starts:
                continue
            match = self.gaz.match_at(self.tokens, i, strict_case=self.strict_case, demonyms=True)
            if match is None:
                continue
            unit = self._unit(match)
            alone = not self.strict_case and unit.start == 0 and unit.end == len(self.text)
            if (
                alone
                or self._heads(unit)
                or _COAST_SUFFIX_RE.match(self.text[unit.end :])
                or self._side(unit)
            ):
                units.append(unit)
        return units

    def _heads(self, unit: _Unit) -> bool:
        """Whether the unit is a bulletin's heading ("Somali: pirates chased ...")."""
        return bool(
            self.text.startswith(":", unit.end)
            and _HEADING_DEMONYM_RE.fullmatch(self.text, 0, unit.start)
        )

    def _coordinates(self, named: list[_Unit]) -> list[_Unit]:
        """Every position; one whose longitude lost its E/W letter takes the side that
        agrees with a place the text names ("ARABIAN SEA: ... 06:18.5N - 050:13.04" is east),
        and is no position when nothing named says which."""
        units = []
        for start, end, lat, lon in find_coordinates(self.text):
            units.append(_Unit(start, end, _position(lat, lon)))
        places = [unit.place for unit in named]
        for start, end, lat, lon in find_unlettered(self.text) if places else ():
            sides = (_position(lat, lon), _position(lat, -lon))
            side = next((place for place in sides if agrees(place, places)), None)
            if side is not None:
                units.append(_Unit(start, end, side))
        return units

    def _anaphora(self) -> list[_Unit]:
        if self.context is None:
            return []
        units = [
            _Unit(m.start(), m.end(), replace(self._offset(m, self.context), resolved_by="context"))
            for m in _OFFSHORE_RE.finditer(self.text)
        ]
        for match in _ANAPHORA_RE.finditer(self.text):
            place = self.gaz.coast_of(self.context) if match.group("own") else self.context
            start, place = match.start(), replace(place, resolved_by="context")
            # "32 miles south of the island": an offset from the place pointed back to
            offset = _Before(self.text[max(0, start - 100) : start]).search(_BARE_OFFSET_RE)
            if offset and not match.group("own"):
                start, place = start - len(offset.group()), self._offset(offset, self.context)
            units.append(_Unit(start, match.end(), place))
        return units

    def _in_named_countries(self, units: list[_Unit]) -> None:
        """ "SAINT MARTIN: ... anchored in Marigot Bay": a name several places share means the
        one in a country the same text names, wherever it names it."""
        named = {unit.place.country for unit in units if unit.place.precision == "country"}
        for unit in units if named else ():
            if len(unit.keys) < 2 or unit.place.country in named:
                continue
            places = [self.gaz.places[key] for key in unit.keys]
            unit.place = next((p for p in places if p.country in named), unit.place)

    # widening ---------------------------------------------------------------
    def _merge_countries(self, units: list[_Unit]) -> list[_Unit]:
        """'Bonny Island, Nigeria': the country picks among same-named places and joins the span."""
        merged: list[_Unit] = []
        for unit in units:
            previous = merged[-1] if merged else None
            if previous is not None and self._heading_pair(previous, unit):
                # "MALDIVES ISLANDS, SOMALIA:": where, then whose pirates (no place lies in both)
                merged[-1] = _Unit(previous.start, unit.end, previous.place, previous.keys)
                continue
            if previous is None or unit.place.kind != "country" or previous.place.kind == "country":
                merged.append(unit)
                continue
            between = self.text[previous.end : unit.start]
            iso = unit.place.country
            places = [self.gaz.places[key] for key in previous.keys]
            same = [place for place in places if place.country == iso]
            # A heading may drop the comma ("CONAKRY GUINEA:") when the place lies there.
            if not (_COUNTRY_SEPARATOR_RE.match(between) or (same and between == " ")):
                merged.append(unit)
                continue
            # "Red Sea, Yemen": the country's coast on that sea
            coast = self.gaz.coast_on(iso, previous.place)
            end = unit.end + (1 if self.text[unit.end : unit.end + 1] == ")" else 0)
            merged[-1] = _Unit(
                previous.start,
                end,
                same[0] if same else coast or previous.place,
                previous.keys,
                country=unit.place,
            )
        return merged

    def _heading_pair(self, first: _Unit, second: _Unit) -> bool:
        """Whether two countries make a bulletin's whole heading, "A, B:"."""
        return (
            first.place.kind == second.place.kind == "country"
            and bool(_COUNTRY_SEPARATOR_RE.match(self.text[first.end : second.start]))
            and self._heads(_Unit(first.start, second.end, first.place))
        )

    def _side(self, unit: _Unit) -> tuple[int, int, Place] | None:
        """ "Yemen's Red Sea coast", "the east coast of India": (start, end, that coast)."""
        if unit.place.precision != "country":
            return None
        suffix = _SIDE_SUFFIX_RE.match(self.text, unit.end)
        if suffix:
            coast = self.gaz.coast_facing(unit.place.country, suffix.group("side"))
            if coast:
                the = _THE_BEFORE_RE.search(self.text, max(0, unit.start - 12), unit.start)
                return (the.start() if the else unit.start), suffix.end(), coast
        prefix = _SIDE_PREFIX_RE.search(self.text, max(0, unit.start - 60), unit.start)
        if prefix:
            coast = self.gaz.coast_facing(unit.place.country, prefix.group("side"))
            if coast:
                return prefix.start(), unit.end, coast
        return None

    def _widen(self, unit: _Unit, starts: list[int]) -> _Unit:
        """The unit with the words around it that change what it means. A prefix with a
        descriptor ("230 miles south-west of Minicoy Island India") may not swallow another
        place's name: the offset is from Minicoy, not from India."""
        side = self._side(unit)
        if side:
            start, end, coast = side
            return self._distance_off(start, end, coast, unit.keys)
        before = _Before(self.text[max(0, unit.start - 160) : unit.start])
        place = unit.place
        suffix = _COAST_SUFFIX_RE.match(self.text[unit.end :])
        if suffix and place.precision in ("country", "region", "coast"):
            # "415NM off Somali coast", "60 miles off the Nigerian coast": a distance as
            # before "the coast of Somalia"
            the = before.search(_THE_BEFORE_RE)
            start = unit.start - (len(the.group()) if the else 0)
            coast = self.gaz.coast_of(place)
            return self._distance_off(start, unit.end + suffix.end(), coast, unit.keys)

        def clear(match: re.Match[str] | None) -> re.Match[str] | None:
            begin = unit.start - len(match.group()) if match else unit.start
            return match if not any(begin <= start < unit.start for start in starts) else None

        offset = clear(before.search(_OFFSET_RE))
        if offset:
            return _Unit(
                unit.start - len(offset.group()),
                unit.end,
                self._offset(offset, place),
                measured=(offset, place),
            )
        coast = clear(before.search(_COAST_PREFIX_RE))
        if coast and (coast.group("rel").lower() != "near" or place.precision == "country"):
            return self._distance_off(
                unit.start - len(coast.group()), unit.end, self.gaz.coast_of(place)
            )
        near = clear(before.search(_NEAR_RE))
        if near:
            near_place = self.gaz.coast_of(place) if place.precision in _LAND else place
            toward = _compass_degrees(near.group("toward") or "")
            start = unit.start - len(near.group())
            return _Unit(start, unit.end, near_place, toward=toward, country=unit.country)
        qualifier = before.search(_QUALIFIER_RE)
        if qualifier and place.precision == "country":
            coast_of_part = self._coast_of_part(unit, place, qualifier)
            if coast_of_part is not None:
                return coast_of_part
        part = _PART_SUFFIX_RE.match(self.text, unit.end)
        if (qualifier or part) and place.bbox and place.precision in ("sea", "region", "country"):
            start = unit.start - len(qualifier.group()) if qualifier else unit.start
            end = unit.end if qualifier or part is None else part.end()
            return _Unit(start, end, self._part(place, (qualifier or part).group("q")))
        return unit

    def _part(self, place: Place, qualifier: str) -> Place:
        """ "the southern entrance to the Red Sea": the gazetteer's own part of that name
        ("Southern Red Sea") when it has one, drawn for the waters; else the box's part."""
        named = self.gaz.lookup(f"{qualifier} {place.name}")
        return named[0] if named else _part_of(place, qualifier)

    def _coast_of_part(self, unit: _Unit, country: Place, qualifier: re.Match[str]) -> _Unit | None:
        """ "off southern Yemen", "off the coast of northern Oman", "30 miles off western
        Colombia": the coast on that side (its Gulf of Aden, Gulf of Oman, Pacific coast),
        else its main coast; not the middle of that part of its land."""
        start = unit.start - len(qualifier.group())
        prefix = _Before(self.text[max(0, start - 60) : start]).search(_COAST_PREFIX_RE)
        if prefix is None:
            return None
        coast = self.gaz.coast_facing(country.country, qualifier.group("q"))
        return self._distance_off(
            start - len(prefix.group()), unit.end, coast or self.gaz.coast_of(country)
        )

    def _distance_off(
        self, start: int, end: int, coast: Place, keys: tuple[str, ...] = ()
    ) -> _Unit:
        """ "330 nautical miles off the east coast of Somalia", "26 miles off the coast of
        Oman": a distance before a coast is an offset from that coast."""
        offset = _Before(self.text[max(0, start - 100) : start]).search(_BARE_OFFSET_RE)
        if offset:
            offset_place = self._offset(offset, coast)
            return _Unit(start - len(offset.group()), end, offset_place, measured=(offset, coast))
        return _Unit(start, end, coast, keys)

    def _offshore(self, units: list[_Unit]) -> list[_Unit]:
        """ "off Bonny, about 35 nautical miles offshore": an offset from the place just named."""
        if not units or not _OFFSHORE_WORD_RE.search(self.text):
            return units
        for index, unit in enumerate(units):
            gap = _OFFSHORE_GAP_RE.match(self.text, unit.end)
            match = _OFFSHORE_RE.match(self.text, gap.end()) if gap else None
            following = units[index + 1].start if index + 1 < len(units) else len(self.text)
            if match and match.end() <= following:
                place = self._offset(match, unit.place)
                units[index] = _Unit(unit.start, match.end(), place, measured=(match, unit.place))
        return units

    def _pair_coasts(self, units: list[_Unit]) -> None:
        """ "off Yemen in the Gulf of Aden": a country's coast named with a sea is its coast on
        that sea (the nearest sea named), and "40 miles off Yemen" is measured from that
        coast; with no shared coast it stays as it was."""
        seas = [unit for unit in units if unit.place.precision == "sea"]
        for unit in units if seas else ():
            offset, base = unit.measured or (None, unit.place)
            main = self.gaz.coast_of(base) if offset and base.precision == "country" else base
            if not is_main_coast(main):
                continue
            for sea in sorted(seas, key=lambda s: abs(s.start - unit.start)):
                coast = self.gaz.coast_on(main.country, sea.place)
                if coast is not None:
                    if coast != main:  # the main coast on that sea already placed it
                        unit.place = self._offset(offset, coast) if offset else coast
                    break

    def _bound_bearings(self, units: list[_Unit]) -> None:
        """ "ARABIAN SEA, SOUTHEAST OF MASIRAH ISLAND", "EAST OF CERAM ISLANDS, INDONESIA": a
        bearing with no distance runs to the edge of the sea or the country's waters named
        with it; the part of those that lies that way from the place is its extent, and a
        sea just before it joins its span (the heading is one place). With nothing to bound
        it, the place stays itself."""
        seas = [unit for unit in units if unit.place.precision == "sea" and unit.place.bbox]
        for unit in units:
            if unit.toward is None:
                continue
            # an open sea the place lies in or on (not "north of the Marigot Bay harbor and
            # south of Castries": a bay beside it bounds nothing)
            frames = [
                (abs(sea.start - unit.start), sea.place, sea)
                for sea in seas
                if _open_sea(sea.place) and within(sea.place, unit.place.point, _FRAME_KM)
            ]
            if unit.country is not None:
                frames.append((0, waters_of(unit.country), None))
            if not frames:
                continue
            _, frame, sea = min(frames, key=lambda frame: frame[0])
            base = unit.place
            origin = _facing(base, unit.toward, base.point)
            box = _sector_within(frame.bbox, origin, unit.toward) if frame.bbox else None
            if box is None:
                continue
            bearing = _COMPASS[int(unit.toward / 22.5)]
            name = f"{bearing} of {base.name.removeprefix('off ')}"
            unit.place = Place(name, base.lat, base.lon, "sea", "area", "offset", box, base.country)
            if sea is not None and _COUNTRY_SEPARATOR_RE.match(self.text[sea.end : unit.start]):
                unit.start = sea.start

    def _offset(self, match: re.Match[str], base: Place) -> Place:
        number = match.group("num")
        value = _NUMBER_WORDS.get(number.lower()) or _figure(number)
        unit = _offset_unit(match.group("unit"))
        km = value * KM_PER_UNIT[unit]
        abbrev = unit if unit in ("km", "m", "yd") else "nm"
        degrees = _compass_degrees(match.group("bearing") or "")
        exact = base.precision in ("point", "port")
        anchor = self.gaz.coast_of(base).point if base.precision == "country" else base.point
        origin = anchor if exact or degrees is None else _facing(base, degrees, anchor)
        if degrees is None:
            off = self.gaz.coast_of(base)
            seaward = self.gaz.seaward(off)
            point, box = off.point, _grown(off.bbox or (base.lat, base.lon) * 2, base, km)
            if seaward is not None and off.bbox is not None:
                # "330 nm off the east coast of Somalia": that far out to sea from any of it
                destination = EARTH.destination(off.point, seaward, distance=km)
                point = (round(destination.latitude, 5), round(destination.longitude, 5))
                box = _shifted(off.bbox, seaward, km)
            elif exact and (away := self._away_from_land(base)) is not None:
                # "77 nm off Bonny Island": out to sea, not at the port; the box stays the
                # ring around it
                destination = EARTH.destination(base.point, away, distance=km)
                point = (round(destination.latitude, 5), round(destination.longitude, 5))
            return replace(
                off,
                name=f"{number} {abbrev} off {base.name.removeprefix('off ')}",
                lat=point[0],
                lon=point[1],
                resolved_by="offset",
                key=None,  # another place than the coast it is measured from
                bbox=box,
            )
        bearing = _COMPASS[int(degrees / 22.5)]
        destination = EARTH.destination(origin, degrees, distance=km)
        return Place(
            name=f"{number} {abbrev} {bearing} of {base.name}",
            lat=round(destination.latitude, 5),
            lon=round(destination.longitude, 5),
            precision="point" if exact else "coast",
            kind="point",
            resolved_by="offset",
            bbox=_union(
                _sector(end, km, degrees, spread=22.5 if len(bearing) < 3 else 11.25)
                for end in ([origin] if exact else _side_ends(base, degrees, origin))
            ),
            country=None,
        )

    def _away_from_land(self, port: Place) -> float | None:
        """Which way the sea most likely lies from a port: away from the middle of its
        country's land, when that lies well inland of it; None when nothing says."""
        country = self.gaz.places.get(f"country:{(port.country or '').lower()}")
        country = country or self._country_holding(port.point)
        if country is None:
            return None
        bearing, km = bearing_km(country.point, port.point)
        return bearing if km >= _INLAND_KM else None

    def _country_holding(self, point: tuple[float, float]) -> Place | None:
        """The country a place with no country of its own lies in ("Bonny Island"): of the
        countries whose box holds it, the one whose middle is nearest."""
        holding = [
            place
            for key, place in self.gaz.places.items()
            if key.startswith("country:") and place.bbox and holds(place.bbox, point)
        ]
        return min(holding, key=lambda c: distance_km(c.point, point), default=None)

    def _merge_pairs(self, units: list[_Unit]) -> list[_Unit]:
        """'between X and Y' -> midpoint; 'the Red Sea and the Gulf of Aden' -> one region."""
        merged: list[_Unit] = []
        for unit in units:
            previous = merged[-1] if merged else None
            if previous is None or not _AND_RE.match(self.text[previous.end : unit.start]):
                merged.append(unit)
                continue
            between = _BETWEEN_RE.search(self.text[max(0, previous.start - 20) : previous.start])
            areas = {previous.place.precision, unit.place.precision} <= {"sea", "region"}
            if not between and not areas:
                merged.append(unit)
                continue
            start = previous.start - (len(between.group()) if between else 0)
            merged[-1] = _Unit(start, unit.end, _midpoint(previous.place, unit.place, between))
        return merged


class _Before:
    """The text before a name, searched for the words that widen it: each pattern is re.I
    and ends at the name, and scanning it case-folded (see maritime.text.folding) takes
    a fraction of the time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = lowered(text)

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return _folded(pattern).search(self.text, self.lowered)


@cache
def _folded(pattern: re.Pattern[str]) -> FoldedPattern:
    return FoldedPattern(pattern)


# A reported distance is a round figure ("about 450 miles"): its extent allows this much.
_DISTANCE_SLACK = 0.15
KM_PER_DEGREE = 111.2  # of latitude


def _sector(origin: tuple[float, float], km: float, degrees: float, spread: float) -> BBox | None:
    """The box of the positions "KM BEARING of ORIGIN" may mean: a reporter rounds the bearing
    to the nearest compass point (`spread` either side) and the distance to a round figure, so
    "900 miles east of Eyl" spans hundreds of kilometres across; "6 nm east of Aden" does not."""
    reach = (km * (1 - _DISTANCE_SLACK), km * (1 + _DISTANCE_SLACK))
    corners = [
        corner
        for turn in (-spread, 0.0, spread)
        for corner in destinations(origin, degrees + turn, reach)
    ]
    lats = [lat for lat, _lon in corners]
    lons = [lon for _lat, lon in corners]
    if max(lons) - min(lons) > 180:  # across the antimeridian: leave it a point
        return None
    return (round(min(lats), 4), round(min(lons), 4), round(max(lats), 4), round(max(lons), 4))


# "east of X": within this many degrees either side of east; X within this of the sea, a
# sea at least this many degrees across.
_FRAME_KM = 50.0
_OPEN_SEA_DEGREES = 2.0
_QUARTER = 45.0
_GRID = 48


def _open_sea(place: Place) -> bool:
    south, west, north, east = place.bbox or (0.0, 0.0, 0.0, 0.0)
    return min(north - south, (east - west) % 360) >= _OPEN_SEA_DEGREES


def _sector_within(frame: BBox, origin: tuple[float, float], degrees: float) -> BBox | None:
    """The box of the part of `frame` that lies within a quarter of the compass around
    `degrees` from `origin` (on a chart, longitudes shrunk by the cosine of latitude), found
    on a grid of the frame and grown by one cell; None when none of it lies that way."""
    south, west, north, east = frame
    if west > east:
        return None  # across the antimeridian: not bounded here
    lat0, lon0 = origin
    shrink = math.cos(math.radians(lat0))
    step_lat, step_lon = (north - south) / _GRID, (east - west) / _GRID
    kept = [
        (lat, lon)
        for lat in (south + i * step_lat for i in range(_GRID + 1))
        for lon in (west + j * step_lon for j in range(_GRID + 1))
        if (lat, lon) != origin
        and abs(
            (math.degrees(math.atan2((lon - lon0) * shrink, lat - lat0)) - degrees + 180) % 360
            - 180
        )
        <= _QUARTER
    ]
    if not kept:
        return None
    lats, lons = [lat for lat, _ in kept], [lon for _, lon in kept]
    return (
        round(max(south, min(lats) - step_lat), 4),
        round(max(west, min(lons) - step_lon), 4),
        round(min(north, max(lats) + step_lat), 4),
        round(min(east, max(lons) + step_lon), 4),
    )


def _facing(area: Place, degrees: float, anchor: tuple[float, float]) -> tuple[float, float]:
    """Where "N nm east of Madagascar" is measured from: the area's own point (a country's
    offshore point) when it lies on the side facing the bearing, else that side of the
    area's box ("east of Madagascar" is east of its east shore, though ships are mostly
    reported off its west coast). An area without a box is its point."""
    if area.bbox is None:
        return anchor
    south, west, north, east = area.bbox
    radians = math.radians(degrees)
    northward, eastward = math.cos(radians), math.sin(radians)
    lat, lon = anchor
    middle_lat, middle_lon = (south + north) / 2, (west + east) / 2
    if northward > 0.3 and lat <= middle_lat:
        lat = north
    elif northward < -0.3 and lat >= middle_lat:
        lat = south
    if eastward > 0.3 and lon <= middle_lon:
        lon = east
    elif eastward < -0.3 and lon >= middle_lon:
        lon = west
    return (lat, lon)


def _side_ends(
    area: Place, degrees: float, origin: tuple[float, float]
) -> list[tuple[float, float]]:
    """Both ends of the area's extent across a cardinal bearing ("710 miles east of
    Somalia" may be east of any part of it), at the origin's distance along it; the
    origin alone for the bearings between."""
    if area.bbox is None or degrees % 90:
        return [origin]
    south, west, north, east = area.bbox
    lat, lon = origin
    if degrees % 180:  # east or west
        return [(south, lon), (north, lon)]
    return [(lat, west), (lat, east)]


def _union(boxes: Iterable[BBox | None]) -> BBox | None:
    """The box holding all of them; None when one is unknown."""
    known = list(boxes)
    if not known or any(box is None for box in known):
        return None
    return (
        min(box[0] for box in known if box),
        min(box[1] for box in known if box),
        max(box[2] for box in known if box),
        max(box[3] for box in known if box),
    )


def _grown(box: BBox, base: Place, km: float) -> BBox:
    """ "300 miles off Socotra" with no bearing: anywhere that far around it, so the box of the
    place (or of its coast) grown by the distance."""
    reach = km * (1 + _DISTANCE_SLACK)
    north = EARTH.destination(base.point, 0, distance=reach).latitude - base.lat
    east = abs(EARTH.destination(base.point, 90, distance=reach).longitude - base.lon)
    south, west, top, right = box
    if west > right or east >= 90:  # across the antimeridian, or near a pole
        return box
    grown = (south - north, west - east, top + north, right + east)
    return (
        round(max(-90.0, grown[0]), 4),
        round(max(-180.0, grown[1]), 4),
        round(min(90.0, grown[2]), 4),
        round(min(180.0, grown[3]), 4),
    )


def _shifted(box: BBox, degrees: float, km: float) -> BBox:
    """A coast's box moved out to sea by a rounded distance towards the compass point it
    faces: every place that far off any part of the coast."""
    south, west, north, east = box
    near, far = km * (1 - _DISTANCE_SLACK), km * (1 + _DISTANCE_SLACK)
    if degrees % 180:  # east or west: degrees of longitude shrink with latitude
        per_degree = KM_PER_DEGREE * math.cos(math.radians((south + north) / 2))
        if degrees == 90:
            west, east = west + near / per_degree, east + far / per_degree
        else:
            west, east = west - far / per_degree, east - near / per_degree
    elif degrees == 0:
        south, north = south + near / KM_PER_DEGREE, north + far / KM_PER_DEGREE
    else:
        south, north = south - far / KM_PER_DEGREE, north - near / KM_PER_DEGREE
    return (round(south, 4), round(west, 4), round(north, 4), round(east, 4))


def _offset_unit(text: str) -> str:
    """Bare 'miles' at sea are nautical miles, as in maritime reporting."""
    unit = unit_key(text.replace(" ", "")) or unit_key(text) or "nm"
    return "nm" if unit == "mi" else unit


def _midpoint(a: Place, b: Place, between: re.Match[str] | None) -> Place:
    """Halfway between the facing edges: "the Caribbean and the Pacific" meet off Panama.
    Between two countries is between their coasts ("the border between Ghana and Togo" is
    off the border, not inland where their land boxes meet)."""
    a_sea, b_sea = at_sea(a), at_sea(b)
    (a_lat, a_lon), (b_lat, b_lon) = (
        nearest_point(a_sea, b_sea.point),
        nearest_point(b_sea, a_sea.point),
    )
    lat, lon = (a_lat + b_lat) / 2, _mid_lon(a_lon, b_lon)
    coarser = max(a.precision, b.precision, key=precision_rank)
    # "between Iceland and Scotland": the water between two countries is a sea's width
    precision = ("sea" if coarser == "country" else coarser) if between else "region"
    name = f"between {a.name} and {b.name}" if between else f"{a.name} and {b.name}"
    return Place(name, round(lat, 5), round(lon, 5), precision, "area", "gazetteer")


def _mid_lon(a: float, b: float) -> float:
    if abs(a - b) <= 180:
        return (a + b) / 2
    mid = (a + b + 360) / 2
    return mid - 360 if mid > 180 else mid


def _part_of(place: Place, qualifier: str) -> Place:
    """'southern Red Sea': the part of the area's box on that side of its point, centred
    between the two ("central" and "upper" keep the whole box)."""
    assert place.bbox is not None
    south, west, north, east = place.bbox
    word = qualifier.lower().replace(" ", "").replace("-", "").removesuffix("ern")
    lat, lon = place.lat, place.lon
    for direction, (dlat, dlon) in _SHIFT.items():
        if direction not in word:
            continue
        if dlat:
            south, north = (place.lat, north) if dlat > 0 else (south, place.lat)
            lat = (south + north) / 2
        else:
            west, east = (place.lon, east) if dlon > 0 else (west, place.lon)
            lon = (west + east) / 2
    return replace(
        place,
        name=f"{qualifier.lower()} {place.name}",
        lat=lat,
        lon=lon,
        key=None,
        bbox=(south, west, north, east),
    )


def is_main_coast(place: Place) -> bool:
    """Whether a place is "off X" for a country X, or X's waters, with no sea or side said."""
    country = f"country:{(place.country or '').lower()}"
    known = gazetteer()
    main = (known.coasts.get(country), known.waters.get(country))
    return place.key is not None and place.key in main


def waters_of(place: Place) -> Place:
    """Where a report headed only by a country ("TOGO:") happened: that country's coastal
    waters, pointed at its main anchorage; any other place stays itself."""
    known = gazetteer()
    key = known.waters.get(place.key or "")
    return known.places[key] if key else place


def coast_within(place: Place, sea: Place) -> Place | None:
    """A country (or "off" it) and a sea named for one incident: the country's coast on that
    sea, or None when they share no coast."""
    if place.precision != "country" and not is_main_coast(place):
        return None
    return gazetteer().coast_on(place.country, sea)


def at_sea(place: Place) -> Place:
    """Where a ship reported only "in X" most likely is: off a country's coast, else X."""
    return gazetteer().coast_of(place) if place.precision == "country" else place


def find_places(text: str, context: Place | None = None) -> list[PlaceSpan]:
    """Every place expression in a sentence, left to right; the longest reading wins overlaps."""
    if not text or not text.strip():
        return []
    return _Reader(text, context, strict_case=True).spans()


def resolve_place(phrase: str, context: Place | None = None) -> Place | None:
    """The place a phrase means, or None; the most specific expression in it wins."""
    if not phrase or not phrase.strip():
        return None
    spans = _Reader(phrase.strip(), context, strict_case=False).spans()
    if not spans:
        return None
    best = min(spans, key=lambda s: (precision_rank(s.place.precision), s.start - s.end))
    return best.place
