"""A one-line running count for long commands, shown only to a person at a terminal.

The total is unknown up front (folders are walked and JSONL files read lazily),
so this counts and shows the rate rather than drawing a bar.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Counter:
    """Call `tick()` per item; redraws at most every `every` seconds; `close()` wipes the line."""

    def __init__(self, noun: str, stream: TextIO | None = None, *, every: float = 0.5) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self.noun = noun
        self.every = every
        self.count = 0
        self.started = time.perf_counter()
        self._shown = self.started

    def tick(self) -> None:
        self.count += 1
        now = time.perf_counter()
        if self.enabled and now - self._shown >= self.every:
            self._shown = now
            rate = self.count / (now - self.started)
            self.stream.write(f"\r{self.count} {self.noun}, {rate:.0f}/s ")
            self.stream.flush()

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
