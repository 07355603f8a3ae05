"""Vessel identity rows: found by IMO or any name, gaps filled, renames and flags kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from maritime.db import models
from maritime.db.engine import open_database, session_scope, writer
from maritime.resolve.vessels import find_vessel, resolve_vessel


@dataclass
class Told:
    name: str | None
    vessel_type: str | None = None
    flag: str | None = None
    imo: str | None = None
    mmsi: str | None = None
    former_names: list[str] = field(default_factory=list)


def test_later_mentions_fill_gaps_rename_and_reflag(db_url: str) -> None:
    engine = open_database(db_url)
    day = date(2025, 12, 10)
    with writer(engine).begin() as connection:
        first = resolve_vessel(connection, Told("Ocean Dawn"), article_id=None, seen_on=day)
        same = resolve_vessel(
            connection,
            Told("Harbor Star", "tanker", "PAN", "9304667", former_names=["Ocean Dawn"]),
            article_id=None,
            seen_on=day,
        )
        again = resolve_vessel(
            connection, Told(None, imo="9304667", flag="CMR"), article_id=None, seen_on=day
        )
        other = resolve_vessel(
            connection, Told("Harbor Star", imo="9876543"), article_id=None, seen_on=day
        )
        assert resolve_vessel(connection, Told(None), article_id=None, seen_on=day) is None
    assert first is not None and same is not None and again is not None and other is not None
    assert first.id == same.id == again.id != other.id  # another IMO is another ship
    with session_scope(engine) as session:
        row = session.get(models.Vessel, first.id)
        assert row is not None
        assert (row.name, row.imo, row.flag, row.vessel_type) == (
            "Harbor Star",
            "9304667",
            "CMR",
            "tanker",
        )
        names = session.exec(
            select(models.VesselName.name).where(models.VesselName.vessel_id == first.id)
        ).all()
        flags = session.exec(
            select(models.VesselFlag.flag).where(models.VesselFlag.vessel_id == first.id)
        ).all()
        assert sorted(n for (n,) in names) == ["Harbor Star", "Ocean Dawn"]
        assert sorted(f for (f,) in flags) == ["CMR", "PAN"]
        found = find_vessel(session.connection(), imo=None, names=["ocean dawn"])
        assert found is not None and found.id == first.id
        assert find_vessel(session.connection(), imo=None, names=["Nowhere"]) is None
    engine.dispose()
