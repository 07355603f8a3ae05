"""robots.txt, read once a day per site and obeyed (RFC 9309)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from maritime.read.pacing import Clock

# A site's rules are kept this long (RFC 9309 asks for no more than a day).
MAX_AGE = 24 * 3600.0
# A site whose robots.txt could not be read is asked again after this long.
UNREACHABLE_AGE = 600.0


@dataclass(frozen=True)
class RobotsFile:
    """What asking for /robots.txt gave: an HTTP status and body, or why it failed."""

    status: int | None
    body: bytes = b""
    failure: str | None = None


@dataclass(frozen=True)
class _Rules:
    parser: RobotFileParser | None  # None: every path may be fetched
    refusal: str | None  # set when the file could not be read: nothing may be fetched
    read_at: float


class Robots:
    """Whether `agent` may fetch a URL, and how slowly its site asks to be crawled.

    A missing robots.txt (any 4xx) allows everything; one the server fails to give
    (5xx, 429, no answer) forbids everything for a while, as RFC 9309 says, since
    its rules are unknown.
    """

    def __init__(self, agent: str, load: Callable[[str], RobotsFile], clock: Clock) -> None:
        self.agent = agent
        self._load = load
        self._clock = clock
        self._sites: dict[str, _Rules] = {}

    def refusal(self, url: str) -> str | None:
        """None when `url` may be fetched, else the reason, for the user."""
        rules = self._rules(url)
        if rules.refusal:
            return rules.refusal
        if rules.parser is None or rules.parser.can_fetch(self.agent, url):
            return None
        return f"the site's robots.txt does not allow {self.agent} to fetch it"

    def crawl_delay(self, url: str) -> float | None:
        parser = self._rules(url).parser
        delay = parser.crawl_delay(self.agent) if parser else None
        return float(delay) if delay is not None else None

    def _rules(self, url: str) -> _Rules:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        rules = self._sites.get(site)
        now = self._clock()
        age = UNREACHABLE_AGE if rules and rules.refusal else MAX_AGE
        if rules is None or now - rules.read_at > age:
            rules = self._read(site + "/robots.txt", now)
            self._sites[site] = rules
        return rules

    def _read(self, robots_url: str, now: float) -> _Rules:
        answer = self._load(robots_url)
        status = answer.status
        if status is not None and 200 <= status < 300:
            parser = RobotFileParser(robots_url)
            parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
            return _Rules(parser, None, now)
        if status is not None and 400 <= status < 500 and status != 429:
            return _Rules(None, None, now)
        refusal = "the site's robots.txt could not be read"
        if status is not None:
            refusal += f" (HTTP {status}); try again later"
        else:
            refusal += f": {answer.failure}"
        return _Rules(None, refusal, now)
