"""One polite HTTP client for pages and feeds.

Every request names the tool and its operator's contact, waits its turn per host,
obeys robots.txt, and gives up cleanly: bounded retries, bounded redirects,
bounded bodies, and only http(s). Callers get the bytes or one FetchError whose
message says what went wrong and what to do.
"""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import httpx

from maritime import __version__
from maritime.errors import MaritimeError, SettingError
from maritime.read.inputs import MAX_BYTES
from maritime.read.pacing import Clock, HostPacer, Sleep
from maritime.read.robots import Robots, RobotsFile

PRODUCT = "maritime"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Statuses that say "not now" rather than "never": worth asking again after a wait.
_TRANSIENT = frozenset({429, 500, 502, 503, 504})
_CLIENT_ERRORS = {
    401: "needs a login (HTTP 401); maritime reads public pages only",
    403: "refused (HTTP 403); the site does not serve this to maritime",
    404: "not found (HTTP 404); check the URL",
    410: "gone (HTTP 410); the page was removed",
}
_SCHEMES = ("http", "https")
_DRAIN_MAX = 64 * 1024


class FetchError(MaritimeError):
    """A URL that could not be fetched; the message names it and says what to do."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class Politeness:
    """How maritime behaves towards the sites it reads; every limit can be changed."""

    contact: str | None = None  # a URL or mailto: where site owners reach the operator
    interval: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds to connect, or to wait for the next bytes
    deadline: float = 120.0  # seconds for a whole response
    retries: int = 2  # further tries after a 429 or 5xx
    backoff: float = 2.0  # seconds before the first retry, doubling after
    max_wait: float = 300.0  # a longer Retry-After is not waited out: the fetch fails
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    robots: bool = True

    def __post_init__(self) -> None:
        if self.contact is not None and not self.contact.startswith(
            ("http://", "https://", "mailto:")
        ):
            raise SettingError(
                f"contact {self.contact!r} is not a URL; give an http(s):// or mailto: address"
                " where site owners can reach you"
            )

    @property
    def user_agent(self) -> str:
        name = f"{PRODUCT}/{__version__}"
        return f"{name} (+{self.contact})" if self.contact else name


@dataclass(frozen=True)
class Wanted:
    """The kind of document a request is for: what to ask for and which types to accept."""

    noun: str
    accept: str
    types: frozenset[str] | None  # None accepts any type
    suffixes: tuple[str, ...] = ()

    def allows(self, media_type: str | None) -> bool:
        if self.types is None or media_type is None:
            return True
        return media_type in self.types or media_type.endswith(self.suffixes)


PAGE = Wanted(
    "a web page",
    "text/html,application/xhtml+xml;q=0.9",
    frozenset({"text/html", "application/xhtml+xml"}),
)
_ANYTHING = Wanted("a file", "*/*", None)


@dataclass(frozen=True)
class Fetched:
    """A response worth reading: 200 with its body, or 304 (the caller's copy is current)."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    body: bytes = b""
    media_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Transient(Exception):
    def __init__(self, reason: str, status: int | None, after: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.after = after


class Fetcher:
    """One connection pool, one pacing schedule and one robots.txt cache for a run."""

    def __init__(
        self,
        politeness: Politeness | None = None,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.politeness = politeness or Politeness()
        self._clock = clock
        self._pacer = HostPacer(self.politeness.interval, clock, sleep)
        self._client = httpx.Client(
            headers={"User-Agent": self.politeness.user_agent},
            timeout=self.politeness.timeout,
            follow_redirects=False,
            http2=True,
            transport=transport,
        )
        self._robots = Robots(PRODUCT, self._robots_file, clock) if self.politeness.robots else None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        wanted: Wanted = PAGE,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """The document at `url`, asked conditionally when validators from last time are given."""
        headers = {"Accept": wanted.accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        fetched = self._follow(url, wanted, headers, robots=self._robots is not None)
        if fetched.not_modified:
            return replace(
                fetched,
                etag=fetched.etag or etag,
                last_modified=fetched.last_modified or last_modified,
            )
        return fetched

    def _follow(
        self, url: str, wanted: Wanted, headers: dict[str, str], *, robots: bool
    ) -> Fetched:
        """Redirects by hand, so every hop is checked, paced and allowed by robots.txt."""
        current = url
        for _hop in range(self.politeness.max_redirects + 1):
            host = _checked(current, url)
            if robots:
                self._obey_robots(current, host)
            outcome = self._with_retries(current, host, wanted, headers)
            if isinstance(outcome, Fetched):
                return replace(outcome, url=url)
            current = outcome
        raise FetchError(
            url,
            f"more than {self.politeness.max_redirects} redirects; the site is looping"
            " or the URL has moved for good (use the final address)",
        )

    def _obey_robots(self, url: str, host: str) -> None:
        assert self._robots is not None
        refusal = self._robots.refusal(url)
        if refusal:
            raise FetchError(url, refusal)
        delay = self._robots.crawl_delay(url)
        if delay:
            self._pacer.slow_down(host, delay)

    def _with_retries(
        self, url: str, host: str, wanted: Wanted, headers: dict[str, str]
    ) -> Fetched | str:
        """A response, or the redirect target; 429 and 5xx are asked again after a wait."""
        settings = self.politeness
        attempt = 0
        while True:
            self._pacer.wait(host)
            try:
                return self._once(url, wanted, headers)
            except _Transient as transient:
                asked = transient.after
                if asked is not None and asked > settings.max_wait:
                    raise FetchError(
                        url,
                        f"{transient.reason}, and the server asks to wait {asked:.0f}s;"
                        " try again later",
                        status=transient.status,
                        retry_after=asked,
                    ) from None
                if attempt == settings.retries:
                    raise FetchError(
                        url,
                        f"{transient.reason} after {attempt + 1} tries; try again later",
                        status=transient.status,
                        retry_after=transient.after,
                    ) from None
                self._pacer.defer(host, settings.backoff * 2**attempt if asked is None else asked)
                attempt += 1

    def _once(self, url: str, wanted: Wanted, headers: dict[str, str]) -> Fetched | str:
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                return self._answer(url, response, wanted)
        except httpx.TimeoutException:
            raise FetchError(
                url,
                f"no answer within {self.politeness.timeout:g}s (timed out); try again later",
            ) from None
        except httpx.DecodingError:
            raise FetchError(
                url, "the server sent a compressed body that cannot be decompressed"
            ) from None
        except httpx.TransportError as error:
            raise _Transient(f"connection failed ({_why(error)})", None, None) from None

    def _answer(self, url: str, response: httpx.Response, wanted: Wanted) -> Fetched | str:
        status = response.status_code
        if status != 200:
            _drain(response)
        if status in _REDIRECTS:
            return _location(url, response)
        if status in _TRANSIENT:
            after = _retry_after(response.headers.get("retry-after"))
            raise _Transient(f"the server answered HTTP {status}", status, after)
        if not (200 <= status < 300 or status == 304):
            reason = _CLIENT_ERRORS.get(status, f"the server answered HTTP {status}")
            raise FetchError(url, reason, status=status)
        media_type, charset = _content_type(response.headers.get("content-type"))
        body = b""
        if status != 304:
            if not wanted.allows(media_type):
                raise FetchError(
                    url, f"serves {media_type}, not {wanted.noun}; give the URL of {wanted.noun}"
                )
            body = self._body(url, response)
        return Fetched(
            url=url,
            final_url=str(response.url),
            status=status,
            body=body,
            media_type=media_type,
            charset=charset,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )

    def _body(self, url: str, response: httpx.Response) -> bytes:
        """At most `max_bytes` decoded bytes: a compression bomb stops as early as a big file."""
        limit = self.politeness.max_bytes
        too_big = FetchError(url, f"the response is larger than the {_mb(limit)} limit")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_big
        ends = self._clock() + self.politeness.deadline
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise too_big
            if self._clock() > ends:
                raise FetchError(
                    url, f"the response took longer than {self.politeness.deadline:g}s to arrive"
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _robots_file(self, robots_url: str) -> RobotsFile:
        try:
            fetched = self._follow(robots_url, _ANYTHING, {}, robots=False)
        except FetchError as error:
            return RobotsFile(error.status, failure=error.reason)
        return RobotsFile(fetched.status, fetched.body)


def check_url(url: str) -> None:
    """FetchError unless `url` is an http(s) URL: checked before it is stored or asked."""
    _checked(url, url)


def _checked(url: str, asked: str) -> str:
    """The URL's host, once it is known to be an http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise FetchError(asked, f"not a valid URL ({_why(error)})") from None
    if parsed.scheme not in _SCHEMES or not parsed.host:
        where = "" if url == asked else f" (redirected to {url})"
        raise FetchError(asked, f"only http:// and https:// URLs can be fetched{where}")
    return parsed.host


def _drain(response: httpx.Response) -> None:
    """Read a short redirect, 304 or error body, so its connection can serve the next request."""
    declared = response.headers.get("content-length", "")
    if response.status_code in (204, 304) or (declared.isdigit() and int(declared) <= _DRAIN_MAX):
        response.read()


def _location(url: str, response: httpx.Response) -> str:
    location = response.headers.get("location", "").strip()
    if not location:
        raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
    try:
        return str(response.url.join(location))
    except httpx.InvalidURL as error:
        raise FetchError(url, f"redirects to an invalid URL ({_why(error)})") from None


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header, given as seconds or as an HTTP date."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        key, _, found = param.partition("=")
        if key.strip().lower() == "charset":
            charset = found.strip().strip("\"'") or None
    return media_type.strip().lower() or None, charset


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def _why(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
