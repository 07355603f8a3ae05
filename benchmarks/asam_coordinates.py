"""Every ASAM report whose coordinates the product's parser misses or misreads.

Usage: python -m benchmarks.asam_coordinates [ASAM_DIR] [--all]

For each report where the independent detector (benchmarks.coordinate_detector) sees a
position, `maritime.geo.coordinates.find_coordinates` must give a point within 161 km of
NGA's position. Listed: reports where it gives nothing, and reports where its nearest
point is farther than that (noting where the text's own hemisphere letter is wrong: a
flipped reading lands on NGA's position). Reports in benchmarks/asam_wrong_positions.tsv (NGA's
position or the report's own figures are known to be wrong, with the reason) are counted
apart and listed only with --all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.asam_reports import DATA_FILE, DEFAULT_DIR, Report, read_reports, reviewed
from benchmarks.coordinate_detector import detect
from maritime.geo.coordinates import find_coordinates
from maritime.geo.distance import distance_km

RADIUS_KM = 161.0


def problem(report: Report) -> str | None:
    """Why the parser fails this report, or None when it reads it right."""
    detected = detect(report.text)
    if not detected:
        return None
    parsed = find_coordinates(report.text)
    if not parsed:
        shown = "; ".join(report.text[d.start : d.end] for d in detected)
        return f"parser reads nothing in {shown!r}"
    off, phrase, lat, lon = min(
        (distance_km((lat, lon), report.truth), report.text[start:end], lat, lon)
        for start, end, lat, lon in parsed
    )
    if off <= RADIUS_KM:
        return None
    flipped = [(-lat, lon), (lat, -lon), (-lat, -lon)]
    if any(distance_km(point, report.truth) <= RADIUS_KM for point in flipped):
        return f"{TYPO}: {phrase!r}"
    return f"nearest parsed {phrase!r} is {off:.0f} km off"


TYPO = "the text's hemisphere letter is wrong"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("asam_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--all", action="store_true", help="also list the reviewed reports")
    args = parser.parse_args(argv)
    if not (args.asam_dir / DATA_FILE).is_file():
        print(f"skipped: ASAM data not found in {args.asam_dir} (pass the folder as an argument)")
        return 0
    known = reviewed()
    detected = failed = excused = typos = 0
    for report in read_reports(args.asam_dir):
        detected += bool(detect(report.text))
        why = problem(report)
        if why is None:
            continue
        truth = f"NGA {report.truth[0]:.2f},{report.truth[1]:.2f}"
        if report.reference in known:
            excused += 1
            if args.all:
                print(f"reviewed {report.reference}: {why} ({truth}; {known[report.reference]})")
            continue
        failed += 1
        typos += why.startswith(TYPO)
        print(f"{report.reference}: {why} ({truth}) | {report.text[:200]}")
    print(
        f"{detected} reports with coordinates (detector); parser wrong or silent on {failed} "
        f"(in {typos} of them the text's own hemisphere letter is wrong), and on {excused} "
        "more whose NGA position is reviewed as wrong"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
