"""Opt-in online geocoding (OpenStreetMap Nominatim), always behind a cache.

Nominatim's usage policy asks for an identifying user agent and at most one request
per second; failures raise instead of being cached as "not found".
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Literal, Protocol

from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from maritime.geo.place import Place

PROVIDER = "nominatim"


class _Missing(enum.Enum):
    MISSING = "missing"


MISSING = _Missing.MISSING
"""What a cache returns for a query it has never seen (None means "known to be unknown")."""


class GeocodeCache(Protocol):
    def get(self, provider: str, query: str) -> Place | Literal[_Missing.MISSING] | None: ...

    def put(self, provider: str, query: str, place: Place | None) -> None: ...


class MemoryCache:
    """A GeocodeCache in a dict, for tests and one-off runs."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], Place | None] = {}

    def get(self, provider: str, query: str) -> Place | Literal[_Missing.MISSING] | None:
        return self._entries.get((provider, _key(query)), MISSING)

    def put(self, provider: str, query: str, place: Place | None) -> None:
        self._entries[(provider, _key(query))] = place


def _key(query: str) -> str:
    return " ".join(query.lower().split())


_PRECISION_BY_TYPE = {
    "country": "country",
    "state": "region",
    "region": "region",
    "province": "region",
    "continent": "region",
    "sea": "sea",
    "ocean": "sea",
    "bay": "sea",
    "strait": "sea",
    "water": "sea",
    "coastline": "coast",
}


def _to_place(location: Location) -> Place:
    raw: dict[str, Any] = location.raw or {}
    kind = str(raw.get("addresstype") or raw.get("type") or "point")
    bbox = None
    if isinstance(raw.get("boundingbox"), list) and len(raw["boundingbox"]) == 4:
        south, north, west, east = (float(v) for v in raw["boundingbox"])
        bbox = (south, west, north, east)
    return Place(
        name=location.address,
        lat=location.latitude,
        lon=location.longitude,
        precision=_PRECISION_BY_TYPE.get(kind, "port"),
        kind=kind,
        resolved_by="online",
        bbox=bbox,
        key=f"osm:{raw['osm_type']}:{raw['osm_id']}" if "osm_id" in raw else None,
    )


def online_geocoder(
    user_agent: str,
    cache: GeocodeCache,
    *,
    geocoder: Any = None,
    min_delay_seconds: float = 1.0,
) -> Callable[[str], Place | None]:
    """A cached, rate-limited lookup function; pass `geocoder` to use another geopy provider."""
    if not user_agent or not user_agent.strip():
        raise ValueError(
            "online geocoding needs an identifying user agent, e.g. "
            "'maritime/0.1 (you@example.org)'; Nominatim refuses anonymous clients"
        )
    provider = geocoder if geocoder is not None else Nominatim(user_agent=user_agent)
    limited = RateLimiter(
        provider.geocode, min_delay_seconds=min_delay_seconds, swallow_exceptions=False
    )

    def lookup(query: str) -> Place | None:
        cached = cache.get(PROVIDER, query)
        if cached is not MISSING:
            return cached
        location = limited(query, exactly_one=True)
        place = _to_place(location) if location is not None else None
        cache.put(PROVIDER, query, place)
        return place

    return lookup
