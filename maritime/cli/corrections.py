"""Commands that correct or add to the machine's reading: events merge/split/retract/
restore/set, articles set-published, corrections, import vessels."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from maritime.cli.app import (
    ROW_FORMATS,
    Context,
    analyst_option,
    format_option,
    parse_day,
    parse_span,
    user_errors,
)
from maritime.cli.browse import listing
from maritime.config import analyst_name
from maritime.db.engine import read_session, session_scope, writer
from maritime.query.browse import list_articles, list_corrections
from maritime.query.formats import render_rows
from maritime.resolve.corrections import merge_events, restore_event, retract_event, split_event
from maritime.resolve.edits import CLEARABLE, EventChanges, set_event, set_published
from maritime.resolve.registry import import_vessels as run_import
from maritime.types import EVENT_TYPES


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
    """Correct the machine: merge, split, retract, restore, or set an event's values.

    Every correction is kept through `maritime reprocess` and later ingests, and is
    logged with who made it, when and why (`maritime corrections`, `maritime show ID`).
    Event ids come from `maritime timeline`; mention ids from `maritime show ID`.
    """


note_option = click.option("--note", metavar="TEXT", help="Why, for the correction log.")


@events.command("merge")
@click.argument("keep", type=int)
@click.argument("absorb", type=int)
@note_option
@analyst_option
@click.pass_obj
@user_errors
def events_merge(
    obj: Context, keep: int, absorb: int, note: str | None, analyst: str | None
) -> None:
    """Fold event ABSORB into event KEEP: one incident, all sources. KEEP keeps its id and
    its type (events of different types can be merged; change the type with `events set`)."""
    with session_scope(obj.engine) as session:
        merge_events(session, keep, absorb, note, analyst_name(analyst))
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
@note_option
@analyst_option
@click.pass_obj
@user_errors
def events_split(
    obj: Context, event_id: int, mentions: tuple[int, ...], note: str | None, analyst: str | None
) -> None:
    """Move some of an event's mentions into a new event of the same type."""
    with session_scope(obj.engine) as session:
        new = split_event(session, event_id, list(mentions), note, analyst_name(analyst))
    moved = ", ".join(map(str, mentions))
    click.echo(f"mentions {moved} split from event {event_id} into event {new.id}")


@events.command("retract")
@click.argument("event_id", type=int)
@click.option("--note", metavar="TEXT", required=True, help="Why it is wrong (kept in the log).")
@analyst_option
@click.pass_obj
@user_errors
def events_retract(obj: Context, event_id: int, note: str, analyst: str | None) -> None:
    """Withdraw an event the machine got wrong.

    It leaves timelines, BI views and exports, but stays in the database with its
    sources and your reason (`maritime show ID`); reports of it ingested later join it
    and stay withdrawn. `maritime events restore ID` brings it back.
    """
    with session_scope(obj.engine) as session:
        retract_event(session, event_id, note, analyst_name(analyst))
    click.echo(f"event {event_id} retracted")


@events.command("restore")
@click.argument("event_id", type=int)
@note_option
@analyst_option
@click.pass_obj
@user_errors
def events_restore(obj: Context, event_id: int, note: str | None, analyst: str | None) -> None:
    """Bring a retracted event back into timelines and views."""
    with session_scope(obj.engine) as session:
        restore_event(session, event_id, note, analyst_name(analyst))
    click.echo(f"event {event_id} restored")


@events.command("set")
@click.argument("event_id", type=int)
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES), help="The event's type.")
@click.option(
    "--date",
    "day",
    metavar="DAY[..DAY]",
    help="The day, e.g. 2024-03-12, or days, e.g. 2024-03-12..2024-03-14.",
)
@click.option(
    "--place", metavar="TEXT", help="Where, as `maritime geocode` reads it, e.g. 'Red Sea'."
)
@click.option("--actor", metavar="TEXT", help="Who acted, e.g. 'Indian Navy'.")
@click.option(
    "--vessel",
    "vessels",
    metavar="NAME",
    multiple=True,
    help="The vessel acted on, by name or IMO (repeatable): these replace the event's vessels.",
)
@click.option("--killed", type=click.IntRange(0), help="Deaths.")
@click.option(
    "--clear",
    multiple=True,
    type=click.Choice(CLEARABLE),
    help="Make a field unknown (repeatable), e.g. --clear vessels.",
)
@note_option
@analyst_option
@click.pass_obj
@user_errors
def events_set(
    obj: Context,
    event_id: int,
    event_type: str | None,
    day: str | None,
    place: str | None,
    actor: str | None,
    vessels: tuple[str, ...],
    killed: int | None,
    clear: tuple[str, ...],
    note: str | None,
    analyst: str | None,
) -> None:
    """Set an event's values by hand; they outlast `maritime reprocess` and new reports.

    \b
    maritime events set 12 --type deployment --actor "Indian Navy" --note "a patrol"
    maritime events set 12 --date 2023-11-19..2023-11-20 --place "Red Sea"
    maritime events set 12 --clear vessels --note "Operation Atalanta is not a ship"
    """
    changes = EventChanges(
        type=event_type,
        dates=parse_span(day, "--date") if day else None,
        place=place,
        actor=actor,
        vessels=list(vessels),
        killed=killed,
        clear=set(clear),
    )
    with session_scope(obj.engine) as session:
        change = set_event(session, event_id, changes, note, analyst_name(analyst))
    click.echo(f"event {event_id}: {change}")


class ListOrCommand(click.Group):
    """A listing that also has subcommands: `articles [TEXT]` searches, `articles
    set-published ...` corrects. Arguments that name no subcommand go to `search`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["search", *args]
        return super().parse_args(ctx, args)


@click.group(cls=ListOrCommand, subcommand_metavar="[TEXT] | COMMAND [ARGS]...")
def articles() -> None:
    """Articles, or those whose title or text has every word of TEXT; or set one's date.

    \b
    maritime articles "drone strike"      # the same as: maritime articles search ...
    maritime articles set-published 7 2024-03-14
    """


articles.add_command(
    listing(
        "search",
        list_articles,
        "Articles, or those whose title or text has every word of TEXT (full-text search).",
    )
)


@articles.command("set-published")
@click.argument("article", metavar="ARTICLE_ID_OR_URI")
@click.argument("day", metavar="YYYY-MM-DD")
@note_option
@analyst_option
@click.pass_obj
@user_errors
def articles_set_published(
    obj: Context, article: str, day: str, note: str | None, analyst: str | None
) -> None:
    """Give an article its publication date and re-date its events from it.

    Relative dates ("on Monday", "last week") resolve against the new date; the
    events keep their ids. ARTICLE_ID_OR_URI comes from `maritime articles` or
    `maritime show EVENT_ID`.
    """
    when = parse_day(day, "DAY")
    assert when is not None
    with session_scope(obj.engine) as session:
        article_id, result = set_published(session, article, when, note, analyst_name(analyst))
    click.echo(
        f"article {article_id} published {when}; {result.events_merged} events re-dated, "
        f"{result.events_new} new"
    )


@click.command()
@click.option("--since", metavar="YYYY-MM-DD", help="Only corrections made on or after this day.")
@format_option(ROW_FORMATS)
@click.pass_obj
@user_errors
def corrections(obj: Context, since: str | None, fmt: str) -> None:
    """The correction log: who changed what, when and why, oldest first."""
    with read_session(obj.engine) as session:
        rows = list_corrections(session, parse_day(since, "--since"))
    if not rows and fmt == "table":
        click.echo("No corrections yet.")
        return
    click.echo(render_rows(rows, fmt), nl=False)


COMMANDS = [import_, events, articles, corrections]
