"""Vessel identity: one row per ship across renames and re-flaggings.

An IMO number is the only identity that survives a rename; without one, a name
already known (current or former) is taken to be the same ship.

Reads and writes go through SQLAlchemy Core with statements built once (as in
store.py): an ingest resolves a vessel per mention, and the ORM's flush per new
ship cost more than the database did.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, Protocol

from sqlalchemy import Connection, bindparam, func, insert, select, update

from maritime.db import models, prepared
from maritime.db.prepared import prepare
from maritime.db.upsert import insert_missing

VESSEL = models.Vessel.__table__
VESSEL_NAME = models.VesselName.__table__


class VesselLike(Protocol):
    name: str | None
    vessel_type: str | None
    flag: str | None
    imo: str | None
    mmsi: str | None
    former_names: list[str]


class VesselRow(NamedTuple):
    """A vessel row as stored (the `vessel` table's columns)."""

    id: int
    name: str
    imo: str | None
    mmsi: str | None
    flag: str | None
    vessel_type: str | None


_COLUMNS = tuple(VESSEL.c[name] for name in VesselRow._fields)
_BY_IMO = prepare(select(*_COLUMNS).where(VESSEL.c.imo == bindparam("imo")))
_BY_NAME = prepare(
    select(*_COLUMNS)
    .join(VESSEL_NAME, VESSEL_NAME.c.vessel_id == VESSEL.c.id)
    .where(func.lower(VESSEL_NAME.c.name).in_(bindparam("names", expanding=True)))
    .order_by(VESSEL.c.id)
)
_CREATE = prepare(insert(VESSEL).returning(VESSEL.c.id))
# Identity fields a later mention may fill in (the row's `id` never changes).
_UPDATE = prepare(
    update(VESSEL)
    .where(VESSEL.c.id == bindparam("vessel_id"))
    .values({name: bindparam(f"new_{name}") for name in VesselRow._fields[1:]})
)


def find_vessel(connection: Connection, *, imo: str | None, names: list[str]) -> VesselRow | None:
    """The known vessel with this IMO, else the one that has carried any of these names."""
    if imo:
        found = prepared.rows(connection, _BY_IMO, {"imo": imo})
        if found:
            return VesselRow(*found[0])
    lowered = [n.lower() for n in names if n]
    if not lowered:
        return None
    for row in prepared.rows(connection, _BY_NAME, {"names": lowered}):
        # A different IMO means a different ship that happens to share a name.
        if not (imo and row.imo and row.imo != imo):
            return VesselRow(*row)
    return None


def resolve_vessel(
    connection: Connection,
    mention: VesselLike,
    *,
    article_id: int | None,
    seen_on: date | None,
) -> VesselRow | None:
    """Find or register the vessel a mention names, recording new names and flags."""
    if not mention.name and not mention.imo:
        return None
    names = [n for n in [mention.name, *mention.former_names] if n]
    vessel = find_vessel(connection, imo=mention.imo, names=names)
    if vessel is None:
        values = {
            "name": mention.name or f"IMO {mention.imo}",
            "imo": mention.imo,
            "mmsi": mention.mmsi,
            "flag": mention.flag,
            "vessel_type": mention.vessel_type,
        }
        [created] = prepared.rows(connection, _CREATE, values)
        vessel = VesselRow(id=created.id, **values)
    else:
        updated = _updated_identity(vessel, mention)
        if updated != vessel:
            values = {f"new_{name}": value for name, value in updated._asdict().items()}
            prepared.run(connection, _UPDATE, {"vessel_id": vessel.id, **values})
            vessel = updated
    insert_missing(
        connection,
        models.VesselName,
        [
            {
                "vessel_id": vessel.id,
                "name": name,
                "is_current": name == mention.name,
                "valid_from": seen_on if name == mention.name else None,
                "article_id": article_id,
            }
            for name in dict.fromkeys(names)
        ],
    )
    if mention.flag:
        insert_missing(
            connection,
            models.VesselFlag,
            [
                {
                    "vessel_id": vessel.id,
                    "flag": mention.flag,
                    "valid_from": seen_on,
                    "article_id": article_id,
                }
            ],
        )
    return vessel


def _updated_identity(vessel: VesselRow, mention: VesselLike) -> VesselRow:
    """Fill gaps only: a later article naming the ship differently is not a rename
    unless it says so (a former name), which the name history records."""
    renamed = bool(mention.name and mention.former_names and vessel.name in mention.former_names)
    return vessel._replace(
        imo=vessel.imo or mention.imo,
        mmsi=vessel.mmsi or mention.mmsi,
        vessel_type=vessel.vessel_type or mention.vessel_type,
        flag=mention.flag or vessel.flag,
        name=mention.name if renamed else vessel.name,
    )
