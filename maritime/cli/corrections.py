"""Commands that correct or add to the machine's reading: events merge/split, import vessels."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from maritime.cli.app import Context, user_errors
from maritime.db.engine import session_scope, writer
from maritime.resolve.corrections import merge_events, split_event
from maritime.resolve.registry import import_vessels as run_import


@click.group("import")
def import_() -> None:
    """Bring in reference data you already have."""


@import_.command("vessels")
@click.argument("csv_path", metavar="FILE.csv", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
@user_errors
def import_vessels(obj: Context, csv_path: Path) -> None:
    """Add or update vessels from a CSV with columns name, imo, mmsi, flag, type,
    former_names (';'-separated). Bad rows get one line each and exit code 1."""
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


@click.group()
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
    with session_scope(obj.engine) as session:
        new = split_event(session, event_id, list(mentions), note)
    moved = ", ".join(map(str, mentions))
    click.echo(f"mentions {moved} split from event {event_id} into event {new.id}")


COMMANDS = [import_, events]
