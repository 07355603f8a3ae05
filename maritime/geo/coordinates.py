"""Latitude/longitude pairs in the many ways reports write them.

Covered forms (the grammar was built from every NGA ASAM narrative, checked against an
independent detector in benchmarks/): decimal with hemisphere (``12.5N 45.2E``,
``12.5°N, 45.2°E``, ``0.4000N 56.0167E``), signed decimal (``-12.5, 45.2``), DMS
(``12°30'15"N``, ``04-14-18N 099-04-42E``), degrees and decimal minutes with a colon,
hyphen, space or degree mark (``02:45.6N - 006:54.9E``, ``01-42N 101-27E``,
``01°15.2'N``, ``01 13.5 N 103 58.2 E``, ``LAT 12 30N LON 045 10E``), zero-padded
degrees (``006-16N 003-13E``) and compact ``0142N 10127E``. Separators may hold runs of
spaces or tabs, words (``Lat``/``Long``), doubled or odd marks (``090--59E``,
``104*15E``, ``50;41.1E``, ``14.37.2N``) and the mojibake left by broken dashes; a
teletype space may split the degrees of a colon form (``1 18:04E`` is 118°04'E).
"""

from __future__ import annotations

import re

_DEG = r"(?:°|º|˚|Â°|deg(?:rees?)?\.?)"
_MIN = r"(?:['′’´]|Â´|min\.?)"
_SEC = r"(?:\"|″|”|''|′′|sec\.?)"


def _angle(deg_digits: int, compact_digits: int, hemispheres: str) -> str:
    """Text of one angle followed by its hemisphere letter or word."""
    # Degrees: a latitude's may be zero-padded ("006"); a longitude's, in the colon form,
    # split by a stray space ("1 18:04E").
    odd = r"0\d\d" if deg_digits == 2 else r"\d{1,2}(?: \d{1,2}){1,2}(?=\s?:)"
    deg = rf"(?:{odd}|\d{{1,{deg_digits}}}(?:\.\d+)?)"
    minutes = r"\d{1,2}(?:\.\d*)?"
    sep = (
        rf"(?:\s*{_DEG}\s*|\s*[-:;*]+\s*|\s+|"
        r"\.(?=\d{1,2}\.\d))"  # "14.37.2N": a dot between degrees and decimal minutes
    )
    colon_minutes = r"\d(?: ?\d)?(?:\.\d*)?(?=\s*[A-Za-z])"  # "3:1 7 E"
    dms = (
        rf"{deg}(?::\s?{colon_minutes}|{sep}{minutes}\s*{_MIN}?"
        rf"(?:\s*[-:]?\s*{minutes}\s*{_SEC}?)?|\s*{_DEG})?"
    )
    compact = rf"\d{{{compact_digits}}}(?:\.\d+)?"
    words = "|".join(
        {"NS": ["north", "south", "N", "S"], "EW": ["east", "west", "E", "W"]}[hemispheres]
    )
    return rf"(?:{compact}|{dms})\s*(?:{words})(?![A-Za-z])"


_SEPARATOR = r"(?:[^\w]|Â|â|\band\b|\b(?:lat|latitude|long?|longitude|lng)\b\.?){0,8}"
_START = r"(?:(?<![\w.°'])|(?<=position))"  # "in position14-35N" has lost its space
_PAIR_RE = re.compile(
    rf"{_START}(?P<lat>{_angle(2, 4, 'NS')}){_SEPARATOR}(?P<lon>{_angle(3, 5, 'EW')})",
    re.IGNORECASE,
)
# What every pair holds: a figure, then (past marks and units) a N/S hemisphere. A cheap
# scan that lets most sentences skip the full grammar.
_LATITUDE_HINT_RE = re.compile(
    rf"\d\.?(?:\s*(?:{_DEG}|{_MIN}|{_SEC}))*\s*(?:north|south|[NS])(?![A-Za-z])", re.IGNORECASE
)
_SIGNED_RE = re.compile(
    r"(?<![\w.\-])(?P<lat>-?\d{1,2}\.\d+)\s*,\s*(?P<lon>-?\d{1,3}\.\d+)(?![\w.])"
)
# "06:18.5N - 050:13.04", "in vicinity 05-45N 005-03.": the longitude's hemisphere letter
# dropped, its degrees zero-padded to three figures as bulletins write longitudes. Which side
# of Greenwich it lies on is for the places named with it to say (see geo.resolve).
_UNLETTERED_RE = re.compile(
    rf"{_START}(?P<lat>{_angle(2, 4, 'NS')})\s*[-,/]?\s*(?P<lon>[01]\d\d[-:]\d\d(?:\.\d+)?)"
    r"(?![\d:-])(?![.\d]*\s*(?:[EW]|east|west)(?![A-Za-z]))",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_SPLIT_DIGITS = re.compile(r"(?<=\d) (?=\d)")
_DOTTED = re.compile(r"^(\d{1,3})\.(?=\d{1,2}\.\d)")  # "14.37.2N": degrees.minutes
_DIGIT_RE = re.compile(r"\d")
_HEMISPHERE_WORD = re.compile(r"(north|south|east|west)\s*$", re.IGNORECASE)


def _angle_value(text: str, compact_digits: int, limit: float) -> float | None:
    """Degrees east/north (negative for W/S) of one angle text, or None if impossible.
    Minutes of exactly 60 are read as the next degree ("05:60N" is 6°N)."""
    if ":" in text:
        text = _SPLIT_DIGITS.sub("", text)  # "1 18:04E" -> "118:04E"
    numbers = _NUMBER_RE.findall(_DOTTED.sub(r"\1:", text))
    if len(numbers) == 1 and len(numbers[0].split(".")[0]) == compact_digits:
        whole, _, frac = numbers[0].partition(".")
        numbers = [whole[:-2], whole[-2:] + (f".{frac}" if frac else "")]
    if not numbers or len(numbers) > 3:
        return None
    degrees, *rest = (float(n) for n in numbers)
    if any(part > 60 for part in rest) or ("." in numbers[0] and rest):
        return None
    value = degrees + sum(part / 60**i for i, part in enumerate(rest, start=1))
    if value > limit:
        return None
    hemisphere = text.rstrip()[-1:].upper() if text.rstrip()[-1:].isalpha() else ""
    word = _HEMISPHERE_WORD.search(text)
    if word:
        hemisphere = word.group(1)[0].upper()
    return -value if hemisphere in ("S", "W") else value


def position_name(lat: float, lon: float) -> str:
    """How a position read from figures is named: "12.5000N 45.2000E"."""
    return f"{abs(lat):.4f}{'NS'[lat < 0]} {abs(lon):.4f}{'EW'[lon < 0]}"


def find_coordinates(text: str) -> list[tuple[int, int, float, float]]:
    """Every lat/lon pair in the text as (start, end, lat, lon), left to right."""
    found: list[tuple[int, int, float, float]] = []
    if _DIGIT_RE.search(text) is None:
        return found  # every pair has digits, and most sentences none: skip both scans
    pairs = _PAIR_RE.finditer(text) if _LATITUDE_HINT_RE.search(text) else ()
    for match in pairs:
        lat = _angle_value(match.group("lat"), 4, 90.0)
        lon = _angle_value(match.group("lon"), 5, 180.0)
        if lat is not None and lon is not None:
            found.append((match.start(), match.end(), lat, lon))
    taken = [(start, end) for start, end, _, _ in found]
    for match in _SIGNED_RE.finditer(text):
        lat, lon = float(match.group("lat")), float(match.group("lon"))
        overlaps = any(s < match.end() and match.start() < e for s, e in taken)
        if abs(lat) <= 90 and abs(lon) <= 180 and not overlaps:
            found.append((match.start(), match.end(), lat, lon))
    return sorted(found)


def find_unlettered(text: str) -> list[tuple[int, int, float, float]]:
    """Pairs whose longitude lost its E/W letter, as (start, end, lat, degrees east); the
    caller decides the side. Pairs `find_coordinates` reads whole are not repeated."""
    if _DIGIT_RE.search(text) is None or not _LATITUDE_HINT_RE.search(text):
        return []
    taken = [(start, end) for start, end, _, _ in find_coordinates(text)]
    found = []
    for match in _UNLETTERED_RE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        lat = _angle_value(match.group("lat"), 4, 90.0)
        lon = _angle_value(match.group("lon"), 5, 180.0)
        if lat is not None and lon is not None:
            found.append((match.start(), match.end(), lat, lon))
    return found
