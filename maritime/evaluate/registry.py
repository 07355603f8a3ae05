"""Score the vessel registry: is every ship the gold names in it, once?

A ship named in several articles (or under a former name the articles give) must be
one registry row carrying each of those names. Gold annotations name the target of
each event; a name found under two registry rows is a ship split in two.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlmodel import Session, select

from maritime.db import models
from maritime.evaluate.extraction import GoldArticle


@dataclass
class RegistryReport:
    named: int  # distinct ship names in the gold
    registered: int  # of those, carried by exactly one registry row
    split: list[str] = field(default_factory=list)  # carried by two or more rows
    missing: list[str] = field(default_factory=list)  # carried by none

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def lines(self) -> list[str]:
        lines = [
            "vessel registry:",
            f"  gold ship names {self.named}, each on exactly one registry vessel "
            f"{self.registered}, split across vessels {len(self.split)}",
        ]
        if self.missing:
            lines.append(f"  not in the registry: {', '.join(self.missing)}")
        if self.split:
            lines.append(f"  split: {', '.join(self.split)}")
        return lines


def score_registry(gold: list[GoldArticle], session: Session) -> RegistryReport:
    names = {
        name.casefold(): name
        for article in gold
        for event in article.events
        if (name := (event.get("target_name") or "").strip())
    }
    carriers: dict[str, set[int]] = {key: set() for key in names}
    for name, vessel_id in session.exec(
        select(models.VesselName.name, models.VesselName.vessel_id)
    ).all():
        if name.casefold() in carriers:
            carriers[name.casefold()].add(vessel_id)
    return RegistryReport(
        named=len(names),
        registered=sum(len(ids) == 1 for ids in carriers.values()),
        split=sorted(names[key] for key, ids in carriers.items() if len(ids) > 1),
        missing=sorted(names[key] for key, ids in carriers.items() if not ids),
    )
