"""Score extracted events against gold annotations (the `maritime eval` command)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from math import asin, cos, radians, sin, sqrt
from pathlib import Path

from maritime.errors import InputFileError
from maritime.types import EVENT_TYPES

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".json")
# How far a predicted place may lie from the gold point, by the gold place's precision.
TOLERANCE_KM = {"point": 50, "port": 50, "coast": 300, "sea": 600, "region": 1000, "country": 800}
FIELDS = ("dates", "place", "actor_country", "vessel_name", "vessel_count", "killed")
_TOKEN = re.compile(r"[a-z0-9]+")
# Share of one evidence's words another must hold to tell of the same sentence (gold and
# predicted evidence quote different spans of it), and to be a non-event's sentence.
SAME_EVIDENCE = 0.5
NON_EVENT_EVIDENCE = 0.6


@dataclass
class GoldArticle:
    id: str
    path: Path
    published: date | None
    events: list[dict]
    non_events: list[str]
    corpus: str = ""  # the folder it came from: `incident` slugs name incidents within it


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    non_event_hits: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)  # gold events not found
    spurious: list[dict] = field(default_factory=list)  # predicted events matching no gold
    field_errors: list[dict] = field(default_factory=list)

    def field_accuracy(self, name: str) -> float:
        return self.field_correct[name] / self.overall.matched if self.overall.matched else 0.0

    def to_dict(self) -> dict:
        return {
            "overall": self.overall.to_dict(),
            "by_type": {t: c.to_dict() for t, c in self.by_type.items()},
            "fields": {name: self.field_accuracy(name) for name in FIELDS},
            "non_event_hits": self.non_event_hits,
            "misses": self.misses,
            "spurious": self.spurious,
            "field_errors": self.field_errors,
        }


def load_gold(corpus_dir: Path) -> list[GoldArticle]:
    """Every NAME.gold.json in `corpus_dir` paired with its article file NAME.(txt|html|json)."""
    corpus = Path(corpus_dir).resolve().name
    articles = []
    for gold_path in sorted(Path(corpus_dir).glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        article_path = next(
            (
                gold_path.with_name(stem + s)
                for s in ARTICLE_SUFFIXES
                if gold_path.with_name(stem + s).exists()
            ),
            None,
        )
        if article_path is None:
            raise InputFileError(
                f"{gold_path}: no article file {stem}.txt/.html/.json next to it; "
                "add it or remove the gold file"
            )
        data = json.loads(gold_path.read_text("utf-8"))
        published = date.fromisoformat(data["published"]) if data.get("published") else None
        articles.append(
            GoldArticle(
                data.get("id", stem),
                article_path,
                published,
                data["events"],
                data.get("non_events", []),
                corpus,
            )
        )
    return articles


def _tokens(text: str | None) -> set[str]:
    return set(_TOKEN.findall((text or "").lower()))


def share_covered(part: str | None, whole: str | None) -> float:
    """Share of `part`'s words found in `whole`."""
    tokens = _tokens(part)
    return len(tokens & _tokens(whole)) / len(tokens) if tokens else 0.0


def _interval(event: dict, prefix: str = "date") -> tuple[date, date] | None:
    start, end = event.get(f"{prefix}_start"), event.get(f"{prefix}_end")
    if not start or not end:
        return None
    return date.fromisoformat(start), date.fromisoformat(end)


def _date_overlap(gold: dict, predicted: dict) -> float | None:
    """Jaccard overlap of the two date intervals in days; None when either is unknown."""
    a, b = _interval(gold), _interval(predicted)
    if a is None or b is None:
        return None
    inter = (min(a[1], b[1]) - max(a[0], b[0])).days + 1
    if inter <= 0:
        return 0.0
    union = (max(a[1], b[1]) - min(a[0], b[0])).days + 1
    return inter / union


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


def _vessel_name(predicted: dict) -> str | None:
    names = [v.get("name") for v in predicted.get("vessels") or [] if v.get("name")]
    return names[0] if names else None


def tolerance_km(gold: dict) -> float:
    """How far a predicted point may lie from this gold event's point."""
    return TOLERANCE_KM.get(gold.get("location_precision") or "region", 1000)


def place_km(gold: dict, predicted: dict) -> float | None:
    """Distance from the gold point to the predicted one; None when either is missing."""
    place = predicted.get("place")
    if gold.get("lat") is None or place is None:
        return None
    return _km((gold["lat"], gold["lon"]), (place["lat"], place["lon"]))


def field_checks(gold: dict, predicted: dict) -> dict[str, bool]:
    """Per-field correctness of a matched pair."""
    km = place_km(gold, predicted)
    if gold.get("lat") is None:
        place_ok = predicted.get("place") is None
    else:
        place_ok = km is not None and km <= tolerance_km(gold)
    gold_name = (gold.get("target_name") or "").lower() or None
    name = (_vessel_name(predicted) or "").lower() or None
    return {
        "dates": _interval(gold) == _interval(predicted),
        "place": place_ok,
        "actor_country": gold.get("actor_country") == predicted.get("actor_country"),
        "vessel_name": gold_name == name,
        "vessel_count": gold.get("vessel_count") == predicted.get("vessel_count"),
        "killed": gold.get("killed") == predicted.get("killed"),
    }


def _pair_score(gold: dict, predicted: dict) -> float | None:
    """How well a same-type pair fits (higher is better); None when it cannot match."""
    if gold["type"] != predicted["type"]:
        return None
    overlap = _date_overlap(gold, predicted)
    if overlap is None:
        overlap = share_covered(gold.get("evidence"), predicted.get("evidence"))
        if overlap < SAME_EVIDENCE:
            return None
    elif overlap == 0.0:
        return None
    agreement = sum(field_checks(gold, predicted).values()) / len(FIELDS)
    return overlap + agreement


def _match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedily by best fit."""
    scored = [
        (score, g, p)
        for g, gold_event in enumerate(gold)
        for p, predicted_event in enumerate(predicted)
        if (score := _pair_score(gold_event, predicted_event)) is not None
    ]
    pairs, used_gold, used_predicted = [], set(), set()
    for _score, g, p in sorted(scored, key=lambda x: -x[0]):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return pairs


def score(gold: list[GoldArticle], predicted: dict[str, list[dict]]) -> Report:
    """Precision/recall/F1 per type and overall, field accuracy over matched events, and
    predicted events read from sentences the annotators marked as non-events."""
    report = Report(by_type={t: Counts() for t in EVENT_TYPES})
    for article in gold:
        events = predicted.get(article.id, [])
        pairs = _match(article.events, events)
        matched_gold = {g: p for g, p in pairs}
        matched_predicted = {p: g for g, p in pairs}
        for event in article.events:
            _count(report, event["type"], gold=1)
        for event in events:
            _count(report, event["type"], predicted=1)
        for g, p in pairs:
            _count(report, article.events[g]["type"], matched=1)
            for name, ok in field_checks(article.events[g], events[p]).items():
                report.field_correct[name] += ok
                if not ok:
                    report.field_errors.append(
                        _difference(article.id, name, article.events[g], events[p])
                    )
        report.misses.extend(
            {"article": article.id, **_brief(e)}
            for g, e in enumerate(article.events)
            if g not in matched_gold
        )
        report.spurious.extend(
            {"article": article.id, **_brief(e)}
            for p, e in enumerate(events)
            if p not in matched_predicted
        )
        report.non_event_hits.extend(_non_event_hits(article, events, matched_predicted))
    return report


def _count(report: Report, event_type: str, **increments: int) -> None:
    for counts in (report.overall, report.by_type.setdefault(event_type, Counts())):
        for name, value in increments.items():
            setattr(counts, name, getattr(counts, name) + value)


def _brief(event: dict) -> dict:
    return {
        "type": event["type"],
        "dates": f"{event.get('date_start')}..{event.get('date_end')}",
        "evidence": event.get("evidence"),
    }


def _difference(article_id: str, name: str, gold: dict, predicted: dict) -> dict:
    place = predicted.get("place") or {}
    shown = {
        "dates": (
            f"{gold.get('date_start')}..{gold.get('date_end')}",
            f"{predicted.get('date_start')}..{predicted.get('date_end')}",
        ),
        "place": (gold.get("location"), place.get("name")),
        "actor_country": (gold.get("actor_country"), predicted.get("actor_country")),
        "vessel_name": (gold.get("target_name"), _vessel_name(predicted)),
        "vessel_count": (gold.get("vessel_count"), predicted.get("vessel_count")),
        "killed": (gold.get("killed"), predicted.get("killed")),
    }[name]
    difference = {
        "article": article_id,
        "field": name,
        "type": gold["type"],
        "gold": shown[0],
        "predicted": shown[1],
        "evidence": gold.get("evidence"),
    }
    if name == "place":
        km = place_km(gold, predicted)
        difference |= {
            "gold_point": None if gold.get("lat") is None else (gold["lat"], gold["lon"]),
            "predicted_point": (place["lat"], place["lon"]) if place else None,
            "km": None if km is None else round(km),
            "tolerance_km": tolerance_km(gold),
        }
    return difference


def _non_event_hits(
    article: GoldArticle, events: list[dict], matched: dict[int, int]
) -> Iterable[dict]:
    """Predicted events whose evidence is a sentence the annotators called a non-event
    (and not also the sentence of the gold event they matched)."""
    for p, event in enumerate(events):
        evidence = event.get("evidence")
        for text in article.non_events:
            if share_covered(text, evidence) < NON_EVENT_EVIDENCE:
                continue
            if (
                p in matched
                and share_covered(article.events[matched[p]].get("evidence"), evidence)
                >= SAME_EVIDENCE
            ):
                continue
            yield {
                "article": article.id,
                "non_event": text,
                "type": event["type"],
                "evidence": evidence,
            }


def format_report(report: Report) -> str:
    """A plain-text table: per-type and overall P/R/F1, field accuracies, non-event hits."""
    lines = [f"{'type':<12}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}"]
    rows = [(t, c) for t, c in report.by_type.items() if c.gold or c.predicted] + [
        ("overall", report.overall)
    ]
    for name, c in rows:
        lines.append(
            f"{name:<12}{c.gold:>6}{c.predicted:>6}{c.matched:>7}{c.precision:>7.2f}{c.recall:>7.2f}{c.f1:>7.2f}"
        )
    lines.append("")
    lines.append("field accuracy over matched events:")
    lines.extend(f"  {name:<14}{report.field_accuracy(name):>6.2f}" for name in FIELDS)
    lines.append(f"non-event sentences turned into events: {len(report.non_event_hits)}")
    return "\n".join(lines)
