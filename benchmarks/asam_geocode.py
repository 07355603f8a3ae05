"""Where the product puts real NGA ASAM incidents, and when, against NGA's own record.

Usage: python -m benchmarks.asam_geocode [ASAM_DIR] [--all] [--seed S] [--misses N] [--group G]

Each report is fed to `maritime.extract.extract` as an article published three days after
NGA's date, as a news item about it would be. The report's event is the first event the
product gives that has a place (else its first event); its place and dates are what a user
of the timeline would see. Reports are split by `benchmarks.coordinate_detector`, a
detector written apart from the product's coordinate parser, so a form the parser misses
still counts as "gives coordinates". Printed, for a fixed random sample of 2,000 reports
dated 2005-2022 (seed in benchmarks/asam_reports.py; --seed draws another) and with --all
for every report:

- coordinates: reports giving a position, placed within 161 km of NGA's position;
- names, point: the others, placed within 161 km;
- names, point or bbox: within 161 km, or NGA's position inside the place's box when the
  box is at most 20 x 20 degrees (an honest "somewhere in the Gulf of Aden");
- date: dated the same day +-1, or by a window of at most 7 days that holds NGA's date;
- events: reports that yield at least one event; placed: reports whose event has a place.

Place and date are scored over the reports that yield an event (a report with none gives
nothing to place or date; the events line counts those), and, in brackets, over every
report of the group.

Reports listed in benchmarks/asam_wrong_positions.tsv (NGA's own position is wrong, with
the reason) are set aside; each figure is printed a second time over every report drawn,
as someone scoring without that list would see it. ASAM_DIR defaults to
../shared/data/asam (evaluation-only data, never shipped); without it the benchmark says so
and exits 0.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from benchmarks.asam_reports import (
    DATA_FILE,
    DEFAULT_DIR,
    SAMPLE_SEED,
    Report,
    headline_sample,
    read_reports,
    reviewed,
)
from benchmarks.coordinate_detector import has_coordinates
from maritime.extract import ExtractedEvent, extract
from maritime.geo.distance import distance_km
from maritime.geo.place import BBox, holds

RADIUS_KM = 161.0  # 100 statute miles
MAX_BOX_DEGREES = 20.0
DAY = timedelta(days=1)
WINDOW = timedelta(days=7)
TARGETS = {"coordinates": 0.98, "point": 0.78, "box": 0.92, "date": 0.96, "events": 0.95}


@dataclass
class Outcome:
    """What the product made of one report."""

    report: Report
    coordinates: bool
    event: ExtractedEvent | None
    events: int

    @property
    def off_km(self) -> float | None:
        place = self.event.place if self.event else None
        return distance_km(place.point, self.report.truth) if place else None

    @property
    def near(self) -> bool:
        off = self.off_km
        return off is not None and off <= RADIUS_KM

    @property
    def boxed(self) -> bool:
        place = self.event.place if self.event else None
        box = place.bbox if place else None
        return box is not None and _small(box) and holds(box, self.report.truth)

    @property
    def dated(self) -> bool:
        event = self.event
        if event is None or event.date_start is None:
            return False
        start, end, day = event.date_start, event.date_end or event.date_start, self.report.day
        if start == end:
            return abs(start - day) <= DAY
        return end - start <= WINDOW and start <= day <= end


def _in_group(outcome: Outcome, group: str) -> bool:
    return {
        "coordinates": outcome.coordinates,
        "names": not outcome.coordinates,
        "all": True,
    }[group]


def _small(box: BBox) -> bool:
    south, west, north, east = box
    width = east - west if west <= east else east + 360 - west
    return north - south <= MAX_BOX_DEGREES and width <= MAX_BOX_DEGREES


def outcome(report: Report) -> Outcome:
    events = extract(report.article())
    placed = [event for event in events if event.place is not None]
    main = placed[0] if placed else (events[0] if events else None)
    return Outcome(report, has_coordinates(report.text), main, len(events))


LINES = (
    ("coordinates", "near", "coordinates", "reports with coordinates, within 161 km"),
    ("names", "near", "point", "reports naming places only, point within 161 km"),
    ("names", "near_or_boxed", "box", "  ... point within 161 km or NGA inside a bbox <= 20 deg"),
    ("all", "dated", "date", "dated right (same day +-1, or a window <= 7 days holding it)"),
)


def _tests(outcome: Outcome) -> dict[str, bool]:
    return {
        "near": outcome.near,
        "near_or_boxed": outcome.near or outcome.boxed,
        "dated": outcome.dated,
    }


def _share(hits: int, count: int) -> str:
    return f"{hits}/{count} = {hits / count if count else 0.0:.3f}"


def summary(label: str, outcomes: list[Outcome], seconds: float) -> list[str]:
    """Place and date are scored on the reports that yield an event (a report with none
    has no place or date to score; how many do is the last line), and, in brackets, on
    every report of the group."""
    lines = [f"{label}: {len(outcomes)} reports, {1000 * seconds / len(outcomes):.2f} ms each"]
    for group, test, target, text in LINES:
        chosen = [o for o in outcomes if _in_group(o, group)]
        hits = sum(_tests(o)[test] for o in chosen)
        yielded = sum(o.events > 0 for o in chosen)
        lines.append(
            f"  {text}: {_share(hits, yielded)} (target >= {TARGETS[target]:.2f}; "
            f"of all {len(chosen)}: {hits / len(chosen) if chosen else 0.0:.3f})"
        )
    yielded = sum(o.events > 0 for o in outcomes)
    placed = sum(o.event is not None and o.event.place is not None for o in outcomes)
    lines.append(
        f"  reports yielding an event: {_share(yielded, len(outcomes))} (target >= "
        f"{TARGETS['events']:.2f}); with a place: {_share(placed, len(outcomes))}"
    )
    return lines


def miss_line(o: Outcome) -> str:
    place = o.event.place if o.event else None
    found = "no event" if o.event is None else "no place"
    if place is not None and o.event is not None:
        found = f"{o.event.place_phrase!r} -> {place.name} [{place.precision}] {o.off_km:.0f} km"
    truth = f"{o.report.truth[0]:.2f},{o.report.truth[1]:.2f}"
    return f"  miss {o.report.reference} ({truth}): {found} | {o.report.text[:300]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("asam_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--all", action="store_true", help="also score every report")
    parser.add_argument(
        "--seed",
        type=int,
        default=SAMPLE_SEED,
        help=f"draw the 2,000 with this seed (default {SAMPLE_SEED}, the headline sample)",
    )
    parser.add_argument("--misses", type=int, default=0, help="print N misses of --group")
    parser.add_argument(
        "--group",
        default="names",
        choices=["coordinates", "names", "box", "date", "events"],
        help="which misses to print",
    )
    args = parser.parse_args(argv)
    if not (args.asam_dir / DATA_FILE).is_file():
        print(f"skipped: ASAM data not found in {args.asam_dir} (pass the folder as an argument)")
        return 0
    reports = list(read_reports(args.asam_dir))
    runs = [(f"sample of 2,000 (2005-2022, seed {args.seed})", headline_sample(reports, args.seed))]
    if args.all:
        runs.append(("all reports", reports))
    wrong = reviewed()
    for label, drawn in runs:
        started = time.perf_counter()
        every = [outcome(report) for report in drawn]
        elapsed = time.perf_counter() - started
        outcomes = [o for o in every if o.report.reference not in wrong]
        set_aside = len(every) - len(outcomes)
        reviewed_label = f"{label}, less {set_aside} whose NGA position is reviewed as wrong"
        print("\n".join(summary(reviewed_label, outcomes, elapsed)))
        # An outsider scoring their own sample has no reviewed list: show that reading too.
        print("\n".join(summary(f"{label}, every report (no list)", every, elapsed)))
        missed = [o for o in outcomes if _missed(o, args.group)]
        for o in missed[: args.misses]:
            print(miss_line(o))
    return 0


def _missed(o: Outcome, group: str) -> bool:
    if group != "events" and o.events == 0:
        return False
    return {
        "coordinates": o.coordinates and not o.near,
        "names": not o.coordinates and not o.near,
        "box": not o.coordinates and not (o.near or o.boxed),
        "date": not o.dated,
        "events": o.events == 0,
    }[group]


if __name__ == "__main__":
    sys.exit(main())
