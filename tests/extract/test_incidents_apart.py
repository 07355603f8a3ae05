"""Incidents an article tells one after another stay apart, and one incident told twice
becomes one event (issue #13: events made and then lost to another). Sentences are our own."""

from datetime import date

import pytest

from maritime.extract import extract
from maritime.read.article import Article

PUBLISHED = date(2025, 9, 12)  # a Friday


def _events(text: str):
    return extract(Article(text=text, uri="test.txt", published=PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "On 8 September, four men with knives got into the engine room of the Panama-flagged "
        "bulk carrier Coral Wind off Batam. Late that night, three robbers were seen on the poop "
        "deck of a Liberia-flagged chemical tanker off Pulau Bintan.",
        "Robbers boarded the container ship Eastern Lark at Callao anchorage on Monday. Later "
        "that day, armed men boarded a bulk carrier at Guayaquil anchorage.",
        "Pirates boarded the tanker Ruby Sands off Bonny Island on Tuesday. That night, "
        "robbers boarded a Maltese-flagged fishing vessel off Cotonou.",
    ],
)
def test_same_day_boardings_of_ships_of_other_kinds_are_two(text: str) -> None:
    assert [e.type for e in _events(text)] == ["boarding", "boarding"]


@pytest.mark.parametrize(
    "text",
    [
        # the retelling states no kind of ship
        "Robbers boarded the bulk carrier Coral Wind off Batam on 8 September. The vessel was "
        "boarded while it was underway in the eastbound lane.",
        # the retelling states the same kind, somewhere else named
        "Robbers boarded the tanker Ruby Sands off Bonny Island on Tuesday. The tanker was "
        "boarded in the Gulf of Guinea, the agency said.",
        # the kinds differ, but the second tells no place of its own
        "Robbers boarded the bulk carrier Coral Wind off Batam on 8 September. A tanker was "
        "boarded that day, the agency said.",
    ],
)
def test_a_retelling_with_no_other_kind_or_place_is_the_same_boarding(text: str) -> None:
    assert [e.type for e in _events(text)] == ["boarding"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Iran's navy seized the tanker Nora off Jask on Wednesday. Earlier this month, the "
            "navy detained a foreign vessel carrying smuggled fuel near Qeshm.",
            "seizure",
        ),
        (
            "A drone struck the bulk carrier Aster Bay in the Red Sea on Monday. Before that, "
            "a drone had struck a tanker in the Red Sea.",
            "strike",
        ),
        (
            "Pirates boarded the tanker Lumen at Lagos anchorage on 7 September. In an earlier "
            "incident, robbers boarded a container ship at Lagos anchorage.",
            "boarding",
        ),
        (
            "The coast guard seized a fishing boat near Palawan on 4 September. Previously, "
            "the coast guard seized a boat carrying fuel near Mindoro.",
            "seizure",
        ),
    ],
)
def test_an_act_told_as_earlier_is_another_incident(text: str, kind: str) -> None:
    assert [e.type for e in _events(text)] == [kind, kind]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's navy seized the tanker Nora off Jask on Wednesday. The navy said it had seized "
        "the vessel for smuggling fuel.",
        # the vague telling comes first; the dated one after it is the same seizure
        "Earlier this month, Iran's navy seized a tanker near Jask. The tanker Nora was seized "
        "on 3 September off Jask, the navy said.",
        "Houthi missiles struck the tanker Coral Sun off Hodeidah on Monday. The tanker was "
        "struck as it sailed north, the group said.",
    ],
)
def test_an_act_told_again_without_a_separating_word_is_one(text: str) -> None:
    assert len(_events(text)) == 1
