"""Datasette's metadata.json, made from the data dictionary.

Datasette opens a SQLite file as it is: every raw table (alembic_version among them)
before the views, and no word on what a column means. The metadata gives each BI view a
title, a description and its columns' descriptions, hides every table (they stay
queryable by URL and SQL), so the `timeline` view, created first, heads the listing, and
adds canned queries for the questions analysts ask most.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect
from sqlalchemy.engine import make_url

from maritime.db.dictionary import VIEWS, bi_columns, view_note

TITLE = "maritime: incidents at sea"
# Events whose dates overlap the month asked for (YYYY-MM), this month when left empty.
_MONTH = "coalesce(nullif(:month, ''), strftime('%Y-%m', 'now'))"
_KM_PER_DEGREE = 111.32
QUERIES: dict[str, dict[str, str]] = {
    "incidents_this_month_by_type": {
        "title": "Incidents this month, by type",
        "description": "Events whose dates overlap the month (YYYY-MM; empty: this month), "
        "counted by type. Summaries and the incidents they sum up both count.",
        "sql": f"""SELECT type, count(*) AS incidents
FROM timeline
WHERE date_start < date({_MONTH} || '-01', '+1 month')
  AND coalesce(date_end, date_start) >= date({_MONTH} || '-01')
GROUP BY type
ORDER BY incidents DESC, type""",
    },
    "incidents_near_a_place": {
        "title": "Incidents near a place",
        "description": "Events whose point lies inside the place's extent (or at its point), "
        "widened by km (empty: 0), as a box. The place is one events already name: see "
        "dim_place. Uses SQLite's math functions (SQLite 3.35 and later).",
        "sql": f"""SELECT t.*
FROM timeline t,
     (SELECT * FROM dim_place WHERE lower(name) = lower(:place)
      ORDER BY south IS NULL, place_id LIMIT 1) q
WHERE t.lat BETWEEN coalesce(q.south, q.lat) - :km / {_KM_PER_DEGREE}
                AND coalesce(q.north, q.lat) + :km / {_KM_PER_DEGREE}
  AND t.lon BETWEEN coalesce(q.west, q.lon) - :km / ({_KM_PER_DEGREE} * cos(radians(q.lat)))
                AND coalesce(q.east, q.lon) + :km / ({_KM_PER_DEGREE} * cos(radians(q.lat)))
ORDER BY t.date_start""",
    },
    "vessel_history": {
        "title": "A vessel's history",
        "description": "Every incident of the vessels whose current or former name "
        "contains the text, or whose IMO number it is, oldest first.",
        "sql": """SELECT t.date_start, t.date_end, t.type, v.name AS vessel, v.former_names,
       v.imo, t.actor, t.place_name, t.evidence, t.id AS event_id
FROM dim_vessel v
JOIN bridge_event_vessel b ON b.vessel_id = v.vessel_id
JOIN timeline t ON t.id = b.event_id
WHERE lower(v.name) LIKE '%' || lower(:vessel) || '%'
   OR lower(coalesce(v.former_names, '')) LIKE '%' || lower(:vessel) || '%'
   OR v.imo = :vessel
ORDER BY t.date_start, t.id""",
    },
    "who_seized_what": {
        "title": "Who seized what",
        "description": "Seizures, newest first: the actor, the vessels (or their kind "
        "when unnamed), where, and how many articles tell it.",
        "sql": """SELECT date_start, actor, actor_country,
       coalesce(vessel_names, target_type) AS seized, place_name, source_count,
       id AS event_id
FROM timeline
WHERE type = 'seizure'
ORDER BY date_start DESC, id""",
    },
    "deaths_by_month": {
        "title": "Deaths by month",
        "description": "Deaths reported per month of the events' first day. Events whose "
        "toll no source gives (killed empty) are not counted as 0: they are left out, "
        "and events_with_a_toll says how many were counted.",
        "sql": """SELECT substr(date_start, 1, 7) AS month, sum(killed) AS killed,
       count(*) AS events_with_a_toll
FROM timeline
WHERE killed IS NOT NULL AND date_start IS NOT NULL
GROUP BY month
ORDER BY month""",
    },
}


def database_name(url: str) -> str:
    """The name Datasette gives the database: the SQLite file's name without `.db`."""
    parsed = make_url(url)
    return Path(parsed.database or "maritime").stem


def datasette_metadata(connection: Connection, database: str) -> dict[str, Any]:
    """metadata.json for `datasette FILE --metadata metadata.json`, FILE named `database`."""
    tables: dict[str, Any] = {
        name: {"hidden": True} for name in sorted(inspect(connection).get_table_names())
    }
    for name, columns in bi_columns(connection).items():
        view = VIEWS[name]
        described = {c: view_note(name, c) for c in columns if view_note(name, c)}
        tables[name] = {"title": view.title, "description": view.purpose, "columns": described}
        if view.base == "":
            tables[name]["hidden"] = True  # the calendar: for joins, not for browsing
    tables["timeline"] |= {"sort_desc": "date_start", "facets": ["type", "actor_country"]}
    return {
        "title": TITLE,
        "description_html": (
            "Incidents at sea read from news articles. Start with the "
            f'<a href="{database}/timeline">timeline</a>: one row per incident, with the '
            "sentence it was read from. Retracted events are in no view."
        ),
        "databases": {
            database: {
                "description": "Start with the timeline view; the dim_ and bridge_ views "
                "form a star schema, correction_log lists analysts' corrections.",
                "tables": tables,
                "queries": QUERIES,
            }
        },
    }
