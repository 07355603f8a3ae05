"""`timeline --near`: an event is where its point is; an area is its extent, widened by
--within; a place without an extent is its point, and needs --within."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from maritime.cli import cli
from maritime.db import models
from maritime.db.engine import open_database, session_scope

# name -> (lat, lon, precision, extent): points of events, one area.
HODEIDAH = "55 nm W of Hodeidah"
PLACES = {
    HODEIDAH: (14.80, 41.98, "point", None),  # in the Red Sea, 680 km from its centre
    "Jeddah": (21.49, 39.17, "port", None),  # in the Red Sea
    "Aden": (12.79, 44.99, "port", None),  # 160 km east of the Red Sea's extent
    "Port Said": (31.26, 32.30, "port", None),  # 140 km north of it
    "Gulf of Aden": (12.0, 48.0, "sea", (10.5, 43.3, 15.0, 51.5)),  # 490 km east of it
}


@pytest.fixture
def placed(db_url: str) -> str:
    engine = open_database(db_url)
    with session_scope(engine) as session:
        for name, (lat, lon, precision, extent) in PLACES.items():
            south, west, north, east = extent or (None, None, None, None)
            place = models.Place(
                key=f"test:{name}",
                name=name,
                precision=precision,
                lat=lat,
                lon=lon,
                south=south,
                west=west,
                north=north,
                east=east,
                resolved_by="gazetteer",
            )
            session.add(place)
            session.flush()
            session.add(models.Event(type="strike", place_id=place.id, extractor_version="t"))
    engine.dispose()
    return db_url


def near(url: str, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["--db", url, "timeline", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return sorted(e["place"]["name"] for e in json.loads(result.stdout))


@pytest.mark.parametrize(
    ("args", "found"),
    [
        (["--near", "Red Sea"], [HODEIDAH, "Jeddah"]),
        # Measured from the centre of the sea, the strike off Hodeidah (680 km) was missed.
        (["--near", "Red Sea", "--within", "400km"], [HODEIDAH, "Aden", "Jeddah", "Port Said"]),
        (["--near", "Red Sea", "--within", "100nm"], [HODEIDAH, "Aden", "Jeddah", "Port Said"]),
        (["--near", "Red Sea", "--within", "100km"], [HODEIDAH, "Jeddah"]),
        (["--near", "Aden", "--within", "100km"], ["Aden"]),
        (["--near", "Gulf of Aden"], ["Aden", "Gulf of Aden"]),
        (["--near", "12.8N 45.0E", "--within", "5km"], ["Aden"]),
    ],
)
def test_near_an_area_means_inside_it_widened_by_within(
    placed: str, args: list[str], found: list[str]
) -> None:
    assert near(placed, *args) == found


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--near", "Aden"], "--within"),
        (["--within", "50km"], "--near"),
        (["--near", "Red Sea", "--within", "far"], "200km"),
    ],
)
def test_missing_or_bad_distances_say_what_to_write(
    sqlite_url: str, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "timeline", *args])
    assert result.exit_code != 0
    assert message in result.stderr


def test_the_help_shows_examples_of_areas_and_points() -> None:
    shown = CliRunner().invoke(cli, ["timeline", "--help"]).stdout
    assert 'maritime timeline --near "Red Sea"' in shown
    assert "--near Aden --within 100km" in shown
