"""Where the database URL comes from: --db, else MARITIME_DB, else ./maritime.db."""

from __future__ import annotations

import os

DEFAULT_URL = "sqlite:///maritime.db"
ENV_VAR = "MARITIME_DB"


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
