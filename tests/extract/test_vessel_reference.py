"""A bare "the ship", "the vessel" or "it" that refers back to a named ship: a warship
too, when no merchant ship can be meant, and only a few sentences on."""

from __future__ import annotations

from datetime import date

import pytest

from maritime.extract import ExtractedEvent, extract
from maritime.read.article import Article

PUBLISHED = date(2025, 6, 20)


def events(text: str, kind: str) -> list[ExtractedEvent]:
    found = extract(Article(text=text, uri="t.txt", published=PUBLISHED))
    chosen = [e for e in found if e.type == kind]
    assert chosen, f"no {kind} read from {text!r}: {found}"
    return chosen


def names(event: ExtractedEvent) -> list[str | None]:
    return [v.name for v in event.vessels]


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel, flagship of the northern squadron, left port on Monday. Analysts said "
        "the cruiser had escorted supply convoys for weeks. Two days later, the 9,800-tonne "
        "ship was struck by two missiles and sank.",
        "The destroyer HMS Kestrel was patrolling the gulf on Monday. On Wednesday, the "
        "vessel was hit by a drone.",
        "The frigate Kestrel sailed into the strait on Monday, and the ship was struck by a "
        "drone hours later.",
    ],
)
def test_the_ship_is_the_warship_named_shortly_before(text: str) -> None:
    [strike] = events(text, "strike")
    assert names(strike) == ["Kestrel" if "HMS" not in text else "HMS Kestrel"]
    assert strike.vessel_count == 1


def test_a_reference_keeps_the_ship_in_focus_for_it() -> None:
    text = (
        "The Kestrel, flagship of the northern squadron, left port on Monday. The ship was "
        "struck by a missile on Tuesday. Officials said it was hit again on Wednesday."
    )
    assert [names(e) for e in events(text, "strike")] == [["Kestrel"], ["Kestrel"]]


def test_too_many_sentences_later_the_ship_is_left_unnamed() -> None:
    text = (
        "The frigate HMS Kestrel left Portsmouth in May. Its crew trained for weeks. The "
        "weather was poor. Officers praised the crew. Supplies ran short. On Wednesday, the "
        "ship was hit by a drone."
    )
    [strike] = events(text, "strike")
    assert names(strike) == [None]


def test_a_named_merchant_ship_comes_first() -> None:
    text = (
        "The tanker Sea Lark anchored off Aden on Sunday. The destroyer HMS Kestrel escorted "
        "it on Monday. On Tuesday, the ship was struck by a missile."
    )
    [strike] = events(text, "strike")
    assert names(strike) == ["Sea Lark"]


@pytest.mark.parametrize(
    "text",
    [
        "A fishing vessel was hijacked off Somalia on Monday. The frigate HMS Kestrel "
        "shadowed the pirates for two days. On Wednesday the vessel was boarded by a second "
        "gang.",
        "Pirates seized a ship off Somalia on Monday. The frigate HMS Kestrel shadowed the "
        "pirates for two days. On Wednesday the vessel was boarded by a second gang.",
    ],
)
def test_an_unnamed_civilian_ship_told_of_before_keeps_the_warship_out(text: str) -> None:
    [boarding] = events(text, "boarding")
    assert "HMS Kestrel" not in names(boarding)


def test_several_ships_are_not_one_named_ship() -> None:
    text = (
        "The frigates HMS Kestrel and HMS Osprey patrolled the gulf on Monday. On Tuesday "
        "the two ships were struck by drones."
    )
    [strike] = events(text, "strike")
    assert strike.vessel_count == 2 and names(strike) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded the tanker Sea Wren on Thursday. A skiff with five men chased an LPG "
        "carrier east of Hobyo on Friday and came within two cables of it.",
        "The frigate Kestrel reached the gulf on Monday. A speedboat followed a bulk carrier "
        "off Aden on Tuesday and then shadowed it for an hour.",
        "The dhow Safa was freed on Sunday. Two skiffs pursued a container ship near Socotra "
        "on Monday and harassed it until dusk.",
    ],
)
def test_it_after_an_act_on_an_unnamed_ship_is_that_ship(text: str) -> None:
    assert all(None in names(event) or not event.vessels for event in events(text, "pursuit"))


def test_it_after_an_act_on_a_named_ship_is_that_ship() -> None:
    text = (
        "The tanker Sea Wren left Salalah on Monday. A skiff chased the tanker Orla Bay on "
        "Tuesday and came within two cables of it."
    )
    assert ["Orla Bay"] in [names(event) for event in events(text, "pursuit")]
