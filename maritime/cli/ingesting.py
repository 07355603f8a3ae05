"""`maritime ingest` and `maritime reprocess`: articles in, incidents stored."""

from __future__ import annotations

import sys
from collections.abc import Callable

import click

from maritime.cli.app import Context, parse_day, user_errors
from maritime.cli.progress import Counter
from maritime.config import analyst_name
from maritime.ingest import ingest as run_ingest
from maritime.ingest import reprocess as run_reprocess
from maritime.read import expected_articles, read_inputs


@click.command()
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

    Ingesting the same article twice changes nothing, except that an article stored
    without a publication date takes the one --published gives, and its events are
    re-dated (logged as a correction). Each failed input gets one line on stderr and
    the exit code is 1; the other inputs are still kept. Files of other types in a
    folder are skipped with a warning.
    """
    day = parse_day(published, "--published")
    items = read_inputs(list(paths), published=day, source=source, stdin=sys.stdin.buffer)
    counter = Counter("articles", total=expected_articles(paths))
    try:
        summary = run_ingest(
            obj.engine,
            items,
            on_error=say(counter, "error"),
            on_warning=say(counter, "warning"),
            on_progress=counter.tick,
            jobs=jobs,
            analyst=analyst_name(),
        )
    finally:
        counter.close()
    if not quiet:
        click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


@click.command()
@click.pass_obj
@user_errors
def reprocess(obj: Context) -> None:
    """Re-extract every stored article with the current engine (event ids are kept).

    Analysts' corrections (merges, splits, retractions, values set by hand) are kept.
    """
    counter = Counter("articles")
    try:
        summary = run_reprocess(
            obj.engine,
            on_error=say(counter, "error"),
            on_progress=counter.tick,
            on_total=counter.expect,
        )
    finally:
        counter.close()
    click.echo(
        f"{summary.new} articles reprocessed; {summary.events_new} new events, "
        f"{summary.events_merged} mentions matched to known events",
        err=True,
    )
    if summary.failed:
        sys.exit(1)


def say(counter: Counter, prefix: str) -> Callable[[str], None]:
    """A line on stderr, the running count wiped first so the two do not mix."""

    def echo(message: str) -> None:
        counter.close()
        click.echo(f"{prefix}: {message}", err=True)

    return echo


COMMANDS = [ingest, reprocess]
