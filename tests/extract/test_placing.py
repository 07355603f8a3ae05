"""Which named place locates an incident: flags, ships' names and voyages are not places."""

from datetime import date

import pytest

from maritime.extract import extract
from maritime.extract.placing import candidate_places, choose, from_origin, on_route, rank
from maritime.geo import Place, PlaceSpan, find_places
from maritime.geo.distance import distance_km
from maritime.read.article import Article


def _kept(text: str, blocked: list[tuple[int, int]] | None = None) -> list[str]:
    return [s.phrase for s in candidate_places(text, find_places(text), blocked or [])]


@pytest.mark.parametrize(
    "text",
    [
        "The Isle of Man flag tanker was boarded at Rio Grande.",
        "A Malta-flagged bulk carrier was boarded at Rio Grande.",
        "The M/V SALDANHA was boarded at Rio Grande.",
        "The cargo ship (VENEZIA) was boarded at Rio Grande.",
        "The M/V (DUBAI PALM) was boarded at Rio Grande.",
    ],
)
def test_flags_and_ships_names_are_not_places(text: str) -> None:
    assert _kept(text) == ["Rio Grande"]


def test_a_berth_or_header_stays_a_place_when_another_reading_claims_it() -> None:
    text = "BANGLADESH: a tanker was robbed while anchored off Chittagong."
    claimed = [(0, 10), (text.index("off Chittagong"), len(text) - 1)]
    assert _kept(text, claimed) == ["off Chittagong", "BANGLADESH"]  # the heading last
    assert _kept("Manila South Anchorage saw a boarding.", [(0, 6)]) == ["Manila"]
    assert _kept("Manila said the ship was freed.", [(0, 6)]) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("It was on a voyage from Merak to Pasir Gudang.", "Pasir Gudang"),
        ("It was on a voyage from Merak to Pasir Gudang.", "Merak"),
        ("The tanker, enroute Fujairah, was chased.", "Fujairah"),
        ("The ship sailed Bangkok on 11 June.", "Bangkok"),
    ],
)
def test_voyages_origins_and_destinations_are_on_route(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase == phrase)
    assert on_route(text, span)


def test_an_actor_country_does_not_move_a_sea() -> None:
    text = "Yemen said a tanker was struck in the Red Sea."
    spans = find_places(text)
    chosen = choose(
        text, spans, (0, len(text)), 0, countries=True, routes="", sentence_fallback=True
    )
    assert chosen is not None and chosen.place.name == "Red Sea"


def test_a_heading_country_moves_the_sea_chosen_in_its_sentence() -> None:
    text = "YEMEN: A tanker was approached by a skiff in the Red Sea."
    spans = candidate_places(text, find_places(text), [])
    at = text.index("approached")
    chosen = choose(
        text, spans, (6, len(text)), at, countries=False, routes="", sentence_fallback=True
    )
    assert chosen is not None and chosen.place.key == "coast:yem:red-sea"


@pytest.mark.parametrize(
    "text",
    [
        "The chemical tanker (DUBAI PRIDE) was boarded at Rio Grande.",
        "The container ship CMA CGM NEW JERSEY was boarded at Rio Grande.",
        "The boxship MAERSK LA GUAIRA was boarded at Rio Grande.",
        "Robbers boarded a bulker at Rio Grande. UKMTO Dubai was informed.",
        "Robbers boarded a bulker at Rio Grande and the IMB PRC Kuala Lumpur was told.",
    ],
)
def test_liners_bracketed_names_and_reporting_centres_are_not_places(text: str) -> None:
    assert _kept(text) == ["Rio Grande"]


def test_a_relation_or_a_berth_keeps_a_place_a_vessel_reading_ran_over() -> None:
    text = "MEN BOARDED A FISHING VESSEL NEAR NINEPIN ISLANDS."
    start = text.index("NEAR")
    assert _kept(text, [(start, len(text) - 1)]) == ["NEAR NINEPIN ISLANDS"]
    text = "A SHIP WAS BOARDED AT ITS BERTH TOAMASINA AND ROBBED."
    start = text.index("ITS")
    assert _kept(text, [(start, text.index(" AND"))]) == ["TOAMASINA"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Pirates hijacked the ship and took it to Hobyo.", "Hobyo"),
        ("A naval vessel escorted the tanker to Bonny.", "Bonny"),
        ("It was due on 31 May at the Malaysian port of Malacca.", "Malacca"),
        ("The ship left Singapore on Nov. 29 for Vladivostok.", "Vladivostok"),
        ("The gang is sailing the yacht to Eyl.", "Eyl"),
    ],
)
def test_where_a_ship_was_taken_or_due_is_on_route(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase == phrase)
    assert on_route(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fighting reached the city of Aden.", ["Aden"]),
        ("A MAERSK SHIP AT SANTOS WAS BOARDED.", ["SANTOS"]),
        (
            "The Reporting Centre in Kuala Lumpur said a tanker was robbed off Bintan.",
            ["off Bintan"],
        ),
    ],
)
def test_a_liner_or_a_centre_named_nearby_leaves_the_place(text: str, kept: list[str]) -> None:
    assert _kept(text) == kept


def _placed(text: str) -> Place | None:
    """Where the product puts the first placed incident of a bulletin."""
    events = extract(Article(text, "urn:test:placing", published=date(2021, 3, 4)))
    return next((event.place for event in events if event.place), None)


def _name_placed(text: str) -> str | None:
    place = _placed(text)
    return place.name if place else None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("TOGO: On 1 March, robbers boarded an anchored tanker and stole stores.", "waters:tgo"),
        (
            "TEBING ISLAND, INDONESIA: Three robbers boarded a tanker at anchor. "
            "They escaped with ropes.",
            "waters:idn",
        ),
        ("(U) NIGERIA: Gunmen kidnapped two crew from a supply boat on 2 March.", "waters:nga"),
    ],
)
def test_a_heading_country_places_the_report_in_its_waters(text: str, key: str) -> None:
    place = _placed(text)
    assert place is not None and place.key == key
    assert place.precision == "region" and place.bbox is not None


def test_a_heading_countrys_waters_point_at_its_main_anchorage() -> None:
    place = _placed("TOGO: On 1 March, robbers boarded an anchored tanker and stole stores.")
    assert place is not None and distance_km(place.point, (6.1, 1.28)) < 20  # Lomé


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Robbers boarded an anchored tanker on 4 May. Two days later police arrested "
            "three men at Tema.",
            "Tema",
        ),
        (
            "Thieves stole mooring ropes from an anchored barge on 9 June. The master "
            "informed Philippine authorities.",
            "Philippines waters",
        ),
        (
            "Robbers stole stores from an anchored tanker on 5 May. The duty officer informed "
            "the Indonesian marine police.",
            "Indonesia waters",
        ),
        (
            "Unnoticed, a robber boarded an anchored bulk carrier on 2 May. Incident "
            "reported to Belawan port control.",
            "Belawan",
        ),
    ],
)
def test_a_report_that_places_its_incident_nowhere_is_set_where_it_names(
    text: str, name: str
) -> None:
    assert _name_placed(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "A Togo-flagged tanker was boarded by robbers on 1 March.",
        "Togo said on 1 March that robbers boarded an anchored tanker.",
        "A tug was robbed on 3 April while sailing towards Sandakan.",
        "Militants fired a missile at a bulk carrier bound for Aden on 19 February. The ship "
        "went on to deliver grain to Mukalla, Yemen.",
        "NIGERIA MEND claims it attacked a flow station on 2 March.",
    ],
)
def test_a_flag_a_voyage_or_a_claimants_country_places_nothing(text: str) -> None:
    assert _placed(text) is None


def test_a_place_told_for_another_incident_does_not_set_an_unplaced_one() -> None:
    text = (
        "Pirates boarded a tanker on 1 March. On 5 March, the bulk carrier Orion Bay was "
        "hijacked off Lagos."
    )
    events = extract(Article(text, "urn:test", published=date(2024, 3, 8)))
    assert [e.place.name if e.place else None for e in events] == [None, "off Lagos"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "GULF OF ADEN: A bulk carrier was underway in position 13-00N 048-45E. "
            "Six armed men in a skiff opened fire on the vessel.",
            "13.0000N 48.7500E",
        ),
        (
            "INDIAN OCEAN: A tanker was underway about 90 nm north of Socotra Island. "
            "Pirates in two skiffs fired upon the tanker.",
            "90 nm N of Socotra",
        ),
        (
            "INDONESIA: A product tanker was at Dumai anchorage on 2 March. "
            "Robbers boarded her and stole stores.",
            "Dumai",
        ),
    ],
)
def test_a_sea_or_heading_only_frames_an_exact_place_inside_it(text: str, name: str) -> None:
    place = _placed(text)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GULF OF ADEN: A tanker bound for Djibouti was fired upon on 2 March.", "Gulf of Aden"),
        (
            "SOUTH CHINA SEA: Robbers boarded a tanker on 2 March. It later sailed to Singapore.",
            "South China Sea",
        ),
    ],
)
def test_a_port_on_a_ships_route_frames_nothing(text: str, name: str) -> None:
    place = _placed(text)
    assert place is not None and place.name == name


def _span(phrase: str) -> PlaceSpan:
    (span,) = find_places(phrase)
    return span


@pytest.mark.parametrize(
    ("finer", "coarser"),
    [
        ("the Singapore Strait", "off Indonesia"),
        ("100 nm east of Socotra", "the Arabian Sea"),
        ("the Gulf of Oman", "the Arabian Sea"),
    ],
)
def test_the_smaller_area_ranks_as_more_specific(finer: str, coarser: str) -> None:
    assert rank(_span(finer).place) < rank(_span(coarser).place)


@pytest.mark.parametrize(
    ("first", "last"), [("the Red Sea", "Yemen"), ("12-30N 045-10E", "the Singapore Strait")]
)
def test_a_position_still_ranks_first_and_a_country_last(first: str, last: str) -> None:
    assert rank(_span(first).place) < rank(_span(last).place)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "COLOMBIA: On 1 March, robbers boarded a tanker anchored at the port of "
            "Buenaventura, near position 03-53N 077-03E.",
            3.883,
            -77.05,
        ),
        (
            "INDIA: On 1 March, thieves boarded a bulk carrier berthed at Haldia port, "
            "vicinity 22-01N 088-04W.",
            22.017,
            88.067,
        ),
        (
            "SOUTH AFRICA: On 1 March, a stowaway boarded a berthed tanker at Durban port, "
            "vicinity 29-52N 031-01E.",
            -29.867,
            31.017,
        ),
    ],
)
def test_a_position_with_a_mistyped_hemisphere_is_read_as_the_place_named_beside_it(
    text: str, lat: float, lon: float
) -> None:
    place = _placed(text)
    assert place is not None and place.resolved_by == "coordinates"
    assert place.point == pytest.approx((lat, lon), abs=0.01)


def test_a_position_far_from_the_port_a_ship_lay_at_gives_way_to_the_port() -> None:
    text = "On 1 March, robbers boarded a tanker anchored at Sandakan port, at 05:49N - 18:07E."
    place = _placed(text)
    assert place is not None and place.name == "Sandakan"


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "On 1 March, pirates fired upon a tanker at 05-00N 060-00E. "
            "The crew was later landed at Mombasa.",
            5.0,
            60.0,
        ),
        (
            "NIGERIA: On 1 March, a tanker was hijacked off Abidjan, Ivory Coast, "
            "near position 04-10N 003-55W.",
            4.167,
            -3.917,
        ),
    ],
)
def test_a_position_that_agrees_with_a_place_or_names_none_stays_as_written(
    text: str, lat: float, lon: float
) -> None:
    place = _placed(text)
    assert place is not None and place.point == pytest.approx((lat, lon), abs=0.01)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two fishermen from Trinidad were among six people killed on 1 March in an attack "
            "off Venezuela.",
            "off Venezuela",
        ),
        ("Gunmen from Sumatra attacked a tug on 1 March off Malaysia.", "off Malaysia"),
        (
            "On 1 March a ferry carrying passengers from Zanzibar was seized in the "
            "Mozambique Channel.",
            "Mozambique Channel",
        ),
    ],
)
def test_a_named_water_outranks_a_land_region_beside_it(text: str, name: str) -> None:
    place = _placed(text)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A tug was attacked on 1 March near Sumatra.", "off Sumatra"),
        (
            "INDONESIA: On 1 March robbers boarded a tug in the Singapore Strait.",
            "Singapore Strait off Indonesia",
        ),
    ],
)
def test_a_region_still_places_when_no_water_is_named_and_a_heading_stays_vaguest(
    text: str, name: str
) -> None:
    place = _placed(text)
    assert place is not None and place.name == name


def test_a_port_outside_a_seas_box_is_another_place_not_one_it_frames() -> None:
    text = (
        "On 2 March drones struck a frigate at Novorossiysk and, later that night, "
        "a tanker near the Kerch Strait."
    )
    assert _kept(text) == ["Novorossiysk", "near the Kerch Strait"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "TAMPA, Fla. – On 9 May Houthi militants fired a missile at the freighter Ilse in "
            "the Red Sea.",
            ["Red Sea"],
        ),
        ("MIAMI — Coast Guard crews stopped a boat near Key West on Tuesday.", ["near Key West"]),
        ("MANAMA (Reuters) - A tanker was struck in the Gulf of Oman on Friday.", ["Gulf of Oman"]),
        ("LAGOS, Nigeria: Robbers boarded a tanker at the outer anchorage.", ["LAGOS, Nigeria"]),
        ("Pirates boarded a tanker off Lagos - the third attack this month.", ["off Lagos"]),
    ],
)
def test_a_datelines_city_is_where_the_story_was_written(text: str, kept: list[str]) -> None:
    assert _kept(text) == kept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "GHANA: Robbers boarded an anchored tanker on 3 May. The incident took place at "
            "Takoradi anchorage.",
            "Takoradi",
        ),
        (
            "NIGERIA: Gunmen kidnapped two crew from a supply boat on 7 June. The attack "
            "occurred near Bonny Island.",
            "Bonny Island",
        ),
        (
            "GULF OF GUINEA: Pirates boarded a product tanker on 9 July. The boarding took "
            "place about 20 nm south of Lome.",
            "20 nm S of Lome",
        ),
        (
            "NIGERIA: Gunmen kidnapped two crew from a supply boat on 7 June. The incident "
            "was reported to port control at Lagos.",
            "Nigeria waters",
        ),
        (
            "Pirates boarded a tanker near Bonny Island on 7 June. The attack occurred in the "
            "Gulf of Guinea.",
            "Bonny Island",
        ),
        (
            "GHANA: Robbers boarded a tanker on 3 May. The attack happened after it left Tema "
            "for Lagos.",
            "Ghana waters",
        ),
    ],
)
def test_an_incident_retold_by_where_it_happened_takes_that_place_if_sharper(
    text: str, name: str
) -> None:
    """A report, a route or a wider water in the retelling changes nothing."""
    assert _name_placed(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "BRAZIL: A yacht was robbed on 2 May while at anchorage of the Belem Yacht Club.",
            "Belem",
        ),
        (
            "PANAMA: A sailing yacht was boarded on 4 March at the anchorage of the Colon "
            "Boat Club.",
            "Colon",
        ),
        (
            "VENEZUELA: Robbers boarded a catamaran on 8 April in the harbour of the Cumana "
            "Sailing Club.",
            "Cumana",
        ),
        (
            "BRAZIL: Members of the Belem Yacht Club said a yacht was robbed on 2 May.",
            "Brazil waters",
        ),
        (
            "PANAMA: A sailing yacht owned by the Colon Boat Club was boarded on 4 March.",
            "Panama waters",
        ),
    ],
)
def test_an_anchorage_of_a_club_named_for_a_port_is_at_that_port(text: str, name: str) -> None:
    assert _name_placed(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "GULF OF ADEN: Pirates fired upon a bulk carrier some 40 miles off Yemen on 2 May.",
            "40 nm off Yemen's Gulf of Aden coast",
        ),
        (
            "GULF OF GUINEA: A product tanker was hijacked 30 nm off the coast of Ghana on "
            "16 July.",
            "30 nm off Ghana",
        ),
        (
            "GULF OF ADEN: Pirates chased a tanker 60 nm south of Yemen on 3 May.",
            "60 nm S of Yemen's Gulf of Aden coast",
        ),
        (
            "GULF OF ADEN: Pirates fired upon a bulk carrier off Yemen on 2 May.",
            "Yemen's Gulf of Aden coast",
        ),
        ("RED SEA: A tanker was approached off the coast of Eritrea on 5 June.", "off Eritrea"),
    ],
)
def test_a_distance_off_a_country_is_measured_from_its_coast_on_the_sea_named(
    text: str, name: str
) -> None:
    """Without a distance, the coast on that sea (or the main coast) alone."""
    assert _name_placed(text) == name


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Somali: Three pirates in a speedboat chased a cargo ship.", "waters:som"),
        ("Nigerian: Gunmen boarded a supply vessel and kidnapped two crew.", "waters:nga"),
        ("(U) Indonesian: Robbers boarded an anchored bulk carrier.", "waters:idn"),
    ],
)
def test_a_heading_demonym_places_the_report_in_that_countrys_waters(text: str, key: str) -> None:
    place = _placed(text)
    assert place is not None and place.key == key


@pytest.mark.parametrize(
    "text",
    [
        "Somali pirates chased a cargo ship and fired upon her.",
        "The Nigerian: a supply vessel was boarded and two crew kidnapped.",
    ],
)
def test_a_demonym_that_heads_nothing_places_nothing(text: str) -> None:
    assert _placed(text) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Pirates chased and fired upon a fishing boat on 3 March. "
            "Malaysian authorities were notified.",
            "waters:mys",
        ),
        (
            "On 5 May gunmen fired upon a trawler and chased it for an hour. "
            "Indonesian marine police later found the crew.",
            "waters:idn",
        ),
        (
            "Armed men shot at a supply boat and pursued it on 2 June. "
            "The Nigerian authorities were informed.",
            "waters:nga",
        ),
    ],
)
def test_the_acts_of_one_unplaced_incident_all_take_the_reports_setting(
    text: str, key: str
) -> None:
    events = extract(Article(text, "urn:test:placing", published=date(2021, 6, 9)))
    assert len(events) >= 2 and all(e.place is not None and e.place.key == key for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Pirates fired upon a tanker on 3 March. On 9 March robbers boarded a bulk carrier. "
        "Malaysian authorities were notified.",
        "Gunmen fired upon a trawler off Lagos on 5 May and chased a tug. "
        "Malaysian authorities were notified.",
    ],
)
def test_acts_of_several_days_or_one_placed_take_no_setting(text: str) -> None:
    events = extract(Article(text, "urn:test:placing", published=date(2021, 6, 9)))
    assert all(e.place is None or e.place.country != "MYS" for e in events)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The bulk carrier was stopped while underway from port of Mykolaiv.", "Mykolaiv"),
        ("She had sailed from the port of Durban two days earlier.", "Durban"),
        ("Pirates chased the tug after it left the harbour of Mombasa.", "Mombasa"),
    ],
)
def test_a_voyage_from_the_port_of_a_place_starts_there(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase == phrase)
    assert from_origin(text, span)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Robbers boarded a tanker in the port of Durban.", "Durban"),
        ("A tanker berthed in the harbour of Mombasa was robbed.", "Mombasa"),
    ],
)
def test_a_port_named_where_a_ship_lay_is_no_origin(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase == phrase)
    assert not from_origin(text, span)


def _place_phrases(text: str) -> list[str | None]:
    events = extract(Article(text, "urn:test", published=date(2025, 6, 20)))
    return [event.place_phrase for event in events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The destroyer USS Porter departed Rota on Monday.", "Rota"),
        ("The frigate HMS Kent departed Portsmouth on 3 May.", "Portsmouth"),
        ("The cruiser USS Normandy departed from Norfolk on Friday.", "Norfolk"),
    ],
)
def test_a_deployment_with_no_destination_starts_where_the_ship_left(text: str, place: str) -> None:
    assert _place_phrases(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The destroyer USS Porter departed Rota on Monday for a patrol in the Black Sea.",
            "Black Sea",
        ),
        ("The frigate HMS Kent sailed from Portsmouth to the Gulf on Monday.", "the Gulf"),
    ],
)
def test_a_deployment_told_with_its_destination_is_placed_there(text: str, place: str) -> None:
    assert _place_phrases(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iran's navy seized the tanker Elsa in the Strait of Hormuz on Friday and said it "
            "would take the ship to Bandar Abbas.",
            "Strait of Hormuz",
        ),
        ("The Guards seized the tanker Elsa on Friday, taking it to Bandar Abbas.", None),
        ("Pirates hijacked the dhow Al Noor on Monday and take it to Hobyo, elders said.", None),
    ],
)
def test_the_port_a_seized_ship_is_taken_to_is_not_where_it_was_seized(
    text: str, place: str | None
) -> None:
    assert _place_phrases(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Guards seized the tanker Elsa near Bandar Abbas on Friday.", "near Bandar Abbas"),
        ("Pirates took the dhow Al Noor off Hobyo on Monday.", "off Hobyo"),
    ],
)
def test_a_port_the_act_happened_at_still_places_it(text: str, place: str) -> None:
    assert _place_phrases(text) == [place]
