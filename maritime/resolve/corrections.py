"""Analysts correct the machine: merge two events, or split mentions off into a new one.

Every moved mention is pinned to its event (`mention_pin`), so reprocessing with
a newer engine keeps the analyst's grouping instead of re-deciding it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, update
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, select

from maritime.db import models
from maritime.db.upsert import get_or_create
from maritime.errors import CorrectionError
from maritime.resolve.reconcile import reconcile_events
from maritime.resolve.summaries import link_summaries
from maritime.resolve.vessels import find_vessel


def _event(session: Session, event_id: int) -> models.Event:
    event = session.get(models.Event, event_id)
    if event is None:
        raise CorrectionError(f"no event {event_id}; list ids with `maritime timeline`")
    return event


def _mention_ids(session: Session, event_id: int) -> list[int]:
    return list(
        session.exec(
            select(models.Mention.id)
            .where(models.Mention.event_id == event_id)
            .order_by(models.Mention.id)
        )
    )


def pin(session: Session, mention_ids: Iterable[int], event_id: int) -> None:
    for mention_id in mention_ids:
        row = session.get(models.MentionPin, mention_id)
        if row is None:
            session.add(models.MentionPin(mention_id=mention_id, event_id=event_id))
        else:
            row.event_id = event_id
    session.flush()


def merge_events(
    session: Session, keep_id: int, absorb_id: int, note: str | None = None
) -> models.Event:
    """Fold event `absorb_id` into `keep_id`: one incident, every source kept."""
    if keep_id == absorb_id:
        raise CorrectionError(f"cannot merge event {keep_id} with itself")
    keep, absorb = _event(session, keep_id), _event(session, absorb_id)
    if keep.type != absorb.type:
        raise CorrectionError(
            f"event {keep_id} is a {keep.type} and event {absorb_id} a {absorb.type}; "
            "only events of one type can be merged"
        )
    moved = _mention_ids(session, absorb_id)
    session.execute(
        update(models.Mention).where(models.Mention.event_id == absorb_id).values(event_id=keep_id)
    )
    for vessel_id in session.exec(
        select(models.EventVessel.vessel_id).where(models.EventVessel.event_id == absorb_id)
    ):
        get_or_create(
            session,
            models.EventVessel,
            {"event_id": keep_id, "vessel_id": vessel_id},
            role="target",
        )
    session.execute(delete(models.Event).where(models.Event.id == absorb_id))  # type: ignore[arg-type]
    pin(session, _mention_ids(session, keep_id), keep_id)
    session.add(
        models.Correction(
            action="merge",
            event_id=keep_id,
            other_event_id=absorb_id,
            mention_ids=",".join(map(str, moved)),
            note=note,
        )
    )
    _refresh(session, [keep_id])
    return keep


def split_event(
    session: Session, event_id: int, mention_ids: list[int], note: str | None = None
) -> models.Event:
    """Move the given mentions of an event into a new event of the same type."""
    source = _event(session, event_id)
    own = set(_mention_ids(session, event_id))
    strangers = sorted(set(mention_ids) - own)
    if strangers:
        raise CorrectionError(
            f"mention(s) {', '.join(map(str, strangers))} do not belong to event {event_id}; "
            f"see `maritime show {event_id}`"
        )
    if not mention_ids or set(mention_ids) == own:
        raise CorrectionError(
            f"name some but not all of event {event_id}'s mentions to split off "
            f"(it has {', '.join(map(str, sorted(own)))})"
        )
    new = models.Event(type=source.type, extractor_version=source.extractor_version)
    session.add(new)
    session.flush()
    assert new.id is not None
    session.execute(
        update(models.Mention)
        .where(models.Mention.id.in_(mention_ids))  # type: ignore[union-attr]
        .values(event_id=new.id)
    )
    pin(session, mention_ids, new.id)
    pin(session, own - set(mention_ids), event_id)
    session.add(
        models.Correction(
            action="split",
            event_id=new.id,
            other_event_id=event_id,
            mention_ids=",".join(map(str, sorted(mention_ids))),
            note=note,
        )
    )
    relink_vessels(session, [event_id, new.id])
    _refresh(session, [event_id, new.id])
    return new


def relink_vessels(session: Session, event_ids: list[int]) -> None:
    """Derive each event's vessels from the names its mentions give."""
    for event_id in event_ids:
        session.execute(delete(models.EventVessel).where(models.EventVessel.event_id == event_id))  # type: ignore[arg-type]
        names = session.exec(
            select(models.Mention.vessel_names).where(models.Mention.event_id == event_id)
        )
        for joined in names:
            for name in (joined or "").split(" | "):
                vessel = find_vessel(session.connection(), imo=None, names=[name]) if name else None
                if vessel is not None:
                    get_or_create(
                        session,
                        models.EventVessel,
                        {"event_id": event_id, "vessel_id": vessel.id},
                        role="target",
                    )


def _refresh(session: Session, event_ids: list[int]) -> None:
    session.flush()
    connection = session.connection()
    reconcile_events(connection, set(event_ids))
    link_summaries(connection, event_ids)
    for event_id in event_ids:  # updated under the ORM's feet (Core): read them again
        loaded = session.identity_map.get(identity_key(models.Event, event_id))
        if loaded is not None:
            session.refresh(loaded)
