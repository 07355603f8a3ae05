"""A small, known database written row by row, so query tests do not depend on extraction.

Four events: a seizure told by two outlets, a week-long strike with deaths, a
month-long deployment without a place, and an undated boarding.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import pytest
from sqlmodel import Session

from maritime.db import models
from maritime.db.engine import open_database, session_scope

T = TypeVar("T")

SEIZURE_TEXT = (
    "Port officials said on Tuesday that coast guard cutters had stopped the tanker "
    "Morning Lark in the Caribbean Sea on Monday and taken it to port. "
    "The ship, once called Lark Star, was carrying crude oil."
)
STRIKE_TEXT = (
    "A drone struck the bulk carrier Blue Heron in the Gulf of Aden last week, "
    "killing two sailors, the shipping agency said."
)
PATROL_TEXT = (
    "The navy sent three frigates to patrol the western Indian Ocean through April. "
    "Marines also boarded a fishing dhow at some point, officials added."
)


def stock(url: str) -> None:
    engine = open_database(url)
    with session_scope(engine) as s:
        wire = _article(s, "desk/lark.txt", "Harbour Wire", "Cutters stop tanker", SEIZURE_TEXT, 4)
        ledger = _article(
            s, "https://ledger.example/heron", "Gulf Ledger", "Drone hits carrier", STRIKE_TEXT, 17
        )
        ledger2 = _article(
            s,
            "https://ledger.example/lark",
            "Gulf Ledger",
            "Tanker held",
            "Coast guard cutters seized the tanker Morning Lark on Monday in the Caribbean.",
            5,
        )
        patrol = _article(s, "desk/patrol.txt", None, "Frigates head south", PATROL_TEXT, None)

        caribbean = _place(s, "Caribbean Sea", 15.0, -75.0)
        aden = _place(s, "Gulf of Aden", 12.5, 47.5)
        guard = _add(s, models.Actor(name="Example Coast Guard", kind="coast guard", country="USA"))
        drones = _add(s, models.Actor(name="Houthis", kind="armed group", country="YEM"))
        navy = _add(s, models.Actor(name="Indian Navy", kind="navy", country="IND"))

        lark = _add(
            s, models.Vessel(name="Morning Lark", imo="9123456", flag="PAN", vessel_type="tanker")
        )
        heron = _add(s, models.Vessel(name="Blue Heron", vessel_type="bulk carrier"))
        for vessel, name in ((lark, "Morning Lark"), (lark, "Lark Star"), (heron, "Blue Heron")):
            s.add(models.VesselName(vessel_id=vessel.id, name=name, is_current=name == vessel.name))

        seizure = _event(
            s, "seizure", date(2025, 3, 3), date(2025, 3, 3), "day", caribbean, guard, 0.8
        )
        seizure.date_phrase, seizure.place_phrase = "on Monday", "in the Caribbean Sea"
        strike = _event(s, "strike", date(2025, 3, 10), date(2025, 3, 16), "week", aden, drones)
        strike.killed = 2
        deployment = _event(
            s, "deployment", date(2025, 4, 1), date(2025, 4, 30), "month", None, navy
        )
        deployment.vessel_count = 3
        boarding = _event(s, "boarding", None, None, None, None, None)
        s.add(models.EventVessel(event_id=seizure.id, vessel_id=lark.id))
        s.add(models.EventVessel(event_id=strike.id, vessel_id=heron.id))

        _mention(s, seizure, wire, 0, "day", "sentence", caribbean)
        _mention(s, seizure, ledger2, 0, "day", "published", caribbean)
        _mention(s, strike, ledger, 0, "week", "published", aden)
        _mention(s, deployment, patrol, 0, "month", "sentence", None)
        _mention(s, boarding, patrol, 1, None, None, None)
    engine.dispose()


def _add(session: Session, row: T) -> T:
    session.add(row)
    session.flush()
    return row


def _article(
    session: Session, uri: str, source: str | None, title: str, text: str, day: int | None
) -> models.Article:
    return _add(
        session,
        models.Article(
            uri=uri,
            source=source,
            title=title,
            text=text,
            format="txt",
            content_hash=uri,
            published=date(2025, 3, day) if day else None,
        ),
    )


def _place(session: Session, name: str, lat: float, lon: float) -> models.Place:
    return _add(
        session,
        models.Place(
            key=name.lower(),
            name=name,
            kind="sea",
            precision="sea",
            lat=lat,
            lon=lon,
            resolved_by="gazetteer",
        ),
    )


def _event(
    session: Session,
    kind: str,
    start: date | None,
    end: date | None,
    precision: str | None,
    place: models.Place | None,
    actor: models.Actor | None,
    confidence: float = 0.5,
) -> models.Event:
    return _add(
        session,
        models.Event(
            type=kind,
            date_start=start,
            date_end=end,
            date_precision=precision,
            place_id=place.id if place else None,
            actor_id=actor.id if actor else None,
            confidence=confidence,
            extractor_version="test",
        ),
    )


def _mention(
    session: Session,
    event: models.Event,
    article: models.Article,
    index: int,
    precision: str | None,
    basis: str | None,
    place: models.Place | None,
) -> None:
    sentences = article.text.split(". ")
    start = article.text.index(sentences[index])
    end = start + len(sentences[index])
    _add(
        session,
        models.Mention(
            event_id=event.id,
            article_id=article.id,
            sentence=article.text[start:end],
            sentence_start=start,
            sentence_end=end,
            evidence_start=start,
            evidence_end=end,
            type=event.type,
            date_start=event.date_start,
            date_end=event.date_end,
            date_precision=precision,
            date_phrase=event.date_phrase,
            date_basis=basis,
            place_phrase=event.place_phrase,
            place_id=place.id if place else None,
            extractor_version="test",
        ),
    )


@pytest.fixture
def stocked(db_url: str) -> str:
    """The stock database, once per backend."""
    stock(db_url)
    return db_url
