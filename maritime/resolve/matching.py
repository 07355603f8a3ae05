"""Which stored incident a new telling repeats: the rules of resolve.events, asked of
the events SQL can narrow the candidates to."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, or_, select

from maritime.db import prepared
from maritime.db.prepared import prepare
from maritime.db.writer import (
    ACTOR,
    EVENT,
    EVENT_VESSEL,
    MENTION,
    PIN,
    PLACE,
    PLACE_COLUMNS,
    ActorRef,
    place_ref,
)
from maritime.resolve.events import (
    GUESSES,
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
from maritime.types import TOLD_BEFORE_DAYS


def _told_columns(table: Table) -> tuple[Any, ...]:
    """What the rules read of an event or of one telling: its claims, place and actor."""
    claims = ("type", "date_start", "date_end", "date_precision", "killed", "vessel_count")
    return (
        *(table.c[name] for name in (*claims, "target_type")),
        *(c.label(f"place_{c.key}") for c in PLACE_COLUMNS),
        ACTOR.c.id.label("actor_id"),
        ACTOR.c.name.label("actor_name"),
        ACTOR.c.country.label("actor_country"),
    )


# An event holds a telling that joined it only as the single fit (see `guessed_tellings`).
_GUESSED = (
    select(MENTION.c.id)
    .where(MENTION.c.event_id == EVENT.c.id, MENTION.c.merge_rule.in_(GUESSES))
    .exists()
)
_GUESSED_TELLINGS = prepare(
    select(MENTION.c.id, MENTION.c.event_id, *_told_columns(MENTION))
    .select_from(
        MENTION.outerjoin(PLACE, PLACE.c.id == MENTION.c.place_id)
        .outerjoin(ACTOR, ACTOR.c.name == MENTION.c.actor_name)
        .outerjoin(PIN, PIN.c.mention_id == MENTION.c.id)
    )
    .where(
        MENTION.c.event_id.in_(bindparam("ids", expanding=True)),
        MENTION.c.merge_rule.in_(GUESSES),
        MENTION.c.vessel_names.is_(None),
        PIN.c.mention_id.is_(None),
    )
    .order_by(MENTION.c.id)
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
        select(EVENT.c.id, *_told_columns(EVENT), _GUESSED.label("guessed"))
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
class Lookup:
    """What a look-up found: the incident a telling repeats, if any, and the stored
    events in reach that hold a telling joined only as the single fit (`guessed`)."""

    match: Match | None
    guessed: list[int]


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
) -> Lookup:
    """The stored incident this candidate repeats and why, if any (see resolve.events).

    `exclude` holds events this article has already told: the extractor already
    decided that two events of one article are distinct incidents.
    """
    if candidate.date_start is None or candidate.date_end is None:
        return Lookup(None, [])
    stay = timedelta(STAY_DAYS if candidate.vessel_ids and candidate.type == "deployment" else 0)
    told = timedelta(TOLD_BEFORE_DAYS if candidate.statement_dated else 0)
    params: dict[str, Any] = {
        "type": candidate.type,
        "date_start": candidate.date_start,
        "date_end": candidate.date_end,
        "first": candidate.date_start - max(stay, told),
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
        matches = [(e, r) for e in rest if (r := one_of_several(candidate, e)) is not None]
        fits += matches if len(matches) == 1 else []  # two would leave it a guess
    guessed = [row.id for row in rows if row.guessed]
    return Lookup(Match(*fits[0], also=fits[1:]) if fits else None, guessed)


def guessed_tellings(
    connection: Connection, event_ids: list[int]
) -> list[tuple[int, int, Candidate]]:
    """(mention, event, what it told) of the tellings of these events that a `GUESSES`
    rule joined, that name no ship and that no analyst placed: those a new event that
    fits them too makes a guess again."""
    tellings = []
    for row in prepared.rows(connection, _GUESSED_TELLINGS, {"ids": event_ids}):
        actor = ActorRef(row.actor_id, row.actor_name, row.actor_country)
        told = Candidate(
            type=row.type,
            date_start=row.date_start,
            date_end=row.date_end,
            date_precision=row.date_precision,
            place=place_ref(row, "place_"),
            actor=actor if row.actor_id is not None else None,
            vessel_ids=set(),
            killed=row.killed,
            vessel_count=row.vessel_count,
            target_type=row.target_type,
        )
        tellings.append((row.id, row.event_id, told))
    return tellings


def one_of_several(candidate: Candidate, known: Known) -> Reason | None:
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
