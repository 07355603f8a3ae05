"""The article record every reader produces and every later stage consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news article, normalised, with where its metadata came from.

    `text` is the body the extractor reads (headline excluded); character
    offsets stored with events index into it, so it must never be altered
    after reading.
    """

    text: str
    uri: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    # "article" when read from the input itself, "supplied" when it came from
    # --published, None when unknown.
    published_origin: str | None = None
    dateline: str | None = None
    fmt: str = "txt"
    # Where this article sits (url, file path, or file path and line): a later
    # article at the same locator with other text is a new version of it. None for
    # standard input, which has no stable place.
    locator: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Identity of the article's content, so re-ingesting it is a no-op."""
        digest = hashlib.sha256()
        for part in (self.title or "", self.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()


class InputError(Exception):
    """An input that cannot be read; the message names the input and the fix."""


class InputSkipped(InputError):
    """Inputs passed over on purpose (files of other types in a folder): a warning to
    show, not a failure."""
