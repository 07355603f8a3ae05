"""Render rows (timeline events or SQL results) in the formats users pipe elsewhere."""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from maritime.query.html import render_html

Row = dict[str, Any]


def to_json(rows: Sequence[Row]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)


def to_jsonl(rows: Sequence[Row]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return " | ".join(value)  # names (former names): as the BI views join them
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def to_csv(rows: Sequence[Row], columns: Sequence[str] | None = None) -> str:
    columns = list(columns or (rows[0].keys() if rows else []))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def to_markdown(rows: Sequence[Row], columns: Sequence[str] | None = None) -> str:
    columns = list(columns or (rows[0].keys() if rows else []))
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [_cell(row.get(c)).replace("|", "\\|").replace("\n", " ") for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def to_table(
    rows: Sequence[Row], columns: Sequence[str] | None = None, width: int | None = None
) -> str:
    """A plain-text grid that wraps long cells to fit the terminal."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if not columns:
        return ""
    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    natural = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    widths = _fit(natural, [len(c) for c in columns], width - 3 * (len(columns) - 1))
    out = [_line(columns, widths), _line(["-" * w for w in widths], widths)]
    for row in cells:
        wrapped = [textwrap.wrap(v, w) or [""] for v, w in zip(row, widths, strict=True)]
        for k in range(max(len(w) for w in wrapped)):
            out.append(_line([w[k] if k < len(w) else "" for w in wrapped], widths))
    return "\n".join(line.rstrip() for line in out) + "\n"


def _fit(natural: list[int], minimum: list[int], budget: int) -> list[int]:
    """Shrink the widest columns first until the row fits (never below the header)."""
    widths = list(natural)
    while sum(widths) > budget:
        i = max(range(len(widths)), key=lambda k: widths[k] - minimum[k])
        if widths[i] <= max(minimum[i], 8):
            break
        widths[i] -= 1
    return widths


def _line(values: Sequence[str], widths: Sequence[int]) -> str:
    return " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True))


# Timeline-specific flattening: one short line of text per event for humans.
TIMELINE_COLUMNS = ["id", "date", "type", "actor", "vessels", "place", "killed", "sources"]


def timeline_row(event: Row) -> Row:
    start, end = event["date_start"], event["date_end"]
    when = "?" if start is None else start if start == end else f"{start}..{end}"
    vessels = ", ".join(v["name"] or v.get("type") or "vessel" for v in event["vessels"])
    if event.get("vessel_count") and event["vessel_count"] > 1:
        vessels = f"{event['vessel_count']} x {vessels}" if vessels else str(event["vessel_count"])
    place = event["place"]["name"] if event["place"] else ""
    return {
        "id": event["id"],
        "date": when,
        "type": event["type"],
        "actor": event["actor"] or "",
        "vessels": vessels,
        "place": place,
        "killed": event["killed"],
        "sources": len(event["sources"]),
    }


def timeline_csv_row(event: Row) -> Row:
    """Flat columns for spreadsheets: one value per cell, lists joined."""
    place = event["place"] or {}
    return {
        "id": event["id"],
        "type": event["type"],
        "date_start": event["date_start"],
        "date_end": event["date_end"],
        "date_precision": event["date_precision"],
        "actor": event["actor"],
        "actor_country": event["actor_country"],
        "vessels": "; ".join(v["name"] or "" for v in event["vessels"] if v["name"]),
        "vessel_types": "; ".join(v.get("type") or "" for v in event["vessels"]),
        "vessel_count": event["vessel_count"],
        "killed": event["killed"],
        "place": place.get("name"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "place_precision": place.get("precision"),
        "sources": len(event["sources"]),
        "first_uri": event["sources"][0]["uri"] if event["sources"] else None,
        "evidence": event["sources"][0]["evidence"] if event["sources"] else None,
    }


def to_geojson(events: Sequence[Row]) -> str:
    """RFC 7946: [lon, lat], WGS 84, no crs member; events without a place are left out."""
    features = []
    for event in events:
        place = event["place"]
        if not place:
            continue
        properties = {k: v for k, v in event.items() if k != "place"}
        properties["place"] = place["name"]
        properties["place_precision"] = place["precision"]
        features.append(
            {
                "type": "Feature",
                "id": event["id"],
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": properties,
            }
        )
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, default=str
    )


def render_timeline(events: Sequence[Row], fmt: str) -> str:
    renderers: dict[str, Callable[[], str]] = {
        "html": lambda: render_html(events),
        "json": lambda: to_json(events) + "\n",
        "jsonl": lambda: to_jsonl(events),
        "csv": lambda: to_csv([timeline_csv_row(e) for e in events]),
        "geojson": lambda: to_geojson(events) + "\n",
        "markdown": lambda: to_markdown([timeline_row(e) for e in events], TIMELINE_COLUMNS),
        "table": lambda: (
            to_table([timeline_row(e) for e in events], TIMELINE_COLUMNS)
            if events
            else "No events match.\n"
        ),
    }
    return renderers[fmt]()


def render_rows(rows: Sequence[Row], fmt: str) -> str:
    renderers: dict[str, Callable[[], str]] = {
        "json": lambda: to_json(rows) + "\n",
        "jsonl": lambda: to_jsonl(rows),
        "csv": lambda: to_csv(rows),
        "markdown": lambda: to_markdown(rows),
        "table": lambda: to_table(rows) if rows else "(no rows)\n",
    }
    return renderers[fmt]()


def render_record(record: Row, fmt: str) -> str:
    """One object: JSON, or `key: value` lines aligned for the terminal."""
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False) + "\n"
    return "".join(
        f"{key:>10}: {'' if value is None else value}\n" for key, value in record.items()
    )


def render_vessels(rows: Sequence[Row], histories: dict[int, list[Row]] | None, fmt: str) -> str:
    """Vessels, each followed by its incidents under every name it carried (when
    `histories` were asked for): a nested "incidents" list in JSON, a table after each
    vessel on the terminal; CSV keeps the vessels only (one flat table)."""
    if histories is None:
        return render_rows(rows, fmt)
    if fmt in ("json", "jsonl"):
        rows = [r | {"incidents": histories.get(r["id"], [])} for r in rows]
    output = render_rows(rows, fmt)
    if fmt in ("table", "markdown"):
        for row in rows:
            if histories.get(row["id"]):
                former = _cell(row["former_names"])
                former = f", formerly {former}" if former else ""
                output += f"\nIncidents of {row['name']}{former}\n"
                output += render_rows(histories[row["id"]], fmt)
    return output
