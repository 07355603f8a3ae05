"""Place expressions as reporters write them, resolved within a tolerance set by precision."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.geo.distance import distance_km, within
from maritime.geo.names import gazetteer
from maritime.geo.place import PRECISIONS, Place, holds
from maritime.geo.resolve import at_sea, find_places, resolve_place

TOLERANCE_KM = {"point": 30, "port": 30, "coast": 300, "sea": 500, "region": 800, "country": 800}

# A held-out list written for this test: expected points come from charts, not the gazetteer.
EXPRESSIONS = [
    ("the Bab al-Mandab Strait", 12.6, 43.4, "sea"),
    ("Straits of Hormuz", 26.5, 56.4, "sea"),
    ("in the Singapore Straits", 1.2, 103.9, "sea"),
    ("Malacca Strait", 2.5, 101.0, "sea"),
    ("the Gulf of Guinea", 2.5, 3.0, "sea"),
    ("Somali Basin", 0.0, 50.0, "sea"),
    ("the Mozambique Channel", -17.0, 41.0, "sea"),
    ("the Sulu Sea", 8.0, 120.0, "sea"),
    ("Celebes Sea", 4.0, 122.0, "sea"),
    ("the Black Sea", 43.5, 34.0, "sea"),
    ("the Baltic Sea", 58.0, 20.0, "sea"),
    ("Arabian Gulf", 27.0, 51.0, "sea"),
    ("Persian Gulf", 27.0, 51.0, "sea"),
    ("the Gulf of Oman", 24.5, 58.5, "sea"),
    ("Bay of Bengal", 15.0, 88.0, "sea"),
    ("the Taiwan Strait", 24.0, 119.5, "sea"),
    ("the Kerch Strait", 45.3, 36.5, "sea"),
    ("Sea of Azov", 46.0, 36.5, "sea"),
    ("Gulf of Mexico", 25.0, -90.0, "sea"),
    ("the eastern Mediterranean", 34.0, 30.0, "sea"),
    ("Windward Passage", 20.0, -73.8, "sea"),
    ("the English Channel", 50.2, -1.5, "sea"),
    ("Yellow Sea", 35.5, 123.0, "sea"),
    ("the Andaman Sea", 10.0, 96.0, "sea"),
    ("Gulf of Finland", 59.9, 25.5, "sea"),
    ("Scarborough Shoal", 15.15, 117.76, "port"),
    ("Ayungin Shoal", 9.73, 115.86, "port"),
    ("the Spratly Islands", 10.0, 114.0, "sea"),
    ("Snake Island", 45.25, 30.2, "port"),
    ("Kharg Island", 29.25, 50.3, "port"),
    ("Abu Musa island", 25.87, 55.03, "port"),
    ("Bonny Island", 4.43, 7.16, "port"),
    ("the port of Hodeidah", 14.8, 42.95, "port"),
    ("Al Hudaydah", 14.8, 42.95, "port"),
    ("Bosaso", 11.28, 49.18, "port"),
    ("Fujairah anchorage", 25.15, 56.4, "port"),
    ("Bandar Abbas", 27.18, 56.27, "port"),
    ("Lagos anchorage", 6.4, 3.4, "port"),
    ("Tg. Priok", -6.1, 106.88, "port"),
    ("Chattogram", 22.3, 91.8, "port"),
    ("Callao", -12.05, -77.15, "port"),
    ("Puerto La Cruz", 10.22, -64.63, "port"),
    ("Jose terminal", 10.1, -64.9, "port"),
    ("Port of Spain", 10.65, -61.52, "port"),
    ("Pointe-Noire", -4.78, 11.85, "port"),
    ("Novorossiysk", 44.72, 37.8, "port"),
    ("Odessa", 46.48, 30.73, "port"),
    ("Port Sudan", 19.6, 37.22, "port"),
    ("Dumai", 1.68, 101.45, "port"),
    ("80 nm SE of Aden", 11.85, 45.95, "point"),
    ("120 km north of Mogadishu", 3.12, 45.34, "point"),
    ("some 15 nautical miles west of Mokha", 13.32, 42.98, "point"),
    ("about 200 nautical miles east of Socotra", 12.5, 57.2, "point"),
    ("45 nm NE of Djibouti", 12.13, 43.68, "point"),
    ("off the coast of Yemen", 13.5, 43.5, "coast"),
    ("off Somalia", 6.0, 50.0, "coast"),
    ("off the Nigerian coast", 4.0, 6.0, "coast"),
    ("along Venezuela's coast", 11.0, -66.0, "coast"),
    ("off Sri Lanka", 7.0, 79.5, "coast"),
    ("near the Philippines", 13.0, 121.0, "coast"),
    ("in Iranian waters", 27.0, 55.0, "coast"),
    ("between Aden and Djibouti", 12.2, 44.06, "port"),
    ("in international waters in the Gulf of Aden", 12.5, 47.5, "sea"),
    ("the Red Sea near Hodeidah", 14.8, 42.95, "port"),
    ("Tema, Ghana", 5.63, 0.0, "port"),
    ("12°35'N 043°20'E", 12.5833, 43.3333, "point"),
    ("05-20S 039-15E", -5.3333, 39.25, "point"),
    ("LAT 25 10N LON 056 30E", 25.1667, 56.5, "point"),
    ("3.5N 5.5E", 3.5, 5.5, "point"),
    ("the Horn of Africa", 8.0, 48.0, "region"),
    ("Southeast Asia", 5.0, 110.0, "region"),
    ("West Africa", 10.0, -5.0, "region"),
    ("Venezuela", 7.0, -66.0, "country"),
    ("the UAE", 24.0, 54.0, "country"),
    ("UK", 54.0, -2.0, "country"),
    # the language of piracy bulletins: old names, roads and anchorages, spelt-out offsets
    ("MADRAS", 13.1, 80.3, "port"),
    ("Calcutta", 22.55, 88.33, "port"),
    ("Kismayu", -0.37, 42.55, "port"),
    ("Hongay anchorage", 20.95, 107.08, "port"),
    ("Belawan Roads", 3.79, 98.71, "port"),
    ("Santos Outer Roads", -23.99, -46.3, "port"),
    ("Point Noire anchorage", -4.78, 11.84, "port"),
    ("Tg. Bara anchorage", 0.55, 117.65, "port"),
    ("Nipah anchorage", 1.15, 103.65, "port"),
    ("MANILA SOUTH ANCHORAGE", 14.58, 120.96, "port"),
    ("Sagar Roads", 21.65, 88.05, "port"),
    ("25 NM SE MOGADISHU", 1.75, 45.63, "point"),
    ("six nautical miles east of Aden", 12.79, 45.08, "point"),
    ("two miles off Lagos", 6.4, 3.4, "coast"),
    ("Somalia's east coast", 6.5, 49.5, "coast"),
    ("CONGO", -0.7, 15.2, "country"),
    # a country with several coasts, named with a sea or a side; lower-case bulletins
    ("off Yemen in the Gulf of Aden", 13.3, 47.5, "coast"),
    ("the Gulf of Aden, off the Somali coast", 11.5, 47.0, "coast"),
    ("along Yemen's Red Sea coast", 14.7, 42.6, "coast"),
    ("SOUTHERN RED SEA, YEMEN", 14.5, 42.6, "coast"),
    ("off India's east coast", 16.5, 82.5, "coast"),
    ("the Pacific coast of Colombia", 3.5, -77.6, "coast"),
    ("Iranian waters of the Caspian Sea", 37.2, 51.0, "coast"),
    ("off the Caribbean coast of Costa Rica", 10.0, -82.9, "coast"),
    ("off subic bay", 14.75, 120.2, "port"),
    ("the vessel was at anchor in belawan", 3.79, 98.71, "port"),
    # older bulletins' spellings and small ports, capes and islands
    ("eight miles offshore of Dakkar", 14.67, -17.43, "coast"),
    ("11 MILES OFF AD DAKHLA", 23.7, -15.93, "coast"),
    ("off Cape Corveiro", 21.8, -16.97, "coast"),
    ("PORT KAWTHAUNG", 9.97, 98.54, "port"),
    ("the port of Messina", 38.2, 15.56, "port"),
    ("Manora Island", 24.8, 66.98, "port"),
    ("through the Kardiva Channel", 5.0, 73.4, "sea"),
    ("at Pulau Jerejak", 5.31, 100.32, "port"),
    ("70 nm northwest of Sao Tome", 1.17, 5.85, "point"),
    ("near Horsburgh Lighthouse", 1.33, 104.41, "port"),
    ("Dar-es-Salaam outer anchorage", -6.82, 39.31, "port"),
    ("POINTE NOIRE", -4.78, 11.84, "port"),
    ("Kuala Langsa", 4.53, 98.02, "port"),
    ("off Pattaya", 12.93, 100.85, "coast"),
    ("near the Maldive Islands", 3.2, 73.2, "country"),
]


def _misses() -> list[str]:
    misses = []
    for phrase, lat, lon, precision in EXPRESSIONS:
        place = resolve_place(phrase)
        off = distance_km(place.point, (lat, lon)) if place else float("inf")
        if off > TOLERANCE_KM[precision]:
            misses.append(f"{phrase!r}: {place.name if place else None} is {off:.0f} km off")
    return misses


def test_held_out_expressions_resolve_within_tolerance() -> None:
    assert len(EXPRESSIONS) >= 70
    misses = _misses()
    assert len(misses) <= 0.05 * len(EXPRESSIONS), misses


@pytest.mark.parametrize(("phrase", "lat", "lon", "precision"), EXPRESSIONS[:50:7])
def test_resolved_places_say_how_exact_they_are(
    phrase: str, lat: float, lon: float, precision: str
) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.precision in PRECISIONS


@pytest.mark.parametrize(
    ("phrase", "resolved_by"),
    [
        ("Gulf of Aden", "gazetteer"),
        ("12.5N 45.2E", "coordinates"),
        ("80 nm SE of Aden", "offset"),
    ],
)
def test_places_record_how_they_were_resolved(phrase: str, resolved_by: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.resolved_by == resolved_by


def test_offsets_are_named_from_their_origin() -> None:
    place = resolve_place("80 nautical miles south-east of Aden")
    assert place is not None and place.name == "80 nm SE of Aden"


def test_off_a_country_is_an_offshore_point() -> None:
    coast = resolve_place("off the coast of Venezuela")
    country = resolve_place("Venezuela")
    assert coast is not None and country is not None
    assert (coast.precision, coast.country) == ("coast", "VEN")
    assert coast.lat > country.lat  # out in the Caribbean, north of the mainland


def test_the_most_specific_named_area_wins() -> None:
    place = resolve_place("in international waters in the Caribbean Sea near Curaçao")
    assert place is not None and place.name == "off Curaçao"


def test_a_country_qualifier_picks_among_same_named_places() -> None:
    place = resolve_place("Tripoli, Lebanon")
    assert place is not None and place.country == "LBN"


@pytest.mark.parametrize("phrase", ["the region", "its shores", "Atlantis", "", "   "])
def test_unknown_or_unanchored_phrases_give_none(phrase: str) -> None:
    assert resolve_place(phrase) is None


def test_anaphora_take_the_context() -> None:
    context = resolve_place("Venezuela")
    assert context is not None
    assert resolve_place("the region", context) == Place(
        **{**vars(context), "resolved_by": "context"}
    )
    shores = resolve_place("off its shores", context)
    assert shores is not None and (shores.precision, shores.country) == ("coast", "VEN")


def test_at_sea_moves_only_countries_offshore() -> None:
    country, port = resolve_place("Yemen"), resolve_place("Aden")
    assert country is not None and port is not None
    assert at_sea(country).precision == "coast"
    assert at_sea(port) == port


SENTENCE = (
    "Houthi forces said they struck the tanker about 50 nautical miles southwest of Aden, "
    "in the Gulf of Aden, at 12:20N - 044:30E."
)


def test_find_places_returns_every_expression_with_offsets() -> None:
    spans = find_places(SENTENCE)
    assert [span.phrase for span in spans] == [
        "about 50 nautical miles southwest of Aden",
        "Gulf of Aden",
        "12:20N - 044:30E",
    ]
    assert all(SENTENCE[s.start : s.end] == s.phrase for s in spans)
    assert [s.place.precision for s in spans] == ["point", "sea", "point"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chinese coast guard said the boat left port.",
        "Officials told us the ship was safe.",
        "The Gulf states condemned the attack.",
    ],
)
def test_find_places_skips_false_friends(sentence: str) -> None:
    phrases = [span.phrase for span in find_places(sentence)]
    assert not any("coast" in p for p in phrases)
    assert "us" not in phrases


def test_find_places_reads_all_capitals() -> None:
    spans = find_places("PIRATES BOARDED A TANKER 24 MILES SOUTH-EAST OF PULAU AUR OFF MALAYSIA.")
    assert spans[0].phrase == "24 MILES SOUTH-EAST OF PULAU AUR"
    assert spans[0].place.precision == "point"


def test_find_places_uses_context_for_anaphora() -> None:
    context = resolve_place("Strait of Hormuz")
    spans = find_places("A second tanker was stopped in the same waters.", context)
    assert [(s.phrase, s.place.key) for s in spans] == [("the same waters", context.key)]


@given(st.text(max_size=300))
def test_find_places_never_raises_and_spans_do_not_overlap(text: str) -> None:
    spans = find_places(text)
    for span in spans:
        assert text[span.start : span.end] == span.phrase
    for first, second in itertools.pairwise(spans):
        assert first.end <= second.start


@pytest.mark.parametrize(
    ("phrase", "lat", "lon", "precision"),
    [
        ("the Red Sea and the Gulf of Aden", 13.5, 43.8, "region"),
        ("the Caribbean and the eastern Pacific", 11.5, -80.5, "region"),
        ("Ukraine's Black Sea ports", 46.2, 30.9, "coast"),
    ],
)
def test_joined_areas_meet_where_they_touch(
    phrase: str, lat: float, lon: float, precision: str
) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.precision == precision
    assert distance_km(place.point, (lat, lon)) < 300


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("six nautical miles from Woody Island", "six nm off Woody Island"),
        ("TWO MILES OFF LAGOS", "TWO nm off Lagos"),
        ("880 MILES SOUTHEAST MOGADISHU", "880 nm SE of Mogadishu"),
    ],
)
def test_offsets_may_spell_out_numbers_and_drop_of(phrase: str, name: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.name == name and place.resolved_by == "offset"


def test_a_possessive_coast_with_a_compass_word_is_the_coast() -> None:
    spans = find_places("pursued off Somalia's east coast by two skiffs")
    assert [(s.phrase, s.place.key) for s in spans] == [
        ("Somalia's east coast", "coast:som:indian-ocean")
    ]


def test_a_country_coast_spans_the_country() -> None:
    coast = resolve_place("off Somalia")
    assert coast is not None and coast.bbox is not None
    assert within(coast, (-0.36, 42.55), 50)  # Kismayo, far from the coast's own point
    assert distance_km(coast.point, (-0.36, 42.55)) > 500


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("in the Gulf of Aden, off Yemen", "coast:yem:gulf-of-aden"),
        ("off Yemen, in the Red Sea", "coast:yem:red-sea"),
        ("Gulf of Aden, off the coast of Somalia", "coast:som:gulf-of-aden"),
        ("off the Somali coast in the Gulf of Aden", "coast:som:gulf-of-aden"),
        ("Yemen's Red Sea coast", "coast:yem:red-sea"),
        ("the Yemeni Red Sea coast", "coast:yem:red-sea"),
        ("RED SEA, YEMEN", "coast:yem:red-sea"),
        ("the east coast of India", "coast:ind:bay-of-bengal"),
        ("off Malaysia's west coast", "coast:mys:strait-of-malacca"),
        ("Panama's Pacific coast", "coast:pan:pacific-ocean"),
    ],
)
def test_a_sea_or_a_side_picks_one_of_a_countrys_coasts(phrase: str, key: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and (place.key, place.precision) == (key, "coast")


def test_a_country_alone_keeps_its_main_coast() -> None:
    assert resolve_place("off Yemen") == resolve_place("off the coast of Yemen")
    place = resolve_place("off Yemen")
    assert place is not None and place.key == "coast:yem"


def test_a_sea_and_a_country_with_no_shared_coast_change_nothing() -> None:
    assert resolve_place("off Venezuela in the Red Sea") == resolve_place("off Venezuela")
    assert resolve_place("off Nigeria in the Gulf of Guinea") == resolve_place("off Nigeria")


def test_a_countrys_own_small_sea_is_more_exact_than_its_coast() -> None:
    place = resolve_place("off Egypt in the Gulf of Suez")
    gulf = resolve_place("Gulf of Suez")
    assert place is not None and gulf is not None
    assert (place.precision, place.country, place.point) == ("coast", "EGY", gulf.point)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("a yacht was fired on off subic bay at night", "Subic Bay"),
        ("robbers boarded her in the port of manila", "Manila"),
        ("chased 20 miles south of mogadishu", "20 nm S of Mogadishu"),
        ("Boarded in the south china sea", "South China Sea"),
    ],
)
def test_lower_case_names_are_read_when_they_are_clearly_places(sentence: str, name: str) -> None:
    assert [span.place.name for span in find_places(sentence)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "the port said the ship was safe",
        "the master sounded the horn as the crew went off duty",
        "crew in china and india were told",
    ],
)
def test_lower_case_common_words_are_not_places(sentence: str) -> None:
    assert find_places(sentence) == []


def test_a_far_offset_spans_what_its_rounded_bearing_allows() -> None:
    far = resolve_place("900 miles east of Eyl")
    assert far is not None and far.bbox is not None
    # "east" is rounded to the nearest compass point: 300 km north of the line still fits
    assert within(far, (far.lat + 2.7, far.lon), 1)
    assert not within(far, (far.lat + 8.0, far.lon), 161)
    near = resolve_place("6 nm east of Aden")
    assert near is not None and near.bbox is not None
    assert near.bbox[2] - near.bbox[0] < 0.2


def test_an_offset_with_no_bearing_spans_a_ring_around_its_origin() -> None:
    place = resolve_place("about 300 miles off Socotra")
    assert place is not None and place.resolved_by == "offset"
    # 300 nm south-west of Socotra, out in the Somali Basin, is what the phrase may mean
    assert within(place, (8.8, 50.3), 1)
    assert not within(place, (25.0, 50.3), 161)


@pytest.mark.parametrize(
    ("phrase", "origin"),
    [
        ("off Bonny, about 35 nautical miles offshore", "Bonny Island"),
        ("Lagos, Nigeria, 35 nautical miles offshore", "Lagos"),
        ("near Tema, some 12 miles off the coast", "Tema"),
    ],
)
def test_an_offshore_distance_is_measured_from_the_place_named_before(
    phrase: str, origin: str
) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.resolved_by == "offset"
    assert place.name.endswith(f"off {origin}")


def test_an_offshore_distance_alone_leans_on_the_place_told_before() -> None:
    bonny = resolve_place("Bonny")
    spans = find_places("The tanker was later found 40 nautical miles offshore.", bonny)
    assert [(s.phrase, s.place.name) for s in spans] == [
        ("40 nautical miles offshore", "40 nm off Bonny Island")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The coast guard said the ship was 20 miles offshore.", "Lagos said ships waited offshore."],
)
def test_offshore_without_a_distance_or_a_place_is_no_offset(sentence: str) -> None:
    assert all(span.place.resolved_by != "offset" for span in find_places(sentence))


@pytest.mark.parametrize(
    ("phrase", "coast", "km"),
    [
        ("330 nautical miles off the east coast of Somalia", "coast:som:indian-ocean", 611),
        ("about 60 nm off the west coast of India", "coast:ind:arabian-sea", 111),
        ("12 miles off the Red Sea coast of Yemen", "coast:yem:red-sea", 22),
    ],
)
def test_a_distance_before_a_named_coast_is_that_far_out_to_sea_from_it(
    phrase: str, coast: str, km: float
) -> None:
    """A coast its side names faces that way: the distance is measured out to sea from every
    part of it (east of Somalia's east coast, west of India's west coast)."""
    place = resolve_place(phrase)
    side = gazetteer().places[coast]
    assert place is not None and place.resolved_by == "offset" and place.name.endswith(side.name)
    assert abs(distance_km(place.point, side.point) - km) < 0.02 * km
    assert place.bbox is not None and side.bbox is not None
    assert (place.bbox[2] - place.bbox[0]) <= 20 and (place.bbox[3] - place.bbox[1]) <= 20
    facing_east = place.lon > side.lon
    assert facing_east == (coast == "coast:som:indian-ocean")


@pytest.mark.parametrize("phrase", ["off the east coast of Somalia", "the east coast of India"])
def test_a_named_coast_without_a_distance_stays_the_coast(phrase: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.resolved_by == "gazetteer"


@pytest.mark.parametrize(
    ("phrase", "lat", "lon"),
    [
        ("270 nm east of Madagascar", -16.0, 55.2),  # from its east shore, not its west coast
        ("115 nm north of Socotra Island", 14.5, 53.8),
        ("200 nm east of Sri Lanka", 6.8, 85.25),
        ("about 260 nautical miles east of Somalia", 7.5, 54.4),  # its coast faces east
    ],
)
def test_an_offset_from_an_area_is_measured_from_its_side_facing_the_bearing(
    phrase: str, lat: float, lon: float
) -> None:
    place = resolve_place(phrase)
    assert place is not None and distance_km(place.point, (lat, lon)) < 50


def test_an_offset_from_an_area_spans_every_part_of_that_side() -> None:
    place = resolve_place("710 miles east of Somalia")
    assert place is not None and place.bbox is not None
    assert within(place, (10.9, 63.5), 1)  # due east of Cape Guardafui
    assert within(place, (-1.0, 63.5), 1)  # due east of Kismayo


@pytest.mark.parametrize(
    ("phrase", "point"),
    [("80 nm SE of Aden", (11.84, 45.94)), ("25 nm south of Mogadishu", (1.62, 45.34))],
)
def test_an_offset_from_a_port_is_measured_from_the_port(
    phrase: str, point: tuple[float, float]
) -> None:
    place = resolve_place(phrase)
    assert place is not None and distance_km(place.point, point) < 5


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("230 miles southwest of Minicoy Island India", "230 nm SW of Minicoy Island"),
        ("40 miles south of Bonny Island Nigeria", "40 nm S of Bonny Island"),
        ("about 20 nm east of Pulau Aur Malaysia", "20 nm E of Pulau Aur"),
    ],
)
def test_an_offsets_words_never_swallow_another_place(phrase: str, name: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("about 50 nautical miles northeast of the Saudi port of Yanbu", "50 nm NE of Yanbu"),
        ("close to the Yemeni town of Mokha", "off Mokha"),
    ],
)
def test_descriptors_that_name_no_place_still_lead_to_the_anchor(phrase: str, name: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("It was hijacked while underway off the east coast of Somalia.", "coast:som:indian-ocean"),
        ("A dhow sank while sailing off the west coast of India.", "coast:ind:arabian-sea"),
        ("Skiffs chased her, underway along the Red Sea coast of Yemen.", "coast:yem:red-sea"),
    ],
)
def test_a_coasts_side_is_read_past_the_words_before_it(sentence: str, key: str) -> None:
    assert [span.place.key for span in find_places(sentence)] == [key]


@pytest.mark.parametrize(
    ("phrase", "inside", "outside"),
    [
        ("the northern Gulf of California", (30.5, -113.5), (24.0, -109.5)),
        ("the western Black Sea", (43.0, 28.5), (43.0, 39.0)),
        ("in the southern Java Sea", (-6.0, 110.0), (-3.0, 110.0)),
        ("the central Gulf of California", (24.0, -109.5), (20.0, -105.0)),
        ("the upper Gulf of California", (30.5, -113.5), (20.0, -105.0)),
    ],
)
def test_a_part_of_a_sea_spans_that_side_of_it(
    phrase: str, inside: tuple[float, float], outside: tuple[float, float]
) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.bbox is not None
    assert holds(place.bbox, inside) and not holds(place.bbox, outside)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("about 26 miles off the coast of Oman", "26 nm off Oman"),
        ("12 nautical miles off the coast of Ghana", "12 nm off Ghana"),
        ("some 40 km off the coastline of Togo", "40 km off Togo"),
        ("a 20-mile chase off the coast of Ghana", "off Ghana"),
        ("the ship, sailing at 12 knots off the coast of Benin", "off Benin"),
    ],
)
def test_a_distance_off_a_countrys_coast_is_an_offset_from_that_coast(
    phrase: str, name: str
) -> None:
    place = resolve_place(phrase)
    coast = resolve_place(f"off the coast of {name.split(' off ')[-1]}")
    assert place is not None and coast is not None and place.name == name
    assert place.bbox is not None and coast.bbox is not None
    assert holds(place.bbox, (coast.bbox[0], coast.bbox[1]))  # the whole coast, grown


def test_an_offset_is_a_place_of_its_own_not_the_coast_it_is_measured_from() -> None:
    """The database keys places by their gazetteer key: an offset sharing its coast's key
    would be stored as that coast."""
    coast = resolve_place("off the coast of Oman")
    offset = resolve_place("26 miles off the coast of Oman")
    assert coast is not None and coast.key is not None
    assert offset is not None and offset.key is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("SAINT MARTIN: Robbers boarded a yacht in Marigot Bay.", "port:marigot-saint-martin"),
        ("ST LUCIA: Thieves took a dinghy from a yacht moored in Marigot Bay.", "sea:marigot-bay"),
        ("US VIRGIN ISLANDS: A sailing boat was stolen at St. John.", "port:cruz-bay"),
    ],
)
def test_a_shared_name_means_the_place_in_the_country_the_text_names(text: str, key: str) -> None:
    assert key in [span.place.key for span in find_places(text)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("A catamaran was robbed while it lay at Saint John overnight.", "port:saint-john"),
        ("CANADA: A tug was boarded at Saint John and its tools stolen.", "port:saint-john"),
    ],
)
def test_a_shared_name_keeps_its_first_place_when_no_country_says_otherwise(
    text: str, key: str
) -> None:
    assert key in [span.place.key for span in find_places(text)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("CONAKRY GUINEA: Pirates fired upon a chemical tanker underway.", "port:conakry"),
        ("DUMAI INDONESIA: Robbers boarded a tanker at anchor.", "port:dumai"),
        ("Lagos Nigeria: Armed men attacked a product tanker at anchor.", "port:lagos"),
    ],
)
def test_a_heading_place_followed_by_its_country_without_a_comma_is_that_place(
    text: str, key: str
) -> None:
    spans = find_places(text)
    assert spans[0].place.key == key and spans[0].phrase.count(" ") == 1


@pytest.mark.parametrize(
    "text",
    [
        "ADEN SOMALIA: pirates chased a bulk carrier.",  # Aden is not in Somalia
        "Gulf of Aden Somalia: pirates chased a bulk carrier.",  # a sea is no place in it
    ],
)
def test_a_place_and_another_country_side_by_side_stay_two_places(text: str) -> None:
    assert len(find_places(text)) == 2


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("off the central east coast of Somalia", "coast:som:indian-ocean"),
        ("INDIA-SOUTHWEST COAST", "coast:ind:arabian-sea"),
        ("along the far western coast of India", "coast:ind:arabian-sea"),
        ("OMAN-SOUTHEAST COAST", "coast:omn:arabian-sea"),
    ],
)
def test_a_coasts_side_is_read_past_hedges_compounds_and_hyphens(phrase: str, key: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.key == key


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("operating in the Paracel Island area", "feature:paracel-islands"),
        ("near the Anambas Island group", "feature:anambas-islands"),
        ("off Andaman Island", "feature:andaman-islands"),
    ],
)
def test_a_group_of_islands_named_in_the_singular_is_that_group(phrase: str, key: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.key == key


@pytest.mark.parametrize(
    "sentence", ["attacked near Bong Bay Island off Da Nang", "the Spratly Island garrison"]
)
def test_a_singular_island_never_stands_for_a_group_it_is_not(sentence: str) -> None:
    keys = [span.place.key for span in find_places(sentence)]
    assert "feature:roatan" not in keys and "feature:spratly-islands" not in keys


@pytest.mark.parametrize(
    ("phrase", "inside", "outside"),
    [
        ("SOUTH CHINA SEA, SOUTHERN PART", (3.0, 105.5), (18.0, 114.0)),
        ("RED SEA, NORTHERN PART", (27.0, 34.5), (14.0, 42.0)),
        ("Java Sea, western part", (-5.5, 107.0), (-5.5, 117.0)),
    ],
)
def test_a_heading_sea_with_its_part_after_it_spans_that_part(
    phrase: str, inside: tuple[float, float], outside: tuple[float, float]
) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.bbox is not None
    assert holds(place.bbox, inside) and not holds(place.bbox, outside)


def test_the_gulf_of_guinea_is_the_gulf_within_its_limits() -> None:
    """Cape Palmas to Cape Lopez, its IHO limits: the wider piracy area is a region."""
    place = resolve_place("the Gulf of Guinea")
    assert place is not None and place.bbox is not None
    south, west, north, east = place.bbox
    assert north - south <= 20 and east - west <= 20
    assert holds(place.bbox, (3.4, 7.2)) and not holds(place.bbox, (-8.8, 13.2))  # not Luanda


@pytest.mark.parametrize(
    ("phrase", "inside"),
    [
        ("near the Natuna islands", (4.5, 108.0)),
        ("off Socotra", (12.3, 54.3)),
        ("off the Andaman Islands", (13.0, 93.0)),
    ],
)
def test_off_an_island_group_spans_the_group(phrase: str, inside: tuple[float, float]) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.precision == "coast" and place.bbox is not None
    assert holds(place.bbox, inside)


@pytest.mark.parametrize("phrase", ["off Mokha", "off Pulau Nipa"])
def test_off_a_port_or_a_small_island_is_a_spot(phrase: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.precision == "coast" and place.bbox is None


@pytest.mark.parametrize(
    ("phrase", "coast", "km"),
    [
        ("415NM off Somali coast", "coast:som:indian-ocean", 769),
        ("some 60 miles off the Nigerian coast", "country:nga", 111),
        ("about 40 nautical miles off Yemen's Red Sea coast", "coast:yem:red-sea", 74),
    ],
)
def test_a_distance_before_a_demonym_or_possessive_coast_is_kept(
    phrase: str, coast: str, km: float
) -> None:
    """ "415NM off Somali coast" is as far out as "415 nm off the coast of Somalia": the
    coast's box moved or grown by the distance, not the coast itself."""
    place = resolve_place(phrase)
    origin = gazetteer().coast_of(gazetteer().places[coast])
    assert place is not None and place.resolved_by == "offset" and place.key is None
    assert place.bbox is not None and origin.bbox is not None
    assert place.bbox != origin.bbox
    far = (origin.lat, origin.lon + 1.1 * km / 111.2 / 0.9)  # out at sea, past the coast's box
    assert holds(place.bbox, far) or holds(place.bbox, (origin.lat - 1.1 * km / 111.2, origin.lon))


@pytest.mark.parametrize(
    "phrase", ["off the Somali coast", "near the Nigerian coastline", "along Yemen's Red Sea coast"]
)
def test_a_demonym_or_possessive_coast_without_a_distance_stays_the_coast(phrase: str) -> None:
    place = resolve_place(phrase)
    assert place is not None and place.resolved_by == "gazetteer" and place.precision == "coast"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("MALDIVES ISLANDS, SOMALIA: Pirates in a skiff chased a tanker.", "country:mdv"),
        ("SEYCHELLES, SOMALIA: Two skiffs fired upon a bulk carrier underway.", "country:syc"),
        ("KENYA, TANZANIA: Robbers boarded a container ship at anchor.", "country:ken"),
    ],
)
def test_a_heading_of_two_countries_is_the_first_where_the_second_says_whose(
    text: str, key: str
) -> None:
    """NGA writes "MALDIVES ISLANDS, SOMALIA:" for Somali pirates off the Maldives: no place
    lies in both, and the first says where."""
    spans = find_places(text)
    assert spans[0].place.key == key and spans[0].phrase.endswith(text.split(":")[0][-4:])


@pytest.mark.parametrize(
    "text",
    [
        "Pirates based in Kenya, Somalia and Yemen attacked ships.",  # a list, not a heading
        "SOMALIA: Kenya, Tanzania and Mozambique patrol the area.",
    ],
)
def test_two_countries_in_prose_stay_two_places(text: str) -> None:
    keys = [span.place.key for span in find_places(text)]
    assert "country:ken" in keys and len(keys) >= 3


@pytest.mark.parametrize(
    ("phrase", "sea"),
    [
        ("in the coastal area of the border between Ghana and Togo", (5.4, 1.0)),
        ("between Yemen and Somalia", (12.3, 46.5)),
        ("between Indonesia and Malaysia", (1.8, 105.0)),
    ],
)
def test_between_two_countries_is_between_their_coasts(
    phrase: str, sea: tuple[float, float]
) -> None:
    """Two countries' land boxes meet inland (Ghana and Togo at 8N); the water between them
    is between their coasts."""
    place = resolve_place(phrase)
    assert place is not None and place.precision == "sea"
    assert distance_km(place.point, sea) < 150


@pytest.mark.parametrize(
    ("phrase", "lat", "lon"),
    [
        ("between the Red Sea and the Gulf of Aden", 14.2, 43.4),  # seas keep their edges
        ("between Aden and Djibouti", 12.1, 44.0),  # ports keep their points
    ],
)
def test_between_seas_or_ports_is_unchanged_by_coasts(phrase: str, lat: float, lon: float) -> None:
    place = resolve_place(phrase)
    assert place is not None and distance_km(place.point, (lat, lon)) < 150


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        # a sea heading before the bearing: the part of the sea that lies that way
        (
            "ARABIAN SEA, SOUTHEAST OF MASIRAH ISLAND: Two skiffs chased a tanker.",
            (18.7, 61.5),
            (22.0, 60.5),
        ),
        (
            "WESTERN INDIAN OCEAN, EAST OF SEYCHELLES: Pirates fired on a bulk carrier.",
            (-4.3, 60.0),
            (-4.3, 50.0),
        ),
        # the country named after the place: its waters that way
        (
            "NORTH OF BINTAN, INDONESIA: Robbers boarded a tug towing a barge.",
            (2.5, 104.6),
            (0.0, 104.5),
        ),
        (
            "Pirates attacked a tanker in the Gulf of Aden, north of Bosaso.",
            (13.5, 49.5),
            (10.5, 49.5),
        ),
    ],
)
def test_a_bearing_with_no_distance_runs_to_the_edge_of_the_sea_or_waters_named_with_it(
    text: str, inside: tuple[float, float], outside: tuple[float, float]
) -> None:
    """ "SOUTHEAST OF MASIRAH ISLAND" alone says no distance; the sea named with it bounds it,
    so the extent is the part of that sea lying south-east of the island."""
    place = next(span.place for span in find_places(text) if span.place.resolved_by == "offset")
    assert place.bbox is not None and place.precision == "sea"
    assert holds(place.bbox, inside) and not holds(place.bbox, outside)
    assert place.bbox[2] - place.bbox[0] <= 20 and place.bbox[3] - place.bbox[1] <= 20


@pytest.mark.parametrize(
    "text",
    [
        "Robbers boarded a catamaran anchored in a bay south of Cancun.",  # nothing bounds it
        "A yacht was robbed north of the Marigot Bay harbor and south of Castries.",  # a bay
    ],
)
def test_a_bearing_with_nothing_wide_to_bound_it_stays_at_its_place(text: str) -> None:
    assert all(span.place.resolved_by != "offset" for span in find_places(text))


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "ARABIAN SEA: A dhow was hijacked in position 06:18.5N - 050:13.04 at dawn.",
            6.308,
            50.217,
        ),
        (
            "VENEZUELA: Robbers boarded a yacht anchored at 10-57N 064-10 near Margarita.",
            10.95,
            -64.167,
        ),
        (
            "NIGERIA: Gunmen attacked a barge in vicinity 04-25N 007-10. No one was hurt.",
            4.417,
            7.167,
        ),
    ],
)
def test_a_longitude_without_its_letter_takes_the_side_the_named_places_say(
    text: str, lat: float, lon: float
) -> None:
    """ "050:13.04" lost its E: the places named with it say which side of Greenwich."""
    spans = [s for s in find_places(text) if s.place.resolved_by == "coordinates"]
    assert len(spans) == 1
    assert abs(spans[0].place.lat - lat) < 0.01 and abs(spans[0].place.lon - lon) < 0.01


@pytest.mark.parametrize(
    "text",
    [
        "A dhow was hijacked in position 06:18.5N - 050:13.04 at dawn.",  # nothing says which side
        "Robbers boarded a tanker at 04-15N on 12 June 2008 and escaped.",  # no longitude at all
    ],
)
def test_a_longitude_without_its_letter_and_nothing_to_side_it_is_no_position(text: str) -> None:
    assert all(s.place.resolved_by != "coordinates" for s in find_places(text))
