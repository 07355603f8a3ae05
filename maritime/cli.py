"""Click wiring only: every command parses options and calls one library function."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Any

import click
from geopy.exc import GeopyError
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

TIMELINE_FORMATS = ["table", "json", "jsonl", "csv", "geojson", "markdown", "html"]
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
        except GeopyError as exc:
            raise click.ClickException(
                f"online geocoder failed: {exc or type(exc).__name__}"
            ) from exc

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
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Extract in N worker processes (one process still writes).",
)
@click.pass_obj
@user_errors
def ingest(
    obj: Context,
    paths: tuple[str, ...],
    published: str | None,
    source: str | None,
    quiet: bool,
    jobs: int,
) -> None:
    """Read articles (.txt, .html, .json, .jsonl, folders, or - for stdin) and store their events.

    Ingesting the same article twice changes nothing. Each failed input gets one
    line on stderr and the exit code is 1; the other inputs are still kept.
    """
    from maritime.ingest import ingest as run_ingest
    from maritime.progress import Counter
    from maritime.read import read_inputs

    day = parse_day(published, "--published")
    items = read_inputs(list(paths), published=day, source=source, stdin=sys.stdin.buffer)
    counter = Counter("articles")

    def say(prefix: str) -> Callable[[str], None]:
        def echo(message: str) -> None:
            counter.close()
            click.echo(f"{prefix}: {message}", err=True)

        return echo

    try:
        summary = run_ingest(
            obj.engine,
            items,
            on_error=say("error"),
            on_warning=say("warning"),
            on_progress=counter.tick,
            jobs=jobs,
        )
    finally:
        counter.close()
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
@click.option(
    "--text", metavar="TEXT", help="Evidence sentences contain every word of TEXT (full-text)."
)
@click.option(
    "--no-summaries",
    "no_summaries",
    is_flag=True,
    help="Leave out summaries that sum up listed incidents, so counts do not double.",
)
@click.option("--limit", type=click.IntRange(1), help="At most this many events.")
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month"]),
    help="Count events per period and type instead of listing them.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(TIMELINE_FORMATS),
    default="table",
    show_default=True,
    help="html: one self-contained page with a timeline, a map and the evidence.",
)
@click.pass_obj
@user_errors
def timeline(obj: Context, fmt: str, by: str | None, **options: Any) -> None:
    """Events in chronological order of date_start, filtered."""
    from maritime.query.formats import render_timeline
    from maritime.query.histogram import render_counts
    from maritime.query.timeline import timeline as run_timeline

    filters = build_filter(options)
    with Session(obj.engine) as session:
        events = run_timeline(session, filters)
    output = render_counts(events, by, fmt) if by else render_timeline(events, fmt)
    click.echo(output, nl=False)


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


@cli.command("eval")
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable report.")
@click.option("--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when event F1 is below this.")
@user_errors
def evaluate(corpus_dir: Path, as_json: bool, min_f1: float | None) -> None:
    """Score extraction against NAME.gold.json annotations in CORPUS_DIR.

    Every article is ingested into a throwaway database; each article's events
    are matched to its gold events of the same type with overlapping dates.
    """
    from maritime.corpus_eval import evaluate_corpus
    from maritime.evaluate import format_report

    result = evaluate_corpus(corpus_dir)
    for message in result.ingest.errors:
        click.echo(f"error: {message}", err=True)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, default=str))
    else:
        click.echo(format_report(result.extraction))
        click.echo("\n".join(result.lines()))
    f1 = result.extraction.overall.f1
    if min_f1 is not None and f1 < min_f1:
        click.echo(f"event F1 {f1:.3f} is below the floor {min_f1:.3f}", err=True)
        sys.exit(1)


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
@click.argument("event_id", type=int)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
@user_errors
def show(obj: Context, event_id: int, fmt: str) -> None:
    """Everything about one event: every source sentence, how its date and place were read."""
    from maritime.query.browse import render_event, show_event

    with Session(obj.engine) as session:
        detail = show_event(session, event_id)
    if fmt == "json":
        click.echo(json.dumps(detail, ensure_ascii=False, indent=2))
    else:
        click.echo(render_event(detail), nl=False)


def listing(name: str, lister: str, help_text: str) -> None:
    """Register a search command that prints rows like `maritime sql` does."""

    @cli.command(name, help=help_text)
    @click.argument("needle", metavar="[TEXT]", required=False)
    @click.option(
        "--format", "fmt", type=click.Choice(ROW_FORMATS), default="table", show_default=True
    )
    @click.pass_obj
    @user_errors
    def command(obj: Context, needle: str | None, fmt: str) -> None:
        from maritime.query import browse
        from maritime.query.formats import render_rows

        with Session(obj.engine) as session:
            rows = getattr(browse, lister)(session, needle)
        click.echo(render_rows(rows, fmt), nl=False)


listing("actors", "list_actors", "Actors, or those whose name contains TEXT or country is TEXT.")
listing(
    "articles", "list_articles", "Articles, or those whose title or text has every word of TEXT."
)


@cli.command()
@click.argument("needle", metavar="[TEXT]", required=False)
@click.option("--format", "fmt", type=click.Choice(ROW_FORMATS), default="table", show_default=True)
@click.pass_obj
@user_errors
def vessels(obj: Context, needle: str | None, fmt: str) -> None:
    """Vessels, or those whose current or former name contains TEXT (or IMO/MMSI is TEXT).

    With TEXT, each vessel's incidents follow under every name it has carried
    (json and jsonl: an "incidents" list per vessel; csv: the vessels only).
    """
    from maritime.query.browse import list_vessels, vessel_histories
    from maritime.query.formats import render_rows

    with Session(obj.engine) as session:
        rows = list_vessels(session, needle)
        histories = vessel_histories(session, [r["id"] for r in rows]) if needle else {}
    if fmt in ("json", "jsonl") and needle:
        rows = [r | {"incidents": histories.get(r["id"], [])} for r in rows]
    output = render_rows(rows, fmt)
    if fmt in ("table", "markdown"):
        for row in rows:
            if histories.get(row["id"]):
                former = f", formerly {row['former_names']}" if row["former_names"] else ""
                output += f"\nIncidents of {row['name']}{former}\n"
                output += render_rows(histories[row["id"]], fmt)
    click.echo(output, nl=False)


@cli.group("import")
def import_() -> None:
    """Bring in reference data you already have."""


@import_.command("vessels")
@click.argument("csv_path", metavar="FILE.csv", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
@user_errors
def import_vessels(obj: Context, csv_path: Path) -> None:
    """Add or update vessels from a CSV with columns name, imo, mmsi, flag, type,
    former_names (';'-separated). Bad rows get one line each and exit code 1."""
    from maritime.db import writer
    from maritime.resolve.registry import import_vessels as run_import

    with writer(obj.engine).begin() as connection:
        summary = run_import(connection, csv_path)
    for message in summary.errors:
        click.echo(f"error: {message}", err=True)
    click.echo(
        f"{summary.created} vessels added, {summary.updated} updated, "
        f"{len(summary.errors)} rows rejected",
        err=True,
    )
    if summary.errors:
        sys.exit(1)


@cli.group()
def events() -> None:
    """Correct the machine: merge events that are one incident, split one that is two.

    Corrections are kept through `maritime reprocess`.
    """


@events.command("merge")
@click.argument("keep", type=int)
@click.argument("absorb", type=int)
@click.option("--note", help="Why, for the correction log.")
@click.pass_obj
@user_errors
def events_merge(obj: Context, keep: int, absorb: int, note: str | None) -> None:
    """Fold event ABSORB into event KEEP (same type); KEEP keeps its id."""
    from maritime.db import session_scope
    from maritime.resolve.corrections import merge_events

    with session_scope(obj.engine) as session:
        merge_events(session, keep, absorb, note)
    click.echo(f"event {absorb} merged into event {keep}")


@events.command("split")
@click.argument("event_id", type=int)
@click.option(
    "--mention",
    "mentions",
    type=int,
    multiple=True,
    required=True,
    help="Mention id to move to a new event (repeatable; see `maritime show EVENT_ID`).",
)
@click.option("--note", help="Why, for the correction log.")
@click.pass_obj
@user_errors
def events_split(obj: Context, event_id: int, mentions: tuple[int, ...], note: str | None) -> None:
    """Move some of an event's mentions into a new event of the same type."""
    from maritime.db import session_scope
    from maritime.resolve.corrections import split_event

    with session_scope(obj.engine) as session:
        new = split_event(session, event_id, list(mentions), note)
    moved = ", ".join(map(str, mentions))
    click.echo(f"mentions {moved} split from event {event_id} into event {new.id}")


@cli.command()
@click.argument("place_text", metavar="PLACE")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--online",
    is_flag=True,
    help="If the offline gazetteer does not know the place, ask OpenStreetMap Nominatim "
    "(network; 1 request/s; answers cached in the database).",
)
@click.option(
    "--user-agent",
    envvar="MARITIME_USER_AGENT",
    metavar="TEXT",
    help="Identifies you to the online geocoder, e.g. 'maritime (you@example.org)'. "
    "Default: $MARITIME_USER_AGENT.",
)
@click.pass_obj
@user_errors
def geocode(obj: Context, place_text: str, fmt: str, online: bool, user_agent: str | None) -> None:
    """Resolve a place expression: seas, straits, ports, coasts, offsets, coordinates.

    Offline by default, from the gazetteer shipped with maritime.
    """
    from maritime.geocache import geocode_with_fallback

    place = geocode_with_fallback(
        place_text, engine=obj.engine if online else None, user_agent=user_agent
    )
    if place is None:
        raise click.ClickException(
            f"unknown place {place_text!r}; try a sea, strait, port or country name, "
            "coordinates such as '12.5N 45.2E'"
            + ("" if online else ", or --online to ask OpenStreetMap")
        )
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


@db.command("reader")
@click.argument("role")
@click.option("--password", metavar="P", help="Login password (default: none, for trust/peer).")
@click.pass_obj
@user_errors
def db_reader(obj: Context, role: str, password: str | None) -> None:
    """PostgreSQL: create ROLE that can SELECT the BI views and nothing else.

    Run it again after `maritime db upgrade`: recreated views lose their grants.
    """
    from maritime.bi import create_reader_role

    granted = create_reader_role(obj.url, role, password)
    click.echo(f"role {role} can read: {', '.join(granted)}")


def main() -> None:
    # geopy logs each retried request with a traceback; users get one line instead.
    logging.getLogger("geopy").addHandler(logging.NullHandler())
    logging.getLogger("geopy").propagate = False
    cli(prog_name="maritime")
