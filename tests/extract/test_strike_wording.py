"""How news tells an attack on a ship (issue #13): the wordings wire services, maritime
trade bulletins and defence ministries use, each heard as a strike, beside look-alikes
that are not one. Sentences are our own."""

import pytest

from tests.extract.reading import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Sea drones blew up the landing ship Azov near Feodosia on Sunday.",
        "The patrol boat Vasily Bykov was blown up by two naval drones off Crimea on Friday.",
        "Gunmen strafed the crew boat Sea Swift with automatic fire off Bonny on Monday.",
        "Russian jets bombarded the grain carrier Pavlos at the Danube port of Reni on Tuesday.",
        "A maritime militia trawler sideswiped the supply boat Lima near the reef on Monday.",
        "Armed men torched three fishing boats in the creek near Brass on Thursday.",
    ],
)
def test_a_ship_blown_up_strafed_or_torched_is_struck(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sappers blew up the road bridge near Kherson on Monday.",
        "Police divers blew up a sea mine found near the ferry pier in Odesa on Tuesday.",
        "Protesters torched tyres outside the naval base in Manila on Sunday.",
        "The militants threatened to blow up the tanker Safer if it moved.",
    ],
)
def test_what_is_blown_up_or_torched_must_be_a_ship(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Somali pirates set fire to the tanker Aegean Star off Socotra on Wednesday.",
        "A missile set the container ship Rio Grande ablaze south of Aden on Monday.",
        "The freighter Tamar was set on fire by a drone boat near Mokha on Saturday.",
        "Drones set two Russian tankers alight in the Black Sea on Friday.",
    ],
)
def test_a_ship_set_on_fire_is_struck(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Youths set a police car on fire near the port of Piraeus on Sunday.",
        "The master set the bulk carrier Orion on a course for Djibouti on Monday.",
        "The rebels warned they could set the tanker Nora ablaze.",
    ],
)
def test_a_course_set_or_a_car_burnt_is_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Bella reported an explosion in its engine room off Tobruk on Tuesday.",
        "The oil tanker Astra suffered two blasts below the waterline near Ceyhan on Monday.",
        "On Sunday the gas carrier Polar Wind caught fire after a blast off Primorsk.",
        "An explosion aboard the chemical tanker Emerald damaged its hull off Sohar on Monday.",
        "A blast on the tanker Zaria injured three sailors off Benghazi on Friday.",
    ],
)
def test_an_explosion_on_a_ship_is_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A tanker reported explosions ashore near Hodeidah on Tuesday.",
        "The oil depot at Tuapse suffered an explosion on Monday.",
        "An explosion at the fuel terminal in Feodosia was heard on Friday.",
        "The owner said there had been no explosion on the tanker Bella.",
    ],
)
def test_an_explosion_ashore_or_denied_is_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A suicide drone smashed into the tanker Ocean Crest off Tuapse on Wednesday.",
        "On Monday a mine blast tore through the hull of the bulk carrier Nika off Odesa.",
        "The tanker Delta Sun was rocked by two explosions at anchor off Savona on Saturday.",
        "The bulker Anatoli was crippled by a mine near the Danube mouth on Tuesday.",
        "A sea drone exploded against the side of the tanker Cordia off Tuapse on Thursday.",
    ],
)
def test_a_weapon_crashing_into_or_crippling_a_ship_is_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry Calypso crashed into the pier at Piraeus on Monday.",
        "The ferry Nordic was rocked by a storm off Gotland on Friday.",
        "A fire in the galley crippled the cruise ship Aurora off Malta on Sunday.",
    ],
)
def test_accidents_and_weather_are_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired at the tanker Pacific Rose from a skiff near Eyl on Monday.",
        "Two anti-ship missiles were launched toward the bulk carrier Koi on Friday.",
        "Rockets had been fired at the supply ship Ocean Quest off Bayelsa on Sunday.",
    ],
)
def test_shots_fired_at_a_ship_are_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired into the air at a wedding in Aden on Monday.",
        "Missiles were launched at Eilat from Yemen on Tuesday.",
    ],
)
def test_shots_fired_at_no_ship_are_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Houthi assault on the tanker Sounion began on Wednesday.",
        "Yemeni rebels claimed an assault on the container ship Maersk Hong Kong on Monday.",
        "Two assaults on Greek-owned bulk carriers were reported in the Red Sea on Tuesday.",
    ],
)
def test_an_assault_on_a_ship_is_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The amphibious assault ship Iwo Jima entered the Caribbean on Monday.",
        "The assault craft landed marines on the beach at Onslow Bay on Tuesday.",
        "Critics denounced the assault on press freedom in Caracas on Monday.",
    ],
)
def test_an_assault_ship_or_an_assault_ashore_is_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones sank the missile boat Ivanovets in Donuzlav Bay on Thursday.",
        "A Neptune missile struck the missile cruiser Moskva in the Black Sea on 13 April.",
        "Bullets hit the bridge of the tanker Sea Dove off Bonny on Sunday.",
    ],
)
def test_a_warship_named_for_its_weapons_and_a_ships_bridge_are_targets(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "US forces struck three Houthi missile launchers near Hodeidah on Monday.",
        "Russian missiles struck a bridge over the Dnipro on Tuesday.",
        "Ukrainian drones hit a radar site in Crimea on Friday.",
    ],
)
def test_weapons_and_bridges_ashore_are_no_targets(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pirates fired on the crew as they sheltered in the citadel of the tanker on Monday.",
        "A navy patrol opened fire on the fishermen off Khan Younis on Monday.",
        "Gunmen in a skiff shot at the crew of the trawler Amina off Eyl on Tuesday.",
    ],
)
def test_fire_on_a_crew_is_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police opened fire on protesters outside the port of Berbera on Monday.",
        "The union attacked the crew rotation rules in a statement on Friday.",
    ],
)
def test_fire_on_people_ashore_is_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Militants ambushed a police gunboat in a creek near Ekeremor on Sunday.",
        "The ferry Ocean Bay ran onto a mine at the approach to Reni on Monday.",
        "A coaster triggered a drifting mine north of Sulina on Wednesday.",
        "Gunmen in two speedboats started shooting at the ferry Bonny Star on Friday.",
        "Yemeni rebels claimed a direct hit on the tanker Blue Lagoon on Tuesday.",
        "A sea drone left the tanker Orla Star burning off Tuapse on Saturday.",
        "The bulk carrier Sky Crest sustained heavy damage from a missile south of Aden on Monday.",
    ],
)
def test_ambushes_mines_and_the_harm_a_weapon_leaves_are_strikes(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bandits ambushed a bus on the road to Port Harcourt on Monday.",
        "Divers found no mines under the coaster Ida at Constanta on Tuesday.",
        "The film crew was shooting at the marina in Valletta on Monday.",
        "The storm left the ferry Stella stranded in Piraeus on Sunday.",
        "The ferry Aurora suffered damage from heavy seas near Dover on Friday.",
    ],
)
def test_ambushes_ashore_films_and_storms_are_no_strikes(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces said they neutralized a Ukrainian patrol boat off Kinburn on Friday.",
        "The strike eliminated a go-fast boat and its three crew off Aruba on Tuesday.",
        "A Navy jet took out two drug boats in the Caribbean on Sunday, officials said.",
        "The corvette engaged the pirate skiff with machine guns north of Bosaso on Monday.",
        "The tanker Kerch Spirit took several hits from sea drones on Friday.",
        "Rebel spokesman Saree claimed a qualitative operation against the tanker Delta Blue.",
    ],
)
def test_military_euphemisms_for_hitting_a_ship_are_strikes(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian patrol ship fired warning shots at the cargo ship Okan near the Bosphorus.",
        "The navy said it had eliminated the threat to shipping on Monday.",
        "The shipowner took out a loan against the tanker Nova in March.",
        "The owner engaged the tanker Nova with a three-year charter on Monday.",
        "A joint operation against smuggling rings ashore began on Monday.",
    ],
)
def test_warning_shots_loans_and_charters_are_no_strikes(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Manila said a militia ship intentionally collided with the patrol boat Cabra on Monday.",
        "A Chinese cutter repeatedly collided with the fishing boat Ana near the atoll on Friday.",
        "Beijing said the patrol ship 3014 deliberately collided into a Chinese cutter on Tuesday.",
    ],
)
def test_a_deliberate_collision_is_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The container ship Aster collided with a fishing boat in fog off Singapore on Monday.",
        "Two Chinese cutters collided with each other near the shoal on Monday.",
    ],
)
def test_an_accidental_collision_is_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Volga Star received a hole at the waterline after a drone attack on Friday.",
        "On Monday the frigate Ivan suffered two holes in its hull from Ukrainian sea drones.",
        "The ferry Delfin sustained a hole in its side when a missile struck the port on Sunday.",
    ],
)
def test_a_hole_a_weapon_made_in_a_ship_is_a_strike(text: str) -> None:
    assert "strike" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry Aurora received a hole in its hull after running aground near Corfu on Monday.",
        "The yacht Bella suffered a hole below the waterline on a reef off Belize on Sunday.",
    ],
)
def test_a_hole_from_grounding_is_no_strike(text: str) -> None:
    assert "strike" not in event_types(text)
