"""The top-level `maritime` group and what every command shares: the database context,
the error boundary, the --format option and date parsing.

Only `MaritimeError` (a problem the user can fix) becomes a one-line error with exit
code 1. Anything else is a bug in maritime: `main` prints one line saying so (exit 2)
and the traceback only under --debug.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

import click
from sqlalchemy import Engine

from maritime import __version__
from maritime.config import database_url
from maritime.db.engine import create_db_engine, open_database
from maritime.errors import MaritimeError

TIMELINE_FORMATS = ["table", "json", "jsonl", "csv", "geojson", "markdown", "html"]
ROW_FORMATS = ["table", "json", "jsonl", "csv", "markdown"]
RECORD_FORMATS = ["table", "json"]
BUG_EXIT = 2


class Context:
    """What the top-level group resolved, handed to subcommands."""

    def __init__(self, db: str | None, debug: bool) -> None:
        self.url = database_url(db)
        self.debug = debug
        self._engine: Engine | None = None
        self._unmigrated: Engine | None = None

    @property
    def engine(self) -> Engine:
        """The database, brought to the latest schema first."""
        if self._engine is None:
            self._engine = open_database(self.url)
        return self._engine

    @property
    def unmigrated(self) -> Engine:
        """The database as it is, for the commands that look after its schema."""
        if self._unmigrated is None:
            self._unmigrated = create_db_engine(self.url)
        return self._unmigrated

    def close(self) -> None:
        """Give the pools' connections back (and checkpoint SQLite's WAL) at exit."""
        for engine in (self._engine, self._unmigrated):
            if engine is not None:
                engine.dispose()
        self._engine = self._unmigrated = None


def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Problems the user can fix become one line on stderr and exit 1, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MaritimeError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def format_option(choices: list[str], **extra: Any) -> Callable[[Callable[..., Any]], Any]:
    """The one --format option every listing command shares (its value arrives as `fmt`)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        **extra,
    )


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option
        ) from None


def parse_span(value: str, option: str) -> tuple[date, date]:
    """A day (2024-03-12) or a range of days (2024-03-12..2024-03-14)."""
    first, dots, last = value.strip().partition("..")
    try:
        start = date.fromisoformat(first.strip())
        end = date.fromisoformat(last.strip()) if dots else start
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a day or a range; use 2024-03-12 or 2024-03-12..2024-03-14",
            param_hint=option,
        ) from None
    if end < start:
        raise click.BadParameter(f"{value!r} ends before it starts", param_hint=option)
    return start, end


def analyst_option(func: Callable[..., Any]) -> Any:
    """--by, shared by every command that corrects: who the correction log names."""
    return click.option(
        "--by",
        "analyst",
        metavar="NAME",
        help="Who makes the correction, for the log. Default: $MARITIME_USER, else your "
        "login name.",
    )(func)


class _Maritime(click.Group):
    """The group that turns a bug in any command into one line (and exit 2), traceback
    only when the command line asked for --debug, as its own parsed option says."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # the last boundary: a bug gets one line, not a traceback
            report_bug(exc, bool(ctx.params.get("debug")))
            ctx.exit(BUG_EXIT)


@click.group(cls=_Maritime, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="URL",
    help="Database URL (sqlite:///path.db or postgresql+psycopg://user@host/db). "
    "Default: $MARITIME_DB, else ./maritime.db.",
)
@click.option(
    "--debug", is_flag=True, help="Show the traceback of an internal error (and of each article's)."
)
@click.version_option(__version__, prog_name="maritime")
@click.pass_context
def cli(ctx: click.Context, db: str | None, debug: bool) -> None:
    """A sourced, geocoded timeline of maritime incidents, read from news articles."""
    ctx.obj = Context(db, debug)
    ctx.call_on_close(ctx.obj.close)
    if debug:
        log_to_stderr()


def log_to_stderr() -> None:
    """Show maritime's log (each failed article's traceback) on stderr, once per process."""
    log = logging.getLogger("maritime")
    if not any(getattr(h, "maritime_stderr", False) for h in log.handlers):
        handler = logging.StreamHandler()
        handler.maritime_stderr = True  # type: ignore[attr-defined]
        log.addHandler(handler)


def report_bug(exc: BaseException, debug: bool) -> None:
    """One line for an exception maritime did not expect; the traceback when asked."""
    if debug:
        traceback.print_exception(exc)
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    click.echo(
        f"maritime: internal error: {type(exc).__name__}{': ' + reason if reason else ''}. "
        "This is a bug; rerun with --debug for the traceback and report it.",
        err=True,
    )


def main() -> None:
    # geopy logs each retried request with a traceback; users get one line instead.
    logging.getLogger("geopy").addHandler(logging.NullHandler())
    logging.getLogger("geopy").propagate = False
    try:
        code = cli(prog_name="maritime", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug before any command ran: no --debug was read yet
        report_bug(exc, False)
        sys.exit(BUG_EXIT)
    sys.exit(code if isinstance(code, int) else 0)
