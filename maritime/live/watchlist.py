"""The list of watched feeds, as users manage it: add, remove, list, or read from a file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from maritime.db.engine import writer
from maritime.errors import InputFileError, NotFoundError
from maritime.live import state
from maritime.read.fetch import check_url


def checked(urls: Sequence[str]) -> list[str]:
    """The URLs, each known to be http(s), without repeats; FetchError names a bad one."""
    for url in urls:
        check_url(url)
    return list(dict.fromkeys(urls))


def add(engine: Engine, urls: Sequence[str]) -> list[str]:
    """Watch these feeds from now on; returns those that were not watched yet."""
    with writer(engine).begin() as connection:
        return state.add_feeds(connection, checked(urls))


def remove(engine: Engine, url: str) -> None:
    with writer(engine).begin() as connection:
        if not state.remove_feed(connection, url):
            raise NotFoundError(f"{url}: not a watched feed; `maritime feeds` lists them")


def listing(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return state.feed_listing(connection)


def read_feed_file(path: str) -> list[str]:
    """One feed URL a line; blank lines and `#` comments are skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputFileError(f"--feeds {path}: cannot read the file ({reason})") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
