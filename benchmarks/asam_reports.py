"""NGA ASAM reports as the geocoding benchmarks read them: text, date, NGA's position.

The MSI export (``asam_nga_msi_1978-2022-06.csv``) is used because it holds the newest
reports; its ``position`` column is DMS text (``1°07'00"N`` LF ``103°31'00"E``), which
agrees within 1 km with the ArcGIS file's decimal X/Y wherever both have a report (see
PROVENANCE.md). Evaluation data only: nothing read here is ever shipped.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from maritime.read.article import Article


def _default_dir() -> Path:
    """../shared/data/asam beside the repository, or beside any folder holding it (a
    worktree under /work/wt/ finds /work/shared)."""
    here = Path(__file__).resolve()
    found = (p / "shared" / "data" / "asam" for p in here.parents)
    return next((path for path in found if path.is_dir()), here.parents[2] / "shared")


DEFAULT_DIR = _default_dir()
DATA_FILE = "asam_nga_msi_1978-2022-06.csv"
# A news item about a report appears a few days after the incident.
PUBLICATION_DELAY = timedelta(days=3)
# The headline sample: fixed, so every run and every engineer measures the same reports.
SAMPLE_SIZE = 2000
SAMPLE_SEED = 14
SAMPLE_YEARS = (2005, 2022)

REVIEWED = Path(__file__).with_name("asam_wrong_positions.tsv")
_DMS_RE = re.compile(r"(\d+)°(\d+)'([\d.]+)\"\s*([NSEW])")


@dataclass(frozen=True)
class Report:
    reference: str
    day: date
    text: str
    truth: tuple[float, float]  # NGA's position, (lat, lon)

    def article(self) -> Article:
        """The report fed to the product as a news item published three days later."""
        return Article(
            self.text, f"urn:nga-asam:{self.reference}", published=self.day + PUBLICATION_DELAY
        )


def _position(text: str) -> tuple[float, float]:
    lat, lon = (
        (-1 if hemisphere in "SW" else 1) * (int(d) + int(m) / 60 + float(s) / 3600)
        for d, m, s, hemisphere in _DMS_RE.findall(text)
    )
    return lat, lon


def read_reports(asam_dir: Path) -> Iterator[Report]:
    """Every report with a narrative, in file order (newest first)."""
    with (asam_dir / DATA_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(row["description"].split())
            if text:
                day = date.fromisoformat(row["date"])
                yield Report(row["reference"], day, text, _position(row["position"]))


def headline_sample(reports: list[Report], seed: int = SAMPLE_SEED) -> list[Report]:
    """A fixed random sample of SAMPLE_SIZE reports dated within SAMPLE_YEARS; another
    seed draws another sample, to check that a gain is not peculiar to the headline's."""
    first, last = SAMPLE_YEARS
    eligible = [r for r in reports if first <= r.day.year <= last]
    return random.Random(seed).sample(eligible, SAMPLE_SIZE)


def reviewed() -> dict[str, str]:
    """Reference -> why NGA's position cannot be the right answer (reviewed by hand)."""
    with REVIEWED.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {reference: reason for reference, reason in rows}
