"""The HTML timeline: one offline file a person would rather read than the table."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlmodel import Session

from maritime.db.engine import open_database
from maritime.query.html import render_html
from maritime.query.timeline import TimelineFilter, timeline
from tests.query.stock import stock


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


def test_only_placed_events_are_dots_on_the_map(events: list[dict]) -> None:
    page = render_html(events)
    map_svg = page[page.index('<svg id="map"') :]
    map_svg = map_svg[: map_svg.index("</svg>")]
    assert len(re.findall(r'<circle class="mark', map_svg)) == 2
    assert "2 events without a place are listed only" in page


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


def test_no_events_still_makes_a_page() -> None:
    page = render_html([])
    assert "No events match." in page and "</html>" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_runs_its_script_without_errors_in_a_browser(
    events: list[dict], tmp_path: Path
) -> None:
    page = tmp_path / "timeline.html"
    page.write_text(render_html(events), encoding="utf-8")
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert 'data-ready="yes"' in result.stdout, result.stderr[-2000:]
    assert not re.search(r"<html[^>]*data-js-error", result.stdout)
