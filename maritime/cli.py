"""Click wiring only: every command parses options and calls one library function."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

import click
from sqlalchemy import Engine
from sqlmodel import Session

from maritime import __version__
from maritime.config import database_url
from maritime.db import (
    DatabaseError,
    current_revision,
    downgrade,
    head_revision,
    open_database,
    upgrade,
)

TIMELINE_FORMATS = ["table", "json", "jsonl", "csv", "geojson", "markdown"]
ROW_FORMATS = ["table", "json", "jsonl", "csv", "markdown"]


class Context:
    """What the top-level group resolved, handed to subcommands."""

    def __init__(self, db: str | None) -> None:
        self.url = database_url(db)
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = open_database(self.url)
        return self._engine


def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Known failures become one line on stderr and exit 1, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from maritime.query.sql import SqlError

        try:
            return func(*args, **kwargs)
        except (DatabaseError, SqlError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option
        ) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="URL",
    help="Database URL (sqlite:///path.db or postgresql+psycopg://user@host/db). "
    "Default: $MARITIME_DB, else ./maritime.db.",
)
@click.version_option(__version__, prog_name="maritime")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """A sourced, geocoded timeline of maritime incidents, read from news articles."""
    ctx.obj = Context(db)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date for articles that carry none."
)
@click.option("--source", metavar="NAME", help="Outlet name for articles that carry none.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
@click.pass_obj
@user_errors
def ingest(
    obj: Context, paths: tuple[str, ...], published: str | None, source: str | None, quiet: bool
) -> None:
    """Read articles (.txt, .html, .json, .jsonl, folders, or - for stdin) and store their events.

    Ingesting the same article twice changes nothing. Each failed input gets one
    line on stderr and the exit code is 1; the other inputs are still kept.
    """
    from maritime.ingest import ingest as run_ingest
    from maritime.read import read_inputs

    day = parse_day(published, "--published")
    items = read_inputs(list(paths), published=day, source=source, stdin=sys.stdin.buffer)
    summary = run_ingest(
        obj.engine,
        items,
        on_error=lambda m: click.echo(f"error: {m}", err=True),
        on_warning=lambda m: click.echo(f"warning: {m}", err=True),
    )
    if not quiet:
        click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Event type (repeatable).")
@click.option(
    "--since", metavar="YYYY-MM-DD", help="Events that may have happened on or after this day."
)
@click.option(
    "--until", metavar="YYYY-MM-DD", help="Events that may have happened on or before this day."
)
@click.option(
    "--precision",
    "precisions",
    multiple=True,
    metavar="P",
    help="Date precision, e.g. day (repeatable).",
)
@click.option("--actor", metavar="TEXT", help="Actor name contains TEXT.")
@click.option("--country", metavar="ISO3", help="Actor's country, e.g. USA.")
@click.option(
    "--vessel", metavar="TEXT", help="Vessel name (current or former) contains TEXT, or IMO."
)
@click.option("--near", metavar="PLACE", help="Place name or coordinates; use with --within.")
@click.option("--within", metavar="DISTANCE", help="e.g. 200km, 100nm; use with --near.")
@click.option("--bbox", metavar="S,W,N,E", help="Bounding box in degrees: south,west,north,east.")
@click.option("--source", metavar="TEXT", help="Article source or URI contains TEXT.")
@click.option(
    "--min-sources", type=click.IntRange(1), help="At least this many articles tell the event."
)
@click.option("--text", metavar="TEXT", help="Evidence sentences contain TEXT.")
@click.option("--limit", type=click.IntRange(1), help="At most this many events.")
@click.option(
    "--format", "fmt", type=click.Choice(TIMELINE_FORMATS), default="table", show_default=True
)
@click.pass_obj
@user_errors
def timeline(obj: Context, fmt: str, **options: Any) -> None:
    """Events in chronological order of date_start, filtered."""
    from maritime.query.formats import render_timeline
    from maritime.query.timeline import timeline as run_timeline

    filters = build_filter(options)
    with Session(obj.engine) as session:
        events = run_timeline(session, filters)
    click.echo(render_timeline(events, fmt), nl=False)


def build_filter(options: dict[str, Any]) -> Any:
    from maritime.geo.distance import parse_distance
    from maritime.query.timeline import TimelineFilter

    near, within_km = options.pop("near"), options.pop("within")
    if bool(near) != bool(within_km):
        raise click.UsageError("--near and --within go together, e.g. --near Aden --within 200km")
    filters = TimelineFilter(
        types=[t.lower() for t in options.pop("types")],
        since=parse_day(options.pop("since"), "--since"),
        until=parse_day(options.pop("until"), "--until"),
        precisions=list(options.pop("precisions")),
        bbox=parse_bbox(options.pop("bbox")),
        **options,
    )
    if near:
        place = geocode_or_fail(near, "--near")
        filters.near = (place.lat, place.lon)
        filters.within_km = parse_distance(within_km)
    return filters


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        south, west, north, east = (float(v) for v in value.split(","))
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a box; use south,west,north,east in degrees, e.g. 10,-90,25,-60",
            param_hint="--bbox",
        ) from None
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise click.BadParameter(
            f"{value!r} is outside the globe or south > north", param_hint="--bbox"
        )
    return south, west, north, east


def geocode_or_fail(text: str, what: str) -> Any:
    from maritime.geo.resolve import resolve_place

    place = resolve_place(text)
    if place is None:
        raise click.ClickException(
            f"{what}: unknown place {text!r}; try a sea, strait, port or country name, "
            "or coordinates such as '12.5N 45.2E'"
        )
    return place


@cli.command()
@click.pass_obj
@user_errors
def reprocess(obj: Context) -> None:
    """Re-extract every stored article with the current engine (event ids are kept)."""
    from maritime.ingest import reprocess as run_reprocess

    summary = run_reprocess(obj.engine)
    click.echo(
        f"{summary.new} articles reprocessed; {summary.events_new} new events, "
        f"{summary.events_merged} mentions matched to known events",
        err=True,
    )


@cli.command()
@click.argument("statement", metavar="SQL")
@click.option("--format", "fmt", type=click.Choice(ROW_FORMATS), default="table", show_default=True)
@click.pass_obj
@user_errors
def sql(obj: Context, statement: str, fmt: str) -> None:
    """Run one read-only SQL statement; the database refuses any write."""
    from maritime.query.formats import render_rows
    from maritime.query.sql import run_sql

    obj.engine  # noqa: B018 - bring the schema to head before opening read-only
    click.echo(render_rows(run_sql(obj.url, statement), fmt), nl=False)


@cli.command()
@click.argument("place_text", metavar="PLACE")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@user_errors
def geocode(place_text: str, fmt: str) -> None:
    """Resolve a place expression offline: seas, straits, ports, coasts, offsets, coordinates."""
    place = geocode_or_fail(place_text, "geocode")
    record = {
        "query": place_text,
        "name": place.name,
        "lat": round(place.lat, 5),
        "lon": round(place.lon, 5),
        "precision": place.precision,
        "source": place.resolved_by,
        "kind": place.kind,
        "country": place.country,
        "bbox": list(place.bbox) if place.bbox else None,
    }
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False))
    else:
        for key, value in record.items():
            click.echo(f"{key:>10}: {'' if value is None else value}")


@cli.group()
def db() -> None:
    """Schema migrations (normally automatic on first use)."""


@db.command("upgrade")
@click.argument("revision", default="head")
@click.pass_obj
@user_errors
def db_upgrade(obj: Context, revision: str) -> None:
    """Upgrade the schema (to the latest revision by default)."""
    from maritime.db import create_db_engine

    engine = create_db_engine(obj.url)
    upgrade(engine, revision)
    click.echo(f"database at revision {current_revision(engine)}")


@db.command("downgrade")
@click.argument("revision")
@click.pass_obj
@user_errors
def db_downgrade(obj: Context, revision: str) -> None:
    """Downgrade the schema to REVISION ('base' removes every table)."""
    from maritime.db import create_db_engine

    engine = create_db_engine(obj.url)
    downgrade(engine, revision)
    click.echo(f"database at revision {current_revision(engine) or 'base'}")


@db.command("current")
@click.pass_obj
@user_errors
def db_current(obj: Context) -> None:
    """Show the schema revision of the database and the latest one available."""
    from maritime.db import create_db_engine

    engine = create_db_engine(obj.url)
    click.echo(f"current: {current_revision(engine) or 'base (empty)'}; latest: {head_revision()}")


def main() -> None:
    cli(prog_name="maritime")
