"""Which place belongs to an incident told in news prose (issues #13 and #14): not a Coast
Guard unit's home, not a ship's destination or the port it landed its haul at; a clock
time's zone does not cut the sentence before its offset; a later sentence that places
the attack, or a "when" clause after "it happened", says where."""

from datetime import date

import pytest

from maritime.extract import extract
from maritime.extract.placing import on_route
from maritime.extract.sentences import split_sentences
from maritime.geo import find_places
from maritime.geo.distance import distance_km
from maritime.read.article import Article


def _places(text: str) -> list[str | None]:
    events = extract(Article(text, "urn:test:prose-places", published=date(2024, 5, 20)))
    return [event.place.name if event.place else None for event in events]


def _near(text: str, point: tuple[float, float], km: float = 50) -> bool:
    events = extract(Article(text, "urn:test:prose-places", published=date(2024, 5, 20)))
    placed = [event.place for event in events if event.place]
    return bool(placed) and distance_km(placed[0].point, point) <= km


# -- A Coast Guard unit is named for its home, not where its crew acted ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Coast Guard Sector Mobile boat crew stopped a shrimp boat on Monday.",
        "Air Station Clearwater aircrew spotted a raft on Monday and a cutter took the 9 "
        "people aboard.",
        "A Key West station boat crew interdicted a migrant vessel on Monday.",
    ],
)
def test_a_coast_guard_units_home_places_nothing(text: str) -> None:
    assert _places(text) in ([], [None])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sector Miami watchstanders were alerted, and a cutter interdicted the boat near "
            "Alligator Reef on Monday.",
            "Alligator Reef",
        ),
        (
            "A Station Marathon boat crew interdicted a migrant vessel near Sombrero Reef on "
            "Monday.",
            "Sombrero Reef",
        ),
    ],
)
def test_a_unit_named_beside_the_place_leaves_the_place(text: str, name: str) -> None:
    assert _places(text)[0] == name


def test_a_naval_station_a_ship_arrives_at_is_still_a_place() -> None:
    text = "USS Oscar Austin arrived at Naval Station Rota on Monday for a port visit."
    assert _places(text) == ["Rota"]


# -- Where a ship was headed, or landed what it seized, is on its route ---------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Guards seized a tanker headed for Houston in April.", "Houston"),
        ("The ship, headed to Piraeus, was hit by a drone.", "Piraeus"),
        ("Heading: outbound from Jebel Ali, declared destination Mundra, India", "Mundra"),
        (
            "The cutter offloaded 20,000 pounds of cocaine and 500 pounds of marijuana at "
            "Port Everglades on Friday.",
            "Port Everglades",
        ),
        ("The crew off-loaded the seized drugs in San Juan.", "San Juan"),
    ],
)
def test_a_destination_or_an_offload_port_is_on_route(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase.startswith(phrase))
    assert on_route(text, span)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The tanker was seized off Fujairah, the navy said.", "Fujairah"),
        ("Robbers boarded the ship at Dumai anchorage on 2 May.", "Dumai"),
    ],
)
def test_the_place_of_the_act_is_not_on_route(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if phrase in s.phrase)
    assert not on_route(text, span)


def test_an_offload_port_does_not_place_the_seizures_told_after_it() -> None:
    text = (
        "The crew of the cutter Hamilton offloaded 30,000 pounds of cocaine at Port "
        "Everglades on Friday. The crew seized the cocaine in 12 interdictions during a "
        "70-day patrol."
    )
    assert "Miami" not in _places(text)


# -- A clock time's zone goes on with its sentence --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded the bulker at 2:10 p.m. Pakistan time on Friday 400 nm east of Eyl.",
        "The drone hit the tanker at 9 a.m. GMT west of Hodeidah.",
        "The ship was struck at 11:40 p.m. Eastern Time on Sunday off Cape Hatteras.",
    ],
)
def test_a_clock_times_zone_does_not_end_the_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The tanker was hit at 10 p.m. The crew put out the fire.",
        "The minister spoke at 3 p.m. Indian officials later confirmed the seizure.",
    ],
)
def test_a_clock_time_can_still_end_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_an_offset_after_a_clock_times_zone_places_the_boarding() -> None:
    text = (
        "Armed men boarded the MV Karim at 2:10 p.m. Pakistan time on 19 May about 400 nm "
        "east of Eyl."
    )
    assert _places(text) == ["400 nm E of Eyl"]


# -- A later sentence that places the attack ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "A missile hit the bulk carrier Orion in the Gulf of Aden on 19 May. It was "
            "carrying steel to Italy. UKMTO placed the attack about 60 nautical miles "
            "southeast of Aden.",
            (12.08, 45.7),
        ),
        (
            "A drone struck the tanker Cedar in the Red Sea on 19 May. The military put the "
            "strike some 40 nautical miles west of Hodeidah.",
            (14.8, 42.24),
        ),
        (
            "Pirates hijacked the dhow Noor in the Arabian Sea on 19 May. The navy located "
            "the hijacking about 300 nautical miles east of Eyl.",
            (7.98, 54.85),
        ),
    ],
)
def test_a_sentence_placing_the_attack_sharpens_its_place(
    text: str, point: tuple[float, float]
) -> None:
    assert _near(text, point)


@pytest.mark.parametrize(
    "text",
    [
        "A missile hit the bulk carrier Orion in the Gulf of Aden on 19 May. Analysts placed "
        "the blame on Iran, 2,000 nautical miles north of Aden.",
        "A missile hit the bulk carrier Orion in the Gulf of Aden on 19 May. It had loaded "
        "steel about 60 nautical miles east of Jeddah.",
    ],
)
def test_a_sentence_that_places_no_attack_leaves_the_sea(text: str) -> None:
    assert _places(text)[0] == "Gulf of Aden"


# -- "The interdiction occurred ... when ... near X" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The interdiction occurred on Tuesday when a boat crew spotted the raft near "
            "Molasses Reef.",
            "Molasses Reef",
        ),
        (
            "The seizure happened early on 3 May when guards boarded the tanker off Khor Fakkan.",
            "off Khor Fakkan",
        ),
        (
            "The boarding took place on 3 May when robbers climbed aboard at Dumai anchorage.",
            "Dumai",
        ),
    ],
)
def test_a_placeless_it_happened_clause_takes_its_when_clauses_place(text: str, name: str) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # the clause names its own place: the "when" clause's is another incident's
        "The seizure happened off Fujairah on 3 May when a tanker burned off Khor Fakkan.",
        # a "when" clause after an act, not after "it happened", is a time only
        "Guards seized the tanker Sun on 3 May, when it was a week out of Khor Fakkan.",
    ],
)
def test_a_when_clause_does_not_override_a_placed_or_acting_clause(text: str) -> None:
    assert "off Khor Fakkan" not in _places(text)


# -- The place of another, subordinate act on another ship --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A missile struck the tanker off Aden on Monday, the second such attack since a "
            "ship was hit near Hodeidah in March.",
            "off Aden",
        ),
        (
            "A drone hit the bulk carrier Star off Mukalla on Monday, the third such strike "
            "since a tanker was struck near Mokha last month.",
            "off Mukalla",
        ),
        (
            "Pirates boarded the dhow Noor off Eyl on Friday, the first such boarding since a "
            "fishing vessel was boarded near Hobyo in May.",
            "off Eyl",
        ),
    ],
)
def test_a_place_told_after_since_and_another_ships_act_is_that_acts(text: str, name: str) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "Guards seized the tanker on Monday after boarding it off Fujairah.",
        "Guards seized the tanker Sun on Monday, hours after guards boarded the Sun off Fujairah.",
    ],
)
def test_a_subordinate_act_on_the_same_ship_keeps_its_place_for_the_main_act(text: str) -> None:
    assert _places(text)[0] == "off Fujairah"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guards seized the tanker Sun in the Gulf of Oman on Monday, a week after a drone "
            "struck a freighter near Fujairah.",
            "Gulf of Oman",
        ),
        (
            "Pirates boarded the tanker in the Gulf of Guinea on Monday, days after robbers hit "
            "a barge at Lagos anchorage.",
            "Gulf of Guinea",
        ),
        (
            "Robbers boarded the bulk carrier in the Singapore Strait on Friday, a day after "
            "thieves raided a tug near Batam.",
            "Singapore Strait",
        ),
    ],
)
def test_a_sea_is_no_frame_for_another_acts_port(text: str, name: str) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guards seized the tanker Sun in the Gulf of Oman off Fujairah on Monday.",
            "off Fujairah",
        ),
        ("Robbers boarded a tanker in the Gulf of Guinea at Lagos anchorage on Monday.", "Lagos"),
    ],
)
def test_a_sea_still_frames_the_same_acts_port(text: str, name: str) -> None:
    assert _places(text) == [name]


# -- "at Novorossiysk, Russia's main port": the possessive is the country's ----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A sea drone hit the corvette Ivanovets at Novorossiysk, Russia's main Black Sea "
            "naval base, before dawn on Monday.",
            "Novorossiysk",
        ),
        (
            "Guards detained the tanker Coral at Bandar Abbas, Iran's busiest port, on 2 May.",
            "Bandar Abbas",
        ),
        (
            "A missile struck the freighter Lyra off Hodeidah, Yemen's main Red Sea port, on "
            "Sunday.",
            "off Hodeidah",
        ),
    ],
)
def test_a_port_named_with_its_country_keeps_its_place_before_the_possessive(
    text: str, name: str
) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia's navy struck the tanker Coral in the Black Sea on Monday.", "Black Sea"),
        ("Yemen's Houthis fired a missile at the freighter Lyra on Sunday.", None),
    ],
)
def test_a_countrys_possessive_alone_is_still_no_place(text: str, name: str | None) -> None:
    assert _places(text)[0] == name


# -- A country's coast named alone, in a story about one of its seas ------------------------


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "The campaign moved to the eastern Pacific last week. On 21 October a strike "
            "killed three men on a boat off Colombia.",
            (4.0, -77.8),  # its Pacific coast, not its Caribbean one
        ),
        (
            "Iran has seized several ships near the Strait of Hormuz. On 11 January the navy "
            "seized the tanker Delta Star off Oman.",
            (26.4, 56.6),  # Musandam, on the strait, not the Arabian Sea shore
        ),
        (
            "Washington widened its campaign to the eastern Pacific last month. On 3 November "
            "a drone hit a boat off Mexico, killing four.",
            (17.0, -101.0),  # its Pacific coast, not the Gulf of Mexico
        ),
    ],
)
def test_a_country_named_alone_takes_its_coast_on_the_storys_sea(
    text: str, point: tuple[float, float]
) -> None:
    assert _near(text, point, km=100)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no sea told: its main coast
        ("On 21 October a strike killed three men on a boat off Colombia.", "off Colombia"),
        # a sea it has no coast on says nothing of which coast
        (
            "Houthi attacks in the Gulf of Aden continue. On 11 January the navy seized the "
            "tanker Delta Star off Oman.",
            "off Oman",
        ),
    ],
)
def test_a_country_named_alone_keeps_its_main_coast_without_a_sea_of_its_own(
    text: str, name: str
) -> None:
    assert name in _places(text)


# -- "32 miles south of the island", "off the same coast": a place named before ---------------


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "A cutter crew interdicted a migrant boat about 20 miles south of Key West on "
            "Monday. On Tuesday a boat crew interdicted a sailboat about 30 miles south of "
            "the island.",
            (24.05, -81.8),  # from Key West, not from the first raft's spot
        ),
        (
            "Pirates boarded a tanker at Lome anchorage on 2 May. On 9 May robbers boarded a "
            "bulk carrier 40 nautical miles south of the port.",
            (5.47, 1.28),
        ),
        (
            "Guards detained a dhow 10 nautical miles east of Bandar Lengeh on 3 May. A "
            "second dhow was seized on 5 May some 25 nautical miles west of the town.",
            (26.55, 54.41),
        ),
    ],
)
def test_an_offset_from_the_island_or_port_is_measured_from_the_place_named_before(
    text: str, point: tuple[float, float]
) -> None:
    events = extract(Article(text, "urn:test:prose-places", published=date(2024, 5, 20)))
    last = events[-1].place
    assert last is not None and distance_km(last.point, point) <= 30


def test_off_the_same_coast_is_the_coast_named_before() -> None:
    text = (
        "A drone hit the bulker Orion off Hodeidah on 6 May. The tanker Lyra sank on 8 May "
        "after an attack on it off the same coast."
    )
    events = extract(Article(text, "urn:test:prose-places", published=date(2024, 5, 20)))
    assert [e.place.name if e.place else None for e in events] == ["off Hodeidah"] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the port of another place is that place, not the one before
        (
            "Pirates boarded a tanker at Lome anchorage on 2 May. On 9 May robbers boarded a "
            "bulk carrier 40 nautical miles south of the port of Cotonou.",
            "40 nm S of Cotonou",
        ),
        # the port's authority speaks; it places nothing
        (
            "Pirates boarded a tanker at Lome anchorage on 2 May. On 9 May robbers boarded a "
            "bulk carrier 40 nautical miles out, the port authority said.",
            None,
        ),
    ],
)
def test_the_port_of_another_place_or_its_authority_is_no_pointer_back(
    text: str, name: str | None
) -> None:
    assert _places(text)[-1] == name


# -- "The ship was drifting about 400 nm east of Eyl": where the ship lay, told after -------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pirates boarded the tanker Coral in the Indian Ocean on Monday. The crew hid in "
            "the citadel. The ship was drifting about 400 nautical miles east of Eyl.",
            "400 nm E of Eyl",
        ),
        (
            "A drone hit the bulk carrier Star in the Red Sea on Monday. The vessel was "
            "sailing some 50 nautical miles west of Hodeidah at the time.",
            "50 nm W of Hodeidah",
        ),
        (
            "Pirates seized the dhow Noor in the Arabian Sea on 2 May. It was then about 200 "
            "nautical miles south of Socotra.",
            "200 nm S of Socotra",
        ),
    ],
)
def test_where_the_ship_lay_after_an_ocean_wide_act_places_it(text: str, name: str) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pirates boarded the tanker Coral in the Indian Ocean on Monday. The ship was "
            "sailing from Sikka to Durban.",
            "Indian Ocean",
        ),
        (
            "A drone hit the bulk carrier Star in the Red Sea on Monday. Shipping analysts "
            "said traffic 50 nautical miles west of Hodeidah had thinned.",
            "Red Sea",
        ),
    ],
)
def test_a_voyage_or_a_place_of_no_ship_leaves_the_sea(text: str, name: str) -> None:
    assert _places(text)[0] == name


# -- "An incident about 20 nm east of Khor Fakkan was reported": the act just told ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guards seized the tanker Vela in the Strait of Hormuz on Friday. The ship had "
            "loaded fuel at Ajman. An incident about 15 nautical miles east of Fujairah was "
            "reported to UKMTO.",
            "15 nm E of Fujairah",
        ),
        (
            "Pirates hijacked the dhow Noor in the Arabian Sea on Friday. Word reached the navy "
            "of a possible piracy incident aboard the Noor about 120 nautical miles south of "
            "Socotra.",
            "120 nm S of Socotra",
        ),
        (
            "Navy commandos boarded the fishing boats Iman and Naeemi in the Arabian Sea on 29 "
            "January. Both operations took place about 800 nautical miles west of Kochi.",
            "800 nm W of Kochi",
        ),
    ],
)
def test_an_incident_placed_in_a_later_sentence_takes_that_place(text: str, name: str) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guards seized the tanker Vela in the Strait of Hormuz on Friday. An earlier "
            "incident about 15 nautical miles east of Fujairah was reported in May.",
            "Strait of Hormuz",
        ),
        (
            "Pirates hijacked the dhow Noor in the Arabian Sea on Friday. The incident was "
            "reported two days after a navy drill 300 nautical miles east of Eyl.",
            "Arabian Sea",
        ),
    ],
)
def test_an_earlier_or_another_incidents_place_is_not_taken(text: str, name: str) -> None:
    assert _places(text)[0] == name


# -- One act told twice: the distance and bearing pin down the place told alone -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A sea drone hit the tanker Sig south of the Kerch Strait late on Friday. Officials "
            "said the Sig was struck about 30 nautical miles south of the Kerch Strait.",
            "30 nm S of Kerch Strait",
        ),
        (
            "Houthi missiles hit the bulk carrier Star in the Gulf of Aden on Monday. UKMTO "
            "said the Star was hit 60 nautical miles east of Aden.",
            "60 nm E of Aden",
        ),
        (
            "A drone struck the tanker Coral in the Red Sea on 3 May. The Coral was struck "
            "about 40 nautical miles west of Hodeidah, the navy said.",
            "40 nm W of Hodeidah",
        ),
    ],
)
def test_an_offset_told_again_pins_down_the_sea_told_first(text: str, name: str) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an offset far outside the sea is another incident's, not a sharper place
        (
            "A drone hit the tanker Sig in the Black Sea on Friday. Officials said the Sig was "
            "struck on Friday about 30 nautical miles south of Gibraltar.",
            "Black Sea",
        ),
        # a port told first is sharper than any offset
        (
            "A drone hit the tanker Sig at Novorossiysk on Friday. Officials said the Sig was "
            "struck on Friday about 30 nautical miles south of the Kerch Strait.",
            "Novorossiysk",
        ),
    ],
)
def test_an_offset_told_again_keeps_a_port_or_a_sea_it_lies_outside(text: str, name: str) -> None:
    assert _places(text)[0] == name


# -- Where an official spoke is not where the act was -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Guards seized the tanker Vela on 3 May, a spokesman told reporters in Tehran.",
        "Speaking in Manila on Monday, the minister said Chinese ships had rammed a supply "
        "boat on Sunday.",
        "US forces struck a boat on 3 May, the secretary said at a news conference in Washington.",
    ],
)
def test_the_city_an_official_spoke_in_places_nothing(text: str) -> None:
    assert _places(text) == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chinese ships rammed a supply boat near Second Thomas Shoal on Sunday, officials "
            "said in Manila.",
            "Second Thomas Shoal",
        ),
        # an act in the port itself is still placed there
        (
            "Guards seized the tanker Vela in Bandar Abbas on 3 May, a spokesman said.",
            "Bandar Abbas",
        ),
    ],
)
def test_the_acts_own_place_stays_beside_where_officials_spoke(text: str, name: str) -> None:
    assert _places(text) == [name]


# -- "seized 3 tons of cocaine from the Eastern Pacific": the waters of the haul --------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Coast Guard seized 3 tons of cocaine from the Eastern Pacific during a patrol "
            "in May.",
            "Eastern Pacific Ocean",
        ),
        (
            "Cutter crews interdicted 40 smugglers from the Caribbean Sea in March.",
            "Caribbean Sea",
        ),
        (
            "The crew confiscated 900 kilograms of cocaine from a go-fast in the western "
            "Caribbean in April, and took three men into custody from the Caribbean.",
            "western Caribbean Sea",
        ),
    ],
)
def test_waters_a_haul_was_taken_from_place_the_seizure(text: str, name: str) -> None:
    assert _places(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Vela, which had sailed from the Red Sea, was seized on 3 May.",
        "Guards seized the tanker Vela on 3 May; it had come from Basra.",
    ],
)
def test_a_voyage_from_a_sea_or_port_still_places_no_seizure(text: str) -> None:
    assert _places(text) == [None]


# -- "France, Italy and Greece are also sending warships": the senders are no place ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The frigate Hessen sailed for the Red Sea on 8 February. France, Italy and Greece "
            "are also sending warships.",
            "Red Sea",
        ),
        (
            "Houthi attacks on shipping in the Red Sea go on. Britain, Denmark and Greece have "
            "also deployed frigates.",
            "Red Sea",
        ),
        (
            "Tension rose in the Strait of Hormuz in May. Spain and Portugal have also "
            "deployed frigates.",
            "Strait of Hormuz",
        ),
    ],
)
def test_states_sending_ships_are_not_where_they_go(text: str, name: str) -> None:
    assert _places(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The navy deployed a destroyer to Venezuela on 3 May.", "Venezuela"),
        ("Washington deployed destroyers off Venezuela on 3 May.", "off Venezuela"),
    ],
)
def test_a_state_ships_are_sent_to_is_still_the_place(text: str, name: str) -> None:
    assert _places(text) == [name]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("She sailed from Nikolayev to the port of Constanta when she was stopped.", "Constanta"),
        ("The barge left Dumai for the port of Singapore on Monday.", "Singapore"),
        ("A ferry from Bari to the city of Durres was searched.", "Durres"),
    ],
)
def test_a_destination_written_as_the_port_of_is_on_route(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase.startswith(phrase))
    assert on_route(text, span)


# -- "in that part of the sea": the place told before -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A drone struck the tanker Vela off Sevastopol on 2 May. On 5 May aircraft "
            "destroyed two boats in that part of the sea.",
            "off Sevastopol",
        ),
        (
            "Guards seized a dhow near Larak Island on 2 May. On 6 May they seized another "
            "dhow in the same stretch of water.",
            "Larak Island",
        ),
        (
            "Pirates boarded a tanker off Bonny on 2 May. On 9 May robbers boarded a barge in "
            "this part of the coast.",
            "off Bonny Island",
        ),
    ],
)
def test_that_part_of_the_sea_is_the_place_told_before(text: str, name: str) -> None:
    assert _places(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # with nothing told before it points nowhere
        "On 5 May aircraft destroyed two boats in that part of the sea.",
        # a part of the ship is no part of the sea
        "On 5 May a drone hit the tanker Vela in the part of the ship above the waterline.",
    ],
)
def test_a_part_pointing_nowhere_places_nothing(text: str) -> None:
    assert _places(text) == [None]


# -- "in the Singapore Strait's eastbound lane": a sea in the possessive is still the place ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Robbers boarded the tanker Vela in the Singapore Strait's eastbound lane on 3 May.",
            "Singapore Strait",
        ),
        (
            "A drone hit the bulk carrier Star in the Gulf of Aden's eastern reaches on 3 May.",
            "Gulf of Aden",
        ),
        ("Guards seized a dhow in the Persian Gulf's shallow waters on 3 May.", "Persian Gulf"),
    ],
)
def test_a_sea_in_the_possessive_still_places_the_act(text: str, name: str) -> None:
    assert _places(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hodeidah's governor said a drone hit the tanker Vela on 3 May.",
        "Iran's navy seized the tanker Vela on 3 May.",
    ],
)
def test_a_port_or_country_in_the_possessive_is_still_no_place(text: str) -> None:
    assert _places(text) == [None]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The yacht departed Roatan, Bay Islands, Honduras, for San Andres on Monday.",
            "Bay Islands",
        ),
        ("The tug left Port Harcourt, Rivers State, for Lagos at dawn.", "Rivers State"),
        ("The dhow left the port of Bosaso, Puntland, for Mukalla.", "Puntland"),
    ],
)
def test_names_beside_the_port_a_ship_left_are_its_origin(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase.startswith(phrase))
    assert on_route(text, span)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The ship was four miles from the fairway buoy, Lagos Roads, when robbers boarded.",
            "Lagos",
        ),
        ("Pirates left Eyl, Somalia's pirate haven, and attacked a tanker off Hobyo.", "off Hobyo"),
    ],
)
def test_a_place_after_a_bare_from_or_after_the_act_is_no_origin(text: str, phrase: str) -> None:
    span = next(s for s in find_places(text) if s.phrase.startswith(phrase))
    assert not on_route(text, span)


# -- Another day's act, dated by words of its own, is not placed where the story is --------


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded the tanker Mira off Lome on Tuesday. The gang had robbed the trawler "
        "Sea Star three days earlier.",
        "Houthi forces struck the tanker Vega in the Red Sea on Monday. The group had struck "
        "the freighter Lark two weeks earlier.",
        "Pirates hijacked the bulk carrier Orion on Tuesday about 500 nautical miles east of "
        "Mogadishu. The attackers came from a fishing dhow that they had hijacked several "
        "days earlier.",
    ],
)
def test_an_earlier_act_told_in_passing_takes_no_place_from_the_story(text: str) -> None:
    first, earlier = _places(text)
    assert first is not None and earlier is None


@pytest.mark.parametrize(
    "text",
    [
        "The navy intercepted the dhow Safa in the Gulf of Aden on Monday. Hours later, "
        "commandos boarded the dhow Safa.",
        "Pirates attacked the tanker Lira off Lome on Tuesday. Marines later boarded the "
        "tanker Lira and freed its crew.",
    ],
)
def test_a_later_step_of_the_same_day_keeps_the_storys_place(text: str) -> None:
    places = _places(text)
    assert len(places) == 2 and places[0] is not None and places[1] == places[0]


# -- "the shoal", "off the island": the last place of that kind, not the last place told ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A Chinese coast guard ship blocked a Philippine supply boat at Second Thomas Shoal "
            "on Saturday. The same day a Chinese ship rammed a Philippine patrol vessel in the "
            "South China Sea. On Sunday, coast guard ships fired water cannon at two fishing "
            "boats near the shoal.",
            "Second Thomas Shoal",
        ),
        (
            "Chinese ships shadowed a Philippine patrol boat near Sabina Shoal on Monday. On "
            "Tuesday a Chinese vessel rammed a Philippine research ship in the South China Sea. "
            "On Wednesday coast guard vessels chased two fishing boats away from the reef.",
            "Sabina Shoal",
        ),
        (
            "Pirates boarded the tanker Mira off Bonny Island on Tuesday. On Wednesday gunmen "
            "attacked the trawler Lark in the Gulf of Guinea. On Thursday the gang hijacked a "
            "supply boat off the island.",
            "Bonny Island",
        ),
        (  # no shoal named before: the story's waters
            "A Chinese ship rammed a Philippine patrol vessel in the South China Sea on Tuesday. "
            "On Wednesday coast guard ships fired water cannon at two fishing boats near the "
            "shoal.",
            "South China Sea",
        ),
        (  # a port named before is no reef
            "Robbers boarded the tanker Vela at Lagos anchorage on Monday. On Tuesday gunmen "
            "attacked the trawler Lark in the Gulf of Guinea. On Wednesday robbers boarded a "
            "barge near the reef.",
            "Gulf of Guinea",
        ),
    ],
)
def test_a_place_pointed_back_to_by_its_kind_is_the_last_of_that_kind(text: str, name: str) -> None:
    assert _places(text)[-1] == name


# -- A deployment is where it is sent, not a waypoint on the way ----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The cutter Vigor departed Portsmouth on April 2 for the Eastern Pacific, transiting "
            "the Panama Canal.",
            "Eastern Pacific Ocean",
        ),
        ("The destroyer was sent to the Red Sea via the Suez Canal on Monday.", "Red Sea"),
        (
            "The carrier strike group was deployed to the Arabian Sea by way of the Strait of "
            "Gibraltar on Friday.",
            "Arabian Sea",
        ),
        # with nothing else named, the waypoint is where the ship was; an act is where it was
        ("The destroyer transited the Suez Canal on Monday.", "Suez Canal"),
        (  # the passage a force came in through is where it was that day
            "The carrier and two destroyers entered the Caribbean Sea on Sunday through the "
            "Mona Passage.",
            "Mona Passage",
        ),
        (
            "A cargo ship was struck by a drone on Monday while transiting the Bab el-Mandeb.",
            "Bab el-Mandeb",
        ),
    ],
)
def test_a_deployment_is_placed_where_it_goes_not_on_the_way(text: str, name: str) -> None:
    assert _places(text) == [name]


# -- Where captors took a ship afterwards is not where they took it --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Finnish police boarded the tanker Eagle S in the Gulf of Finland on Thursday and "
            "took it to an anchorage off Porvoo.",
            "Gulf of Finland",
        ),
        (
            "Iranian guards seized the tanker Niovi in the Strait of Hormuz on Wednesday and "
            "escorted it to a naval base near Bandar Abbas.",
            "Strait of Hormuz",
        ),
        (
            "Navy commandos captured the dhow Safa in the Arabian Sea on Monday and brought it "
            "to an anchorage outside Karachi.",
            "Arabian Sea",
        ),
        # an anchorage the act happened at is its place
        ("Guards seized the tanker Vela at an anchorage off Fujairah on Friday.", "off Fujairah"),
        ("Robbers boarded the tanker Mira at the anchorage off Lagos on Sunday.", "off Lagos"),
    ],
)
def test_an_anchorage_or_base_a_ship_was_taken_to_is_on_route(text: str, name: str) -> None:
    assert _places(text) == [name]
