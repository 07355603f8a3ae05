"""The opt-in online path, exercised with a fake provider (tests never use the network)."""

import pytest
from geopy.exc import GeocoderTimedOut
from geopy.location import Location

from maritime.geo.online import MISSING, PROVIDER, MemoryCache, online_geocoder


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
    with pytest.raises(GeocoderTimedOut):
        _lookup(FakeProvider({}, fail=True), cache)("Valletta")
    assert cache.get(PROVIDER, "Valletta") is MISSING


@pytest.mark.parametrize("agent", ["", "  "])
def test_an_identifying_user_agent_is_required(agent: str) -> None:
    with pytest.raises(ValueError, match="identifying user agent"):
        online_geocoder(agent, MemoryCache())
