"""ASAM's terse headline: a ship, its bracketed name, maybe an adverb, then a bare
participle ("Tanker (BRITISH HOLLY) robbed 21 Jan 10") is a passive act on that ship; and
"boarded a tanker by climbing the chain" is active, its "by" telling the means."""

from datetime import date

import pytest

from maritime.extract import extract
from maritime.read.article import Article


def _events(text: str) -> list[tuple[str, str | None]]:
    events = extract(Article(text, "urn:test:terse-headline", published=date(2009, 3, 6)))
    return [(e.type, e.place.name if e.place else None) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KENYA: Container ship (OCEAN STAR) robbed 3 Mar 09 at 0200 local time, Mombasa "
            "anchorage.",
            ("boarding", "Mombasa"),
        ),
        (
            "NIGERIA: Offshore supply vessel (SEA HAWK) attacked 3 Mar 09 while underway off "
            "Bonny.",
            ("strike", "off Bonny"),
        ),
        (
            "INDIAN OCEAN: Bulk carrier (NORD WIND) reportedly boarded 3 Mar 09 while underway "
            "300 NM east of Eyl.",
            ("boarding", "300 nm E of Eyl"),
        ),
    ],
)
def test_a_bracketed_name_between_ship_and_participle_keeps_the_headline(
    text: str, expected: tuple[str, str]
) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "KENYA: Container ship (OCEAN STAR) boarded the pilot at Mombasa 3 Mar 09.",
        "KENYA: Container ship (OCEAN STAR) seized its chance and sailed 3 Mar 09.",
    ],
)
def test_a_bracketed_ships_active_verb_with_an_object_is_no_headline(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "INDONESIA: On 3 March, robbers boarded a tanker by breaking open the hawse pipe "
            "cover at Balikpapan anchorage.",
            ("boarding", "Balikpapan"),
        ),
        (
            "NIGERIA: On 3 March, pirates boarded the tanker by climbing the anchor chain at "
            "Lagos anchorage.",
            ("boarding", "Lagos"),
        ),
        (
            "PERU: On 3 March, thieves boarded a bulk carrier by means of a hook at Callao "
            "anchorage.",
            ("boarding", "Callao"),
        ),
    ],
)
def test_by_and_a_gerund_tells_the_means_not_an_agent(text: str, expected: tuple[str, str]) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March, the crew deterred the robbers by raising the alarm and mustering at Callao.",
        "On 3 March, the master kept the boats away by increasing speed off Eyl.",
    ],
)
def test_a_means_phrase_alone_tells_no_act_on_a_ship(text: str) -> None:
    assert _events(text) == []
