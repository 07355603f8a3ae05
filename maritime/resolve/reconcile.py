"""An incident's values from all its sources' claims, and incidents left with no source."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select

from maritime.db import models, prepared
from maritime.db.prepared import prepare
from maritime.db.writer import (
    ACTOR,
    ARTICLE,
    EVENT,
    MENTION,
    PLACE,
    PLACE_COLUMNS,
    place_ref,
    update_event,
)
from maritime.resolve.events import Claim, confidence, reconcile
from maritime.resolve.pins import columns, hold_vessels, pinned

_CLAIMS = prepare(
    select(
        MENTION.c.event_id,
        MENTION.c.date_start,
        MENTION.c.date_end,
        MENTION.c.date_precision,
        MENTION.c.date_phrase,
        MENTION.c.place_phrase,
        MENTION.c.vessel_count,
        MENTION.c.killed,
        MENTION.c.target_type,
        *(c.label(f"place_{c.key}") for c in PLACE_COLUMNS),
        ACTOR.c.id.label("actor_id"),
        ARTICLE.c.source,
        ARTICLE.c.uri,
    )
    .select_from(
        MENTION.join(ARTICLE, ARTICLE.c.id == MENTION.c.article_id)
        .outerjoin(PLACE, PLACE.c.id == MENTION.c.place_id)
        .outerjoin(ACTOR, ACTOR.c.name == MENTION.c.actor_name)
    )
    .where(MENTION.c.event_id.in_(bindparam("ids", expanding=True)))
    .order_by(MENTION.c.id)
)


def reconcile_events(connection: Connection, event_ids: set[int]) -> None:
    """Recompute events' values and confidence from all their sources' claims, then lay
    the values an analyst set over them (with Core: an ORM session holding these events
    must expire them)."""
    if not event_ids:
        return
    wanted = sorted(event_ids)
    by_event: dict[int, list[Any]] = defaultdict(list)
    for row in prepared.rows(connection, _CLAIMS, {"ids": wanted}):
        by_event[row.event_id].append(row)
    held = pinned(connection, wanted)
    for event_id in wanted:  # an event removed with its last source is not updated
        told = by_event[event_id]
        claims = [
            Claim(
                date_start=m.date_start,
                date_end=m.date_end,
                date_precision=m.date_precision,
                date_phrase=m.date_phrase,
                place=place_ref(m, "place_"),
                place_phrase=m.place_phrase,
                actor_id=m.actor_id,
                vessel_count=m.vessel_count,
                killed=m.killed,
                target_type=m.target_type,
            )
            for m in told
        ]
        values = reconcile(claims) | columns(held.get(event_id, {}))
        values["confidence"] = confidence(len({m.source or m.uri for m in told}))
        values["updated_at"] = models.utcnow()
        update_event(connection, event_id, values)
        if "vessels" in held.get(event_id, {}):
            hold_vessels(connection, event_id, held[event_id]["vessels"])


def delete_unsourced_events(connection: Connection, among: set[int]) -> None:
    """Delete those of `among` (events that just lost mentions) no mention tells any more."""
    if not among:
        return
    orphans = select(EVENT.c.id).where(
        EVENT.c.id.in_(among),
        ~select(MENTION.c.id).where(MENTION.c.event_id == EVENT.c.id).exists(),
    )
    gone = list(connection.execute(orphans).scalars())
    if gone:
        connection.execute(delete(EVENT).where(EVENT.c.id.in_(gone)))
