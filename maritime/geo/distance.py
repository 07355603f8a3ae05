"""Distances: parsing user-given radii and measuring how near a point is to a place."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from geographiclib.geodesic import Geodesic
from geopy.distance import geodesic
from geopy.point import Point

from maritime.errors import UsageError
from maritime.geo.place import BBox, Place

KM_PER_UNIT: dict[str, float] = {
    "km": 1.0,
    "nm": 1.852,
    "mi": 1.609344,
    "m": 0.001,
    "cable": 0.1852,
    "yd": 0.0009144,
}

_UNIT_WORDS: dict[str, str] = {
    "km": "km",
    "kms": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "nm": "nm",
    "nmi": "nm",
    "n.m.": "nm",
    "nautical mile": "nm",
    "nautical miles": "nm",
    "mi": "mi",
    "mile": "mi",
    "miles": "mi",
    "m": "m",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "cable": "cable",
    "cables": "cable",
    "yd": "yd",
    "yds": "yd",
    "yard": "yd",
    "yards": "yd",
}

_DISTANCE_RE = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*([a-z. ]*?)\s*", re.IGNORECASE)


def unit_key(word: str) -> str | None:
    """Canonical unit for a spelling found in text ("NM", "nautical miles"), or None."""
    return _UNIT_WORDS.get(" ".join(word.lower().split()))


def parse_distance(text: str) -> float:
    """Read a radius such as "200km", "100nm" or "50 mi" and return kilometres."""
    match = _DISTANCE_RE.fullmatch(text or "")
    unit = unit_key(match.group(2)) if match else None
    if match is None or unit is None:
        raise UsageError(
            f"cannot read distance {text!r}: write a number and a unit, "
            "e.g. 200km, 100nm, 50mi (units: km, nm, mi, m)"
        )
    return float(match.group(1).replace(",", ".")) * KM_PER_UNIT[unit]


# One WGS 84 geodesic for every distance and offset: geopy builds its ellipsoid model
# (costly) per instance, and the model is the same each time.
EARTH = geodesic()


# EARTH's ellipsoid (in km), and what geopy's `destination` asks of a line, asked the same way.
_GEODESIC = Geodesic(EARTH.ELLIPSOID[0], EARTH.ELLIPSOID[2])
_DIRECT = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN


def destinations(
    origin: tuple[float, float], bearing: float, distances: Iterable[float]
) -> list[tuple[float, float]]:
    """(lat, lon) of each point `distances` km from `origin` on `bearing`: the numbers
    `EARTH.destination` gives, from one geodesic line instead of one per point (setting
    a line up is most of the cost)."""
    start = Point(origin)
    line = _GEODESIC.Line(start.latitude, start.longitude, bearing, _DIRECT)
    return [_normalized(line.Position(km, _DIRECT)) for km in distances]


def _normalized(position: dict[str, float]) -> tuple[float, float]:
    point = Point(position["lat2"], position["lon2"])  # as geopy returns it
    return point.latitude, point.longitude


def bearing_km(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """(initial bearing in degrees, geodesic km) of the way from `a` to `b`."""
    way = _GEODESIC.Inverse(a[0], a[1], b[0], b[1])  # an ellipsoid in km: s12 is km
    return way["azi1"] % 360, way["s12"]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic (WGS 84) distance between two (lat, lon) points."""
    return float(EARTH.measure(a, b))


# A sphere of the mean Earth radius is within 0.6% of the geodesic (WGS 84) anywhere;
# the metre of slack covers rounding at distances near zero.
_SPHERE_KM = 6371.0088
_SPHERE_ERROR = 0.01
_SLACK_KM = 0.001


def within_km(a: tuple[float, float], b: tuple[float, float], km: float) -> bool:
    """`distance_km(a, b) <= km`, answered on the sphere unless the two are too close to
    call: a geodesic costs a hundred times more, and ingest asks this for every pair
    of places it compares."""
    (lat1, lon1), (lat2, lon2) = a, b
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    rough = 2 * _SPHERE_KM * math.asin(min(1.0, math.sqrt(half)))
    if abs(rough - km) > _SPHERE_ERROR * max(rough, km) + _SLACK_KM:
        return rough < km
    return distance_km(a, b) <= km


def nearest_point(place: Place, point: tuple[float, float]) -> tuple[float, float]:
    """The point of the place's box nearest to `point` (the place's own point if it has no box)."""
    if place.bbox is None:
        return place.point
    return nearest_in_box(place.bbox, point)


def nearest_in_box(box: BBox, point: tuple[float, float]) -> tuple[float, float]:
    """The point of a (south, west, north, east) box nearest to `point`."""
    south, west, north, east = box
    lat, lon = point
    near_lat = min(max(lat, south), north)
    if west <= east:
        near_lon = min(max(lon, west), east)
    elif lon >= west or lon <= east:  # box crosses the antimeridian and holds lon
        near_lon = lon
    else:
        near_lon = west if (west - lon) < (lon - east) else east
    return (near_lat, near_lon)


def within(place: Place, point: tuple[float, float], km: float) -> bool:
    """True if the point is within km of the place's point or of the edge of its bbox.

    An event "in the Gulf of Aden" must count as near Aden, so areas are measured
    by their extent, not only by their representative point.
    """
    near = nearest_point(place, point)
    if near == point:
        return True  # inside the place's box: no distance to measure
    return within_km(place.point, point, km) or within_km(near, point, km)
