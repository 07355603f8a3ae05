"""`maritime timeline --format html`: one offline page with a timeline by type, a map, the evidence.

Everything is drawn here as inline SVG (the page works with JavaScript off);
the small script in data/page.js only adds selection, type toggles and map zoom.
No CDN, no fonts, no tiles: the file opens anywhere, years later.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import cache
from html import escape
from importlib import resources
from typing import Any

from maritime.types import EVENT_TYPE, EVENT_TYPES

Row = dict[str, Any]

MAP_WIDTH, MAP_HEIGHT = 1000, 500
TIMELINE_WIDTH, LANE_HEIGHT, LANE_LABEL = 1000, 34, 96


@cache
def _asset(name: str) -> str:
    return (resources.files("maritime.query") / "data" / name).read_text(encoding="utf-8")


def render_html(events: Sequence[Row], title: str = "Maritime incidents") -> str:
    counts = Counter(e["type"] for e in events)
    types = [t for t in EVENT_TYPES if counts[t]]
    dated = [e for e in events if e["date_start"]]
    span = f"{dated[0]['date_start']} to {_end(dated[-1])}" if dated else "no dated events"
    toggles = "".join(
        f'<label class="toggle t-{t}"><input type="checkbox" checked data-type="{t}">'
        f'<i style="background:{EVENT_TYPE[t].colour}"></i>{t} <b>{counts[t]}</b></label>'
        for t in types
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<script>window.addEventListener("error", function (e) {{
  document.documentElement.setAttribute("data-js-error", String(e.message));
}});</script>
<style>{_asset("page.css")}</style>
</head>
<body>
<header>
<h1>{escape(title)}</h1>
<p class="summary">{len(events)} events, {span}.</p>
<div class="toggles">{toggles}</div>
</header>
<section class="panel"><h2>Timeline by type</h2>{timeline_svg(events, types)}</section>
<div class="columns">
<section class="panel map"><h2>Map <button type="button" id="zoom">World</button></h2>
{map_svg(events)}</section>
<section class="panel list"><h2>Events and evidence</h2>
{"".join(_card(e) for e in events) or "<p>No events match.</p>"}</section>
</div>
<footer>Made by maritime. Places are drawn at their resolved point; seas and regions
at their centre. Click a mark to see its evidence.</footer>
<script>{_asset("page.js")}</script>
</body>
</html>
"""


def _end(event: Row) -> str:
    return event["date_end"] or event["date_start"]


def _mark_attrs(event: Row) -> str:
    return f'class="mark t-{event["type"]}" data-event="{event["id"]}" tabindex="0"'


def _tooltip(event: Row) -> str:
    place = event["place"]["name"] if event["place"] else "place unknown"
    when = event["date_start"] or "date unknown"
    if event["date_end"] and event["date_end"] != event["date_start"]:
        when += f" to {event['date_end']}"
    actor = f" by {event['actor']}" if event["actor"] else ""
    return escape(f"#{event['id']} {event['type']}{actor}, {when}, {place}")


# ---- timeline ----------------------------------------------------------------------


def timeline_svg(events: Sequence[Row], types: Sequence[str]) -> str:
    dated = [e for e in events if e["date_start"]]
    if not dated:
        return '<p class="empty">No dated events to draw.</p>'
    first = min(date.fromisoformat(e["date_start"]) for e in dated)
    last = max(date.fromisoformat(_end(e)) for e in dated) + timedelta(days=1)
    pad = max(1, (last - first).days // 30)
    first, last = first - timedelta(days=pad), last + timedelta(days=pad)
    plot = TIMELINE_WIDTH - LANE_LABEL - 10
    scale = plot / max(1, (last - first).days)

    def x(day: date) -> float:
        return LANE_LABEL + (day - first).days * scale

    lanes = {t: i for i, t in enumerate(types)}
    height = len(types) * LANE_HEIGHT + 28
    parts = []
    for tick, label in _ticks(first, last):
        parts.append(
            f'<line class="tick" x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="0" y2="{height - 22}"/>'
            f'<text class="ticklabel" x="{x(tick):.1f}" y="{height - 8}">{label}</text>'
        )
    for kind, lane in lanes.items():
        y = lane * LANE_HEIGHT
        parts.append(
            f'<g class="t-{kind}"><rect class="lane" x="0" y="{y}" width="{TIMELINE_WIDTH}" '
            f'height="{LANE_HEIGHT}"/><text class="lanelabel" x="6" y="{y + 21}">{kind}</text></g>'
        )
    crowd: Counter[tuple[int, int]] = Counter()
    for event in dated:
        start = date.fromisoformat(event["date_start"])
        end = date.fromisoformat(_end(event)) + timedelta(days=1)
        lane_y = lanes[event["type"]] * LANE_HEIGHT + LANE_HEIGHT / 2
        slot = (lanes[event["type"]], int(x(start) // 8))
        offset = ((crowd[slot] % 3) - (1 if crowd[slot] % 3 else 0)) * 8
        crowd[slot] += 1
        colour = EVENT_TYPE[event["type"]].colour
        width = (end - start).days * scale
        tip = f"<title>{_tooltip(event)}</title>"
        if event["date_precision"] == "day" or width < 6:
            parts.append(
                f'<circle {_mark_attrs(event)} cx="{x(start) + width / 2:.1f}" '
                f'cy="{lane_y + offset:.1f}" r="5.5" fill="{colour}">{tip}</circle>'
            )
        else:
            parts.append(
                f'<rect {_mark_attrs(event)} x="{x(start):.1f}" y="{lane_y + offset - 5:.1f}" '
                f'width="{width:.1f}" height="10" rx="4" fill="{colour}">{tip}</rect>'
            )
    undated = len(events) - len(dated)
    note = f'<p class="note">{undated} undated events are listed only.</p>' if undated else ""
    return (
        f'<svg class="timeline" viewBox="0 0 {TIMELINE_WIDTH} {height}" role="img" '
        f'aria-label="Events over time, one lane per type">{"".join(parts)}</svg>{note}'
    )


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """The finest calendar unit that gives at most a dozen labelled ticks."""
    for unit in ("day", "week", "month", "quarter", "year", "decade"):
        ticks = list(_calendar(first, last, unit))
        if len(ticks) <= 12:
            return ticks
    return ticks


def _calendar(first: date, last: date, unit: str) -> Iterator[tuple[date, str]]:
    if unit in ("day", "week"):
        step = 1 if unit == "day" else 7
        day = first if unit == "day" else first + timedelta(days=-first.weekday() % 7)
        while day <= last:
            yield day, day.strftime("%d %b")
            day += timedelta(days=step)
        return
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    index = first.year * 12 + first.month - 1
    index += -index % months
    while (day := date(index // 12, index % 12 + 1, 1)) <= last:
        yield day, (day.strftime("%b %Y") if months < 12 else str(day.year))
        index += months


# ---- map ---------------------------------------------------------------------------


def _project(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180) / 360 * MAP_WIDTH, (90 - lat) / 180 * MAP_HEIGHT


def _rings(kind: str) -> Iterator[str]:
    for ring in json.loads(_asset("world.json"))[kind].values():
        points = " ".join("{:.1f},{:.1f}".format(*_project(lon, lat)) for lon, lat in ring)
        yield f'<polygon class="{kind}" points="{points}"/>'


def map_svg(events: Sequence[Row]) -> str:
    placed = [e for e in events if e["place"] and e["place"].get("lat") is not None]
    grid = []
    for lon in range(-180, 181, 30):
        x, _ = _project(lon, 0)
        grid.append(f'<line class="grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{MAP_HEIGHT}"/>')
    for lat in range(-60, 61, 30):
        _, y = _project(0, lat)
        grid.append(f'<line class="grid" x1="0" y1="{y:.1f}" x2="{MAP_WIDTH}" y2="{y:.1f}"/>')
    dots = []
    for event in sorted(placed, key=lambda e: -len(e["sources"])):
        cx, cy = _project(event["place"]["lon"], event["place"]["lat"])
        radius = 3.5 + min(len(event["sources"]), 6)
        dots.append(
            f'<circle {_mark_attrs(event)} cx="{cx:.1f}" cy="{cy:.1f}" r="{radius:.1f}" '
            f'fill="{EVENT_TYPE[event["type"]].colour}"><title>{_tooltip(event)}</title></circle>'
        )
    missing = len(events) - len(placed)
    note = (
        f'<p class="note">{missing} events without a place are listed only.</p>' if missing else ""
    )
    return (
        f'<svg id="map" viewBox="{_focus(placed)}" data-world="0 0 {MAP_WIDTH} {MAP_HEIGHT}" '
        f'role="img" aria-label="Map of events">'
        f'<rect class="sea" x="0" y="0" width="{MAP_WIDTH}" height="{MAP_HEIGHT}"/>'
        f"{''.join(grid)}{''.join(_rings('land'))}{''.join(_rings('water'))}"
        f'<g class="dots">{"".join(dots)}</g></svg>{note}'
    )


def _focus(placed: Sequence[Row]) -> str:
    """A 2:1 view around the events (at least 60 degrees wide), or the world."""
    if not placed:
        return f"0 0 {MAP_WIDTH} {MAP_HEIGHT}"
    xs, ys = zip(*(_project(e["place"]["lon"], e["place"]["lat"]) for e in placed), strict=True)
    width = max(max(xs) - min(xs) + 80, MAP_WIDTH / 6, 2 * (max(ys) - min(ys) + 40))
    width = min(width, MAP_WIDTH)
    height = width / 2
    left = min(max((max(xs) + min(xs) - width) / 2, 0), MAP_WIDTH - width)
    top = min(max((max(ys) + min(ys) - height) / 2, 0), MAP_HEIGHT - height)
    return f"{left:.1f} {top:.1f} {width:.1f} {height:.1f}"


# ---- event cards -------------------------------------------------------------------


def _card(event: Row) -> str:
    place = event["place"]
    where = escape(place["name"]) if place else "place unknown"
    if place:
        where += f" <small>({escape(place['precision'])}"
        where += (
            f", from “{escape(place['phrase'])}”)</small>" if place.get("phrase") else ")</small>"
        )
    when = escape(event["date_start"] or "date unknown")
    if event["date_end"] and event["date_end"] != event["date_start"]:
        when += f" – {escape(event['date_end'])}"
    if event["date_precision"]:
        when += f" <small>({escape(event['date_precision'])})</small>"
    facts = [
        ("actor", _actor(event)),
        ("vessels", _vessels(event)),
        ("killed", escape(str(event["killed"])) if event["killed"] is not None else ""),
        ("confidence", f"{event['confidence']:.2f}" if event["confidence"] is not None else ""),
    ]
    rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts if v)
    # One article may tell the event in the same sentence twice (two mentions).
    told = {(s["uri"], s["evidence"]): s for s in event["sources"]}
    quotes = "".join(_quote(s) for s in told.values())
    return (
        f'<article id="e{event["id"]}" {_mark_attrs(event).replace("mark", "card", 1)}>'
        f'<h3><span class="badge" style="background:{EVENT_TYPE[event["type"]].colour}">'
        f"{escape(event['type'])}</span> {when}</h3>"
        f'<p class="where">{where}</p><dl>{rows}</dl>{quotes}</article>'
    )


def _actor(event: Row) -> str:
    if not event["actor"]:
        return ""
    country = f" ({escape(event['actor_country'])})" if event["actor_country"] else ""
    return escape(event["actor"]) + country


def _vessels(event: Row) -> str:
    names = []
    for vessel in event["vessels"]:
        text = escape(vessel["name"] or vessel.get("type") or "vessel")
        details = [vessel.get("type") if vessel["name"] else None, vessel.get("flag")]
        if vessel.get("imo"):
            details.append(f"IMO {vessel['imo']}")
        if vessel.get("former_names"):
            details.append("formerly " + ", ".join(vessel["former_names"]))
        shown = [escape(d) for d in details if d]
        names.append(text + (f" <small>({'; '.join(shown)})</small>" if shown else ""))
    count = event.get("vessel_count")
    prefix = f"{count} × " if count and count > 1 else ""
    return prefix + ", ".join(names)


def _quote(source: Row) -> str:
    label = escape(" · ".join(str(v) for v in (source["source"], source["published"]) if v))
    title = escape(source["title"] or source["uri"])
    uri = source["uri"]
    link = (
        f'<a href="{escape(uri)}" rel="noreferrer">{title}</a>'
        if uri.startswith(("http://", "https://"))
        else f"{title} <small>{escape(uri)}</small>"
    )
    return f"<blockquote>{escape(source['evidence'])}<cite>{link} {label}</cite></blockquote>"
