"""Analysts correct the machine: merge events, split one, retract or restore one.

Every correction pins the mentions it touches to their event (`mention_pin`), so
reprocessing with a newer engine keeps the analyst's grouping instead of re-deciding
it, and writes a line to the correction log (who, when, what, why). Values set on an
event by hand are in `resolve.edits`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, update
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, select

from maritime.db import models
from maritime.db.upsert import get_or_create
from maritime.db.writer import fold_event
from maritime.errors import CorrectionError, NotFoundError
from maritime.resolve.audit import record
from maritime.resolve.incidents import ANALYST
from maritime.resolve.reconcile import reconcile_events
from maritime.resolve.summaries import link_summaries
from maritime.resolve.vessels import find_vessel

# What a telling an analyst moved records as its merge reason (`mention.merge_rule`).
BY_ANALYST = {"merge_rule": ANALYST.rule, "merge_fields": None}
FIND_EVENTS = "list ids with `maritime timeline` (retracted ones with `maritime corrections`)"


def find_event(session: Session, event_id: int) -> models.Event:
    event = session.get(models.Event, event_id)
    if event is None:
        raise NotFoundError(f"no event {event_id}; {FIND_EVENTS}")
    return event


def mention_ids(session: Session, event_id: int) -> list[int]:
    return list(
        session.exec(
            select(models.Mention.id)
            .where(models.Mention.event_id == event_id)
            .order_by(models.Mention.id)
        )
    )


def pin(session: Session, mentions: Iterable[int], event_id: int) -> None:
    for mention_id in mentions:
        row = session.get(models.MentionPin, mention_id)
        if row is None:
            session.add(models.MentionPin(mention_id=mention_id, event_id=event_id))
        else:
            row.event_id = event_id
    session.flush()


def _live(event: models.Event, what: str) -> None:
    if event.retracted:
        raise CorrectionError(
            f"event {event.id} is retracted; `maritime events restore {event.id}` first "
            f"if it should be {what}"
        )


def merge_events(
    session: Session,
    keep_id: int,
    absorb_id: int,
    note: str | None = None,
    analyst: str | None = None,
) -> models.Event:
    """Fold event `absorb_id` into `keep_id`: one incident, every source kept. The
    analyst's word is enough to join events of different types: `keep_id`'s type stays."""
    if keep_id == absorb_id:
        raise CorrectionError(
            f"cannot merge event {keep_id} with itself; name two events "
            "(`maritime timeline` lists them)"
        )
    keep, absorb = find_event(session, keep_id), find_event(session, absorb_id)
    _live(keep, "merged")
    _live(absorb, "merged")
    moved = mention_ids(session, absorb_id)
    change = f"event {absorb_id} merged into event {keep_id}"
    if absorb.type != keep.type:
        change += f" (a {absorb.type} joined a {keep.type}; it stays a {keep.type})"
    session.flush()
    fold_event(session.connection(), keep_id, absorb_id, ANALYST.rule, None)
    session.expunge(absorb)
    pin(session, mention_ids(session, keep_id), keep_id)
    record(
        session.connection(),
        "merge",
        analyst=analyst,
        note=note,
        change=change,
        event_id=keep_id,
        other_event_id=absorb_id,
        mention_ids=moved,
    )
    refresh(session, [keep_id])
    return keep


def split_event(
    session: Session,
    event_id: int,
    mentions: list[int],
    note: str | None = None,
    analyst: str | None = None,
) -> models.Event:
    """Move the given mentions of an event into a new event of the same type."""
    source = find_event(session, event_id)
    _live(source, "split")
    own = set(mention_ids(session, event_id))
    strangers = sorted(set(mentions) - own)
    if strangers:
        raise CorrectionError(
            f"mention(s) {', '.join(map(str, strangers))} do not belong to event {event_id}; "
            f"`maritime show {event_id}` lists its mention ids"
        )
    if not mentions or set(mentions) == own:
        raise CorrectionError(
            f"name some but not all of event {event_id}'s mentions to split off "
            f"(it has {', '.join(map(str, sorted(own)))}; see `maritime show {event_id}`)"
        )
    new = models.Event(type=source.type, extractor_version=source.extractor_version)
    session.add(new)
    session.flush()
    assert new.id is not None
    session.execute(
        update(models.Mention)
        .where(models.Mention.id.in_(mentions))  # type: ignore[union-attr]
        .values(event_id=new.id, **BY_ANALYST)
    )
    pin(session, mentions, new.id)
    pin(session, own - set(mentions), event_id)
    moved = sorted(mentions)
    record(
        session.connection(),
        "split",
        analyst=analyst,
        note=note,
        change=f"mentions {', '.join(map(str, moved))} moved from event {event_id} "
        f"to new event {new.id}",
        event_id=new.id,
        other_event_id=event_id,
        mention_ids=moved,
    )
    relink_vessels(session, [event_id, new.id])
    refresh(session, [event_id, new.id])
    return new


def retract_event(session: Session, event_id: int, note: str, analyst: str | None) -> None:
    """Withdraw an event the machine got wrong: it stays in the database with its
    sources and the reason, and leaves timelines, views and exports. New reports of it
    join it (its mentions are pinned) and stay withdrawn with it."""
    event = find_event(session, event_id)
    if event.retracted:
        raise CorrectionError(
            f"event {event_id} is already retracted (`maritime show {event_id}` says why); "
            f"`maritime events restore {event_id}` brings it back"
        )
    _set_retracted(session, event, True, note, analyst)


def restore_event(session: Session, event_id: int, note: str | None, analyst: str | None) -> None:
    """Bring a retracted event back into timelines and views."""
    event = find_event(session, event_id)
    if not event.retracted:
        raise CorrectionError(
            f"event {event_id} is not retracted; retracted events are listed by "
            "`maritime corrections`"
        )
    _set_retracted(session, event, False, note, analyst)


def _set_retracted(
    session: Session, event: models.Event, retracted: bool, note: str | None, analyst: str | None
) -> None:
    assert event.id is not None
    event.retracted = retracted
    event.updated_at = models.utcnow()
    pin(session, mention_ids(session, event.id), event.id)
    action = "retract" if retracted else "restore"
    record(
        session.connection(),
        action,
        analyst=analyst,
        note=note,
        change=f"event {event.id} {action}ed",
        event_id=event.id,
    )


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


def refresh(session: Session, event_ids: list[int]) -> None:
    """Recompute the events from their sources and the values set by hand."""
    session.flush()
    connection = session.connection()
    reconcile_events(connection, set(event_ids))
    link_summaries(connection, event_ids)
    for event_id in event_ids:  # updated under the ORM's feet (Core): read them again
        loaded = session.identity_map.get(identity_key(models.Event, event_id))
        if loaded is not None:
            session.refresh(loaded)
