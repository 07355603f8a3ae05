"""Progress of long commands, shown only to a person at a terminal.

`Counter` is a one-line running count: when the number of items is known (reprocessing
stored articles, a list of text or HTML files) it shows it, the share done and the time
left; otherwise (folders of JSONL, standard input) the count and the rate. `Bar` draws a
bar for a known number of items (a feed's new stories).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class Counter:
    """Call `tick()` per item; redraws at most every `every` seconds; `close()` wipes the line."""

    def __init__(
        self,
        noun: str,
        stream: TextIO | None = None,
        *,
        total: int | None = None,
        every: float = 0.5,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self.noun = noun
        self.total = total
        self.every = every
        self.clock = clock
        self.count = 0
        self.started = clock()
        self._shown = self.started

    def expect(self, total: int) -> None:
        """The number of items, once it is known."""
        self.total = total

    def tick(self) -> None:
        self.count += 1
        now = self.clock()
        if self.enabled and now - self._shown >= self.every:
            self._shown = now
            self.stream.write(f"\r{self.line(now - self.started)} ")
            self.stream.flush()

    def line(self, seconds: float) -> str:
        rate = self.count / seconds if seconds > 0 else 0.0
        if not self.total:
            return f"{self.count} {self.noun}, {rate:.0f}/s"
        done = min(self.count, self.total)
        left = (self.total - done) / rate if rate > 0 else None
        eta = f", {duration(left)} left" if left is not None else ""
        return (
            f"{done}/{self.total} {self.noun} ({100 * done / self.total:.0f}%), {rate:.0f}/s{eta}"
        )

    def close(self) -> None:
        if self.enabled and self.count:
            self.stream.write("\r\033[K")
            self.stream.flush()


class Bar:
    """A bar for a known number of items (a feed's new stories), shown only at a terminal."""

    WIDTH = 24

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self.label = ""
        self.total = 0
        self.done = 0

    def start(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label[:40], total, 0
        self._draw()

    def tick(self) -> None:
        self.done += 1
        self._draw()

    def close(self) -> None:
        if self.enabled and self.total:
            self.stream.write("\r\033[K")
            self.stream.flush()
        self.total = 0

    def _draw(self) -> None:
        if not (self.enabled and self.total):
            return
        filled = self.WIDTH * self.done // self.total
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} ")
        self.stream.flush()


def duration(seconds: float) -> str:
    """42s, 3m05s, 1h02m: short enough for a status line."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"
