"""Load the JSON lexicons shipped in `lexicon/` once per process."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon file `lexicon/<name>.json`."""
    text = resources.files(__package__).joinpath("lexicon", f"{name}.json").read_text("utf-8")
    return json.loads(text)


def versions() -> str:
    """A compact fingerprint of the lexicon versions, stored with the extractor version."""
    names = ("triggers", "modality", "actors", "vessels", "countries")
    return ".".join(str(load(name)["version"]) for name in names)
