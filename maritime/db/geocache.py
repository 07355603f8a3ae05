"""The geocode_cache table as the cache in front of online geocoders (geo.online.GeocodeCache).

Online providers are slow, rate-limited and change their answers; a phrase is
asked once, and "not found" is remembered too, so a rerun sends no request.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Literal

from sqlalchemy import Engine
from sqlmodel import select

from maritime.db import models
from maritime.db.engine import read_session, session_scope
from maritime.db.upsert import get_or_create
from maritime.geo.online import MISSING, _Missing, normalise_query
from maritime.geo.place import Place


class DatabaseGeocodeCache:
    """Answers kept in the database the events live in, shared by every process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, provider: str, query: str) -> Place | Literal[_Missing.MISSING] | None:
        with read_session(self.engine) as session:
            row = session.exec(
                select(models.GeocodeCache).where(
                    models.GeocodeCache.provider == provider,
                    models.GeocodeCache.query == normalise_query(query),
                )
            ).first()
        if row is None:
            return MISSING
        if not row.found or row.raw is None:
            return None
        fields = json.loads(row.raw)
        fields["bbox"] = tuple(fields["bbox"]) if fields.get("bbox") else None
        return Place(**fields)

    def put(self, provider: str, query: str, place: Place | None) -> None:
        with session_scope(self.engine) as session:
            get_or_create(
                session,
                models.GeocodeCache,
                {"provider": provider, "query": normalise_query(query)},
                found=place is not None,
                name=place.name if place else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                precision=place.precision if place else None,
                raw=json.dumps(asdict(place)) if place else None,
                created_at=models.utcnow(),
            )
