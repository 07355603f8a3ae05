"""Country names, adjectives and capitals -> ISO 3166-1 alpha-3, from lexicon/countries.json."""

from __future__ import annotations

from functools import cache

from maritime.extract.lexicon import load
from maritime.text.folding import trie


@cache
def _forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for code, (name, names, adjectives, _capitals) in load("countries")["countries"].items():
        for form in [name, *names, *adjectives]:
            forms.setdefault(form.lower(), code)
    return forms


@cache
def _capitals() -> dict[str, str]:
    return {
        capital.lower(): code
        for code, (_n, _ns, _a, capitals) in load("countries")["countries"].items()
        for capital in capitals
    }


def country_code(text: str | None) -> str | None:
    """ISO3 for a country name or adjective ("Malta", "Maltese", "US"), else None."""
    if not text:
        return None
    return _forms().get(text.strip().lower())


def capital_code(text: str) -> str | None:
    """ISO3 for a capital used as a metonym for its state ("Washington", "Beijing")."""
    return _capitals().get(text.strip().lower())


def country_name(code: str) -> str:
    return load("countries")["countries"][code][0]


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of `words` (case-insensitive), longest first, built as a
    prefix tree: hundreds of names cost one pass instead of one try per name."""
    return "(?i:" + trie(word.lower() for word in words) + ")"


@cache
def country_pattern() -> str:
    """Every country name and adjective, as one regex (longest match first)."""
    return trie_pattern([f for f in _forms() if len(f) > 1])


@cache
def capital_pattern() -> str:
    return trie_pattern(list(_capitals()))
