"""The one value every geocoding path returns."""

from __future__ import annotations

from dataclasses import dataclass

#: From most to least exact; callers rank competing places with this order.
PRECISIONS: tuple[str, ...] = ("point", "port", "coast", "sea", "region", "country")

BBox = tuple[float, float, float, float]
"""(south, west, north, east) in degrees; west > east when the box crosses the antimeridian."""


@dataclass(frozen=True)
class Place:
    """A named location with the precision a user may rely on."""

    name: str
    lat: float
    lon: float
    precision: str
    kind: str
    resolved_by: str
    bbox: BBox | None = None
    country: str | None = None
    key: str | None = None

    @property
    def point(self) -> tuple[float, float]:
        return (self.lat, self.lon)


def precision_rank(precision: str) -> int:
    """Smaller is more exact; unknown precisions sort last."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def holds(box: BBox, point: tuple[float, float]) -> bool:
    """Whether a (lat, lon) point lies inside a box, across the antimeridian too."""
    south, west, north, east = box
    lat, lon = point
    inside_lon = west <= lon <= east if west <= east else (lon >= west or lon <= east)
    return south <= lat <= north and inside_lon
