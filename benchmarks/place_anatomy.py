"""Why matched events get the wrong place, counted per corpus and never shown one by one.

Usage: python -m benchmarks.place_anatomy CORPUS_DIR...

Held-out corpora may only be looked at in aggregate. A matched event's place is wrong when
the predicted point lies beyond the tolerance of the gold point's precision (`maritime
eval`); this sorts those errors into kinds that point at a part of the pipeline:

  none      the gold event has a place; no place was given
  invented  the gold event has no place; one was given
  far       the place given is the one the gold phrase names (our gazetteer reads the gold
            phrase to the same point, or the names agree), and its point lies beyond the
            tolerance of the annotator's point: a centroid, or an offset's arithmetic
  wrong     another place was given: a place of the sentence that is not the act's (a
            speaker's city, a destination), or a broader or narrower one

Of `none` and `wrong`, `readable` counts those whose gold phrase, geocoded alone, lands
within tolerance of the gold point: the words were there and the gazetteer knows them, so
the sentence reading lost them. The rest are `unread`: a phrase the gazetteer or the
place grammar cannot place (or an annotator point no phrase reading would give). Of `far`,
`exact` counts gold points of a point or port (an offset's arithmetic, a port's point),
`area` those of a coast, sea, region or country (a centroid against the annotator's pick).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from maritime.evaluate.corpus import evaluate_corpus
from maritime.evaluate.extraction import share_covered
from maritime.geo import distance_km, resolve_place

KINDS = ("none", "invented", "far", "wrong")
DETAILS = ("readable", "unread", "exact", "area")
SAME_POINT_KM = 5.0
SAME_NAME = 0.99
EXACT_KM = 50  # the tolerance of a point or a port


def _reading(error: dict) -> str | None:
    """Whether the gold phrase alone geocodes within tolerance of the gold point."""
    if error["gold_point"] is None:
        return None
    place = resolve_place(error["gold"] or "")
    if place is None:
        return "unread"
    near = distance_km(place.point, tuple(error["gold_point"])) <= error["tolerance_km"]
    return "readable" if near else "unread"


def _same_place(error: dict) -> bool:
    """Whether the predicted place is the one the gold phrase names."""
    place = resolve_place(error["gold"] or "")
    if place is not None and distance_km(place.point, tuple(error["predicted_point"])) <= (
        SAME_POINT_KM
    ):
        return True
    return share_covered(error["predicted"], error["gold"]) >= SAME_NAME


def kind(error: dict) -> str:
    """One place error's kind (see the module's description)."""
    if error["predicted_point"] is None:
        return "none"
    if error["gold_point"] is None:
        return "invented"
    return "far" if _same_place(error) else "wrong"


def anatomy(corpus_dir: Path) -> tuple[int, Counter]:
    """(matched events, counts of place error kinds and readings) for one corpus."""
    report = evaluate_corpus(corpus_dir).extraction
    counts: Counter = Counter()
    for error in report.field_errors:
        if error["field"] != "place":
            continue
        found = kind(error)
        counts[found] += 1
        if found in ("none", "wrong"):
            counts[_reading(error)] += 1
        elif found == "far":
            counts["exact" if error["tolerance_km"] <= EXACT_KM else "area"] += 1
    return report.overall.matched, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args()
    columns = "".join(f"{k:>9}" for k in KINDS) + " |" + "".join(f"{k:>9}" for k in DETAILS)
    print(f"{'corpus':<14}{'matched':>8}{'errors':>8}{columns}")
    totals: Counter = Counter()
    matched_total = 0
    for corpus in args.corpora:
        matched, counts = anatomy(corpus)
        totals.update(counts)
        matched_total += matched
        print(_row(corpus.name, matched, counts))
    if len(args.corpora) > 1:
        print(_row("(all named)", matched_total, totals))


def _row(name: str, matched: int, counts: Counter) -> str:
    errors = sum(counts[k] for k in KINDS)
    row = "".join(f"{counts[k]:>9}" for k in KINDS) + " |"
    row += "".join(f"{counts[k]:>9}" for k in DETAILS)
    return f"{name[:13]:<14}{matched:>8}{errors:>8}{row}"


if __name__ == "__main__":
    main()
