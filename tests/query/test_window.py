"""The window the HTML timeline opens on: the bulk of the events, not a stray range's years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.query.window import NARROWEST, SHORT, default_window


def day(text: str) -> date:
    return date.fromisoformat(text)


def span(first: str, last: str | None = None) -> tuple[date, date]:
    return day(first), day(last or first)


@pytest.mark.parametrize(
    ("spans", "window"),
    [
        pytest.param(
            [span("2023-11-19"), span("2023-12-02"), span("2017-01-01", "2023-11-30")],
            span("2023-11-19", "2023-12-02"),
            id="a background clause read as a hijacking since 2017 is left out",
        ),
        pytest.param(
            [span("2024-03-01"), span("2024-09-30"), span("2024-01-01", "2024-12-31")],
            span("2024-01-01", "2024-12-31"),
            id="a year-long event among that year's events widens the window",
        ),
        pytest.param(
            [span("2024-03-01"), span("2024-03-03"), span("2024-02-01", "2024-04-30")],
            span("2024-03-01", "2024-03-03"),
            id="a range far longer than a few days of events is cut",
        ),
        pytest.param(
            [span("2024-01-01", "2024-12-31"), span("2019-01-01", "2019-12-31")],
            span("2019-01-01", "2024-12-31"),
            id="when every event is long, all of them",
        ),
        pytest.param([span("2024-05-06")], span("2024-05-06"), id="one day"),
        pytest.param([], None, id="nothing dated"),
    ],
)
def test_default_window(spans: list[tuple[date, date]], window: tuple[date, date] | None) -> None:
    assert default_window(spans) == window


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))
spans_ = st.lists(
    st.tuples(days, st.integers(min_value=0, max_value=4000)).map(
        lambda pair: (pair[0], pair[0] + timedelta(days=pair[1]))
    ),
    min_size=1,
)


@given(spans_)
def test_every_incident_is_in_the_window_and_strays_stay_near_them(
    spans: list[tuple[date, date]],
) -> None:
    first, last = default_window(spans)
    short = [(s, e) for s, e in spans if e - s < SHORT]
    if not short:
        assert (first, last) == (min(s for s, _ in spans), max(e for _, e in spans))
        return
    hull = min(s for s, _ in short), max(e for _, e in short)
    assert first <= hull[0] and hull[1] <= last
    reach = max(hull[1] - hull[0], NARROWEST) / 2
    assert hull[0] - first <= reach and last - hull[1] <= reach
