"""The HTML timeline in a real browser, at 10 and at 3,000 events, driven as a reader would.

Chromium runs headless; the mouse, the wheel and the keys go through the DevTools
protocol, so the page's own handlers do the work. Screenshots of what was checked
are left in each test's tmp_path (pytest keeps the last few runs) for a person to
look at. Skipped when chromium is not installed (CI installs it: see .ci/run).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from maritime.query.html import render_html
from maritime.types import EVENT_TYPES
from tests.query.browser import CHROMIUM, CTRL, Page, open_page
from tests.query.synthetic import synthetic_events

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

Row = dict[str, Any]
CROWD = 3000


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Row]]:
    rows = synthetic_events(CROWD)
    path = tmp_path_factory.mktemp("crowd") / "incidents.html"
    path.write_text(render_html(rows), encoding="utf-8")
    return path, rows


@pytest.fixture
def crowd_page(crowd: tuple[Path, list[Row]], tmp_path: Path) -> Iterator[Page]:
    with open_page(crowd[0], tmp_path / "profile") as page:
        yield page
        assert_quiet(page, crowd[0])


def assert_quiet(page: Page, path: Path) -> None:
    """No script error, and nothing fetched but the page itself."""
    assert page.errors == []
    assert set(page.requests) == {path.as_uri()}


# ---- reading the page ------------------------------------------------------------------


def map_marks(page: Page) -> list[dict[str, float]]:
    """Each mark on the map: how many events it says it holds, its radius and centre."""
    return page.evaluate(
        """Array.from(document.querySelectorAll('#clusters > g')).map(function (g) {
             var label = g.querySelector('text');
             var r = g.getBoundingClientRect();
             return {count: label ? +label.textContent : 1,
                     r: +g.querySelector('circle').getAttribute('r'),
                     x: r.x + r.width / 2, y: r.y + r.height / 2};
           })"""
    )


def time_window(page: Page) -> tuple[date, date, int]:
    """The first and last day on the timeline, and its length in days, as the page says."""
    text = page.evaluate("document.getElementById('window').textContent")
    found = re.fullmatch(r"(\d+ \w+ \d{4}) – (\d+ \w+ \d{4}) \((\d+) days?\)", text)
    assert found, text
    first, last = (datetime.strptime(found.group(i), "%d %b %Y").date() for i in (1, 2))
    return first, last, int(found.group(3))


def listed(page: Page) -> list[int]:
    """The events whose cards are shown, in reading order: row by row, left to right."""
    cards = page.evaluate(
        """Array.from(document.querySelectorAll('#cards .card:not([hidden])')).map(function (c) {
             var r = c.getBoundingClientRect();
             return [Math.round(r.top), r.left, +c.getAttribute('data-event')];
           })"""
    )
    return [card for _, _, card in sorted(cards)]


def texts(page: Page, selector: str) -> list[str]:
    return page.evaluate(
        f"Array.from(document.querySelectorAll({selector!r}))"
        ".map(function (n) { return n.textContent; })"
    )


def overlapping(rows: list[Row], first: date, last: date) -> set[int]:
    return {
        r["id"]
        for r in rows
        if r["date_start"]
        and r["date_start"] <= last.isoformat()
        and (r["date_end"] or r["date_start"]) >= first.isoformat()
    }


def undated(rows: list[Row]) -> set[int]:
    return {r["id"] for r in rows if not r["date_start"]}


def placed(rows: list[Row]) -> set[int]:
    return {r["id"] for r in rows if r["place"] and r["place"]["lat"] is not None}


# ---- the tests -------------------------------------------------------------------------


def test_ten_events_draw_and_list_without_errors(tmp_path: Path) -> None:
    rows = synthetic_events(10)
    path = tmp_path / "ten.html"
    path.write_text(render_html(rows), encoding="utf-8")
    with open_page(path, tmp_path / "profile") as page:
        page.screenshot(tmp_path / "ten.png")
        lanes = texts(page, "#timeline .lanelabel")
        first, last, _ = time_window(page)
        marks = map_marks(page)
        shown = set(listed(page))
        assert_quiet(page, path)
    assert lanes == [t for t in EVENT_TYPES if t in {r["type"] for r in rows}]
    assert shown == overlapping(rows, first, last) | undated(rows)
    assert sum(m["count"] for m in marks) == len(shown & placed(rows))


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([], id="no events"),
        pytest.param(
            [dict(r, date_start=None, date_end=None, place=None) for r in synthetic_events(3)],
            id="neither dated nor placed",
        ),
    ],
)
def test_a_page_with_nothing_to_draw_still_runs(rows: list[Row], tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(render_html(rows), encoding="utf-8")
    with open_page(path, tmp_path / "profile") as page:
        page.press("+")
        assert page.evaluate("document.body.getAttribute('data-ready')") == "yes"
        assert set(listed(page)) == {r["id"] for r in rows}
        assert_quiet(page, path)


def test_events_at_one_spot_are_one_mark_that_counts_them(
    crowd: tuple[Path, list[Row]], crowd_page: Page, tmp_path: Path
) -> None:
    page, rows = crowd_page, crowd[1]
    page.screenshot(tmp_path / "crowd-opening.png")
    marks = map_marks(page)
    counts = [m["count"] for m in marks]
    # Each event in the window and in the list is counted once on the map.
    assert sum(counts) == len(set(listed(page)) & placed(rows))
    # 3,000 events at 15 sea areas and the positions around them: one mark an area.
    assert 12 <= len(marks) <= 40
    assert max(counts) >= 300
    # A mark's size grows with its count.
    by_count = sorted(marks, key=lambda m: m["count"])
    assert [m["r"] for m in by_count] == sorted(m["r"] for m in by_count)

    # Zoomed in on the busiest mark, it comes apart into the places it was made of.
    page.scroll_to("#map")
    busiest = max(map_marks(page), key=lambda m: m["count"])
    for _ in range(4):
        page.wheel(busiest["x"], busiest["y"], -240, modifiers=CTRL)
        page.next_frame()
    closer = map_marks(page)
    page.screenshot(tmp_path / "crowd-map-zoomed.png")
    near = [
        m for m in closer if abs(m["x"] - busiest["x"]) < 300 and abs(m["y"] - busiest["y"]) < 200
    ]
    assert len(near) > 3
    assert max(m["count"] for m in closer) < busiest["count"]

    # Clicking a mark of one place lists its events, and only those.
    single = max(closer, key=lambda m: m["count"])
    for _ in range(5):
        page.click(single["x"], single["y"])
        if "in view" in page.evaluate("document.getElementById('shown').textContent"):
            break
        single = max(map_marks(page), key=lambda m: m["count"])  # it held places: zoomed in
    assert len(listed(page)) == single["count"]
    page.press("Escape")
    assert len(listed(page)) > single["count"]


def test_the_timeline_zooms_to_a_week(
    crowd: tuple[Path, list[Row]], crowd_page: Page, tmp_path: Path
) -> None:
    page, rows = crowd_page, crowd[1]
    opening = time_window(page)
    plot = page.box("#timeline")
    y = plot["y"] + 40
    page.drag((plot["x"] + plot["width"] * 0.5, y), (plot["x"] + plot["width"] * 0.56, y))
    brushed = time_window(page)
    assert opening[0] < brushed[0] < brushed[1] < opening[1]
    assert 20 < brushed[2] < 80  # about 6% of the plot's 775 days

    page.evaluate("document.getElementById('time-box').focus()")
    for _ in range(4):
        page.press("+")
    first, last, days = time_window(page)
    page.screenshot(tmp_path / "crowd-week.png")
    assert days == 7 and last - first == timedelta(days=6)
    assert texts(page, "#timeline .ticklabel") == [
        f"{(first + timedelta(days=i)).day} {(first + timedelta(days=i)):%b}" for i in range(7)
    ]
    # The timeline counts that week's events by day; the list holds exactly its events.
    counted = [int(t) for t in texts(page, "#timeline .bin text")]
    assert counted and max(counted) >= 2
    cards = listed(page)
    assert set(cards) == overlapping(rows, first, last) | undated(rows)
    week = first.isoformat(), last.isoformat()
    within = {
        r["id"]
        for r in rows
        if r["date_start"] and week[0] <= r["date_start"] <= r["date_end"] <= week[1]
    }
    assert set(cards[: len(within)]) == within  # the week's own events come first

    page.press("0")
    assert time_window(page) == opening


def test_a_range_far_beyond_the_rest_runs_off_the_edge(crowd_page: Page, tmp_path: Path) -> None:
    page = crowd_page
    first, last, _ = time_window(page)
    assert date(2022, 12, 1) <= first and last <= date(2025, 2, 1)  # not 2017
    cut = texts(page, "#timeline .bar:has(path.cut-start) title")
    assert any("2017-01-01 to 2023-11-30" in title for title in cut)

    page.evaluate("document.querySelector('[data-time=all]').click()")
    page.screenshot(tmp_path / "crowd-all.png")
    assert time_window(page)[0] < date(2017, 1, 1)
    assert not texts(page, "#timeline .bar:has(path.cut-start) title")
