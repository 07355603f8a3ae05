"""Import a vessel list a user already has (a sanctions list, a fleet register).

Imported identities (IMO, former names, flags) let later articles that name a
ship by an old name or a new flag land on the same vessel row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from maritime.errors import InputFileError
from maritime.resolve.vessels import find_vessel, resolve_vessel

COLUMNS = ("name", "imo", "mmsi", "flag", "type", "former_names")
_IMO = re.compile(r"^(?:IMO)?\s*(\d{7})$", re.IGNORECASE)
_MMSI = re.compile(r"^\d{9}$")
_FLAG = re.compile(r"^[A-Z]{3}$")


class RegistryError(InputFileError):
    """The file as a whole cannot be read."""


@dataclass
class RegistryRow:
    name: str | None
    vessel_type: str | None
    flag: str | None
    imo: str | None
    mmsi: str | None
    former_names: list[str] = field(default_factory=list)


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


def valid_imo(number: str) -> bool:
    """IMO numbers carry a check digit: digits 1-6 weighted 7..2, sum mod 10."""
    digits = [int(d) for d in number]
    return sum(d * w for d, w in zip(digits[:6], range(7, 1, -1), strict=True)) % 10 == digits[6]


def parse_row(raw: dict[str, str], where: str) -> RegistryRow:
    """One CSV row -> a RegistryRow, or ValueError naming the row and the bad cell."""
    cell = {k: (raw.get(k) or "").strip() for k in COLUMNS}
    imo = None
    if cell["imo"]:
        match = _IMO.match(cell["imo"])
        if not match or not valid_imo(match.group(1)):
            raise ValueError(f"{where}: imo {cell['imo']!r} is not a valid 7-digit IMO number")
        imo = match.group(1)
    if cell["mmsi"] and not _MMSI.match(cell["mmsi"]):
        raise ValueError(f"{where}: mmsi {cell['mmsi']!r} is not 9 digits")
    flag = cell["flag"].upper() or None
    if flag and not _FLAG.match(flag):
        raise ValueError(
            f"{where}: flag {cell['flag']!r} is not an ISO 3166-1 alpha-3 code (e.g. PAN)"
        )
    if not cell["name"] and not imo:
        raise ValueError(f"{where}: a row needs a name or an IMO number")
    former = [n.strip() for n in cell["former_names"].split(";") if n.strip()]
    return RegistryRow(
        name=cell["name"] or None,
        vessel_type=cell["type"].lower() or None,
        flag=flag,
        imo=imo,
        mmsi=cell["mmsi"] or None,
        former_names=former,
    )


def read_rows(path: Path) -> Iterator[RegistryRow | ValueError]:
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: cannot read it as UTF-8 text ({exc})") from exc
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if not {"name", "imo"} & set(header):
        raise RegistryError(
            f"{path}: no 'name' or 'imo' column; the header should use {', '.join(COLUMNS)}"
        )
    reader.fieldnames = header
    for number, raw in enumerate(reader, start=2):
        try:
            yield parse_row(raw, f"{path}:{number}")
        except ValueError as exc:
            yield exc


def import_vessels(connection: Connection, path: Path) -> ImportSummary:
    summary = ImportSummary()
    for row in read_rows(path):
        if isinstance(row, ValueError):
            summary.errors.append(str(row))
            continue
        names = [n for n in [row.name, *row.former_names] if n]
        known = find_vessel(connection, imo=row.imo, names=names) is not None
        resolve_vessel(connection, row, article_id=None, seen_on=None)
        summary.created += not known
        summary.updated += known
    return summary
