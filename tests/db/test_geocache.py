"""Online answers are cached in the database: a phrase is asked once, failures are not cached."""

from __future__ import annotations

import pytest
from geopy.exc import GeocoderUnavailable
from geopy.location import Location

from maritime.db.engine import open_database
from maritime.db.geocache import DatabaseGeocodeCache
from maritime.errors import GeocoderError
from maritime.geo.online import online_geocoder


class FakeProvider:
    def __init__(self, answer: Location | None = None, fail: bool = False) -> None:
        self.calls: list[str] = []
        self.answer, self.fail = answer, fail

    def geocode(self, query: str, exactly_one: bool = True) -> Location | None:
        self.calls.append(query)
        if self.fail:
            raise GeocoderUnavailable("service down")
        return self.answer


HARBOUR = Location(
    "Port Lumen, Testland",
    (10.5, -61.5),
    {
        "osm_type": "node",
        "osm_id": 42,
        "addresstype": "harbour",
        "boundingbox": ["10", "11", "-62", "-61"],
    },
)


def lookup(url: str, provider: FakeProvider):  # type: ignore[no-untyped-def]
    cache = DatabaseGeocodeCache(open_database(url))
    return online_geocoder("maritime-tests", cache, geocoder=provider, min_delay_seconds=0)


def test_answers_and_misses_are_asked_once(db_url: str) -> None:
    provider = FakeProvider(HARBOUR)
    first = lookup(db_url, provider)("Port  Lumen")
    again = lookup(db_url, provider)("port lumen")
    assert provider.calls == ["Port  Lumen"]
    assert first == again
    assert (again.lat, again.lon, again.resolved_by) == (10.5, -61.5, "online")
    assert again.bbox == (10.0, -62.0, 11.0, -61.0)
    nothing = FakeProvider(None)
    assert lookup(db_url, nothing)("Nowhere") is None
    assert lookup(db_url, nothing)("nowhere") is None
    assert nothing.calls == ["Nowhere"]


def test_failures_raise_and_are_not_cached(sqlite_url: str) -> None:
    with pytest.raises(GeocoderError, match="service down"):
        lookup(sqlite_url, FakeProvider(fail=True))("Port Lumen")
    provider = FakeProvider(HARBOUR)
    assert lookup(sqlite_url, provider)("Port Lumen") is not None
    assert provider.calls == ["Port Lumen"]
