"""Which stored incident a new telling repeats: the rules of resolve.events, asked of
the events SQL can narrow the candidates to."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, and_, bindparam, or_, select

from maritime.db import prepared
from maritime.db.prepared import prepare
from maritime.db.writer import ACTOR, EVENT, EVENT_VESSEL, PLACE, PLACE_COLUMNS, ActorRef, place_ref
from maritime.resolve.events import (
    STAY_DAYS,
    Candidate,
    Known,
    Reason,
    is_specific,
    may_be_one_state_act,
    may_name_one_ship,
    same_incident,
    same_ship_unnamed,
    same_state_act,
    told_by_each_side,
)


@cache
def _known_query(excluding: bool, vague: bool) -> Any:
    """Events that `same_incident` or `_one_of_several` could accept: same type, days
    overlapping `first`..`last` (the candidate's span, widened by a deployment's stay);
    Python applies the rest of the rules. One query serves both: most reports find no
    event at all on their day, and a second query would cost more than the rows it spares.

    A `vague` candidate (a month, a year) overlaps a great many events but can only be
    told again with the very same dates, of the same ship, or as the same blockade, so
    only those are read."""
    query = (
        select(
            EVENT.c.id,
            EVENT.c.type,
            EVENT.c.date_start,
            EVENT.c.date_end,
            EVENT.c.date_precision,
            EVENT.c.killed,
            EVENT.c.vessel_count,
            EVENT.c.target_type,
            *(c.label(f"place_{c.key}") for c in PLACE_COLUMNS),
            ACTOR.c.id.label("actor_id"),
            ACTOR.c.name.label("actor_name"),
            ACTOR.c.country.label("actor_country"),
        )
        .select_from(
            EVENT.outerjoin(PLACE, PLACE.c.id == EVENT.c.place_id).outerjoin(
                ACTOR, ACTOR.c.id == EVENT.c.actor_id
            )
        )
        .where(
            EVENT.c.type == bindparam("type"),
            EVENT.c.date_start <= bindparam("last"),
            EVENT.c.date_end >= bindparam("first"),
        )
        .order_by(EVENT.c.id)
    )
    if excluding:
        query = query.where(EVENT.c.id.not_in(bindparam("exclude", expanding=True)))
    if vague:
        shared = EVENT_VESSEL.c.vessel_id.in_(bindparam("vessels", expanding=True))
        query = query.where(
            or_(
                and_(
                    EVENT.c.date_start == bindparam("date_start"),
                    EVENT.c.date_end == bindparam("date_end"),
                ),
                select(EVENT_VESSEL.c.event_id)
                .where(EVENT_VESSEL.c.event_id == EVENT.c.id, shared)
                .exists(),
                EVENT.c.type == "blockade",
            )
        )
    return prepare(query)


_VESSELS_OF = prepare(
    select(EVENT_VESSEL.c.event_id, EVENT_VESSEL.c.vessel_id).where(
        EVENT_VESSEL.c.event_id.in_(bindparam("ids", expanding=True))
    )
)


@dataclass
class Match:
    """The stored incident a telling repeats and why; and any other stored incidents the
    same telling fits on positive evidence (`also`), which it shows to be that one too."""

    known: Known
    reason: Reason
    also: list[tuple[Known, Reason]] = field(default_factory=list)


def find_known_event(
    connection: Connection,
    candidate: Candidate,
    exclude: set[int] = frozenset(),  # type: ignore[assignment]
) -> Match | None:
    """The stored incident this candidate repeats and why, if any (see resolve.events).

    `exclude` holds events this article has already told: the extractor already
    decided that two events of one article are distinct incidents.
    """
    if candidate.date_start is None or candidate.date_end is None:
        return None
    stay = timedelta(STAY_DAYS if candidate.vessel_ids and candidate.type == "deployment" else 0)
    params: dict[str, Any] = {
        "type": candidate.type,
        "date_start": candidate.date_start,
        "date_end": candidate.date_end,
        "first": candidate.date_start - stay,
        "last": candidate.date_end + stay,
    }
    if exclude:
        params["exclude"] = sorted(exclude)
    vague = not is_specific(candidate.date_precision)
    if vague:
        params["vessels"] = sorted(candidate.vessel_ids)
    rows = prepared.rows(connection, _known_query(bool(exclude), vague), params)
    known = _known(connection, rows)
    fits = [(e, r) for e in known if (r := same_incident(candidate, e)) is not None]
    several = candidate.type == "strike" or may_name_one_ship(candidate)
    if several or may_be_one_state_act(candidate):  # else the rules below accept nothing
        rest = [e for e in known if all(e is not k for k, _ in fits)]
        matches = [(e, r) for e in rest if (r := _one_of_several(candidate, e)) is not None]
        fits += matches if len(matches) == 1 else []  # two would leave it a guess
    return Match(*fits[0], also=fits[1:]) if fits else None


def _one_of_several(candidate: Candidate, known: Known) -> Reason | None:
    """The rules whose evidence could fit several stored events alike: they hold only
    when a single event fits."""
    return (
        same_ship_unnamed(candidate, known)
        or same_state_act(candidate, known)
        or told_by_each_side(candidate, known)
    )


def _known(connection: Connection, rows: list[Any]) -> list[Known]:
    vessel_ids: dict[int | None, set[int]] = defaultdict(set)
    if rows:
        for event_id, vessel_id in prepared.rows(
            connection, _VESSELS_OF, {"ids": [r.id for r in rows]}
        ):
            vessel_ids[event_id].add(vessel_id)
    return [
        Known(
            event=row,
            place=place_ref(row, "place_"),
            actor=ActorRef(row.actor_id, row.actor_name, row.actor_country)
            if row.actor_id is not None
            else None,
            vessel_ids=vessel_ids[row.id],
        )
        for row in rows
    ]
