"""Time expressions: what a reader of the timeline would expect each phrase to mean."""

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maritime.extract import times
from maritime.extract.times import TimeSpan, find_times, resolve_relative

PUBLISHED = date(2025, 12, 22)  # a Monday: last week ran 15-21 December

PRECISIONS = {"day", "week", "month", "year", "range", None}
KINDS = {"point", "future", "since", "until", "recent", "relative", "clock"}


def dated(text: str, published: date | None = PUBLISHED) -> list[TimeSpan]:
    """The spans that carry a calendar meaning (clock times and relatives aside)."""
    return [s for s in find_times(text, published) if s.kind not in ("clock", "relative")]


def only(text: str, published: date | None = PUBLISHED) -> TimeSpan:
    spans = dated(text, published)
    assert len(spans) == 1, spans
    return spans[0]


# text, start, end, precision (kind is "point" unless the test says otherwise)
RESOLVED = [
    # absolute days
    ("The tanker was boarded on 10 December 2025.", "2025-12-10", "2025-12-10", "day"),
    ("December 10, 2025", "2025-12-10", "2025-12-10", "day"),
    ("seized on Dec 10 off the coast", "2025-12-10", "2025-12-10", "day"),
    ("seized on Dec. 10 off the coast", "2025-12-10", "2025-12-10", "day"),
    ("the raid on Sept. 2", "2025-09-02", "2025-09-02", "day"),
    ("When: 10 Dec, at anchor", "2025-12-10", "2025-12-10", "day"),
    ("pirates struck on 28 May", "2025-05-28", "2025-05-28", "day"),
    ("reported 2025-12-10 by the agency", "2025-12-10", "2025-12-10", "day"),
    ("27.03.2020: skiff approached", "2020-03-27", "2020-03-27", "day"),
    # US military releases put the month first when the day cannot be
    ("02.15.2023 | Story by a public affairs office", "2023-02-15", "2023-02-15", "day"),
    ("Released 11.30.2024 by the fleet", "2024-11-30", "2024-11-30", "day"),
    ("dated 04.06.2025", "2025-06-04", "2025-06-04", "day"),
    ("26MAR12: robbers boarded", "2012-03-26", "2012-03-26", "day"),
    ("at 260712Z MAR 12 in the Gulf", "2012-03-26", "2012-03-26", "day"),
    ("sighted at 172030Z Oct in the area", "2025-10-17", "2025-10-17", "day"),
    ("boarded on Wednesday, December 10, at dawn", "2025-12-10", "2025-12-10", "day"),
    ("on the 3rd of November", "2025-11-03", "2025-11-03", "day"),
    ("on June 5th", "2025-06-05", "2025-06-05", "day"),
    ("on Friday 13 June 2025", "2025-06-13", "2025-06-13", "day"),
    ("WASHINGTON, Dec 10 (Wire) - The navy", "2025-12-10", "2025-12-10", "day"),
    ("a ferry sank on December 30", "2024-12-30", "2024-12-30", "day"),
    ("on 1 January", "2025-01-01", "2025-01-01", "day"),
    ("on 29 February", "2024-02-29", "2024-02-29", "day"),
    ("logged 25/11/2025", "2025-11-25", "2025-11-25", "day"),
    ("logged 11/25/2025", "2025-11-25", "2025-11-25", "day"),
    ("logged 12/06/2025", "2025-12-06", "2025-12-06", "day"),
    ("incident 12-06-2024", "2024-12-06", "2024-12-06", "day"),
    ("on New Year's Day", "2025-01-01", "2025-01-01", "day"),
    # months and years
    ("in September", "2025-09-01", "2025-09-30", "month"),
    ("in September 2025", "2025-09-01", "2025-09-30", "month"),
    ("sank in April 2022", "2022-04-01", "2022-04-30", "month"),
    ("in December", "2025-12-01", "2025-12-31", "month"),
    ("in January the patrols began", "2025-01-01", "2025-01-31", "month"),
    ("in May the navy withdrew", "2025-05-01", "2025-05-31", "month"),
    ("last October", "2025-10-01", "2025-10-31", "month"),
    ("in 2023", "2023-01-01", "2023-12-31", "year"),
    ("last month", "2025-11-01", "2025-11-30", "month"),
    ("this month", "2025-12-01", "2025-12-22", "month"),
    ("earlier this month", "2025-12-01", "2025-12-21", "range"),
    ("Late last month, gunmen boarded", "2025-11-21", "2025-11-30", "range"),
    ("early last month", "2025-11-01", "2025-11-10", "range"),
    ("earlier this year", "2025-01-01", "2025-12-21", "range"),
    ("last year", "2024-01-01", "2024-12-31", "year"),
    ("late last year", "2024-09-01", "2024-12-31", "range"),
    ("in mid-November", "2025-11-11", "2025-11-20", "range"),
    ("in early March", "2025-03-01", "2025-03-10", "range"),
    ("in late March", "2025-03-21", "2025-03-31", "range"),
    ("in late February", "2025-02-21", "2025-02-28", "range"),
    ("at the end of October", "2025-10-21", "2025-10-31", "range"),
    ("in late December 2023", "2023-12-21", "2023-12-31", "range"),
    ("in the first week of March", "2025-03-01", "2025-03-07", "range"),
    ("in the last week of February 2024", "2024-02-22", "2024-02-29", "range"),
    ("in mid-2023", "2023-05-01", "2023-08-31", "range"),
    ("in early 2024", "2024-01-01", "2024-04-30", "range"),
    ("since the 1990s", "1990-01-01", "2025-12-22", "range"),
    ("built in the early 1980s", "1980-01-01", "1983-12-31", "range"),
    # weekdays count back from publication, which is itself a Monday
    ("on Monday", "2025-12-22", "2025-12-22", "day"),
    ("on Sunday", "2025-12-21", "2025-12-21", "day"),
    ("on Tuesday", "2025-12-16", "2025-12-16", "day"),
    ("Monday night", "2025-12-22", "2025-12-22", "day"),
    ("early on Saturday", "2025-12-20", "2025-12-20", "day"),
    ("late Tuesday", "2025-12-16", "2025-12-16", "day"),
    ("late on Wednesday", "2025-12-17", "2025-12-17", "day"),
    ("last Friday", "2025-12-19", "2025-12-19", "day"),
    ("last Monday", "2025-12-15", "2025-12-15", "day"),
    ("on Thursday afternoon", "2025-12-18", "2025-12-18", "day"),
    ("in the early hours of Wednesday", "2025-12-17", "2025-12-17", "day"),
    ("before dawn on Friday", "2025-12-19", "2025-12-19", "day"),
    ("on the night of 12 June", "2025-06-12", "2025-06-12", "day"),
    ("on Tuesday last week", "2025-12-16", "2025-12-16", "day"),
    ("Sunday's attack", "2025-12-21", "2025-12-21", "day"),
    # days and weeks around publication
    ("yesterday", "2025-12-21", "2025-12-21", "day"),
    ("yesterday morning", "2025-12-21", "2025-12-21", "day"),
    ("today", "2025-12-22", "2025-12-22", "day"),
    ("the day before yesterday", "2025-12-20", "2025-12-20", "day"),
    ("overnight", "2025-12-21", "2025-12-22", "range"),
    ("last night", "2025-12-21", "2025-12-22", "range"),
    ("this week", "2025-12-22", "2025-12-22", "week"),
    ("last week", "2025-12-15", "2025-12-21", "week"),
    ("late last week", "2025-12-18", "2025-12-21", "range"),
    ("over the weekend", "2025-12-20", "2025-12-21", "range"),
    ("last weekend", "2025-12-20", "2025-12-21", "range"),
    ("two weeks ago", "2025-12-08", "2025-12-14", "week"),
    ("three days ago", "2025-12-19", "2025-12-19", "day"),
    ("a month ago", "2025-11-01", "2025-11-30", "month"),
    ("a year ago", "2024-01-01", "2024-12-31", "year"),
    # ranges
    ("between 1 and 3 March", "2025-03-01", "2025-03-03", "range"),
    ("from 8 to 12 May", "2025-05-08", "2025-05-12", "range"),
    ("on March 1-3", "2025-03-01", "2025-03-03", "range"),
    ("from Monday to Wednesday", "2025-12-15", "2025-12-17", "range"),
    ("between 20 December and 3 January 2024", "2023-12-20", "2024-01-03", "range"),
    ("from 2019 to 2021", "2019-01-01", "2021-12-31", "range"),
    ("between September and November", "2025-09-01", "2025-11-30", "range"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), RESOLVED)
def test_phrase_resolves_against_publication(text: str, start: str, end: str, precision: str):
    span = only(text)
    assert (span.start, span.end, span.precision) == (
        date.fromisoformat(start),
        date.fromisoformat(end),
        precision,
    )


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("over the past two weeks", "2025-12-08", "2025-12-22", "recent"),
        ("in the past 10 days", "2025-12-12", "2025-12-22", "recent"),
        ("in recent days", "2025-12-15", "2025-12-22", "recent"),
        ("in recent weeks", "2025-11-24", "2025-12-22", "recent"),
        ("in the last 24 hours", "2025-12-21", "2025-12-22", "recent"),
        ("over the past year", "2024-12-22", "2025-12-22", "recent"),
        ("the past few days", "2025-12-19", "2025-12-22", "recent"),
        ("since September", "2025-09-01", "2025-12-22", "since"),
        ("Since early December, patrols", "2025-12-01", "2025-12-22", "since"),
        ("deployed there since late August", "2025-08-21", "2025-12-22", "since"),
        ("Since September 2, strikes", "2025-09-02", "2025-12-22", "since"),
        ("since 2007", "2007-01-01", "2025-12-22", "since"),
        ("ever since last Tuesday", "2025-12-16", "2025-12-22", "since"),
        ("held until late February", "2025-02-21", "2025-02-28", "until"),
        ("next Monday", "2025-12-29", "2025-12-29", "future"),
        ("will sail on December 24", "2025-12-24", "2025-12-24", "future"),
        ("on Christmas Day", "2025-12-25", "2025-12-25", "future"),
        ("next week", "2025-12-29", "2026-01-04", "future"),
        ("later this month", "2025-12-23", "2025-12-31", "future"),
        ("next month", "2026-01-01", "2026-01-31", "future"),
    ],
)
def test_kind_tells_how_the_span_bounds_an_act(text: str, start: str, end: str, kind: str):
    span = only(text)
    assert (span.start, span.end, span.kind) == (
        date.fromisoformat(start),
        date.fromisoformat(end),
        kind,
    )
    assert span.precision == "range" or kind in ("future", "until")


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("two days later", 2),
        ("a week earlier", -7),
        ("Three days before the boarding", -3),
        ("the next day", 1),
        ("the following morning", 1),
        ("the same day", 0),
        ("earlier in the day", 0),
        ("hours later", 0),
        ("days later", None),
    ],
)
def test_relative_phrases_wait_for_an_anchor(text: str, offset: int | None):
    [span] = find_times(text, PUBLISHED)
    assert (span.kind, span.start, span.end, span.offset_days) == ("relative", None, None, offset)


def test_relative_span_resolves_against_the_event_it_follows():
    [span] = find_times("Two days later the crew was freed.", PUBLISHED)
    freed = resolve_relative(span, date(2025, 12, 4))
    assert (freed.start, freed.end, freed.kind) == (date(2025, 12, 6), date(2025, 12, 6), "point")


@pytest.mark.parametrize(
    "text",
    [
        "at 0259 local time",
        "struck at 1700 UTC",
        "0710 LT",
        "at 22:39 UTC",
        "at 6:20 a.m. local time",
        "in the early hours",
        "at 2000 hours",
    ],
)
def test_times_of_day_are_not_years_and_carry_no_day(text: str):
    [span] = find_times(text, PUBLISHED)
    assert (span.kind, span.start, span.end) == ("clock", None, None)


def test_clock_time_beside_a_date_leaves_the_day_alone():
    spans = find_times("3 May 2024 / 1415 LT: skiff approached", PUBLISHED)
    assert [(s.phrase, s.start) for s in spans] == [
        ("3 May 2024", date(2024, 5, 3)),
        ("1415 LT", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "11 people were killed and 18 crew rescued",
        "carrying 2,000 barrels of fuel",
        "the tanker (IMO 9304667) was listed",
        "about 680 nautical miles east",
        "near position 14:03N - 042:09E",
        "under Resolution 2722 of the council",
        "F-35 jets flew over the convoy",
        "they may board vessels and march the crew ashore",
        "crew of the Unaizah May 4 were hurt",
        "the Long March 5 rocket",
        "a 1,500-tonne freighter with 4,500 sailors",
        "ALERT 07-11-B (REVISED)",
        "day after day, year after year",
        "a crew of 2000 hands",
    ],
)
def test_numbers_that_are_not_dates(text: str):
    assert dated(text) == []


def test_two_days_listed_against_one_month_give_two_days():
    spans = find_times("attacks on 15 and 19 September killed six", PUBLISHED)
    assert [(s.phrase, s.start) for s in spans] == [
        ("15", date(2025, 9, 15)),
        ("19 September", date(2025, 9, 19)),
    ]


def test_days_joined_by_and_stay_separate_events():
    spans = find_times("strikes on Tuesday and Wednesday", date(2025, 10, 25))
    assert [s.start for s in spans] == [date(2025, 10, 21), date(2025, 10, 22)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("seized on 10 December 2025", date(2025, 12, 10)),
        ("seized on 2025-12-10", date(2025, 12, 10)),
        ("posted 27.03.2020", date(2020, 3, 27)),
        ("posted 02.15.2023", date(2023, 2, 15)),
        ("report 26MAR12", date(2012, 3, 26)),
        ("seized on 10 December", None),
        ("logged 12/06/2025", None),
        ("on Monday", None),
        ("last week", None),
        ("yesterday", None),
        ("in September", None),
        ("since September", None),
        ("over the past two weeks", None),
    ],
)
def test_without_publication_only_dates_with_a_year_resolve(text: str, start: date | None):
    span = only(text, published=None)
    assert span.start == start
    if start is None:
        assert (span.end, span.precision) == (None, None) or span.kind == "since"


def test_every_expression_in_a_sentence_left_to_right_with_offsets():
    text = (
        "On Sunday the Coast Guard tried to board the tanker, which had been followed "
        "since December 10; over the weekend it turned back."
    )
    spans = find_times(text, PUBLISHED)
    assert [s.phrase for s in spans] == ["Sunday", "since December 10", "over the weekend"]
    assert all(text[s.start_char : s.end_char] == s.phrase for s in spans)


# --- properties ---------------------------------------------------------------------

FORMATS = [
    lambda d: f"{d.day} {d:%B %Y}",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d:%b}. {d.day}, {d.year}",
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d:%d.%m.%Y}",
    lambda d: f"{d:%d/%m/%Y}",
    lambda d: f"{d:%m/%d/%Y}",
    lambda d: f"{d:%d-%m-%Y}",
    lambda d: f"{d.day:02d}{d:%b%y}".upper(),
    lambda d: f"{d.day:02d}0712Z {d:%b %y}".upper(),
]

WORDS = st.sampled_from(
    [
        "on", "since", "between", "and", "to", "from", "late", "early", "mid-", "last", "next",
        "the", "past", "two", "days", "weeks", "ago", "later", "May", "March", "Monday",
        "December", "Dec.", "10", "31", "2025", "1999", "0259", "UTC", "LT", "-", ",", ".",
        "/", "12", "06", "Z", "MAR", "overnight", "weekend", "this", "month", "year", "1990s",
    ]
)  # fmt: skip


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)), st.integers(0, 10))
def test_absolute_dates_round_trip(day: date, form: int):
    text = f"The vessel was seized on {FORMATS[form](day)} near the coast."
    spans = dated(text, published=day)
    assert [(s.start, s.end) for s in spans] == [(day, day)]


@given(st.text())
def test_arbitrary_text_never_raises(text: str):
    check_invariants(text, find_times(text, PUBLISHED))


@given(st.lists(WORDS, max_size=12).map(" ".join), st.none() | st.dates())
def test_date_like_word_salad_keeps_invariants(text: str, published: date | None):
    check_invariants(text, find_times(text, published))


def check_invariants(text: str, spans: list[TimeSpan]) -> None:
    for span in spans:
        assert text[span.start_char : span.end_char] == span.phrase
        assert span.precision in PRECISIONS and span.kind in KINDS
        if span.start and span.end:
            assert span.start <= span.end
    offsets = [(s.start_char, s.end_char) for s in spans]
    assert offsets == sorted(offsets)
    assert all(a[1] <= b[0] for a, b in pairwise(offsets))


@pytest.mark.parametrize("published", [date.min, date.max, date(1, 1, 3), date(9999, 12, 25)])
def test_publication_at_the_edge_of_the_calendar_never_raises(published: date):
    text = "next week, two years ago, over the past 999 decades, on 10 December, 12/06/2025"
    check_invariants(text, find_times(text, published))


def test_publication_date_is_never_today_by_accident():
    far = date(1999, 1, 4)
    assert only("on Monday", far).start == far
    assert only("last week", far).end == far - timedelta(days=1)


# --- terse reports -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Bulk carrier boarded 14 Mar 09 at 0230 local time.", "2009-03-14"),
        ("ON 07 AUG 95, FOUR PIRATES BOARDED THE SHIP.", "1995-08-07"),
        ("Yacht robbed 3 Nov 06 while at anchor.", "2006-11-03"),
        ("TUG ATTACKED 11 JUN 99 (REPORTED 20 JUN).", "1999-06-11"),
        ("boarded at Port Said 9 May 2230 local time", "2025-05-09"),  # clock, not a year
    ],
)
def test_two_digit_years_of_terse_reports(text: str, day: str):
    span = dated(text)[0]
    assert (span.start, span.end) == (date.fromisoformat(day),) * 2


def test_two_digits_that_count_things_are_not_years():
    assert only("On 3 Dec 12 robbers boarded the barge.").start == date(2025, 12, 3)


def test_a_day_and_month_after_a_place_name_is_a_date():
    """ "Long March 5" is a name; "Port Harcourt 5 May" is a place then a date."""
    assert only("anchored off Port Harcourt 5 May at dusk").start == date(2025, 5, 5)
    assert dated("the Long March 5 launch") == []


def _unfiltered(text: str, published: date | None) -> list[TimeSpan]:
    """find_times scanning every rule over every sentence (no `needs` shortcut)."""
    saved = times._RULES
    times._RULES = tuple(replace(rule, needs=()) for rule in saved)
    try:
        return find_times(text, published)
    finally:
        times._RULES = saved


@settings(max_examples=300)
@given(st.lists(WORDS | st.text(max_size=4), max_size=14).map(" ".join))
def test_rules_skipped_by_their_cheap_tests_could_not_have_matched(text: str):
    assert find_times(text, PUBLISHED) == _unfiltered(text, PUBLISHED)


@pytest.mark.parametrize("text", ["posted 31.31.2023", "filed 00.13.2024", "on 13.13.2022"])
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_a_dotted_number_that_is_no_date_is_not_read_as_one(
    text: str, published: date | None
) -> None:
    assert [s.start for s in dated(text, published) if s.start is not None] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On November 30, 1886, a revenue cutter seized opium.", date(1886, 11, 30)),
        ("The schooner was taken on 4 July 1898 off Havana.", date(1898, 7, 4)),
        ("Privateers struck on March 2, 1812, near the cape.", date(1812, 3, 2)),
    ],
)
def test_a_history_piece_keeps_its_old_year(text: str, day: date) -> None:
    assert [(s.start, s.end) for s in dated(text)] == [(day, day)]


@pytest.mark.parametrize("text", ["The tanker carried 1886 tonnes.", "Crew of 1850 were aboard."])
def test_an_old_looking_number_alone_is_no_year(text: str) -> None:
    assert dated(text) == []


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        (
            "During Fiscal Year 2024 the cutters seized 90 tons of cocaine.",
            ((2023, 10, 1), (2024, 9, 30)),
        ),
        ("Crews stopped 6,000 migrants in FY2023.", ((2022, 10, 1), (2023, 9, 30))),
        ("The total for fiscal year 2022 was a record.", ((2021, 10, 1), (2022, 9, 30))),
        ("The fiscal report was published.", None),
        ("The FY budget was cut.", None),
    ],
)
def test_a_us_fiscal_year_runs_from_october(text: str, bounds: tuple | None) -> None:
    spans = find_times(text, date(2025, 6, 20))
    found = (spans[0].start.timetuple()[:3], spans[0].end.timetuple()[:3]) if spans else None
    assert found == bounds


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Three more followed on June 11, 12 and 13.", [11, 12, 13]),
        ("Strikes hit on 9, 10 and 14 March.", [9, 10, 14]),
        ("Patrols ran on 2, 4, 6 and 8 May.", [2, 4, 6, 8]),
        ("Berths 9, 10 and 14 were closed.", []),
        ("On March 3, 4 and 11 crew members left.", [3]),
        ("Robbers struck on June 11, 12 and 13 off Batam.", [11, 12, 13]),
        ("Boats were hit on May 2 and 9 in the Red Sea.", [2, 9]),
        ("Tankers were seized on April 4, 6 and 8 near Hormuz.", [4, 6, 8]),
        ("On May 2 and 9 sailors were hurt.", [2]),
        ("On June 3 and 11 fishermen went missing.", [3]),
    ],
)
def test_a_list_of_days_is_one_span_per_day(text: str, days: list[int]) -> None:
    assert [s.start.day for s in find_times(text, date(2025, 6, 20))] == days


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Three migrants were interdicted earlier in the week.",
            date(2023, 10, 16),
            date(2023, 10, 19),
        ),
        ("The frigate sailed early in the month.", date(2023, 10, 1), date(2023, 10, 10)),
        ("Robbers boarded a barge earlier in the month.", date(2023, 10, 1), date(2023, 10, 19)),
    ],
)
def test_a_part_of_the_current_period_told_with_the(text: str, start: date, end: date) -> None:
    spans = find_times(text, date(2023, 10, 20))
    assert [(s.start, s.end) for s in spans] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    ["Officials met in the week of the talks.", "The crew were paid in the month they sailed."],
)
def test_the_week_with_no_part_is_no_period(text: str) -> None:
    assert find_times(text, date(2023, 10, 20)) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In November last year, police detained the trawler Kestrel.", "2024-11-01", "2024-11-30"),
        ("The tanker was held in March of last year at Bandar Abbas.", "2024-03-01", "2024-03-31"),
        ("Pirates freed the dhow in May this year.", "2025-05-01", "2025-05-31"),
        ("The navy boarded the freighter last December.", "2024-12-01", "2024-12-31"),
    ],
)
def test_a_month_of_the_year_named_in_words(text: str, start: str, end: str) -> None:
    span = only(text, date(2025, 6, 20))
    assert (span.start, span.end, span.precision) == (
        date.fromisoformat(start),
        date.fromisoformat(end),
        "month",
    )


@pytest.mark.parametrize(
    "text",
    [
        "In March, last year's record for seizures was broken.",
        "In April, this year's first cargo of grain left Odesa.",
    ],
)
def test_a_month_before_a_year_of_its_own_is_not_that_years(text: str) -> None:
    spans = dated(text, date(2025, 6, 20))
    assert not any(s.precision == "month" and "year" in s.phrase for s in spans)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The rebels said they had hit three ships over the previous 72 hours.", "2025-06-17"),
        ("Two more skiffs were seen in the preceding two days.", "2025-06-18"),
        ("Four tankers were boarded during the previous three weeks.", "2025-05-30"),
    ],
)
def test_the_previous_hours_or_days_run_up_to_the_report(text: str, start: str) -> None:
    span = only(text, date(2025, 6, 20))
    assert (span.start, span.end, span.kind) == (
        date.fromisoformat(start),
        date(2025, 6, 20),
        "recent",
    )


@pytest.mark.parametrize(
    "text", ["The tanker had been boarded the previous day.", "A skiff was seen the previous week."]
)
def test_the_previous_day_or_week_alone_waits_for_an_anchor(text: str) -> None:
    assert [s.kind for s in find_times(text, date(2025, 6, 20))] == ["relative"]
