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
@click.option(
    "--near",
    metavar="PLACE",
    help="Events in this place: inside its extent (a sea, a coast, a country), or within "
    "--within of it. A place without an extent (a port, coordinates) needs --within.",
)
@click.option(
    "--within",
    metavar="DISTANCE",
    help="With --near: how far beyond the place's extent (or from its point), e.g. 200km, "
    "100nm. Default 0 for places with an extent.",
)
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
    """Events in chronological order of date_start, filtered.

    An event is where its place's point is. --near AREA keeps the events whose point
    lies inside the area's extent (a box), widened by --within; --near POINT (a port,
    coordinates) keeps those within --within of it:

    \b
    maritime timeline --near "Red Sea"                  # in the Red Sea
    maritime timeline --near "Red Sea" --within 50nm    # in it or up to 50 nm outside
    maritime timeline --near Aden --within 100km        # up to 100 km from Aden
    maritime timeline --near "12.5N 45.2E" --within 20nm

    Retracted events (`maritime events retract`) are never listed.
    """
    filters = build_filter(options)
    with read_session(obj.engine) as session:
        events = run_timeline(session, filters)
    output = render_counts(events, by, fmt) if by else render_timeline(events, fmt)
    click.echo(output, nl=False)


def build_filter(options: dict[str, Any]) -> TimelineFilter:
    near, within = options.pop("near"), options.pop("within")
    if within and not near:
        raise click.UsageError("--within needs --near, e.g. --near Aden --within 200km")
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
        if place.bbox is None and not within:
            raise click.UsageError(
                f"--near {near!r} is a {place.precision} without an extent: say how far "
                f"around it, e.g. --near {near!r} --within 50km"
            )
        filters.near = place
        filters.within_km = parse_distance(within) if within else 0.0
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
