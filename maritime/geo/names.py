"""The shipped gazetteer: its data files and a fast matcher over their names.

Names are matched as token sequences (lower-cased, accents and punctuation
dropped), so "Tg. Priok", "Côte d'Ivoire" and "BAB EL-MANDEB" need no special cases.
A dict from first token to candidate lengths keeps a sentence scan to a handful of
lookups per word.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from maritime.geo.place import BBox, Place, holds

DATA_FILES = ("seas.tsv", "features.tsv", "regions.tsv", "ports.tsv")
_LANDFORMS = frozenset({"island", "peninsula", "cape"})
_TOKEN_RE = re.compile(r"[^\W_]+")
_ISLANDS_RE = re.compile(r"(?<=\s)Islands$")
_TOKEN_SYNONYMS = {"saint": "st", "tanjung": "tg", "sainte": "ste"}
# Function words that may stay lower-case inside a capitalised name ("Gulf of Aden").
_LOWER_OK = frozenset(
    re.findall(
        r"\w+",
        "of the de del la las los el al and da do dos das des du di e y a s d an le les bin "
        "ibn en i van der den au aux es ul um et sur",
    )
)

# Where case is lost ("off subic bay", "port of manila"), a name may still be read: when it
# ends in a word for a place and has two words of its own, or when a place cue precedes it.
_PLACE_NOUNS = frozenset(
    re.findall(
        r"\w+",
        "bay sea gulf strait straits channel passage harbour harbor port anchorage roads island "
        "islands isle reef shoal cape river sound lagoon terminal ocean",
    )
)
_CUES = frozenset({"off", "near", "anchorage", "offshore"})
_FACING = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}
_COMPOUND_SIDE_RE = re.compile(r"(north|south)[\s-]?(east|west)")
# Words that narrow a coast without naming another ("the central east coast", "the far
# north coast"): the coast is the one the other words name.
_SIDE_HEDGES = frozenset({"central", "far", "mid", "upper", "lower", "entire", "whole"})
_CUE_PAIRS = frozenset(
    {
        ("port", "of"),
        ("harbour", "of"),
        ("harbor", "of"),
        ("anchor", "in"),
        ("anchor", "at"),
        ("anchor", "off"),
        ("anchored", "at"),
        ("anchored", "in"),
        ("berthed", "at"),
        ("berthed", "in"),
        ("docked", "at"),
        ("docked", "in"),
        ("moored", "at"),
        ("coast", "of"),
        ("shores", "of"),
        ("vicinity", "of"),
    }
    | {
        (side, "of")
        for side in re.findall(
            r"\w+", "north south east west northeast northwest southeast southwest"
        )
    }
)


class Token(NamedTuple):
    """A word: a tuple, because every sentence at ingest makes dozens of them."""

    norm: str
    start: int
    end: int
    capitalised: bool


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets into the original text. Built with `tuple.__new__`: a
    NamedTuple's own constructor is a Python call per word, a third of the cost."""
    return [
        _new_tuple(
            Token,
            (normalize_word(word := match.group()), match.start(), match.end(), word[0].isupper()),
        )
        for match in _TOKEN_RE.finditer(text)
    ]


_new_tuple = tuple.__new__


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """Cached: a text's words repeat, and a sentence scan normalises every one."""
    plain = word.lower()
    if not plain.isascii():
        stripped = unicodedata.normalize("NFKD", plain)
        plain = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return _TOKEN_SYNONYMS.get(plain, plain)


@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """Cached: the same few phrases ("east coast", a sea's name) are looked up again and again."""
    return tuple(token.norm for token in tokenize(name))


@dataclass(frozen=True)
class NameMatch:
    start: int  # token index
    end: int  # token index, exclusive
    keys: tuple[str, ...]  # gazetteer keys, preferred first


@dataclass
class _NameIndex:
    """Normalised names -> place keys, and the lengths of the names each first word starts."""

    names: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    lengths: dict[str, list[int]] = field(default_factory=dict)  # longest first


@dataclass(frozen=True)
class Coast:
    """One of a country's coasts: the seas it faces (gazetteer keys) and other words for it."""

    place: Place
    seas: tuple[str, ...]
    sides: frozenset[tuple[str, ...]]


class Gazetteer:
    """Places by key, plus alias and demonym indexes over normalised tokens."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.coasts: dict[str, str] = {}  # country key -> its offshore coast key
        self.waters: dict[str, str] = {}  # country key -> its coastal waters key
        self.sea_coasts: dict[str, list[Coast]] = {}  # iso3 -> coasts on named seas
        self._aliases = _NameIndex()
        self._lower_ok: dict[tuple[str, ...], set[int]] = {}
        self.demonyms = _NameIndex()
        self._singulars: list[tuple[str, str]] = []  # (alias, key) for add_singulars

    # building -------------------------------------------------------------
    def add(self, place: Place, aliases: list[str]) -> None:
        assert place.key is not None
        self.places[place.key] = place
        for alias in [place.name, *aliases]:
            self.add_alias(alias, place.key)
            if _ISLANDS_RE.search(alias):
                self._singulars.append((_ISLANDS_RE.sub("Island", alias), place.key))

    def add_singulars(self) -> None:
        """ "the Paracel Island area", "Natuna Island": a group of islands named in the
        singular, where no single island has that name."""
        for alias, key in self._singulars:
            norm = name_key(alias)
            generic = any(word in _PLACE_NOUNS for word in norm[:-1])  # not "Bay Island"
            if not generic and norm not in self._aliases.names:
                self.add_alias(alias, key)
        self._singulars.clear()

    def add_alias(self, alias: str, key: str, index: _NameIndex | None = None) -> None:
        tokens = tokenize(alias)
        norm = tuple(token.norm for token in tokens)
        if not norm:
            return
        target = self._aliases if index is None else index
        keys = target.names.setdefault(norm, [])
        if key not in keys:
            keys.append(key)
        lower = self._lower_ok.setdefault(norm, set())
        lower.update(i for i, token in enumerate(tokens) if not token.capitalised)
        lengths = target.lengths.setdefault(norm[0], [])
        if len(norm) not in lengths:
            lengths.append(len(norm))
            lengths.sort(reverse=True)

    def add_demonym(self, demonym: str, country_key: str) -> None:
        self.add_alias(demonym, country_key, self.demonyms)

    # lookup ---------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        """Places whose name or alias is exactly this text, preferred first."""
        norm = name_key(name)
        keys = self._aliases.names.get(norm) or self.demonyms.names.get(norm) or []
        return [self.places[key] for key in keys]

    def coast_of(self, place: Place) -> Place:
        """Where "off X" puts a ship: a country's offshore point, else X itself."""
        if place.key in self.coasts:
            return self.places[self.coasts[place.key]]
        if place.precision == "coast" and place.bbox is not None:
            return place  # a country's coast is already "off" it
        if place.precision in ("point", "port", "coast") or place.kind in _LANDFORMS:
            return Place(
                name=f"off {place.name}",
                lat=place.lat,
                lon=place.lon,
                precision="coast",
                kind="coast",
                resolved_by=place.resolved_by,
                bbox=place.bbox,  # "near the Natuna islands": anywhere along the group
                country=place.country,
                key=place.key,
            )
        return place

    def coast_on(self, country: str | None, sea: Place) -> Place | None:
        """Where "off X in the SEA" puts a ship: X's coast on that sea; else X's coast lying in
        the sea; else the sea itself when it is X's own (the Gulf of Suez); else None, as when
        the sea and the country share no coast."""
        main = self.coasts.get(f"country:{(country or '').lower()}")
        if main is None or sea.precision != "sea":
            return None
        coasts = self.sea_coasts.get(country or "", [])
        named = [coast.place for coast in coasts if sea.key in coast.seas]
        if named:
            return named[0]
        extent = self.places[main]
        facing = [c.place for c in coasts] or [extent]
        inside = [place for place in facing if sea.bbox and holds(sea.bbox, place.point)]
        if inside:
            return min(inside, key=lambda place: _degrees(place.point, sea.point))
        if sea.bbox and extent.bbox and all(holds(extent.bbox, c) for c in _corners(sea.bbox)):
            name = f"{sea.name} {extent.name}"  # "Gulf of Suez off Egypt"
            return replace(sea, name=name, precision="coast", country=country)
        return None

    def seaward(self, coast: Place) -> float | None:
        """Which way a coast named by its side faces the sea, in degrees ("the east coast of
        Somalia" faces east); None for a coast no side names, or two sides name."""
        for known in self.sea_coasts.get(coast.country or "", []):
            if known.place.key == coast.key:
                facing = {_FACING.get(side[0]) for side in known.sides if len(side) == 1}
                facing.discard(None)
                return facing.pop() if len(facing) == 1 else None
        return None

    def coast_facing(self, country: str | None, words: str) -> Place | None:
        """ "India's east coast", "the Red Sea coast of Yemen": the coast those words name."""
        norm = tuple(word for word in name_key(words) if word not in _SIDE_HEDGES)
        side = tuple(word.removesuffix("ern") if word.endswith("ern") else word for word in norm)
        # "the southwest coast" of a country whose coasts face west and south: its east or
        # west side first (a country's coasts are mostly named so), then its north or south.
        parts = _COMPOUND_SIDE_RE.fullmatch(" ".join(side))
        halves = [(parts.group(2),), (parts.group(1),)] if parts else []
        for words_ in (norm, side, *halves):
            for coast in self.sea_coasts.get(country or "", []):
                if words_ in coast.sides:
                    return coast.place
        for sea in self.lookup(words):
            found = self.coast_on(country, sea)
            if found is not None:
                return found
        return None

    def scan(self, tokens: list[Token], *, strict_case: bool) -> list[NameMatch]:
        """Known names, longest first-wins, never overlapping, in text order."""
        starts = self._aliases.lengths  # most words start no name: skip them here
        found = [
            self.match_at(tokens, i, strict_case=strict_case)
            for i, token in enumerate(tokens)
            if token.norm in starts
        ]
        chosen: list[NameMatch] = []
        taken = [False] * len(tokens)
        for match in sorted(filter(None, found), key=lambda m: (m.start - m.end, m.start)):
            if not any(taken[match.start : match.end]):
                chosen.append(match)
                taken[match.start : match.end] = [True] * (match.end - match.start)
        return sorted(chosen, key=lambda m: m.start)

    def match_at(
        self, tokens: list[Token], i: int, *, strict_case: bool, demonyms: bool = False
    ) -> NameMatch | None:
        index = self.demonyms if demonyms else self._aliases
        lengths = index.lengths.get(tokens[i].norm)
        if not lengths:  # most words start no name: one dict probe
            return None
        for length in lengths:
            span = tokens[i : i + length]
            if len(span) < length:
                continue
            norm = tuple([token.norm for token in span])
            keys = index.names.get(norm)
            if not keys:
                continue
            if strict_case and not self._case_fits(span, norm) and not _lower_fits(tokens, i, span):
                continue
            return NameMatch(i, i + length, tuple(keys))
        return None

    def _case_fits(self, tokens: list[Token], norm: tuple[str, ...]) -> bool:
        lower_ok = self._lower_ok.get(norm, ())
        return all(
            token.capitalised or token.norm in _LOWER_OK or i in lower_ok or token.norm.isdigit()
            for i, token in enumerate(tokens)
        )


def _lower_fits(tokens: list[Token], i: int, span: list[Token]) -> bool:
    """A name written in lower case: "subic bay", "south china sea", or "port of manila";
    never a single common word on its own."""
    own = [token for token in span if token.norm not in _LOWER_OK]
    if len(own) >= 2 and span[-1].norm in _PLACE_NOUNS:
        return True
    before = tuple(token.norm for token in tokens[max(0, i - 2) : i])
    cued = bool(before) and (before[-1] in _CUES or before in _CUE_PAIRS)
    return cued and len(own[0].norm) >= 4 if own else False


# loading -------------------------------------------------------------------
def _rows(filename: str) -> Iterator[list[str]]:
    text = resources.files("maritime.geo").joinpath("data", filename).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield row + [""] * (9 - len(row))


def _bbox(text: str) -> BBox | None:
    if not text:
        return None
    south, west, north, east = (float(part) for part in text.split(","))
    return (south, west, north, east)


def _split(text: str) -> list[str]:
    return [part for part in text.split("|") if part]


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", plain))


def _load_countries(gazetteer: Gazetteer) -> None:
    for iso3, name, lat, lon, bbox, coast_lat, coast_lon, aliases, demonyms in _rows(
        "countries.tsv"
    ):
        key = f"country:{iso3.lower()}"
        country = Place(
            name, float(lat), float(lon), "country", "country", "gazetteer", _bbox(bbox), iso3, key
        )
        gazetteer.add(country, _split(aliases))
        for demonym in _split(demonyms):
            gazetteer.add_demonym(demonym, key)
        if coast_lat:
            # "off Somalia" may be anywhere along its coast: the point is where ships are
            # most often reported, the extent the country's own.
            coast_key = f"coast:{iso3.lower()}"
            gazetteer.places[coast_key] = Place(
                f"off {name}",
                float(coast_lat),
                float(coast_lon),
                "coast",
                "coast",
                "gazetteer",
                _reaching(country.bbox, float(coast_lat), float(coast_lon)),
                iso3,
                coast_key,
            )
            gazetteer.coasts[key] = coast_key


def _load_waters(gazetteer: Gazetteer) -> None:
    """Every coastal country's waters (see waters.tsv); "off X" spans the same box."""
    rows = {iso3: (name, lat, lon, bbox) for iso3, name, lat, lon, bbox, *_ in _rows("waters.tsv")}
    for country_key, coast_key in gazetteer.coasts.items():
        coast, country = gazetteer.places[coast_key], gazetteer.places[country_key]
        iso3 = country.country or ""
        point, box = coast.point, coast.bbox
        if iso3 in rows:
            _name, lat, lon, bbox = rows[iso3]
            point, box = (float(lat), float(lon)), _bbox(bbox)
            gazetteer.places[coast_key] = replace(coast, bbox=box)
        key = f"waters:{iso3.lower()}"
        gazetteer.places[key] = Place(
            f"{country.name} waters", *point, "region", "coast", "gazetteer", box, iso3, key
        )
        gazetteer.waters[country_key] = key


def _load_sea_coasts(gazetteer: Gazetteer) -> None:
    for iso3, seas, lat, lon, bbox, sides, *_ in _rows("coasts.tsv"):
        names = _split(seas)
        keys = tuple(_sea_key(gazetteer, name) for name in names)
        country = gazetteer.places[f"country:{iso3.lower()}"]
        key = f"coast:{iso3.lower()}:{_slug(names[0])}"
        owner = f"{country.name}'" if country.name.endswith("s") else f"{country.name}'s"
        place = Place(
            f"{owner} {names[0]} coast",
            float(lat),
            float(lon),
            "coast",
            "coast",
            "gazetteer",
            _bbox(bbox),
            iso3,
            key,
        )
        gazetteer.places[key] = place
        words = frozenset(name_key(side) for side in _split(sides))
        words |= {tuple(w.removesuffix("ern") for w in side) for side in words}
        gazetteer.sea_coasts.setdefault(iso3, []).append(Coast(place, keys, words))


def _sea_key(gazetteer: Gazetteer, name: str) -> str:
    """The key of the sea a coast row names; a misspelt row fails loudly at load."""
    seas = [place.key for place in gazetteer.lookup(name) if place.precision == "sea"]
    if not seas or seas[0] is None:
        raise ValueError(f"coasts.tsv names an unknown sea: {name!r}")
    return seas[0]


def _corners(box: BBox) -> tuple[tuple[float, float], tuple[float, float]]:
    south, west, north, east = box
    return (south, west), (north, east)


def _degrees(a: tuple[float, float], b: tuple[float, float]) -> float:
    """A cheap distance for ranking nearby candidates."""
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _reaching(bbox: BBox | None, lat: float, lon: float) -> BBox | None:
    """The country's box grown to take in its offshore point."""
    if bbox is None:
        return None
    south, west, north, east = bbox
    if west <= east:  # boxes across the antimeridian are wide enough already
        west, east = min(west, lon), max(east, lon)
    return (min(south, lat), west, max(north, lat), east)


def _load_features(gazetteer: Gazetteer, precisions: dict[str, str]) -> None:
    for filename in DATA_FILES:
        group = filename.removesuffix("s.tsv")
        for kind, name, lat, lon, bbox, country, aliases, *_ in _rows(filename):
            key = f"{group}:{_slug(name)}"
            if key in gazetteer.places:
                key = f"{key}-{country.lower() or kind}"
            precision = precisions[kind]
            if kind == "island" and bbox:  # Sumatra, Crimea: too large to be a landmark
                precision = "region"
            place = Place(
                name,
                float(lat),
                float(lon),
                precision,
                kind,
                "gazetteer",
                _bbox(bbox),
                country or None,
                key,
            )
            gazetteer.add(place, _split(aliases))


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once on first use."""
    precisions = {kind: precision for kind, precision, *_ in _rows("kinds.tsv")}
    loaded = Gazetteer()
    _load_features(loaded, precisions)  # water bodies and features outrank same-named states
    _load_countries(loaded)
    _load_waters(loaded)
    _load_sea_coasts(loaded)
    loaded.add_singulars()
    return loaded
