"""Articles as JSON objects, the way news APIs and scrapers hand them over."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from maritime.read.article import InputError
from maritime.read.assemble import Draft
from maritime.read.dates import parse_date_value
from maritime.read.patterns import patterns

_FIELDS: dict[str, list[str]] = patterns()["json_fields"]
_CONTAINERS: list[str] = patterns()["json_containers"]
_EXCERPT = 60


def read_json(text: str, uri: str) -> Iterator[Draft | InputError]:
    """One article object, a list of them, or an API envelope such as `{"articles": [...]}`."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        yield InputError(f"{uri}: invalid JSON ({_reason(error)}); fix the file or convert it")
        return
    items = _unwrap(data)
    if items is None:
        yield InputError(
            f"{uri}: JSON holds {_kind(data)}, not an article object or a list of them;"
            ' give {"text": ...} objects'
        )
    elif isinstance(items, dict):
        yield _draft(items, uri, uri, "json")
    elif not items:
        yield InputError(f"{uri}: the JSON list is empty; nothing to ingest")
    else:
        for number, item in enumerate(items, start=1):
            yield _draft(item, uri, f"{uri}: item {number}", "json")


def read_jsonl(text: str, uri: str, *, line_uri: bool = False) -> Iterator[Draft | InputError]:
    """One object per line; each bad line is its own error and good lines are kept.

    `line_uri` names drafts `URI:LINE` (standard input has no path to tell them apart).
    """
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{uri}:{number}"
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as error:
            yield InputError(
                f"{where}: invalid JSON ({_reason(error, one_line=True)}); fix or remove that line"
            )
            continue
        yield _draft(item, where if line_uri else uri, where, "jsonl")
    if not found:
        yield InputError(f"{uri}: no JSON lines found; nothing to ingest")


def _unwrap(data: Any) -> dict[str, Any] | list[Any] | None:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return None
    if _field(data, "text") is None:
        for key in _CONTAINERS:
            if isinstance(data.get(key), list):
                return data[key]
    return data


def _draft(item: Any, uri: str, where: str, fmt: str) -> Draft | InputError:
    if not isinstance(item, dict):
        return InputError(f'{where}: expected an article object {{"text": ...}}, got {_kind(item)}')
    text = _field(item, "text")
    if not isinstance(text, str) or not text.strip():
        problem = "has no 'text' field" if text is None else "has an empty or non-string 'text'"
        return InputError(f'{where}: article object {problem}; put the article body in "text"')
    extra: dict[str, str] = {}
    raw_published = _field(item, "published")
    published = parse_date_value(raw_published)
    if raw_published not in (None, "") and published is None:
        extra["unparsed_published"] = str(raw_published)[:_EXCERPT]
    return Draft(
        text=text,
        uri=uri,
        fmt=fmt,
        title=_string(_field(item, "title")),
        url=_string(_field(item, "url")),
        source=_source(_field(item, "source")),
        published=published,
        extra=extra,
        where=where,
    )


def _field(item: dict[str, Any], name: str) -> Any:
    return next((item[key] for key in _FIELDS[name] if item.get(key) is not None), None)


def _string(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    return None


def _source(value: Any) -> str | None:
    """News APIs nest the outlet: `"source": {"id": "...", "name": "..."}`."""
    if isinstance(value, dict):
        value = value.get("name")
    return _string(value)


def _kind(value: Any) -> str:
    return {list: "a list", str: "a string", type(None): "null"}.get(
        type(value), type(value).__name__
    )


def _reason(error: Exception, *, one_line: bool = False) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if not isinstance(error, json.JSONDecodeError):
        return " ".join(str(error).split())[: _EXCERPT * 2]
    where = f"column {error.colno}" if one_line else f"line {error.lineno} column {error.colno}"
    # Some of json's messages end in "at" already ("Unterminated string starting at").
    return f"{error.msg.removesuffix(' at')} at {where}"
