"""Timeline query latency (p50/p95) on 10k / 100k / 1M synthetic events, SQLite and PostgreSQL.

Rows are synthesised and bulk-inserted straight into the migrated schema (no
extraction), so a million events take a minute, not hours. Databases are kept in
benchmarks/out/ (SQLite) or as maritime_bench_N (PostgreSQL) and reused.

    python -m benchmarks.query_latency --events 10000,100000,1000000
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import click
from sqlalchemy import Engine, create_engine, func, insert, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from maritime.db import models
from maritime.db.engine import open_database
from maritime.geo.place import Place
from maritime.query.timeline import TimelineFilter, timeline
from maritime.types import EVENT_TYPES

OUT_DIR = Path(__file__).resolve().parent / "out"
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
FIRST_DAY = date(2000, 1, 1)
DAYS = 9500  # about 26 years
PLACES = 400
ACTORS = 60
BATCH = 20_000
# Word frequencies fall off by rank, as in real text: some words are in most
# sentences, most words in few.
WORDS = tuple(
    [
        "the",
        "a",
        "of",
        "vessel",
        "was",
        "crew",
        "ship",
        "by",
        "at",
        "on",
        "and",
        "in",
        "robbers",
        "boarded",
        "anchored",
        "tanker",
        "stole",
        "stores",
        "pirates",
        "skiff",
        "approached",
        "ladder",
        "alarm",
        "raised",
        "escaped",
        "fired",
        "warship",
        "seized",
        "detained",
        "cargo",
        "patrol",
        "drone",
        "struck",
        "hijacked",
        "navy",
        "coast",
        "guard",
        "port",
        "anchorage",
        "master",
        "engine",
        "spare",
        "parts",
        "rope",
        "paint",
        "knives",
        "guns",
        "speedboat",
        "fishing",
        "dhow",
        "barge",
        "tug",
        "container",
        "bulk",
        "carrier",
        "chemical",
        "missile",
        "mine",
        "explosion",
        "fire",
        "damage",
        "injured",
        "killed",
        "kidnapped",
        "ransom",
        "released",
        "hostage",
        "convoy",
        "escort",
        "blockade",
        "seizure",
        "strait",
        "gulf",
        "channel",
    ]
)
WEIGHTS = tuple(1 / rank for rank in range(1, len(WORDS) + 1))
VESSEL_WORDS = [
    "SEA",
    "STAR",
    "NORD",
    "GOLDEN",
    "BLUE",
    "OCEAN",
    "PEARL",
    "TRADER",
    "SPIRIT",
    "GLORY",
    "DAWN",
    "WAVE",
]


def build(engine: Engine, events: int, seed: int = 1) -> None:
    """Places, actors, vessels (+names), articles, events, mentions, event_vessel links."""
    rng = random.Random(seed)
    vessels = max(events // 4, 10)
    articles = max(events // 2, 10)
    tables: list[tuple[Any, Callable[[], Iterator[dict[str, Any]]]]] = [
        (models.Place, lambda: _places(rng)),
        (models.Actor, lambda: _actors(rng)),
        (models.Vessel, lambda: _vessels(rng, vessels)),
        (models.VesselName, lambda: _vessel_names(rng, vessels)),
        (models.Article, lambda: _articles(rng, articles)),
        (models.Event, lambda: _events(rng, events)),
        (models.Mention, lambda: _mentions(rng, events, articles)),
        (models.EventVessel, lambda: _event_vessels(rng, events, vessels)),
    ]
    for model, rows in tables:
        with engine.begin() as connection:
            batch: list[dict[str, Any]] = []
            for row in rows():
                batch.append(row)
                if len(batch) == BATCH:
                    connection.execute(insert(model), batch)
                    batch = []
            if batch:
                connection.execute(insert(model), batch)
    # Statistics, and on PostgreSQL the visibility map too (index-only scans), as
    # autovacuum would leave them on a database in use: VACUUM runs outside a transaction.
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
        return
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


def _places(rng: random.Random) -> Iterator[dict[str, Any]]:
    for i in range(1, PLACES + 1):
        lat, lon = rng.uniform(-40, 60), rng.uniform(-100, 150)
        area = i % 3 == 0
        yield {
            "id": i,
            "key": f"bench:{i}",
            "name": f"Place {i}",
            "kind": "sea" if area else "port",
            "precision": "sea" if area else "port",
            "lat": lat,
            "lon": lon,
            "south": lat - 3 if area else None,
            "west": lon - 4 if area else None,
            "north": lat + 3 if area else None,
            "east": lon + 4 if area else None,
            "resolved_by": "gazetteer",
        }


def _actors(rng: random.Random) -> Iterator[dict[str, Any]]:
    for i in range(1, ACTORS + 1):
        yield {"id": i, "name": f"Actor {i} Navy", "kind": "navy", "country": f"C{i % 30:02d}"}


def _vessel_name(i: int) -> str:
    return f"{VESSEL_WORDS[i % 12]} {VESSEL_WORDS[(i // 12) % 12]} {i}"


def _vessels(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    for i in range(1, count + 1):
        yield {
            "id": i,
            "name": _vessel_name(i),
            "imo": str(9_000_000 + i),
            "vessel_type": rng.choice(("tanker", "bulk carrier", "tug")),
        }


def _vessel_names(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    for i in range(1, count + 1):
        yield {"vessel_id": i, "name": _vessel_name(i), "is_current": True}
        if rng.random() < 0.2:
            yield {"vessel_id": i, "name": f"OLD {_vessel_name(i)}", "is_current": False}


def _articles(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    for i in range(1, count + 1):
        yield {
            "id": i,
            "uri": f"https://news.example.org/{i}",
            "source": f"Outlet {i % 40}",
            "title": f"Report {i}",
            "published": FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
            "format": "json",
            "text": " ".join(rng.choices(WORDS, WEIGHTS, k=50)),
            "content_hash": f"{i:064x}",
            "ingested_at": models.utcnow(),
        }


def _events(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    now = models.utcnow()
    for i in range(1, count + 1):
        start = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        yield {
            "id": i,
            "type": rng.choice(EVENT_TYPES),
            "date_start": start,
            "date_end": start + timedelta(days=rng.choice((0, 0, 0, 1, 6))),
            "date_precision": "day",
            "place_id": rng.randint(1, PLACES) if rng.random() < 0.9 else None,
            "actor_id": rng.randint(1, ACTORS) if rng.random() < 0.6 else None,
            "confidence": 0.5,
            "extractor_version": "bench",
            "created_at": now,
            "updated_at": now,
        }


def _mentions(rng: random.Random, events: int, articles: int) -> Iterator[dict[str, Any]]:
    for i in range(1, events + 1):
        sentence = " ".join(rng.choices(WORDS, WEIGHTS, k=18))
        yield {
            "event_id": i,
            "article_id": rng.randint(1, articles),
            "sentence": sentence,
            "sentence_start": 0,
            "sentence_end": len(sentence),
            "evidence_start": i,  # unique per article with the span
            "evidence_end": i + 5,
            "type": "boarding",
            "extractor_version": "bench",
        }


def _event_vessels(rng: random.Random, events: int, vessels: int) -> Iterator[dict[str, Any]]:
    for i in range(1, events + 1):
        if rng.random() < 0.7:
            yield {"event_id": i, "vessel_id": rng.randint(1, vessels), "role": "target"}


QUERIES: dict[str, Callable[[random.Random], TimelineFilter]] = {
    "type + 30 days": lambda r: _window(r, 30, types=[r.choice(EVENT_TYPES)]),
    "type + 1 year": lambda r: _window(r, 365, types=[r.choice(EVENT_TYPES)]),
    "near 300 km + 1 year": lambda r: _window(r, 365, near=_point(r), within_km=300.0),
    "vessel name": lambda r: TimelineFilter(
        vessel=f"{VESSEL_WORDS[r.randrange(12)]} {r.randrange(99)}"
    ),
    "vessel IMO": lambda r: TimelineFilter(vessel=f"IMO {9_000_000 + r.randint(1, 2000)}"),
    "text + 1 year": lambda r: _window(r, 365, text=" ".join(r.sample(WORDS[10:], 2))),
    "text": lambda r: TimelineFilter(text=r.choice(WORDS[10:])),
    # No sentence has it: a plan that walks events in date order would read them all.
    "text, no match": lambda r: TimelineFilter(text=r.choice(("zeppelin", "yacht", "kayak"))),
    "no filter": lambda r: TimelineFilter(),
}


def _point(rng: random.Random) -> Place:
    """A query point without an extent: --near with coordinates."""
    lat, lon = rng.uniform(-30, 50), rng.uniform(-90, 140)
    return Place(f"{lat:.2f},{lon:.2f}", lat, lon, "point", "point", "coordinates")


def _window(rng: random.Random, days: int, **kwargs: Any) -> TimelineFilter:
    since = FIRST_DAY + timedelta(days=rng.randrange(DAYS - days))
    return TimelineFilter(since=since, until=since + timedelta(days=days), **kwargs)


def measure(
    engine: Engine, make: Callable[[random.Random], TimelineFilter], limit: int | None, repeat: int
) -> tuple[float, float, float, float]:
    """(p50 ms, p95 ms, p50 CPU ms, mean rows) over `repeat` random instances of one shape.

    CPU is this process's: all the work on SQLite, the client's share on PostgreSQL. On a
    machine shared with other jobs it shows what the wall-clock figures lose to waiting."""
    rng = random.Random(42)
    times, cpu, rows = [], [], []
    for _ in range(repeat):
        f = make(rng)
        f.limit = limit
        with Session(engine) as session:
            started, started_cpu = time.perf_counter(), time.process_time()
            found = timeline(session, f)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        rows.append(len(found))
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, statistics.median(cpu), statistics.mean(rows)


def database(backend: str, events: int, rebuild: bool, pg_server: str) -> Engine:
    """A migrated database holding `events` synthetic events, built once and reused."""
    if backend == "sqlite":
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        path = OUT_DIR / f"query-{events}.db"
        if rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        name = f"maritime_bench_{events}"
        admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).first()
            if rebuild and exists:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            if rebuild or not exists:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    engine = open_database(url)
    with Session(engine) as session:
        have = session.exec(select(func.count()).select_from(models.Event)).one()
    if have != events:
        started = time.perf_counter()
        build(engine, events)
        click.echo(f"  built {events} events in {time.perf_counter() - started:.0f}s", err=True)
    return engine


@click.command()
@click.option("--events", default="10000,100000,1000000", show_default=True)
@click.option("--backends", default="sqlite,postgresql", show_default=True)
@click.option("--repeat", type=click.IntRange(3), default=30, show_default=True)
@click.option("--rebuild", is_flag=True, help="Rebuild the databases from scratch.")
@click.option("--pg-server", default=PG_SERVER, show_default=True)
@click.option("--only", help="Run only query shapes containing this text.")
@click.option("--unlimited/--limited-only", default=True, help="Also measure without --limit.")
def main(
    events: str,
    backends: str,
    repeat: int,
    rebuild: bool,
    pg_server: str,
    only: str | None,
    unlimited: bool,
) -> None:
    """Print p50/p95 per query shape, with --limit 100 and without."""
    click.echo("| backend | events | query | limit | p50 ms | p95 ms | p50 CPU ms | rows |")
    click.echo("|---|---:|---|---:|---:|---:|---:|---:|")
    for backend in backends.split(","):
        for count in (int(n) for n in events.split(",")):
            engine = database(backend, count, rebuild, pg_server)
            for name, make in QUERIES.items():
                if only and only not in name:
                    continue
                # Unfiltered and unlimited is a dump of the table, not a query.
                for limit in (100, None) if unlimited and name != "no filter" else (100,):
                    p50, p95, cpu, rows = measure(engine, make, limit, repeat)
                    click.echo(
                        f"| {backend} | {count:,} | {name} | {limit or '-'} | {p50:.1f} | "
                        f"{p95:.1f} | {cpu:.1f} | {rows:.0f} |"
                    )
            engine.dispose()


if __name__ == "__main__":
    main()
