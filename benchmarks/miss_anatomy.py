"""Why events are missed or spurious, counted per corpus and never shown one by one.

Usage: python -m benchmarks.miss_anatomy CORPUS_DIR...

Held-out corpora may only be looked at in aggregate; this splits their errors into kinds
that point at a part of the pipeline without printing a sentence. A gold event's sentence
is the one its evidence quotes.

misses (gold events not matched)
  date      the event made from its sentence has its type, and dates that match no gold
  type      the event made from its sentence has another type
  sibling   another gold event of that sentence was matched (a list or a second act lost)
  unheard   the sentence analysis found no trigger there: "unworded" when no trigger word
            of its type occurs (a wording the lexicon lacks), "unheard" when one does and
            its checks (voice, a vessel for its object) turned it down
  dropped   a trigger of its type was found, and no event came of it (modality, a noun
            that tells no incident, a class of ships)
  taken     an event of its type was made from it, then went to another gold event: dated
            like another incident and merged with it, or one event for two acts
  other     only triggers of another type were found, and nothing came of them
spurious (predicted events not matched)
  date/type the other half of the two miss kinds above
  extra     a gold sentence whose events were all matched gave one more
  non-event a sentence the annotators marked as no incident
  unmarked  a sentence with no gold event and no non-event mark
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from maritime.evaluate.corpus import evaluate_corpus
from maritime.evaluate.extraction import (
    NON_EVENT_EVIDENCE,
    SAME_EVIDENCE,
    GoldArticle,
    load_gold,
    share_covered,
)
from maritime.extract import engine
from maritime.extract.analysis import analyse
from maritime.extract.model import ExtractedEvent
from maritime.extract.triggers import lexicon_types
from maritime.read import read_inputs
from maritime.read.article import Article

MISS_KINDS = ("date", "type", "sibling", "unworded", "unheard", "dropped", "taken", "other")
SPURIOUS_KINDS = ("date", "type", "extra", "non-event", "unmarked")


def _same(a: str | None, b: str | None) -> bool:
    return share_covered(a, b) >= SAME_EVIDENCE or share_covered(b, a) >= SAME_EVIDENCE


def _read(article: GoldArticle) -> Article:
    items = read_inputs([str(article.path)], published=article.published)
    return next(item for item in items if isinstance(item, Article))


def _unmerged(article: Article) -> list[ExtractedEvent]:
    """The events extract() makes before merging mentions of one incident: whether a
    sentence gave an event at all, whatever became of it."""
    made: list[ExtractedEvent] = []
    merge = engine.merge_coreferent

    def keep(events: list[ExtractedEvent], text: str) -> list[ExtractedEvent]:
        made.extend(events)
        return merge(events, text)

    engine.merge_coreferent = keep
    try:
        engine.extract(article)
    finally:
        engine.merge_coreferent = merge
    return made


def _silence(article: GoldArticle, event: dict) -> str:
    """Where the pipeline lost a gold event whose sentence gave no unmatched event."""
    text = _read(article)
    found = {
        trigger.type
        for item in analyse(text)
        if _same(event["evidence"], item.sentence.text)
        for trigger in item.triggers
    }
    if not found:
        return "unheard" if event["type"] in lexicon_types(event["evidence"]) else "unworded"
    if event["type"] not in found:
        return "other"
    sentences = [
        text.text[e.mentions[0].sentence_start : e.mentions[0].sentence_end]
        for e in _unmerged(text)
        if e.type == event["type"]
    ]
    made = any(_same(event["evidence"], sentence) for sentence in sentences)
    return "taken" if made else "dropped"


def anatomy(corpus_dir: Path) -> tuple[Counter, Counter, Counter]:
    """(miss kinds, spurious kinds, miss kinds by gold type) for one corpus."""
    gold = {article.id: article for article in load_gold(corpus_dir)}
    report = evaluate_corpus(corpus_dir).extraction
    spurious_in: dict[str, list[dict]] = defaultdict(list)
    for event in report.spurious:
        spurious_in[event["article"]].append(event)
    missed_in: dict[str, list[dict]] = defaultdict(list)
    for event in report.misses:
        missed_in[event["article"]].append(event)

    misses, by_type = Counter(), Counter()
    for event in report.misses:
        article = gold[event["article"]]
        same = [o for o in spurious_in[article.id] if _same(event["evidence"], o["evidence"])]
        missed = {m["evidence"] for m in missed_in[article.id]}
        siblings = [
            g
            for g in article.events
            if g.get("evidence") not in missed and _same(event["evidence"], g.get("evidence"))
        ]
        if any(o["type"] == event["type"] for o in same):
            kind = "date"
        elif same:
            kind = "type"
        elif siblings:
            kind = "sibling"
        else:
            kind = _silence(article, event)
        misses[kind] += 1
        by_type[(event["type"], kind)] += 1

    spurious = Counter()
    for event in report.spurious:
        article = gold[event["article"]]
        missed = [m for m in missed_in[article.id] if _same(m["evidence"], event["evidence"])]
        if any(m["type"] == event["type"] for m in missed):
            kind = "date"
        elif missed:
            kind = "type"
        elif any(_same(g.get("evidence"), event["evidence"]) for g in article.events):
            kind = "extra"
        elif any(
            share_covered(text, event["evidence"]) >= NON_EVENT_EVIDENCE
            for text in article.non_events
        ):
            kind = "non-event"
        else:
            kind = "unmarked"
        spurious[kind] += 1
    return misses, spurious, by_type


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args()
    kinds = "".join(f"{k:>9}" for k in MISS_KINDS)
    print(f"{'corpus':<14}{'misses':>7}{kinds} |" + "".join(f"{k:>10}" for k in SPURIOUS_KINDS))
    totals: Counter = Counter()
    for corpus in args.corpora:
        misses, spurious, by_type = anatomy(corpus)
        totals.update(by_type)
        row = "".join(f"{misses[k]:>9}" for k in MISS_KINDS) + " |"
        row += "".join(f"{spurious[k]:>10}" for k in SPURIOUS_KINDS)
        print(f"{corpus.name[:13]:<14}{sum(misses.values()):>7}{row}")
    print("\nmisses by gold type, all corpora named:")
    for event_type in sorted({t for t, _ in totals}):
        counts = [f"{k}={totals[(event_type, k)]}" for k in MISS_KINDS if totals[(event_type, k)]]
        print(f"  {event_type:<12}{' '.join(counts)}")


if __name__ == "__main__":
    main()
