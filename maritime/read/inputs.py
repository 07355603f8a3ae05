"""Turn command-line inputs (files, directories, `-`) into Articles or per-input errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import IO

from maritime.read.article import Article, InputError, InputSkipped
from maritime.read.assemble import STDIN, Draft, Supplied, build_article
from maritime.read.decode import NotText, decode_bytes
from maritime.read.html import NoStory, read_html
from maritime.read.plaintext import read_text
from maritime.read.records import read_json, read_jsonl

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
_SUPPORTED = ", ".join(SUFFIXES)
# Formats whose file holds exactly one article (JSON and JSONL may hold any number).
ONE_ARTICLE = {"txt", "html"}
ANNOTATIONS = ".gold.json"


def read_inputs(
    paths: Sequence[str],
    *,
    published: date | None = None,
    source: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | InputError]:
    """Walk the inputs in order: one Article per article found, one InputError per bad input.

    Never raises for bad input, so one broken file cannot stop a batch ingest.
    """
    supplied = Supplied(published=published, source=source)
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(stream, supplied)
        elif os.path.isdir(path):
            yield from _read_directory(path, supplied)
        else:
            yield from _read_file(path, supplied)


def expected_articles(paths: Sequence[str]) -> int | None:
    """How many articles these inputs hold, when that is known without reading them:
    text and HTML files hold one each; JSON, JSONL and standard input any number."""
    count = 0
    for path in paths:
        if path == STDIN:
            return None
        if os.path.isdir(path):
            files = [name for name in _walk(path) if isinstance(name, str) and _readable(name)]
        else:
            files = [path] if os.path.isfile(path) else []
        if any(_format_of(name) not in ONE_ARTICLE for name in files):
            return None
        count += len(files)
    return count


def _read_directory(top: str, supplied: Supplied) -> Iterator[Article | InputError]:
    """Recursive in sorted path order, skipping hidden entries and annotations silently,
    and files of other types with one warning for the folder."""
    passed_over: dict[str, int] = {}
    for path in _walk(top):
        if isinstance(path, InputError):
            yield path
        elif _readable(path):
            yield from _read_file(path, supplied)
        elif not path.endswith(ANNOTATIONS):
            kind = os.path.splitext(path)[1].lower() or "no extension"
            passed_over[kind] = passed_over.get(kind, 0) + 1
    if passed_over:
        total = sum(passed_over.values())
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(passed_over.items()))
        yield InputSkipped(
            f"{top}: skipped {total} file{'s' if total > 1 else ''} of other types ({kinds}); "
            f"maritime reads {_SUPPORTED} (convert PDFs and documents to text first)"
        )


def _readable(path: str) -> bool:
    return _format_of(path) is not None and not path.endswith(ANNOTATIONS)


def _walk(top: str) -> Iterator[str | InputError]:
    """Depth-first with an explicit stack, so deep trees cannot exhaust recursion."""
    stack: list[Iterator[os.DirEntry[str]]] = []
    pending: str | None = top
    while True:
        if pending is not None:
            listing = _listing(pending)
            pending = None
            if isinstance(listing, InputError):
                yield listing
            else:
                stack.append(listing)
        if not stack:
            return
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.name.startswith("."):
            continue
        elif _is_dir(entry):
            pending = entry.path
        else:
            yield entry.path


def _listing(folder: str) -> Iterator[os.DirEntry[str]] | InputError:
    try:
        with os.scandir(folder) as scan:
            return iter(sorted(scan, key=lambda entry: entry.name))
    except OSError as error:
        return InputError(f"{folder}: cannot list directory ({_why(error)}); check permissions")


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _format_of(name: str) -> str | None:
    return SUFFIXES.get(os.path.splitext(name)[1].lower())


def _read_file(path: str, supplied: Supplied) -> Iterator[Article | InputError]:
    """An unknown extension is refused; a file without one is sniffed like standard input."""
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        yield InputError(f"{path}: no such file or directory; check the path")
        return
    except OSError as error:
        yield InputError(f"{path}: cannot read ({_why(error)}); check permissions")
        return
    extension = os.path.splitext(path)[1]
    fmt = _format_of(path)
    if fmt is None and extension:
        yield InputError(f"{path}: unsupported file type '{extension}'; give {_SUPPORTED} files")
        return
    if size > MAX_BYTES:
        yield InputError(f"{path}: {_mb(size)} exceeds the {_too_big()}")
        return
    try:
        with open(path, "rb") as handle:
            data = _read_bounded(handle)
    except OSError as error:
        yield InputError(f"{path}: cannot read ({_why(error)}); check permissions")
        return
    if data is None:
        yield InputError(f"{path}: the input exceeds the {_too_big()}")
        return
    yield from _parse(data, path, fmt, supplied)


def _read_stream(stream: IO[bytes], supplied: Supplied) -> Iterator[Article | InputError]:
    try:
        data = _read_bounded(stream)
    except (OSError, ValueError) as error:
        yield InputError(f"-: cannot read standard input ({_why(error)})")
        return
    if data is None:
        yield InputError(f"-: standard input exceeds the {_too_big()}")
        return
    yield from _parse(data, STDIN, None, supplied)


def _read_bounded(handle: IO[bytes]) -> bytes | None:
    """The input's bytes, or None when it holds more than the limit. Read, not stat:
    pipes and devices report size 0 however much they hold."""
    data = handle.read(MAX_BYTES + 1)
    return None if len(data) > MAX_BYTES else data


def _parse(
    data: bytes, uri: str, fmt: str | None, supplied: Supplied
) -> Iterator[Article | InputError]:
    """Decode and dispatch by format; `fmt` None means sniff it from the content."""
    if not data.strip():
        yield InputError(f"{uri}: the input is empty; nothing to ingest")
        return
    try:
        text = decode_bytes(data, html=fmt in (None, "html"))
    except NotText:
        yield InputError(f"{uri}: binary data, not text; give {_SUPPORTED} articles")
        return
    fmt = fmt or sniff(text)
    for found in _drafts(text, uri, fmt):
        if isinstance(found, InputError):
            yield found
            continue
        article = build_article(found, supplied)
        yield article or InputError(f"{found.uri}: no article text left after the headline")


def _drafts(text: str, uri: str, fmt: str) -> Iterator[Draft | InputError]:
    if fmt == "json":
        yield from read_json(text, uri)
    elif fmt == "jsonl":
        yield from read_jsonl(text, uri, line_uri=uri == STDIN)
    elif fmt == "html":
        try:
            yield read_html(text, uri)
        except NoStory as error:
            yield InputError(f"{uri}: {error}; give the article page itself")
    else:
        yield read_text(text, uri)


def sniff(text: str) -> str:
    """Guess the format of unnamed input (standard input, extensionless files)."""
    head = text.lstrip()[:2048]
    lowered = head.lower()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first, _, rest = head.partition("\n")
        return "jsonl" if rest.lstrip().startswith("{") and first.rstrip().endswith("}") else "json"
    if lowered.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in lowered:
        return "html"
    return "txt"


def _too_big() -> str:
    return f"{_mb(MAX_BYTES)} limit; split it into smaller files"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _why(error: BaseException) -> str:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return " ".join(str(reason).split())
