"""`maritime fetch`, `maritime watch` and `maritime feeds`: live sources in, politely."""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from maritime.cli.app import ROW_FORMATS, Context, format_option, user_errors
from maritime.cli.progress import Bar
from maritime.live import watchlist
from maritime.live.poll import Poller, PollReport, counts_line, watch
from maritime.live.schedule import parse_duration
from maritime.query.formats import render_rows
from maritime.read.fetch import Fetcher, Politeness

CONTACT_HINT = (
    "warning: no contact for site owners in the User-Agent;"
    " pass --contact URL or set MARITIME_CONTACT"
)


def http_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that fetches shares."""
    options = [
        click.option(
            "--contact",
            metavar="URL",
            envvar="MARITIME_CONTACT",
            help="Where site owners can reach you (http(s):// or mailto:), sent in the"
            " User-Agent. Default: $MARITIME_CONTACT.",
        ),
        click.option(
            "--rate",
            type=click.FloatRange(min=0, min_open=True),
            default=1.0,
            show_default=True,
            metavar="N",
            help="At most N requests a second to any one host (robots.txt Crawl-delay"
            " may ask for fewer).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=20.0,
            show_default=True,
            metavar="SECONDS",
            help="Give up on a server silent this long.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No summary line."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _fetcher(contact: str | None, rate: float, timeout: float, quiet: bool) -> Fetcher:
    politeness = Politeness(contact=contact or None, interval=1 / rate, timeout=timeout)
    if not contact and not quiet:
        click.echo(CONTACT_HINT, err=True)
    return Fetcher(politeness)


@click.command()
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@http_options
@click.pass_obj
@user_errors
def fetch(
    obj: Context,
    urls: tuple[str, ...],
    contact: str | None,
    rate: float,
    timeout: float,
    quiet: bool,
) -> None:
    """Download web pages, read the article in each, and store its events.

    The article is stored under the page's canonical URL (else the address it was
    served from after redirects). Fetching an unchanged page again stores nothing;
    a changed page is stored as a new version. Each failed URL gets one line on
    stderr and the exit code is 1.
    """
    urls_checked = watchlist.checked(urls)
    with _fetcher(contact, rate, timeout, quiet) as fetcher:
        tally = Poller(obj.engine, fetcher).fetch(urls_checked)
    for message in tally.errors:
        click.echo(f"error: {message}", err=True)
    if not quiet:
        click.echo(counts_line(tally), err=True)
    if tally.failed:
        sys.exit(1)


@click.command("watch")
@click.argument("feed_urls", nargs=-1, metavar="[FEED_URL]...")
@click.option(
    "--feeds",
    "feed_file",
    metavar="FILE",
    help="Also watch the feed URLs in FILE (one a line, # comments).",
)
@click.option("--once", is_flag=True, help="Poll once and exit (for cron).")
@click.option(
    "--every",
    metavar="DURATION",
    default="15m",
    show_default=True,
    help="Poll again this long after each poll started (90s, 15m, 2h), until SIGINT/SIGTERM.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json: also print each poll's report as one JSON object on stdout.",
)
@http_options
@click.pass_obj
@user_errors
def watch_command(
    obj: Context,
    feed_urls: tuple[str, ...],
    feed_file: str | None,
    once: bool,
    every: str,
    fmt: str,
    contact: str | None,
    rate: float,
    timeout: float,
    quiet: bool,
) -> None:
    """Poll RSS, Atom and JSON feeds and store every new item's article and events.

    An item's article is the full text the feed carries, else its linked page. With
    no FEED_URL and no --feeds, every feed in `maritime feeds` is polled. Feeds are
    asked conditionally (ETag, Last-Modified), a page already stored is never fetched
    again, and a failing feed is asked less and less often. One summary line per poll
    goes to stderr; exit 1 when --once met a failure.
    """
    interval = None if once else parse_duration(every)
    urls = list(feed_urls) + (watchlist.read_feed_file(feed_file) if feed_file else [])
    if urls:
        watchlist.checked(urls)
    elif not watchlist.listing(obj.engine):
        raise click.UsageError(
            "no feeds to watch: give FEED_URL..., --feeds FILE, or add some with"
            " `maritime feeds add URL`"
        )
    bar = Bar()

    def report(poll: PollReport) -> None:
        for feed in poll.feeds:
            for message in ([feed.error] if feed.error else []) + feed.tally.errors:
                click.echo(f"error: {message}", err=True)
        if not quiet:
            click.echo(poll.line(), err=True)
        if fmt == "json":
            click.echo(json.dumps(poll.as_json(), ensure_ascii=False))

    with _fetcher(contact, rate, timeout, quiet) as fetcher, _stop_on_signals() as stopping:
        poller = Poller(obj.engine, fetcher, every=interval, stop=stopping.is_set, progress=bar)
        last = watch(poller, urls or None, every=interval, stopping=stopping, on_poll=report)
    if interval is None and last.failed:
        sys.exit(1)


@contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """SIGINT and SIGTERM ask the poll to end after the item at hand; a second SIGINT
    interrupts at once."""
    stopping = threading.Event()

    def ask(signum: int, _frame: object) -> None:
        stopping.set()
        if signum == signal.SIGINT:
            signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = {sig: signal.signal(sig, ask) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stopping
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@click.group(invoke_without_command=True)
@format_option(ROW_FORMATS)
@click.pass_context
@user_errors
def feeds(ctx: click.Context, fmt: str) -> None:
    """List watched feeds with their state: last poll, last new item, ETag, failures in a
    row, next poll. `feeds add` and `feeds remove` change the list."""
    if ctx.invoked_subcommand is not None:
        return
    click.echo(render_rows(watchlist.listing(ctx.obj.engine), fmt), nl=False)


@feeds.command("add")
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@click.pass_obj
@user_errors
def feeds_add(obj: Context, urls: tuple[str, ...]) -> None:
    """Watch these feeds (nothing is fetched until `maritime watch`)."""
    added = watchlist.add(obj.engine, urls)
    for url in urls:
        click.echo(f"{'added' if url in added else 'already watched'}: {url}", err=True)


@feeds.command("remove")
@click.argument("url", metavar="URL")
@click.pass_obj
@user_errors
def feeds_remove(obj: Context, url: str) -> None:
    """Stop watching a feed (articles read from it stay)."""
    watchlist.remove(obj.engine, url)
    click.echo(f"removed: {url}", err=True)


COMMANDS = [fetch, watch_command, feeds]
