"""The extraction engine, specified by sentences a user would feed it (our own wording)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maritime.extract import extract
from maritime.extract.casualties import killed_in
from maritime.extract.sentences import split_sentences
from maritime.extract.vessels import find_vessels
from maritime.read.article import Article

PUBLISHED = date(2025, 12, 22)  # a Monday


def events(text: str, published: date | None = PUBLISHED):
    return extract(Article(text=text, uri="test.txt", published=published))


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        (
            "Navy commandos seized the oil tanker Aurora Dawn off the coast of Oman on Friday.",
            "seizure",
        ),
        ("Pirates hijacked the bulk carrier Sea Lark in the Gulf of Aden on Sunday.", "hijacking"),
        (
            "Three robbers boarded an anchored tanker at Lagos anchorage on 3 March 2024.",
            "boarding",
        ),
        ("A patrol vessel chased a smuggling boat across the strait on Tuesday.", "pursuit"),
        ("The navy declared a blockade of the port on Monday.", "blockade"),
        ("A missile struck the container ship Blue Heron in the Red Sea on Thursday.", "strike"),
        ("The admiralty deployed two frigates to the Baltic Sea last week.", "deployment"),
        ("Armed men seized the tanker Polar Gem in the Gulf of Guinea on Saturday.", "hijacking"),
    ],
)
def test_each_type_is_recognised(sentence: str, event_type: str) -> None:
    assert [e.type for e in events(sentence)] == [event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister threatened that strikes on coastal ports could begin soon.",
        "Officials warned they would seize any tanker that breaks the sanctions.",
        "If the attack on the freighter is confirmed, insurers will raise premiums.",
        "The government denied that its navy had boarded the fishing boat.",
        "The ferry has not been detained, the port authority said.",
        "Could the coast guard intercept the tanker before it reaches port?",
        "Crews normally inspect and board suspicious boats rather than sink them.",
    ],
)
def test_threats_denials_and_hypotheticals_are_not_events(sentence: str) -> None:
    assert events(sentence) == []


def test_reported_act_attributed_to_officials_is_an_event() -> None:
    found = events("Officials said the Coast Guard seized a sanctioned tanker on Saturday.")
    assert [e.type for e in found] == ["seizure"]
    assert found[0].date_start == date(2025, 12, 20)


@pytest.mark.parametrize(
    ("sentence", "count", "killed"),
    [
        ("Forces struck two speedboats on Sunday, killing seven people.", 2, 7),
        ("A drone hit a tanker on Monday; no one on board was hurt.", 1, 0),
        ("Forces destroyed multiple boats on Saturday.", None, None),
        ("Six sailors were killed when a missile hit the freighter Orca on Friday.", 1, 6),
    ],
)
def test_counts_and_deaths(sentence: str, count: int | None, killed: int | None) -> None:
    (event,) = events(sentence)
    assert (event.vessel_count, event.killed) == (count, killed)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The US Coast Guard intercepted a tanker on Sunday.", "USA"),
        ("Indian Navy commandos seized the cargo ship Mira Bay on Saturday.", "IND"),
        ("Iran's Revolutionary Guards seized the tanker Cobalt Star on Friday.", "IRN"),
        ("Ukrainian sea drones struck the patrol ship Vikhr on Thursday.", "UKR"),
        ("Somali pirates hijacked the dhow Al Noor on Wednesday.", None),
        ("Washington seized the tanker Long Reach on Friday.", "USA"),
    ],
)
def test_actor_country(sentence: str, country: str | None) -> None:
    (event,) = events(sentence)
    assert event.actor_country == country


def test_coordinated_dates_are_separate_events_with_their_own_vessels() -> None:
    found = events(
        "Guards seized the tanker Gale Runner on December 3 "
        "and the Liberia-flagged Opal Sky on Friday."
    )
    assert [(e.date_start, e.vessels[0].name) for e in found] == [
        (date(2025, 12, 3), "Gale Runner"),
        (date(2025, 12, 19), "Opal Sky"),
    ]
    assert found[1].vessels[0].flag == "LBR"


def test_undated_sentence_inherits_the_date_of_its_context() -> None:
    text = (
        "Forces struck a speedboat on Thursday, killing two people.\n\n"
        "Officials said the vessel had been hit with a missile."
    )
    (event,) = events(text)
    assert event.date_start == date(2025, 12, 18)
    assert len(event.mentions) == 2


def test_terse_report_header_dates_the_incident() -> None:
    text = "14.02.2024: 0310 LT: anchorage.\nFour robbers boarded an anchored tanker. Crew safe."
    (event,) = events(text, published=None)
    assert (event.type, event.date_start, event.killed) == ("boarding", date(2024, 2, 14), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the Panama-flagged tanker Nordic Wave (IMO 9123456)",
            ("Nordic Wave", "tanker", "PAN", "9123456"),
        ),
        ("the MV Harbour Light, a bulk carrier", ("Harbour Light", "bulk carrier", None, None)),
        ("the carrier USS Example Ford", ("USS Example Ford", "warship", None, None)),
    ],
)
def test_vessel_details(text: str, expected: tuple) -> None:
    (vessel, *_rest) = find_vessels(text)
    assert (vessel.name, vessel.vessel_type, vessel.flag, vessel.imo) == expected


def test_former_names() -> None:
    (vessel,) = find_vessels("the Russian-flagged Kestrel, formerly the Morning Tide, sailed on")
    assert (vessel.name, vessel.former_names, vessel.flag) == ("Kestrel", ["Morning Tide"], "RUS")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("killing 11 people", 11),
        ("three crew members were killed", 3),
        ("leaving eight dead", 8),
        ("crew safe", 0),
        ("the ship was damaged", None),
        ("killing all six men aboard", 6),
        ("killing the two people on board", 2),
        ("at least 70 people have now been killed", 70),
        ("when four died", 4),
        ("after three fishermen died", 3),
        ("killing the captain", None),
        ("the engine died", None),
        ("the strike killed the engine", None),
        ("the crew reports two presumed fatalities", 2),
        ("the navy confirmed three deaths on board", 3),
        ("the attack caused 4 fatalities among the crew", 4),
        ("no fatalities were reported", 0),
        ("deaths at sea have fallen this year", None),
    ],
)
def test_killed(text: str, killed: int | None) -> None:
    assert killed_in(text) == killed


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "The U.S. Navy sent the USS Gerald R. Ford on Dec. 3. It arrived at 12.5N later."
    parts = split_sentences(text)
    assert [p.text for p in parts] == [
        "The U.S. Navy sent the USS Gerald R. Ford on Dec. 3.",
        "It arrived at 12.5N later.",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    for event in events(text):
        assert (
            event.date_start is None or event.date_end is None or event.date_start <= event.date_end
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A terse report: bare participle after the ship, header line for date and place.
        (
            "MALACCA STRAIT: Product tanker boarded and robbed 4 March 2024 at 0120 LT while "
            "anchored in position 02-05N 101-40E.",
            ("boarding", date(2024, 3, 4)),
        ),
        (
            "A suspicious approach by two skiffs was reported on 5 April 2024.",
            ("pursuit", date(2024, 4, 5)),
        ),
        (
            "On 9 May 2024 the duty crew of an anchored tanker noticed two robbers in the engine "
            "room; they fled empty-handed.",
            ("boarding", date(2024, 5, 9)),
        ),
    ],
)
def test_terse_piracy_report_styles(text: str, expected: tuple) -> None:
    assert [(e.type, e.date_start) for e in events(text, published=None)] == [expected]


def test_ships_listed_after_a_colon_are_separate_incidents() -> None:
    found = events(
        "On Wednesday, marines seized two tankers: the Blue Kite in the Red Sea, "
        "and the M/T Harbour Star in the Gulf of Aden."
    )
    assert sorted(e.vessels[0].name for e in found) == ["Blue Kite", "Harbour Star"]
    assert {e.date_start for e in found} == {date(2025, 12, 17)}


def test_a_follow_up_sentence_dates_an_undated_act() -> None:
    text = "The frigate Example has been ordered to the Red Sea. The order was given on Thursday."
    (event,) = events(text)
    assert (event.type, event.date_start) == ("deployment", date(2025, 12, 18))


def test_a_day_after_shifts_the_date_back() -> None:
    (event,) = events(
        "Rebels on Sunday released footage of the raid, a day after they seized the tanker "
        "Morning Gull off the coast of Yemen."
    )
    assert (event.type, event.date_start) == ("hijacking", date(2025, 12, 20))


def test_since_opener_makes_a_running_total_a_range() -> None:
    (event,) = events(
        "Since the operation began on September 3, the navy has carried out 12 strikes on "
        "smuggling boats, killing 40 people."
    )
    assert (event.date_start, event.date_end, event.killed) == (
        date(2025, 9, 3),
        date(2025, 12, 22),
        40,
    )


def test_date_of_a_statement_does_not_date_the_act() -> None:
    (event,) = events("Officials said on Monday that forces had struck two boats on Saturday.")
    assert event.date_start == date(2025, 12, 20)


def test_recaps_and_references_back_add_no_event() -> None:
    text = (
        "Forces struck a speedboat on Thursday, killing two people.\n\n"
        "The three strikes carried out this month killed nine people.\n\n"
        "Lawmakers questioned the strike."
    )
    assert len(events(text)) == 1


def test_the_tanker_and_it_refer_to_the_ship_named_before() -> None:
    text = (
        "The tanker Polar Dawn left port on Friday.\n\n"
        "Guards boarded it on Saturday and seized the tanker hours later."
    )
    found = events(text)
    assert {v.name for e in found for v in e.vessels} == {"Polar Dawn"}


def test_a_named_ship_is_not_merged_into_a_running_total() -> None:
    text = (
        "Since October 1, militants have carried out 20 attacks on merchant ships.\n\n"
        "They also struck the bulk carrier Iron Gull on Sunday."
    )
    found = events(text)
    assert sorted((e.vessels[0].name if e.vessels else None) or "" for e in found) == [
        "",
        "Iron Gull",
    ]


@pytest.mark.parametrize(
    ("sentence", "place_name_part"),
    [
        ("Guards seized the tanker Silver Fin in the Strait of Hormuz on Friday.", "Hormuz"),
        ("The tanker Silver Fin, bound for Jubail, was seized by guards on Friday.", None),
    ],
)
def test_a_voyage_destination_is_not_where_the_act_happened(
    sentence: str, place_name_part: str | None
) -> None:
    (event,) = events(sentence)
    name = event.place.name if event.place else None
    assert (place_name_part in name) if place_name_part else name is None


def test_an_undated_act_is_placed_in_the_week_before_publication() -> None:
    """No date in the text: the event may have happened on any of the days before the
    report, and its precision says so instead of claiming the publication day."""
    article = Article(
        "Armed robbers boarded the bulk carrier Sea Lark at the outer anchorage.",
        "t.txt",
        published=date(2024, 5, 10),
    )
    [event] = extract(article)
    assert (event.date_start, event.date_end) == (date(2024, 5, 4), date(2024, 5, 10))
    assert (event.date_precision, event.date_basis) == ("week", "published")


@pytest.mark.parametrize(("phrase", "day"), [("Two days later", 13), ("A day later", 12)])
def test_later_counts_from_the_incident_told_before(phrase: str, day: int) -> None:
    article = Article(
        "A drone struck the tanker Sea Lark in the Red Sea on Monday. "
        f"{phrase}, a missile hit the bulk carrier Blue Gull near Hodeidah.",
        "t.txt",
        published=date(2024, 3, 15),
    )
    dates = [(e.date_start, e.date_precision) for e in extract(article)]
    assert dates == [(date(2024, 3, 11), "day"), (date(2024, 3, day), "day")]
