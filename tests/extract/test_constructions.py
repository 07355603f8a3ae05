"""Constructions of real prose the lexicon reads (issue #13: deployment wording, press-release
verbs, purpose clauses and other non-acts). Sentences are our own."""

from datetime import date

import pytest

from maritime.extract import extract
from maritime.read.article import Article
from tests.extract.reading import event_types

PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "The Theodore Roosevelt Carrier Strike Group arrived in Busan on Tuesday for a port visit.",
        "The Eisenhower Carrier Strike Group entered the Mediterranean on Monday.",
        "The Nimitz Carrier Strike Group docked in Da Nang on Wednesday.",
    ],
)
def test_a_strike_group_arriving_is_a_deployment_not_a_strike(text: str) -> None:
    assert event_types(text) == ["deployment"]


def test_a_named_strike_group_is_a_naval_force() -> None:
    assert event_types("The Carl Vinson Strike Group arrived in Manila on Friday.") == [
        "deployment"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The frigate Alvaro de Bazan joined a deployment meant to deter attacks on shipping.",
        "Eight navies run an operation to protect merchant ships from attacks in the Red Sea.",
        "The patrols, aimed at preventing seizures of tankers, continued on Monday.",
        "The cutters sailed on Monday to help stop hijackings of fishing boats off Somalia.",
    ],
)
def test_what_a_purpose_clause_names_did_not_happen(text: str) -> None:
    assert not {"strike", "seizure", "hijacking"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Houthi drones attacked the tanker Delta Star on Monday, weeks after a mission to deter "
        "such raids began.",
        "Pirates hijacked the trawler Amina off Eyl on Tuesday to hold its crew for ransom.",
        "Iran seized the tanker Kaveh on Monday to protest the seizure of its own ship.",
    ],
)
def test_an_act_followed_by_its_purpose_still_happened(text: str) -> None:
    assert {"strike", "seizure", "hijacking"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "The destroyer USS Mason shot down two drones over the Red Sea on Tuesday.",
        "The frigate HMS Diamond intercepted and shot down a missile aimed at shipping on Monday.",
        "Container lines diverted their ships around the Cape of Good Hope last month.",
        "Marines came aboard the amphibious ship Bataan in Norfolk on Monday.",
        "Passengers boarded the ferry Star Aurora in Piraeus on Sunday.",
        "A missile launched toward the destroyer USS Gravely was intercepted on Tuesday.",
        "Further attacks on tankers off Ghana are likely in the coming weeks.",
        "The crew handed two smugglers to the Caribbean Strike Force on Monday.",
        "Masters are advised to report suspicious approaches to the centre.",
        "Officials said cutters regularly patrol the Eastern Pacific.",
    ],
)
def test_things_that_are_not_incidents(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The cutter Tampa interdicted a go-fast boat off Colombia on Monday and seized 700 "
            "kilograms of cocaine.",
            "seizure",
        ),
        (
            "The cutter Thetis conducted an interdiction near Aruba on Tuesday, seizing marijuana "
            "bales.",
            "seizure",
        ),
        (
            "A cutter crew interdicted a rustic vessel carrying 18 Cuban migrants near Marathon on "
            "Friday.",
            "boarding",
        ),
        ("Thirty Haitian migrants were interdicted off Great Inagua on Saturday.", "boarding"),
        ("Police took custody of the fishing boat Kasih off Johor on Monday.", "seizure"),
        ("The cutter Munro fired disabling shots at a panga off Ecuador on Sunday.", "strike"),
    ],
)
def test_press_release_verbs(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pirates shot down the drone and opened fire on the warship INS Kolkata on Friday.",
        "Houthi forces fired two missiles at the tanker Sea Rose on Monday; one was shot down.",
        "The master was advised to anchor, and the navy boarded the tanker Nora on Monday.",
    ],
)
def test_an_act_beside_a_non_act_still_happened(text: str) -> None:
    assert {"strike", "boarding"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Two frigates and an attack submarine were sent to the region in May.",
        "Iran showed its fast-attack boats to reporters in Bandar Abbas on Monday.",
        "Cutters handed the smugglers to a joint strike force in San Juan on Friday.",
    ],
)
def test_attack_and_strike_as_modifiers_tell_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Further attacks on tankers off Togo and Benin are possible in the coming weeks.",
        "More hijackings of fishing boats near Sumatra and Borneo are likely this season.",
        "Seizures of tankers near Kharg and Bushehr are feared in the coming days.",
    ],
)
def test_a_forecast_about_two_named_places_is_no_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pirates boarded the tanker Sea Lion off Lome and Nigerian forces were sent to the "
            "scene on Monday.",
            "boarding",
        ),
        ("The navy seized the tanker Orion and the crew were detained on Monday.", "seizure"),
    ],
)
def test_an_act_before_and_a_new_subject_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on merchant ships in the Gulf of Aden have picked up since the spring.",
        "Armed robberies against tankers off Batam rose sharply in the first half of the year.",
        "Seizures of fishing boats by the coast guard fell by a third in 2023.",
    ],
)
def test_a_count_that_rose_or_fell_is_a_trend_not_an_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pirates hijacked the trawler Ruby Star off Eyl on Monday as attacks rose.", "hijacking"),
        ("The attack on the tanker Nordic Gale on Monday killed two sailors.", "strike"),
    ],
)
def test_an_act_beside_a_trend_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ships linked to the Ofer family have also been hit before.",
        "Tankers managed by the firm have been attacked in the past.",
        "The strike was the latest in a spate of attacks that followed a lull in March.",
    ],
)
def test_acts_done_before_or_told_as_a_run_are_background(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tanker Vega was hit by a missile before dawn on Monday.", "strike"),
        (
            "Pirates boarded the tanker Sea Fox on Monday in a spate of attacks that has "
            "alarmed owners.",
            "boarding",
        ),
    ],
)
def test_an_act_with_its_own_time_beside_a_run_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Owners reported a rise in incidents of thieves boarding ships at the Dumai anchorage.",
        "Most raids have come from Puntland since the surge in hijackings began in 2009.",
        "Insurers blamed higher premiums on a spike in robbers boarding tankers off Luanda.",
        "Ships were boarded in 85% of the incidents the bureau logged last year.",
        "Robbers got aboard 9 percent of the tankers they approached in the strait.",
    ],
)
def test_a_rise_in_acts_or_a_share_of_them_is_a_statistic(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amid a surge in piracy, robbers boarded the tanker Kota Laju off Batam on Monday.",
            "boarding",
        ),
        (
            "Pirates hijacked the dhow Al Noor on Friday, the first rise in attacks since May.",
            "hijacking",
        ),
        (
            "The frigate shadowed the shadow fleet tanker Sun Orchid off Gotland on Sunday.",
            "pursuit",
        ),
    ],
)
def test_an_act_told_beside_a_count_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned the owners of shadow fleet tankers on Tuesday.",
        "Denmark began checking the insurance of shadow-fleet tankers off Skagen.",
        "Estonia wants to inspect shadow-fleet ships that cross its waters.",
        "Boarding teams usually reach a suspect dhow in rigid-hulled inflatable boats.",
        "Boarding parties usually search a dhow's hold for weapons.",
    ],
)
def test_shadow_fleet_and_boarding_teams_name_kinds_not_acts(text: str) -> None:
    assert not {"pursuit", "boarding"} & set(event_types(text))


def _events(title: str, body: str, published: date) -> list:
    """A page copied whole: its headline stands again at the top of its text."""
    return list(
        extract(Article(f"{title}\n\n{body}", "urn:test", title=title, published=published))
    )


@pytest.mark.parametrize(
    ("title", "body", "published", "day"),
    [
        (
            "Kidd arrives in Busan for port visit",
            "NEWS | March 5, 2024\n\nThe destroyer USS Kidd (DDG 100) arrived in Busan, March 3, "
            "for a port visit.",
            date(2024, 3, 5),
            date(2024, 3, 3),
        ),
        (
            "USS RALPH JOHNSON (DDG 114) Arrives in Sasebo",
            "The guided-missile destroyer USS Ralph Johnson arrived in Sasebo, April 7, for a "
            "scheduled visit.",
            date(2024, 4, 9),
            date(2024, 4, 7),
        ),
        (
            "Houthis strike Marlin Star in the Gulf of Aden",
            "Houthi militants struck the M/T Marlin Star in the Gulf of Aden on Jan. 26, and the "
            "crew put out a fire.",
            date(2024, 1, 28),
            date(2024, 1, 26),
        ),
    ],
)
def test_a_headline_retells_the_act_its_text_dates(
    title: str, body: str, published: date, day: date
) -> None:
    events = _events(title, body, published)
    assert [(e.date_start, e.date_end) for e in events] == [(day, day)]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Frigate Hessen arrives in Djibouti",
            "The frigate HMS Diamond arrived in Djibouti on March 3 for a port visit.",
        ),
        (
            "Kidd arrives in Busan",
            "The destroyer USS Kidd arrived in Busan on Feb. 2. The destroyer USS Kidd arrived in "
            "Manila on March 3.",
        ),
    ],
)
def test_a_headline_or_a_date_apart_is_another_act(title: str, body: str) -> None:
    assert len(_events(title, body, date(2024, 3, 5))) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "On May 2, French forces intercepted a stateless dhow in the Arabian Sea. Sailors "
        "boarded the vessel and found 3,000 rifles.",
        "Indian sailors intercepted a fishing skiff off Socotra on Tuesday. Marines then boarded "
        "the skiff with support from a helicopter.",
        "A Greek patrol boat intercepted an inflatable boat south of Crete on 9 July. Officers "
        "boarded the boat and took 40 people aboard.",
    ],
)
def test_an_interception_ending_in_a_boarding_is_the_boarding(text: str) -> None:
    assert event_types(text) == ["boarding"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired rocket-propelled grenades at the bulk carrier Orient Pearl and boarded it "
        "off Hobyo on Saturday.",
        "Six pirates shot at the chemical tanker Zeta Bay before scrambling aboard it south of "
        "Mukalla on Wednesday.",
        "Armed men opened fire on the dhow Noor Jahan and hijacked it near Socotra last Friday.",
    ],
)
def test_fire_that_brings_boarders_aboard_is_part_of_the_boarding(text: str) -> None:
    assert "strike" not in event_types(text) and {"boarding", "hijacking"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iranian boats intercepted the tanker Talara on 3 May. On 9 May, guards boarded a dhow "
        "near Qeshm.",
        "Chinese coast guard ships intercepted the supply boat Lapu Lapu near the shoal on "
        "Sunday. Troops boarded the fishing boat Sea Lion on Monday.",
    ],
)
def test_an_interception_and_a_boarding_apart_stay_two(text: str) -> None:
    assert sorted(event_types(text)) == ["boarding", "pursuit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's navy seized the tanker Talara on Friday and said it would take the ship to "
            "port.",
            "seizure",
        ),
        (
            "Coast guard officers detained the trawler Hai Feng on 4 May and then said they would "
            "fine its owner.",
            "seizure",
        ),
        (
            "Houthi fighters attacked the tanker Sounion on Wednesday and vowed they would strike "
            "more ships.",
            "strike",
        ),
    ],
)
def test_a_modal_in_a_coordinated_statement_leaves_the_act(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy said it would seize the tanker Talara and warned other ships to stay away.",
        "Officials said guards could board the tanker Elsa and said they would decide on Monday.",
    ],
)
def test_a_modal_before_the_act_still_makes_it_unreal(text: str) -> None:
    assert not {"seizure", "boarding"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Manila said a sailor lost a thumb in what it described as a deliberate ramming by "
        "Chinese boats on Monday.",
        "Kyiv condemned what it branded as the hijacking of the grain ship Sukru Okan by Russia.",
        "The crew was hurt in what the ministry characterised as an attack on the trawler Lotus.",
    ],
)
def test_one_sides_name_for_what_happened_is_a_claim(text: str) -> None:
    assert not {"strike", "hijacking"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "What officials described as a routine patrol ended when the frigate rammed the trawler "
        "Lotus on Friday.",
        "The navy said Chinese boats rammed the supply boat Unaizah May 4 on Monday in the shoal.",
    ],
)
def test_an_act_told_beside_a_description_still_happened(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Related: Houthis attack Greek-owned tanker in Red Sea",
        "Photo: The tanker Sounion burns in the Red Sea after an attack in August.",
        "READ MORE: Pirates hijack bulk carrier off Somalia",
    ],
)
def test_page_furniture_tells_no_incident(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Photographs showed Houthi boats attacking the tanker Delta Star on Monday.",
        "More than 20 pirates hijacked the bulk carrier Ruen off Socotra on 14 December.",
    ],
)
def test_a_line_that_only_begins_like_furniture_is_read(text: str) -> None:
    assert event_types(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Beijing accused the Philippine supply vessel of deliberately ramming a Chinese coast "
        "guard ship.",
        "Moscow accused the Ukrainian navy's sea drones of attacking the tanker Sig on Friday.",
        "Manila has accused two China Coast Guard cutters of ramming the patrol boat Cabra.",
    ],
)
def test_an_accusation_is_one_sides_claim(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese coast guard ships rammed the supply boat Unaizah May 4, and Manila accused "
        "Beijing of aggression.",
        "The navy seized the tanker Elsa on Monday after accusing it of smuggling fuel.",
    ],
)
def test_an_act_told_beside_an_accusation_still_happened(text: str) -> None:
    assert {"strike", "seizure"} & set(event_types(text))


def _actors(text: str) -> list[str | None]:
    events = extract(Article(text, "urn:test", published=PUBLISHED))
    return [event.actor_country for event in events]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The frigate HMS Lancaster was sent to the Gulf to help prevent seizures by Iran.", "GBR"),
        (
            "The destroyer USS Mason was deployed to the Red Sea to deter attacks by the Houthis.",
            "USA",
        ),
        (
            "Two Indian Navy destroyers were dispatched to the Arabian Sea to stop hijackings by "
            "Somali pirates.",
            "IND",
        ),
    ],
)
def test_the_agent_of_a_purpose_is_not_the_deployer(text: str, country: str) -> None:
    assert _actors(text) == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The tanker Talara was seized by Iran in the Strait of Hormuz on Friday.", "IRN"),
        ("The frigate Hessen was sent to the Red Sea by Germany on Monday.", "DEU"),
    ],
)
def test_the_agent_after_by_still_acts(text: str, country: str) -> None:
    assert _actors(text) == [country]


@pytest.mark.parametrize(
    "text",
    [
        "Monday's raid was the first time since March that the Guards had taken a tanker.",
        "It was the first such boarding in the strait since pirates attacked the Elsa in 2019.",
        "The incident marked the first time in a decade that Russia had fired on a cargo ship.",
    ],
)
def test_a_first_since_compares_with_earlier_acts(text: str) -> None:
    assert not {"seizure", "boarding", "strike"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "For the first time, Houthi drones struck the tanker Delta Star off Hodeidah on Monday.",
        "The Guards seized the tanker Talara on Friday, the first seizure this year.",
    ],
)
def test_an_act_called_a_first_still_happened(text: str) -> None:
    assert {"seizure", "strike"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Officials say fishing dhows seized by pirates are again being used as mother ships.",
        "Hijacked trawlers remain the pirates' favourite way to reach ships far offshore.",
        "Tankers seized by the Guards are usually held at Bandar Abbas for months.",
    ],
)
def test_a_class_of_ships_described_is_no_act(text: str) -> None:
    assert not {"seizure", "hijacking"} & set(event_types(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dhows seized by pirates on Monday were used as mother ships.", "hijacking"),
        ("Cargo ships attacked in the Red Sea on Tuesday were carrying grain.", "strike"),
        ("Somali pirates hijacked dhows off Eyl on Monday.", "hijacking"),
    ],
)
def test_some_ships_taken_or_hit_are_an_act(text: str, expected: str) -> None:
    assert expected in event_types(text)


def _actors_of(text: str, published: date = date(2024, 3, 9)) -> dict[str, str | None]:
    events = extract(Article(text, "urn:test", published=published))
    return {e.vessels[0].name: e.actor_country for e in events if e.vessels and e.vessels[0].name}


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        (
            "Russian missiles hit the grain ship Kmax Ruler in Odesa on Wednesday. A sea drone "
            "struck the Russian tanker SIG near Kerch on Friday night.",
            "SIG",
        ),
        (
            "Russian jets bombed the cargo ship Aya near Izmail on Monday. An explosion damaged "
            "the Russian-flagged tanker Volgoneft 9 off Kerch on Tuesday.",
            "Volgoneft 9",
        ),
        (
            "Chinese coast guard ships rammed the supply boat Unaizah May 4 on Monday. A boat hit "
            "the Chinese fishing vessel Yue Dong 8 near the shoal on Tuesday.",
            "Yue Dong 8",
        ),
    ],
)
def test_no_state_is_lent_the_attack_on_its_own_ship(text: str, ship: str) -> None:
    assert _actors_of(text)[ship] is None


@pytest.mark.parametrize(
    ("text", "ship", "country"),
    [
        (
            "Russian missiles hit the grain ship Kmax Ruler in Odesa on Wednesday. A missile "
            "struck the Liberian-flagged bulk carrier Dong Fang in Odesa on Friday.",
            "Dong Fang",
            "RUS",
        ),
        (
            "Russian forces shelled the tug Sapphire near Odesa on Thursday. A drone hit the "
            "Ukrainian cargo ship Zhytomyr near Odesa on Friday.",
            "Zhytomyr",
            "RUS",
        ),
    ],
)
def test_another_states_ship_is_still_lent_the_usual_attacker(
    text: str, ship: str, country: str
) -> None:
    assert _actors_of(text)[ship] == country


def _count(text: str) -> int:
    return len(extract(Article(text, "urn:test", published=date(2023, 10, 20))))


@pytest.mark.parametrize(
    "text",
    [
        "Cutter crews interdicted a rustic vessel off Key Largo on Wednesday. Five more "
        "migrants were interdicted in separate voyages earlier in the week.",
        "Pirates boarded an anchored tanker off Lagos on Monday. In another attack, pirates "
        "boarded a bulk carrier at the same anchorage.",
        "A drone struck a cargo ship off Hodeidah on Tuesday. Separately, a missile struck a "
        "tanker in the Red Sea.",
    ],
)
def test_an_incident_told_as_separate_is_its_own(text: str) -> None:
    assert _count(text) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded an anchored tanker off Lagos on Monday. The pirates boarded the "
        "tanker from a canoe.",
        "Houthi drones struck the tanker Delta Star on Tuesday. In a separate statement, the "
        "owner said the tanker Delta Star was struck near Mokha.",
        "US forces struck three boats off Ecuador on Monday, killing nine. The minister said "
        "the three boats were hit in two separate attacks.",
        "Drones hit two tankers in the Black Sea on Friday. Officials said the tankers were "
        "struck in 2 separate strikes an hour apart.",
        "Pirates boarded two trawlers off Eyl on Friday. Elders said the trawlers were boarded "
        "in two separate boardings that night.",
    ],
)
def test_an_incident_retold_is_one(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Pirates fired on the tanker Elm Star on Monday and boarded the cargo ship Rio Azul "
        "on Thursday.",
        "More than 40 attacks on ships have been blamed on the group since March, including "
        "the hijacking of the car carrier Blue Horizon.",
    ],
)
def test_an_attack_on_another_day_or_a_running_total_stays_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese coast guard ships chased the Philippine coast guard's BRP Teresa Magbanua "
            "off Sabina Shoal on Monday.",
            "pursuit",
        ),
        (
            "Iranian commandos seized the Israeli billionaire's container ship Aurora Star near "
            "Fujairah on Saturday.",
            "seizure",
        ),
        (
            "Houthi drones struck the Greek owner's bulk carrier Delta Sun off Hodeidah on "
            "Tuesday.",
            "strike",
        ),
    ],
)
def test_a_ship_told_as_someones_is_the_object(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators chased the shipowner's lawyers for answers about the tanker Eagle Star "
        "on Monday.",
        "Drones struck the port authority's warehouse beside the tanker Ocean Star on Monday.",
    ],
)
def test_a_possessive_before_another_noun_is_not_the_ship(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fishing boat overturned while being chased by a Taiwanese patrol vessel off "
            "Kinmen on Wednesday.",
            "pursuit",
        ),
        (
            "The trawler Hai Long ran aground after being pursued by an Indonesian navy ship "
            "near Natuna on Sunday.",
            "pursuit",
        ),
        (
            "The dhow Al Noor sank after being rammed by a coast guard cutter off Kish on Friday.",
            "strike",
        ),
    ],
)
def test_while_being_chased_tells_of_the_main_clauses_ship(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fisherman said his boat would capsize while being chased at night.",
        "The ferry Blue Star left port on Monday after being inspected by safety officials.",
    ],
)
def test_while_being_a_non_act_or_under_a_hypothetical_is_no_event(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Guard speedboats stopped the tanker Niki in the Gulf of Oman and escorted it to the "
        "Iranian coast on Sunday.",
        "The product tanker Kaveh was forced off its course by IRGC boats and steered into "
        "Iranian territorial waters on Thursday.",
        "Navy patrol boats intercepted the barge Laila and towed it into Venezuelan waters on "
        "Monday.",
    ],
)
def test_a_ship_stopped_and_taken_into_a_states_waters_is_seized(text: str) -> None:
    assert "seizure" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Nordic Sun diverted into Egyptian waters on Monday to avoid the fighting.",
        "Frigates escorted the convoy Atlas Star to the Red Sea on Tuesday.",
    ],
)
def test_sailing_or_escorting_into_waters_takes_no_ship(text: str) -> None:
    assert "seizure" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarriela rejected Beijing's claim that a Philippine vessel had rammed a Chinese ship on "
        "Tuesday.",
        "The ministry dismissed Moscow's accusation that Ukrainian drones had attacked the tanker "
        "Volga on Monday.",
        "Manila disputed the coast guard's report that its boat had rammed the cutter on Sunday.",
    ],
)
def test_an_act_someone_rejects_as_a_claim_is_no_event(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beijing dismissed the accusations on Tuesday, a day after its coast guard rammed the "
        "supply boat Unaizah May near the shoal.",
        "The navy rejected claims of a cover-up after its frigate rammed the trawler Ana Maria on "
        "Monday.",
    ],
)
def test_an_act_told_beside_a_rejected_claim_still_happened(text: str) -> None:
    assert event_types(text) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Indian commandos took back the bulk carrier Ruen on Saturday, forcing all 35 pirates on "
        "board to surrender after a 40-hour operation, the navy said.",
        "The frigate Trishul recaptured the dhow Al Noor on Friday and compelled the nine "
        "hijackers to surrender, officials said.",
        "Marines retook the tanker Sea Dove on Monday after the gunmen holding it were forced to "
        "surrender, the ministry said this week.",
    ],
)
def test_retaking_a_ship_and_its_pirates_surrendering_is_one_seizure(text: str) -> None:
    assert event_types(text) == ["seizure"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monday's strike on a boat off Sucre brings to 13 the number of strikes since early "
            "September, in which 14 boats have been destroyed.",
            ["strike", "strike"],
        ),
        (
            "Police forced the protesters at the port of Durban to surrender their banners on "
            "Monday.",
            [],
        ),
    ],
)
def test_a_running_total_or_a_surrender_of_no_ship_is_told_apart(
    text: str, expected: list[str]
) -> None:
    assert event_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Magic Seas sank after the 6 July attack on it off Hodeidah.",
        "The tanker Sea Lark was towed to Djibouti following the 12 March strike on her near "
        "Mokha.",
        "Owners of the bulk carrier Marlo Bay said the 12 June attack on it had flooded the engine "
        "room.",
    ],
)
def test_a_dated_act_on_it_retells_an_act_on_the_ship(text: str) -> None:
    assert event_types(text) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis threatened a 6 July attack on it if the ship sailed north.",
        "The master said no attack on it had taken place since 6 July.",
    ],
)
def test_a_threatened_or_denied_act_on_it_is_no_event(text: str) -> None:
    assert event_types(text) == []


def _dates(text: str) -> list[date]:
    return [e.date_start for e in extract(Article(text, "urn:test", published=PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "U.S. forces struck four boats that the administration says were carrying drugs in "
            "the eastern Pacific on Monday, killing 14 people, the defense secretary said Tuesday.",
            date(2025, 6, 16),
        ),
        (
            "Iran seized a tanker that Tehran says was smuggling fuel in the Gulf on Sunday, state "
            "media said on Monday.",
            date(2025, 6, 15),
        ),
        (
            "Pirates boarded the bulk carrier Star Lily, which was waiting at anchor with a cargo "
            "of steel coils bound for Lagos, on Tuesday, the IMB said on Thursday.",
            date(2025, 6, 17),
        ),
    ],
)
def test_the_acts_own_date_far_off_beats_the_statements(text: str, day: date) -> None:
    assert _dates(text) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Officials said on Monday that forces had struck two boats.", date(2025, 6, 16)),
        ("The navy said Tuesday it had seized the dhow Noor.", date(2025, 6, 17)),
    ],
)
def test_an_act_with_no_date_of_its_own_takes_the_statements(text: str, day: date) -> None:
    assert _dates(text) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Houthis said on Wednesday they had attacked the freighter Lumen the previous day.",
            date(2025, 6, 17),
        ),
        (
            "Iran said on Tuesday it had seized the tanker Kaveh two days earlier.",
            date(2025, 6, 15),
        ),
        (
            "The navy said on Thursday that it boarded the dhow Noor a week earlier off Eyl.",
            date(2025, 6, 12),
        ),
    ],
)
def test_an_offset_after_the_act_counts_from_the_statement_day(text: str, day: date) -> None:
    assert _dates(text) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pirates seized the tanker Lina on Monday and released it the next day, officials "
            "said.",
            date(2025, 6, 16),
        ),
        ("Officials said on Monday that forces had struck two boats.", date(2025, 6, 16)),
    ],
)
def test_an_offset_of_another_act_or_none_leaves_the_day(text: str, day: date) -> None:
    assert _dates(text)[0] == day


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "U.S. forces struck a boat in the eastern Pacific, killing three people, Defense "
            "Secretary John Roe said on Thursday. The strike took place on Tuesday in "
            "international waters.",
            [date(2025, 6, 17)],
        ),
        (
            "The Houthis said on Thursday they had attacked the tanker Mira in the Red Sea. The "
            "attack happened on Tuesday, the group said.",
            [date(2025, 6, 17)],
        ),
        (
            "Pirates have hijacked a fishing dhow off Eyl, officials said on Wednesday. The dhow "
            "was seized on Tuesday with 11 crew aboard.",
            [date(2025, 6, 17)],
        ),
        # Acts told days before the statement, or over a stretch, are other incidents.
        (
            "Iran seized the tanker Vela, state media said on Friday. On Sunday the Guards had "
            "detained a small boat smuggling fuel near Larak.",
            [date(2025, 6, 20), date(2025, 6, 15)],
        ),
        (
            "Iran seized the tanker Vela, state media said on Friday. Earlier this month, the "
            "Guards detained a boat smuggling fuel near Larak.",
            [date(2025, 6, 20), date(2025, 6, 1)],
        ),
    ],
)
def test_a_lead_dated_by_its_statement_takes_the_act_day_told_after(
    text: str, days: list[date]
) -> None:
    assert _dates(text) == days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pirates fired on the tanker Mira off Bonny on Wednesday, the navy said on Thursday. "
            "The frigate Absalon, which reached the region in early May, had sent its helicopter "
            "to the area. Commandos chased the skiff after dark.",
            date(2025, 6, 18),
        ),
        (
            "Gunmen attacked the trawler Sea Lion off Eyl on Tuesday. The Spanish frigate "
            "Numancia, which was deployed to the area in March, launched its helicopter. Its "
            "crew then chased the skiff toward the coast.",
            date(2025, 6, 17),
        ),
        (
            "Iranian boats seized the tanker Talara near Hormuz on Friday. The destroyer USS "
            "Mason, which arrived in the Gulf last month, was nearby. Two fast boats chased the "
            "tanker Elsa as well.",
            date(2025, 6, 20),
        ),
        # No earlier day told, or the aside's day is later: the aside dates what follows.
        (
            "The frigate Absalon, which reached the region in early May, sent its helicopter to "
            "the area. Commandos chased the skiff after dark.",
            date(2025, 5, 1),
        ),
        (
            "Pirates fired on the tanker Mira off Bonny on Monday. The frigate Absalon, which "
            "reached the area on Wednesday, found the skiff. Commandos chased the skiff after "
            "dark.",
            date(2025, 6, 18),
        ),
    ],
)
def test_an_aside_about_an_earlier_arrival_does_not_move_the_story_day(
    text: str, day: date
) -> None:
    assert _dates(text)[-1] == day


def _last_span(text: str) -> tuple[date | None, date | None]:
    events = extract(Article(text, "urn:test", published=PUBLISHED))
    return events[-1].date_start, events[-1].date_end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The cutter Bear offloaded 12 tons of cocaine at Port Everglades on March 3. The crew "
            "seized the drugs from four go-fast boats during their 60-day patrol in the Caribbean.",
            date(2025, 1, 2),
            date(2025, 3, 3),
        ),
        (
            "The cutter Escanaba returned to Boston on Friday after a 70-day patrol. During the "
            "patrol, its crew seized 3 tons of cocaine from two go-fast boats.",
            date(2025, 4, 11),
            date(2025, 6, 20),
        ),
        (
            "The frigate Hessen came home on 2 May from a four-month deployment. Over the course "
            "of the deployment, its helicopters chased off three pirate skiffs.",
            date(2025, 1, 2),
            date(2025, 5, 2),
        ),
        # The patrol is not named again: the act takes its own day or the story's.
        (
            "The cutter Bear returned on Friday after a 60-day patrol. On Monday, the cutter "
            "Alert seized a go-fast boat near Aruba.",
            date(2025, 6, 16),
            date(2025, 6, 16),
        ),
        (
            "The cutter Bear returned on Friday after a 60-day patrol. The cutter Alert seized a "
            "go-fast boat near Aruba.",
            date(2025, 6, 20),
            date(2025, 6, 20),
        ),
    ],
)
def test_acts_during_a_patrol_span_the_patrol_up_to_its_last_day(
    text: str, start: date, end: date
) -> None:
    assert _last_span(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "A militia vessel shadowed her at close range for an hour on Sunday.",
        "Two Iranian speedboats followed her through the strait on Tuesday.",
        "The frigate tailed her until dawn on 4 May.",
    ],
)
def test_a_ship_told_as_her_is_the_object_of_a_pursuit(text: str) -> None:
    assert event_types(text) == ["pursuit"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers followed her car to the port on Monday.",
        "A coast guard ship rammed her bow on Monday.",
    ],
)
def test_her_before_a_noun_is_no_ship(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Robbers boarded a tanker off Batam on 12 June. "
        "The centre recorded 40 incidents in the strait between January and June.",
        "Pirates boarded a bulk carrier at Dumai on 3 June.\n\n"
        "Incidents reported in the Malacca Strait since 1 January 2025: 14.",
        "Cutters stopped 120 Haitians at sea in the Windward Passage this year. "
        "A cutter crew stopped a sail freighter and took its 40 people aboard on Monday.",
    ],
)
def test_a_tally_of_incidents_takes_in_no_one_incident(text: str) -> None:
    assert event_types(text) == ["boarding", "boarding"]


@pytest.mark.parametrize(
    "text",
    [
        "Robbers boarded a tanker off Batam on 12 June. Robbers boarded the tanker on 12 June.",
        "Pirates boarded the bulk carrier Ona at Dumai on 3 June. The Ona was boarded at night.",
    ],
)
def test_one_boarding_told_twice_is_still_one(text: str) -> None:
    assert event_types(text) == ["boarding"]


@pytest.mark.parametrize(
    "text",
    [
        "USS Mason and other coalition ships responded to the distress call on Friday.",
        "The frigate Hessen and other partner vessels arrived in the Gulf of Aden on Monday.",
        "INS Kolkata and other allied boats went to the tanker's aid on Sunday.",
    ],
)
def test_a_warship_and_other_ships_as_one_subject_deploy(text: str) -> None:
    assert event_types(text) == ["deployment"]


@pytest.mark.parametrize(
    "text",
    [
        "A tanker and other merchant ships arrived in Jeddah on Monday.",
        "The cargo ship Alma and other vessels docked in Aden on Tuesday.",
    ],
)
def test_merchant_ships_arriving_together_are_no_deployment(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Russia declared the area closed to shipping on Monday and said it would treat "
            "ships there as targets.",
            "blockade",
        ),
        (
            "The navy seized the tanker Opal on Friday and said it would hold the crew.",
            "seizure",
        ),
        (
            "Houthi forces struck the bulk carrier Ria on Tuesday and warned they would "
            "strike again.",
            "strike",
        ),
    ],
)
def test_an_act_stands_before_and_said_it_would(text: str, kind: str) -> None:
    assert event_types(text)[:1] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Strikes on ships in the Red Sea would resume if talks failed, officials said.",
        "A seizure of the tanker Opal would breach the truce, officials said.",
    ],
)
def test_an_act_that_would_happen_is_none(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On December 20 it took the Centuries in the same waters.",
        "Iran's navy took the Ocean Lark off Fujairah on Monday.",
        "The Guards took the Stena Lark in the Strait of Hormuz on 19 July.",
    ],
)
def test_took_a_ship_named_with_the_is_a_seizure(text: str) -> None:
    assert event_types(text) == ["seizure"]


@pytest.mark.parametrize(
    "text", ["Russia took the Crimea in 2014.", "The attack took the Houthis by surprise."]
)
def test_took_a_place_or_a_people_is_no_seizure(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The government on Thursday rejected the attack carried out by US forces on "
            "Tuesday against a fishing boat, in which four people were killed.",
            date(2025, 6, 17),
        ),
        (
            "Officials on Friday condemned the strike conducted on Monday on a speedboat, "
            "in which two men died.",
            date(2025, 6, 16),
        ),
        (
            "Kyiv on Thursday hailed the drone attack launched on Tuesday against a patrol boat, "
            "in which five sailors were killed.",
            date(2025, 6, 17),
        ),
    ],
)
def test_a_noun_act_carried_out_on_a_day_takes_that_day(text: str, day: date) -> None:
    found = extract(Article(text, "urn:test", published=PUBLISHED))
    assert [(e.type, e.date_start) for e in found][:1] == [("strike", day)]


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday the navy reported the attack on a fishing boat, in which four people "
        "were killed; the inquiry carried out on Monday found no cause.",
        "On Thursday officials described the strike on a speedboat, in which two men died, "
        "as lawful.",
    ],
)
def test_without_carried_out_the_act_keeps_the_sentence_date(text: str) -> None:
    found = extract(Article(text, "urn:test", published=PUBLISHED))
    assert all(e.date_start != date(2025, 6, 16) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The vessel was set ablaze after being struck by a missile on Friday.",
        "The tanker Sea Rose sank on Monday after being hit by two drones.",
        "The bulk carrier was towed to Djibouti after having been struck by a missile.",
    ],
)
def test_a_ship_that_sank_after_being_hit_was_struck(text: str) -> None:
    assert event_types(text) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned after being hit by a scandal.",
        "Officials said the port reopened after being struck by a drone.",
    ],
)
def test_after_being_hit_needs_a_ship_before_it(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # unconfirmed or unverified reports
        "There were unconfirmed reports that armed men boarded a trawler off Bayelsa on Friday.",
        "Local media carried an unverified claim that a drone hit a barge near Kherson on Sunday.",
        "The navy said it had no confirmation of a hijacking off Hobyo on Wednesday.",
        # acts rehearsed, simulated or staged as a mock in a drill
        "Marines rehearsed seizing a cargo ship off Okinawa during drills on Thursday.",
        "The exercise simulated the hijacking of a ferry in the Aegean on Tuesday.",
        "Police staged a mock boarding of a cruise ship in Piraeus on Monday.",
        # anniversaries
        "Sunday marked two years since Somali pirates hijacked the Ruen.",
        "Friday marks six months since drones struck the tanker Sounion.",
        "Crews gathered on the anniversary of the seizure of the Stena Impero on Friday.",
        # options being weighed
        "Washington is weighing strikes on cartel boats near Aruba.",
        "Ministers mulled seizing tankers of the shadow fleet in the Baltic on Tuesday.",
        "The admiralty is contemplating a blockade of the port of Sukhumi.",
        # an act told by one side and denied by the other
        "Moscow said its missiles hit the freighter Ayla in Odesa, a claim Kyiv denied.",
        "The Houthis said they attacked the tanker Maren, an account the shipowner rejected.",
        "Beijing said its coast guard boarded a Philippine boat, a report Manila disputed.",
    ],
)
def test_unconfirmed_rehearsed_remembered_weighed_or_denied_acts_are_no_events(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed men boarded a trawler off Bayelsa on Friday, the navy confirmed.", "boarding"),
        ("A drone hit a barge near Kherson on Sunday, officials said.", "strike"),
        ("Pirates hijacked a dhow off Hobyo on Wednesday, after a drill there.", "hijacking"),
        ("Marines seized a cargo ship off Okinawa on Thursday after the drills ended.", "seizure"),
        ("Two years after one hijacking, pirates seized the Ruen II on Sunday.", "hijacking"),
        ("Drones struck the tanker Sounion on Friday, six months after the last attack.", "strike"),
        ("After weighing options, Washington struck a cartel boat near Aruba on Monday.", "strike"),
        ("Estonia seized a shadow-fleet tanker in the Baltic on Tuesday.", "seizure"),
        ("Missiles hit the freighter Ayla in Odesa on Monday, Kyiv said.", "strike"),
        ("The Houthis attacked the tanker Maren on Monday, a claim the owner confirmed.", "strike"),
    ],
)
def test_acts_beside_those_cues_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The most recent hijacking of a bulk carrier in those waters was in 2018.",
        "Analysts note that the previous seizure of a Greek tanker by Iran was back in 2022.",
        "The last drone attack on a ferry in the Aegean was in March 2016, the ministry said.",
    ],
)
def test_an_act_dated_only_by_a_past_year_is_background(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pirates hijacked a bulk carrier off Eyl on Monday, the first since 2018.", "hijacking"),
        ("Iran seized a Greek tanker on Friday in the Gulf of Oman, officials said.", "seizure"),
    ],
)
def test_an_act_with_its_own_day_beside_a_past_year_still_happened(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # acts practised or trained for
        "Divers practised boarding a drifting ferry near Haifa during the exercise on Monday.",
        "Cadets trained to retake hijacked trawlers off Mombasa last week.",
        "Special forces practiced seizing an oil platform in the North Sea on Wednesday.",
        # attacks being planned
        "Kyiv says the militia is planning new strikes on grain ships in the Black Sea.",
        "Officials believe the gang planned a fresh hijacking near Batam.",
        "Analysts say Houthi commanders are planning more attacks on container ships.",
        # none has happened
        "No tankers have been seized in the Strait of Hormuz this year, the navy said.",
        "No fishing boats were boarded near Palawan in May, the coast guard said.",
        # reports that proved false
        "Rumours that a ferry was hijacked off Crete turned out to be false, police said.",
        "Claims that drones struck a tanker near Novorossiysk were unfounded, the port said.",
    ],
)
def test_acts_practised_planned_denied_by_a_count_or_proved_false_are_no_events(
    text: str,
) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Divers boarded a drifting ferry near Haifa on Monday, the navy said.", "boarding"),
        ("Gunmen hijacked a trawler off Mombasa on Friday, a week after training.", "hijacking"),
        ("Drones struck grain ships in the Black Sea on Sunday, as officials planned.", "strike"),
        ("Two tankers were seized in the Strait of Hormuz on Monday, the navy said.", "seizure"),
        ("A ferry was hijacked off Crete on Friday; tales of deaths proved false.", "hijacking"),
    ],
)
def test_acts_beside_practice_plans_or_false_rumours_still_happened(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A clip that purports to show pirates boarding a bulker off Oman spread online on Monday.",
        "The footage purportedly shows drones striking a ferry near Sevastopol.",
        "Hijackings of fishing boats off Sierra Leone are rare, officials said.",
        "Boardings of yachts in the Gulf of Aden remain very uncommon, the agency said.",
        "Seizures of tankers in Malaysian waters are fairly common, a broker said.",
    ],
)
def test_purported_footage_and_generalities_tell_no_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pirates boarded a bulker off Oman on Monday, a clip shows.", "boarding"),
        ("Drones struck a ferry near Sevastopol on Sunday, a rare attack there.", "strike"),
    ],
)
def test_acts_beside_footage_or_a_generality_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Further strikes on cargo ships near Mariupol are increasingly likely, analysts said.",
        "A seizure of the tanker Arvo by Tehran is widely expected this week.",
        "More boardings of trawlers in the Yellow Sea remain highly possible, Seoul said.",
    ],
)
def test_an_act_qualified_as_likely_or_expected_is_no_event(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Missiles struck a cargo ship near Mariupol on Monday; more are likely.", "strike"),
        ("Tehran seized the tanker Arvo on Friday, as widely expected.", "seizure"),
    ],
)
def test_an_act_beside_a_forecast_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


def _typed_ships(text: str) -> list[tuple[str, list[str | None]]]:
    return [
        (event.type, [vessel.name for vessel in event.vessels])
        for event in extract(Article(text, "urn:test", published=PUBLISHED))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tanker Orla, which the Guards seized on 3 May, was freed on Monday.", "seizure"),
        ("The trawler Kenta, which Japan detained in March, sailed home on Friday.", "seizure"),
        ("The ferry Ilse, which the IRGC boarded off Jask on 9 May, left on Monday.", "boarding"),
    ],
)
def test_a_relative_clause_with_a_named_subject_acts_on_its_ship(text: str, expected: str) -> None:
    assert (expected, [text.split(",")[0].split()[-1]]) in _typed_ships(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cargo, which the Guards seized on 3 May, was worth $2 million.",
        "The tanker Orla, which the Guards threatened to seize, sailed on Monday.",
    ],
)
def test_a_relative_clause_about_no_ship_or_only_a_threat_seizes_none(text: str) -> None:
    assert "seizure" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "kind", "year", "country"),
    [
        ("Exports fell after Iran's 2019 seizure of the tanker Vela.", "seizure", 2019, "IRN"),
        ("The 2023 seizure of the tanker Halvard by Greece angered Tehran.", "seizure", 2023, None),
        ("Kyiv recalls Russia's 2018 seizure of the patrol boat Nikopol.", "seizure", 2018, "RUS"),
    ],
)
def test_an_act_told_as_a_noun_with_its_year_before_it(
    text: str, kind: str, year: int, country: str | None
) -> None:
    events = extract(Article(text, "urn:test", published=PUBLISHED))
    assert [(e.type, e.date_start.year) for e in events] == [(kind, year)]
    assert country is None or events[0].actor_country == country


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's ports reopened on Monday after the storm.",
        "Iran's 2019 budget for the navy was cut.",
    ],
)
def test_a_possessive_or_a_year_before_no_act_tells_none(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Somali pirates boarded the dhow Noor on 3 June and sailed it toward Eyl.", "Noor"),
        (
            "Armed men boarded the tanker Seabird off Bonny on Monday and steered it to a creek.",
            "Seabird",
        ),
        (
            "Pirates boarded the trawler Lulu on 2 May and then moved the vessel to Hobyo.",
            "Lulu",
        ),
    ],
)
def test_boarders_who_sail_the_ship_away_have_hijacked_it(text: str, ship: str) -> None:
    assert _typed_ships(text) == [("hijacking", [ship])]


@pytest.mark.parametrize(
    "text",
    [
        "Robbers boarded the tanker Mira at Dumai anchorage on Monday and escaped with spares.",
        "Pirates boarded the tanker Pella off Lome on Monday; the crew later sailed it to Lagos.",
    ],
)
def test_boarders_who_leave_or_a_crew_sailing_on_is_a_boarding(text: str) -> None:
    assert event_types(text) == ["boarding"]


@pytest.mark.parametrize(
    "text",
    [
        "The Danish boats closed in on the skiff and ordered it to stop so that the soldiers "
        "could board it on Wednesday.",
        "Two patrol boats chased the trawler Odin on Monday so that inspectors could check "
        "its catch.",
        "Iranian speedboats shadowed the tanker Elsa on Friday so that the Guards would know "
        "its route.",
    ],
)
def test_a_purpose_after_so_that_leaves_the_act_before_it(text: str) -> None:
    assert event_types(text) == ["pursuit"]


@pytest.mark.parametrize(
    "text",
    [
        "The cutter tailed the dhow so that it could be boarded later.",
        "Officials said the frigate would stay nearby so that pirates could not attack the "
        "tanker Lina.",
    ],
)
def test_what_a_so_that_clause_hopes_for_did_not_happen(text: str) -> None:
    assert not {"boarding", "strike"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "A coast guard ship aimed a jet of water at the starboard stern of BRP Cabra on Monday.",
        "A Chinese ship rammed the bow of the supply boat Lima near the shoal on Sunday.",
        "Militia boats turned a water cannon on the hull of the fishing boat Rosa on 2 May.",
    ],
)
def test_an_act_on_part_of_a_ship_is_an_act_on_the_ship(text: str) -> None:
    assert event_types(text) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Crews painted the bow of the ferry Aurora in Piraeus on Monday.",
        "Firefighters aimed a jet of water at the side of the warehouse on Tuesday.",
    ],
)
def test_a_ship_part_without_an_act_is_nothing(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pirates used the dhow Karim to seize the tanker Vela Star off Somalia on 2 May.",
            "hijacking",
        ),
        ("Pirates used a captured dhow to hijack the bulk carrier Kiran on 2 May.", "hijacking"),
        ("The gang used two fast skiffs to board the tanker Mira off Lome on Sunday.", "boarding"),
    ],
)
def test_what_a_thing_was_used_to_do_was_done(text: str, expected: str) -> None:
    assert event_types(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates could use the dhow Karim to seize more tankers off Somalia.",
        "Gangs are used to hijacking fishing boats in these waters.",
    ],
)
def test_a_means_that_might_be_used_or_a_habit_is_no_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "ships"),
    [
        ("Earlier seizures were of the Alpha and the Beta.", ["Alpha", "Beta"]),
        (
            "It followed the seizures of the Corvo on 3 June and the Lenna on 11 June.",
            ["Corvo", "Lenna"],
        ),
        ("The capture of the Tolvaren by Guards commandos on Friday was filmed.", ["Tolvaren"]),
        ("Earlier detentions were of the Quillon and the Tolvaren.", ["Quillon", "Tolvaren"]),
    ],
)
def test_a_bare_name_after_an_act_noun_is_the_ship_taken(text: str, ships: list[str]) -> None:
    assert _typed_ships(text) == [("seizure", [ship]) for ship in ships]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts discussed the seizure of the Bank's assets on Monday.",
        "The detentions of the Kremlin's critics continued on Monday.",
    ],
)
def test_an_act_noun_on_what_is_no_ship_takes_none(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Exports have slumped since the tanker Ocean Star was seized, traders said.",
        "Freight rates have doubled since pirates hijacked the bulk carrier Aris Star.",
        "Insurers raised premiums since the Houthis began attacking merchant ships.",
    ],
)
def test_an_undated_act_that_time_is_measured_from_is_no_new_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since seizing the tanker Dawn Light on 4 March, Iran has held its crew.", "seizure"),
        ("Traders have been wary since Iran seized the tanker Dawn Light on Tuesday.", "seizure"),
        ("NATO has since deployed two frigates to the Baltic.", "deployment"),
    ],
)
def test_a_dated_since_clause_or_the_adverb_since_still_tells_an_act(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Commandos boarded a merchant ship playing the enemy during the exercise off Toulon.",
        "During the Cutlass Express drill, sailors seized a dhow crewed by role-players.",
        "The frigates fired on a target barge in a gunnery exercise near Crete.",
        "A Kenyan court convicted seven men of attacking the Dutch frigate Tromp.",
        "Prosecutors indicted the crew for ramming a coast guard cutter.",
        "The trial of four men over the hijacking of the tanker Lyra opened in Victoria.",
        "The cutter's crew were honoured for seizing the go-fast boat Marisol.",
        "Two sailors received medals for boarding the dhow Al Amin.",
        "The admiral praised the boarding team for intercepting the smugglers' skiff.",
    ],
)
def test_drills_court_cases_and_ceremonies_tell_no_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian boats harassed the destroyer USS Cole on Monday as it left an exercise.",
            "pursuit",
        ),
        (
            "Pirates boarded the tanker Mira off Lagos on Sunday, days after a navy exercise.",
            "boarding",
        ),
        (
            "Coast guard officers boarded the tanker Lyra on Friday and charged its master with "
            "smuggling.",
            "boarding",
        ),
        (
            "The navy honoured the crew on Monday, a week after it seized the dhow Al Amin.",
            "seizure",
        ),
    ],
)
def test_an_act_beside_a_drill_a_charge_or_an_honour_still_happened(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tankers that call at Kharg run the risk of being seized, brokers said.",
        "Ships linked to Israel face a high risk of attack in the Red Sea.",
        "Owners kept their tankers in port rather than risk seizure.",
        "Gangs hijacked dozens of dhows each year off Puntland.",
        "Robbers board about fifty ships every year in the Singapore Strait.",
        "Guards were able to seize any tanker that broke Iranian law, a commander said.",
        "The quick response stopped the trawlers being used as motherships for further attacks.",
        "Officials discussed ways of deterring future boardings at the anchorage.",
        "Iran has a history of seizing tankers during spells of tension with the West.",
        "The gang has a habit of hijacking fishing boats off Eyl.",
    ],
)
def test_risks_habits_and_acts_on_any_ship_are_generalities(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Despite the risk, pirates boarded the tanker Rhea off Lome on Friday.", "boarding"),
        ("Guards seized the tanker Perla on Friday without any warning.", "seizure"),
        ("Houthi drones carried out further attacks on the tanker Delta Rose on Sunday.", "strike"),
        (
            "Pirates hijacked the dhow Al Amin off Eyl on Monday, the gang's third this year.",
            "hijacking",
        ),
    ],
)
def test_an_act_beside_a_risk_or_a_count_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "FILE: A Chinese coast guard ship fires water cannon at a Philippine boat near Sabina "
        "Shoal in June.",
        "Beijing gave a different account, saying the Philippine boat had rammed its cutter.",
        "The navy offered its own version, saying the trawler had struck the patrol boat.",
        "China's coast guard said it had expelled two Philippine boats from what it calls its "
        "waters near Huangyan Dao.",
        "The Houthis said they had targeted the container ship MSC Lira with missiles, a claim "
        "its operator did not confirm.",
    ],
)
def test_captions_and_one_sides_version_tell_no_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Philippine coast guard gave a briefing on Monday, saying a Chinese cutter had "
            "rammed its boat near Sabina Shoal.",
            "strike",
        ),
        ("Iran seized the tanker Talara on Friday in what Tehran called a response.", "seizure"),
    ],
)
def test_an_act_told_beside_a_briefing_or_a_name_for_it_still_happened(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "US fighter jets intercepted a cruise missile fired at the destroyer USS Stockdale.",
        "The frigate destroyed two drones launched toward the tanker Sea Lion on Monday.",
        "HMS Richmond downed a drone aimed at the container ship Kota Laju.",
        "Two missiles launched toward the tanker Sea Lion hit the water nearby.",
        "The abandoned skiff was sunk by the cutter as a hazard to navigation.",
        "The panga was destroyed after its four occupants were arrested.",
        "The pirates probably gave up their attempt to board the tanker after a jet arrived.",
    ],
)
def test_weapons_stopped_short_and_boats_disposed_of_are_no_attack(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The destroyer shot down a missile and then fired on a skiff approaching the tanker "
            "Ocean Zenith on Friday.",
            "strike",
        ),
        ("A missile hit the tanker Sea Lion near Mokha on Monday.", "strike"),
        (
            "The cutter sank the go-fast boat Marisol on Tuesday after its crew opened fire.",
            "strike",
        ),
    ],
)
def test_a_weapon_that_reached_a_ship_struck_it(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained the tanker's captain and two officers in Helsinki on Thursday.",
        "Prosecutors seized the ship's cargo of sunflower oil under a court order.",
        "Finnish police seized the tanker's anchor as evidence.",
        "The ship's captain was arrested when it docked in Rotterdam.",
        "Malaysian police arrested four men suspected of robbing ships in the strait.",
    ],
)
def test_taking_a_ships_captain_or_cargo_or_a_suspicion_takes_no_ship(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Finnish police and border guards boarded and detained the tanker Eagle S on 26 May.",
        "Iran's navy seized the Greek company's tanker Delta Poseidon on Friday.",
        "Border guards detained the tanker Kiwala and its captain off Tallinn on Tuesday.",
    ],
)
def test_a_ship_taken_with_its_crew_or_told_as_someones_is_seized(text: str) -> None:
    assert "seizure" in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arvana was seized in April 2023 and released a year later.", ("seizure", "Arvana")),
        ("The Quillon had been hijacked by pirates off Eyl on 4 May.", ("hijacking", "Quillon")),
        (
            "The Tolvaren, detained off Kirkenes on 2 March, sailed on Friday.",
            ("seizure", "Tolvaren"),
        ),
    ],
)
def test_a_bare_name_that_was_taken_is_a_ship(text: str, expected: tuple[str, str]) -> None:
    assert [(kind, ships[0]) for kind, ships in _typed_ships(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Guards were seized with anger at the talks on Monday.",
        "The Houthis, captured on video on Monday, waved flags.",
    ],
)
def test_a_group_told_in_the_passive_is_no_ship(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen board the car carrier Polar Wind in this photo released on 3 May.",
        "A coast guard cutter fires water cannon at a supply boat near Ayungin Shoal, March 5, "
        "2024.",
        "Pirates approach the tanker Nord Star in an image taken from video.",
        "Sailors inspect a dhow off Oman on Monday. (Navy photo by Petty Officer Lee)",
        "Timeline: Iran's seizures of foreign tankers since 2019",
        "Explainer: Why Tehran seizes tankers in the Gulf",
        "Factbox: Ships attacked in the Red Sea",
    ],
)
def test_captions_and_labelled_features_tell_no_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones struck the tanker Sea Lion on Monday, April 29, 2024.", "strike"),
        ("The destroyer Porter departed Rota, Dec. 27, 2017, and began a patrol.", "deployment"),
        ("Live fire from the cutter struck the go-fast boat Marisol on Tuesday.", "strike"),
        ("Analysis of the video shows pirates boarded the tanker Nord Star on Monday.", "boarding"),
    ],
)
def test_a_dated_report_or_a_line_only_opening_like_a_label_is_read(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian Navy tried on Tuesday to detain the tanker Jaguar off Vaindloo.",
        "Pirates attempted last night to hijack the tanker Orla off Lome.",
        "Guards speedboats tried on Friday to seize the tanker Selva near Qeshm.",
    ],
)
def test_a_taking_tried_at_a_time_is_a_pursuit(text: str) -> None:
    assert event_types(text) == ["pursuit"]


@pytest.mark.parametrize(
    "text",
    [
        "The navy tried to help on Tuesday and detained the tanker Jaguar off Vaindloo.",
        "After talks failed on Monday, the Guards seized the tanker Selva near Qeshm.",
    ],
)
def test_a_taking_beside_a_try_at_something_else_still_happened(text: str) -> None:
    assert "seizure" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The frigate carries helicopters that can be used to board suspect vessels.",
        "Patrol boats can intercept smugglers up to 200 miles offshore.",
        "The agreement lets Greek officers board Libyan-flagged ships suspected of smuggling.",
        "We are not going to let them hijack ships in our waters, she said.",
        "It is not the first time the tanker has been detained.",
    ],
)
def test_capabilities_and_permissions_are_no_acts(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy can confirm that pirates boarded the tanker Nord Star on Monday.", "boarding"),
        ("Iran seized the tanker Arvo on Friday, letting its crew call home.", "seizure"),
        ("Drones struck the tanker Sea Lion on Monday, the first time it was hit.", "strike"),
    ],
)
def test_an_act_beside_a_capability_or_a_permission_still_happened(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian forces on Thursday seized Arvana, a Panama-flagged tanker, near Jask.",
            "seizure",
        ),
        (
            "Pirates hijacked Quillon, a Liberian-flagged bulk carrier, off Eyl on 4 May.",
            "hijacking",
        ),
        ("Border guards detained Tolvaren, a trawler from Murmansk, on 2 March.", "seizure"),
    ],
)
def test_a_name_an_apposed_type_noun_explains_is_the_ship_acted_on(
    text: str, expected: str
) -> None:
    assert [
        kind
        for kind, ships in _typed_ships(text)
        if ships[:1] == [text.split(", a")[0].split()[-1]]
    ] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police seized Reuters, a news agency, on Monday.",
        "The navy attacked Hodeidah, a port used by the Houthis, on Monday.",
    ],
)
def test_a_name_apposed_to_no_ship_type_is_no_ship(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019 the Guards held the British tanker Stena Vista for two months.", "seizure"),
        ("Estonia detained the tanker Kiwala in April and held it for several days.", "seizure"),
        (
            "Pirates stormed the container ship Mozzo off Sao Tome on 23 January and held it "
            "for several hours.",
            "hijacking",
        ),
    ],
)
def test_holding_a_ship_for_a_time_is_taking_it(text: str, expected: str) -> None:
    assert event_types(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The navy held talks for two days in Doha.",
        "Pirates held the crew of the trawler Lulu hostage for six days.",
    ],
)
def test_holding_talks_or_a_crew_takes_no_ship(text: str) -> None:
    assert not {"seizure", "hijacking"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "03.05.2025 | Posn 06:05N - 001:20E, off Lome\nHIJACK. The tanker Blue Reef was "
        "hijacked by armed pirates.",
        "12.05.2025 | Dumai anchorage\nBOARDING. Three robbers boarded the tanker Sea Fern and "
        "stole spares.",
        "20.05.2025 | off Bonny\nATTACK. Gunmen fired on the supply boat Kalu Star.",
    ],
)
def test_a_bulletins_category_line_is_the_report_it_heads(text: str) -> None:
    assert _count(text) == 1


def test_a_category_line_of_another_kind_or_day_stays_its_own() -> None:
    text = (
        "03.05.2025 | off Lome\nHIJACK. The tanker Blue Reef was hijacked by pirates.\n\n"
        "04.05.2025 | off Cotonou\nBOARDING. Robbers boarded the tanker Sea Fern."
    )
    assert sorted(event_types(text)) == ["boarding", "hijacking"]


@pytest.mark.parametrize(
    "text",
    [
        "When pirates board a ship, the crew retreat to a citadel and wait for help.",
        "Whenever militia boats chase a trawler, its crew flee to the shore.",
        "Every time the Guards seize a tanker, freight rates rise.",
        "Seizing a tanker takes a team of about 20 commandos, a former officer said.",
        "Boarding a moving ship from a helicopter is one of the hardest tasks for special forces.",
        "Attacking ships is a war crime under international law, the lawyer said.",
        "Ships that switch off their transponders are more likely to be boarded.",
    ],
)
def test_what_happens_in_general_is_no_act(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When pirates boarded the tanker Nord Star on Monday, the crew hid.", "boarding"),
        ("The crew hid when a drone struck the tanker Sea Lion on Monday.", "strike"),
        ("Boarding the dhow Al Noor on Monday, marines found 200 rifles.", "boarding"),
    ],
)
def test_an_act_told_in_past_or_with_its_day_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has struck Russian patrol boats with sea drones throughout the war.",
        "Pirates have hijacked dozens of dhows off Puntland over the years.",
        "Chinese cutters have rammed Vietnamese trawlers near the Paracels in recent years.",
    ],
)
def test_acts_over_a_whole_war_or_years_are_a_generality(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sea drones struck the patrol boat Ivanovets on Monday, the latest blow of the war.",
            "strike",
        ),
        ("Pirates hijacked the dhow Al Noor on Monday, the first in years.", "hijacking"),
    ],
)
def test_an_act_with_its_day_beside_years_of_them_still_happened(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The lifeboat crew approached the capsized dinghy off Falmouth on Sunday and pulled three "
        "men aboard.",
        "The patrol boat Orca approached the fishing boat Maya off Vigo to offer fuel on Thursday.",
        "A coast guard cutter approached the sinking sailboat Wanderer and rescued two people on "
        "Saturday.",
        "Several container ships turned back from the Red Sea on Tuesday, tracking data showed.",
        "The relief crew boarded the tanker Helene Star in Fujairah on Sunday.",
        "Coast guard officers boarded the fishing boat Ocean Star for a routine safety inspection "
        "on Monday.",
        "A harbour pilot boarded the bulk carrier Ocean Lark off Durban on Tuesday to bring it in.",
        "The tug Tor Mercia sailed alongside the disabled tanker Aldora on Wednesday to pass a "
        "towline.",
        "The supply ship Fort Arden met the frigate HMS Corbel off Oman on Tuesday to refuel it.",
        "Fighter jets intercepted two Russian bombers near the Aleutians on Tuesday.",
        "The Indian Navy escorted the bulk carrier Jal Ketu to safety on Friday.",
    ],
)
def test_help_routine_and_protection_at_sea_are_no_incident(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Houthi gunboats approached the bulk carrier Marlo Bay and fired on it on Wednesday.",
            "pursuit",
        ),
        (
            "Two Iranian speedboats chased the tanker Sweet Harbor in the Strait of Hormuz on "
            "Thursday.",
            "pursuit",
        ),
        (
            "Chinese coast guard ships turned back the Philippine supply boat Lapu near the "
            "shoal on Sunday.",
            "pursuit",
        ),
        (
            "Armed men forcibly boarded the chemical tanker Kirana Star off Bonny on Tuesday.",
            "boarding",
        ),
        (
            "Russian warships intercepted the cargo ship Kemal Deniz in the Black Sea on Sunday "
            "and boarded it.",
            "boarding",
        ),
    ],
)
def test_a_hostile_approach_chase_or_boarding_still_fires(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs seized 2 tonnes of cocaine in a container at Antwerp on Monday.",
        "Police seized 400 kg of heroin at the port of Durban on Tuesday.",
        "Belgian customs confiscated 850 kilograms of cocaine inside two containers last week.",
        "Dutch officers seized 3 tonnes of cocaine hidden in a banana shipment at Rotterdam.",
        "Spanish police seized 1.5 tonnes of hashish on a beach near Cadiz on Sunday.",
    ],
)
def test_drugs_seized_ashore_take_no_vessel(text: str) -> None:
    assert "seizure" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The frigate Nordkapp seized 1.2 tonnes of cocaine in the Caribbean on Sunday.",
        "The navy seized 3 tonnes of cocaine from a container ship off Guayaquil on Monday.",
        "Crews seized 900 kg of cocaine near the port of Buenaventura on Friday.",
    ],
)
def test_drugs_seized_at_sea_are_a_seizure(text: str) -> None:
    assert "seizure" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Border Patrol agents detained them near the beach on Sunday.",
        "Police arrested them at the harbour in Dover on Friday.",
        "Gendarmes apprehended them on the dunes near Calais on Tuesday.",
    ],
)
def test_people_detained_are_not_a_ship_seized(text: str) -> None:
    assert "seizure" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard stopped the dhow off Fujairah and detained it on Monday.",
        "The navy intercepted two skiffs off Eyl and seized them on Monday.",
        "Iran detained the crew of the tanker Talara on Monday.",
    ],
)
def test_a_ship_or_its_crew_detained_is_a_seizure(text: str) -> None:
    assert "seizure" in event_types(text)


def _names(text: str, dateline: str) -> set[str | None]:
    article = Article(text, "urn:test", published=PUBLISHED, dateline=dateline)
    return {vessel.name for event in extract(article) for vessel in event.vessels}


@pytest.mark.parametrize(
    ("dateline", "text"),
    [
        (
            "WASHINGTON (CWS)",
            "Nine people died on Friday when American forces struck three boats in the "
            "Caribbean, vessels Washington accuses of smuggling cocaine. Officials did not "
            "say where the boats were hit.",
        ),
        (
            "MOSCOW (CWS)",
            "Ukrainian drones struck two boats near Sevastopol on Friday, vessels Moscow "
            "accuses of carrying arms. Kyiv did not say where the boats were hit.",
        ),
        (
            "LONDON (CWS)",
            "Royal Marines seized two boats in the Channel on Thursday, vessels London "
            "accuses of people smuggling. Officials did not say where the boats were seized.",
        ),
    ],
)
def test_the_dateline_city_names_no_vessel(dateline: str, text: str) -> None:
    assert _names(text, dateline) == {None}


@pytest.mark.parametrize(
    ("dateline", "text", "name"),
    [
        ("ADEN (CWS)", "Houthi missiles struck the tanker Washington on Monday.", "Washington"),
        (
            "WASHINGTON (CWS)",
            "A drone struck the destroyer USS Washington off Yemen on Monday.",
            "USS Washington",
        ),
    ],
)
def test_a_ship_named_after_a_city_keeps_its_name(dateline: str, text: str, name: str) -> None:
    assert name in _names(text, dateline)


@pytest.mark.parametrize(
    "text",
    [
        "Two men approached reporters at the harbour gate in Berbera on Monday.",
        "People approached the coast guard station in Sfax for news on Tuesday.",
        "Local men chased the thieves away from the landing site on Friday.",
        "The migrants had boarded the wooden boat Nour in Zuwara on Saturday night.",
        "Refugees boarded a rubber dinghy near Calais before dawn on Sunday.",
    ],
)
def test_people_meeting_people_or_taking_a_boat_tell_no_pursuit_or_boarding(text: str) -> None:
    assert not {"pursuit", "boarding"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Pirates approached from the stern at high speed off Eyl on Monday.",
        "Two skiffs chased the tanker Kota Mas off Hobyo on Tuesday.",
        "Robbers approached in a small boat and climbed the anchor chain of the tanker Yara on "
        "Friday.",
        "Pirates had boarded the tanker Kota Mas off Lagos on Saturday night, the owner said.",
    ],
)
def test_pirates_approaching_or_boarding_still_tell_the_act(text: str) -> None:
    assert {"pursuit", "boarding"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police boarded the yacht Bayesian in Porticello to collect evidence on Tuesday.",
        "Investigators boarded the tanker Eagle Crest at Kilpilahti to interview the crew.",
        "The owner diverted the tanker Nordic Sky to Salalah after the attack on Monday.",
        "The operator diverted the container ship Maersk Ohio to Djibouti to offload cargo.",
        "The bulk carrier Star Iris was diverted to Port Said for repairs on Tuesday.",
    ],
)
def test_boarding_for_evidence_or_a_diversion_by_owners_is_no_incident(text: str) -> None:
    assert not {"pursuit", "boarding"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "The navy diverted the tanker Suez Rajan toward Texas on Monday.",
        "Iranian boats diverted the tanker Talara toward Iranian waters on Thursday.",
        "Police boarded the tanker Eagle Crest off Porvoo on Thursday and searched it.",
        "The master told the port; the coast guard boarded the tanker Sea Wren to investigate.",
    ],
)
def test_a_diversion_or_boarding_by_a_state_is_still_one(text: str) -> None:
    assert {"pursuit", "boarding", "seizure"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "The exercise included boarding a simulated suspect vessel and searching it for arms.",
        "Crews from six navies boarded the training ship Kiel during Exercise Cutlass Express "
        "on Monday.",
        "Marines from three countries boarded the cargo ship Cape Race as part of Exercise Sea "
        "Breeze on Friday.",
    ],
)
def test_an_act_in_a_named_exercise_or_one_it_included_is_practice(text: str) -> None:
    assert "boarding" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Houthi gunmen boarded the car carrier Galaxy Leader on Sunday, days after a "
            "naval exercise ended.",
            "boarding",
        ),
        ("Pirates boarded the tanker Kota Mas during the night off Lagos on Tuesday.", "boarding"),
        (
            "Iranian commandos seized the tanker Niovi during Operation Sentinel patrols on "
            "Wednesday.",
            "seizure",
        ),
    ],
)
def test_an_act_beside_an_exercise_or_during_an_operation_still_happened(
    text: str, expected: str
) -> None:
    assert expected in event_types(text)
