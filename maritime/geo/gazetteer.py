"""The shipped gazetteer behind geopy's Geocoder interface, so online providers fit beside it."""

from __future__ import annotations

from dataclasses import asdict

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from maritime.geo.place import Place
from maritime.geo.resolve import resolve_place


def to_location(place: Place) -> Location:
    """A geopy Location whose raw dict holds every Place field."""
    return Location(place.name, (place.lat, place.lon), asdict(place))


class GazetteerGeocoder(Geocoder):
    """Offline geocoder over the shipped gazetteer; never touches the network."""

    def __init__(self) -> None:
        super().__init__(user_agent="maritime-gazetteer")

    def geocode(
        self, query: str, *, exactly_one: bool = True, context: Place | None = None
    ) -> Location | list[Location] | None:
        place = resolve_place(query, context)
        if place is None:
            return None
        location = to_location(place)
        return location if exactly_one else [location]
