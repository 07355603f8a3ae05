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
