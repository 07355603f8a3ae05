"""Radii typed by users, and what counts as near a place."""

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.errors import UsageError
from maritime.geo.distance import (
    EARTH,
    destinations,
    distance_km,
    parse_distance,
    within,
    within_km,
)
from maritime.geo.place import Place


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("200km", 200.0),
        ("1500 km", 1500.0),
        ("100nm", 185.2),
        ("100 NM", 185.2),
        ("50 mi", 80.4672),
        ("12.5 nautical miles", 23.15),
        ("3 kilometres", 3.0),
    ],
)
def test_parse_distance_returns_kilometres(text: str, km: float) -> None:
    assert parse_distance(text) == pytest.approx(km, rel=1e-4)


@pytest.mark.parametrize("text", ["", "far", "200", "km", "12 parsecs", "-5km"])
def test_parse_distance_rejects_with_a_hint(text: str) -> None:
    with pytest.raises(UsageError, match=r"cannot read distance .* e\.g\. 200km"):
        parse_distance(text)


@given(st.text())
def test_parse_distance_raises_only_a_usage_error(text: str) -> None:
    with contextlib.suppress(UsageError):
        assert parse_distance(text) >= 0


def test_distance_is_geodesic() -> None:
    # Aden to Djibouti city is about 240 km across the Gulf of Aden.
    assert distance_km((12.79, 44.98), (11.6, 43.14)) == pytest.approx(240, abs=10)


GULF = Place("Gulf of Aden", 12.5, 47.0, "sea", "gulf", "gazetteer", (10.4, 43.2, 15.0, 51.3))
ADEN = Place("Aden", 12.79, 44.98, "port", "port", "gazetteer")


def test_within_counts_a_point_inside_an_area() -> None:
    assert within(GULF, (11.0, 50.5), 1)


def test_within_measures_to_the_edge_of_an_area() -> None:
    assert within(GULF, (16.0, 47.0), 120)
    assert not within(GULF, (16.0, 47.0), 90)


def test_within_uses_the_point_for_places_without_area() -> None:
    assert within(ADEN, (12.6, 45.3), 50)
    assert not within(ADEN, (14.8, 42.93), 200)


def test_within_handles_boxes_across_the_antimeridian() -> None:
    pacific = Place("Fiji waters", -18.0, 179.0, "sea", "sea", "gazetteer", (-20, 176, -15, -178))
    assert within(pacific, (-17.0, -179.5), 1)
    assert not within(pacific, (-17.0, -170.0), 300)


_LAT = st.floats(-89.9, 89.9)
_LON = st.floats(-180, 180)


@given(_LAT, _LON, _LAT, _LON, st.floats(0, 20_000))
def test_within_km_answers_as_the_geodesic_does(
    lat1: float, lon1: float, lat2: float, lon2: float, km: float
) -> None:
    """The quick spherical answer never disagrees with the ellipsoid's."""
    a, b = (lat1, lon1), (lat2, lon2)
    assert within_km(a, b, km) == (distance_km(a, b) <= km)


@given(_LAT, _LON, _LAT, _LON)
def test_within_km_at_the_exact_distance_is_inside(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    a, b = (lat1, lon1), (lat2, lon2)
    assert within_km(a, b, distance_km(a, b))


@given(
    st.floats(-90, 90),
    st.floats(-180, 180),
    st.floats(-720, 720),
    st.lists(st.floats(0, 20_000), min_size=1, max_size=3),
)
def test_destinations_are_geopys_to_the_bit(
    lat: float, lon: float, bearing: float, distances: list[float]
) -> None:
    """One line per bearing gives exactly the points one geopy call per point gives."""
    expected = [EARTH.destination((lat, lon), bearing, distance=km) for km in distances]
    assert destinations((lat, lon), bearing, distances) == [
        (point.latitude, point.longitude) for point in expected
    ]
