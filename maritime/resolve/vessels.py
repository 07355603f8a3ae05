"""Vessel identity: one row per ship across renames and re-flaggings.

An IMO number is the only identity that survives a rename; without one, a name
already known (current or former) is taken to be the same ship.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy import func
from sqlmodel import Session, select

from maritime import models
from maritime.upsert import insert_missing


class VesselLike(Protocol):
    name: str | None
    vessel_type: str | None
    flag: str | None
    imo: str | None
    mmsi: str | None
    former_names: list[str]


def find_vessel(session: Session, *, imo: str | None, names: list[str]) -> models.Vessel | None:
    """The known vessel with this IMO, else the one that has carried any of these names."""
    if imo:
        found = session.exec(select(models.Vessel).where(models.Vessel.imo == imo)).first()
        if found is not None:
            return found
    lowered = [n.lower() for n in names if n]
    if not lowered:
        return None
    query = (
        select(models.Vessel)
        .join(models.VesselName, models.VesselName.vessel_id == models.Vessel.id)
        .where(func.lower(models.VesselName.name).in_(lowered))
        .order_by(models.Vessel.id)
    )
    for vessel in session.exec(query):
        # A different IMO means a different ship that happens to share a name.
        if not (imo and vessel.imo and vessel.imo != imo):
            return vessel
    return None


def resolve_vessel(
    session: Session, mention: VesselLike, *, article_id: int | None, seen_on: date | None
) -> models.Vessel | None:
    """Find or register the vessel a mention names, recording new names and flags."""
    if not mention.name and not mention.imo:
        return None
    names = [n for n in [mention.name, *mention.former_names] if n]
    vessel = find_vessel(session, imo=mention.imo, names=names)
    if vessel is None:
        vessel = models.Vessel(
            name=mention.name or f"IMO {mention.imo}",
            imo=mention.imo,
            mmsi=mention.mmsi,
            flag=mention.flag,
            vessel_type=mention.vessel_type,
        )
        session.add(vessel)
        session.flush()
    else:
        _update_identity(vessel, mention)
    assert vessel.id is not None
    insert_missing(
        session,
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
            session,
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


def _update_identity(vessel: models.Vessel, mention: VesselLike) -> None:
    """Fill gaps only: a later article naming the ship differently is not a rename
    unless it says so (a former name), which the name history records."""
    vessel.imo = vessel.imo or mention.imo
    vessel.mmsi = vessel.mmsi or mention.mmsi
    vessel.vessel_type = vessel.vessel_type or mention.vessel_type
    if mention.flag:
        vessel.flag = mention.flag
    if mention.name and mention.former_names and vessel.name in mention.former_names:
        vessel.name = mention.name
