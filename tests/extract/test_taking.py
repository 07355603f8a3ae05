"""A ship taken (issue #13): how news tells a seizure by a state's forces and a hijacking
by pirates or militants, and when a boarding or a chase is only the way into one.
Sentences are our own, written after the constructions wire and trade reports use."""

import pytest

from tests.extract.reading import event_types, read


@pytest.mark.parametrize(
    "text",
    [
        "Revolutionary Guard boats forced the tanker Meridian to sail to Bandar Abbas on Monday.",
        "The bulk carrier Kestrel was forced to reverse course and head toward Iranian "
        "territorial waters on Tuesday.",
        "Border guards forced three Ukrainian tugs to steam into the port of Kerch on Sunday.",
        "Iranian patrol craft ordered the container ship Tigris Bay further into Iranian "
        "waters on Thursday.",
    ],
)
def test_a_ship_forced_into_a_states_port_or_waters_is_seized(text: str) -> None:
    assert event_types(text) == ["seizure"]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy weather forced the ferry Nordlys to divert to the port of Bergen on Monday.",
        "The cargo ship Alba was forced to head to the port of Malta after an engine fire.",
        "The tanker Vela was forced to sail into international waters on Friday.",
    ],
)
def test_a_ship_forced_into_port_by_weather_or_breakdown_is_no_seizure(text: str) -> None:
    assert "seizure" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finnish police boarded the tanker Baltic Runner on December 26 and moved it to port "
        "in Porvoo.",
        "Iranian boats intercepted the tanker Talara on Friday and diverted it into Iranian "
        "territorial waters.",
        "The coast guard boarded the trawler Jaya on May 16 and convoyed it to the port of Mumbai.",
    ],
)
def test_forces_boarding_a_ship_and_taking_it_to_port_make_one_seizure(text: str) -> None:
    assert event_types(text) == ["seizure"]


@pytest.mark.parametrize(
    "text",
    [
        "Police boarded the tanker Baltic Runner on December 26 and moved it to a berth for "
        "an inspection.",
        "Robbers boarded the tanker Talara on Friday and stole spare parts before fleeing.",
    ],
)
def test_a_boarding_that_takes_the_ship_nowhere_stays_a_boarding(text: str) -> None:
    assert event_types(text) == ["boarding"]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates in a skiff tried again to commandeer the tanker Aden Star on Wednesday.",
        "Guard boats tried once more to seize the tanker Heritage Bay near Hormuz on Monday.",
        "Gunmen attempted unsuccessfully to hijack the bulk carrier Lila off Benin on Sunday.",
    ],
)
def test_another_try_to_take_a_ship_is_a_pursuit(text: str) -> None:
    assert event_types(text) == ["pursuit"]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates commandeered the tanker Aden Star again on Wednesday.",
        "Guard boats seized the tanker Heritage Bay near Hormuz on Monday, a year after a "
        "first try failed.",
    ],
)
def test_a_ship_taken_is_no_pursuit(text: str) -> None:
    assert "pursuit" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran seized the tanker Talara and its 21 crew in the Gulf of Oman on Friday.",
        "Pirates hijacked the dhow Al Noor and its crew of nine off Eyl on Monday.",
        "Kenyan police impounded the trawler Simba and its crew near Lamu on Sunday.",
    ],
)
def test_a_ship_taken_with_its_crew_is_one_ship(text: str) -> None:
    assert [event.vessel_count for event in read(text)] == [1]


def test_two_ships_taken_together_are_two() -> None:
    text = "Iran seized the tanker Talara and the bulk carrier Niovi on Friday."
    assert [event.vessel_count for event in read(text)] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates fired on the tanker Marisa and boarded it on Monday, taking the crew hostage.",
        "Gunmen shot at the bulk carrier Eos off Lome on Friday and boarded the ship.",
    ],
)
def test_fire_that_brings_boarders_aboard_is_no_strike_of_its_own(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard nabbed the fishing boat Sagar Rani off Alibag on Friday.",
        "Coast guard nabs dhow carrying smuggled diesel off Okha",
        "Port police assumed control of the bulk carrier Arvida at Algeciras on Sunday.",
    ],
)
def test_more_words_for_a_state_taking_a_ship(text: str) -> None:
    assert event_types(text) == ["seizure"]


@pytest.mark.parametrize(
    "text",
    [
        "Police nabbed two deckhands selling fuel at the jetty on Monday.",
        "The new master assumed control of the watch on the bridge at noon.",
    ],
)
def test_those_words_about_people_or_duties_take_no_ship(text: str) -> None:
    assert "seizure" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Russian special forces stormed two Ukrainian artillery boats near Kerch on Sunday.",
            "seizure",
        ),
        ("The tanker Pacific Dawn was stormed by Iranian commandos off Jask on Friday.", "seizure"),
        (
            "Houthi fighters stormed the car carrier Orion Leader in the Red Sea on Sunday.",
            "hijacking",
        ),
        ("Pirates stormed the dhow Al Amal off Hobyo on Tuesday.", "hijacking"),
    ],
)
def test_a_ship_stormed_is_taken_by_whoever_stormed_it(text: str, kind: str) -> None:
    assert event_types(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "A storm battered the bulk carrier Kestrel off Crete on Monday.",
        "Protesters stormed the port authority offices in Piraeus on Monday.",
    ],
)
def test_weather_and_crowds_storm_no_ship(text: str) -> None:
    assert not {"seizure", "hijacking"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police boarded the tanker Baltic Runner on Friday and moved it to port in Porvoo.",
        "Officers took over the yacht Halcyon on Monday and moved her to a quay in Palma.",
        "The coast guard stopped the dhow Safa on Sunday and moved it into the harbour.",
    ],
)
def test_a_merchant_ship_moved_by_its_captors_is_no_deployment(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo moved two destroyers closer to the Senkaku Islands on Friday.",
        "The Navy moved the frigate HMS Kent into the Gulf on Monday.",
    ],
)
def test_warships_moved_are_still_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, next((v.name for v in e.vessels if v.name), None)) for e in read(text)]


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        (
            "Pirates hijack tanker off Togo\n\nArmed men boarded the tanker Aurora Sky off Lome "
            "on Monday, its owner said.",
            "Aurora Sky",
        ),
        (
            "Somali pirates seize bulk carrier\n\nSomali pirates boarded the bulk carrier "
            "Halden Star east of Mogadishu on Tuesday, the EU naval force said.",
            "Halden Star",
        ),
        (
            "Gunmen hijack fishing dhow near Eyl\n\nSeven gunmen boarded the dhow Noor Jahan "
            "near Eyl on Sunday, a Puntland official said.",
            "Noor Jahan",
        ),
    ],
)
def test_boarding_the_ship_a_headline_says_was_hijacked_is_the_hijacking(
    text: str, ship: str
) -> None:
    assert _told(text) == [("hijacking", ship)]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates hijack tanker off Togo\n\nTogolese navy commandos boarded the tanker Aurora "
        "Sky off Lome on Monday and freed its crew.",
        "Pirates hijack tanker off Togo\n\nRobbers boarded the container ship Kota Emas off "
        "Lome on Monday and stole engine spares.",
    ],
)
def test_troops_boarding_or_robbers_boarding_another_kind_of_ship_stay_apart(text: str) -> None:
    assert len(read(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Pirates in two skiffs attacked the cargo ship Nordic Bay off Hobyo on Wednesday. "
        "The Nordic Bay was hijacked and taken toward the coast, officials said.",
        "Gunmen fired on the tanker Delta Mira off Bayelsa on Friday. Hours later the Delta "
        "Mira was hijacked by the same gang, the navy said.",
        "Houthi fighters shot at the car carrier Orion Star on Sunday. The Orion Star was "
        "hijacked and sailed to Hodeidah, the owner said.",
    ],
)
def test_the_attack_that_took_a_ship_folds_into_its_hijacking(text: str) -> None:
    assert event_types(text) == ["hijacking"]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates attacked the cargo ship Nordic Bay off Hobyo on Wednesday. The tanker "
        "Halden Star was hijacked off Eyl on Wednesday, officials said.",
        "Pirates fired on the cargo ship Nordic Bay off Hobyo on Monday. The Nordic Bay was "
        "hijacked on Friday, officials said.",
    ],
)
def test_an_attack_on_another_ship_or_day_is_a_strike_of_its_own(text: str) -> None:
    assert sorted(event_types(text)) == ["hijacking", "strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Two trawlers were held by Somali pirates off Eyl on 4 May.",
        "The tanker Zafiro was held by armed pirates for six days in March.",
        "The pirates escaped with the tanker Corvina and its 24 crew on Monday.",
        "Hijackers steered the bulk carrier Halden Star toward the Somali coast on Tuesday.",
    ],
)
def test_a_ship_held_or_sailed_off_by_pirates_is_hijacked(text: str) -> None:
    assert event_types(text) == ["hijacking"]


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Zafiro was held by the Nigerian navy for six days in March.",
        "Robbers escaped with the ship's stores and two mooring ropes on Monday.",
        "The master steered the bulk carrier Halden Star toward the Somali coast on Tuesday.",
    ],
)
def test_a_ship_held_by_a_state_or_robbed_of_its_stores_is_not_hijacked(text: str) -> None:
    assert "hijacking" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Somali pirates boarded the bulk carrier Nordsee Star on Tuesday about 300 nautical "
        "miles east of Eyl. The hijacked ship is now anchored off the Somali coast, its "
        "manager said.",
        "Pirates boarded the cargo ship Aral Wind in the Gulf of Aden on Monday. Talks on "
        "the release of the vessel and its crew began on Friday.",
        "Gunmen boarded the dhow Al Noor off Socotra on Sunday and have held it since, "
        "using it as a mother ship.",
        "Armed men boarded a chemical tanker off Bayelsa on 3 June. The hijackers switched "
        "off its tracking beacon, the navy said.",
    ],
)
def test_the_one_pirate_boarding_of_a_story_about_a_hijacked_ship_is_the_hijacking(
    text: str,
) -> None:
    assert event_types(text) == ["hijacking"]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded the tanker Sea Lily off Lome on Friday; the crew hid in the citadel "
        "and the pirates left with cash.",
        "Robbers boarded the tanker Sea Lily off Lome on Friday and stole paint. Last year "
        "the hijacked tanker Monjasa Reformer was freed near the same coast.",
        "Robbers boarded the bulk carrier Orla and the tanker Vesta off Batam on Friday. "
        "Hijackers have not been seen in the strait for a decade.",
    ],
)
def test_a_robbery_beside_talk_of_another_hijacking_stays_a_boarding(text: str) -> None:
    assert "hijacking" not in event_types(text)
