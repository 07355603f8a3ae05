"""How news tells that sea traffic was closed off (issue #13), and what only sounds like it:
votes, threats, storms, cordons on land. Sentences are our own."""

import pytest

from tests.extract.reading import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Russia closed the Kerch Strait to all commercial vessels on Sunday.",
        "Iran's navy shut the Strait of Hormuz to tankers on Thursday.",
        "Moscow has closed passage through the Kerch Strait to ships loaded abroad since Friday.",
        "Russia shut off access to the Sea of Azov from the Black Sea on Sunday.",
    ],
)
def test_a_strait_or_sea_closed_to_ships_is_a_blockade(text: str) -> None:
    assert "blockade" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran's parliament approved a plan to close the Strait of Hormuz on Sunday.",
        "Officials said Iran could shut the Strait of Hormuz if attacked.",
        "The harbour master closed the quay to visitors on Monday.",
    ],
)
def test_plans_threats_and_closed_quays_are_no_blockade(text: str) -> None:
    assert "blockade" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia barred foreign warships from the Kerch Strait on Thursday.",
        "The Houthis banned Israeli-linked ships from the Red Sea on Sunday.",
        "The navy stopped all ships from entering the harbour of Sfax on Saturday.",
        "The rebels halted all shipping to the port of Eilat in November.",
    ],
)
def test_ships_barred_or_shipping_halted_is_a_blockade(text: str) -> None:
    assert "blockade" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The club banned its members from the marina bar on Friday.",
        "The rebels threatened to halt all shipping to the port of Eilat.",
        "The storm prevented fishermen from leaving the harbour on Monday.",
    ],
)
def test_bans_on_people_and_threatened_halts_are_no_blockade(text: str) -> None:
    assert "blockade" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Warships set up a naval cordon around the port of Tartus on Friday.",
        "Warships cordoned off the port of Tartus on Friday.",
        "Chinese warships encircled the island on Monday in drills that rehearsed a blockade.",
        "China's navy surrounded Taiwan with warships and coast guard ships on Tuesday.",
    ],
)
def test_a_port_or_island_ringed_by_warships_is_a_blockade(text: str) -> None:
    assert "blockade" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police cordoned off the area around the port after the blast on Monday.",
        "Police set up a cordon around the harbour market on Friday.",
        "Protesters surrounded the port of Piraeus on Monday.",
        "Analysts said warships could encircle the island in a crisis.",
    ],
)
def test_police_cordons_protests_and_scenarios_are_no_blockade(text: str) -> None:
    assert "blockade" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's closure of the Kerch Strait on Sunday stranded dozens of ships.",
        "The Houthis' ban on Israeli-linked shipping in the Red Sea took effect on Friday.",
        "Israel's naval siege of the port tightened on Monday.",
    ],
)
def test_a_closure_ban_or_siege_told_as_a_noun_is_a_blockade(text: str) -> None:
    assert "blockade" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warned that a closure of the strait would lift oil prices.",
        "The ministry discussed a ban on fishing in the bay on Monday.",
    ],
)
def test_a_feared_closure_or_fishing_ban_is_no_blockade(text: str) -> None:
    assert "blockade" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese coast guard ships blocked the entrance to the lagoon on Monday.",
        "Russia prohibited foreign ships from the Sea of Azov on Thursday.",
        "Moscow denied Ukrainian ships passage through the Kerch Strait on Sunday.",
        "The port authority suspended all navigation in the strait on Tuesday after the clash.",
    ],
)
def test_entrances_blocked_and_passage_denied_are_a_blockade(text: str) -> None:
    assert "blockade" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fallen trees blocked access to the beach road on Monday.",
        "Officials could deny the tanker entry to the port if its papers are not in order.",
    ],
)
def test_roads_blocked_and_possible_refusals_are_no_blockade(text: str) -> None:
    assert "blockade" not in event_types(text)
