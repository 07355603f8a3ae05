"""How many real NGA ASAM reports the extractor turns into an event, and how fast.

Usage: python benchmarks/asam_extract.py [ASAM_DIR] [--limit N] [--misses N] [--undated N]
       [--profile N]

Each report's narrative is fed to extract() as an article published three days after
NGA's report date (as a notice would be). Prints the share of reports that yield at least
one event, the share of those with an event dated within a day of NGA's date (overall, on
the most recent 3,000 reports, and among reports dated from their own words rather than
by publication), events per type, and the extraction time per report. ASAM_DIR defaults
to ../shared/data/asam beside the repository (evaluation-only data, never shipped);
without it the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import pstats
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from maritime.extract import ExtractedEvent, extract
from maritime.read.article import Article

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "asam"
DATA_FILE = "asam_nga_msi_1978-2022-06.csv"
PUBLICATION_DELAY = timedelta(days=3)
YIELD_TARGET = 90.0
DATED_TARGET = 95.0
RECENT = 3000  # the file lists the newest reports first


def reports(path: Path) -> Iterator[tuple[str, date, Article]]:
    """(reference, NGA date, article) for every report with a narrative."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(row["description"].split())
            if not text:
                continue
            day = date.fromisoformat(row["date"])
            uri = f"urn:nga-asam:{row['reference']}"
            yield row["reference"], day, Article(text, uri, published=day + PUBLICATION_DELAY)


def dated_near(events: list[ExtractedEvent], day: date) -> bool:
    """Some event's date range comes within a day of NGA's date."""
    slack = timedelta(days=1)
    return any(
        e.date_start is not None
        and e.date_start - slack <= day <= (e.date_end or e.date_start) + slack
        for e in events
    )


def shares(results: list[tuple[str, date, Article, list[ExtractedEvent]]]) -> tuple[float, float]:
    """(% of reports yielding an event, % of those with one dated within a day)."""
    yielded = [(day, events) for _, day, _, events in results if events]
    near = sum(dated_near(events, day) for day, events in yielded)
    return (
        100.0 * len(yielded) / len(results) if results else 0.0,
        100.0 * near / len(yielded) if yielded else 0.0,
    )


def from_text(events: list[ExtractedEvent]) -> bool:
    """Some event is dated by the report's words, not by its publication date."""
    return any(e.date_basis not in (None, "published") for e in events)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("asam_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--limit", type=int, default=0, help="read only the first N reports")
    parser.add_argument("--misses", type=int, default=0, help="print N reports yielding nothing")
    parser.add_argument(
        "--undated", type=int, default=0, help="print N reports whose events miss NGA's date"
    )
    parser.add_argument("--profile", type=int, default=0, help="print the N top functions")
    args = parser.parse_args(argv)
    path = args.asam_dir / DATA_FILE
    if not path.is_file():
        print(f"skipped: ASAM data not found at {path} (pass the folder as an argument)")
        return 0

    loaded = list(reports(path))[: args.limit or None]
    profiler = cProfile.Profile() if args.profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    results = [(reference, day, article, extract(article)) for reference, day, article in loaded]
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - started

    count = len(results)
    yielded, near = shares(results)
    types = Counter(e.type for _, _, _, events in results for e in events)
    print(f"reports: {count}, extraction {1000.0 * elapsed / max(count, 1):.2f} ms per report")
    print(f"yield an event: {yielded:.1f}% (target {YIELD_TARGET:.0f}%)")
    print(f"dated within a day: {near:.1f}% of those (target {DATED_TARGET:.0f}%)")
    if count > RECENT:
        recent_yield, recent_near = shares(results[:RECENT])
        print(f"most recent {RECENT}: yield {recent_yield:.1f}%, dated {recent_near:.1f}%")
    own = [(ref, day, a, events) for ref, day, a, events in results if from_text(events)]
    print(
        f"dated from the report's own words: {len(own)} reports, "
        f"{shares(own)[1]:.1f}% of them within a day (the others name no usable date)"
    )
    print("events per type: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))
    misses = [(ref, article.text) for ref, _, article, events in results if not events]
    for reference, text in misses[: args.misses]:
        print(f"  miss {reference}: {text[:240]}")
    undated = [
        (ref, day, article.text, events)
        for ref, day, article, events in results
        if events and not dated_near(events, day)
    ]
    for reference, day, text, events in undated[: args.undated]:
        dates = ", ".join(f"{e.date_start}..{e.date_end} ({e.date_basis})" for e in events)
        print(f"  undated {reference} (NGA {day}; ours {dates}): {text[:200]}")
    if profiler:
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
