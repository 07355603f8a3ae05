"""Events counted per day, week or month and type: `maritime timeline --by`.

An event counts in the period of its date_start (an event "since September"
counts in September). Empty periods between the first and last are kept, so a
quiet month shows as a gap instead of vanishing.
"""

from __future__ import annotations

import math
import shutil
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from maritime.errors import UsageError
from maritime.query.formats import render_rows
from maritime.types import EVENT_TYPE, EVENT_TYPES

Row = dict[str, Any]
PERIODS = ("day", "week", "month")
UNDATED = "undated"
QUIET_RUN = 3  # longer runs of empty periods fold into one line in the terminal


def period_start(day: date, by: str) -> date:
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def period_label(start: date, by: str) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.strftime("%Y-%m") if by == "month" else start.isoformat()


def _periods(first: date, last: date, by: str) -> Iterator[date]:
    current = first
    while current <= last:
        yield current
        current = next_period(current, by)


def histogram(events: Sequence[Row], by: str) -> list[Row]:
    """One row per period (gaps filled with zeros), a column per type, and a total."""
    if by not in PERIODS:
        raise UsageError(f"cannot count by {by!r}; use one of {', '.join(PERIODS)}")
    counts: dict[date | None, Counter[str]] = {}
    for event in events:
        start = event.get("date_start")
        key = period_start(date.fromisoformat(start), by) if start else None
        counts.setdefault(key, Counter())[event["type"]] += 1
    dated = sorted(k for k in counts if k is not None)
    rows = []
    if dated:
        for start in _periods(dated[0], dated[-1], by):
            end = next_period(start, by) - timedelta(days=1)
            rows.append(
                _row(period_label(start, by), start.isoformat(), end.isoformat(), counts, start)
            )
    if None in counts:
        rows.append(_row(UNDATED, None, None, counts, None))
    return rows


def _row(
    label: str,
    start: str | None,
    end: str | None,
    counts: dict[date | None, Counter[str]],
    key: Any,
) -> Row:
    found = counts.get(key, Counter())
    return {
        "period": label,
        "start": start,
        "end": end,
        **{t: found[t] for t in EVENT_TYPES},
        "total": sum(found.values()),
    }


def render_bars(rows: Sequence[Row], width: int | None = None) -> str:
    """A terminal histogram: one stacked bar per period, a mark per type, a legend on top."""
    if not rows:
        return "No events match.\n"
    width = width or shutil.get_terminal_size((100, 24)).columns
    label_width = max(len(r["period"]) for r in rows)
    room = max(10, width - label_width - 8)
    peak = max(r["total"] for r in rows)
    per_mark = max(1, math.ceil(peak / room))
    present = [t for t in EVENT_TYPES if any(r[t] for r in rows)]
    legend = "  ".join(f"{EVENT_TYPE[t].mark} {t}" for t in present)
    scale = f"  (each mark = {per_mark} events)" if per_mark > 1 else ""
    lines = [legend + scale]
    quiet: list[Row] = []
    for row in [*rows, None]:
        if row is not None and row["total"] == 0:
            quiet.append(row)
            continue
        if len(quiet) > QUIET_RUN:  # a long lull is one line, not a screenful of zeros
            lines.append(f"{'...':<{label_width}} {0:>5} ({len(quiet)} periods without events)")
        else:
            lines += [f"{q['period']:<{label_width}} {0:>5}" for q in quiet]
        quiet = []
        if row is not None:
            lines.append(f"{row['period']:<{label_width}} {row['total']:>5} {_bar(row, per_mark)}")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _bar(row: Row, per_mark: int) -> str:
    """Cumulative rounding, so the stacked parts add up to the rounded total."""
    bar, done, counted = "", 0, 0
    for kind in EVENT_TYPES:
        counted += row[kind]
        marks = math.ceil(counted / per_mark) - done
        bar += EVENT_TYPE[kind].mark * marks
        done += marks
    return bar


def render_counts(events: Sequence[Row], by: str, fmt: str) -> str:
    """`timeline --by`: bars for the terminal, the counts themselves for every row format."""
    if fmt in ("html", "geojson"):
        raise UsageError(
            f"--by gives counts, which --format {fmt} cannot show; "
            "use --format table, json, jsonl, csv or markdown"
        )
    rows = histogram(events, by)
    return render_bars(rows) if fmt == "table" else render_rows(rows, fmt)
