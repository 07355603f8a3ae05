"""Load the JSON lexicons shipped in `lexicon/` once per process, checked against a schema.

A lexicon is data that code trusts: a misspelled key ("obejct") would otherwise be
silently ignored and its rule quietly change meaning, so every key must be one the
schema names, with a value of the type it names.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from maritime.types import EVENT_TYPE

# Every lexicon; all of them feed EXTRACTOR_VERSION.
NAMES = ("triggers", "modality", "actors", "vessels", "countries", "times", "casing", "common")

# A schema maps each key to the type of its value; a key ending in "?" may be left out; a
# list holding one schema is a list of entries each of that schema; a tuple of strings
# is the choice of values allowed. Keys starting with "_" are comments, allowed anywhere.
_Schema = dict[str, Any]
_EXAMPLES: _Schema = {"examples": [str], "counterexamples": [str]}
_FORMS = ("base", "s", "past", "participle", "ing")
_TRIGGER: _Schema = {
    "type": tuple(EVENT_TYPE),
    "pos": ("verb", "noun"),
    "object": ("vessel", "any"),
    "verbs?": [str],
    "forms?": [_FORMS],
    "pattern?": str,
    "object_within?": int,
    "subject?": bool,
    "crew?": bool,
    "since?": ("start", "range"),
    "standalone?": bool,
    "agents?": ("any", "bare"),
    **_EXAMPLES,
}
_TIME_RULE: _Schema = {"rule": str, "published": str, **_EXAMPLES}
SCHEMAS: dict[str, _Schema] = {
    "triggers": {
        "version": int,
        "note": str,
        "entries": [_TRIGGER],
        "agents": str,
        "contraband": str,
        "held_things": str,
        "people_verbs": [str],
    },
    "modality": {
        "version": int,
        "note": str,
        "before": [str],
        "near_before": [str],
        "after": [str],
        "beyond": [str],
        "infinitive_heads": str,
        "preposition_to": str,
        "question": str,
        "purpose_verbs": [str],
        "framed": str,
        "anchor": str,
        "generic": {"when": str, "past": str, "gerund_subject": str},
        "dated": str,
        "chrome": str,
    },
    "actors": {
        "version": int,
        "note": str,
        "named": [
            {
                "name": str,
                "kind": str,
                "country": (str, type(None)),
                "pattern": str,
                "country_from_context?": bool,
            }
        ],
        "anonymous": str,
        "force_nouns": [list],
        "generic": [{"kind": str, "pattern": str}],
        "act_nouns": str,
    },
    "vessels": {
        "version": int,
        "note": str,
        "types": [list],
        "kinds": [[str]],
        "crew_words": str,
        "not_names": [str],
        "determiners": [str],
        "junk_words": [str],
        "acts_on": [str],
        "act_nouns": [str],
        "taken_subject": [str],
        "aboard": [str],
        "not_ship_heads": [str],
        "ship_participles": [str],
        "firm_participles": [str],
    },
    "countries": {"version": int, "note": str, "countries": dict},
    "times": {
        "version": int,
        "months": [list],
        "common_word_months": [str],
        "month_cues": [str],
        "year_cues": [str],
        "date_leads": [str],
        "weekdays": [str],
        "vague_numbers": dict,
        "recent_default": dict,
        "parts": dict,
        "month_parts": dict,
        "part_bounds": dict,
        "day_words": dict,
        "holidays": dict,
        "relative_phrases": dict,
        "day_parts": [str],
        "day_part_prefixes": [str],
        "clock_words": [str],
        "time_zones": [str],
        "since_cues": [str],
        "until_cues": [str],
        "range_openers": [str],
        "range_joiners": [str],
        "duration_nouns": [str],
        "rules": [_TIME_RULE],
    },
    "casing": {"version": int, "note": str, "function": [str], "lemmas": [str], "irregular": [str]},
    "common": {
        "version": int,
        "note": str,
        "numbers": dict,
        "qualifiers": [str],
        "ship_prefixes": {"naval": dict, "forces": dict, "dropped": [str], "merchant": [str]},
        "irregular_verbs": dict,
        "doubling": [str],
    },
}


class LexiconError(ValueError):
    """A lexicon file that does not match its schema: names the file, the entry and the key."""


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon file `lexicon/<name>.json`, checked against its schema."""
    text = resources.files(__package__).joinpath("lexicon", f"{name}.json").read_text("utf-8")
    data = json.loads(text)
    check(f"lexicon/{name}.json", data, SCHEMAS[name])
    return data


def check(where: str, value: Any, schema: Any) -> None:
    """Raise LexiconError at the first place `value` breaks `schema`."""
    if isinstance(schema, dict):
        _check_object(where, value, schema)
    elif isinstance(schema, list):
        if not isinstance(value, list):
            raise LexiconError(f"{where}: expected a list, found {type(value).__name__}")
        for index, item in enumerate(value):
            check(f"{where} {_label(index, item)}", item, schema[0])
    elif isinstance(schema, tuple) and all(isinstance(choice, str) for choice in schema):
        if value not in schema:
            raise LexiconError(f"{where}: {value!r} is not one of {', '.join(schema)}")
    elif not isinstance(value, schema) or (schema is int and isinstance(value, bool)):
        raise LexiconError(f"{where}: expected {_type_name(schema)}, found {value!r}")


def _check_object(where: str, value: Any, schema: _Schema) -> None:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: expected an object, found {type(value).__name__}")
    keys = {key.rstrip("?"): spec for key, spec in schema.items()}
    for key in value:
        if key not in keys and not key.startswith("_"):
            raise LexiconError(
                f"{where}: unknown key {key!r} (known keys: {', '.join(sorted(keys))})"
            )
    for key, spec in schema.items():
        name = key.rstrip("?")
        if name in value:
            check(f"{where} key {name!r}", value[name], spec)
        elif not key.endswith("?"):
            raise LexiconError(f"{where}: missing key {name!r}")


def _label(index: int, item: Any) -> str:
    """ "entry 3 (strike: hit, strike)": enough to find the entry in the file."""
    if not isinstance(item, dict):
        return f"item {index}"
    about = item.get("type") or item.get("name") or item.get("rule") or item.get("kind")
    what = ", ".join(item.get("verbs", [])) or item.get("pattern", "")
    detail = ": ".join(str(part) for part in (about, what[:40]) if part)
    return f"entry {index}" + (f" ({detail})" if detail else "")


def _type_name(schema: Any) -> str:
    if isinstance(schema, tuple):
        return " or ".join(_type_name(t) for t in schema)
    return {
        str: "a string",
        int: "an integer",
        bool: "true or false",
        dict: "an object",
        list: "a list",
        type(None): "null",
    }.get(schema, str(schema))


def versions() -> str:
    """A compact fingerprint of the lexicon versions, stored with the extractor version."""
    return ".".join(str(load(name)["version"]) for name in NAMES)
