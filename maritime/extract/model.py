"""The records the extractor produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from maritime.geo.place import Place


@dataclass
class VesselMention:
    name: str | None
    vessel_type: str | None
    flag: str | None = None  # ISO 3166-1 alpha-3
    imo: str | None = None
    mmsi: str | None = None
    former_names: list[str] = field(default_factory=list)


@dataclass
class Evidence:
    """One place in the article that tells of the event (offsets into Article.text)."""

    sentence_start: int
    sentence_end: int
    evidence_start: int
    evidence_end: int


@dataclass
class ExtractedEvent:
    type: str
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    date_phrase: str | None
    date_basis: str | None  # "sentence", "statement", "context" or "published"
    place_phrase: str | None
    place: Place | None
    actor: str | None
    actor_country: str | None
    actor_kind: str | None
    vessels: list[VesselMention]
    vessel_count: int | None
    killed: int | None
    mentions: list[Evidence]


class Extraction(list[ExtractedEvent]):
    """An article's events, plus the ships it names outside any of them ("the Suez Rajan, a
    tanker seized last year"): the registry learns those too, so a ship the article only
    mentions can still be looked up and joined to incidents other articles report."""

    def __init__(self, events: list[ExtractedEvent], named: list[VesselMention]) -> None:
        super().__init__(events)
        self.named = named
