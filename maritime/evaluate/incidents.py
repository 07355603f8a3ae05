"""Score deduplication: does the database hold one event per real incident?

Gold annotations are per article. Events of one corpus that carry the same
`incident` slug tell one incident, and different slugs different ones; otherwise (no
slug, or two corpora) the same incident is recognised by type plus vessel name, or by
type plus identical dates and a nearby place. The database's grouping is read from
which event each article's matched claim landed in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import combinations

from maritime.evaluate.extraction import TOLERANCE_KM, GoldArticle, _km, _match

GoldKey = tuple[str, int]  # (article id, index of the event in its gold file)
# One side of a pair, in --json: where the gold event is and which stored event it landed in.
PairSide = dict[str, str | int]


@dataclass
class IncidentReport:
    gold_incidents: int
    events: int
    matched_mentions: int
    pair_precision: float
    pair_recall: float
    conflated_events: int  # events holding two or more distinct gold incidents
    # The pairs behind the two rates, for `maritime eval --json`: what to read next.
    pairs_apart: list[tuple[PairSide, PairSide]] = field(default_factory=list)
    pairs_joined_wrongly: list[tuple[PairSide, PairSide]] = field(default_factory=list)

    @property
    def events_per_incident(self) -> float:
        return self.events / self.gold_incidents if self.gold_incidents else 0.0

    @property
    def pair_f1(self) -> float:
        p, r = self.pair_precision, self.pair_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "pair_f1": self.pair_f1,
            "events_per_incident": self.events_per_incident,
        }

    def lines(self) -> list[str]:
        return [
            "deduplication across articles:",
            f"  distinct gold incidents {self.gold_incidents}, events in database {self.events}",
            f"  pairwise precision {self.pair_precision:.2f}, recall {self.pair_recall:.2f}, "
            f"F1 {self.pair_f1:.2f} over {self.matched_mentions} matched mentions",
            f"  events holding two distinct gold incidents: {self.conflated_events}",
        ]


def _same_incident(a: dict, b: dict, same_corpus: bool) -> bool:
    if same_corpus and a.get("incident") and b.get("incident"):
        return bool(a["incident"] == b["incident"])
    if a["type"] != b["type"]:
        return False
    name_a = (a.get("target_name") or "").casefold()
    name_b = (b.get("target_name") or "").casefold()
    if name_a and name_b:
        return name_a == name_b
    if name_a or name_b:
        return False
    if (a.get("date_start"), a.get("date_end")) != (b.get("date_start"), b.get("date_end")):
        return False
    if a.get("lat") is None or b.get("lat") is None:
        return a.get("lat") is None and b.get("lat") is None
    tolerance = max(TOLERANCE_KM.get(e.get("location_precision") or "region", 1000) for e in (a, b))
    return _km((a["lat"], a["lon"]), (b["lat"], b["lon"])) <= tolerance


def gold_incidents(gold: list[GoldArticle]) -> dict[GoldKey, int]:
    """Each gold event -> an incident number (union of events telling one incident)."""
    keys = [(article.id, i) for article in gold for i in range(len(article.events))]
    events = {(article.id, i): e for article in gold for i, e in enumerate(article.events)}
    corpus = {article.id: article.corpus for article in gold}
    parent = {k: k for k in keys}

    def root(k: GoldKey) -> GoldKey:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in combinations(keys, 2):
        one_corpus = corpus[a[0]] == corpus[b[0]]
        slugged = one_corpus and events[a].get("incident") and events[b].get("incident")
        if (a[0] != b[0] or slugged) and _same_incident(events[a], events[b], one_corpus):
            parent[root(a)] = root(b)
    roots = {root(k) for k in keys}
    number = {r: n for n, r in enumerate(sorted(roots))}
    return {k: number[root(k)] for k in keys}


def score_incidents(
    gold: list[GoldArticle], predicted: dict[str, list[dict]], events_in_database: int
) -> IncidentReport:
    """`predicted` maps article id to its claims, each with the `event_id` it landed in."""
    incident = gold_incidents(gold)
    landed: dict[GoldKey, int] = {}
    for article in gold:
        claims = predicted.get(article.id, [])
        for g, p in _match(article.events, claims):
            landed[(article.id, g)] = claims[p]["event_id"]
    same_event = same_incident = both = 0
    apart: list[tuple[PairSide, PairSide]] = []
    wrong: list[tuple[PairSide, PairSide]] = []

    def side(key: GoldKey) -> PairSide:
        return {"article": key[0], "gold_event": key[1], "event_id": landed[key]}

    for a, b in combinations(sorted(landed), 2):
        by_event = landed[a] == landed[b]
        by_gold = incident[a] == incident[b]
        same_event += by_event
        same_incident += by_gold
        both += by_event and by_gold
        if by_event != by_gold:
            (wrong if by_event else apart).append((side(a), side(b)))
    incidents_per_event: dict[int, set[int]] = {}
    for key, event_id in landed.items():
        incidents_per_event.setdefault(event_id, set()).add(incident[key])
    return IncidentReport(
        gold_incidents=len(set(incident.values())),
        events=events_in_database,
        matched_mentions=len(landed),
        pair_precision=both / same_event if same_event else 1.0,
        pair_recall=both / same_incident if same_incident else 1.0,
        conflated_events=sum(len(s) > 1 for s in incidents_per_event.values()),
        pairs_apart=apart,
        pairs_joined_wrongly=wrong,
    )
