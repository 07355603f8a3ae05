"""Publication dates as metadata and pages write them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.read.dates import date_line, month_day, on_nearest_year, parse_date_value


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 June 2024", date(2024, 6, 12)),
        ("12 June 2024 / 0710 LT", date(2024, 6, 12)),
        ("Thursday, 3rd October 2024", date(2024, 10, 3)),
        ("Oct. 3, 2024 at 4:05 p.m. EDT", date(2024, 10, 3)),
        ("Published: 2024-10-03", date(2024, 10, 3)),
        ("World · Updated 3 Oct 2024 · 4 min read", date(2024, 10, 3)),
        ("The ship sank on 3 October 2024.", None),
        ("31 February 2024", None),
        ("Tags: Red Sea, piracy", None),
    ],
)
def test_date_line(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec. 23", (12, 23, None)),
        ("23 December", (12, 23, None)),
        ("Sept 4, 2025", (9, 4, 2025)),
        ("Dec 45", None),
        ("Tuesday", None),
    ],
)
def test_month_day(text, expected):
    assert month_day(text) == expected


def test_month_day_lands_in_the_year_nearest_the_anchor():
    assert on_nearest_year(12, 30, date(2025, 1, 3)) == date(2024, 12, 30)
    assert on_nearest_year(1, 2, date(2024, 12, 30)) == date(2025, 1, 2)
    assert on_nearest_year(2, 29, date(2025, 3, 1)) == date(2024, 2, 29)


@given(st.one_of(st.text(max_size=120), st.integers(), st.floats(), st.none(), st.booleans()))
def test_parse_date_value_never_raises(value):
    assert parse_date_value(value) is None or isinstance(parse_date_value(value), date)


@given(st.text(max_size=200))
def test_date_line_never_raises(line):
    date_line(line)
