"""How long to wait before the next request to a host, so no server is hammered.

The clock and the sleep are injected: tests run the real schedule in no time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]
Sleep = Callable[[float], None]


@dataclass
class HostPacer:
    """At most one request per `interval` seconds to each host, and longer when asked.

    A host that asks for more time (Retry-After, robots.txt Crawl-delay, a backoff
    after an error) gets it for every later request, not only for the retry.
    """

    interval: float = 1.0
    clock: Clock = time.monotonic
    sleep: Sleep = time.sleep
    _next: dict[str, float] = field(default_factory=dict)
    _intervals: dict[str, float] = field(default_factory=dict)

    def wait(self, host: str) -> None:
        """Block until `host` may be asked again, then book the following slot."""
        delay = self._next.get(host, 0.0) - self.clock()
        if delay > 0:
            self.sleep(delay)
        self._next[host] = self.clock() + self._intervals.get(host, self.interval)

    def defer(self, host: str, seconds: float) -> None:
        """The next request to `host` waits at least `seconds` from now."""
        self._next[host] = max(self._next.get(host, 0.0), self.clock() + seconds)

    def slow_down(self, host: str, interval: float) -> None:
        """Space requests to `host` by `interval` (its Crawl-delay) when that is slower."""
        self._intervals[host] = max(self.interval, interval)
