"""Commands that look after the database and measure the engine: db ..., eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from maritime.cli.app import Context, user_errors
from maritime.db.bi import create_reader_role
from maritime.db.datasette import database_name, datasette_metadata
from maritime.db.engine import (
    current_revision,
    downgrade,
    head_revision,
    reader,
    upgrade,
)
from maritime.evaluate.corpus import (
    SUMMARY_COLUMNS,
    evaluate_corpus,
    evaluate_together,
    summary_line,
)
from maritime.evaluate.extraction import format_report


@click.command("eval")
@click.argument(
    "corpus_dirs",
    nargs=-1,
    required=True,
    metavar="CORPUS_DIR...",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable report.")
@click.option(
    "--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when any corpus's event F1 is below this."
)
@user_errors
def evaluate(corpus_dirs: tuple[Path, ...], as_json: bool, min_f1: float | None) -> None:
    """Score extraction against NAME.gold.json annotations in each CORPUS_DIR.

    Every corpus is ingested into a throwaway database of its own; each article's events
    are matched to its gold events of the same type with overlapping dates. One folder
    gives the full report; several give one line each, then a line for all of them in
    one database (where the same incident told in two corpora should be one event).
    """
    results = {corpus_dir.resolve().name: evaluate_corpus(corpus_dir) for corpus_dir in corpus_dirs}
    for result in results.values():
        for message in result.ingest.errors:
            click.echo(f"error: {message}", err=True)
    together = evaluate_together(list(corpus_dirs)) if len(corpus_dirs) > 1 else None
    if as_json:
        report: dict = (
            next(iter(results.values())).to_dict()
            if together is None
            else {
                "corpora": {name: result.to_dict() for name, result in results.items()},
                "together": together.to_dict(),
            }
        )
        click.echo(json.dumps(report, indent=2, default=str))
    elif together is None:
        result = next(iter(results.values()))
        click.echo(format_report(result.extraction))
        click.echo("\n".join(result.lines()))
    else:
        click.echo(SUMMARY_COLUMNS)
        for name, result in results.items():
            click.echo(summary_line(name, result))
        click.echo(summary_line("(one database)", together))
    low = {name: r.extraction.overall.f1 for name, r in results.items()}
    low = {name: f1 for name, f1 in low.items() if min_f1 is not None and f1 < min_f1}
    for name, f1 in low.items():
        click.echo(f"{name}: event F1 {f1:.3f} is below the floor {min_f1:.3f}", err=True)
    if low:
        sys.exit(1)


@click.group()
def db() -> None:
    """Schema migrations (normally automatic on first use)."""


@db.command("upgrade")
@click.argument("revision", default="head")
@click.pass_obj
@user_errors
def db_upgrade(obj: Context, revision: str) -> None:
    """Upgrade the schema (to the latest revision by default)."""
    upgrade(obj.unmigrated, revision)
    click.echo(f"database at revision {current_revision(obj.unmigrated)}")


@db.command("downgrade")
@click.argument("revision")
@click.pass_obj
@user_errors
def db_downgrade(obj: Context, revision: str) -> None:
    """Downgrade the schema to REVISION ('base' removes every table)."""
    downgrade(obj.unmigrated, revision)
    click.echo(f"database at revision {current_revision(obj.unmigrated) or 'base'}")


@db.command("current")
@click.pass_obj
@user_errors
def db_current(obj: Context) -> None:
    """Show the schema revision of the database and the latest one available."""
    current = current_revision(obj.unmigrated) or "base (empty)"
    click.echo(f"current: {current}; latest: {head_revision()}")


@db.command("reader")
@click.argument("role")
@click.option("--password", metavar="P", help="Login password (default: none, for trust/peer).")
@click.pass_obj
@user_errors
def db_reader(obj: Context, role: str, password: str | None) -> None:
    """PostgreSQL: create ROLE that can SELECT the BI views and nothing else.

    Run it again after `maritime db upgrade`: recreated views lose their grants.
    """
    granted = create_reader_role(obj.url, role, password)
    click.echo(f"role {role} can read: {', '.join(granted)}")


@click.command("datasette-metadata")
@click.option(
    "--database",
    metavar="NAME",
    help="The name Datasette gives the file (default: its name without .db).",
)
@click.pass_obj
@user_errors
def datasette_metadata_command(obj: Context, database: str | None) -> None:
    """Print metadata.json for Datasette: titles, descriptions, canned queries.

    \b
    maritime datasette-metadata > metadata.json
    datasette maritime.db --metadata metadata.json

    Datasette then opens on the views, the timeline first, each column described;
    raw tables are hidden (still reachable by URL and SQL).
    """
    with reader(obj.engine).connect() as connection:
        metadata = datasette_metadata(connection, database or database_name(obj.url))
    click.echo(json.dumps(metadata, indent=2, ensure_ascii=False))


COMMANDS = [evaluate, db, datasette_metadata_command]
