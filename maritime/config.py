"""Where the database URL comes from (--db, else MARITIME_DB, else ./maritime.db), and
who the correction log names (--by, else MARITIME_USER, else the login name)."""

from __future__ import annotations

import getpass
import os

DEFAULT_URL = "sqlite:///maritime.db"
ENV_VAR = "MARITIME_DB"
USER_VAR = "MARITIME_USER"


def database_url(explicit: str | None = None) -> str:
    """Resolve the URL once, in one place, for the CLI and for Alembic's env.py."""
    url = explicit or os.environ.get(ENV_VAR) or DEFAULT_URL
    return normalise_url(url)


def normalise_url(url: str) -> str:
    """Accept the spellings users paste from hosting dashboards and docs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if "://" not in url:
        # A bare path is the friendliest way to name a SQLite file.
        return f"sqlite:///{url}"
    return url


def analyst_name(explicit: str | None = None) -> str:
    """Who makes a correction, for the audit log."""
    named = explicit or os.environ.get(USER_VAR)
    if named and named.strip():
        return named.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        return "unknown"
