"""The correction log: each analyst's change with who made it, when, what and why.

Every correction writes one row (`correction`), inside the transaction that makes the
change, so the log and the data never disagree. `maritime corrections`, `maritime show`
and the `correction_log` view read it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, insert

from maritime.db import models

CORRECTION = models.Correction.__table__


def record(
    connection: Connection,
    action: str,
    *,
    analyst: str | None,
    note: str | None = None,
    change: str | None = None,
    event_id: int | None = None,
    other_event_id: int | None = None,
    article_id: int | None = None,
    mention_ids: Iterable[int] = (),
) -> None:
    connection.execute(
        insert(CORRECTION).values(
            action=action,
            event_id=event_id,
            other_event_id=other_event_id,
            article_id=article_id,
            mention_ids=",".join(map(str, mention_ids)) or None,
            change=change,
            note=note,
            analyst=analyst,
            created_at=models.utcnow(),
        )
    )
