"""Commands that read: show, actors, vessels, sql and geocode (articles: cli.corrections)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click
from sqlmodel import Session

from maritime.cli.app import RECORD_FORMATS, ROW_FORMATS, Context, format_option, user_errors
from maritime.db.engine import read_session
from maritime.db.geocache import DatabaseGeocodeCache
from maritime.geo.online import geocode_with_fallback
from maritime.query import browse
from maritime.query.formats import render_record, render_rows, render_vessels
from maritime.query.sql import run_sql


@click.command()
@click.argument("statement", metavar="SQL")
@format_option(ROW_FORMATS)
@click.pass_obj
@user_errors
def sql(obj: Context, statement: str, fmt: str) -> None:
    """Run one read-only SQL statement; the database refuses any write."""
    obj.engine  # noqa: B018 - bring the schema to head before opening read-only
    click.echo(render_rows(run_sql(obj.url, statement), fmt), nl=False)


@click.command()
@click.argument("event_id", type=int)
@format_option(["text", "json"])
@click.pass_obj
@user_errors
def show(obj: Context, event_id: int, fmt: str) -> None:
    """Everything about one event: every source sentence, how its date and place were read."""
    with read_session(obj.engine) as session:
        detail = browse.show_event(session, event_id)
    if fmt == "json":
        click.echo(json.dumps(detail, ensure_ascii=False, indent=2))
    else:
        click.echo(browse.render_event(detail), nl=False)


def listing(name: str, lister: Callable[[Session, str | None], list[Any]], help_text: str) -> Any:
    """A search command that prints rows like `maritime sql` does."""

    @click.command(name, help=help_text)
    @click.argument("needle", metavar="[TEXT]", required=False)
    @format_option(ROW_FORMATS)
    @click.pass_obj
    @user_errors
    def command(obj: Context, needle: str | None, fmt: str) -> None:
        with read_session(obj.engine) as session:
            rows = lister(session, needle)
        click.echo(render_rows(rows, fmt), nl=False)

    return command


actors = listing(
    "actors", browse.list_actors, "Actors, or those whose name contains TEXT or country is TEXT."
)


@click.command()
@click.argument("needle", metavar="[TEXT]", required=False)
@format_option(ROW_FORMATS)
@click.pass_obj
@user_errors
def vessels(obj: Context, needle: str | None, fmt: str) -> None:
    """Vessels, or those whose current or former name contains TEXT (or IMO/MMSI is TEXT).

    With TEXT, each vessel's incidents follow under every name it has carried
    (json and jsonl: an "incidents" list per vessel; csv: the vessels only).
    """
    with read_session(obj.engine) as session:
        rows = browse.list_vessels(session, needle)
        ids = [r["id"] for r in rows]
        histories = browse.vessel_histories(session, ids) if needle else None
    click.echo(render_vessels(rows, histories, fmt), nl=False)


@click.command()
@click.argument("place_text", metavar="PLACE")
@format_option(RECORD_FORMATS)
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
    cache = DatabaseGeocodeCache(obj.engine) if online else None
    place = geocode_with_fallback(place_text, cache=cache, user_agent=user_agent)
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
    click.echo(render_record(record, fmt), nl=False)


COMMANDS = [sql, show, actors, vessels, geocode]
