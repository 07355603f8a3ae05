"""Ingesting the same files again changes nothing; a changed article replaces its old version."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from tests.reliability.conftest import counts, invoke, timeline_json


def test_second_ingest_changes_nothing(db_url: str, corpus: Path) -> None:
    first = invoke(db_url, "ingest", str(corpus))
    assert first.exit_code == 0, first.stderr
    before, timeline = counts(db_url), timeline_json(db_url)
    assert before["article"] == 3 and before["event"] >= 3
    again = invoke(db_url, "ingest", str(corpus))
    assert again.exit_code == 0, again.stderr
    assert "0 new, 3 already known" in again.stderr
    assert counts(db_url) == before
    assert timeline_json(db_url) == timeline


def test_changed_article_is_a_new_version_not_a_duplicate(db_url: str, corpus: Path) -> None:
    path = corpus / "tanker.txt"
    assert invoke(db_url, "ingest", str(path)).exit_code == 0
    events_before = counts(db_url)["event"]
    path.write_text(
        path.read_text(encoding="utf-8").replace("crew of 22", "crew of 23"), encoding="utf-8"
    )
    assert invoke(db_url, "ingest", str(path)).exit_code == 0
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, previous_version_id FROM article ORDER BY id")
        ).all()
        cited = connection.execute(text("SELECT DISTINCT article_id FROM mention")).scalars()
        cited_ids = set(cited)
    engine.dispose()
    assert len(rows) == 2
    old, new = rows
    assert new.previous_version_id == old.id
    assert cited_ids == {new.id}  # the old version's claims were replaced, not kept
    assert counts(db_url)["event"] == events_before
