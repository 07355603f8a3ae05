"""Case-insensitive patterns scanned fast over lower-cased ASCII text.

Python's `re` skips an alternative on its first literal only when matching case-
sensitively, so a large re.I alternation tries every branch at every word. Scanning
the lower-cased text with a case-sensitive twin finds the same spans about twice as
fast; each hit is then matched again on the original text, so groups keep their case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class FoldedPattern:
    """A compiled pattern plus, when it is safe, its case-sensitive twin."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        source = pattern.pattern
        foldable = (
            pattern.flags & re.IGNORECASE and source == source.lower() and "(?-i" not in source
        )
        self._twin = re.compile(source, pattern.flags & ~re.IGNORECASE) if foldable else None

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """Same matches as `pattern.finditer(text)`; `lowered` is `lowered(text)`."""
        if self._twin is None or lowered is None:
            yield from self.pattern.finditer(text)
            return
        for hit in self._twin.finditer(lowered):
            match = self.pattern.match(text, hit.start())
            assert match is not None and match.end() == hit.end()
            yield match


def lowered(text: str) -> str | None:
    """The text lower-cased when that keeps every offset and case rule (ASCII), else None."""
    return text.lower() if text.isascii() else None
