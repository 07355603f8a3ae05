"""When a feed is next asked: the polling interval users write, and backoff after failures."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from maritime.errors import SettingError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)\s*$", re.I)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}
# A failing feed is asked again after 5 minutes, then 10, 20, ... up to six hours.
FIRST_BACKOFF = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=6)


def parse_duration(text: str, option: str = "--every") -> timedelta:
    """`90s`, `15m`, `2h`, `1d`; SettingError, with the fix, when the text is none of these."""
    match = _DURATION.match(text)
    if not match or float(match[1]) <= 0:
        raise SettingError(
            f"{option}: cannot read {text!r} as a duration; write a number and a unit,"
            " e.g. 90s, 15m, 2h or 1d"
        )
    return timedelta(seconds=float(match[1]) * _UNITS[match[2].lower()])


def after_failure(
    now: datetime, failures_in_a_row: int, retry_after: float | None = None
) -> datetime:
    """The next poll of a feed that failed `failures_in_a_row` times: doubling backoff,
    and never sooner than the server's Retry-After."""
    doublings = min(max(0, failures_in_a_row - 1), 16)  # 5 min * 2**16 is far past the cap
    backoff = min(MAX_BACKOFF, FIRST_BACKOFF * 2**doublings)
    if retry_after is not None:
        backoff = max(backoff, timedelta(seconds=retry_after))
    return now + backoff
