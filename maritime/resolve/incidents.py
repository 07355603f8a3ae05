"""One extracted article -> incidents in the database, in the caller's one transaction.

Either the article, its events, mentions, places, actors and vessels are all written,
or nothing is: an ingest interrupted half-way leaves no trace, and the rerun completes
it. Each extracted event joins the incident an analyst pinned it to, else the stored
incident it repeats (resolve.matching), else a new one; an event created from a single
report takes its values at insert instead of being read back and reconciled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from maritime.db import models
from maritime.db.writer import (
    EVENT,
    MENTION,
    MentionKey,
    Pins,
    StoredArticle,
    date_article,
    delete_article_mentions,
    delete_mentions,
    fold_event,
    held_apart,
    insert_article,
    insert_event,
    link_vessels,
    mark_read,
    serialise,
    shared_events,
    store_actor,
    store_place,
    stored_versions,
    told_mentions,
    write_mentions,
)
from maritime.extract import EXTRACTOR_VERSION, ExtractedEvent, Extraction
from maritime.read.article import Article
from maritime.resolve.audit import record
from maritime.resolve.events import Candidate, Reason, as_known, confidence, parted
from maritime.resolve.matching import Match, find_known_event, guessed_tellings, one_of_several
from maritime.resolve.reconcile import delete_unsourced_events, reconcile_events
from maritime.resolve.summaries import link_summaries
from maritime.resolve.vessels import resolve_vessel

# Why a telling is told of its event when no matching rule decided it.
NEW = Reason("new", ())  # it started the event
ANALYST = Reason("analyst", ())  # an analyst pinned it there
BRIDGED = "bridged"  # its event was folded into another: a later report told of both
PARTED = "parted"  # it left the event it joined as the single fit: another fits it too


@dataclass(frozen=True)
class StoreResult:
    article_id: int
    new: bool
    events_new: int = 0
    events_merged: int = 0
    dated: bool = False  # a known article given the publication date it lacked


def store_article(
    connection: Connection,
    article: Article,
    events: Sequence[ExtractedEvent],
    *,
    analyst: str | None = None,
) -> StoreResult:
    """Write one article and its events; a known article (same content) is a no-op,
    unless it was stored without a publication date and now comes with one."""
    # Taken before the known-article check, so a process that waited for the lock
    # sees the article another one just stored.
    serialise(connection)
    stored = stored_versions(connection, article.content_hash, article.locator)
    known = next((row for row in stored if row.content_hash == article.content_hash), None)
    if known is not None and _wants_date(known, article, stored):
        return redate_article(
            connection,
            StoredArticle(known.id, article.text, article.published),
            events,
            was=None,
            analyst=analyst,
            note="ingested again with a publication date",
        )
    if known is not None:
        return StoreResult(article_id=known.id, new=False)
    previous_id = stored[0][0] if stored else None
    article_id = insert_article(
        connection,
        {
            "uri": article.uri,
            "locator": article.locator,
            "url": article.url,
            "source": article.source,
            "title": article.title,
            "published": article.published,
            "published_origin": article.published_origin,
            "dateline": article.dateline,
            "format": article.fmt,
            "text": article.text,
            "content_hash": article.content_hash,
            "previous_version_id": previous_id,
            "extractor_version": EXTRACTOR_VERSION,
            "ingested_at": models.utcnow(),
        },
    )
    row = StoredArticle(article_id, article.text, article.published)
    created, merged = write_events(connection, row, events, new_article=True)
    if previous_id is not None:
        retire_article_events(connection, previous_id)
    return StoreResult(article_id=row.id, new=True, events_new=created, events_merged=merged)


def _wants_date(known: Any, article: Article, stored: list[Any]) -> bool:
    """A stored article without a publication date, now given one, and still the current
    version at its locator (an older version's events were retired with it)."""
    newer = any(row.id > known.id and row.content_hash != known.content_hash for row in stored)
    return known.published is None and article.published is not None and not newer


@dataclass
class _Mentions:
    """The article's mentions as this pass leaves them: stored ones (id) to update,
    new ones to insert, each keyed by MentionKey."""

    told: dict[MentionKey, int]
    pins: Pins
    updated: dict[MentionKey, dict[str, Any]]
    added: dict[MentionKey, dict[str, Any]]


def write_events(
    connection: Connection,
    article: StoredArticle,
    events: Sequence[ExtractedEvent],
    *,
    new_article: bool = False,
    keep_events: bool = False,
) -> tuple[int, int]:
    """Attach each extracted event to a known incident or a new one; (new, merged).

    Mentions this article had before and no longer yields (after a change of
    engine) are dropped, with events left without any source. A `new_article` has
    no mentions yet, so there is nothing to look up. With `keep_events` each telling
    the article had stays with its event (see `told_mentions`).
    """
    told, pins = (
        ({}, {}) if new_article else told_mentions(connection, article.id, keep_events=keep_events)
    )
    mentions = _Mentions(told, pins, {}, {})
    had = {event_id for event_id, *_ in told}
    own = had - shared_events(connection, had, article.id)  # told by this article alone
    created: set[int] = set()
    merged: set[int] = set()
    regrouped: set[int] = set()  # events a telling left, and the events it left for
    for extracted in events:
        candidate = _candidate(connection, article, extracted)
        event_id = pinned_event(pins, extracted)
        # A re-dated article's tellings stay where they were, for the reasons they had.
        reason: Reason | None = None if keep_events else ANALYST
        guessed: list[int] = []
        if event_id is None:
            lookup = find_known_event(connection, candidate, exclude=created | merged)
            match, guessed = lookup.match, lookup.guessed
            event_id, reason = (match.known.event.id, match.reason) if match else (None, NEW)
            if match is not None and match.also:
                _bridge(connection, article, match, had)
        if event_id is None:
            # Read again and matching no other incident, a telling keeps the event it
            # started; one that shared an event it no longer matches leaves it (a
            # merge the rules no longer make is split).
            event_id = _own_event(told, extracted, own - created - merged)
            reason = NEW if event_id is not None else reason
        if event_id is None:
            event_id = _create_event(connection, candidate, extracted)
            created.add(event_id)
            regrouped |= _part_guesses(connection, event_id, candidate, guessed)
        else:
            merged.add(event_id)
        link_vessels(connection, event_id, candidate.vessel_ids)
        _add_mentions(mentions, article, event_id, candidate, extracted, reason)
    write_mentions(connection, list(mentions.added.values()), list(mentions.updated.values()))
    if not new_article:
        mark_read(connection, article.id, EXTRACTOR_VERSION)
    kept = mentions.updated.keys() | mentions.added.keys()
    stale = {key: mention_id for key, mention_id in told.items() if key not in kept}
    if stale:
        delete_mentions(connection, list(stale.values()))
        delete_unsourced_events(connection, {event_id for event_id, *_ in stale})
    for named in events.named if isinstance(events, Extraction) else ():  # outside incidents
        resolve_vessel(connection, named, article_id=article.id, seen_on=article.published)
    # An event created here has this one report's claims, set at insert: only events
    # that already had sources need their values recomputed.
    reconcile_events(
        connection, (merged | regrouped | {event_id for event_id, *_ in told}) - created
    )
    link_summaries(connection, created | merged | regrouped, new=created)
    return len(created), len(merged)


def _bridge(connection: Connection, article: StoredArticle, match: Match, had: set[int]) -> None:
    """Fold into the matched event the other stored events this telling also fits (the
    same ship told under two spellings, or named by one report and not another): it
    shows them one incident. Not when something told parts them (`parted`), an analyst
    placed a telling of one, or an article tells them as two (this one included). Each
    telling moved keeps why: the rule, and the report that told of both."""
    keep = match.known
    assert keep.event.id is not None
    others = [(other, why) for other, why in match.also if other.event.id not in had]
    apart = held_apart(connection, keep.event.id, {other.event.id for other, _ in others})
    folded = [keep]
    for other, why in others:
        assert other.event.id is not None
        if other.event.id in apart or any(parted(other, one) for one in folded):
            continue
        fields = (
            f"event {other.event.id} folded in: article {article.id} told of both "
            f"({match.reason}; {why})"
        )
        fold_event(connection, keep.event.id, other.event.id, BRIDGED, fields)
        folded.append(other)


def _part_guesses(
    connection: Connection, event_id: int, candidate: Candidate, guessed: list[int]
) -> set[int]:
    """A telling that joined a stored event only because no other event fitted it (a
    `GUESSES` rule: "a tanker" beside the one named tanker there that day) is a guess
    once this new event fits it too: it leaves for an event of its own, as it would have
    had this report come first. Tellings an analyst placed stay. Returns the events
    changed."""
    if not guessed:
        return set()
    new = as_known(candidate, event_id)
    changed: set[int] = set()
    for mention_id, old_event, told in guessed_tellings(connection, guessed):
        why = one_of_several(told, new)
        if why is None:
            continue
        # Its other values come from its one telling when the caller reconciles it.
        own = _insert_event(
            connection,
            {
                "type": told.type,
                "date_start": told.date_start,
                "date_end": told.date_end,
                "date_precision": told.date_precision,
            },
        )
        fields = (
            f"started this event, leaving event {old_event}: event {event_id} fits it "
            f"as well ({why})"
        )
        moved = {"mention_id": mention_id, "event_id": own, "merge_rule": PARTED}
        write_mentions(connection, [], [moved | {"merge_fields": fields}])
        changed |= {old_event, own}
    return changed


def _own_event(
    told: dict[MentionKey, int], extracted: ExtractedEvent, free: set[int]
) -> int | None:
    """The event one of this extracted event's tellings told before, if it is free: no
    other article tells it and no other event of this reading took it."""
    spans = {(m.evidence_start, m.evidence_end) for m in extracted.mentions}
    return next(
        (event_id for event_id, *span in told if tuple(span) in spans and event_id in free),
        None,
    )


def _candidate(
    connection: Connection, article: StoredArticle, extracted: ExtractedEvent
) -> Candidate:
    place = store_place(connection, extracted.place)
    actor = None
    if extracted.actor:
        actor = store_actor(
            connection, extracted.actor, extracted.actor_country, extracted.actor_kind
        )
    seen_on = _seen_on(extracted, article)
    vessels = [
        resolve_vessel(connection, mention, article_id=article.id, seen_on=seen_on)
        for mention in extracted.vessels
    ]
    return Candidate(
        type=extracted.type,
        date_start=extracted.date_start,
        date_end=extracted.date_end,
        date_precision=extracted.date_precision,
        place=place,
        actor=actor,
        vessel_ids={v.id for v in vessels if v is not None and v.id is not None},
        killed=extracted.killed,
        vessel_count=extracted.vessel_count,
        target_type=_target_type(extracted),
        statement_dated=extracted.date_basis == "statement",
    )


def _seen_on(extracted: ExtractedEvent, article: StoredArticle) -> date | None:
    return extracted.date_start if extracted.date_precision == "day" else article.published


def _target_type(extracted: ExtractedEvent) -> str | None:
    return next((v.vessel_type for v in extracted.vessels if v.vessel_type), None)


def pinned_event(pins: Pins, extracted: ExtractedEvent) -> int | None:
    """The event an analyst pinned one of this event's tellings to, if any."""
    for evidence in extracted.mentions:
        event_id = pins.get((extracted.type, evidence.evidence_start, evidence.evidence_end))
        if event_id is not None:
            return event_id
    return None


def _create_event(connection: Connection, candidate: Candidate, extracted: ExtractedEvent) -> int:
    """A new incident, with the values its one report claims (what `reconcile` of
    that single claim gives) and the confidence of one source."""
    return _insert_event(
        connection,
        {
            "type": extracted.type,
            "date_start": extracted.date_start,
            "date_end": extracted.date_end,
            "date_precision": extracted.date_precision,
            "date_phrase": extracted.date_phrase,
            "place_id": candidate.place.id if candidate.place else None,
            "place_phrase": extracted.place_phrase,
            "actor_id": candidate.actor.id if candidate.actor else None,
            "target_type": _target_type(extracted),
            "vessel_count": extracted.vessel_count,
            "killed": extracted.killed,
        },
    )


def _insert_event(connection: Connection, values: dict[str, Any]) -> int:
    """A new event of one source: `values` plus its confidence, the extractor that read
    it, and one creation time."""
    now = models.utcnow()
    return insert_event(
        connection,
        values
        | {
            "confidence": confidence(1),
            "extractor_version": EXTRACTOR_VERSION,
            "created_at": now,
            "updated_at": now,
        },
    )


def _add_mentions(
    mentions: _Mentions,
    article: StoredArticle,
    event_id: int,
    candidate: Candidate,
    extracted: ExtractedEvent,
    reason: Reason | None,
) -> None:
    """Record what this article claims and why it joined its event; a mention already
    stored is brought up to date."""
    claims = {
        "date_start": extracted.date_start,
        "date_end": extracted.date_end,
        "date_precision": extracted.date_precision,
        "date_phrase": extracted.date_phrase,
        "date_basis": extracted.date_basis,
        "place_phrase": extracted.place_phrase,
        "place_id": candidate.place.id if candidate.place else None,
        "actor_name": extracted.actor,
        "actor_country": extracted.actor_country,
        "vessel_names": " | ".join(v.name for v in extracted.vessels if v.name) or None,
        "target_type": _target_type(extracted),
        "vessel_count": extracted.vessel_count,
        "killed": extracted.killed,
        "extractor_version": EXTRACTOR_VERSION,
    }
    for evidence in extracted.mentions:
        # An analyst's grouping outranks the matcher, mention by mention.
        span = (evidence.evidence_start, evidence.evidence_end)
        own_event = mentions.pins.get((extracted.type, *span))
        why = reason if own_event is None or own_event == event_id else ANALYST
        if why is not None:
            claims |= {"merge_rule": why.rule, "merge_fields": ", ".join(why.fields) or None}
        own_event = own_event or event_id
        key = (own_event, *span)
        if key in mentions.told:
            mentions.updated[key] = {"mention_id": mentions.told[key], **claims}
        elif key in mentions.added:
            mentions.added[key].update(claims)
        else:
            mentions.added[key] = {
                "article_id": article.id,
                "event_id": own_event,
                "evidence_start": evidence.evidence_start,
                "evidence_end": evidence.evidence_end,
                "type": extracted.type,
                "sentence": article.text[evidence.sentence_start : evidence.sentence_end],
                "sentence_start": evidence.sentence_start,
                "sentence_end": evidence.sentence_end,
                **claims,
            }


def retire_article_events(connection: Connection, article_id: int) -> None:
    """Drop what an older version of an article said, and events left unsourced."""
    touched = delete_article_mentions(connection, article_id)
    delete_unsourced_events(connection, touched)
    reconcile_events(connection, touched)
    link_summaries(connection, touched)


def reprocess_article(
    connection: Connection, article: StoredArticle, events: Sequence[ExtractedEvent]
) -> StoreResult:
    """Re-read a stored article with the current engine; event ids survive when the
    incident is still found (its new mention matches the event it had)."""
    serialise(connection)
    created, merged = write_events(connection, article, events)
    return StoreResult(article.id, new=True, events_new=created, events_merged=merged)


def redate_article(
    connection: Connection,
    article: StoredArticle,
    events: Sequence[ExtractedEvent],
    *,
    was: date | None,
    analyst: str | None,
    note: str | None,
) -> StoreResult:
    """Give a stored article the publication date `article.published` (it was `was`) and
    re-date its events from the article read again with it (`events`): relative dates
    ("on Monday") resolve, and each event keeps its id. Logged as a correction."""
    assert article.published is not None
    serialise(connection)
    before = _event_dates(connection, article.id)
    date_article(connection, article.id, article.published)
    created, merged = write_events(connection, article, events, keep_events=True)
    after = _event_dates(connection, article.id)
    redated = [
        f"{event_id} ({_span(before.get(event_id))} -> {_span(span)})"
        for event_id, span in sorted(after.items())
        if before.get(event_id) != span
    ]
    change = f"published: {was or 'none'} -> {article.published}"
    record(
        connection,
        "set-published",
        analyst=analyst,
        note=note,
        article_id=article.id,
        change=change + (f"; events re-dated: {', '.join(redated)}" if redated else ""),
    )
    return StoreResult(article.id, new=False, events_new=created, events_merged=merged, dated=True)


def _event_dates(connection: Connection, article_id: int) -> dict[int, tuple[Any, Any]]:
    """The dates of the events an article tells."""
    told = select(MENTION.c.event_id).where(MENTION.c.article_id == article_id)
    rows = connection.execute(
        select(EVENT.c.id, EVENT.c.date_start, EVENT.c.date_end).where(EVENT.c.id.in_(told))
    )
    return {row.id: (row.date_start, row.date_end) for row in rows}


def _span(span: tuple[Any, Any] | None) -> str:
    if span is None or span[0] is None:
        return "undated"
    start, end = span
    return str(start) if end in (None, start) else f"{start}..{end}"


def stored_article(row: models.Article) -> Article:
    """The reader's view of a stored article, so the extractor sees what it saw then."""
    return Article(
        text=row.text,
        uri=row.uri,
        locator=row.locator,
        title=row.title,
        url=row.url,
        source=row.source,
        published=row.published,
        published_origin=row.published_origin,
        dateline=row.dateline,
        fmt=row.format,
    )
