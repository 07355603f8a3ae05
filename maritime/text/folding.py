"""Case-insensitive patterns scanned fast over lower-cased ASCII text.

Python's `re` skips an alternative on its first literal only when matching case-
sensitively, so a large re.I alternation tries every branch at every word. Scanning
the lower-cased text with a case-sensitive twin finds the same spans about twice as
fast; each hit is then matched again on the original text, so groups keep their case.

Most sentences cannot match most patterns at all: a pattern's required literals
(text every match contains, read from the compiled pattern) let a sentence that
lacks them skip the scan. Where a pattern might match, `re` still tries its whole
alternation at every word; the few letters every match opens with (read from the
compiled twin, or from a case-sensitive pattern itself) make a prefix tree that `re`
rules most words out with at their first letter, and the pattern is tried only where
such an opening stands. Both give exactly the matches of the full pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

# Literals shorter than this are in nearly every sentence: no use as a filter.
MIN_LITERAL = 2
MAX_NEEDLES = 16
# Openings (see `openings`): this many letters tell most words apart; more openings than
# MAX_OPENINGS make a tree too large to be worth its scan.
OPENING = 8
MAX_OPENINGS = 400


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains (lower-cased for a re.I
    pattern, to be looked for in lower-cased text), or None when there are none
    worth testing."""
    folded = bool(pattern.flags & re.IGNORECASE)
    found = _sequence(_parsed(pattern), folded)
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    needles = {s.lower() for s in found} if folded else set(found)
    # A string holding another member adds nothing: "attack" already covers "attacks".
    return tuple(sorted(s for s in needles if not any(t != s and t in s for t in needles)))


@lru_cache(maxsize=256)
def _parsed(pattern: re.Pattern[str]) -> Any:
    """`pattern` parsed, once: its literals and its openings are both read from it."""
    return sre_parse.parse(pattern.pattern, pattern.flags)


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
    finds where matches may start, and the pattern is tried only there. The openings
    of the twin (see `openings`), when it has some, find those places faster still, as
    a case-sensitive pattern's own openings do in the text itself.
    """

    def __init__(self, pattern: re.Pattern[str], lead: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self._exact = lead is None
        self._twin = _twin(pattern if lead is None else lead)
        # What every match opens with in the lower-cased text (see `openings`).
        self._opens = openings(self._twin) if self._twin is not None else None
        self._bounded = self._opens is not None and _bounded(self._twin)  # type: ignore[arg-type]
        self._openings = _opening(self._twin, self._opens) if self._opens else None
        screened = _screened(pattern, lead, self._twin)
        self._needs = _few(required_literals(screened)) if screened is not None else None
        case_sensitive = not pattern.flags & re.IGNORECASE
        self._text_needs = _few(required_literals(pattern)) if case_sensitive else None
        # Only where no literal screens the pattern: a screened one seldom runs, and the
        # openings of such patterns are common words ("the ") that would cost, not spare.
        opens = openings(pattern) if case_sensitive and self._text_needs is None else None
        self._text_openings = _opening(pattern, opens) if opens else None

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """Same matches as `pattern.finditer(text)`; `lowered` is `lowered(text)`.

        A plain function, not a generator: most calls end at the literal test, and
        starting a generator would cost more than the test."""
        if lowered is not None and self._needs is not None and not _contains(lowered, self._needs):
            return _NOTHING
        if self._twin is None or lowered is None:
            if self._text_needs is not None and not _contains(text, self._text_needs):
                return _NOTHING
            if self._text_openings is None:
                return self.pattern.finditer(text)
            return self._tried(text, text, self._text_openings, None)
        if self._exact and self._openings is None:
            return self._recased(text, lowered)
        if self._openings is None:
            return self._tried(text, lowered, self._twin, None)
        return self._tried(text, lowered, self._openings, self._twin)

    def search(self, text: str, lowered: str | None) -> re.Match[str] | None:
        """Same as `pattern.search(text)`."""
        return next(self.finditer(text, lowered), None)

    def _recased(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """The twin's hits on the lower-cased text, matched again on the text itself."""
        for hit in self._twin.finditer(lowered):  # type: ignore[union-attr]
            match = self.pattern.match(text, hit.start())
            assert match is not None and match.end() == hit.end()
            yield match

    def _tried(
        self, text: str, scanned: str, finder: re.Pattern[str], check: re.Pattern[str] | None
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches in `text`, tried only where `finder` hits `scanned` (the
        text or its lower-cased twin) and `check`, if given, matches there too."""
        position = 0
        while (hit := finder.search(scanned, position)) is not None:
            start = hit.start()
            tried = check is None or check.match(scanned, start) is not None
            match = self.pattern.match(text, start) if tried else None
            if match is None:
                position = start + 1
                continue
            assert match.end() > start, "a pattern with a lead or openings never matches empty"
            yield match
            position = match.end()

    def _at(self, text: str, lowered: str, starts: list[int]) -> Iterator[re.Match[str]]:
        """The matches `finditer` finds, given `starts`: every place in `lowered`, in
        order, where one of the pattern's openings stands."""
        position = 0
        for start in starts:
            if start < position or self._twin.match(lowered, start) is None:  # type: ignore[union-attr]
                continue
            match = self.pattern.match(text, start)
            if match is not None:
                yield match
                position = match.end()


# An exhausted iterator stays exhausted: one serves every scan that finds nothing.
_NOTHING: Iterator[re.Match[str]] = iter(())


class Screen:
    """Several FoldedPatterns scanned together: one pass over a lower-cased text finds
    every place where any of them opens (see `openings`), and each pattern is tried only
    at its own, instead of each scanning the text for itself. Patterns without openings
    scan for themselves."""

    def __init__(self, patterns: Sequence[FoldedPattern]) -> None:
        self._patterns = list(patterns)
        self._alone = [i for i, pattern in enumerate(patterns) if pattern._opens is None]
        opened = [(i, p._opens, p._bounded) for i, p in enumerate(patterns) if p._opens]
        self._scans = [
            _joint_scan({i: opens for i, opens, at_word in opened if at_word is bounded}, bounded)
            for bounded in (True, False)
        ]

    def finditer(self, text: str, lowered: str | None) -> Iterator[tuple[int, re.Match[str]]]:
        """(index, match) for each match of each pattern, pattern by pattern in order:
        the matches each pattern's `finditer` finds (`lowered` is `lowered(text)`)."""
        starts = self._starts(lowered) if lowered is not None else {}
        alone = self._alone if lowered is not None else range(len(self._patterns))
        for index in sorted([*starts, *alone]):
            pattern = self._patterns[index]
            if index in starts:
                matches = pattern._at(text, lowered, starts[index])  # type: ignore[arg-type]
            else:
                matches = pattern.finditer(text, lowered)
            for match in matches:
                yield index, match

    def _starts(self, lowered: str) -> dict[int, list[int]]:
        """Where each pattern with openings may match, for those that may at all."""
        starts: dict[int, list[int]] = {}
        for scan, owners in self._scans:
            for hit in scan.finditer(lowered):
                for index in owners[hit[1]]:
                    starts.setdefault(index, []).append(hit.start())
        return starts


def _joint_scan(
    opens: dict[int, frozenset[str]], bounded: bool
) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """One scan for the openings of several patterns (index -> openings; each opens with
    `\\b` if `bounded`), and for each opening it finds (the longest at its place) the
    patterns with an opening that starts it: those that open there. It looks ahead, so
    no place hides another."""
    by_opening: dict[str, set[int]] = {}
    for index, strings in opens.items():
        for opening in strings:
            by_opening.setdefault(opening, set()).add(index)
    every = by_opening.keys()
    owners = {
        found: tuple(
            set().union(*(by_opening.get(found[:end], ()) for end in range(1, len(found) + 1)))
        )
        for found in every
    }
    boundary = r"\b" if bounded else ""
    return re.compile(f"{boundary}(?=({trie(sorted(every))}))" if every else "(?!)"), owners


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings, at most OPENING long, one of which opens every match of a case-sensitive
    `pattern` (cut short where the next character is not one of a few), or None when
    some match may open with none (a digit class, an empty match) or there are too many."""
    found: set[str] = set()
    try:
        _open(found, [list(_parsed(pattern))], "")
    except _TooMany:
        return None
    return None if "" in found else frozenset(found)


class _TooMany(Exception):
    """More openings than MAX_OPENINGS."""


def _open(found: set[str], pending: list[list[Any]], opened: str) -> None:
    """Add to `found` the openings of `pending` (sequences to match in turn, the last
    first) after the text `opened`."""
    if len(found) > MAX_OPENINGS:
        raise _TooMany
    while pending and not pending[-1]:
        pending = pending[:-1]
    if len(opened) >= OPENING or not pending:
        found.add(opened[:OPENING])
        return
    (op, arg), rest = pending[-1][0], [*pending[:-1], pending[-1][1:]]
    if op is sre.LITERAL:
        _open(found, rest, opened + chr(arg))
    elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        _open(found, rest, opened)  # zero width: it may only rule openings out
    elif op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
        _open(found, [*rest, list(arg[3])], opened)
    elif op is sre.BRANCH:
        for alternative in arg[1]:
            _open(found, [*rest, list(alternative)], opened)
    elif op is sre.IN and len(arg) <= 4 and all(kind is sre.LITERAL for kind, _ in arg):
        for _kind, char in arg:
            _open(found, rest, opened + chr(char))
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, items = arg
        if low == 0:
            _open(found, rest, opened)
        # Once, then what follows if that is all; else what one turn opens is all we know.
        _open(found, [*rest, list(items)] if high == 1 else [list(items)], opened)
    else:
        found.add(opened)  # a class, a back-reference: the opening ends here


def _opening(pattern: re.Pattern[str], opens: frozenset[str]) -> re.Pattern[str]:
    """A scan for `opens`, the openings of a case-sensitive `pattern` (after its `\\b`, if
    it starts with one)."""
    boundary = r"\b" if _bounded(pattern) else ""
    return re.compile(f"{boundary}(?:{trie(sorted(opens))})", pattern.flags)


def _bounded(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` starts with `\\b` (so where it may match, `\\b` holds)."""
    return pattern.pattern.startswith(r"\b")


def trie(words: Iterable[str]) -> str:
    """A regex matching any of `words` (as written), longest first, built as a prefix
    tree: `re` tells hundreds of them apart by their first letters."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in node.items() if char]
        optional = "" in node
        if not branches:
            return ""
        body = (
            branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        )
        return body + ("?" if optional else "")

    return build(tree)


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


# A group's name matches no text: its case does not keep a pattern from folding.
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
# In lower-case text a lower-case group needs no re.I, which would cost the twin its speed.
_IGNORE_CASE_GROUP = re.compile(r"(?<!\\)\(\?i:")


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a re.I pattern written in lower case, if it has one."""
    source = pattern.pattern
    matching = _GROUP_NAME.sub("", source)
    foldable = (
        pattern.flags & re.IGNORECASE and matching == matching.lower() and "(?-i" not in source
    )
    if not foldable:
        return None
    return re.compile(_IGNORE_CASE_GROUP.sub("(?:", source), pattern.flags & ~re.IGNORECASE)


def lower_source(source: str) -> str | None:
    """A re.I pattern's source in lower case, when that means the same (no escape such
    as \\S or \\W whose case matters, no case-sensitive group), else None."""
    if re.search(r"\\[A-Z]|\(\?[-a-zA-Z]*-i|\(\?P[<=]", source):
        return None
    return source.lower()


def lowered(text: str) -> str | None:
    """The text lower-cased when that keeps every offset and case rule (ASCII), else None."""
    return text.lower() if text.isascii() else None
