"""`timeline --by`: counts per period and type that add up, with quiet periods kept."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.errors import UsageError
from maritime.query.histogram import histogram, render_bars, render_counts
from maritime.types import EVENT_TYPES


def event(kind: str, start: str | None) -> dict[str, str | None]:
    return {"type": kind, "date_start": start, "date_end": start}


EVENTS = [
    event("seizure", "2025-01-30"),
    event("strike", "2025-01-02"),
    event("strike", "2025-03-15"),
    event("boarding", None),
]


def test_months_are_contiguous_and_quiet_months_show_zero() -> None:
    rows = histogram(EVENTS, "month")
    assert [r["period"] for r in rows] == ["2025-01", "2025-02", "2025-03", "undated"]
    assert rows[0]["strike"] == 1 and rows[0]["seizure"] == 1 and rows[0]["total"] == 2
    assert rows[1]["total"] == 0
    assert (rows[1]["start"], rows[1]["end"]) == ("2025-02-01", "2025-02-28")
    assert rows[-1]["boarding"] == 1 and rows[-1]["start"] is None


@pytest.mark.parametrize(
    ("by", "label", "start", "end"),
    [
        ("day", "2025-01-02", "2025-01-02", "2025-01-02"),
        ("week", "2025-W01", "2024-12-30", "2025-01-05"),
        ("month", "2025-01", "2025-01-01", "2025-01-31"),
    ],
)
def test_period_labels_and_bounds(by: str, label: str, start: str, end: str) -> None:
    row = histogram([event("strike", "2025-01-02")], by)[0]
    assert (row["period"], row["start"], row["end"]) == (label, start, end)


def test_every_type_has_a_column_even_when_absent() -> None:
    row = histogram([event("strike", "2025-01-02")], "day")[0]
    assert all(row[t] == (1 if t == "strike" else 0) for t in EVENT_TYPES)


def test_unknown_period_is_refused() -> None:
    with pytest.raises(UsageError, match="day, week, month"):
        histogram(EVENTS, "fortnight")


def test_bars_have_a_legend_and_one_mark_per_event() -> None:
    text = render_bars(histogram(EVENTS, "month"), width=80)
    lines = text.splitlines()
    assert "s strike" in lines[0] and "z seizure" in lines[0]
    assert lines[1].split() == ["2025-01", "2", "sz"]
    assert lines[2].split() == ["2025-02", "0"]


def test_bars_are_scaled_to_the_terminal() -> None:
    many = [event("strike", "2025-01-01")] * 500
    text = render_bars(histogram(many, "month"), width=60)
    assert "each mark = " in text
    assert all(len(line) <= 60 for line in text.splitlines()[1:])


def test_a_long_lull_is_one_line_in_the_terminal() -> None:
    text = render_bars(
        histogram([event("strike", "2020-01-05"), event("strike", "2025-01-02")], "month")
    )
    assert "(59 periods without events)" in text
    assert len(text.splitlines()) == 4


def test_counts_cannot_be_drawn_as_a_map() -> None:
    with pytest.raises(UsageError, match="--format table, json"):
        render_counts(EVENTS, "month", "geojson")


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@given(
    st.lists(st.tuples(st.sampled_from(EVENT_TYPES), st.one_of(st.none(), days)), max_size=30),
    st.sampled_from(["week", "month"]),
)
def test_counts_add_up_and_periods_follow_each_other(
    items: list[tuple[str, date | None]], by: str
) -> None:
    rows = histogram([event(k, d.isoformat() if d else None) for k, d in items], by)
    assert sum(r["total"] for r in rows) == len(items)
    assert all(r["total"] == sum(r[t] for t in EVENT_TYPES) for r in rows)
    dated = [r for r in rows if r["start"]]
    for earlier, later in pairwise(dated):
        assert date.fromisoformat(earlier["end"]) + timedelta(days=1) == date.fromisoformat(
            later["start"]
        )
