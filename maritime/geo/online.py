"""Opt-in online geocoding (OpenStreetMap Nominatim), always behind a cache.

Nominatim's usage policy asks for an identifying user agent and at most one request
per second; failures raise instead of being cached as "not found".
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Literal, Protocol

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from maritime.errors import GeocoderError
from maritime.geo.place import Place
from maritime.geo.resolve import resolve_place

PROVIDER = "nominatim"


class _Missing(enum.Enum):
    MISSING = "missing"


MISSING = _Missing.MISSING
"""What a cache returns for a query it has never seen (None means "known to be unknown")."""


class GeocodeCache(Protocol):
    def get(self, provider: str, query: str) -> Place | Literal[_Missing.MISSING] | None: ...

    def put(self, provider: str, query: str, place: Place | None) -> None: ...


def normalise_query(query: str) -> str:
    """One cache entry however the query is spaced or cased."""
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
        raise GeocoderError(
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
        try:
            location = limited(query, exactly_one=True)
        except GeopyError as exc:
            raise GeocoderError(f"online geocoder failed: {exc or type(exc).__name__}") from exc
        place = _to_place(location) if location is not None else None
        cache.put(PROVIDER, query, place)
        return place

    return lookup


def geocode_with_fallback(
    text: str, *, cache: GeocodeCache | None, user_agent: str | None
) -> Place | None:
    """The offline gazetteer first; the online provider only when the user opted in
    (passing the cache its answers are kept in)."""
    place = resolve_place(text)
    if place is not None or cache is None:
        return place
    return online_geocoder(user_agent or "", cache)(text)
