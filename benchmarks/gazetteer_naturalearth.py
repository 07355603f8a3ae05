"""How the shipped gazetteer's areas and ports compare with Natural Earth: a measurement only.

Usage: python -m benchmarks.gazetteer_naturalearth [NE_DIR] [--km 50]

Natural Earth (../shared/data/naturalearth, evaluation only: nothing from it is shipped or
copied into maritime/geo/data) is the yardstick for the rows we write by hand:

- seas and straits named alike in both: is our point inside Natural Earth's polygon, and
  does our box cover the polygon's (and not four times more)?
- ports named alike: how far our point is from Natural Earth's;
- countries' waters (waters.tsv): is the anchorage point at sea or on the coast, not
  inland (more than --km from every Natural Earth marine polygon and port)?

Prints one line per row that disagrees, to be checked against charts and fixed by hand.
Needs the `bench` extra (shapely).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from maritime.geo.distance import distance_km
from maritime.geo.names import gazetteer, name_key
from maritime.geo.place import Place

DEFAULT_DIR = next(
    (
        p / "shared" / "data" / "naturalearth"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "data" / "naturalearth").is_dir()
    ),
    Path("naturalearth"),
)
MARINE = "ne_10m_geography_marine_polys.geojson"
PORTS = "ne_10m_ports.geojson"
_KM_PER_DEGREE = 111.0


def _features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def _names(properties: dict) -> set[tuple[str, ...]]:
    names = [properties.get("name") or "", *(properties.get("namealt") or "").split("|")]
    return {name_key(name) for name in names if name.strip()}


def _area(box: tuple[float, float, float, float]) -> float:
    south, west, north, east = box
    return max(0.0, north - south) * max(0.0, east - west)


def _cover(
    ours: tuple[float, float, float, float], theirs: tuple[float, float, float, float]
) -> float:
    """Share of their box that ours covers."""
    south, west = max(ours[0], theirs[0]), max(ours[1], theirs[1])
    north, east = min(ours[2], theirs[2]), min(ours[3], theirs[3])
    whole = _area(theirs)
    return _area((south, west, north, east)) / whole if whole else 1.0


def seas(ne_dir: Path) -> list[str]:
    polygons: dict[tuple[str, ...], BaseGeometry] = {}
    for feature in _features(ne_dir / MARINE):
        for name in _names(feature["properties"]):
            polygons[name] = shape(feature["geometry"])
    lines = []
    for place in gazetteer().places.values():
        if place.precision != "sea" or place.key is None or not place.key.startswith("sea:"):
            continue
        polygon = polygons.get(name_key(place.name))
        if polygon is None:
            continue
        west, south, east, north = polygon.bounds
        theirs = (south, west, north, east)
        problems = []
        if not polygon.buffer(0.25).contains(Point(place.lon, place.lat)):
            problems.append("point outside the polygon")
        if place.bbox is not None:
            cover = _cover(place.bbox, theirs)
            ratio = _area(place.bbox) / max(_area(theirs), 1e-9)
            if cover < 0.7:
                problems.append(f"box covers {cover:.0%} of it")
            if ratio > 4:
                problems.append(f"box {ratio:.1f} times its size")
        if problems:
            box = ",".join(f"{v:.1f}" for v in theirs)
            lines.append(f"sea {place.name}: {'; '.join(problems)} (NE box {box})")
    return lines


def ports(ne_dir: Path, km: float) -> list[str]:
    known: dict[tuple[str, ...], tuple[float, float]] = {}
    for feature in _features(ne_dir / PORTS):
        lon, lat = feature["geometry"]["coordinates"][:2]
        known[name_key(feature["properties"]["name"])] = (lat, lon)
    lines = []
    for place in gazetteer().places.values():
        if place.kind != "port" or place.key is None:
            continue
        theirs = known.get(name_key(place.name))
        if theirs and distance_km(place.point, theirs) > km:
            off = distance_km(place.point, theirs)
            lines.append(
                f"port {place.name}: {off:.0f} km from NE ({theirs[0]:.2f},{theirs[1]:.2f})"
            )
    return lines


def waters(ne_dir: Path, km: float) -> list[str]:
    sea = [shape(feature["geometry"]) for feature in _features(ne_dir / MARINE)]
    harbours = [
        tuple(reversed(feature["geometry"]["coordinates"][:2]))
        for feature in _features(ne_dir / PORTS)
    ]
    lines = []
    for key in gazetteer().waters.values():
        place: Place = gazetteer().places[key]
        point = Point(place.lon, place.lat)
        at_sea = any(polygon.distance(point) * _KM_PER_DEGREE <= km for polygon in sea)
        near_port = any(distance_km(place.point, harbour) <= km for harbour in harbours)
        if not (at_sea or near_port):
            lines.append(f"waters {place.name}: point more than {km:.0f} km from sea and ports")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ne_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--km", type=float, default=50.0, help="tolerance for points")
    args = parser.parse_args(argv)
    if not (args.ne_dir / MARINE).is_file():
        print(f"skipped: Natural Earth not found in {args.ne_dir} (pass the folder)")
        return 0
    lines = seas(args.ne_dir) + ports(args.ne_dir, args.km) + waters(args.ne_dir, args.km)
    print("\n".join(lines))
    print(f"{len(lines)} rows disagree with Natural Earth")
    return 0


if __name__ == "__main__":
    sys.exit(main())
