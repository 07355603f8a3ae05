"""What each article claimed, before events from several articles were merged.

Evaluation scores an extractor article by article, and analysts comparing outlets
want the same view: one row per (article, event) with that article's own dates,
place and figures.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session, select

from maritime.db import models


def article_claims(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Article uri -> its events as it told them (contract-shaped dicts)."""
    rows = session.exec(
        select(models.Mention, models.Article, models.Place)
        .join(models.Article, models.Article.id == models.Mention.article_id)
        .outerjoin(models.Place, models.Place.id == models.Mention.place_id)
        .order_by(models.Article.id, models.Mention.id)  # first stored = primary mention
    )
    seen: set[tuple[int, int]] = set()
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for mention, article, place in rows:
        key = (article.id, mention.event_id)
        if key in seen:  # the same incident told twice in one article counts once
            continue
        seen.add(key)
        names = mention.vessel_names.split(" | ") if mention.vessel_names else []
        vessels = [{"name": n, "type": mention.target_type} for n in names]
        if not vessels and mention.target_type:
            vessels = [{"name": None, "type": mention.target_type}]
        out[article.uri].append(
            {
                "event_id": mention.event_id,
                "type": mention.type,
                "date_start": mention.date_start.isoformat() if mention.date_start else None,
                "date_end": mention.date_end.isoformat() if mention.date_end else None,
                "date_precision": mention.date_precision,
                "actor": mention.actor_name,
                "actor_country": mention.actor_country,
                "vessels": vessels,
                "vessel_count": mention.vessel_count,
                "killed": mention.killed,
                "place": None
                if place is None
                else {
                    "name": place.name,
                    "lat": place.lat,
                    "lon": place.lon,
                    "precision": place.precision,
                    "phrase": mention.place_phrase,
                },
                "evidence": mention.sentence,
            }
        )
    return dict(out)
