"""Vessel identity as articles write it: former names, IMO numbers, flags before names."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.extract import extract
from maritime.extract.vessels import find_vessels, whole_words
from maritime.read.article import Article

PUBLISHED = date(2025, 12, 12)


def vessels(sentence: str) -> list[tuple]:
    events = extract(Article(text=sentence, uri="t.txt", published=PUBLISHED))
    assert events, f"no event read from {sentence!r}"
    return [(v.name, v.imo, v.flag, v.former_names) for e in events for v in e.vessels]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Guyana-flagged tanker Harbor Star, formerly named Ocean Dawn, was boarded "
            "by coast guard officers on Wednesday.",
            ("Harbor Star", None, "GUY", ["Ocean Dawn"]),
        ),
        (
            "Navy sailors seized the Harbor Star (IMO 9304667), formerly known as Ocean Dawn, "
            "on Wednesday.",
            ("Harbor Star", "9304667", None, ["Ocean Dawn"]),
        ),
        (
            "Commandos seized the tanker Sea Lark, formerly the Blue Gull, on Tuesday.",
            ("Sea Lark", None, None, ["Blue Gull"]),
        ),
        (
            "Pirates hijacked the tanker Sea Lark, ex-Blue Gull, on Monday.",
            ("Sea Lark", None, None, ["Blue Gull"]),
        ),
    ],
)
def test_former_names_and_imo(sentence: str, expected: tuple) -> None:
    assert expected in vessels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Panama-flagged Sea Lark was briefly boarded by armed men on Friday.",
        "A second tanker, the Greek-owned, Panama-flagged Sea Lark, was boarded on Friday.",
    ],
)
def test_ownership_and_flag_words_are_not_names(sentence: str) -> None:
    names = [name for name, *_ in vessels(sentence)]
    assert names == ["Sea Lark"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Coast guard officers seized the tanker Harbor Star on Wednesday. Shipping records "
            "show the Harbor Star, previously named Ocean Dawn, loaded crude in November.",
            ("Harbor Star", None, ["Ocean Dawn"]),
        ),
        (
            "Coast guard officers seized the tanker Harbor Star on Wednesday. "
            "The Ocean Dawn, since renamed Harbor Star, has changed flags three times.",
            ("Harbor Star", None, ["Ocean Dawn"]),
        ),
        (
            "Coast guard officers seized the tanker Harbor Star on Wednesday. The Harbor Star, "
            "formerly Ocean Dawn, was sanctioned in 2023. Ocean Dawn (IMO 9304667) carried "
            "fuel for years.",
            ("Harbor Star", "9304667", ["Ocean Dawn"]),
        ),
    ],
)
def test_identity_from_background_sentences(article: str, expected: tuple) -> None:
    """A former name or IMO given in a sentence that reports no incident still reaches
    the vessel the article's incident names, so the registry keeps all its names."""
    found = [(name, imo, former) for name, imo, _, former in vessels(article)]
    assert found == [expected]


def test_identity_needs_a_name_the_article_knows_as_a_ship() -> None:
    article = (
        "Coast guard officers seized the tanker Harbor Star on Wednesday. "
        "The port of Maple Bay, formerly named Oakridge, handled its cargo."
    )
    assert [former for *_, former in vessels(article)] == [[]]


def test_a_ship_identified_later_gets_its_name_and_flag() -> None:
    article = (
        "Marines boarded and detained a small tanker near Qeshm Island on Sunday. "
        "Port officials later identified the vessel as the Togo-flagged Marlin Bay."
    )
    assert [(name, flag) for name, _, flag, _ in vessels(article)] == [("Marlin Bay", "TGO")]


def test_identification_does_not_rename_a_named_ship() -> None:
    article = (
        "Marines detained the tanker Harbor Star near Qeshm Island on Sunday. "
        "Port officials identified the vessel as the Togo-flagged Marlin Bay."
    )
    assert [name for name, *_ in vessels(article)] == ["Harbor Star"]


def test_a_ship_acted_on_by_name_after_the_lead_gets_that_name() -> None:
    article = (
        "Navy commandos seized a Togo-flagged oil tanker near Qeshm Island on Sunday.\n\n"
        "Witnesses said four fast boats surrounded the Marlin Bay before dawn."
    )
    assert [(name, flag) for name, _, flag, _ in vessels(article)] == [("Marlin Bay", "TGO")]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Witnesses said fast boats later surrounded the Port of Bandar Abbas.",  # a place
        "Officials said the Revolutionary Guards had seized the Harbor Star in 2019.",  # own act
        "Over the past year the navy has detained 12 tankers and freed the Marlin Bay.",  # a total
    ],
)
def test_naming_after_the_lead_needs_a_ship_and_a_sentence_without_its_own_act(
    follow_up: str,
) -> None:
    article = (
        f"Navy commandos seized a Togo-flagged oil tanker near Qeshm Island on Sunday. {follow_up}"
    )
    found = vessels(article)
    assert found[0][0] is None


@given(
    st.text(alphabet=st.sampled_from("Ab é_1 -.'"), max_size=30),
    st.text(alphabet=st.sampled_from("Ab é_1 -.'"), max_size=4),
)
def test_whole_words_finds_what_a_word_bounded_pattern_finds(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(whole_words(text, word)) == expected


def test_a_role_noun_in_apposition_names_the_ship() -> None:
    [found] = find_vessels("The Sea Lark, flagship of the northern squadron, sank overnight.")
    assert (found.name, found.naval) == ("Sea Lark", True)


@pytest.mark.parametrize(
    ("follow_up", "name"),
    [
        ("The vessel was identified by UKMTO as the Tutor.", "Tutor"),
        ("Officials identified it as the Tutor, a Greek-owned ship.", "Tutor"),
        ("Maritime security firms identified the ship as Sea Lark on Tuesday.", "Sea Lark"),
    ],
)
def test_a_ship_identified_by_a_bare_name_gets_it(follow_up: str, name: str) -> None:
    article = f"A drone struck a Liberian-flagged bulk carrier off Hodeidah on Monday. {follow_up}"
    assert [n for n, *_ in vessels(article)] == [name]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Officials identified the attackers as the Houthis.",
        "Officials identified the area as Hodeidah, a port city.",
    ],
)
def test_an_identified_group_or_place_is_not_the_ships_name(follow_up: str) -> None:
    article = f"A drone struck a Liberian-flagged bulk carrier off Hodeidah on Monday. {follow_up}"
    assert [n for n, *_ in vessels(article)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Iranian commandos seized a Panama-flagged crude tanker in the Gulf of Oman on "
            "Thursday. The Sorrel Bay, an Aframax bound for Rotterdam, had sent a distress call.",
            "Sorrel Bay",
        ),
        (
            "Houthi missiles hit a Liberian-flagged bulk carrier off Hodeidah on Monday. The "
            "Orla Dawn, a Supramax loaded with grain, was listing by nightfall.",
            "Orla Dawn",
        ),
        (
            "Pirates hijacked a fishing dhow off Eyl on Sunday. The Al Noor 7, a dhow with "
            "eleven crew, was steered toward the coast.",
            "Al Noor 7",
        ),
    ],
)
def test_the_next_sentence_names_the_unnamed_ship_by_apposition(text: str, name: str) -> None:
    found = extract(Article(text=text, uri="t.txt", published=date(2024, 5, 1)))
    assert [v.name for e in found for v in e.vessels][:1] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # A ship of another kind: a warship sent after the tanker is not the tanker.
        "Iranian commandos seized a Panama-flagged crude tanker in the Gulf of Oman on "
        "Thursday. The Hercules, a frigate of the Fifth Fleet, sailed toward the scene.",
        # The naming sentence tells an incident of its own.
        "Houthi missiles hit a Liberian-flagged bulk carrier off Hodeidah on Monday. The "
        "Orla Dawn, a Supramax, was hijacked off Eyl on Tuesday.",
    ],
)
def test_a_ship_of_another_kind_or_incident_names_no_earlier_one(text: str) -> None:
    found = extract(Article(text=text, uri="t.txt", published=date(2024, 5, 1)))
    assert found[0].vessels[0].name is None
