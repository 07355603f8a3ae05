"""Output formats parse as what their consumers (QGIS, spreadsheets, jq) expect."""

from __future__ import annotations

import csv
import io
import json

import pytest

from maritime.query.formats import render_rows, render_timeline, to_table

EVENT = {
    "id": 3,
    "type": "seizure",
    "date_start": "2025-12-10",
    "date_end": "2025-12-10",
    "date_precision": "day",
    "actor": "United States Coast Guard",
    "actor_country": "USA",
    "vessels": [{"name": "Harbor Star", "type": "tanker", "flag": "PAN", "imo": None}],
    "vessel_count": 1,
    "killed": None,
    "place": {"name": "Caribbean Sea", "lat": 15.0, "lon": -75.0, "precision": "sea"},
    "sources": [
        {"uri": "a.txt", "title": "T", "published": "2025-12-11", "evidence": "It, was | seized."}
    ],
}
PLACELESS = {**EVENT, "id": 4, "place": None}


def test_geojson_is_a_feature_collection_with_lon_lat_order() -> None:
    doc = json.loads(render_timeline([EVENT, PLACELESS], "geojson"))
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    [feature] = doc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [-75.0, 15.0]}
    assert feature["properties"]["date_start"] == "2025-12-10"


def test_json_and_jsonl_carry_the_same_objects() -> None:
    as_json = json.loads(render_timeline([EVENT, PLACELESS], "json"))
    as_jsonl = [
        json.loads(line) for line in render_timeline([EVENT, PLACELESS], "jsonl").splitlines()
    ]
    assert as_json == as_jsonl == [EVENT, PLACELESS]


def test_csv_is_flat_with_one_row_per_event() -> None:
    rows = list(csv.DictReader(io.StringIO(render_timeline([EVENT], "csv"))))
    assert len(rows) == 1
    assert rows[0]["vessels"] == "Harbor Star"
    assert rows[0]["lat"] == "15.0"
    assert rows[0]["evidence"] == "It, was | seized."


def test_markdown_escapes_pipes() -> None:
    text = render_rows([{"a": "x|y"}], "markdown")
    assert "x\\|y" in text


@pytest.mark.parametrize("width", [40, 80, 200])
def test_table_fits_the_terminal(width: int) -> None:
    rows = [{"id": 1, "evidence": "word " * 60, "place": "Gulf of Aden"}]
    lines = to_table(rows, width=width).splitlines()
    assert max(len(line) for line in lines) <= max(width, 3 * 8 + 6)
    assert "Gulf of Aden" in "".join(lines)


def test_empty_timeline_says_so() -> None:
    assert render_timeline([], "table") == "No events match.\n"
    assert json.loads(render_timeline([], "json")) == []
