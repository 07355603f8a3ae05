"""Values an analyst set on an event, laid over what its sources say.

`maritime events set` keeps each field it sets as a pin (`event_pin`): the event's
columns as set, as JSON. Reconciling an event (after a reprocess, a new report, a merge)
computes its values from the sources' claims, then lays the pins over them, so the
analyst's word outlives the machine's next reading. Vessels are links, not columns: a
pinned list replaces whatever links the sources added.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select

from maritime.db import models, prepared
from maritime.db.prepared import prepare
from maritime.db.upsert import insert_missing

PIN = models.EventPin.__table__
EVENT_VESSEL = models.EventVessel.__table__
# Field -> the event columns it sets ("vessels" sets links instead).
FIELDS: dict[str, tuple[str, ...]] = {
    "type": ("type",),
    "date": ("date_start", "date_end", "date_precision", "date_phrase"),
    "place": ("place_id", "place_phrase"),
    "actor": ("actor_id",),
    "killed": ("killed",),
    "vessels": (),
}
_DATES = ("date_start", "date_end")

_PINS = prepare(
    select(PIN.c.event_id, PIN.c.field, PIN.c.value).where(
        PIN.c.event_id.in_(bindparam("ids", expanding=True))
    )
)


def pinned(connection: Connection, event_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Event -> {field: value as set} for those of these events an analyst corrected."""
    ids = sorted(event_ids)
    found: dict[int, dict[str, Any]] = defaultdict(dict)
    if ids:
        for row in prepared.rows(connection, _PINS, {"ids": ids}):
            found[row.event_id][row.field] = json.loads(row.value)
    return found


def columns(pins: dict[str, Any]) -> dict[str, Any]:
    """The event columns these pins set, ready to write."""
    values: dict[str, Any] = {}
    for field, value in pins.items():
        if field != "vessels":
            values.update(value)
    for name in _DATES:
        if values.get(name) is not None:
            values[name] = date.fromisoformat(values[name])
    return values


def set_pin(connection: Connection, event_id: int, field: str, value: Any) -> None:
    """Keep `value` for `field` (a dict of its columns, or vessel ids) over the sources'."""
    encoded = json.dumps(value, default=_iso, sort_keys=True)
    connection.execute(delete(PIN).where(PIN.c.event_id == event_id, PIN.c.field == field))
    connection.execute(insert(PIN).values(event_id=event_id, field=field, value=encoded))


_VESSEL_PINS = prepare(select(PIN.c.event_id, PIN.c.value).where(PIN.c.field == "vessels"))


def repin_vessels(connection: Connection, twin_id: int, keep_id: int) -> None:
    """Vessel lists an analyst pinned name vessel `keep_id` where they named `twin_id`
    (the same ship, stored twice, now one row)."""
    for row in prepared.rows(connection, _VESSEL_PINS):
        held = json.loads(row.value)
        if twin_id in held:
            kept = sorted({keep_id if v == twin_id else v for v in held})
            set_pin(connection, row.event_id, "vessels", kept)


def hold_vessels(connection: Connection, event_id: int, vessel_ids: list[int]) -> None:
    """The event's vessels are exactly these, whatever its sources named."""
    connection.execute(
        delete(EVENT_VESSEL).where(
            EVENT_VESSEL.c.event_id == event_id, EVENT_VESSEL.c.vessel_id.not_in(vessel_ids)
        )
    )
    insert_missing(
        connection,
        models.EventVessel,
        [{"event_id": event_id, "vessel_id": v, "role": "target"} for v in vessel_ids],
    )


def _iso(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot keep {value!r} as a pinned value")
