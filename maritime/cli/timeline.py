"""`maritime timeline`: the filters users type, turned into a TimelineFilter and a format."""

from __future__ import annotations

from typing import Any

import click

from maritime.cli.app import TIMELINE_FORMATS, Context, format_option, parse_day, user_errors
from maritime.db.engine import read_session
from maritime.geo.distance import parse_distance
from maritime.geo.place import Place
from maritime.geo.resolve import resolve_place
from maritime.query.formats import render_timeline
from maritime.query.histogram import render_counts
from maritime.query.timeline import TimelineFilter
from maritime.query.timeline import timeline as run_timeline


@click.command()
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
@format_option(
    TIMELINE_FORMATS, help="html: one self-contained page with a timeline, a map and the evidence."
)
@click.pass_obj
@user_errors
def timeline(obj: Context, fmt: str, by: str | None, **options: Any) -> None:
    """Events in chronological order of date_start, filtered."""
    filters = build_filter(options)
    with read_session(obj.engine) as session:
        events = run_timeline(session, filters)
    output = render_counts(events, by, fmt) if by else render_timeline(events, fmt)
    click.echo(output, nl=False)


def build_filter(options: dict[str, Any]) -> TimelineFilter:
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


def geocode_or_fail(text: str, what: str) -> Place:
    place = resolve_place(text)
    if place is None:
        raise click.ClickException(
            f"{what}: unknown place {text!r}; try a sea, strait, port or country name, "
            "or coordinates such as '12.5N 45.2E'"
        )
    return place


COMMANDS = [timeline]
