"""Score the whole pipeline on an annotated corpus, through a throwaway database.

Going through ingest and storage (not calling the extractor directly) means the
figures measure what users get: reading, extraction, geocoding and storage.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlmodel import Session

from maritime.db import open_database
from maritime.evaluate import Report, load_gold, score
from maritime.ingest import IngestSummary, ingest
from maritime.query.claims import article_claims
from maritime.read import read_inputs


def evaluate_corpus(corpus_dir: Path) -> tuple[Report, IngestSummary]:
    """Ingest every annotated article (with its gold publication date as --published
    would give it) and score what each article was found to claim."""
    gold = load_gold(corpus_dir)
    if not gold:
        raise ValueError(f"{corpus_dir}: no *.gold.json annotations found; see docs/evaluation.md")
    with tempfile.TemporaryDirectory(prefix="maritime-eval-") as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'eval.db'}")
        summary = IngestSummary()
        for article in gold:
            items = read_inputs([str(article.path)], published=article.published)
            part = ingest(engine, items)
            summary.new += part.new
            summary.failed += part.failed
            summary.events_new += part.events_new
            summary.events_merged += part.events_merged
            summary.errors += part.errors
        with Session(engine) as session:
            claims = article_claims(session)
        engine.dispose()
    by_path = {str(a.path): a.id for a in gold}
    predicted = {by_path[uri]: events for uri, events in claims.items() if uri in by_path}
    return score(gold, predicted), summary
