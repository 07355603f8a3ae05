"""Timeline rows made up in bulk, shaped like `timeline()`'s, for pages of thousands of events.

Real coverage bunches up: most incidents are placed at a dozen sea areas and stored
at the area's centre, so hundreds share one point; some sit at a port or a position
near one. Most are dated to the day within two busy years, some to a week, a month
or a year, and one background clause has become a range of several years.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from maritime.types import EVENT_TYPES

Row = dict[str, Any]

# name, lat, lon, weight
SEAS = [
    ("Gulf of Aden", 12.5, 47.5, 9),
    ("Red Sea", 20.0, 38.5, 8),
    ("Bab-el-Mandeb", 12.6, 43.3, 5),
    ("Strait of Hormuz", 26.6, 56.3, 4),
    ("Gulf of Oman", 24.5, 58.5, 3),
    ("Arabian Sea", 15.0, 65.0, 3),
    ("Somali Basin", 2.0, 50.0, 2),
    ("Gulf of Guinea", 3.0, 5.0, 4),
    ("Singapore Strait", 1.2, 104.0, 4),
    ("Sulu Sea", 8.0, 120.0, 2),
    ("South China Sea", 12.0, 113.0, 3),
    ("Black Sea", 43.0, 34.0, 3),
    ("Caribbean Sea", 15.0, -75.0, 2),
    ("Mediterranean Sea", 35.0, 18.0, 2),
    ("Persian Gulf", 27.0, 51.0, 2),
]
FIRST_DAY = date(2023, 1, 1)
BUSY_DAYS = 730
# The background clause of issue #18: "the first hijacking here since 2017".
STRAY = (date(2017, 1, 1), date(2023, 11, 30))


def synthetic_events(count: int, seed: int = 18) -> list[Row]:
    """`count` events in timeline order; the last one spans years when there are ten or more."""
    rng = random.Random(seed)
    rows = [_event(rng, i + 1) for i in range(count)]
    if count >= 10:
        rows[-1].update(
            type="hijacking",
            date_start=STRAY[0].isoformat(),
            date_end=STRAY[1].isoformat(),
            date_precision="year",
        )
    rows.sort(key=lambda r: r["date_start"] or "9999")
    return rows


def _event(rng: random.Random, number: int) -> Row:
    kind = rng.choices(EVENT_TYPES, weights=[2, 6, 4, 1, 3, 1, 1])[0]
    start, end, precision = _dates(rng)
    place = _place(rng)
    where = place["name"] if place else "an unnamed sea"
    evidence = f"Made-up report {number}: a {kind} in {where}."
    return {
        "id": number,
        "type": kind,
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
        "date_precision": precision,
        "date_phrase": None,
        "actor": rng.choice([None, "Navy of Example", "Coast Guard of Example", "Pirates"]),
        "actor_country": None,
        "vessels": [],
        "vessel_count": None,
        "killed": rng.choice([None, None, None, 0, 1, 3]),
        "place": place,
        "confidence": round(rng.uniform(0.3, 0.95), 2),
        "sources": [
            {
                "uri": f"synthetic/{number}.txt",
                "title": f"Report {number}",
                "source": "Made-up Wire",
                "published": (start or FIRST_DAY).isoformat(),
                "evidence": evidence,
                "article_id": number,
                "sentence_start": 0,
                "sentence_end": len(evidence),
                "evidence_start": 0,
                "evidence_end": len(evidence),
                "extractor_version": "synthetic",
                "more_evidence": [],
            }
        ],
        "covers": [],
        "covered_by": [],
    }


def _dates(rng: random.Random) -> tuple[date | None, date | None, str | None]:
    if rng.random() < 0.01:
        return None, None, None
    # The second year is busier than the first.
    day = FIRST_DAY + timedelta(days=int(BUSY_DAYS * rng.random() ** 0.7))
    roll = rng.random()
    if roll < 0.8:
        return day, day, "day"
    if roll < 0.9:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week"
    if roll < 0.98:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1), "month"
    return date(day.year, 1, 1), date(day.year, 12, 31), "year"


def _place(rng: random.Random) -> Row | None:
    if rng.random() < 0.03:
        return None
    name, lat, lon, _ = rng.choices(SEAS, weights=[s[3] for s in SEAS])[0]
    if rng.random() < 0.75:  # stored at the area's centre
        return _row(name, lat, lon, "sea")
    # a reported position near the area, to a tenth of a degree
    lat, lon = round(lat + rng.uniform(-1.5, 1.5), 1), round(lon + rng.uniform(-1.5, 1.5), 1)
    return _row(f"off {name}", lat, lon, "coordinates")


def _row(name: str, lat: float, lon: float, precision: str) -> Row:
    return {
        "name": name,
        "lat": lat,
        "lon": lon,
        "precision": precision,
        "kind": "sea" if precision == "sea" else "point",
        "phrase": None,
        "resolved_by": "gazetteer" if precision == "sea" else "coordinates",
        "bbox": None,
    }
