"""Case-insensitive patterns scanned fast over lower-cased ASCII text.

Python's `re` skips an alternative on its first literal only when matching case-
sensitively, so a large re.I alternation tries every branch at every word. Scanning
the lower-cased text with a case-sensitive twin finds the same spans about twice as
fast; each hit is then matched again on the original text, so groups keep their case.

Most sentences cannot match most patterns at all: a pattern's required literals
(text every match contains, read from the compiled pattern) let a sentence that
lacks them skip the scan, and a long alternation is cut down to the alternatives a
sentence could match. Both give exactly the matches of the full pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

# Where a template takes its alternation (a regex comment: valid on its own).
SLOT = "(?#alternatives)"
# Literals shorter than this are in nearly every sentence: no use as a filter.
MIN_LITERAL = 2
MAX_NEEDLES = 16


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains (lower-cased for a re.I
    pattern, to be looked for in lower-cased text), or None when there are none
    worth testing."""
    folded = bool(pattern.flags & re.IGNORECASE)
    found = _sequence(sre_parse.parse(pattern.pattern, pattern.flags), folded)
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    needles = {s.lower() for s in found} if folded else set(found)
    # A string holding another member adds nothing: "attack" already covers "attacks".
    return tuple(sorted(s for s in needles if not any(t != s and t in s for t in needles)))


def _sequence(items: Any, folded: bool) -> frozenset[str] | None:
    """The most selective literal set among a sequence's parts (runs of literal
    characters are one string); every match of the sequence contains one of each."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        part = _node(op, arg, folded)
        if part:
            candidates.append(part)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    # Longer strings are rarer: prefer the set whose shortest, then average, is longest.
    return max(candidates, key=lambda c: (min(map(len, c)), sum(map(len, c)) / len(c)))


def _node(op: Any, arg: Any, folded: bool) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, items = arg
        if not folded and (add_flags | del_flags) & re.IGNORECASE:
            return None  # case rules change inside: literals tested as written would lie
        return _sequence(items, folded)
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg, folded)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, items = arg
        return _sequence(items, folded) if low >= 1 else None
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in arg[1]:
            found = _sequence(alternative, folded)
            if not found:
                return None  # this branch needs nothing: neither does the whole
            union |= found
        return frozenset(union)
    return None  # classes, anchors, look-arounds, back-references: no literal


def _contains(haystack: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:  # noqa: SIM110 (any() over a generator costs more than the test)
        if needle in haystack:
            return True
    return False


class FoldedPattern:
    """A compiled pattern plus, when it is safe, its case-sensitive twin, and the
    literals (if any) a text needs for the pattern to match in it.

    A pattern with case-sensitive parts cannot be folded; `lead` is then a foldable
    re.I pattern every match of it begins with (its type noun, say): the lead's twin
    finds where matches may start, and the pattern is tried only there.
    """

    def __init__(self, pattern: re.Pattern[str], lead: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self._exact = lead is None
        self._twin = _twin(pattern if lead is None else lead)
        screened = _screened(pattern, lead, self._twin)
        self._needs = _few(required_literals(screened)) if screened is not None else None
        case_sensitive = not pattern.flags & re.IGNORECASE
        self._text_needs = _few(required_literals(pattern)) if case_sensitive else None

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """Same matches as `pattern.finditer(text)`; `lowered` is `lowered(text)`.

        A plain function, not a generator: most calls end at the literal test, and
        starting a generator would cost more than the test."""
        if lowered is not None and self._needs is not None and not _contains(lowered, self._needs):
            return _NOTHING
        if self._twin is None or lowered is None:
            if self._text_needs is None or _contains(text, self._text_needs):
                return self.pattern.finditer(text)
            return _NOTHING
        return self._recased(text, lowered)

    def search(self, text: str, lowered: str | None) -> re.Match[str] | None:
        """Same as `pattern.search(text)`."""
        return next(self.finditer(text, lowered), None)

    def _recased(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """The twin's hits on the lower-cased text, matched again on the text itself."""
        if self._exact:
            for hit in self._twin.finditer(lowered):  # type: ignore[union-attr]
                match = self.pattern.match(text, hit.start())
                assert match is not None and match.end() == hit.end()
                yield match
            return
        position = 0
        while (hit := self._twin.search(lowered, position)) is not None:  # type: ignore[union-attr]
            match = self.pattern.match(text, hit.start())
            if match is None:
                position = hit.start() + 1
                continue
            assert match.end() > hit.start(), "a pattern with a lead never matches empty"
            yield match
            position = match.end()


# An exhausted iterator stays exhausted: one serves every scan that finds nothing.
_NOTHING: Iterator[re.Match[str]] = iter(())


class Screen:
    """Which of several FoldedPatterns a lower-cased text could match at all: one pass
    over all their required literals, instead of starting each pattern's scan only for
    it to find its literals missing (what `finditer` would do, so the matches are the same)."""

    def __init__(self, patterns: Sequence[FoldedPattern]) -> None:
        self._all = tuple(range(len(patterns)))
        needs = [p._needs for p in patterns]
        self._always = frozenset(i for i, n in enumerate(needs) if n is None)
        self._needles = [(i, needle) for i, n in enumerate(needs) if n for needle in n]

    def candidates(self, lowered: str | None) -> tuple[int, ...]:
        """Indexes, in order, of the patterns worth scanning (`lowered` is `lowered(text)`)."""
        if lowered is None:
            return self._all
        found = {i for i, needle in self._needles if needle in lowered}
        return tuple(sorted(found.union(self._always)))


def _screened(
    pattern: re.Pattern[str], lead: re.Pattern[str] | None, twin: re.Pattern[str] | None
) -> re.Pattern[str] | None:
    """The re.I pattern whose literals a lower-cased text must hold for a match: the twin,
    or a re.I pattern that has none (named groups are written in capitals) itself."""
    if twin is not None:
        return twin
    return pattern if lead is None and pattern.flags & re.IGNORECASE else None


def _few(needs: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Testing a hundred literals costs more than the scan they might spare."""
    return needs if needs and len(needs) <= MAX_NEEDLES else None


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a re.I pattern written in lower case, if it has one."""
    source = pattern.pattern
    foldable = pattern.flags & re.IGNORECASE and source == source.lower() and "(?-i" not in source
    return re.compile(source, pattern.flags & ~re.IGNORECASE) if foldable else None


def lower_source(source: str) -> str | None:
    """A re.I pattern's source in lower case, when that means the same (no escape such
    as \\S or \\W whose case matters, no case-sensitive group), else None."""
    if re.search(r"\\[A-Z]|\(\?[-a-zA-Z]*-i|\(\?P[<=]", source):
        return None
    return source.lower()


def lowered(text: str) -> str | None:
    """The text lower-cased when that keeps every offset and case rule (ASCII), else None."""
    return text.lower() if text.isascii() else None


class Alternatives:
    """A long alternation, compiled for each sentence with only the alternatives it
    could match (those whose required literals it holds, in their order).

    An alternative that cannot match anywhere in a text changes no match of a pattern
    built around the alternation, so the reduced pattern finds exactly what the full
    one does. `templates` name the patterns built around it: name -> (source with
    SLOT where the alternation goes, flags). Literals are looked for without regard
    to case, which is safe for case-sensitive templates too.
    """

    CACHE = 512  # distinct subsets kept compiled

    def __init__(self, sources: Sequence[str], templates: dict[str, tuple[str, int]]) -> None:
        self._sources = list(sources)
        self._templates = templates
        needs = [required_literals(re.compile(s, re.IGNORECASE)) for s in self._sources]
        self._always = frozenset(i for i, n in enumerate(needs) if n is None)
        # One flat list: a single comprehension tests them all, faster than a loop of any().
        self._needles = [(i, needle) for i, n in enumerate(needs) if n for needle in n]
        self._everything = tuple(range(len(self._sources)))
        self._compiled: dict[tuple[tuple[int, ...], str], re.Pattern[str] | None] = {}

    def subset(self, text: str, lowered: str | None = None) -> tuple[int, ...]:
        """The alternatives `text` could match (`lowered` is `lowered(text)`, if known)."""
        if lowered is None:
            if not text.isascii():
                return self._everything  # case folding beyond ASCII: keep them all
            lowered = text.lower()
        found = {i for i, needle in self._needles if needle in lowered}
        return tuple(sorted(found | self._always))

    def pattern(self, name: str, subset: tuple[int, ...]) -> re.Pattern[str] | None:
        """Template `name` around the alternatives in `subset`; None if there are none."""
        key = (subset, name)
        if key not in self._compiled:
            if len(self._compiled) >= self.CACHE:
                del self._compiled[next(iter(self._compiled))]
            source, flags = self._templates[name]
            joined = "|".join(self._sources[i] for i in subset)
            compiled = re.compile(source.replace(SLOT, joined), flags) if subset else None
            self._compiled[key] = compiled
        return self._compiled[key]
