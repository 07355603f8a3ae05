"""A written position checked against the places the same sentence names.

Bulletins mistype figures more often than names: "at the port of Buenaventura, near
position 03-53N 077-03E" names a Colombian port and a point in the Indian Ocean. When a
position lies far from every place named beside it, a reading with one hemisphere letter
flipped that lands on one of them is what the text meant; failing that, a named port
outweighs the figures.
"""

from __future__ import annotations

from dataclasses import replace

from maritime.geo.coordinates import position_name
from maritime.geo.distance import within
from maritime.geo.place import Place

# Farther than this from every named place, a position contradicts them.
CONTRADICTION_KM = 300.0
# A flipped reading must land this close to a named place.
AGREEMENT_KM = 100.0
_FLIPS = ((-1, 1), (1, -1), (-1, -1))


def agrees(position: Place, named: list[Place]) -> bool:
    """Whether a position lies near one of the places named with it (or none is named)."""
    return not named or any(within(place, position.point, CONTRADICTION_KM) for place in named)


def agreed(position: Place, named: list[Place], berths: list[Place]) -> Place | None:
    """The position the text means, given the places named with it (`named`) and the
    ports the sentence says the ship lay at (`berths`): itself when it agrees with one of
    them or nothing is named; its hemisphere-flipped reading when that lands on one; None
    when it contradicts the berth."""
    places = named + berths
    if agrees(position, places):
        return position
    for lat_sign, lon_sign in _FLIPS:
        point = (position.lat * lat_sign, position.lon * lon_sign)
        if any(within(place, point, AGREEMENT_KM) for place in places):
            return replace(position, name=position_name(*point), lat=point[0], lon=point[1])
    return None if berths else position
