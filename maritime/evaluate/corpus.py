"""Score the whole pipeline on an annotated corpus, through a throwaway database.

Going through ingest and storage (not calling the extractor directly) means the
figures measure what users get: reading, extraction, geocoding and storage.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from maritime.db import models
from maritime.db.engine import open_database, read_session
from maritime.errors import InputFileError
from maritime.evaluate.extraction import GoldArticle, Report, load_gold, score
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
    articles: int

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
    """Ingest every annotated article of one folder into a database of its own and score
    what each article was found to claim."""
    gold = load_gold(corpus_dir)
    if not gold:
        raise InputFileError(
            f"{corpus_dir}: no *.gold.json annotations found; see docs/evaluation.md"
        )
    return _evaluate(gold)


def evaluate_together(corpus_dirs: list[Path]) -> CorpusScore:
    """All folders in one database, as a user's database holds many sources: the same
    incident told in two corpora should become one event too."""
    gold = [
        replace(article, id=f"{article.corpus}/{article.id}")
        for corpus_dir in corpus_dirs
        for article in load_gold(corpus_dir)
    ]
    return _evaluate(gold)


def _evaluate(gold: list[GoldArticle]) -> CorpusScore:
    """Ingest the articles (with each gold publication date as --published would give
    it) into a throwaway database and score what each article was found to claim."""
    with tempfile.TemporaryDirectory(prefix="maritime-eval-") as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'eval.db'}")
        summary = IngestSummary()
        uri_to_gold: dict[str, str] = {}
        for article in gold:
            items = list(read_inputs([str(article.path)], published=article.published))
            # A page's canonical url, not its path, names it in the database.
            uri_to_gold.update({i.uri: article.id for i in items if isinstance(i, Article)})
            summary.merge(ingest(engine, items))
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
        articles=len(gold),
    )


SUMMARY_COLUMNS = (
    f"{'corpus':<16}{'art':>5}{'gold':>6}{'pred':>6}{'P':>6}{'R':>6}{'F1':>6}"
    f"{'date':>6}{'place':>6}{'actor':>6}{'vessel':>7}{'non-ev':>7}"
    f"{'pairP':>7}{'pairR':>7}{'ev/inc':>7}"
)


def summary_line(name: str, result: CorpusScore) -> str:
    """One corpus's headline figures, aligned under SUMMARY_COLUMNS."""
    overall, report, dedup = result.extraction.overall, result.extraction, result.incidents
    return (
        f"{name[:15]:<16}{result.articles:>5}{overall.gold:>6}{overall.predicted:>6}"
        f"{overall.precision:>6.2f}{overall.recall:>6.2f}{overall.f1:>6.2f}"
        f"{report.field_accuracy('dates'):>6.2f}{report.field_accuracy('place'):>6.2f}"
        f"{report.field_accuracy('actor_country'):>6.2f}"
        f"{report.field_accuracy('vessel_name'):>7.2f}{len(report.non_event_hits):>7}"
        f"{dedup.pair_precision:>7.2f}{dedup.pair_recall:>7.2f}{dedup.events_per_incident:>7.2f}"
    )
