"""The watch list and the fetch log in the database: which feeds, who polls them, what was read.

Every function takes a connection and leaves transactions to the caller, so a page's
log row commits with its article or not at all.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from maritime.db import models
from maritime.db.upsert import insert_for

FEED = models.Feed.__table__
LOG = models.FetchLog.__table__
ARTICLE = models.Article.__table__

# A watcher renews its claim on a feed before every item; one that vanished without
# releasing it (power cut, another host) is taken over once it lapses.
LEASE = timedelta(minutes=15)
# A link whose page failed this often for passing reasons (5xx, no answer) is given up.
MAX_TRIES = 3
_TRANSIENT = frozenset({408, 429})


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes: they were stored in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Owner:
    """This process, as it signs the feeds it claims."""

    host: str
    pid: int
    token: str

    @classmethod
    def me(cls) -> Owner:
        return cls(socket.gethostname(), os.getpid(), secrets.token_hex(4))

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}:{self.token}"


def owner_gone(owner: str) -> bool:
    """Whether the process that signed `owner` has died: only knowable on this host."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, run by another user
        return False
    return False


def feed_rows(connection: Connection, urls: Sequence[str] | None = None) -> list[Any]:
    """The feeds named (added to the list if new), in that order; all feeds when None."""
    if urls is None:
        return list(connection.execute(select(FEED).order_by(FEED.c.id)))
    add_feeds(connection, urls)
    rows = {row.url: row for row in connection.execute(select(FEED).where(FEED.c.url.in_(urls)))}
    return [rows[url] for url in dict.fromkeys(urls)]


def add_feeds(connection: Connection, urls: Sequence[str]) -> list[str]:
    """Add the feeds not listed yet; returns those added. ON CONFLICT DO NOTHING: two
    watchers adding the same feed at once both go on."""
    known = set(connection.scalars(select(FEED.c.url).where(FEED.c.url.in_(urls))))
    new = [url for url in dict.fromkeys(urls) if url not in known]
    if new:
        connection.execute(
            insert_for(connection.dialect.name, FEED).on_conflict_do_nothing(),
            [{"url": url, "added_at": models.utcnow(), "failures_in_a_row": 0} for url in new],
        )
    return new


def remove_feed(connection: Connection, url: str) -> bool:
    return connection.execute(delete(FEED).where(FEED.c.url == url)).rowcount > 0


def claim(connection: Connection, feed: Any, owner: Owner, now: datetime) -> bool:
    """Take the feed for this process unless a live watcher holds it.

    Compare-and-swap on the owner seen: of two processes claiming at once, one wins.
    """
    row = connection.execute(
        select(FEED.c.lease_owner, FEED.c.lease_until).where(FEED.c.id == feed.id)
    ).one()
    held = row.lease_owner is not None and row.lease_owner != str(owner)
    lapsed = row.lease_until is None or aware(row.lease_until) < now
    if held and not lapsed and not owner_gone(row.lease_owner):
        return False
    seen = (
        FEED.c.lease_owner.is_(None)
        if row.lease_owner is None
        else FEED.c.lease_owner == row.lease_owner
    )
    taken = connection.execute(
        update(FEED)
        .where(FEED.c.id == feed.id, seen)
        .values(lease_owner=str(owner), lease_until=now + LEASE)
    )
    return taken.rowcount == 1


def renew(connection: Connection, feed_id: int, owner: Owner, now: datetime) -> None:
    connection.execute(
        update(FEED)
        .where(FEED.c.id == feed_id, FEED.c.lease_owner == str(owner))
        .values(lease_until=now + LEASE)
    )


def finish(connection: Connection, feed_id: int, owner: Owner, **values: Any) -> None:
    """Record the poll's outcome and let the feed go."""
    connection.execute(
        update(FEED)
        .where(FEED.c.id == feed_id, FEED.c.lease_owner == str(owner))
        .values(lease_owner=None, lease_until=None, **values)
    )


def log_fetch(connection: Connection, **values: Any) -> None:
    connection.execute(insert(LOG).values(fetched_at=models.utcnow(), **values))


def is_settled(connection: Connection, link: str) -> bool:
    """Whether the item at `link` needs no more reading: stored, or read and found wanting,
    or failed for good. Passing failures (5xx, no answer) are tried again, a few times."""
    stored = connection.execute(
        select(ARTICLE.c.id).where(ARTICLE.c.locator == link).limit(1)
    ).first()
    if stored is not None:
        return True
    tries = connection.execute(
        select(LOG.c.kind, LOG.c.status, LOG.c.article_id).where(
            LOG.c.url == link, LOG.c.kind != "feed"
        )
    ).all()
    return len(tries) >= MAX_TRIES or any(_final(*attempt) for attempt in tries)


def _final(kind: str, status: int | None, article_id: int | None) -> bool:
    if article_id is not None or kind == "content":
        return True
    if status is None:
        return False
    return (
        200 <= status < 300 or status == 304 or (400 <= status < 500 and status not in _TRANSIENT)
    )


def last_validators(connection: Connection, url: str) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified of the last page stored from `url`, to ask it conditionally."""
    row = connection.execute(
        select(LOG.c.etag, LOG.c.last_modified)
        .where(LOG.c.url == url, LOG.c.kind == "page", LOG.c.article_id.is_not(None))
        .order_by(LOG.c.id.desc())
        .limit(1)
    ).first()
    return (row.etag, row.last_modified) if row else (None, None)


def feed_listing(connection: Connection) -> list[dict[str, Any]]:
    """Every feed with its state, for `maritime feeds`."""
    columns = (
        "url",
        "title",
        "last_polled",
        "last_new_item",
        "etag",
        "last_modified",
        "failures_in_a_row",
        "next_poll",
        "last_error",
    )
    rows = connection.execute(select(*(FEED.c[name] for name in columns)).order_by(FEED.c.id))
    return [{name: _shown(getattr(row, name)) for name in columns} for row in rows]


def _shown(value: Any) -> Any:
    if isinstance(value, datetime):
        return aware(value).isoformat(timespec="seconds")  # type: ignore[union-attr]
    return value
