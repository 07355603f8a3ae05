/* maritime's HTML page: the timeline and the map, drawn from the JSON in #page-data.
 *
 * Both are redrawn whole whenever the time window, the map view, the types shown or
 * the chosen events change, so every count on screen describes what is on screen:
 * marks closer than a few pixels merge into one mark that says how many it holds.
 * The map and the list follow the timeline's window; the evidence cards are in the
 * page already and are only shown or hidden here.
 */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 864e5;
  var NARROWEST = 7; // days: the timeline zooms in to a week, no further
  var LABEL = 112; // px left of the plot, for the lane names
  var RIGHT = 44; // px right of the plot, for counts of later events
  var LANE = 40; // px: the height of an empty timeline
  var DOTS = 30; // px: the band of a lane where events are counted in circles
  var ROW = 7; // px: a row of bars under that band, for events longer than a circle's unit
  var ROWS = 3; // rows of bars at most; more bars overlap
  var AXIS = 24; // px under the lanes, for the tick labels
  var BIN = 28; // px: the narrowest calendar unit the timeline counts events in
  var MERGE = 40; // px: map marks nearer than this are drawn as one
  var MAX_ZOOM = 400; // map px a degree
  var MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

  var data = JSON.parse(document.getElementById("page-data").textContent);
  var colours = {};
  data.types.forEach(function (t) {
    colours[t.name] = t.colour;
  });
  var events = data.events.map(function (e) {
    return {
      id: e.id,
      type: e.type,
      title: e.title,
      place: e.place,
      lon: e.lon,
      lat: e.lat,
      s: e.start ? toDay(e.start) : null,
      e: e.end ? toDay(e.end) + 1 : null, // the day after the last
      card: document.getElementById("e" + e.id),
    };
  });
  var dated = events.filter(function (e) {
    return e.s !== null;
  });
  var state = {
    types: new Set(data.types.map(function (t) { return t.name; })),
    undated: true,
    time: null, // [first day, day after the last] on the timeline
    map: null, // {lon, lat, k}: the map's centre and its pixels a degree
    chosen: null, // {ids, label}: events picked on the timeline or the map
    focus: null, // the id of the card last clicked
  };
  var timeAxis = null; // how the timeline was last drawn: {a: first day, k: px a day, plot: px}
  var overviewAxis = null; // and the overview under it: {a, k}
  var $ = function (id) { return document.getElementById(id); };

  // ---- dates and calendar units ----------------------------------------------------

  function toDay(iso) {
    return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  }
  function parts(day) {
    var d = new Date(day * DAY);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
  }
  function dayMonth(day) {
    var p = parts(day);
    return p.d + " " + MONTHS[p.m];
  }
  function longDate(day) {
    return dayMonth(day) + " " + parts(day).y;
  }
  function monthly(name, months, days, gap, tick, span) {
    function index(day) {
      var p = parts(day);
      return p.y * 12 + p.m;
    }
    function from(i) {
      return Date.UTC(Math.floor(i / 12), ((i % 12) + 12) % 12, 1) / DAY;
    }
    return {
      name: name,
      days: days,
      gap: gap,
      floor: function (day) {
        var i = index(day);
        return from(i - (((i % months) + months) % months));
      },
      next: function (day) { return from(index(day) + months); },
      tick: tick,
      span: span,
    };
  }
  var UNITS = [
    {
      name: "day", days: 1, gap: 48, floor: Math.floor,
      next: function (d) { return d + 1; },
      tick: dayMonth, span: longDate,
    },
    {
      // weeks start on Monday; day 0, 1 Jan 1970, was a Thursday
      name: "week", days: 7, gap: 48,
      floor: function (d) {
        var f = Math.floor(d);
        return f - ((((f + 3) % 7) + 7) % 7);
      },
      next: function (d) { return d + 7; },
      tick: dayMonth,
      span: function (d) { return "the week of " + longDate(d); },
    },
    monthly("month", 1, 31, 64, function (d) {
      var p = parts(d);
      return MONTHS[p.m] + " " + p.y;
    }, function (d) {
      var p = parts(d);
      return MONTHS[p.m] + " " + p.y;
    }),
    monthly("quarter", 3, 92, 60, function (d) {
      var p = parts(d);
      return "Q" + (p.m / 3 + 1) + " " + p.y;
    }, function (d) {
      var p = parts(d);
      return "Q" + (p.m / 3 + 1) + " " + p.y;
    }),
    monthly("year", 12, 366, 40, function (d) { return String(parts(d).y); },
      function (d) { return String(parts(d).y); }),
    monthly("decade", 120, 3653, 44, function (d) { return parts(d).y + "s"; },
      function (d) { return "the " + parts(d).y + "s"; }),
  ];
  // The finest unit whose steps are at least `px` wide (default: its label's width)
  // at `k` pixels a day.
  function unitFor(k, px) {
    for (var i = 0; i < UNITS.length; i++) {
      if (UNITS[i].days * k >= (px || UNITS[i].gap)) {
        return UNITS[i];
      }
    }
    return UNITS[UNITS.length - 1];
  }

  // ---- drawing helpers -------------------------------------------------------------

  function el(parent, tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, attrs[key]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    parent.appendChild(node);
    return node;
  }
  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }
  // A mark the reader can click, or reach with Tab and press Enter on.
  function actionable(node, label, action) {
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", label);
    el(node, "title", {}, label);
    node.addEventListener("click", action);
    node.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        action();
      }
    });
  }
  function ids(list) {
    return list.map(function (e) { return e.id; });
  }
  // Marks of chosen events stand out; the others fade while a choice is made.
  function emphasis(node, list) {
    if (state.chosen) {
      var hit = list.some(function (e) { return state.chosen.ids.has(e.id); });
      node.classList.add(hit ? "chosen" : "dim");
    }
    if (state.focus !== null && list.some(function (e) { return e.id === state.focus; })) {
      node.classList.add("focus");
    }
  }
  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }
  // How many events of each type, most first: "30 strikes, 2 seizures".
  function mix(list) {
    var counts = {};
    list.forEach(function (e) {
      counts[e.type] = (counts[e.type] || 0) + 1;
    });
    return Object.keys(counts)
      .sort(function (p, q) { return counts[q] - counts[p]; })
      .map(function (t) { return counts[t] + " " + t; })
      .join(", ");
  }

  // ---- what is shown ---------------------------------------------------------------

  function inWindow(e) {
    if (e.s === null) {
      return state.undated;
    }
    return state.time === null || (e.s < state.time[1] && e.e > state.time[0]);
  }
  function shown() {
    return events.filter(function (e) {
      return state.types.has(e.type) && inWindow(e);
    });
  }
  function choose(list, label) {
    state.chosen = { ids: new Set(ids(list)), label: label };
    state.focus = null;
    render();
  }

  // ---- the time window -------------------------------------------------------------

  function extent() {
    var a = Infinity;
    var b = -Infinity;
    dated.forEach(function (e) {
      a = Math.min(a, e.s);
      b = Math.max(b, e.e);
    });
    var pad = Math.max(1, (b - a) * 0.02);
    return [a - pad, b + pad];
  }
  function opening() {
    var a = toDay(data.window[0]);
    var b = toDay(data.window[1]) + 1;
    var pad = Math.max(1, (b - a) * 0.03);
    return [a - pad, b + pad];
  }
  // Show days a to b: at least a week, whole days, and not far past the events.
  function setTime(a, b) {
    if (!dated.length) {
      return;
    }
    var width = Math.max(NARROWEST, Math.round(b - a));
    var limit = extent();
    width = Math.min(width, Math.max(NARROWEST, Math.ceil(limit[1] - limit[0])));
    var start = (a + b - width) / 2;
    start = Math.max(limit[0] - width / 2, Math.min(limit[1] - width / 2, start));
    if (width >= limit[1] - limit[0]) {
      start = (limit[0] + limit[1] - width) / 2;
    }
    state.time = [Math.round(start), Math.round(start) + width];
    render();
  }
  function zoomTime(factor, centre) {
    var t = state.time;
    var c = centre === undefined ? (t[0] + t[1]) / 2 : centre;
    setTime(c - (c - t[0]) * factor, c + (t[1] - c) * factor);
  }
  function panTime(fraction) {
    var t = state.time;
    var step = (t[1] - t[0]) * fraction;
    setTime(t[0] + step, t[1] + step);
  }
  function describeWindow() {
    var out = $("window");
    if (!state.time) {
      out.textContent = "";
      return;
    }
    var first = Math.floor(state.time[0] + 1e-6);
    var last = Math.ceil(state.time[1] - 1e-6) - 1;
    out.textContent =
      longDate(first) + " – " + longDate(last) + " (" + plural(last - first + 1, "day") + ")";
  }

  // ---- the timeline ----------------------------------------------------------------

  function drawTimeline() {
    var svg = $("timeline");
    var width = $("time-box").clientWidth;
    clear(svg);
    if (!dated.length) {
      svg.setAttribute("viewBox", "0 0 " + width + " " + LANE);
      el(svg, "text", { class: "empty", x: 8, y: 22 }, "No dated events to draw.");
      return;
    }
    var a = state.time[0];
    var b = state.time[1];
    var plot = width - LABEL - RIGHT;
    var k = plot / (b - a);
    var x = function (day) { return LABEL + (day - a) * k; };
    var unit = unitFor(k, BIN);
    timeAxis = { a: a, k: k, plot: plot };
    var lanes = data.types
      .filter(function (t) { return state.types.has(t.name); })
      .map(function (t) { return laneLayout(t.name, unit, a, b, x); });
    var top = 0;
    lanes.forEach(function (lane) {
      lane.top = top;
      top += lane.height;
    });
    svg.setAttribute("viewBox", "0 0 " + width + " " + (top + AXIS));

    lanes.forEach(function (lane) {
      var g = el(svg, "g", { class: "lane" });
      el(g, "rect", { x: 0, y: lane.top, width: width, height: lane.height });
      el(g, "text", { class: "lanelabel", x: 6, y: lane.top + 17 }, lane.type);
    });
    var tick = unitFor(k);
    for (var t = tick.floor(a), n = 0; t < b && n < 400; t = tick.next(t), n++) {
      if (t >= a) {
        el(svg, "line", { class: "tick", x1: x(t), x2: x(t), y1: 0, y2: top + 4 });
        el(svg, "text", { class: "ticklabel", x: x(t) + 3, y: top + 16 }, tick.tick(t));
      }
    }
    var bins = [];
    lanes.forEach(function (lane) {
      lane.bars.forEach(function (bar) {
        drawBar(svg, bar, lane, x, a, b);
      });
      lane.bins.forEach(function (list, key) {
        var lo = Math.max(key, a);
        var hi = Math.min(unit.next(key), b);
        bins.push({
          x: x((lo + hi) / 2),
          y: lane.top + DOTS / 2 + 1,
          list: list,
          type: lane.type,
          when: unit.span(key),
        });
      });
      offEdge(svg, lane.before, "earlier", 6, lane.top + 32, "start", lane.type);
      offEdge(svg, lane.after, "later", width - 6, lane.top + 20, "end", lane.type);
    });
    var most = Math.max.apply(null, bins.map(function (bin) { return bin.list.length; }).concat(2));
    bins.forEach(function (bin) {
      drawBin(svg, bin, most);
    });
  }

  // One lane's events: those shorter than the counting unit go into bins of that unit,
  // longer ones become bars on rows under the bins; those outside the window are counted.
  function laneLayout(type, unit, a, b, x) {
    var lane = { type: type, bins: new Map(), bars: [], before: 0, after: 0 };
    var ends = []; // where each row of bars is free again, in px
    dated.forEach(function (e) {
      if (e.type !== type) {
        return;
      }
      var long = e.e - e.s > unit.days;
      if (long ? e.e <= a : e.s < a) {
        lane.before++;
      } else if (e.s >= b) {
        lane.after++;
      } else if (long) {
        lane.bars.push({ event: e });
      } else {
        var key = unit.floor(e.s);
        if (!lane.bins.has(key)) {
          lane.bins.set(key, []);
        }
        lane.bins.get(key).push(e);
      }
    });
    lane.bars.sort(function (p, q) { return p.event.s - q.event.s; });
    lane.bars.forEach(function (bar) {
      var start = x(Math.max(bar.event.s, a));
      var row = ends.findIndex(function (end) { return end <= start; });
      if (row < 0) {
        row = ends.length < ROWS ? ends.length : ends.indexOf(Math.min.apply(null, ends));
      }
      ends[row] = x(Math.min(bar.event.e, b)) + 2;
      bar.row = row;
    });
    lane.height = DOTS + Math.max(1, ends.length) * ROW + 2;
    return lane;
  }
  // An event longer than the counting unit: a bar, cut with an arrow where the window cuts it.
  function drawBar(svg, bar, lane, x, a, b) {
    var e = bar.event;
    var cy = lane.top + DOTS + bar.row * ROW + ROW / 2;
    var g = el(svg, "g", { class: "bar" });
    el(g, "path", {
      d: barPath(x(Math.max(e.s, a)), x(Math.min(e.e, b)), cy, e.s < a, e.e > b),
      fill: colours[lane.type],
      class: (e.s < a ? "cut-start " : "") + (e.e > b ? "cut-end" : ""),
    });
    actionable(g, e.title, function () { choose([e], e.title); });
    emphasis(g, [e]);
  }
  function barPath(x1, x2, cy, cutStart, cutEnd) {
    var h = ROW / 2 - 0.5;
    var tip = Math.min(9, (x2 - x1) / 2);
    var d = cutStart
      ? "M" + x1 + "," + cy + "L" + (x1 + tip) + "," + (cy - h)
      : "M" + x1 + "," + (cy - h);
    d += cutEnd
      ? "L" + (x2 - tip) + "," + (cy - h) + "L" + x2 + "," + cy + "L" + (x2 - tip) + "," + (cy + h)
      : "L" + x2 + "," + (cy - h) + "L" + x2 + "," + (cy + h);
    d += cutStart ? "L" + (x1 + tip) + "," + (cy + h) + "Z" : "L" + x1 + "," + (cy + h) + "Z";
    return d;
  }
  // Events in one lane and one calendar unit: one circle, sized and labelled by their count.
  function drawBin(svg, bin, most) {
    var n = bin.list.length;
    var r = n === 1 ? 5 : 7 + 6 * Math.sqrt((n - 1) / (most - 1));
    var g = el(svg, "g", { class: "bin" });
    el(g, "circle", { cx: bin.x, cy: bin.y, r: r, fill: colours[bin.type] });
    if (n > 1) {
      el(g, "text", { x: bin.x, y: bin.y, "font-size": n > 99 ? 9 : 10 }, String(n));
    }
    var label = n === 1 ? bin.list[0].title : plural(n, bin.type + " event") + ", " + bin.when;
    actionable(g, label, function () { choose(bin.list, label); });
    emphasis(g, bin.list);
  }
  function offEdge(svg, count, word, x, y, anchor, type) {
    if (count) {
      var text = anchor === "start" ? "‹ " + count + " " + word : count + " ›";
      var node = el(svg, "text", { class: "off", x: x, y: y, "text-anchor": anchor }, text);
      el(node, "title", {}, plural(count, word + " " + type + " event") + " outside the window");
    }
  }

  // The whole span of the events, with the window on it: drag to choose another window.
  function drawOverview() {
    var svg = $("overview");
    var width = $("time-box").clientWidth;
    clear(svg);
    svg.setAttribute("viewBox", "0 0 " + width + " 34");
    if (!dated.length) {
      return;
    }
    var full = extent();
    var plot = width - LABEL - RIGHT;
    var k = plot / (full[1] - full[0]);
    var x = function (day) { return LABEL + (day - full[0]) * k; };
    var cells = Math.max(1, Math.floor(plot / 3));
    var counts = new Array(cells).fill(0);
    dated.forEach(function (e) {
      if (state.types.has(e.type)) {
        counts[Math.min(cells - 1, Math.floor(((e.s - full[0]) * k) / 3))]++;
      }
    });
    var most = Math.max.apply(null, counts.concat(1));
    el(svg, "rect", { class: "track", x: LABEL, y: 2, width: plot, height: 22 });
    counts.forEach(function (c, i) {
      if (c) {
        var h = 2 + 18 * Math.sqrt(c / most);
        el(svg, "rect", { class: "hist", x: LABEL + i * 3, y: 24 - h, width: 2.4, height: h });
      }
    });
    el(svg, "text", { class: "lanelabel", x: 6, y: 17 }, "all dates");
    el(svg, "text", { class: "ticklabel", x: LABEL, y: 33 }, longDate(Math.ceil(full[0])));
    el(svg, "text", { class: "ticklabel", x: LABEL + plot, y: 33, "text-anchor": "end" },
      longDate(Math.floor(full[1])));
    var x1 = Math.max(LABEL, x(state.time[0]));
    var x2 = Math.min(LABEL + plot, x(state.time[1]));
    el(svg, "rect", { class: "view", x: x1, y: 1, width: Math.max(2, x2 - x1), height: 24 });
    overviewAxis = { a: full[0], k: k };
  }

  // ---- the map ---------------------------------------------------------------------

  function mapSize() {
    var width = $("map-box").clientWidth;
    return [width, Math.round(Math.max(320, Math.min(680, width * 0.55)))];
  }
  function minZoom() {
    var size = mapSize();
    return Math.min(size[0] / 360, size[1] / 170);
  }
  function clampMap(m) {
    var size = mapSize();
    var k = Math.min(MAX_ZOOM, Math.max(minZoom(), m.k));
    var spanLon = Math.max(0, 180 - size[0] / 2 / k);
    var spanLat = Math.max(0, 90 - size[1] / 2 / k);
    return {
      lon: Math.max(-spanLon, Math.min(spanLon, m.lon)),
      lat: Math.max(-spanLat, Math.min(spanLat, m.lat)),
      k: k,
    };
  }
  // The view that shows these events whole, with room for their marks.
  function fit(list) {
    var placed = list.filter(function (e) { return e.lon !== null; });
    if (!placed.length) {
      return clampMap({ lon: 0, lat: 0, k: 0 });
    }
    var lons = placed.map(function (e) { return e.lon; });
    var lats = placed.map(function (e) { return e.lat; });
    var west = Math.min.apply(null, lons);
    var east = Math.max.apply(null, lons);
    var south = Math.min.apply(null, lats);
    var north = Math.max.apply(null, lats);
    var size = mapSize();
    var k = Math.min(
      (size[0] - 2 * MERGE) / Math.max(east - west, 2),
      (size[1] - 2 * MERGE) / Math.max(north - south, 1)
    );
    return clampMap({ lon: (west + east) / 2, lat: (south + north) / 2, k: k });
  }
  function setMap(m) {
    state.map = clampMap(m);
    drawMap();
  }
  // Zoom by `factor`, keeping the point at pixel (px, py) where it is.
  function zoomMap(factor, px, py) {
    var m = state.map;
    var size = mapSize();
    var dx = (px === undefined ? size[0] / 2 : px) - size[0] / 2;
    var dy = (py === undefined ? size[1] / 2 : py) - size[1] / 2;
    var k = Math.min(MAX_ZOOM, Math.max(minZoom(), m.k * factor));
    setMap({ lon: m.lon + dx / m.k - dx / k, lat: m.lat - dy / m.k + dy / k, k: k });
  }
  function panMap(dx, dy) {
    var m = state.map;
    setMap({ lon: m.lon + dx / m.k, lat: m.lat - dy / m.k, k: m.k });
  }

  function drawMap() {
    var svg = $("map");
    var size = mapSize();
    var m = state.map;
    svg.setAttribute("viewBox", "0 0 " + size[0] + " " + size[1]);
    $("world").setAttribute(
      "transform",
      "translate(" + (size[0] / 2 - m.lon * m.k) + " " + (size[1] / 2 + m.lat * m.k) + ") " +
        "scale(" + m.k + ")"
    );
    var layer = $("clusters");
    clear(layer);
    clusters(size).forEach(function (c) {
      drawCluster(layer, c);
    });
  }
  // Events at one point make a spot; spots nearer than MERGE pixels make a cluster.
  function clusters(size) {
    var m = state.map;
    var spots = new Map();
    shown().forEach(function (e) {
      if (e.lon === null) {
        return;
      }
      var key = e.lon + "," + e.lat;
      if (!spots.has(key)) {
        spots.set(key, {
          x: size[0] / 2 + (e.lon - m.lon) * m.k,
          y: size[1] / 2 - (e.lat - m.lat) * m.k,
          place: e.place,
          list: [],
        });
      }
      spots.get(key).list.push(e);
    });
    var grid = new Map();
    var cell = function (x, y) { return Math.floor(x / MERGE) + ":" + Math.floor(y / MERGE); };
    var order = Array.from(spots.values()).sort(function (p, q) {
      return q.list.length - p.list.length;
    });
    order.forEach(function (spot) {
      var key = cell(spot.x, spot.y);
      if (!grid.has(key)) {
        grid.set(key, []);
      }
      grid.get(key).push(spot);
    });
    var found = [];
    order.forEach(function (seed) {
      if (seed.taken) {
        return;
      }
      var members = [];
      var cx = Math.floor(seed.x / MERGE);
      var cy = Math.floor(seed.y / MERGE);
      for (var i = -1; i <= 1; i++) {
        for (var j = -1; j <= 1; j++) {
          (grid.get(cx + i + ":" + (cy + j)) || []).forEach(function (spot) {
            if (!spot.taken && Math.hypot(spot.x - seed.x, spot.y - seed.y) < MERGE) {
              spot.taken = true;
              members.push(spot);
            }
          });
        }
      }
      var list = [].concat.apply([], members.map(function (s) { return s.list; }));
      var weight = function (axis) {
        var sum = members.reduce(function (total, s) { return total + s[axis] * s.list.length; }, 0);
        return sum / list.length;
      };
      var x = weight("x");
      var y = weight("y");
      if (x > -MERGE && y > -MERGE && x < size[0] + MERGE && y < size[1] + MERGE) {
        found.push({ x: x, y: y, spots: members, list: list });
      }
    });
    return found.sort(function (p, q) { return q.list.length - p.list.length; });
  }
  function drawCluster(layer, c) {
    var n = c.list.length;
    var g = el(layer, "g", { class: n === 1 ? "dot" : "cluster" });
    if (n === 1) {
      el(g, "circle", { cx: c.x, cy: c.y, r: 6.5, fill: colours[c.list[0].type] });
      actionable(g, c.list[0].title, function () { choose(c.list, c.list[0].title); });
      emphasis(g, c.list);
      return;
    }
    var r = Math.min(38, 10 + 10 * Math.log10(n));
    el(g, "circle", { class: "disc", cx: c.x, cy: c.y, r: r });
    // A ring split by type, in the order of the type buttons.
    var ring = r - 3.5;
    var around = 2 * Math.PI * ring;
    var done = 0;
    data.types.forEach(function (t) {
      var part = c.list.filter(function (e) { return e.type === t.name; }).length / n;
      if (part) {
        el(g, "circle", {
          class: "share",
          cx: c.x,
          cy: c.y,
          r: ring,
          stroke: t.colour,
          "stroke-dasharray": part * around + " " + around,
          "stroke-dashoffset": -done * around,
          transform: "rotate(-90 " + c.x + " " + c.y + ")",
        });
        done += part;
      }
    });
    el(g, "text", { x: c.x, y: c.y, "font-size": r > 20 ? 13 : 11 }, String(n));
    var places = c.spots
      .slice()
      .sort(function (p, q) { return q.list.length - p.list.length; })
      .map(function (s) {
        return (s.place || "unnamed place") + (c.spots.length > 1 ? " (" + s.list.length + ")" : "");
      });
    var where = places.slice(0, 3).join(", ");
    if (places.length > 3) {
      where += " and " + plural(places.length - 3, "more place");
    }
    var label = n + " events at " + where + ": " + mix(c.list);
    var split = c.spots.length > 1 && state.map.k < MAX_ZOOM;
    actionable(g, label + (split ? ". Click to zoom in." : ". Click to list them."), function () {
      if (split) {
        var view = fit(c.list);
        view.k = Math.max(view.k, state.map.k * 2);
        setMap(view);
      } else {
        choose(c.list, n + " events at " + where);
      }
    });
    emphasis(g, c.list);
  }

  // ---- the list --------------------------------------------------------------------

  // Cards of events within the window come first, then of longer ones that overlap it,
  // then undated ones, each in timeline order: zoomed in to a week, that week's events
  // lead. (CSS order, so that thousands of cards are not moved about.) Only cards whose
  // state changed are touched.
  function drawList() {
    var counts = [0, 0, 0];
    var chosen = 0;
    events.forEach(function (e) {
      var on = state.types.has(e.type) && inWindow(e);
      var within = state.time && e.s >= state.time[0] && e.e <= state.time[1];
      var rank = e.s === null ? 2 : within ? 0 : 1;
      counts[rank] += on ? 1 : 0;
      on = on && (!state.chosen || state.chosen.ids.has(e.id));
      chosen += on ? 1 : 0;
      if (!e.card) {
        return;
      }
      if (e.card.hidden === on) {
        e.card.hidden = !on;
      }
      if (e.rank !== rank) {
        e.rank = rank;
        e.card.style.order = rank;
      }
      if (e.card.classList.contains("selected") !== (e.id === state.focus)) {
        e.card.classList.toggle("selected");
      }
    });
    var parts = [];
    [" within these dates", " reaching beyond them", " undated"].forEach(function (words, i) {
      if (counts[i] && state.time) {
        parts.push(counts[i] + words);
      }
    });
    var total = counts[0] + counts[1] + counts[2];
    $("shown").textContent = state.chosen
      ? "Showing " + chosen + " of " + plural(total, "event") + " in view: " + state.chosen.label
      : "Showing " + total + " of " + plural(events.length, "event") +
        (parts.length ? ": " + parts.join(", ") : "");
    $("unselect").hidden = !state.chosen;
  }

  // ---- everything ------------------------------------------------------------------

  function render() {
    var active = document.activeElement;
    var inside = ["time-box", "map-box"].filter(function (id) {
      return $(id).contains(active);
    })[0];
    describeWindow();
    // A page not laid out (hidden, or squeezed for a moment) keeps its last drawing.
    if ($("time-box").clientWidth > LABEL + RIGHT + 100) {
      drawTimeline();
      drawOverview();
      drawMap();
    }
    drawList();
    if (inside && !document.body.contains(active)) {
      $(inside).focus({ preventScroll: true });
    }
  }

  // A press, then a drag past a few pixels; a press without one stays a click.
  // `begin` returns {move, end} for a drag that may start there, or null.
  function dragging(node, begin) {
    var drag = null;
    node.addEventListener("pointerdown", function (e) {
      drag = e.button === 0 ? begin(e) : null;
      if (drag) {
        drag.from = [e.clientX, e.clientY];
        drag.moved = false;
      }
    });
    node.addEventListener("pointermove", function (e) {
      if (!drag) {
        return;
      }
      if (!drag.moved) {
        if (Math.hypot(e.clientX - drag.from[0], e.clientY - drag.from[1]) < 4) {
          return;
        }
        drag.moved = true;
        node.setPointerCapture(e.pointerId);
      }
      drag.move(e);
    });
    node.addEventListener("pointerup", function (e) {
      if (drag && drag.moved) {
        drag.end(e);
        // the click that ends a drag is not a click on a mark
        var swallow = function (c) {
          c.stopImmediatePropagation();
        };
        node.addEventListener("click", swallow, true);
        setTimeout(function () {
          node.removeEventListener("click", swallow, true);
        }, 0);
      }
      drag = null;
    });
    node.addEventListener("pointercancel", function () {
      drag = null;
    });
  }
  // Where a pointer event falls, in the svg's own units.
  function at(svg, e) {
    var box = svg.getBoundingClientRect();
    var view = svg.viewBox.baseVal;
    return [
      ((e.clientX - box.left) * view.width) / box.width,
      ((e.clientY - box.top) * view.height) / box.height,
    ];
  }
  function keys(node, table) {
    node.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || !Object.hasOwn(table, e.key)) {
        return;
      }
      e.preventDefault();
      table[e.key]();
    });
  }
  // Ctrl+wheel (and a trackpad's pinch) zooms, a sideways wheel moves; a plain wheel
  // scrolls the page. A burst of wheel events is applied once a frame.
  function wheelZoom(node, zoom, pan) {
    var factor = 1;
    var shift = 0;
    var where = null;
    var queued = false;
    function apply() {
      queued = false;
      if (factor !== 1) {
        zoom(factor, where);
      }
      if (shift) {
        pan(shift);
      }
      factor = 1;
      shift = 0;
    }
    node.addEventListener("wheel", function (e) {
      if (e.ctrlKey || e.metaKey) {
        factor *= Math.exp(e.deltaY * 0.003);
        where = e;
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        shift += e.deltaX;
      } else {
        return;
      }
      e.preventDefault();
      if (!queued) {
        queued = true;
        requestAnimationFrame(apply);
      }
    }, { passive: false });
  }


  // Timeline: brush a window, zoom, move, reset.
  function timeAt(e) {
    var px = at($("timeline"), e)[0];
    return Math.max(LABEL, Math.min(LABEL + timeAxis.plot, px));
  }
  dragging($("timeline"), function (e) {
    var svg = $("timeline");
    var x0 = at(svg, e)[0];
    if (!timeAxis || x0 < LABEL || x0 > LABEL + timeAxis.plot) {
      return null;
    }
    var height = svg.viewBox.baseVal.height - AXIS;
    var brush = el(svg, "rect", { class: "brush", x: x0, y: 0, width: 0, height: height });
    var day = function (px) { return timeAxis.a + (px - LABEL) / timeAxis.k; };
    return {
      move: function (ev) {
        var x1 = timeAt(ev);
        brush.setAttribute("x", Math.min(x0, x1));
        brush.setAttribute("width", Math.abs(x1 - x0));
      },
      end: function (ev) {
        var x1 = timeAt(ev);
        setTime(day(Math.min(x0, x1)), day(Math.max(x0, x1)));
      },
    };
  });
  function overviewDay(e) {
    return overviewAxis.a + (at($("overview"), e)[0] - LABEL) / overviewAxis.k;
  }
  dragging($("overview"), function (e) {
    if (!dated.length) {
      return null;
    }
    var from = overviewDay(e);
    var was = state.time.slice();
    var inside = from >= was[0] && from <= was[1];
    return {
      move: function (ev) {
        var to = overviewDay(ev);
        if (inside) {
          setTime(was[0] + to - from, was[1] + to - from);
        } else {
          setTime(Math.min(from, to), Math.max(from, to));
        }
      },
      end: function () {},
    };
  });
  $("overview").addEventListener("click", function (e) {
    if (dated.length) {
      var centre = overviewDay(e);
      var half = (state.time[1] - state.time[0]) / 2;
      setTime(centre - half, centre + half);
    }
  });
  var timeActions = {
    in: function () { zoomTime(0.5); },
    out: function () { zoomTime(2); },
    reset: function () { setTime.apply(null, opening()); },
    all: function () { setTime.apply(null, extent()); },
  };
  document.querySelectorAll("[data-time]").forEach(function (button) {
    button.addEventListener("click", timeActions[button.getAttribute("data-time")]);
  });
  keys($("time-box"), {
    "+": timeActions.in, "=": timeActions.in, "-": timeActions.out, "_": timeActions.out,
    "0": timeActions.reset, Home: timeActions.reset,
    ArrowLeft: function () { panTime(-0.25); }, ArrowRight: function () { panTime(0.25); },
  });
  wheelZoom($("time-box"), function (factor, e) {
    var px = at($("timeline"), e)[0];
    zoomTime(factor, timeAxis.a + (Math.max(LABEL, px) - LABEL) / timeAxis.k);
  }, function (dx) {
    panTime(dx / timeAxis.plot);
  });

  // Map: drag to move, zoom, fit.
  dragging($("map"), function (e) {
    var view = state.map;
    var scale = $("map").viewBox.baseVal.width / $("map").getBoundingClientRect().width;
    return {
      move: function (ev) {
        setMap({
          lon: view.lon - ((ev.clientX - e.clientX) * scale) / view.k,
          lat: view.lat + ((ev.clientY - e.clientY) * scale) / view.k,
          k: view.k,
        });
      },
      end: function () {},
    };
  });
  $("map").addEventListener("dblclick", function (e) {
    var p = at($("map"), e);
    zoomMap(2, p[0], p[1]);
  });
  var mapActions = {
    in: function () { zoomMap(2); },
    out: function () { zoomMap(0.5); },
    fit: function () { setMap(fit(shown())); },
    world: function () { setMap({ lon: 0, lat: 0, k: 0 }); },
  };
  document.querySelectorAll("[data-map]").forEach(function (button) {
    button.addEventListener("click", mapActions[button.getAttribute("data-map")]);
  });
  keys($("map-box"), {
    "+": mapActions.in, "=": mapActions.in, "-": mapActions.out, "_": mapActions.out,
    "0": mapActions.fit, Home: mapActions.fit,
    ArrowLeft: function () { panMap(-80, 0); }, ArrowRight: function () { panMap(80, 0); },
    ArrowUp: function () { panMap(0, -80); }, ArrowDown: function () { panMap(0, 80); },
  });
  wheelZoom($("map-box"), function (factor, e) {
    var p = at($("map"), e);
    zoomMap(1 / factor, p[0], p[1]);
  }, function (dx) {
    panMap(dx, 0);
  });

  // Types, undated events, chosen events, cards.
  document.querySelectorAll("input[data-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      state.types[box.checked ? "add" : "delete"](box.getAttribute("data-type"));
      render();
    });
  });
  document.querySelectorAll("input[data-undated]").forEach(function (box) {
    box.addEventListener("change", function () {
      state.undated = box.checked;
      render();
    });
  });
  $("unselect").addEventListener("click", function () {
    state.chosen = null;
    render();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && state.chosen) {
      state.chosen = null;
      render();
    }
  });
  events.forEach(function (e) {
    if (!e.card) {
      return;
    }
    var pick = function () {
      state.focus = e.id;
      render();
    };
    e.card.addEventListener("click", pick);
    e.card.addEventListener("keydown", function (k) {
      if (k.key === "Enter") {
        pick();
      }
    });
  });

  // Redraw at the new width when the window is resized (or the page is printed).
  var widths = {};
  if (window.ResizeObserver) {
    new ResizeObserver(function () {
      var now = $("time-box").clientWidth + "x" + $("map-box").clientWidth;
      if (widths.last && widths.last !== now) {
        render();
      }
      widths.last = now;
    }).observe(document.body);
  }

  state.map = fit(events);
  if (dated.length) {
    setTime.apply(null, opening());
  } else {
    render();
  }
  document.body.setAttribute("data-ready", "yes");
})();
