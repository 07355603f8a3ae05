"""Offline, sea-aware geocoding: gazetteer, coordinates, offsets and distances."""

from maritime.geo.coordinates import find_coordinates
from maritime.geo.distance import distance_km, parse_distance, within
from maritime.geo.place import PRECISIONS, Place
from maritime.geo.resolve import PlaceSpan, at_sea, find_places, resolve_place

__all__ = [
    "PRECISIONS",
    "Place",
    "PlaceSpan",
    "at_sea",
    "distance_km",
    "find_coordinates",
    "find_places",
    "parse_distance",
    "resolve_place",
    "within",
]
