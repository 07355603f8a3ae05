"""The schema users, BI tools and ad hoc SQL see: one SQLModel class per table.

Tables are only ever created by Alembic migrations (``migrations/``); these classes
describe them for the ORM and for autogenerate. Column names are a product surface:
rename nothing without a migration and a note in ``docs/data-dictionary.md``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlmodel import Field, SQLModel

from maritime.types import EVENT_TYPES, SPECIFIC_PRECISIONS

# Named constraints are required for SQLite batch migrations to alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata

# The test for a vague date, as SQL: written out in literals so that SQLite and PostgreSQL
# can use the partial index built on it (migration 0006) for queries that repeat it.
_SPECIFIC_SQL = ", ".join(f"'{precision}'" for precision in SPECIFIC_PRECISIONS)
VAGUE_DATE_SQL = f"coalesce(date_precision, '') NOT IN ({_SPECIFIC_SQL})"


def utcnow() -> datetime:
    return datetime.now(UTC)


def _fk(target: str, *, nullable: bool = True, ondelete: str = "CASCADE") -> Column:
    """A real, enforced foreign key (SQLite included: db.py turns the pragma on)."""
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


def _key_fk(target: str, *, index: bool = False) -> Column:
    """A foreign key that is part of a link table's primary key; links go with their ends."""
    return Column(Integer, ForeignKey(target, ondelete="CASCADE"), primary_key=True, index=index)


class Article(SQLModel, table=True):
    """One version of one news article, exactly as it was read."""

    __tablename__ = "article"
    __table_args__ = (UniqueConstraint("content_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    uri: str = Field(index=True, description="url if the input carried one, else the path given")
    locator: str | None = Field(
        default=None,
        index=True,
        description="url, path or path:line; new text at the same locator is a new version",
    )
    url: str | None = None
    source: str | None = Field(default=None, index=True, description="outlet or agency")
    title: str | None = None
    published: date | None = Field(default=None, index=True)
    published_origin: str | None = Field(
        default=None,
        description="'article' (read from it), 'supplied' (--published or "
        "`maritime articles set-published`), or NULL",
    )
    dateline: str | None = None
    format: str = Field(description="txt, html, json or jsonl")
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(description="sha256 of title and text: the article's identity")
    previous_version_id: int | None = Field(
        default=None,
        sa_column=_fk("article.id", ondelete="SET NULL"),
        description="the earlier version of the same uri, when the text changed",
    )
    extractor_version: str | None = Field(default=None, description="engine that read it last")
    ingested_at: datetime = Field(default_factory=utcnow)


class Actor(SQLModel, table=True):
    """Who acted: a state's force, a state, or a non-state group."""

    __tablename__ = "actor"
    __table_args__ = (UniqueConstraint("name"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(description="canonical English name, e.g. 'United States Coast Guard'")
    kind: str | None = Field(default=None, description="state, navy, coast guard, pirates, ...")
    country: str | None = Field(default=None, index=True, description="ISO 3166-1 alpha-3")


class Place(SQLModel, table=True):
    """A resolved location; events point here, so one sea is one row."""

    __tablename__ = "place"
    __table_args__ = (UniqueConstraint("key"), Index("ix_place_lat_lon", "lat", "lon"))

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(description="stable identity: gazetteer id or rounded coordinates")
    name: str
    kind: str | None = Field(default=None, description="sea, strait, port, coast, country, point")
    precision: str = Field(description="point, port, coast, sea, region or country")
    lat: float
    lon: float
    south: float | None = Field(default=None, description="extent of an area, WGS 84 degrees")
    west: float | None = None
    north: float | None = None
    east: float | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    resolved_by: str = Field(description="coordinates, gazetteer, offset, online or context")


class Vessel(SQLModel, table=True):
    """A ship known by identity, across its renames and re-flaggings."""

    __tablename__ = "vessel"
    __table_args__ = (UniqueConstraint("imo"), UniqueConstraint("mmsi"))

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, description="current (latest known) name")
    imo: str | None = Field(default=None, description="IMO number, 7 digits")
    mmsi: str | None = Field(default=None, description="MMSI, 9 digits")
    flag: str | None = Field(default=None, description="current flag, ISO 3166-1 alpha-3")
    vessel_type: str | None = Field(default=None, description="tanker, boat, bulk carrier, ...")


class VesselName(SQLModel, table=True):
    """Every name a vessel has carried, so a search by a former name finds it."""

    __tablename__ = "vessel_name"
    __table_args__ = (
        UniqueConstraint("vessel_id", "name", name="uq_vessel_name_vessel_id_name"),
        # --vessel finds names by substring (migration 0007, where pg_trgm is available;
        # SQLite has an FTS5 trigram table, vessel_name_fts, instead).
        Index(
            "ix_vessel_name_trgm",
            text("lower(name)"),
            postgresql_using="gin",
            postgresql_ops={"lower(name)": "gin_trgm_ops"},
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    vessel_id: int = Field(sa_column=_fk("vessel.id", nullable=False))
    name: str = Field(index=True)
    is_current: bool = False
    valid_from: date | None = None
    valid_to: date | None = None
    article_id: int | None = Field(
        default=None, sa_column=_fk("article.id", ondelete="SET NULL"), description="told by"
    )


class VesselFlag(SQLModel, table=True):
    """Flag history: sanctioned tankers re-flag often."""

    __tablename__ = "vessel_flag"
    __table_args__ = (UniqueConstraint("vessel_id", "flag", name="uq_vessel_flag_vessel_id_flag"),)

    id: int | None = Field(default=None, primary_key=True)
    vessel_id: int = Field(sa_column=_fk("vessel.id", nullable=False))
    flag: str = Field(description="ISO 3166-1 alpha-3")
    valid_from: date | None = None
    valid_to: date | None = None
    article_id: int | None = Field(default=None, sa_column=_fk("article.id", ondelete="SET NULL"))


class Event(SQLModel, table=True):
    """One real incident, however many articles tell it."""

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_type_date", "type", "date_start", "date_end"),
        # Timelines walk this order and stop at --limit (migration 0003).
        Index("ix_event_chronology", "date_start", "date_end", "id"),
        # Summaries are few: finding those around an incident must not scan every event.
        Index(
            "ix_event_vague_span",
            "type",
            "date_start",
            "date_end",
            sqlite_where=text(VAGUE_DATE_SQL),
            postgresql_where=text(VAGUE_DATE_SQL),
        ),
        # The longest span is one step away, so --since can bound date_start (migration
        # 0007; on SQLite the index is on julianday(date_end) - julianday(date_start)).
        Index("ix_event_span", text("date_end - date_start")),
        # --near with dates: the events at a few places in a window (migration 0007).
        Index("ix_event_place_date", "place_id", "date_start", "date_end"),
    )

    id: int | None = Field(default=None, primary_key=True)
    type: str = Field(description=", ".join(EVENT_TYPES))
    date_start: date | None = Field(default=None, description="earliest possible day")
    date_end: date | None = Field(default=None, description="latest possible day")
    date_precision: str | None = Field(default=None, description="day, week, month, year, range")
    date_phrase: str | None = Field(default=None, description="the words the date was read from")
    place_id: int | None = Field(default=None, sa_column=_fk("place.id", ondelete="SET NULL"))
    place_phrase: str | None = Field(default=None, description="the words the place was read from")
    actor_id: int | None = Field(default=None, sa_column=_fk("actor.id", ondelete="SET NULL"))
    target_type: str | None = Field(default=None, description="kind of vessel acted on")
    vessel_count: int | None = Field(
        default=None,
        description="vessels acted on, as stated; empty when no source gives a number",
    )
    killed: int | None = Field(
        default=None,
        description="deaths reported (the largest figure among sources); empty when no "
        "source gives a toll (unknown), 0 when a source says no one died",
    )
    confidence: float | None = Field(default=None, description="grows with independent sources")
    extractor_version: str
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    retracted: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": false()},
        description="an analyst withdrew it (`maritime events retract`): kept with its "
        "sources and reason, but left out of timelines, views and exports",
    )


class EventVessel(SQLModel, table=True):
    """Which vessels an event involved, and in what role."""

    __tablename__ = "event_vessel"

    event_id: int = Field(sa_column=_key_fk("event.id"))
    vessel_id: int = Field(sa_column=_key_fk("vessel.id", index=True))
    role: str = Field(default="target", description="target or actor")


class EventCover(SQLModel, table=True):
    """A broad summary ("seized two tankers over the past two weeks") and a specific
    incident it sums up, so counts can leave the summary out instead of doubling."""

    __tablename__ = "event_cover"

    summary_id: int = Field(sa_column=_key_fk("event.id"))
    event_id: int = Field(sa_column=_key_fk("event.id", index=True))


class Mention(SQLModel, table=True):
    """One source's telling of an event: provenance plus what that source claimed.

    Keeping each source's own claim (dates, place, counts) means disagreements
    between outlets stay visible after events are merged.
    """

    __tablename__ = "mention"
    __table_args__ = (
        UniqueConstraint(
            "article_id",
            "event_id",
            "evidence_start",
            "evidence_end",
            name="uq_mention_article_id_span",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=_fk("event.id", nullable=False))
    article_id: int = Field(sa_column=_fk("article.id", nullable=False))
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    sentence_start: int = Field(description="character offset in article.text")
    sentence_end: int
    evidence_start: int
    evidence_end: int
    type: str
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str | None = None
    date_phrase: str | None = None
    date_basis: str | None = Field(
        default=None, description="sentence, statement, context or published"
    )
    place_phrase: str | None = None
    place_id: int | None = Field(default=None, sa_column=_fk("place.id", ondelete="SET NULL"))
    actor_name: str | None = None
    actor_country: str | None = None
    vessel_names: str | None = Field(default=None, description="names as told, ' | ' separated")
    target_type: str | None = None
    vessel_count: int | None = None
    killed: int | None = None
    extractor_version: str
    merge_rule: str | None = Field(
        default=None,
        description="why this telling is told of its event: 'new' (it started the event), "
        "'analyst' (pinned by `maritime events merge/split`), 'bridged' (its event was "
        "folded into this one when a later report told of both), else the rule that "
        "matched it to the incident already stored, e.g. 'same vessel', 'named and "
        "unnamed ship'",
    )
    merge_fields: str | None = Field(
        default=None,
        description="the fields both tellings stated and agreed on when a rule matched "
        "them, comma separated (e.g. 'type, vessel, dates, place'); for 'bridged', the "
        "event folded in, the report that told of both and the two rules",
    )


class GeocodeCache(SQLModel, table=True):
    """Answers of geocoders, so a phrase is looked up once (and online, politely)."""

    __tablename__ = "geocode_cache"
    __table_args__ = (
        UniqueConstraint("provider", "query", name="uq_geocode_cache_provider_query"),
    )

    id: int | None = Field(default=None, primary_key=True)
    provider: str
    query: str = Field(description="normalised query text")
    found: bool
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    raw: str | None = Field(default=None, sa_column=Column(Text), description="provider JSON")
    created_at: datetime = Field(default_factory=utcnow)


class MentionPin(SQLModel, table=True):
    """An analyst's word that a mention belongs to an event; reprocessing obeys it."""

    __tablename__ = "mention_pin"

    mention_id: int = Field(sa_column=_key_fk("mention.id"))
    event_id: int = Field(sa_column=_fk("event.id", nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class EventPin(SQLModel, table=True):
    """A value an analyst set on an event (`maritime events set`), which reprocessing and
    later reports keep instead of recomputing it from the sources."""

    __tablename__ = "event_pin"

    event_id: int = Field(sa_column=_key_fk("event.id"))
    field: str = Field(primary_key=True, description="type, date, place, actor, vessels or killed")
    value: str = Field(
        sa_column=Column(Text, nullable=False),
        description="the event's columns as the analyst set them, as JSON",
    )


class Correction(SQLModel, table=True):
    """The log of analysts' corrections (who, when, what, why), for audit, `maritime
    corrections` and `maritime show`."""

    __tablename__ = "correction"

    id: int | None = Field(default=None, primary_key=True)
    action: str = Field(description="merge, split, retract, restore, set or set-published")
    event_id: int | None = Field(
        default=None, description="the event corrected (merge: the one kept; split: the new one)"
    )
    other_event_id: int | None = Field(
        default=None, description="merge: the event absorbed; split: the event split from"
    )
    mention_ids: str | None = Field(default=None, description="mentions moved, comma separated")
    note: str | None = Field(default=None, description="why, in the analyst's words")
    created_at: datetime = Field(default_factory=utcnow, description="when (UTC)")
    article_id: int | None = Field(
        default=None, description="set-published: the article given a publication date"
    )
    change: str | None = Field(default=None, description="what changed: old -> new")
    analyst: str | None = Field(
        default=None, description="who: --by, else $MARITIME_USER, else the login name"
    )


class Feed(SQLModel, table=True):
    """A feed maritime watches: how to ask it politely next time, and what it last gave."""

    __tablename__ = "feed"
    __table_args__ = (UniqueConstraint("url"),)

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(description="the feed's address, as added")
    title: str | None = Field(default=None, description="the feed's own title, as last read")
    etag: str | None = Field(default=None, description="sent back as If-None-Match")
    last_modified: str | None = Field(default=None, description="sent back as If-Modified-Since")
    added_at: datetime = Field(default_factory=utcnow)
    last_polled: datetime | None = Field(default=None, description="last asked, with any outcome")
    last_new_item: datetime | None = Field(
        default=None, description="when a poll last found an item not read before"
    )
    failures_in_a_row: int = Field(default=0, description="failed polls since the last success")
    last_error: str | None = None
    next_poll: datetime | None = Field(
        default=None,
        description="not asked before this (backoff after failures, Retry-After, --every)",
    )
    lease_owner: str | None = Field(
        default=None, description="the watch process polling it now (host:pid:token)"
    )
    lease_until: datetime | None = Field(
        default=None, description="when that claim lapses if the process is gone"
    )


class FetchLog(SQLModel, table=True):
    """Every request for a feed or a page, and every item read from its feed's own content."""

    __tablename__ = "fetch_log"

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(index=True, description="the address asked for: a feed, a page, an item link")
    kind: str = Field(description="feed, page, or content (read from the feed: no request)")
    feed_id: int | None = Field(default=None, sa_column=_fk("feed.id", ondelete="SET NULL"))
    final_url: str | None = Field(default=None, description="the address after redirects")
    status: int | None = Field(default=None, description="HTTP status; NULL when none came")
    error: str | None = Field(default=None, description="why nothing was stored, if so")
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = Field(default=None, description="sha256 of the body received")
    article_id: int | None = Field(
        default=None,
        sa_column=_fk("article.id", ondelete="SET NULL"),
        description="the article stored from it",
    )
    fetched_at: datetime = Field(default_factory=utcnow)
