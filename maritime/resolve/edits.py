"""Values an analyst sets by hand: an event's type, dates, place, actor, vessels and toll
(`maritime events set`), and an article's publication date (`maritime articles
set-published`).

Each value set is pinned (`resolve.pins`), so reprocessing and later reports do not undo
it; each command is one line of the correction log saying what it was and what it is now.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, select

from maritime.db import models
from maritime.db.writer import StoredArticle, store_actor, store_place
from maritime.errors import CorrectionError, NotFoundError
from maritime.extract import extract
from maritime.extract.actors import find_actors
from maritime.geo.resolve import resolve_place
from maritime.resolve.audit import record
from maritime.resolve.corrections import find_event, mention_ids, pin, refresh
from maritime.resolve.incidents import StoreResult, redate_article, stored_article
from maritime.resolve.pins import set_pin
from maritime.resolve.vessels import find_vessel, resolve_vessel
from maritime.types import EVENT_TYPES

CLEARABLE = ("date", "place", "actor", "vessels", "killed")
IMO = 7  # digits


@dataclass
class EventChanges:
    """What `maritime events set` was asked to change; None leaves a field as it is."""

    type: str | None = None
    dates: tuple[date, date] | None = None
    place: str | None = None
    actor: str | None = None
    vessels: list[str] = field(default_factory=list)
    killed: int | None = None
    clear: set[str] = field(default_factory=set)

    def fields(self) -> set[str]:
        given = {
            "type": self.type is not None,
            "date": self.dates is not None,
            "place": self.place is not None,
            "actor": self.actor is not None,
            "vessels": bool(self.vessels),
            "killed": self.killed is not None,
        }
        return {name for name, present in given.items() if present}


@dataclass(frozen=True)
class _Named:
    """A vessel as `--vessel` names it, in the shape vessel resolution reads."""

    name: str | None
    imo: str | None
    vessel_type: str | None = None
    flag: str | None = None
    mmsi: str | None = None
    former_names: list[str] = field(default_factory=list)


def set_event(
    session: Session,
    event_id: int,
    changes: EventChanges,
    note: str | None = None,
    analyst: str | None = None,
) -> str:
    """Set the given fields of an event by hand and keep them; returns what changed."""
    event = find_event(session, event_id)
    both = changes.fields() & changes.clear
    if both:
        raise CorrectionError(f"cannot both set and clear {', '.join(sorted(both))}")
    if not changes.fields() and not changes.clear:
        raise CorrectionError(
            "nothing to change: give --type, --date, --place, --actor, --vessel, --killed "
            "or --clear"
        )
    connection = session.connection()
    was = describe_fields(session, event)
    for name, value in _pins(session, changes).items():
        set_pin(connection, event_id, name, value)
    pin(session, mention_ids(session, event_id), event_id)
    refresh(session, [event_id])
    now = describe_fields(session, event)
    change = "; ".join(
        f"{name}: {was[name]} -> {now[name]}" for name in sorted(changes.fields() | changes.clear)
    )
    record(connection, "set", analyst=analyst, note=note, change=change, event_id=event_id)
    return change


def _pins(session: Session, changes: EventChanges) -> dict[str, Any]:
    """Field -> the value to keep for it (a dict of event columns, or vessel ids)."""
    connection = session.connection()
    pins: dict[str, Any] = {}
    if changes.type is not None:
        if changes.type not in EVENT_TYPES:
            raise CorrectionError(
                f"unknown event type {changes.type!r}; use one of {', '.join(EVENT_TYPES)}"
            )
        pins["type"] = {"type": changes.type}
    if changes.dates is not None:
        start, end = changes.dates
        if end < start:
            raise CorrectionError(f"the date range {start}..{end} ends before it starts")
        precision = "day" if start == end else "range"
        pins["date"] = {
            "date_start": start,
            "date_end": end,
            "date_precision": precision,
            "date_phrase": None,
        }
    if changes.place is not None:
        place = resolve_place(changes.place)
        if place is None:
            raise CorrectionError(
                f"unknown place {changes.place!r}; try a sea, strait, port or country name, "
                "or coordinates such as '12.5N 45.2E' (check with `maritime geocode`)"
            )
        stored = store_place(connection, place)
        assert stored is not None
        pins["place"] = {"place_id": stored.id, "place_phrase": changes.place}
    if changes.actor is not None:
        pins["actor"] = {"actor_id": _actor_id(session, changes.actor)}
    if changes.vessels:
        pins["vessels"] = [_vessel_id(session, name) for name in changes.vessels]
    if changes.killed is not None:
        if changes.killed < 0:
            raise CorrectionError(f"killed must be 0 or more, not {changes.killed}")
        pins["killed"] = {"killed": changes.killed}
    cleared: dict[str, Any] = {
        "date": {"date_start": None, "date_end": None, "date_precision": None, "date_phrase": None},
        "place": {"place_id": None, "place_phrase": None},
        "actor": {"actor_id": None},
        "vessels": [],
        "killed": {"killed": None},
    }
    for name in changes.clear:
        pins[name] = cleared[name]
    return pins


def _actor_id(session: Session, text: str) -> int:
    """An actor already known by this name, else the one the actor rules read in it
    ("US Navy" is the United States Navy), else a new actor of that name."""
    wanted = text.strip()
    if not wanted:
        raise CorrectionError("the actor is empty; name one, or --clear actor")
    known = session.exec(
        select(models.Actor.id).where(func.lower(models.Actor.name) == wanted.lower())
    ).first()
    if known is not None:
        return known
    read = next((a for a in find_actors(wanted) if a.name), None)
    name, country, kind = (read.name, read.country, read.kind) if read else (wanted, None, None)
    assert name is not None
    return store_actor(session.connection(), name, country, kind).id


def _vessel_id(session: Session, text: str) -> int:
    """The vessel of this name (current or former) or IMO, registered if it is new."""
    wanted = text.strip()
    number = wanted.upper().removeprefix("IMO").strip()
    imo = number if number.isdigit() and len(number) == IMO else None
    if not wanted:
        raise CorrectionError("the vessel name is empty; name one, or --clear vessels")
    connection = session.connection()
    found = find_vessel(connection, imo=imo, names=[] if imo else [wanted])
    if found is None:
        found = resolve_vessel(
            connection, _Named(None if imo else wanted, imo), article_id=None, seen_on=None
        )
    assert found is not None
    return found.id


def describe_fields(session: Session, event: models.Event) -> dict[str, str]:
    """Each settable field of the event as people read it, for the correction log."""
    place = session.get(models.Place, event.place_id) if event.place_id else None
    actor = session.get(models.Actor, event.actor_id) if event.actor_id else None
    vessels = session.exec(
        select(models.Vessel.name)
        .join(models.EventVessel, models.EventVessel.vessel_id == models.Vessel.id)
        .where(models.EventVessel.event_id == event.id)
        .order_by(models.Vessel.name)
    ).all()
    return {
        "type": event.type,
        "date": _span(event.date_start, event.date_end),
        "place": place.name if place else "none",
        "actor": actor.name if actor else "none",
        "vessels": ", ".join(vessels) or "none",
        "killed": "unknown" if event.killed is None else str(event.killed),
    }


def _span(start: date | None, end: date | None) -> str:
    if start is None:
        return "undated"
    return str(start) if end in (None, start) else f"{start}..{end}"


def set_published(
    session: Session,
    reference: str,
    day: date,
    note: str | None = None,
    analyst: str | None = None,
) -> tuple[int, StoreResult]:
    """Give an article (by id, uri or url) its publication date, and re-date its events
    from it; each event keeps its id. Returns the article's id and what was stored."""
    article = find_article(session, reference)
    if article.published == day:
        raise CorrectionError(f"article {article.id} is already dated {day}; nothing to change")
    assert article.id is not None
    events = extract(replace(stored_article(article), published=day, published_origin="supplied"))
    result = redate_article(
        session.connection(),
        StoredArticle(article.id, article.text, day),
        events,
        was=article.published,
        analyst=analyst,
        note=note,
    )
    session.expire(article)
    return article.id, result


def find_article(session: Session, reference: str) -> models.Article:
    """The article with this id, or the latest version of the one at this uri or url."""
    wanted = reference.strip()
    if wanted.isdigit():
        found = session.get(models.Article, int(wanted))
    else:
        found = session.exec(
            select(models.Article)
            .where(or_(models.Article.uri == wanted, models.Article.url == wanted))
            .order_by(models.Article.id.desc())  # type: ignore[union-attr]
        ).first()
    if found is None:
        raise NotFoundError(
            f"no article {reference!r}; `maritime articles` lists ids and uris, and "
            "`maritime show EVENT_ID` the articles of an event"
        )
    return found
