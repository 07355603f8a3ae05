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
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from maritime.geo.place import BBox, Place

DATA_FILES = ("seas.tsv", "features.tsv", "regions.tsv", "ports.tsv")
_LANDFORMS = frozenset({"island", "peninsula", "cape"})
_TOKEN_RE = re.compile(r"[^\W_]+")
_TOKEN_SYNONYMS = {"saint": "st", "tanjung": "tg", "sainte": "ste"}
# Function words that may stay lower-case inside a capitalised name ("Gulf of Aden").
_LOWER_OK = frozenset(
    re.findall(
        r"\w+",
        "of the de del la las los el al and da do dos das des du di e y a s d an le les bin "
        "ibn en i van der den au aux es ul um et sur",
    )
)


@dataclass(frozen=True)
class Token:
    norm: str
    start: int
    end: int
    capitalised: bool


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets into the original text."""
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        word = match.group()
        tokens.append(Token(normalize_word(word), match.start(), match.end(), word[0].isupper()))
    return tokens


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """Cached: a text's words repeat, and a sentence scan normalises every one."""
    plain = word.lower()
    if not plain.isascii():
        stripped = unicodedata.normalize("NFKD", plain)
        plain = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return _TOKEN_SYNONYMS.get(plain, plain)


def name_key(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name))


@dataclass(frozen=True)
class NameMatch:
    start: int  # token index
    end: int  # token index, exclusive
    keys: tuple[str, ...]  # gazetteer keys, preferred first


class Gazetteer:
    """Places by key, plus alias and demonym indexes over normalised tokens."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.coasts: dict[str, str] = {}  # country key -> its offshore coast key
        self._aliases: dict[tuple[str, ...], list[str]] = {}
        self._lower_ok: dict[tuple[str, ...], set[int]] = {}
        self._lengths: dict[str, list[int]] = {}
        self.demonyms: dict[tuple[str, ...], str] = {}

    # building -------------------------------------------------------------
    def add(self, place: Place, aliases: list[str]) -> None:
        assert place.key is not None
        self.places[place.key] = place
        for alias in [place.name, *aliases]:
            self.add_alias(alias, place.key)

    def add_alias(
        self, alias: str, key: str, index: dict[tuple[str, ...], list[str]] | None = None
    ) -> None:
        tokens = tokenize(alias)
        norm = tuple(token.norm for token in tokens)
        if not norm:
            return
        target = self._aliases if index is None else index
        keys = target.setdefault(norm, [])
        if key not in keys:
            keys.append(key)
        lower = self._lower_ok.setdefault(norm, set())
        lower.update(i for i, token in enumerate(tokens) if not token.capitalised)
        lengths = self._lengths.setdefault(norm[0], [])
        if len(norm) not in lengths:
            lengths.append(len(norm))
            lengths.sort(reverse=True)

    def add_demonym(self, demonym: str, country_key: str) -> None:
        self.add_alias(demonym, country_key, self.demonyms)

    # lookup ---------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        """Places whose name or alias is exactly this text, preferred first."""
        keys = self._aliases.get(name_key(name)) or self.demonyms.get(name_key(name)) or []
        return [self.places[key] for key in keys]

    def coast_of(self, place: Place) -> Place:
        """Where "off X" puts a ship: a country's offshore point, else X itself."""
        if place.key in self.coasts:
            return self.places[self.coasts[place.key]]
        if place.precision in ("point", "port", "coast") or place.kind in _LANDFORMS:
            return Place(
                name=f"off {place.name}",
                lat=place.lat,
                lon=place.lon,
                precision="coast",
                kind="coast",
                resolved_by=place.resolved_by,
                country=place.country,
                key=place.key,
            )
        return place

    def scan(self, tokens: list[Token], *, strict_case: bool) -> list[NameMatch]:
        """Known names, longest first-wins, never overlapping, in text order."""
        found = [self.match_at(tokens, i, strict_case=strict_case) for i in range(len(tokens))]
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
        for length in self._lengths.get(tokens[i].norm, ()):
            norm = tuple(token.norm for token in tokens[i : i + length])
            keys = index.get(norm)
            if not keys or len(norm) < length:
                continue
            if strict_case and not self._case_fits(tokens[i : i + length], norm):
                continue
            return NameMatch(i, i + length, tuple(keys))
        return None

    def _case_fits(self, tokens: list[Token], norm: tuple[str, ...]) -> bool:
        lower_ok = self._lower_ok.get(norm, set())
        return all(
            token.capitalised or token.norm in _LOWER_OK or i in lower_ok or token.norm.isdigit()
            for i, token in enumerate(tokens)
        )


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
            coast_key = f"coast:{iso3.lower()}"
            gazetteer.places[coast_key] = Place(
                f"off {name}",
                float(coast_lat),
                float(coast_lon),
                "coast",
                "coast",
                "gazetteer",
                None,
                iso3,
                coast_key,
            )
            gazetteer.coasts[key] = coast_key


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
    return loaded
