"""How news outlets write where an incident was (issue #14): a distance given twice, once
in brackets; "offshore from"; a place named to say where the next one lies ("the Persian
Gulf island of Qeshm"); a state or province as the descriptor; a country's exclusive
economic zone; a distance off a port with no bearing."""

import pytest

from maritime.geo import find_places, resolve_place
from maritime.geo.distance import distance_km


def _places(sentence: str) -> list[str]:
    return [span.place.name for span in find_places(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A bulker was hit about 76 nautical miles (140 kilometres) west of Hodeidah.", "76 nm W"),
        (
            "The tanker sailed 90 nautical miles (167km) southeast of Yemen's Nishtun port.",
            "90 nm SE",
        ),
        ("Pirates boarded the dhow some 40 km (25 miles) north of Bosaso on Friday.", "40 km N"),
        ("A tug was robbed 12 nm (22 km) off Lagos overnight.", "12 nm off"),
    ],
)
def test_a_distance_given_again_in_brackets_is_one_offset(sentence: str, name: str) -> None:
    assert any(place.startswith(name) for place in _places(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A ship 140 metres (460 feet) long was hit off Aden.",
        "The crew of 21 (all safe) reported the attack off Aden.",
    ],
)
def test_brackets_holding_no_distance_make_no_offset(sentence: str) -> None:
    assert _places(sentence) == ["off Aden"]


@pytest.mark.parametrize(
    ("sentence", "base", "km"),
    [
        ("Robbers attacked a container ship 71 nautical miles offshore from Lagos.", "Lagos", 131),
        ("A supply boat was robbed about 20 miles offshore of Cotonou.", "Cotonou", 37),
        ("The tanker was attacked 12 nm offshore from Pointe-Noire.", "Pointe-Noire", 22),
    ],
)
def test_a_distance_offshore_from_a_port_is_measured_from_it(
    sentence: str, base: str, km: float
) -> None:
    [span] = find_places(sentence)
    port = resolve_place(base)
    assert span.base == port and abs(distance_km(span.place.point, port.point) - km) < 5


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A supply boat sailing offshore from Lagos was robbed.", ["Lagos"]),
        ("The ship drifted 10 miles offshore before the crew restarted it.", []),
    ],
)
def test_offshore_without_both_a_distance_and_a_place_is_no_offset(
    sentence: str, names: list[str]
) -> None:
    assert _places(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The frigate patrolled the Red Sea, 30 miles from Port Sudan.", 2),
        ("The tanker was struck in the Persian Gulf near Bushehr.", 2),
    ],
)
def test_a_sea_named_on_its_own_stays_a_place(sentence: str, names: int) -> None:
    assert len(_places(sentence)) == names


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        # a sea named before a port or an island only says where that lies
        ("The tanker was stopped 18 miles off the Persian Gulf island of Qeshm.", "Qeshm"),
        ("A drone hit a ship 40 nautical miles west of the Red Sea port of Hodeidah.", "Hodeidah"),
        (
            "A sea drone struck a tanker about 25 km south of the Black Sea port of Novorossiysk.",
            "Novorossiysk",
        ),
        # a state or a province named with its kind
        (
            "Gunmen took the crew 20 nm off the southern Philippine province of Tawi-Tawi.",
            "Tawi-Tawi",
        ),
        ("The barge was robbed 15 miles off the Malaysian state of Sabah.", "Sabah"),
        ("Pirates hijacked the dhow 30 miles off the Somali region of Puntland.", "Puntland"),
    ],
)
def test_an_offset_is_from_the_place_its_descriptor_names(sentence: str, base: str) -> None:
    [span] = find_places(sentence)
    assert span.base == resolve_place(base)


@pytest.mark.parametrize(
    "sentence",
    [
        "The state of Sabah asked for more patrols.",
        "Officials in the province said nothing.",
    ],
)
def test_a_state_or_province_named_alone_is_no_offset(sentence: str) -> None:
    assert all(span.base is None for span in find_places(sentence))


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "Chinese ships harassed the patrol boat in the Philippines' exclusive economic zone.",
            "PHL",
        ),
        ("The trawler was detained inside Indonesia's EEZ.", "IDN"),
        ("The survey ship entered Japan's territorial sea twice.", "JPN"),
        ("The trawler was caught in the Philippine exclusive economic zone.", "PHL"),
    ],
)
def test_a_countrys_economic_zone_is_its_waters(sentence: str, country: str) -> None:
    [span] = find_places(sentence)
    assert span.place.precision == "coast" and span.place.country == country


@pytest.mark.parametrize(
    "sentence",
    [
        "The Philippines said the exclusive economic zone belonged to it.",
        "Indonesia passed a law on its EEZ last year.",
    ],
)
def test_a_zone_not_said_to_be_the_countrys_leaves_the_country(sentence: str) -> None:
    assert all(span.place.precision == "country" for span in find_places(sentence))


@pytest.mark.parametrize(
    ("phrase", "seaward"),
    [
        ("71 nautical miles off Lagos", lambda lat, lon: lat < 6.2),
        ("40 nautical miles off Hodeidah", lambda lat, lon: lon < 42.6),
        ("30 nm off Aden", lambda lat, lon: lat < 12.6),
        # a place the gazetteer gives no country lies in the country whose box holds it
        ("about 77 nautical miles off Bonny Island", lambda lat, lon: lat < 3.8),
    ],
)
def test_a_distance_off_a_port_with_no_bearing_is_out_at_sea(phrase: str, seaward) -> None:
    place = resolve_place(phrase)
    assert place is not None and seaward(place.lat, place.lon)


@pytest.mark.parametrize(
    ("phrase", "point"),
    [
        ("70 nm south of Lagos", (5.26, 3.39)),  # a bearing given is kept
        ("10 nm off Singapore", (1.22, 103.85)),  # a city state has no land far inland
    ],
)
def test_a_bearing_or_no_inland_keeps_the_offset_where_it_was(
    phrase: str, point: tuple[float, float]
) -> None:
    place = resolve_place(phrase)
    assert place is not None and distance_km(place.point, point) < 5


@pytest.mark.parametrize(
    ("phrase", "base", "km"),
    [
        ("about 1,000 yards east-southeast of Second Thomas Shoal", "Second Thomas Shoal", 0.91),
        ("some 1,500 metres north of Scarborough Shoal", "Scarborough Shoal", 1.5),
        ("about 1,200 nautical miles east of Mogadishu", "Mogadishu", 2222),
    ],
)
def test_yards_metres_and_thousands_measure_an_offset(phrase: str, base: str, km: float) -> None:
    place, anchor = resolve_place(phrase), resolve_place(base)
    assert place is not None and anchor is not None
    assert abs(distance_km(place.point, anchor.point) - km) < 0.05 * km + 0.1


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The vessel was 2,5 km north of Batam.", ["2,5 km N of Batam"]),  # a decimal comma
        ("A 1,000-tonne tanker was hit off Aden.", ["off Aden"]),
        ("A ship 300 metres long was hit off Aden.", ["off Aden"]),
    ],
)
def test_a_size_is_no_offset_and_a_decimal_comma_stays_one(sentence: str, names: list[str]) -> None:
    assert _places(sentence) == names
