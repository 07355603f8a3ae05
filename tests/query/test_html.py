"""The HTML timeline: one offline file a person would rather read than the table."""

from __future__ import annotations

import json
import re

import pytest
from sqlmodel import Session

from maritime.db.engine import open_database
from maritime.query.html import render_html
from maritime.query.timeline import TimelineFilter, timeline
from tests.query.stock import stock
from tests.query.synthetic import synthetic_events


@pytest.fixture
def events(sqlite_url: str) -> list[dict]:
    stock(sqlite_url)
    engine = open_database(sqlite_url)
    with Session(engine) as session:
        found = timeline(session, TimelineFilter())
    engine.dispose()
    return found


def test_every_event_has_a_card_with_its_evidence(events: list[dict]) -> None:
    page = render_html(events)
    for event in events:
        assert f'id="e{event["id"]}"' in page
    assert "Lark Star" in page  # former names are shown
    assert "A drone struck the bulk carrier Blue Heron" in page


def embedded(page: str) -> dict:
    """The data page.js draws the timeline and the map from."""
    found = re.search(r'<script type="application/json" id="page-data">(.*?)</script>', page, re.S)
    assert found, "the page carries no data for its script"
    return json.loads(found.group(1))


def test_the_script_gets_each_events_dates_and_point(events: list[dict]) -> None:
    page = render_html(events)
    drawn = {e["id"]: e for e in embedded(page)["events"]}
    seizure = drawn[events[0]["id"]]
    assert (seizure["start"], seizure["end"], seizure["place"]) == (
        "2025-03-03",
        "2025-03-03",
        "Caribbean Sea",
    )
    assert (seizure["lat"], seizure["lon"]) == (15.0, -75.0)
    assert sum(e["lat"] is not None for e in drawn.values()) == 2
    assert "2 events without a place are listed only" in page
    assert "1 undated events are not on the timeline" in page


def test_the_page_opens_on_the_bulk_of_the_events_not_a_stray_range() -> None:
    rows = synthetic_events(10)
    assert min(r["date_start"] for r in rows if r["date_start"]) == "2017-01-01"
    first, last = embedded(render_html(rows))["window"]
    assert first >= "2023-01-01" and last <= "2024-12-31"


def test_synthetic_rows_are_shaped_like_timeline_rows(events: list[dict]) -> None:
    """The browser tests' 3,000 made-up events must stay what `timeline()` returns."""
    real, made = events[0], synthetic_events(1)[0]
    assert made.keys() == real.keys()
    assert made["place"].keys() == real["place"].keys()
    assert made["sources"][0].keys() == real["sources"][0].keys()


def test_the_page_loads_nothing_from_elsewhere(events: list[dict]) -> None:
    page = render_html(events)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "@import" not in page and "url(" not in page


def test_article_text_cannot_inject_markup(events: list[dict]) -> None:
    events[0]["sources"][0]["evidence"] = '<script>alert("x")</script> & more'
    events[0]["actor"] = "<b>Bold</b>"
    page = render_html(events)
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in page
    assert "<b>Bold</b>" not in page


def test_article_text_cannot_close_the_data_script(events: list[dict]) -> None:
    events[0]["actor"] = '</script><script>alert("x")</script>'
    page = render_html(events)
    assert page.count("</script>") == 3  # the error hook, the data, page.js
    # and the script still reads the name as written
    assert 'by </script><script>alert("x")</script>,' in embedded(page)["events"][0]["title"]


def test_no_events_still_makes_a_page() -> None:
    page = render_html([])
    assert "No events match." in page and "</html>" in page
