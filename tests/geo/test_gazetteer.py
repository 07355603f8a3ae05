"""The shipped gazetteer: its size, its sanity and its spellings."""

import pytest

from maritime.geo.distance import within
from maritime.geo.names import gazetteer
from maritime.geo.place import PRECISIONS, Place, holds


def _inside(place: Place) -> bool:
    assert place.bbox is not None
    south, west, north, east = place.bbox
    in_lon = west <= place.lon <= east if west <= east else place.lon >= west or place.lon <= east
    return south <= place.lat <= north and in_lon


def test_ships_at_least_1500_places() -> None:
    assert len(gazetteer().places) >= 1500


def _problems(place: Place) -> list[str]:
    checks = {
        "unknown precision": place.precision in PRECISIONS,
        "point out of range": -90 <= place.lat <= 90 and -180 <= place.lon <= 180,
        "point outside its box": place.bbox is None or _inside(place),
        "country is not ISO alpha-3": place.country is None or len(place.country) == 3,
    }
    return [f"{place.key}: {problem}" for problem, ok in checks.items() if not ok]


def test_every_place_is_well_formed() -> None:
    problems = [p for place in gazetteer().places.values() for p in _problems(place)]
    assert problems == []


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Bab el-Mandeb", "sea:bab-el-mandeb"),
        ("BAB AL MANDAB", "sea:bab-el-mandeb"),
        ("Strait of Singapore", "sea:singapore-strait"),
        ("Ren'ai Reef", "feature:second-thomas-shoal"),
        ("Côte d'Ivoire", "country:civ"),
        ("Cote d'Ivoire", "country:civ"),
        ("U.S.", "country:usa"),
        ("Tanjung Priok", "port:tanjung-priok"),
        ("Tg. Priok", "port:tanjung-priok"),
        ("St. Vincent", "country:vct"),
        ("Congo", "country:cog"),
        ("Hongay", "port:hon-gai"),
        ("POINTE NOIR", "port:pointe-noire"),
        ("Escavros", "port:escravos"),
        ("Selat Phillip", "sea:phillip-channel"),
        ("Jawahar Deep", "port:mumbai"),
    ],
)
def test_aliases_and_spellings_find_the_same_place(name: str, key: str) -> None:
    assert gazetteer().lookup(name)[0].key == key


def test_demonyms_name_their_country() -> None:
    assert gazetteer().lookup("Yemeni")[0].key == "country:yem"


def test_every_coast_of_a_country_lies_in_its_own_extent_and_faces_a_known_sea() -> None:
    coasts = [coast for per_country in gazetteer().sea_coasts.values() for coast in per_country]
    assert len(coasts) >= 80
    for coast in coasts:
        assert coast.seas and all(gazetteer().places[key].precision == "sea" for key in coast.seas)
        assert within(coast.place, coast.place.point, 0)
        sea = gazetteer().places[coast.seas[0]]
        assert within(sea, coast.place.point, 150), coast.place.name  # offshore, in that sea


@pytest.mark.parametrize(
    ("country", "at_sea", "far_out"),
    [
        ("omn", (14.9, 58.5), (14.9, 66.0)),  # 120 nm off Oman's south-east coast
        ("mdv", (5.6, 71.0), (5.6, 79.5)),  # 100 nm west of the atolls, not off Sri Lanka
        ("lka", (4.5, 81.0), (4.5, 86.5)),  # off Dondra Head
        ("yem", (12.0, 56.5), (12.0, 60.0)),  # east of Socotra
        ("ken", (-2.5, 43.5), (-2.5, 47.0)),  # off Lamu
    ],
)
def test_a_countrys_waters_reach_out_from_its_ocean_coasts(
    country: str, at_sea: tuple[float, float], far_out: tuple[float, float]
) -> None:
    """A country's waters run about 150 nm out where no neighbour's coast is nearer: a
    report headed "OMAN:" may be 120 nm off Dhofar, not 400 nm."""
    known = gazetteer()
    waters = known.places[known.waters[f"country:{country}"]]
    assert waters.bbox is not None
    assert holds(waters.bbox, at_sea) and not holds(waters.bbox, far_out)


def test_nicaraguas_waters_reach_past_its_caribbean_cays() -> None:
    """Nicaragua's Caribbean waters run well east of the Miskito Cays (82.8W); a report
    headed "NICARAGUA:" 45 nm off them lies in them. The point is its main port, Corinto."""
    known = gazetteer()
    waters = known.places[known.waters["country:nic"]]
    assert waters.bbox is not None and holds(waters.bbox, (13.85, -82.6))
    assert not holds(waters.bbox, (13.85, -78.0)) and waters.lon < -87
