"""All-caps bulletins read in ordinary case: common words lower-cased, names kept."""

from hypothesis import given
from hypothesis import strategies as st

from maritime.extract.casing import readable


def test_common_words_are_lowered_and_sentences_capitalised():
    text = "PIRATES BOARDED THE TANKER AT NIGHT. THE CREW WAS SAFE."
    assert readable(text) == "Pirates boarded the tanker at night. The crew was safe."


def test_names_of_ships_places_months_and_countries_keep_their_capitals():
    text = "ON 12 JUN, ROBBERS BOARDED M/V SEA WIND AT DUMAI, INDONESIA (PANAMANIAN FLAG)."
    assert readable(text) == (
        "On 12 JUN, robbers boarded M/V SEA WIND at DUMAI, INDONESIA (PANAMANIAN flag)."
    )


def test_a_lone_unknown_word_between_common_ones_is_a_common_word():
    assert readable("THE SHIP WAS SUBJECT TO AN ATTACK BY MORTARS AND RIFLES.") == (
        "The ship was subject to an attack by mortars and rifles."
    )


def test_may_is_a_month_unless_a_verb_follows():
    assert readable("THE GANG MAY BE ARMED. IT STRUCK ON 2 MAY.") == (
        "The gang may be armed. It struck on 2 MAY."
    )


def test_ordinary_text_and_short_caps_lines_are_left_alone():
    text = "INDONESIA: On 3 May, robbers boarded the tanker MAGNUM STAR.\nSHIP SAFE"
    assert readable(text) is text


def test_only_the_caps_lines_of_a_mixed_text_change():
    text = "Notice to mariners\nTHE VESSEL WAS FIRED UPON BY TWO BOATS."
    assert readable(text) == "Notice to mariners\nThe vessel was fired upon by two boats."


@given(st.text(alphabet=st.sampled_from("ABCMSTV/ .,:()'-19\nabé"), max_size=80))
def test_only_case_changes_so_every_offset_still_holds(text: str):
    out = readable(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()
