"""Plain-text articles: headline, dateline, agency tails, dates printed in the text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.read.conftest import only_article, read_all, read_stdin

STORY = "Coast guard cutter escorts disabled freighter to port.\n"


def read_text(write, body: str, name: str = "story.txt", **options):
    return only_article(read_all([write(name, body)], **options))


def test_first_line_is_the_headline_and_not_part_of_the_text(write):
    article = read_text(write, "Ferry runs aground off the cape\n\nThe ferry struck a reef.\n")
    assert article.title == "Ferry runs aground off the cape"
    assert article.text == "The ferry struck a reef."
    assert article.fmt == "txt"


@pytest.mark.parametrize(
    ("opening", "dateline", "source"),
    [
        ("Tehran - BORNA - ", "Tehran - BORNA", "BORNA"),
        ("WASHINGTON, Dec 10 (Reuters) - ", "WASHINGTON, Dec 10 (Reuters)", "Reuters"),
        ("CARACAS - ", "CARACAS", None),
        ("NEW DELHI/NAIROBI - ", "NEW DELHI/NAIROBI", None),
        ("LONDON (AP) — ", "LONDON (AP)", "AP"),
        ("Lagos, 4 March (Gulf Wire) – ", "Lagos, 4 March (Gulf Wire)", "Gulf Wire"),
        ("ST. JOHN'S, Antigua -- ", "ST. JOHN'S, Antigua", None),
        ("PORT OF SPAIN, Sept. 2 - ", "PORT OF SPAIN, Sept. 2", None),
    ],
)
def test_datelines_are_cut_from_the_text_and_kept_apart(write, opening, dateline, source):
    article = read_text(write, f"Headline\n\n{opening}{STORY}")
    assert article.dateline == dateline
    assert article.text == STORY.strip()
    assert article.source == source


@pytest.mark.parametrize(
    "first_line",
    [
        "US - China talks on shipping lanes stalled - OFFICIALS SAID",
        "TANKER ON FIRE - CREW ABANDONS SHIP - NO INJURIES",
        "Iran-backed fighters - according to the navy - fired at the ship.",
        "INDONESIA: On 3 May, two robbers boarded an anchored tanker.",
    ],
)
def test_sentences_with_dashes_are_not_mistaken_for_datelines(write, first_line):
    article = read_text(write, f"Headline\n\n{first_line}\n")
    assert article.dateline is None
    assert article.text == first_line


def test_dateline_after_a_kicker_label_is_found(write):
    article = read_text(write, "Headline\n\nANALYSIS\n\nMANILA - The navy said a boat was hit.\n")
    assert article.dateline == "MANILA"
    assert article.text == "ANALYSIS\n\nThe navy said a boat was hit."


@pytest.mark.parametrize(
    "tail",
    [
        "End Article",
        "(Reporting by Ana Silva in Lisbon; Editing by Tom Reed)",
        "Additional reporting by Kim Lee",
        "© 2025 Harbour News Agency",
        "Copyright 2024 Some Paper. All rights reserved.",
    ],
)
def test_agency_tails_are_removed(write, tail):
    article = read_text(write, f"Headline\n\n{STORY}\n{tail}\n")
    assert article.text == STORY.strip()


def test_inline_reporting_credit_is_removed_from_the_last_paragraph(write):
    body = (
        "Headline\n\nThe vessel was released on Friday. (Reporting by Jo Park; editing by Al Roy)\n"
    )
    assert read_text(write, body).text == "The vessel was released on Friday."


def test_whitespace_and_invisible_characters_are_normalised(write):
    raw = (
        "Head\u00a0line\r\n\r\n"
        "The\u00a0tanker\u200b sailed\u202fon.\r\n\r\n\r\n\r\nIt “docked” later.\r\n"
    )
    article = read_text(write, raw)
    assert article.title == "Head line"
    assert article.text == "The tanker sailed on.\n\nIt “docked” later."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patrol boats sent north\nPublished 12 June 2024\n\nThe navy sent boats.", "2024-06-12"),
        (
            "Patrol boats sent north\nUpdated: June 12, 2024 09:30 GMT\n\nBoats were sent.",
            "2024-06-12",
        ),
        ("Patrol boats sent north\nWednesday, 12 June 2024\n\nBoats were sent.", "2024-06-12"),
        ("PIRACY ROUND-UP - 30 March 2020\nThree boardings were logged.", "2020-03-30"),
        ("INCIDENT NOTE\n\n2 May 2021 / 0300 LT\nA skiff chased a tanker.", "2021-05-02"),
        ("Tanker hit\n\nDUBAI, May 3, 2023 (Wire) - A tanker was hit.", "2023-05-03"),
    ],
)
def test_publication_date_read_from_the_text(write, text, expected):
    article = read_text(write, text)
    assert article.published == date.fromisoformat(expected)
    assert article.published_origin == "article"


def test_published_stamp_line_is_not_left_in_the_text(write):
    article = read_text(write, "Boats sent\nPublished 12 June 2024\n\nThe navy sent boats.")
    assert article.text == "The navy sent boats."


def test_a_date_inside_a_sentence_is_an_event_date_not_the_publication_date(write):
    article = read_text(
        write, "Tanker seized\n\nThe tanker was seized on 12 June 2024 in the gulf."
    )
    assert article.published is None
    assert article.published_origin is None


def test_dateline_day_takes_its_year_from_the_supplied_date(write):
    body = "Tanker seized\n\nDUBAI, Dec 31 (Wire) - A tanker was seized.\n"
    article = read_text(write, body, published=date(2026, 1, 2))
    assert article.published == date(2025, 12, 31)
    assert article.published_origin == "article"


def test_dateline_day_takes_its_year_from_the_file_name(write):
    body = "Tanker seized\n\nDUBAI, May 3 (Wire) - A tanker was seized in 2019 and again now.\n"
    article = read_text(write, body, name="2023-05-03-tanker.txt")
    assert article.published == date(2023, 5, 3)


def test_dateline_day_without_any_year_leaves_the_date_unknown(write):
    article = read_text(write, "Tanker seized\n\nDUBAI, May 3 (Wire) - A tanker was seized.\n")
    assert article.published is None


def test_supplied_date_and_source_fill_only_what_the_article_lacks(write):
    plain = read_text(write, f"Headline\n\n{STORY}", published=date(2024, 1, 5), source="Desk")
    assert (plain.published, plain.published_origin, plain.source) == (
        date(2024, 1, 5),
        "supplied",
        "Desk",
    )
    wired = read_text(
        write,
        f"Headline\nPublished 3 May 2023\n\nLONDON (AP) - {STORY}",
        name="wired.txt",
        published=date(2024, 1, 5),
        source="Desk",
    )
    assert (wired.published, wired.published_origin, wired.source) == (
        date(2023, 5, 3),
        "article",
        "AP",
    )


@pytest.mark.parametrize(
    "report",
    [
        "INDONESIA: On 28 May, at 0259 local time, three robbers boarded an anchored bulk "
        "carrier near Nipah and stole engine spares before escaping in a small boat.",
        "NIGERIA: Eight pirates in a speedboat fired on a product tanker underway.",
    ],
)
def test_a_one_line_terse_report_is_all_text(write, report):
    article = read_text(write, report + "\n")
    assert article.title is None
    assert article.text == report


def test_all_caps_bulletin_keeps_its_lines(write):
    bulletin = (
        "MARITIME SECURITY ALERT - GULF OF ADEN\n"
        "POSITION: 12:40N - 045:10E\n"
        "SKIFF WITH FIVE ARMED PERSONS APPROACHED A MERCHANT VESSEL. VESSEL INCREASED SPEED.\n"
    )
    article = read_text(write, bulletin)
    assert article.title == "MARITIME SECURITY ALERT - GULF OF ADEN"
    assert article.text.startswith("POSITION: 12:40N - 045:10E\nSKIFF WITH FIVE")
    assert article.dateline is None


def test_the_same_text_gives_the_same_content_hash_whatever_the_line_endings(write):
    unix = read_text(write, "Headline\n\nBody text.\n", name="a.txt")
    windows = read_text(write, "Headline\r\n\r\nBody text.\r\n", name="b.txt")
    assert unix.content_hash == windows.content_hash


def test_text_on_standard_input_is_read_as_plain_text():
    article = only_article(read_stdin("Boats seized\n\nThe navy seized two boats.\n"))
    assert (article.uri, article.title, article.fmt) == ("-", "Boats seized", "txt")


@pytest.mark.parametrize(
    "links",
    [
        "Related coverage\nOil edges higher on Hormuz tanker report\nHouthis claim drone attack",
        "Read more:\n\nPirates free Thai trawler off Mogadishu\n\nNavy buys two new cutters",
        "See also\nCoast guard seizes cocaine off Aruba",
    ],
)
def test_a_closing_block_of_story_links_is_removed(write, links):
    article = read_text(write, f"Headline\n\n{STORY}\n{links}\n")
    assert article.text == STORY.strip()


@pytest.mark.parametrize(
    "ending",
    [
        "Related talks\nThe two navies met in Manila on Friday to discuss the seizure.",
        "Read more\nThe coast guard said the tanker was released later that day.",
    ],
)
def test_a_paragraph_after_a_heading_like_line_stays(write, ending):
    article = read_text(write, f"Headline\n\n{STORY}\n{ending}\n")
    assert article.text.endswith(ending.split("\n")[-1])
