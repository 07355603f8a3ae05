"""Does a text hold a latitude/longitude pair? An auditor's answer, independent of the parser.

`maritime.geo.coordinates` reads positions with one regular-expression grammar. To test it
(and to split ASAM reports into "gives coordinates" and "names places only" without letting
the parser judge itself) this module reads text another way: it cuts the text into number,
word and mark tokens and walks them with a small state machine. A latitude is one to four
numbers followed by a N/S letter or word; a longitude is the same with E/W; a pair is a
latitude followed, across at most a few marks or the words "lat", "long" and "and", by a
longitude. Numbers are read loosely (the first is degrees, a lone long number is
DDMM/DDDMM), and only impossible values (latitude over 90, longitude over 180, minutes of
60 or more in a three-number angle) are refused: the detector should fire on anything a
reader would call a position, including forms the parser does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)?|[A-Za-z]+|[^\sA-Za-z\d]")
_NORTH_SOUTH = {"n": 1, "s": -1, "north": 1, "south": -1}
_EAST_WEST = {"e": 1, "w": -1, "east": 1, "west": -1}
# Words that may stand between or before the two halves of a pair.
_GLUE_WORDS = frozenset({"lat", "latitude", "long", "lon", "lng", "longitude", "and", "x"})
# Words that may stand between the numbers of one angle.
_UNIT_WORDS = frozenset({"deg", "degree", "degrees", "min", "mins", "minutes", "sec", "secs"})
_MAX_NUMBERS = 4  # degrees, minutes, seconds, and one stray split digit
_MAX_GAP = 6  # tokens between the latitude's letter and the longitude's first number


@dataclass(frozen=True)
class Detection:
    """A pair as the detector read it: where it is and roughly what it says."""

    start: int
    end: int
    lat: float
    lon: float


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def word(self) -> str:
        return self.text.lower() if self.text[0].isalpha() else ""


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _angle(tokens: list[_Token], i: int, letters: dict[str, int]) -> tuple[int, list[str], int]:
    """From token i, numbers (with marks and unit words between) up to a hemisphere letter:
    (index after the letter, the numbers, sign), or (i, [], 0) when there is none."""
    numbers: list[str] = []
    j = i
    while j < len(tokens):
        token = tokens[j]
        if token.number:
            if len(numbers) == _MAX_NUMBERS:
                break
            numbers.append(token.text.replace(",", "."))
        elif token.word in letters and numbers:
            return j + 1, numbers, letters[token.word]
        elif token.word and token.word not in _UNIT_WORDS:
            break
        j += 1
    return i, [], 0


def _value(numbers: list[str], degree_digits: int) -> float | None:
    """Loose reading: degrees, then minutes and seconds; a lone long number is DDMM."""
    if len(numbers) == 1 and len(numbers[0].split(".")[0]) > degree_digits:
        whole, _, fraction = numbers[0].partition(".")
        numbers = [whole[:-2], whole[-2:] + ("." + fraction if fraction else "")]
    if len(numbers) == _MAX_NUMBERS:  # a stray space split one number: "044:4 5E"
        numbers = [*numbers[:-2], numbers[-2] + numbers[-1]]
    try:
        parts = [float(n) for n in numbers]
    except ValueError:
        return None
    if len(parts) == 3 and parts[1] >= 60:
        return None
    return parts[0] + sum(part / 60**k for k, part in enumerate(parts[1:3], start=1))


def detect(text: str) -> list[Detection]:
    """Every lat/lon pair the text seems to hold, left to right."""
    tokens = _tokens(text)
    found: list[Detection] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].number:
            i += 1
            continue
        after_lat, lat_numbers, lat_sign = _angle(tokens, i, _NORTH_SOUTH)
        if not lat_numbers:
            i += 1
            continue
        pair = _longitude_after(tokens, after_lat)
        lat = _value(lat_numbers, 2)
        if pair is None or lat is None or lat > 90:
            i += 1  # "at 0300 12-34N ...": the pair may start at a later number
            continue
        end, lon = pair
        found.append(Detection(tokens[i].start, tokens[end - 1].end, lat_sign * lat, lon))
        i = end
    return found


def _longitude_after(tokens: list[_Token], j: int) -> tuple[int, float] | None:
    """(index after the longitude, signed degrees) when one follows closely."""
    for k in range(j, min(j + _MAX_GAP + 1, len(tokens))):
        token = tokens[k]
        if token.number:
            end, numbers, sign = _angle(tokens, k, _EAST_WEST)
            value = _value(numbers, 3) if numbers else None
            if value is None or value > 180:
                return None
            return end, sign * value
        if token.word and token.word not in _GLUE_WORDS:
            return None
    return None


def has_coordinates(text: str) -> bool:
    """The split the ASAM benchmarks use: does the report give a position in figures?"""
    return bool(detect(text))
