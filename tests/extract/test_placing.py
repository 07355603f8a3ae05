"""Which named place locates an incident: flags, ships' names and voyages are not places."""

import pytest

from maritime.extract.placing import candidate_places, choose, on_route
from maritime.geo import find_places


def _kept(text: str, blocked: list[tuple[int, int]] | None = None) -> list[str]:
    return [s.phrase for s in candidate_places(text, find_places(text), blocked or [])]


@pytest.mark.parametrize(
    "text",
    [
        "The Isle of Man flag tanker was boarded at Rio Grande.",
        "A Malta-flagged bulk carrier was boarded at Rio Grande.",
        "The M/V SALDANHA was boarded at Rio Grande.",
        "The cargo ship (VENEZIA) was boarded at Rio Grande.",
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
