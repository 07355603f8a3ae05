"""Vessel identity: one row per ship across renames and re-flaggings.

An IMO number is the only identity that survives a rename; without one, a name
already known (current or former) is taken to be the same ship, however it is spelt:
case, a prefix ("M/V", "MT", "USCGC") and a hull number in words or numerals ("Bella 1",
"Bella-1", "BELLA I") do not make another ship.

Reads and writes go through SQLAlchemy Core with statements built once (as in
store.py): an ingest resolves a vessel per mention, and the ORM's flush per new
ship cost more than the database did.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple, Protocol

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from maritime.db import models, prepared
from maritime.db.prepared import prepare
from maritime.db.upsert import insert_missing
from maritime.extract.vessels import bare_of_any_prefix, hull_prefix, state_kinds, unprefixed
from maritime.resolve.pins import repin_vessels

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
    select(*_COLUMNS, VESSEL_NAME.c.name.label("matched"))
    .join(VESSEL_NAME, VESSEL_NAME.c.vessel_id == VESSEL.c.id)
    .where(func.lower(VESSEL_NAME.c.name).in_(bindparam("names", expanding=True)))
    .order_by(VESSEL.c.id)
)
_BY_ENDING = prepare(
    select(*_COLUMNS, VESSEL_NAME.c.name.label("matched"))
    .join(VESSEL_NAME, VESSEL_NAME.c.vessel_id == VESSEL.c.id)
    .where(func.lower(VESSEL_NAME.c.name).like(bindparam("ending"), escape="\\"))
    .order_by(VESSEL.c.id)
)
_CREATE = prepare(insert(VESSEL).returning(VESSEL.c.id))
# What a vessel row owns, by the column that may not repeat for one vessel: combining
# two rows drops the twin's copies of what the kept row has, then moves the rest.
_OWNED = (
    (VESSEL_NAME, VESSEL_NAME.c.name),
    (models.VesselFlag.__table__, models.VesselFlag.__table__.c.flag),
    (models.EventVessel.__table__, models.EventVessel.__table__.c.event_id),
)
_DROP_SHARED = {
    table.name: prepare(
        delete(table).where(
            table.c.vessel_id == bindparam("twin"),
            column.in_(select(column).where(table.c.vessel_id == bindparam("keep"))),
        )
    )
    for table, column in _OWNED
}
_MOVE_OWNED = {
    table.name: prepare(
        update(table)
        .where(table.c.vessel_id == bindparam("twin"))
        .values(vessel_id=bindparam("keep"))
    )
    for table, _ in _OWNED
}
_DELETE_VESSEL = prepare(delete(VESSEL).where(VESSEL.c.id == bindparam("twin")))
# Identity fields a later mention may fill in (the row's `id` never changes).
_UPDATE = prepare(
    update(VESSEL)
    .where(VESSEL.c.id == bindparam("vessel_id"))
    .values({name: bindparam(f"new_{name}") for name in VesselRow._fields[1:]})
)


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
          "viii": "8", "ix": "9", "x": "10"}  # fmt: skip
_NUMERAL = {digit: roman for roman, digit in _ROMAN.items()}
_SEPARATORS = re.compile(r"[\s\-_.]+")


def name_key(name: str) -> str:
    """One spelling per name: lowercase, no prefix, words split on spaces, hyphens and
    dots, a trailing Roman numeral as digits ("M/V BELLA-I" -> "bella 1")."""
    words = [w for w in _SEPARATORS.split(bare_of_any_prefix(name)) if w]
    if len(words) > 1 and words[-1] in _ROMAN:
        words[-1] = _ROMAN[words[-1]]
    return " ".join(words)


def bare_name(name: str) -> str:
    """The name as stored: a merchant prefix is no part of it ("M/V Sea Wind" is Sea
    Wind); a naval hull prefix is ("USS Ford")."""
    return unprefixed(name) or name.strip()


def spellings(name: str) -> list[str]:
    """The lowercased spellings a stored name of the same ship may have: the name as
    told, and its key written with spaces or hyphens, its number in digits or numerals."""
    words = name_key(name).split(" ")
    lasts = (
        [words[-1], _NUMERAL[words[-1]]]
        if len(words) > 1 and words[-1] in _NUMERAL
        else [words[-1]]
    )
    forms = {name.strip().lower(), bare_of_any_prefix(name)}
    for last in lasts:
        for separator in (" ", "-"):
            forms.add(separator.join([*words[:-1], last]))
    # An initial written with its full stop ("B. Ocean" is "B OCEAN").
    forms.add(" ".join(f"{w}." if len(w) == 1 and w.isalpha() else w for w in words))
    return sorted(forms)


def find_vessel(connection: Connection, *, imo: str | None, names: list[str]) -> VesselRow | None:
    """The known vessel with this IMO, else the one that has carried any of these names
    (the first, its current name, before former ones)."""
    found = _found(connection, imo, names)
    return found[0] if found else None


def _found(connection: Connection, imo: str | None, names: list[str]) -> list[VesselRow]:
    """Every stored vessel this IMO or these names (current, then former) identify, the
    one `find_vessel` means first: more than one when the ship was stored twice."""
    rows: list[VesselRow] = []
    if imo:
        rows = [VesselRow(*row) for row in prepared.rows(connection, _BY_IMO, {"imo": imo})]
    told = [name_key(n) for n in names if n]
    if told:
        forms = sorted({form for n in names if n for form in spellings(n)})
        named = prepared.rows(connection, _BY_NAME, {"names": forms})
        # A different IMO means a different ship that happens to share a name.
        named = [row for row in named if not (imo and row.imo and row.imo != imo)]
        ranked = sorted(named, key=lambda row: _rank(told, name_key(row.matched)))
        rows += [VesselRow(*row[: len(VesselRow._fields)]) for row in ranked]
    unique: dict[int, VesselRow] = {}
    for row in rows:
        unique.setdefault(row.id, row)
    return list(unique.values())


def by_short_name(connection: Connection, name: str) -> VesselRow | None:
    """A warship told by its hull prefix and the end of its name ("USS Ford") is the
    one stored warship whose name, after its hull prefix, ends with it ("USS Gerald R.
    Ford"), under the same prefix if one was told. Two such warships leave it a guess."""
    key = name_key(name)
    if not key:
        return None
    last = key.split(" ")[-1]
    ending = "%" + last.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    prefix = hull_prefix(name)
    fits = {
        row.id: row
        for row in prepared.rows(connection, _BY_ENDING, {"ending": ending})
        if (stored := hull_prefix(row.matched)) is not None
        and prefix in (None, stored)
        and f" {name_key(row.matched)}".endswith(f" {key}")
    }
    if len(fits) != 1:
        return None
    [row] = fits.values()
    return VesselRow(*row[: len(VesselRow._fields)])


def _rank(told: list[str], key: str) -> int:
    return told.index(key) if key in told else len(told)


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
    names = [bare_name(n) for n in [mention.name, *mention.former_names] if n]
    found = _found(connection, mention.imo, names)
    # A report that gives the ship's number or former name shows the rows it finds
    # under them to be one ship; a name alone found twice ("USS Carney" and "Carney")
    # does not say so.
    if found and (mention.imo or mention.former_names):
        found = [_combined(connection, found)]
    vessel = found[0] if found else None
    # A warship told by its hull prefix and short name ("USS Ford") finds it, and the
    # short name is no name of its own to record. A naval kind alone ("the carrier
    # Ford", "the destroyer Gravely") is not enough: a bare name the extractor took is
    # too often not the ship's.
    short = vessel is None and hull_prefix(mention.name or "") is not None
    if short:
        vessel = by_short_name(connection, names[0])
        short = vessel is not None
    if vessel is None:
        values = {
            "name": names[0] if mention.name else f"IMO {mention.imo}",
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
                "is_current": name == names[0] and bool(mention.name),
                "valid_from": seen_on if name == names[0] and mention.name else None,
                "article_id": article_id,
            }
            for name in ([] if short else dict.fromkeys(names))
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


def _combined(connection: Connection, found: list[VesselRow]) -> VesselRow:
    """One ship stored as several rows (under a name and the former name a later report
    gives it, or without the IMO number the report gives) is combined into the first,
    which takes their names, flags, events and the identity fields it lacked, when
    nothing parts them: two IMO or MMSI numbers, or a warship's kind beside a merchant
    one."""
    keep, *twins = found
    if not twins or not _one_ship(found):
        return keep
    for twin in twins:
        moves = {"keep": keep.id, "twin": twin.id}
        for table, _ in _OWNED:
            prepared.run(connection, _DROP_SHARED[table.name], moves)
            prepared.run(connection, _MOVE_OWNED[table.name], moves)
        repin_vessels(connection, twin.id, keep.id)
        prepared.run(connection, _DELETE_VESSEL, {"twin": twin.id})
    stated = [keep, *twins]
    combined = keep._replace(
        **{
            name: next((getattr(row, name) for row in stated if getattr(row, name)), None)
            for name in ("imo", "mmsi", "flag", "vessel_type")
        }
    )
    if combined != keep:
        values = {f"new_{name}": value for name, value in combined._asdict().items()}
        prepared.run(connection, _UPDATE, {"vessel_id": keep.id, **values})
    return combined


def _one_ship(rows: list[VesselRow]) -> bool:
    """Nothing the rows state parts them: at most one IMO, one MMSI, and not a state's
    kind of ship beside a merchant kind."""
    imos = {row.imo for row in rows if row.imo}
    mmsis = {row.mmsi for row in rows if row.mmsi}
    naval = {row.vessel_type in state_kinds() for row in rows if row.vessel_type}
    return len(imos) <= 1 and len(mmsis) <= 1 and len(naval) <= 1


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
