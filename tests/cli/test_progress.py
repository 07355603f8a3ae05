"""The running count at a terminal: a total, a share and the time left when the number of
items is known, the rate alone when it is not, and nothing at all when not a terminal."""

from __future__ import annotations

import io

import pytest

from maritime.cli.progress import Counter, duration


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    """One second passes per reading."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def shown(counter: Counter, stream: io.StringIO, ticks: int) -> str:
    for _ in range(ticks):
        counter.tick()
    return stream.getvalue().split("\r")[-1].strip()


def test_a_known_total_shows_the_share_done_and_the_time_left() -> None:
    stream = Terminal()
    counter = Counter("articles", stream, total=40, clock=Clock())
    assert shown(counter, stream, 10) == "10/40 articles (25%), 1/s, 30s left"


def test_a_total_learnt_later_is_shown_from_then_on() -> None:
    stream = Terminal()
    counter = Counter("articles", stream, clock=Clock())
    assert shown(counter, stream, 2) == "2 articles, 1/s"
    counter.expect(4)
    assert shown(counter, stream, 1) == "3/4 articles (75%), 1/s, 1s left"


def test_nothing_is_drawn_for_a_pipe() -> None:
    stream = io.StringIO()
    counter = Counter("articles", stream, total=3, clock=Clock())
    for _ in range(3):
        counter.tick()
    counter.close()
    assert stream.getvalue() == ""


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.4, "0s"), (42, "42s"), (185, "3m05s"), (3725, "1h02m")]
)
def test_durations_are_short(seconds: float, text: str) -> None:
    assert duration(seconds) == text
