"""The time window a timeline opens on: where the events are, not where one stray range reaches.

One event read from a background clause ("the first hijacking since 2017") can
span years while every other event sits in a few weeks; drawing its whole span
squeezes the rest into a sliver. So the window is fitted to the events dated to
a month or finer, and a longer span only widens it when it stays close to them;
the page draws the others as arrows running off the edge.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

# A month-precise date spans at most 31 days: anything up to that is an incident, not an era.
SHORT = timedelta(days=31)
# The narrowest window the page zooms to, so a single day still reads as a day.
NARROWEST = timedelta(days=7)


def default_window(spans: Iterable[tuple[date, date]]) -> tuple[date, date] | None:
    """First and last day (inclusive) of the window a timeline of these spans opens on."""
    spans = list(spans)
    if not spans:
        return None
    short = [(start, end) for start, end in spans if end - start < SHORT] or spans
    first, last = min(s for s, _ in short), max(e for _, e in short)
    # A long span may reach beyond the short ones by half their width before it is cut off.
    reach = max(last - first, NARROWEST) / 2
    near = [(s, e) for s, e in spans if first - s <= reach and e - last <= reach]
    return min(s for s, _ in near), max(e for _, e in near)
