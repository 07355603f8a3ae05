"""Places news prose names that the gazetteer lacked or placed too narrowly (issue #13):
offsets from small ports, Florida Keys reefs, the Keys as a chain, the Chinese name of
the Spratlys, a numbered fleet's area."""

import pytest

from maritime.geo import find_places, resolve_place
from maritime.geo.distance import distance_km


@pytest.mark.parametrize(
    ("phrase", "point"),
    [
        # offsets from ports that had no row: each must land at its own distance and bearing
        ("about 120 nautical miles southwest of Veraval", (19.49, 68.93)),
        ("some 80 nautical miles south of Puerto San Jose, Guatemala", (12.59, -90.82)),
        ("about 30 nautical miles west of the Yemeni port of Saleef", (15.31, 42.15)),
        # reefs off the Upper and Middle Keys
        ("near Alligator Reef", (24.85, -80.62)),
        ("in the vicinity of Crocker Reef", (24.91, -80.53)),
        ("close to Sombrero Reef", (24.63, -81.11)),
    ],
)
def test_small_ports_and_reefs_named_in_prose_resolve(
    phrase: str, point: tuple[float, float]
) -> None:
    place = resolve_place(phrase)
    assert place is not None and distance_km(place.point, point) < 25


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The rustic was stopped near the Florida Keys.", "feature:florida-keys"),
        ("Two boats landed in the Keys on Sunday.", "feature:florida-keys"),
        ("The shoal lies in the Nansha Qundao.", "feature:spratly-islands"),
        (
            "The destroyer arrived in the U.S. 4th Fleet area of operations.",
            "region:southern-command-area",
        ),
        ("The carrier entered the 5th Fleet AOR.", "region:middle-east"),
    ],
)
def test_chains_archipelagos_and_fleet_areas_are_their_areas(sentence: str, key: str) -> None:
    assert key in [span.place.key for span in find_places(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The keys of the ship were handed over.",
        "The 4th Fleet commander spoke in Mayport.",
    ],
)
def test_lower_case_keys_and_a_fleet_itself_are_no_area(sentence: str) -> None:
    keys = [span.place.key for span in find_places(sentence)]
    assert "feature:florida-keys" not in keys and "region:southern-command-area" not in keys


def test_the_keys_are_a_chain_not_key_west() -> None:
    place = resolve_place("the Florida Keys")
    assert place is not None and place.precision == "sea" and place.bbox is not None
    assert place.bbox[3] - place.bbox[1] > 1.5  # Key West to Key Largo
    assert resolve_place("near Sombrero Reef").precision == "port"  # a reef outranks it


def test_nansha_alone_stays_the_guangzhou_port_district() -> None:
    assert resolve_place("Nansha").key == "port:guangzhou"


@pytest.mark.parametrize(
    ("phrase", "point"),
    [
        ("about 38 nautical miles north of Arecibo, Puerto Rico", (19.11, -66.72)),
        ("some 20 miles west of Mayaguez", (18.2, -67.5)),
        ("near the island of Vaindloo", (59.82, 26.36)),
        ("in Uzka Bay, near Chornomorske, western Crimea", (45.5, 32.7)),
        ("about 48 nautical miles northeast of La Blanquilla island", (12.42, -64.02)),
        ("50 nautical miles east of the Tho Chu Islands", (9.30, 104.32)),
        ("off Thổ Chu", (9.30, 103.48)),
        ("south of Pulau Pemping", (1.11, 103.80)),
        ("close to Sirik", (26.52, 57.10)),
    ],
)
def test_coastal_towns_and_islands_named_in_prose_resolve(
    phrase: str, point: tuple[float, float]
) -> None:
    place = resolve_place(phrase)
    assert place is not None and distance_km(place.point, point) < 25


def test_chornomorsk_by_odesa_is_not_crimeas_chornomorske() -> None:
    assert resolve_place("the port of Chornomorsk").key == "port:chornomorsk"
    assert resolve_place("Illichivsk").key == "port:chornomorsk"


@pytest.mark.parametrize(
    ("phrase", "precision"),
    [
        ("between Iceland and Scotland", "sea"),  # the water between two countries
        ("between Cuba and Haiti", "sea"),
        ("between Sri Lanka and India", "sea"),
        ("between Aden and Djibouti", "port"),  # two ports keep their own precision
        ("Iceland and Scotland", "region"),  # without "between" it is no strait
    ],
)
def test_between_two_countries_is_the_sea_between_them(phrase: str, precision: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.precision == precision


@pytest.mark.parametrize(
    ("phrase", "anchor", "point"),
    [
        ("about 32 miles south of the island", "Key West", (24.02, -81.8)),
        ("15 nautical miles off the port", "Aden", None),  # no bearing: around it
        ("some 25 km west of the town", "Mokha", (13.32, 43.01)),
    ],
)
def test_an_offset_from_a_place_pointed_back_to_is_measured_from_it(
    phrase: str, anchor: str, point: tuple[float, float] | None
) -> None:
    base = resolve_place(anchor)
    place = resolve_place(phrase, base)
    assert place is not None and place.resolved_by == "offset"
    assert point is None or distance_km(place.point, point) < 10


@pytest.mark.parametrize("phrase", ["about 32 miles south of the island", "off the port"])
def test_a_pointer_back_with_nothing_before_it_is_no_place(phrase: str) -> None:
    assert resolve_place(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("off southern Yemen", "coast:yem:gulf-of-aden"),
        ("off the coast of northern Oman", "coast:omn:gulf-of-oman"),
        ("along western Colombia", "coast:col:pacific-ocean"),
        ("off the coast of western India", "coast:ind:arabian-sea"),
    ],
)
def test_off_a_side_of_a_country_is_its_coast_on_that_side(phrase: str, key: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.key == key


def test_off_a_part_with_no_coast_of_its_own_is_the_main_coast_not_inland() -> None:
    place = resolve_place("off the coast of central Somalia")
    assert place is not None and place.precision == "coast"
    assert distance_km(place.point, (7.5, 50.0)) < 10


def test_a_distance_off_a_side_of_a_country_is_measured_from_that_coast() -> None:
    place = resolve_place("30 nautical miles off western Colombia")
    assert place is not None and place.resolved_by == "offset"
    assert distance_km(place.point, (4.0, -77.8)) < 100


@pytest.mark.parametrize("phrase", ["in southern Yemen", "northern Oman"])
def test_a_part_of_a_country_without_off_stays_land(phrase: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.precision == "country"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("120 nautical miles northwest of Yemen's Hodeidah", "120 nm NW of Hodeidah"),
        ("80 nm southeast of Oman's Duqm", "80 nm SE of Duqm"),
        ("about 40 miles off the UAE's Fujairah", "40 nm off Fujairah"),
    ],
)
def test_an_offset_from_a_port_named_with_its_countrys_possessive(phrase: str, name: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.name == name and place.resolved_by == "offset"


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Yemen's Red Sea coast", "coast:yem:red-sea"),  # a side of its coast, no port
        ("off Yemen's coast", "coast:yem"),
    ],
)
def test_a_countrys_own_coast_in_the_possessive_stays_its_coast(phrase: str, key: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.key == key


@pytest.mark.parametrize(
    ("phrase", "point"),
    [
        ("at the southern entrance to the Red Sea", (14.5, 42.0)),  # the gazetteer's own part
        ("in the southern part of the Red Sea", (14.5, 42.0)),
        ("at the northern end of the Red Sea", (26.0, 35.0)),
    ],
)
def test_an_end_or_entrance_of_a_sea_is_that_part_of_it(
    phrase: str, point: tuple[float, float]
) -> None:
    place = resolve_place(phrase)
    assert place is not None and distance_km(place.point, point) < 50


def test_the_western_reaches_of_a_gulf_are_its_western_part() -> None:
    whole, west = (
        resolve_place("the Gulf of Aden"),
        resolve_place("the western reaches of the Gulf of Aden"),
    )
    assert west is not None and west.lon < whole.lon and west.bbox[3] <= whole.lon


@pytest.mark.parametrize("phrase", ["at the entrance to the Red Sea", "the Red Sea's ports"])
def test_an_entrance_or_possessive_without_a_side_is_the_whole_sea(phrase: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.key == "sea:red-sea"
