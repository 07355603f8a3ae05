"""How well find_places places real NGA ASAM piracy reports.

Usage: python benchmarks/asam_geocode.py [ASAM_DIR] [--misses N] [--extent-misses]

Each report's narrative is read as the extractor reads an article (sentences, their
places, minus vessel and actor names, flags, voyages' origins and destinations) and the
most exact place it names (extract.placing.most_specific) is compared with NGA's coded
position. Prints the share placed within 161 km (100 statute
miles) for reports that carry coordinates in the text and for reports that only name
places. ASAM_DIR defaults to ../shared/data/asam beside the repository (evaluation-only
data, never shipped); without it the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from maritime.extract.analysis import analyse
from maritime.extract.placing import most_specific
from maritime.geo.coordinates import find_coordinates
from maritime.geo.distance import distance_km, within
from maritime.geo.resolve import PlaceSpan, at_sea
from maritime.read.article import Article

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "asam"
DATA_FILE = "asam_nga_arcgis_1978-2020.csv"
RADIUS_KM = 161.0


def report_place(text: str, reference: str) -> PlaceSpan | None:
    """The place the product would give the report's incident."""
    analysed = analyse(Article(text, f"urn:nga-asam:{reference}"))
    return most_specific([(item.sentence.text, span) for item in analysed for span in item.places])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("asam_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--misses", type=int, default=0, help="print N misses per group")
    parser.add_argument(
        "--extent-misses",
        action="store_true",
        help="list only reports that miss even against the extent found",
    )
    args = parser.parse_args(argv)
    path = args.asam_dir / DATA_FILE
    if not path.is_file():
        print(f"skipped: ASAM data not found at {path} (pass the folder as an argument)")
        return 0

    started = time.perf_counter()
    totals = {"coordinates": [0, 0], "names": [0, 0]}
    # An area (a sea, a country's waters) is a right answer when the report names only
    # the area: this counts a report as placed when its position lies within 161 km of
    # the extent found, as `timeline --near` does.
    in_extent = {"coordinates": 0, "names": 0}
    misses: dict[str, list[str]] = {"coordinates": [], "names": []}
    unplaced = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(row["description"].split())
            if not text:
                continue
            truth = (float(row["Y"]), float(row["X"]))
            group = "coordinates" if find_coordinates(text) else "names"
            span = report_place(text, row["reference"])
            near = span is not None and distance_km(at_sea(span.place).point, truth) <= RADIUS_KM
            inside = span is not None and within(span.place, truth, RADIUS_KM)
            totals[group][0] += near
            in_extent[group] += inside
            totals[group][1] += 1
            unplaced += span is None
            missed = not inside if args.extent_misses else not near
            if missed and len(misses[group]) < args.misses:
                found = "nothing"
                if span:
                    off = distance_km(at_sea(span.place).point, truth)
                    found = f"{span.phrase!r} -> {span.place.name} ({off:.0f} km off)"
                found += f" [truth {truth[0]:.2f},{truth[1]:.2f}]"
                misses[group].append(f"{row['reference']}: {found} | {text[:220]}")

    elapsed = time.perf_counter() - started
    for group, label, target in (
        ("coordinates", "reports with coordinates in the text", 98.0),
        ("names", "reports naming places only", 85.0),
    ):
        hits, count = totals[group]
        share = 100.0 * hits / count if count else 0.0
        print(f"{label}: {hits}/{count} placed within {RADIUS_KM:.0f} km = {share:.1f}% "
              f"(target >= {target:.0f}%)")  # fmt: skip
        extent = 100.0 * in_extent[group] / count if count else 0.0
        print(f"  ... within {RADIUS_KM:.0f} km of the extent found: {extent:.1f}%")
        for line in misses[group]:
            print(f"  miss {line}")
    reports = sum(count for _, count in totals.values())
    print(f"reports with no place found: {unplaced}; {reports} reports in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
