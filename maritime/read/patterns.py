"""The reader's lexicons live in data/patterns.json so they can grow without code changes."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def patterns() -> dict[str, Any]:
    """Load once per process: every reader consults the same table."""
    text = resources.files(__package__).joinpath("data/patterns.json").read_text("utf-8")
    return json.loads(text)
