"""Terse incident reports (piracy notices, old all-caps bulletins), in our own words: the
events they tell, the dates they give, and the modality rules they must still obey."""

from datetime import date

import pytest

from maritime.extract import extract
from maritime.read.article import Article

PUBLISHED = date(2009, 6, 20)


def events(text: str, published: date | None = PUBLISHED):
    return extract(Article(text=text, uri="notice.txt", published=published))


def kinds(text: str) -> list[str]:
    return [e.type for e in events(text)]


# --- all-caps bulletins ------------------------------------------------------------


def test_an_all_caps_bulletin_reads_like_a_modern_notice():
    found = events(
        "MALACCA STRAIT: AN UNIDENTIFIED BULK CARRIER WAS BOARDED 14 JUN AT 0300 LOCAL TIME "
        "WHILE AT ANCHOR. FOUR ROBBERS ARMED WITH KNIVES ESCAPED WITH SHIP'S STORES."
    )
    assert [(e.type, e.date_start) for e in found] == [("boarding", date(2009, 6, 14))]
    assert found[0].vessels[0].vessel_type == "bulk carrier"


def test_an_all_caps_ship_name_survives():
    found = events("ON 02 JUN 09 PIRATES BOARDED M/V OCEAN PEARL OFF LAGOS AND STOLE CARGO.")
    assert found[0].type == "boarding"
    assert found[0].date_start == date(2009, 6, 2)
    assert [v.name for v in found[0].vessels] == ["OCEAN PEARL"]


@pytest.mark.parametrize(
    "text",
    [
        "PIRATES THREATENED TO HIJACK ANY TANKER ENTERING THE BAY.",
        "THE NAVY DENIED THAT ITS PATROL BOAT HAD FIRED ON THE TRAWLER.",
        "MARINERS ARE WARNED THAT PIRATES MAY ATTACK SHIPS IN THIS AREA.",
    ],
)
def test_caps_threats_and_denials_stay_non_events(text: str):
    assert events(text) == []


def test_a_date_heading_the_report_dates_what_follows():
    found = events("MARCH 1988. SULU SEA. THE M/V KOTA RIA WAS FIRED UPON BY TWO SPEEDBOATS.")
    assert found[0].type == "strike"
    assert (found[0].date_start, found[0].date_end) == (date(1988, 3, 1), date(1988, 3, 31))


# --- who acts when no ship is named ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("On 9 June, four robbers boarded via the anchor chain.", "boarding"),
        ("Six pirates boarded vessel through the hawse pipe on 3 June.", "boarding"),
        ("The KAPITAN ROSS was boarded by six thieves on 12 June.", "boarding"),
        ("On 2 June pirates attacked from two skiffs but withdrew.", "strike"),
        ("On 4 June robbers stole ship's stores from the forecastle.", "boarding"),
        ("On 8 June gunmen kidnapped four crew members from a supply boat.", "boarding"),
        ("On 5 June the duty AB noticed two robbers on the poop deck.", "boarding"),
        ("On 6 June two skiffs chased and fired upon a tanker underway.", "strike"),
        ("On 7 June a merchant vessel reported coming under fire.", "strike"),
        ("On 1 June rebels hurled grenades at a navy patrol boat.", "strike"),
        ("On 3 June six crew members were reportedly kidnapped off Bonny.", "boarding"),
        ("On 3 June gunmen abducted two fishermen near the island.", "boarding"),
        ("On 5 June three robbers were sighted by the duty crew near the rail.", "boarding"),
        ("On 9 June robbers were able to board a tug anchored at Abidjan.", "boarding"),
        ("On 7 June thieves scaled the anchor chain and fled.", "boarding"),
        ("On 2 June a boarding was attempted at Cochin anchorage.", "boarding"),
        ("On 4 June a VLCC was attacked 60 nm south of Pasni.", "strike"),
        ("On 6 June two skiffs reportedly chased M/V GREY HERON near the island.", "pursuit"),
        ("On 8 June the trawler struck a mine off the coast.", "strike"),
        ("A dredge was subjected to two attempted boardings on 1 June.", "boarding"),
        ("On 2 June the watch spotted persons armed with knives on forecastle.", "boarding"),
    ],
)
def test_acts_of_pirates_and_robbers_need_no_named_ship(text: str, event_type: str):
    assert event_type in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in the town on Monday.",
        "The crew searched the ship but found no robbers.",
        "The robbers escaped without stealing anything.",
        "Colombia said one of the three men killed in the 15 May strike was a fisherman.",
        "Vessels are advised to report suspicious activity to the authorities.",
        "On 21 June the gunmen released the kidnapped fishermen unharmed.",
    ],
)
def test_no_act_on_a_ship_is_told(text: str):
    assert kinds(text) == []


def test_men_killed_in_a_strike_is_the_noun_strike_on_one_boat():
    text = "Officials said one of the three men killed in the September 15 strike, a fisherman, "
    found = events(text + "had no link to smuggling.", published=date(2025, 10, 20))
    assert [(e.type, e.vessel_count, e.date_start) for e in found] == [
        ("strike", 1, date(2025, 9, 15))
    ]


# --- the phrasing of notices -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        (
            "INDONESIA: An unidentified tanker reports attempt to board 6 Jun at 0140 local time "
            "while at Dumai anchorage.",
            "boarding",
            date(2009, 6, 6),
        ),
        (
            "RED SEA: A container ship reports approach by two speedboats 12 Jun at 2200 UTC.",
            "pursuit",
            date(2009, 6, 12),
        ),
        (
            "NIGERIA: A supply vessel was subject to attempted boarding 11 Jun while underway.",
            "boarding",
            date(2009, 6, 11),
        ),
        (
            "GHANA: Unidentified chemical tanker boarded 17 Jun at 0345 local time at anchor.",
            "boarding",
            date(2009, 6, 17),
        ),
        (
            "M/V CAPE LILY while at anchor off Chittagong was boarded by robbers on 3 Jun.",
            "boarding",
            date(2009, 6, 3),
        ),
        (
            "On 11 June, a merchant vessel near position 12-05N - 045-24E reported a suspicious "
            "approach by a skiff.",
            "pursuit",
            date(2009, 6, 11),
        ),
        (
            "SOMALIA: A general cargo ship reports being obstructed in the channel 9 Jun.",
            "pursuit",
            date(2009, 6, 9),
        ),
        (
            "A bulk carrier reported being approached at speed by two white skiffs on 4 Jun.",
            "pursuit",
            date(2009, 6, 4),
        ),
        (
            "A yacht was anchored on 2 Jun when the owner found that cash and equipment were "
            "stolen.",
            "boarding",
            date(2009, 6, 2),
        ),
    ],
)
def test_notice_phrasings(text: str, event_type: str, day: date):
    found = [e for e in events(text) if e.type == event_type]
    assert found and found[0].date_start == day


def test_duty_crew_trying_to_board_is_still_an_attempt():
    assert kinds("The crew saw a man trying to board the tanker via the anchor chain.") == [
        "boarding"
    ]


def test_a_numbered_ship_is_not_a_negation():
    assert kinds("On 6 June the F/V HAI FENG no.2 was attacked by pirates.") == ["strike"]


def test_a_mis_decoded_dash_is_not_a_question():
    text = "On 4 June, a tanker was approached near position 03:31N \ufffd?? 005:29E by a skiff."
    assert kinds(text) == ["pursuit"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "UNNOTICED, ROBBERS BOARDED AN ANCHORED TANKER AND STOLE SHIP'S STORES. "
            "VTMS MANILA INFORMED.",
            "PHL",
        ),
        (
            "Four robbers boarded an anchored bulk carrier and escaped. VTMS Colombo notified.",
            "LKA",
        ),
        ("Robbers stole paint from a berthed tanker. Incident reported to VTIS Jakarta.", "IDN"),
    ],
)
def test_a_vessel_traffic_service_before_its_seat_gives_the_setting(text: str, country: str):
    """ "VTMS MANILA INFORMED": the traffic service of a state's port was told, so the report
    happened in that state's waters, as "SINGAPORE VTIS NOTIFIED" already said."""
    found = events(text)
    assert found and found[0].place is not None and found[0].place.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Robbers boarded an anchored tanker and escaped. The owners in Manila were not told.",
        "Robbers boarded an anchored tanker and escaped. Manila said nothing about it.",
    ],
)
def test_a_capital_named_without_a_local_authority_gives_no_state_waters(text: str):
    found = events(text)
    assert not found or found[0].place is None or found[0].place.precision != "region"


# --- how regional centres tell a boarding and an approach --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four perpetrators armed with knives were sighted on deck by the bosun of the bulk "
        "carrier Ocean Lark on 3 June.",
        "The duty oiler sighted three perpetrators on deck of the tanker Hira on 4 June.",
        "Two unauthorised persons were sighted in the vicinity of the steering gear room of "
        "the tanker Coral on 5 June.",
        "Robbers armed with knives gained access to the tanker Kota Emas via the anchor chain "
        "on 6 June.",
        "Armed men got on board the product tanker Delta Ray off Lome on 7 June.",
        "A boarding team from the cutter Stone searched the fishing vessel Lucky Star on 8 June.",
    ],
)
def test_robbers_seen_aboard_or_a_boarding_team_searching_is_a_boarding(text: str) -> None:
    assert "boarding" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The master saw no robbers on deck during the search on 3 June.",
        "No perpetrators were sighted during the search of the ship on 4 June.",
        "The crew got on board the lifeboat Tern after the fire on 5 June.",
        "Boarding teams usually search a dhow's hold for hidden weapons.",
    ],
)
def test_no_robbers_seen_or_a_team_in_general_is_no_boarding(text: str) -> None:
    assert "boarding" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two pirate skiffs got within one nautical mile of the supply ship Harvey Mile on 3 June.",
        "Two skiffs closed to within 300 metres of the bulk carrier Emerald Bay on 4 June.",
        "Three Iranian patrol boats tried to impede the tanker Calder in the strait on 5 June.",
        "Taiwan's coast guard ejected three Chinese coast guard ships from the waters off Matsu "
        "on 6 June.",
    ],
)
def test_closing_on_impeding_or_ejecting_a_ship_is_a_pursuit(text: str) -> None:
    assert "pursuit" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The skiff closed to 200 metres before the guards fired warning shots.",
        "Fog impeded traffic in the Dover Strait on 3 June.",
        "The pilot ejected from the jet before it crashed into the sea on 4 June.",
    ],
)
def test_closing_with_no_ship_fog_or_a_pilot_is_no_pursuit(text: str) -> None:
    assert "pursuit" not in kinds(text)
