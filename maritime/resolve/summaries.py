"""Broad summaries and the specific incidents they sum up.

"US forces have seized two tankers over the past two weeks" is told beside the seizures
it sums up; counted as one more incident it would double them, merged into one of them it
would blur its date. So it stays an event of its own, linked to the specific events it
covers: same type, inside its span, compatible place and actor, and no more of them than
it says it counts. When more candidates fit than the summary counts, the evidence does
not say which it means, and nothing is linked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, text

from maritime.db import models, prepared
from maritime.db.prepared import Record, prepare
from maritime.resolve.events import (
    SPECIFIC_PRECISIONS,
    actors_compatible,
    is_specific,
    places_compatible,
)

EVENT = models.Event.__table__  # type: ignore[attr-defined]
PLACE = models.Place.__table__  # type: ignore[attr-defined]
ACTOR = models.Actor.__table__  # type: ignore[attr-defined]
LINK = models.EventVessel.__table__  # type: ignore[attr-defined]
COVER = models.EventCover.__table__  # type: ignore[attr-defined]
_IDS = bindparam("ids", expanding=True)
# Built once: most articles run these, and building a statement costs more than running it.
_EVENTS = prepare(select(EVENT).where(EVENT.c.id.in_(_IDS)))
_UNCOVER = prepare(delete(COVER).where(COVER.c.summary_id.in_(_IDS)))
_UNCOVER_ONE = prepare(delete(COVER).where(COVER.c.summary_id == bindparam("id")))
_COVER = prepare(insert(COVER))
_LINKS = prepare(select(LINK).where(LINK.c.event_id.in_(_IDS)))
_ROWS = {table.name: prepare(select(table).where(table.c.id.in_(_IDS))) for table in (PLACE, ACTOR)}
_SPANNING = prepare(
    select(EVENT).where(
        EVENT.c.type.in_(bindparam("types", expanding=True)),
        EVENT.c.date_start <= bindparam("last_start"),
        EVENT.c.date_end >= bindparam("first_end"),
        text(models.VAGUE_DATE_SQL),  # the partial index's own words, so the query uses it
    )
)
_INSIDE = prepare(
    select(EVENT).where(
        EVENT.c.type == bindparam("type"),
        EVENT.c.date_start >= bindparam("date_start"),
        EVENT.c.date_end <= bindparam("date_end"),
        EVENT.c.id != bindparam("id"),
        EVENT.c.date_precision.in_(SPECIFIC_PRECISIONS),
    )
)


@dataclass
class _Told:
    event: Record
    place: Record | None
    actor: Record | None
    vessel_ids: set[int]


def is_summary(event: Any) -> bool:
    """A telling vaguer than a day or a week that spans several days."""
    if event.date_start is None or event.date_end is None or is_specific(event.date_precision):
        return False
    return (event.date_end - event.date_start).days >= 2


def link_summaries(
    connection: Connection, event_ids: Iterable[int], new: Iterable[int] = ()
) -> None:
    """Recompute the links of these events, as summaries and as incidents summed up.

    `new` are events just created: a summary whose span holds only new events keeps the
    links it has, which spares relinking (and reloading everything in its span) for
    most reports. It gains a link to each it covers, unless it counts its incidents:
    then the count decides whether any link holds, and it is relinked.

    Reads rows, not ORM objects: the writer updates events with Core statements, so
    objects held by the session may be stale."""
    ids, created = set(event_ids), set(new)
    if not ids:
        return
    events = prepared.rows(connection, _EVENTS, {"ids": sorted(ids)})
    summaries = {e.id: e for e in events if is_summary(e)}
    narrowed = [e.id for e in events if e.id not in summaries and e.id not in created]
    if narrowed:  # a merge may have given a summary a specific date: it sums up nothing now
        prepared.run(connection, _UNCOVER, {"ids": narrowed})
    specific = [e for e in events if not is_summary(e) and None not in (e.date_start, e.date_end)]
    gained: dict[int, list[int]] = {}
    if specific:
        changed, gained = _summaries_changed(connection, specific, created)
        summaries |= changed
    for summary_id in sorted(summaries):
        _relink(connection, summaries[summary_id])
    links = [
        {"summary_id": summary_id, "event_id": event_id}
        for summary_id, covered in sorted(gained.items())
        if summary_id not in summaries  # relinked whole
        for event_id in covered
    ]
    prepared.run_many(connection, _COVER, links)


def _summaries_changed(
    connection: Connection, specific: list[Record], created: set[int]
) -> tuple[dict[int, Record], dict[int, list[int]]]:
    """Summaries holding these events whose links may change, to relink: those holding
    an event that was stored before (its values may have moved), or covering a new one
    when they count their incidents. And the new events each summary that counts none
    covers: the links it gains (a new incident changes no other link of it)."""
    spanning = prepared.rows(
        connection,
        _SPANNING,
        {
            "types": sorted({e.type for e in specific}),
            "last_start": max(e.date_start for e in specific),
            "first_end": min(e.date_end for e in specific),
        },
    )
    holding = [(s, [e for e in specific if _holds(s, e)]) for s in spanning]
    holding = [(s, held) for s, held in holding if held and is_summary(s)]
    changed = {s.id: s for s, held in holding if any(e.id not in created for e in held)}
    only_new = [(s, held) for s, held in holding if s.id not in changed]
    gained: dict[int, list[int]] = {}
    if only_new:
        summaries = {t.event.id: t for t in _told(connection, [s for s, _ in only_new])}
        held = {e.id: e for _, rows in only_new for e in rows}
        fresh = {t.event.id: t for t in _told(connection, list(held.values()))}
        for s, rows in only_new:
            covered = [e.id for e in rows if _covers(summaries[s.id], fresh[e.id])]
            if covered and s.vessel_count is None:
                gained[s.id] = covered
            elif covered:
                changed[s.id] = s
    return changed, gained


def _holds(summary: Record, event: Record) -> bool:
    return (
        summary.id != event.id
        and summary.type == event.type
        and summary.date_start <= event.date_start
        and event.date_end <= summary.date_end
    )


def _relink(connection: Connection, row: Record) -> None:
    prepared.run(connection, _UNCOVER_ONE, {"id": row.id})
    [summary] = _told(connection, [row])
    covered = [told for told in _inside(connection, row) if _covers(summary, told)]
    stated = row.vessel_count
    if stated is not None and sum(told.event.vessel_count or 1 for told in covered) > stated:
        return  # more candidates than the summary counts: which ones is unknown
    prepared.run_many(
        connection, _COVER, [{"summary_id": row.id, "event_id": told.event.id} for told in covered]
    )


def _inside(connection: Connection, summary: Record) -> list[_Told]:
    """Specific events of the summary's type within its span."""
    params = {key: getattr(summary, key) for key in ("type", "date_start", "date_end", "id")}
    return _told(connection, prepared.rows(connection, _INSIDE, params))


def _covers(summary: _Told, told: _Told) -> bool:
    """A specific incident, narrower than the summary, agreeing on place, actor, vessel."""
    event, span = told.event, summary.event.date_end - summary.event.date_start
    if not is_specific(event.date_precision) or event.date_end - event.date_start >= span:
        return False
    if summary.vessel_ids and not summary.vessel_ids & told.vessel_ids:
        return False
    return places_compatible(summary.place, told.place) and actors_compatible(
        summary.actor, told.actor
    )


def _told(connection: Connection, events: Sequence[Record]) -> list[_Told]:
    """Event rows already read, with the place, actor and vessels the rules compare."""
    if not events:
        return []
    places = _by_id(connection, PLACE, {e.place_id for e in events})
    actors = _by_id(connection, ACTOR, {e.actor_id for e in events})
    vessels: dict[int, set[int]] = {}
    for link in prepared.rows(connection, _LINKS, {"ids": [e.id for e in events]}):
        vessels.setdefault(link.event_id, set()).add(link.vessel_id)
    return [
        _Told(e, places.get(e.place_id), actors.get(e.actor_id), vessels.get(e.id, set()))
        for e in events
    ]


def _by_id(connection: Connection, table: Any, ids: set[int | None]) -> dict[int, Record]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = prepared.rows(connection, _ROWS[table.name], {"ids": sorted(wanted)})
    return {row.id: row for row in rows}
