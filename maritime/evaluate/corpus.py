"""Score the whole pipeline on an annotated corpus, through a throwaway database.

Going through ingest and storage (not calling the extractor directly) means the
figures measure what users get: reading, extraction, geocoding and storage.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from maritime.db import models
from maritime.db.engine import open_database, read_session
from maritime.errors import InputFileError
from maritime.evaluate.extraction import Report, load_gold, score
from maritime.evaluate.incidents import IncidentReport, score_incidents
from maritime.evaluate.registry import RegistryReport, score_registry
from maritime.ingest import IngestSummary, ingest
from maritime.query.claims import article_claims
from maritime.read import read_inputs
from maritime.read.article import Article


@dataclass
class CorpusScore:
    extraction: Report
    incidents: IncidentReport
    registry: RegistryReport
    ingest: IngestSummary

    def to_dict(self) -> dict:
        return {
            **self.extraction.to_dict(),
            "incidents": self.incidents.to_dict(),
            "registry": self.registry.to_dict(),
        }

    def lines(self) -> list[str]:
        """What `maritime eval` prints after the extraction table."""
        return self.incidents.lines() + self.registry.lines()


def evaluate_corpus(corpus_dir: Path) -> CorpusScore:
    """Ingest every annotated article (with its gold publication date as --published
    would give it) and score what each article was found to claim."""
    gold = load_gold(corpus_dir)
    if not gold:
        raise InputFileError(
            f"{corpus_dir}: no *.gold.json annotations found; see docs/evaluation.md"
        )
    with tempfile.TemporaryDirectory(prefix="maritime-eval-") as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'eval.db'}")
        summary = IngestSummary()
        uri_to_gold: dict[str, str] = {}
        for article in gold:
            items = list(read_inputs([str(article.path)], published=article.published))
            # A page's canonical url, not its path, names it in the database.
            uri_to_gold.update({i.uri: article.id for i in items if isinstance(i, Article)})
            part = ingest(engine, items)
            summary.new += part.new
            summary.failed += part.failed
            summary.events_new += part.events_new
            summary.events_merged += part.events_merged
            summary.errors += part.errors
        with read_session(engine) as session:
            claims = article_claims(session)
            events = session.exec(select(func.count()).select_from(models.Event)).one()
            registry = score_registry(gold, session)
        engine.dispose()
    predicted = {uri_to_gold[uri]: events for uri, events in claims.items() if uri in uri_to_gold}
    return CorpusScore(
        extraction=score(gold, predicted),
        incidents=score_incidents(gold, predicted, events),
        registry=registry,
        ingest=summary,
    )
