"""`maritime timeline --format html`: one offline page with a timeline by type, a map, the evidence.

The evidence cards are written here and read with JavaScript off, and in print.
The timeline and the map are drawn by data/page.js from the events embedded as
JSON, because both redraw as the reader zooms: counts of events at one spot
and in one week depend on how far in the reader is. No CDN, no fonts, no
tiles: the file opens anywhere, years later.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from functools import cache
from html import escape
from importlib import resources
from typing import Any

from maritime.query.window import default_window
from maritime.types import EVENT_TYPE, EVENT_TYPES

Row = dict[str, Any]

TIME_HELP = (
    "Drag across the timeline to zoom in to those dates. Ctrl+wheel or a pinch zooms, "
    "+ and − zoom, the arrow keys move, 0 goes back to the opening window."
)
MAP_HELP = (
    "Drag to move. Ctrl+wheel, a pinch, a double click or + and − zoom, the arrow keys move, "
    "0 fits the events. A number counts the events drawn together there: click it to list them."
)

# (action, label, hint) of the buttons above the timeline and the map.
TIME_TOOLS = [
    ("out", "−", "Zoom out (−)"),
    ("in", "+", "Zoom in (+)"),
    ("reset", "Reset", "Back to the opening window (0)"),
    ("all", "All", "Every dated event, however far apart"),
]
MAP_TOOLS = [
    ("out", "−", "Zoom out (−)"),
    ("in", "+", "Zoom in (+)"),
    ("fit", "Fit", "Fit the events (0)"),
    ("world", "World", "The whole world"),
]


@cache
def _asset(name: str) -> str:
    return (resources.files("maritime.query") / "data" / name).read_text(encoding="utf-8")


def render_html(events: Sequence[Row], title: str = "Maritime incidents") -> str:
    counts = Counter(e["type"] for e in events)
    types = [t for t in EVENT_TYPES if counts[t]]
    dated = [e for e in events if e["date_start"]]
    span = f"{dated[0]['date_start']} to {_end(dated[-1])}" if dated else "no dated events"
    toggles = "".join(
        f'<label class="toggle"><input type="checkbox" checked data-type="{t}">'
        f'<i style="background:{EVENT_TYPE[t].colour}"></i>{t} <b>{counts[t]}</b></label>'
        for t in types
    )
    undated = len(events) - len(dated)
    if undated:
        toggles += (
            '<label class="toggle" title="Events without a date: on the map and in the list, '
            'whatever the time window"><input type="checkbox" checked data-undated>'
            f"<i></i>undated <b>{undated}</b></label>"
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
<section class="panel" aria-labelledby="time-title">
<div class="bar"><h2 id="time-title">Timeline by type</h2>
<output id="window" aria-live="polite"></output>
{_tools("time", TIME_TOOLS)}</div>
<div id="time-box" class="box" tabindex="0" role="group" aria-label="Timeline. {TIME_HELP}"
 title="{TIME_HELP}"><svg id="timeline"></svg>
<svg id="overview" aria-hidden="true"></svg></div>
<noscript><p class="note">The timeline needs JavaScript; every event is listed below.</p></noscript>
{_note(undated, "undated events are not on the timeline")}
</section>
<section class="panel" aria-labelledby="map-title">
<div class="bar"><h2 id="map-title">Map</h2>
{_tools("map", MAP_TOOLS)}</div>
<div id="map-box" class="box" tabindex="0" role="group" aria-label="Map. {MAP_HELP}"
 title="{MAP_HELP}">{map_svg()}</div>
{_note(sum(not _located(e) for e in events), "events without a place are listed only")}
</section>
<section class="panel list" aria-labelledby="list-title">
<div class="bar"><h2 id="list-title">Events and evidence</h2>
<output id="shown" aria-live="polite"></output>
<button type="button" id="unselect" hidden>Show all</button></div>
<div id="cards" class="cards">{"".join(_card(e) for e in events) or "<p>No events match.</p>"}</div>
</section>
<footer>Made by maritime. Places are drawn at their resolved point; seas and regions
at their centre. The map and the list follow the timeline's window and the type buttons.</footer>
<script type="application/json" id="page-data">{_json(page_data(events))}</script>
<script>{_asset("page.js")}</script>
</body>
</html>
"""


def page_data(events: Sequence[Row]) -> Row:
    """What page.js draws: each event's type, dates and point, and the window to open on."""
    spans = [
        (date.fromisoformat(e["date_start"]), date.fromisoformat(_end(e)))
        for e in events
        if e["date_start"]
    ]
    window = default_window(spans)
    present = {e["type"] for e in events}
    return {
        "types": [{"name": t, "colour": EVENT_TYPE[t].colour} for t in EVENT_TYPES if t in present],
        "window": [day.isoformat() for day in window] if window else None,
        "events": [_datum(e) for e in events],
    }


def _datum(event: Row) -> Row:
    place = _located(event)
    return {
        "id": event["id"],
        "type": event["type"],
        "start": event["date_start"],
        "end": _end(event) if event["date_start"] else None,
        "place": place["name"] if place else None,
        "lon": place["lon"] if place else None,
        "lat": place["lat"] if place else None,
        "title": _summary(event),
    }


def _json(value: Any) -> str:
    """JSON that cannot close the script element it sits in."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _located(event: Row) -> Row | None:
    """The event's place when it has a point to draw."""
    place = event["place"]
    return place if place and place.get("lat") is not None else None


def _tools(scope: str, buttons: Sequence[tuple[str, str, str]]) -> str:
    return (
        '<span class="tools">'
        + "".join(
            f'<button type="button" data-{scope}="{action}" title="{hint}" aria-label="{hint}">'
            f"{label}</button>"
            for action, label, hint in buttons
        )
        + "</span>"
    )


def _note(count: int, text: str) -> str:
    return f'<p class="note">{count} {text}.</p>' if count else ""


def _end(event: Row) -> str:
    return event["date_end"] or event["date_start"]


def _summary(event: Row) -> str:
    place = event["place"]["name"] if event["place"] else "place unknown"
    when = event["date_start"] or "date unknown"
    if event["date_end"] and event["date_end"] != event["date_start"]:
        when += f" to {event['date_end']}"
    actor = f" by {event['actor']}" if event["actor"] else ""
    return f"#{event['id']} {event['type']}{actor}, {when}, {place}"


# ---- map ---------------------------------------------------------------------------


def map_svg() -> str:
    """The world in degrees (x = lon, y = -lat); page.js scales it and draws the events on top."""
    meridians = (f'<line x1="{lon}" y1="-90" x2="{lon}" y2="90"/>' for lon in range(-180, 181, 10))
    parallels = (f'<line x1="-180" y1="{lat}" x2="180" y2="{lat}"/>' for lat in range(-80, 81, 10))
    return (
        '<svg id="map" viewBox="-180 -90 360 180"><g id="world" aria-hidden="true">'
        '<rect class="sea" x="-180" y="-90" width="360" height="180"/>'
        f'<g class="grid">{"".join(meridians)}{"".join(parallels)}</g>'
        f"{''.join(_rings('land'))}{''.join(_rings('water'))}</g>"
        '<g id="clusters"></g></svg>'
    )


def _rings(kind: str) -> Iterator[str]:
    for ring in json.loads(_asset("world.json"))[kind].values():
        points = " ".join(f"{lon:g},{-lat:g}" for lon, lat in ring)
        yield f'<polygon class="{kind}" points="{points}"/>'


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
        f'<article id="e{event["id"]}" class="card" data-event="{event["id"]}" tabindex="0" '
        f'title="{escape(_summary(event))}">'
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
