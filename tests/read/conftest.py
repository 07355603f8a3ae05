"""Helpers for reader tests: write an input file, read it back as Articles or errors."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from maritime.read import Article, InputError, read_inputs
from maritime.read.fetch import Fetcher, Politeness

FIXTURES = Path(__file__).parent / "fixtures"


def read_all(paths: list[str], **options: object) -> list[Article | InputError]:
    return list(read_inputs(paths, **options))  # type: ignore[arg-type]


def read_stdin(data: bytes | str, **options: object) -> list[Article | InputError]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return read_all(["-"], stdin=io.BytesIO(raw), **options)


def only_article(results: list[Article | InputError]) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results[0]
    return results[0]


def only_error(results: list[Article | InputError]) -> str:
    assert len(results) == 1, results
    assert isinstance(results[0], InputError), results[0]
    message = str(results[0])
    assert "\n" not in message
    return message


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], str]:
    """Write a file under tmp_path and return its path as a string."""

    def _write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return _write


class FakeTime:
    """A clock that moves only when slept on, recording every wait: pacing without waiting."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


CONTACT = "https://example.org/maritime-operator"


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def fetcher(fake_time: FakeTime) -> Iterator[Fetcher]:
    """A client with test-sized limits on the fake clock: retries and pacing cost no time."""
    politeness = Politeness(contact=CONTACT, timeout=0.5, backoff=2, max_wait=60)
    with Fetcher(politeness, clock=fake_time.clock, sleep=fake_time.sleep) as client:
        yield client
