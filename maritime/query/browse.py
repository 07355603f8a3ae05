"""Look-ups behind `maritime show`, `vessels`, `actors` and `articles`.

Listings return flat rows (rendered like `maritime sql` output) so they pipe into
the same tools; `show_event` returns the timeline's event dict plus what each
source claimed and how its date and place were resolved.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, select

from maritime.db import models
from maritime.errors import NotFoundError
from maritime.query.search import matching_ids
from maritime.query.timeline import (
    contains,
    describe_events,
    former_names_by_vessel,
    iso_day,
    live,
)

Row = dict[str, Any]


class NotFound(NotFoundError):
    """The id names nothing; the message says how to find a real one."""


def show_event(session: Session, event_id: int) -> Row:
    event = session.get(models.Event, event_id)
    if event is None:
        raise NotFound(
            f"no event with id {event_id}; list event ids with `maritime timeline` "
            "(retracted ones with `maritime corrections`)"
        )
    detail = describe_events(session, [event_id])[0]
    actor = session.get(models.Actor, event.actor_id) if event.actor_id else None
    claims = _claims(session, event_id)
    detail |= {
        "retracted": event.retracted,
        "set_by_analyst": sorted(
            session.exec(select(models.EventPin.field).where(models.EventPin.event_id == event_id))
        ),
        "actor_kind": actor.kind if actor else None,
        "place_phrase": event.place_phrase,
        "target_type": event.target_type,
        "extractor_version": event.extractor_version,
        "created_at": event.created_at.isoformat(),
        "updated_at": event.updated_at.isoformat(),
        "claims": claims,
        "corrections": list_corrections(
            session, event_id=event_id, article_ids={c["article_id"] for c in claims}
        ),
    }
    return detail


def list_corrections(
    session: Session,
    since: date | None = None,
    *,
    event_id: int | None = None,
    article_ids: set[int] | None = None,
) -> list[Row]:
    """The correction log, oldest first: all of it, that since a day, or what touched
    one event (itself, or the articles that tell it)."""
    log = models.Correction
    query = select(log).order_by(log.created_at, log.id)  # type: ignore[arg-type]
    if since is not None:
        query = query.where(log.created_at >= datetime.combine(since, time.min, UTC))
    if event_id is not None:
        query = query.where(
            or_(
                log.event_id == event_id,
                log.other_event_id == event_id,
                log.article_id.in_(sorted(article_ids or ())),  # type: ignore[union-attr]
            )
        )
    return [
        {
            "id": c.id,
            "at": c.created_at.isoformat(timespec="seconds"),
            "by": c.analyst,
            "action": c.action,
            "event": c.event_id,
            "other_event": c.other_event_id,
            "article": c.article_id,
            "change": c.change,
            "note": c.note,
        }
        for c in session.exec(query)
    ]


def _claims(session: Session, event_id: int) -> list[Row]:
    """What each mention said, beside what the merged event holds."""
    rows = session.exec(
        select(models.Mention, models.Article, models.Place)
        .join(models.Article, models.Article.id == models.Mention.article_id)
        .outerjoin(models.Place, models.Place.id == models.Mention.place_id)
        .where(models.Mention.event_id == event_id)
        .order_by(models.Article.published, models.Article.id, models.Mention.sentence_start)
    )
    return [
        {
            "mention_id": mention.id,
            "article_id": article.id,
            "uri": article.uri,
            "source": article.source,
            "title": article.title,
            "published": iso_day(article.published),
            "sentence": mention.sentence,
            "evidence": article.text[mention.evidence_start : mention.evidence_end],
            "date_start": iso_day(mention.date_start),
            "date_end": iso_day(mention.date_end),
            "date_precision": mention.date_precision,
            "date_phrase": mention.date_phrase,
            "date_basis": mention.date_basis,
            "place_phrase": mention.place_phrase,
            "place": place.name if place else None,
            "place_precision": place.precision if place else None,
            "place_resolved_by": place.resolved_by if place else None,
            "actor": mention.actor_name,
            "actor_country": mention.actor_country,
            "vessel_names": mention.vessel_names,
            "vessel_count": mention.vessel_count,
            "killed": mention.killed,
            "extractor_version": mention.extractor_version,
            "merge_rule": mention.merge_rule,
            "merge_fields": mention.merge_fields,
        }
        for mention, article, place in rows
    ]


def list_vessels(session: Session, name: str | None = None) -> list[Row]:
    """Vessels whose current or former name contains NAME, or whose IMO/MMSI is NAME."""
    query = select(models.Vessel).order_by(func.lower(models.Vessel.name), models.Vessel.id)
    if name:
        needle = name.strip()
        named = select(models.VesselName.vessel_id).where(contains(models.VesselName.name, needle))
        query = query.where(
            or_(
                models.Vessel.id.in_(named),  # type: ignore[union-attr]
                contains(models.Vessel.name, needle),
                models.Vessel.imo == needle.upper().removeprefix("IMO").strip(),
                models.Vessel.mmsi == needle,
            )
        )
    vessels = list(session.exec(query))
    ids = [v.id for v in vessels]
    former = former_names_by_vessel(session, {i for i in ids if i is not None})
    seen = _event_span(session, models.EventVessel.vessel_id, ids)
    return [
        {
            "id": v.id,
            "name": v.name,
            "former_names": former.get(v.id, []),
            "type": v.vessel_type,
            "flag": v.flag,
            "imo": v.imo,
            "mmsi": v.mmsi,
            **seen.get(v.id, _NO_EVENTS),
        }
        for v in vessels
    ]


def vessel_histories(session: Session, vessel_ids: list[int]) -> dict[int, list[Row]]:
    """Each vessel's incidents in date order, with the names its sources used then:
    the history across renames that `maritime vessels NAME` prints."""
    query = (
        select(models.EventVessel.vessel_id, models.Event.id)
        .join(models.Event, models.Event.id == models.EventVessel.event_id)
        .where(models.EventVessel.vessel_id.in_(vessel_ids), live(models.Event))  # type: ignore[attr-defined]
        .order_by(models.Event.date_start, models.Event.id)
    )
    pairs = list(session.exec(query))
    events = {e["id"]: e for e in describe_events(session, list({e for _, e in pairs}))}
    told = _names_told(session, list(events))
    histories: dict[int, list[Row]] = {}
    for vessel_id, event_id in pairs:
        event = events[event_id]
        histories.setdefault(vessel_id, []).append(
            {
                "event_id": event_id,
                "date_start": event["date_start"],
                "date_end": event["date_end"],
                "type": event["type"],
                "actor": event["actor"],
                "place": event["place"]["name"] if event["place"] else None,
                "named_as": " | ".join(told.get(event_id, [])) or None,
                "sources": len(event["sources"]),
            }
        )
    return histories


def _names_told(session: Session, event_ids: list[int]) -> dict[int, list[str]]:
    query = select(models.Mention.event_id, models.Mention.vessel_names).where(
        models.Mention.event_id.in_(event_ids),  # type: ignore[attr-defined]
        models.Mention.vessel_names.is_not(None),  # type: ignore[union-attr]
    )
    names: dict[int, list[str]] = {}
    for event_id, joined in session.exec(query):
        for name in joined.split(" | "):
            if name not in names.setdefault(event_id, []):
                names[event_id].append(name)
    return names


def list_actors(session: Session, text: str | None = None) -> list[Row]:
    """Actors whose name contains TEXT, or whose country code is TEXT."""
    query = select(models.Actor).order_by(func.lower(models.Actor.name), models.Actor.id)
    if text:
        query = query.where(
            or_(
                contains(models.Actor.name, text),
                func.upper(models.Actor.country) == text.strip().upper(),
            )
        )
    actors = list(session.exec(query))
    seen = _event_span(session, models.Event.actor_id, [a.id for a in actors])
    return [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            **seen.get(a.id, _NO_EVENTS),
        }
        for a in actors
    ]


def list_articles(session: Session, text: str | None = None) -> list[Row]:
    """Articles whose title or text has every word of TEXT (full-text search)."""
    query = select(models.Article).order_by(
        models.Article.published.is_(None),  # type: ignore[union-attr]
        models.Article.published,
        models.Article.id,
    )
    if text:
        query = query.where(models.Article.id.in_(matching_ids(session, "article", text)))  # type: ignore[union-attr]
    articles = list(session.exec(query))
    counts = dict(
        session.exec(
            select(models.Mention.article_id, func.count(func.distinct(models.Mention.event_id)))
            .join(models.Event, models.Event.id == models.Mention.event_id)
            .where(models.Mention.article_id.in_([a.id for a in articles]), live(models.Event))  # type: ignore[attr-defined]
            .group_by(models.Mention.article_id)
        ).all()
    )
    return [
        {
            "id": a.id,
            "published": iso_day(a.published),
            "source": a.source,
            "title": a.title,
            "uri": a.uri,
            "format": a.format,
            "events": counts.get(a.id, 0),
        }
        for a in articles
    ]


_NO_EVENTS: Row = {"events": 0, "first_event": None, "last_event": None}


def _event_span(session: Session, key: Any, ids: list[int | None]) -> dict[int, Row]:
    """Per actor or vessel: how many events, and the first and last date among them."""
    query = select(
        key,
        func.count(func.distinct(models.Event.id)),
        func.min(models.Event.date_start),
        func.max(func.coalesce(models.Event.date_end, models.Event.date_start)),
    )
    if key.class_ is models.EventVessel:
        query = query.join(models.Event, models.Event.id == models.EventVessel.event_id)
    rows = session.exec(query.where(key.in_(ids), live(models.Event)).group_by(key))
    return {
        owner: {"events": n, "first_event": iso_day(first), "last_event": iso_day(last)}
        for owner, n, first, last in rows
    }


MERGE_RULES = {
    "new": "started this event",
    "analyst": "placed here by an analyst",
}


def _merge_reason(claim: Row) -> str:
    """Why a telling is told of this event: it started it, an analyst put it here, or a
    rule matched it, on the fields that agreed."""
    rule = claim["merge_rule"]
    if rule in MERGE_RULES:
        return MERGE_RULES[rule]
    if rule in ("bridged", "parted"):  # its fields say which events, and the rules
        return str(claim["merge_fields"])
    return rule + (f" (agreed: {claim['merge_fields']})" if claim["merge_fields"] else "")


def render_event(detail: Row) -> str:
    """`maritime show` for people: the merged event, each source's own telling (with the
    mention ids `events split --mention` takes), then the corrections made to it."""
    lines = [f"Event {detail['id']}: {detail['type']}"]
    if detail["retracted"]:
        lines[0] += " (RETRACTED: out of timelines, views and exports)"
    when = detail["date_start"] or "unknown"
    if detail["date_end"] and detail["date_end"] != detail["date_start"]:
        when += f" to {detail['date_end']}"
    if detail["date_precision"]:
        when += f" ({detail['date_precision']})"
    if detail["date_phrase"]:
        when += f', from "{detail["date_phrase"]}"'
    place = detail["place"]
    where = "unknown"
    if place:
        where = f"{place['name']} ({place['precision']}, {place['lat']}, {place['lon']})"
        where += f", resolved by {place['resolved_by']}"
        if place.get("phrase"):
            where += f' from "{place["phrase"]}"'
    actor = detail["actor"] or "unknown"
    if detail["actor"]:
        kind = ", ".join(v for v in (detail["actor_kind"], detail["actor_country"]) if v)
        actor += f" ({kind})" if kind else ""
    facts = [
        ("when", when),
        ("where", where),
        ("actor", actor),
        *(("vessel", _vessel_line(v)) for v in detail["vessels"]),
        ("vessels", detail["vessel_count"]),
        ("killed", detail["killed"]),
        ("confidence", detail["confidence"]),
        ("sums up", _event_list(detail["covers"])),
        (
            "summed up",
            _event_list(detail["covered_by"]) and f"in {_event_list(detail['covered_by'])}",
        ),
        ("extractor", detail["extractor_version"]),
        ("corrected", ", ".join(detail["set_by_analyst"]) or None),
    ]
    lines += [f"  {k:<11}{v}" for k, v in facts if v is not None]
    lines.append(f"Sources ({len(detail['claims'])} mentions)")
    for claim in detail["claims"]:
        outlet = ", ".join(str(v) for v in (claim["source"], claim["published"]) if v)
        lines.append(
            f"  [mention {claim['mention_id']}] {claim['title'] or claim['uri']}"
            + (f" ({outlet})" if outlet else "")
        )
        lines.append(f"      {claim['uri']} (article {claim['article_id']})")
        lines.append(f'      "{claim["sentence"]}"')
        lines.append(f"      date: {_claimed_date(claim)}")
        if claim["place_phrase"] or claim["place"]:
            lines.append(
                f'      place: "{claim["place_phrase"] or ""}" -> {claim["place"] or "not found"}'
                + (
                    f" ({claim['place_precision']}, {claim['place_resolved_by']})"
                    if claim["place"]
                    else ""
                )
            )
        if claim["merge_rule"]:
            lines.append(f"      joined: {_merge_reason(claim)}")
    if detail["corrections"]:
        lines.append(f"Corrections ({len(detail['corrections'])})")
        for c in detail["corrections"]:
            lines.append(f"  [{c['id']}] {c['at']} {c['by'] or 'unknown'}: {c['action']}")
            told = (c["change"], c["note"] and f"why: {c['note']}")
            lines += [f"      {text}" for text in told if text]
    return "\n".join(lines) + "\n"


def _event_list(ids: list[int]) -> str | None:
    return ", ".join(f"#{i}" for i in ids) or None


def _vessel_line(vessel: Row) -> str:
    details = [vessel.get("type"), vessel.get("flag") and f"flag {vessel['flag']}"]
    details += [vessel.get("imo") and f"IMO {vessel['imo']}"]
    if vessel.get("former_names"):
        details.append("formerly " + ", ".join(vessel["former_names"]))
    shown = "; ".join(d for d in details if d)
    return f"{vessel['name'] or 'unnamed'}" + (f" ({shown})" if shown else "")


def _claimed_date(claim: Row) -> str:
    if not claim["date_start"]:
        return "not resolved" + (f' from "{claim["date_phrase"]}"' if claim["date_phrase"] else "")
    text = claim["date_start"]
    if claim["date_end"] and claim["date_end"] != claim["date_start"]:
        text += f" to {claim['date_end']}"
    text += f" ({claim['date_precision'] or '?'})"
    if claim["date_phrase"]:
        text += f', from "{claim["date_phrase"]}"'
    if claim["date_basis"]:
        text += f", basis: {claim['date_basis']}"
    return text
