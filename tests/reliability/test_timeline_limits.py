"""--limit stops the timeline early without changing which events come first."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from maritime.db import models
from maritime.db.engine import open_database, session_scope
from maritime.geo.place import Place
from maritime.query.timeline import TimelineFilter, timeline

ADEN = Place("Aden", 12.8, 45.0, "port", "port", "gazetteer")


def stock(url: str) -> None:
    engine = open_database(url)
    with session_scope(engine) as session:
        near = models.Place(
            key="t:aden",
            name="Aden",
            precision="port",
            lat=12.8,
            lon=45.03,
            resolved_by="gazetteer",
        )
        far = models.Place(
            key="t:lima",
            name="Callao",
            precision="port",
            lat=-12.05,
            lon=-77.15,
            resolved_by="gazetteer",
        )
        session.add_all([near, far])
        session.flush()
        for n in range(30):
            day = date(2024, 1, 1) + timedelta(days=n)
            place = near if n % 3 == 0 else far
            session.add(
                models.Event(
                    type="boarding",
                    date_start=day,
                    date_end=day,
                    place_id=place.id,
                    extractor_version="t",
                )
            )
        session.add(models.Event(type="boarding", extractor_version="t"))  # undated
    engine.dispose()


def test_near_with_limit_gives_the_first_nearby_events(db_url: str) -> None:
    stock(db_url)
    engine = open_database(db_url)
    with Session(engine) as session:
        every = timeline(session, TimelineFilter(near=ADEN, within_km=50))
        first = timeline(session, TimelineFilter(near=ADEN, within_km=50, limit=4))
    engine.dispose()
    assert len(every) == 10
    assert {e["place"]["name"] for e in every} == {"Aden"}
    assert first == every[:4]


def test_undated_events_come_last_and_limit_respects_it(db_url: str) -> None:
    stock(db_url)
    engine = open_database(db_url)
    with Session(engine) as session:
        every = timeline(session, TimelineFilter())
        first = timeline(session, TimelineFilter(limit=5))
    engine.dispose()
    assert len(every) == 31
    assert every[-1]["date_start"] is None
    assert [e["date_start"] for e in every[:-1]] == sorted(e["date_start"] for e in every[:-1])
    assert first == every[:5]
