"""The opt-in online path, exercised with a fake provider (tests never use the network)."""

import pytest
from geopy.exc import GeocoderTimedOut
from geopy.location import Location

from maritime.errors import GeocoderError
from maritime.geo.online import MISSING, PROVIDER, normalise_query, online_geocoder
from maritime.geo.place import Place


class FakeProvider:
    def __init__(self, answers: dict[str, Location | None], fail: bool = False) -> None:
        self.answers = answers
        self.fail = fail
        self.calls: list[str] = []

    def geocode(self, query: str, exactly_one: bool = True) -> Location | None:
        self.calls.append(query)
        if self.fail:
            raise GeocoderTimedOut("service timed out")
        return self.answers.get(query)


class MemoryCache:
    """A GeocodeCache in a dict: the protocol the database cache also follows."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], Place | None] = {}

    def get(self, provider: str, query: str):  # type: ignore[no-untyped-def]
        return self.entries.get((provider, normalise_query(query)), MISSING)

    def put(self, provider: str, query: str, place: Place | None) -> None:
        self.entries[(provider, normalise_query(query))] = place


VALLETTA = Location(
    "Valletta, Malta",
    (35.8989, 14.5146),
    {
        "osm_type": "relation",
        "osm_id": 1,
        "addresstype": "city",
        "boundingbox": ["35.88", "35.91", "14.49", "14.53"],
    },
)


def _lookup(provider: FakeProvider, cache: MemoryCache):
    return online_geocoder("maritime-tests", cache, geocoder=provider, min_delay_seconds=0)


def test_online_results_become_places_and_are_cached() -> None:
    provider, cache = FakeProvider({"Valletta": VALLETTA}), MemoryCache()
    lookup = _lookup(provider, cache)
    place = lookup("Valletta")
    assert place is not None
    assert (place.resolved_by, place.precision, place.bbox) == (
        "online",
        "port",
        (35.88, 14.49, 35.91, 14.53),
    )
    assert lookup("valletta ") == place
    assert provider.calls == ["Valletta"]


def test_not_found_is_remembered_too() -> None:
    provider, cache = FakeProvider({}), MemoryCache()
    lookup = _lookup(provider, cache)
    assert lookup("Nowhere") is None
    assert lookup("Nowhere") is None
    assert provider.calls == ["Nowhere"]
    assert cache.get(PROVIDER, "Nowhere") is None
    assert cache.get(PROVIDER, "Elsewhere") is MISSING


def test_failures_raise_and_are_not_cached() -> None:
    cache = MemoryCache()
    with pytest.raises(GeocoderError, match="online geocoder failed: service timed out"):
        _lookup(FakeProvider({}, fail=True), cache)("Valletta")
    assert cache.get(PROVIDER, "Valletta") is MISSING


@pytest.mark.parametrize("agent", ["", "  "])
def test_an_identifying_user_agent_is_required(agent: str) -> None:
    with pytest.raises(GeocoderError, match="identifying user agent"):
        online_geocoder(agent, MemoryCache())
