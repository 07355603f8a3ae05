"""The data dictionary: what each BI view, table and column means, written once.

`docs/data-dictionary.md` (`python -m maritime.docs`), the PostgreSQL comments that
Metabase and Superset show (migration 0010) and Datasette's metadata (`maritime
datasette-metadata`) are all made from here. Table columns are described where they are
defined, in the models' Field descriptions; a view column takes the description of the
same-named column of the view's base table unless DERIVED describes it.

A migration that recreates a view loses its comments, and must call `write_comments`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, String, inspect
from sqlmodel import SQLModel

from maritime.db import models


@dataclass(frozen=True)
class View:
    """A BI object: its title, what it is for, and the table its columns come from."""

    title: str
    purpose: str
    base: str


# In the order a newcomer should meet them: the flat timeline first.
VIEWS: dict[str, View] = {
    "timeline": View(
        "Timeline of incidents",
        "One row per event, flat: what a spreadsheet or a first dashboard wants. "
        "Events an analyst retracted are left out.",
        "event",
    ),
    "fact_event": View(
        "Events (star schema fact)",
        "Star schema fact: one row per event, dimension keys, measures.",
        "event",
    ),
    "dim_vessel": View(
        "Vessels", "Vessels with their current identity and former names.", "vessel"
    ),
    "dim_actor": View("Actors", "Who acted.", "actor"),
    "dim_place": View("Places", "Resolved places; events point here.", "place"),
    "dim_article": View("Articles", "Source articles (without their text).", "article"),
    "bridge_event_vessel": View(
        "Event to vessel", "Which vessels each event involved (many to many).", "event_vessel"
    ),
    "bridge_event_article": View(
        "Event to article",
        "Which articles tell each event: one row per evidence sentence.",
        "mention",
    ),
    "bridge_event_summary": View(
        "Summary to event",
        "Broad summaries and the specific events they sum up: leave `summary_event_id` "
        "out of counts to avoid doubling.",
        "event_cover",
    ),
    "correction_log": View(
        "Corrections",
        "Every analyst's correction: who, when, what changed and why (`maritime "
        "corrections`). Retracted events are named here but are in no other view.",
        "correction",
    ),
    "dim_date": View(
        "Calendar",
        "Calendar table, 1990-01-01 to 2040-12-31 (a real table; join on `date`).",
        "",
    ),
}
DERIVED = {
    "summary_event_id": "the summary's event; -> fact_event",
    "source_count": "distinct articles telling the event",
    "mention_count": "evidence sentences across all articles",
    "first_reported": "earliest publication date among its articles",
    "last_reported": "latest publication date among its articles",
    "vessel_names": "names of the vessels involved, sorted, separated by a bar",
    "former_names": "earlier names, sorted, separated by a bar; empty when none",
    "lat": "latitude of the resolved place, WGS 84 degrees",
    "lon": "longitude of the resolved place, WGS 84 degrees",
    "actor": "actor's canonical name",
    "actor_country": "actor's country, ISO 3166-1 alpha-3",
    "mention_id": "the evidence sentence's id (`maritime show` lists them)",
    "event_id": "-> fact_event",
    "vessel_id": "-> dim_vessel",
    "actor_id": "-> dim_actor",
    "place_id": "-> dim_place",
    "article_id": "-> dim_article",
    "evidence": "the first sentence that told the event (earliest article)",
    "is_latest": "1 when no newer version of the article replaced it",
    "place_name": "resolved place name",
    "place_precision": "point, port, coast, sea, region or country",
    "week_start": "Monday of the ISO week",
    "year_month": "YYYY-MM, for monthly grouping",
    "day_of_week": "1 = Monday ... 7 = Sunday (ISO)",
    "correction_id": "the correction's id",
    "corrected_at": "when (UTC)",
    "other_event_id": "merge: the event absorbed; split: the event split from",
}
# Columns whose meaning differs in one view from the shared one above.
DERIVED_IN = {
    ("timeline", "id"): "the event's id: `maritime show ID` tells everything about it",
    ("correction_log", "event_id"): "the event corrected (merge: the one kept; split: the new one)",
    ("correction_log", "article_id"): "set-published: the article given a publication date",
}


def model_classes() -> Iterator[type[SQLModel]]:
    for value in vars(models).values():
        if isinstance(value, type) and hasattr(value, "__table__"):
            yield value


def _model(table: str) -> type[SQLModel]:
    return next(m for m in model_classes() if m.__tablename__ == table)


def table_summary(table: str) -> str:
    """The first paragraph of the table's model docstring, on one line."""
    return " ".join((_model(table).__doc__ or "").split("\n\n")[0].split())


def column_note(table: str, column: str) -> str:
    """Key, reference and description of a table's column."""
    spec = models.metadata.tables[table].columns[column]
    notes = ["primary key"] if spec.primary_key else []
    notes += [f"-> {fk.target_fullname}" for fk in spec.foreign_keys]
    field = _model(table).model_fields.get(column)
    if field is not None and field.description:
        notes.append(field.description)
    return "; ".join(notes)


def view_note(view: str, column: str) -> str:
    """What a BI view's column holds; empty when nothing more than its name says."""
    if (view, column) in DERIVED_IN:
        return DERIVED_IN[(view, column)]
    if column in DERIVED:
        return DERIVED[column]
    table = models.metadata.tables.get(VIEWS[view].base)
    if table is None or column not in table.columns:
        return ""
    return column_note(table.name, column)


def bi_columns(connection: Connection) -> dict[str, list[str]]:
    """Each BI object the database has, with its columns as the database really has them
    (a migration before the one that creates a view runs without it)."""
    inspector = inspect(connection)
    present = {*inspector.get_view_names(), *inspector.get_table_names()}
    return {
        name: [c["name"] for c in inspector.get_columns(name)] for name in VIEWS if name in present
    }


def comment_statements(connection: Connection) -> list[str]:
    """PostgreSQL `COMMENT ON` statements for every BI object and its described columns."""
    quote = String().literal_processor(connection.dialect)
    assert quote is not None
    statements = []
    for name, columns in bi_columns(connection).items():
        kind = "TABLE" if VIEWS[name].base == "" else "VIEW"
        statements.append(f"COMMENT ON {kind} {name} IS {quote(VIEWS[name].purpose)}")
        for column in columns:
            note = view_note(name, column)
            if note:
                statements.append(f'COMMENT ON COLUMN {name}."{column}" IS {quote(note)}')
    return statements


def write_comments(connection: Connection) -> None:
    for statement in comment_statements(connection):
        connection.exec_driver_sql(statement)


def clear_comments(connection: Connection) -> None:
    """Remove the comments of the BI tables (views take theirs with them when dropped)."""
    for name, columns in bi_columns(connection).items():
        if VIEWS[name].base == "":
            connection.exec_driver_sql(f"COMMENT ON TABLE {name} IS NULL")
            for column in columns:
                connection.exec_driver_sql(f'COMMENT ON COLUMN {name}."{column}" IS NULL')
