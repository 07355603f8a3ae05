"""Pick the place span that locates a trigger, or an anaphoric place resolved in context."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache

from maritime.extract.clauses import clause_bounds
from maritime.extract.facts import Context, SentenceFacts
from maritime.extract.lexicon import load
from maritime.extract.triggers import Trigger
from maritime.geo import Place, PlaceSpan, resolve_place, within
from maritime.geo.agreement import agreed, agrees
from maritime.geo.names import gazetteer
from maritime.geo.place import precision_rank
from maritime.geo.resolve import coast_within, is_main_coast, waters_of

# Places named only by reference to an earlier one: "the same waters", "off the same
# coast", "32 miles south of the island", "off the port".
_PLACE_NOUN = r"(?:island|port|harbou?r|town|city)"
_ANAPHORA = re.compile(
    r"\b(?:in |into |to |toward |near |off |across |along )?(?:the same (?:waters|area|region|"
    r"place|coast(?:line)?)|(?:that|this|the same) (?:part|stretch|section) of (?:the )?"
    r"(?:sea|waters?|coast(?:line)?|gulf|strait)|"
    r"the region|the area|its (?:shores|coast|waters)|those waters|"
    r"these waters|the strait|the shoal|the reef|the atoll|the lagoon|the waterway|"
    r"regional waters|nearby waters|"
    r"local waters)\b|"
    rf"\b(?:(?:about |some |roughly |approximately |nearly )?\d[\d.,]*\s*(?:nautical miles|"
    rf"miles|nm|kilometres|kilometers|km)\s+(?:(?:north|south|east|west)[\w-]*\s+)?"
    rf"(?:of|off|from)|off|near|outside) the {_PLACE_NOUN}\b(?!\s+(?:of|authorit|city|state)\b)",
    re.I,
)
_OFFSET_FROM_IT = re.compile(r"\d")
# "the shoal", "off the island", "near the port": a place pointed back to by its kind is
# the last place of that kind named, not the last place (a sea, an archipelago) told.
_KIND_NOUN = re.compile(r"\b(shoal|reef|atoll|lagoon|island|port|harbou?r)\b", re.I)
_KINDS = {
    "shoal": ("shoal", "reef"),
    "reef": ("shoal", "reef"),
    "atoll": ("shoal", "reef", "island"),
    "lagoon": ("shoal", "reef"),
    "island": ("island",),
    "port": ("port", "anchorage", "terminal"),
    "harbour": ("port", "anchorage"),
    "harbor": ("port", "anchorage"),
}


_POSSESSIVE = re.compile(
    r"['’]s?\s+(?!(?:[\w-]+\s+){0,3}?(?:coast|shores?|waters|ports?|coastline|anchorage|"
    r"harbou?r|roads|terminal|berth|pier)\b)"
)
_AGENT = re.compile(r"by\s", re.I)  # "followed by the US Coast Guard" names no place
# "an Isle of Man flag tanker", "Malta-flagged", "Panamanian-registered", "U.S.-owned": a
# flag or an owner, not a place.
_FLAG = re.compile(r"[\s-]*(?:flag(?:ged)?|registered|registry)\b", re.I)
# "anchored off Santos", "at anchor, Jakarta": named where a ship lay, so a place even when
# a vessel or actor reading also claims the words ("M/V IN BELAWAN", "Jakarta said").
_LOCATIVE = re.compile(
    r"(?:\b(?:at|in|off|near|outside|inside|anchored|berthed|moored|docked|alongside)\s+"
    r"(?:the\s+)?|\b(?:anchor(?:age)?|berth|pier|wharf|terminal|jetty|roads|harbou?r|port)\b"
    r"(?:[^,.;]{0,12},\s*|\s+(?:of\s+)?(?:the\s+)?))$",
    re.I,
)
# "NEAR NINEPIN ISLANDS", "20 MILES SOUTH OF X", "OFF THE COAST OF X": a phrase that says
# where something lies, even when a vessel's name, read in capitals, runs over it.
_RELATION = re.compile(
    r"(?:near|off|outside|in the vicinity of|close to|along|\d[\d.,]*\s*(?:nm|n\.m\.|nautical|"
    r"miles?|km|kilomet))\b",
    re.I,
)
# "M/V SALDANHA", "HNLMS Rotterdam", "(VENEZIA)": a ship's name, however spelt.
_PREFIXES = [
    *load("common")["ship_prefixes"]["naval"],  # hull prefixes, the keys of prefix -> state
    *load("common")["ship_prefixes"]["merchant"],
]
_SHIP_PREFIX = re.compile(rf"\b(?:{'|'.join(map(re.escape, _PREFIXES))})\.?\s+$")
# "Chemical tanker (GOTLAND SOFIA)", "the cargo ship (COLOMBIA 1)": reports bracket a ship's
# name after its type, and the name may hold a place's.
_SHIP_TYPE = (
    r"(?:(?:tanker|ship|carrier|vessel|boat|tug|trawler|dhow|yacht|ferry|barge|containership|"
    r"freighter|reefer|coaster|supply|FPSO|craft|liner|gasser|tugboat|launch)s?|"
    r"M/?[VT]\.?|F/V)"  # "The M/V (DUBAI PALM)"
)
_BRACKETED_NAME = re.compile(rf"\b{_SHIP_TYPE}\s*\(\s*[^()]{{0,40}}$", re.I)
# "CMA CGM NEW JERSEY", "MAERSK LA GUAIRA", "Zim Montevideo": a liner company's ships take
# its name before a place's.
_LINER = re.compile(
    r"\b(?:Maersk|CMA CGM|CSAV|CSCL|COSCO|MSC|Zim|Hapag[- ]Lloyd|Hanjin|Hyundai|Evergreen|Ever|"
    r"NYK|MOL|OOCL|APL|P&O Nedlloyds?|Nedlloyd|Safmarine|Delmas|Grimaldi|Wan Hai|Yang Ming|"
    r"Kota|Sav|Viking)\s+(?-i:(?:(?!(?:AT|IN|OFF|NEAR|TO|FROM|FOR)\b)[A-Z][\w&-]*\s+){0,2})$",
    re.I,
)
# "UKMTO Dubai was informed", "IMB PRC Kuala Lumpur", "the consulate in Lagos": where an
# incident was reported, not where it happened.
_CENTRE = re.compile(
    r"\b(?:UKMTO|IMB|PRC|MRCC|MRSC|RCC|MSCHOA|ReCAAP|NATO|JMIC|MDAT-GoG|IFC|"
    r"(?:consulate|embassy)(?:[- ]general)?(?:\s+(?:in|to|at))?|"
    r"reporting cent(?:re|er)(?:\s+\(\w+\))?(?:\s+(?:in|at))?)\s+(?:the\s+)?$",
    re.I,
)
# "told reporters in Tehran", "Speaking in Manila on Monday", "at a news conference in
# Washington": where an official spoke, not where the act was.
_SPOKEN_IN = re.compile(
    r"\b(?:speaking|spoke|said|says|told\s+(?:\w+\s+){0,2}?|(?:news|press)\s+(?:conference|"
    r"briefing)|briefing|statement|interview|remarks|addressing\s+(?:\w+\s+){0,2}?)\s*"
    r"(?:(?:on|late|early|this|last)\s+\w+\s+)?(?:in|at|from)\s+$",
    re.I,
)
# "Coast Guard Sector San Juan watchstanders", "a Station Islamorada boat crew", "Air
# Station Miami", "a Key West station boat crew": a unit named for its home, which is not
# where its crew acted. A naval station or base a ship arrives at is a place ("Naval
# Station Rota"), so only the Coast Guard's units count.
_UNIT_BEFORE = re.compile(
    r"(?<!Naval )(?<!Naval Air )\b(?:(?:Air\s+)?Station|Sector|Coast\s+Guard\s+Base)\s+$"
)
_UNIT_AFTER = re.compile(
    r"\s+(?:(?:air\s+)?station|sector)\s+(?:small\s+)?(?:boat\s+|response\s+)?"
    r"(?:crews?|aircrews?|watchstanders|personnel|team)\b",
    re.I,
)
_BERTH = re.compile(
    r"(?:['’]s)?\s+(?:[\w.]+\s+){0,2}?(?:anchorage|roads|port|harbou?r|terminal|berth|pier|wharf)\b",
    re.I,
)
_ORIGIN = re.compile(
    r"\b(?:from|leaving|left|departed|departing|sailed|out of|arrived from|ex)\s+(?:the\s+)?"
    r"(?:(?:port|harbou?r)\s+of\s+)?$",  # "underway from port of Nikolayev"
    re.I,
)
# "departed Roatan, Bay Islands, Honduras, for ...": names set beside the port a ship left
# are that port's (not after a bare "from": "four miles from the fairway buoy, Lagos Roads"
# is where the ship lay).
_ORIGIN_APPOSED = re.compile(
    r"\b(?:departed|departing|left|leaving)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3},\s*$"
)
_ROUTE = re.compile(
    r"\b(?:until it reached|reached|reaching|toward|towards|bound (?:for|to)|"
    r"head(?:ing|ed) (?:for|to)|"
    r"destination(?: port)?(?: of| was| is)?:?|"  # "declared destination Nhava Sheva"
    r"(?:en|in) ?route(?: to)?|(?:sailed|sailing|proceeding|departed|left) (?:to|for)|"
    r"destined for|ETA|carrying \w+ to|"
    # where a ship was taken after the incident: "took it to Hobyo", "escorted the tanker to"
    r"(?:taken|(?:take|takes|taking|took)(?: \w+){1,2}|brought(?: \w+){0,2}|towed(?: \w+)?|"
    r"escorted(?: \w+){0,2}|"
    r"accompanied(?: \w+){0,3}|(?:sailing|steering|diverted|redirected)(?: \w+){0,2}) (?:in)?to|"
    r"due (?:to arrive )?(?:[\w.]+ ){0,3}(?:at|in))\s+(?:the\s+)?"
    # "took it to an anchorage off Porvoo", "escorted it to a naval base near Jask"
    r"(?:(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:(?:port|harbou?r|terminal|city) of|"
    r"(?:anchorage|base|berth|pier|port|harbou?r)(?: (?:off|near|outside|at|in))?)\s+)?$",
    re.I,
)
# "on a voyage from Merak to Pasir Gudang", "left Singapore on 29 Nov for Vladivostok", "from
# Nikolayev to the port of Constanta": the second port is where it was going.
_FROM_TO = re.compile(
    r"\b(?:from|left|departed|departing|leaving)\s+(?:[^.;:]|\.(?=\s*\d)){2,60}?\s+(?:to|for)\s+"
    r"(?:the\s+)?(?:(?:port|harbou?r|terminal|city) of\s+)?$",
    re.I,
)
# "offloaded 54,500 pounds of cocaine and 15,800 pounds of marijuana at Port Everglades":
# where a cutter landed what it seized, not where it seized it.
_OFFLOAD = re.compile(r"\boff-?load(?:ed|s|ing)?\b[^.;:]{0,90}?\b(?:at|in)\s+(?:the\s+)?$", re.I)
_ROUTE_WINDOW = 80
# A waypoint on a deployment's way: "via the Suez Canal" (not "entered the Caribbean
# through the Anegada Passage": where it came in is where it was that day).
_WAYPOINT = re.compile(r"\b(?:via|by way of)\s+(?:the\s+)?$", re.I)


@cache
def _adjectives() -> frozenset[str]:
    return frozenset(
        adjective.lower()
        for _n, _ns, adjectives, _c in load("countries")["countries"].values()
        for adjective in adjectives
    )


# A news dateline: a city in capitals, maybe its state or country, maybe the agency, then
# a dash ("TAMPA, Fla. –", "SAN JUAN, Puerto Rico —", "MANAMA (Reuters) -").
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[–—-]{1,2}\s"
)


def candidate_places(
    text: str, spans: list[PlaceSpan], blocked: list[tuple[int, int]]
) -> list[PlaceSpan]:
    """Place spans that really name where something is: not a demonym ("Venezuelan"), not
    a possessive ("Yemen's Houthis"), not inside a vessel or actor name ("Stena Impero")."""
    keep = []
    dateline = _DATELINE.match(text)
    for span in spans:
        adjective = span.phrase.strip().lower() in _adjectives() and not _header(text, span)
        if adjective or _AGENT.match(span.phrase):
            continue
        if dateline and span.end <= dateline.end():
            continue  # "TAMPA, Fla. – ...": where the release was written, not the act
        if _FLAG.match(text, span.end) or (
            _POSSESSIVE.match(text, span.end)
            and not _country_appended(span)
            and span.place.precision != "sea"  # "the Singapore Strait's eastbound lane"
        ):
            continue
        if _names_a_ship(text, span):
            continue
        inside = any(a <= span.start and span.end <= b for a, b in blocked)
        if inside and not _named_as_place(text, span):
            continue
        keep.append(_as_waters(text, span) if _header(text, span) else span)
    # Text order, but a heading last: it frames the report, and what the sentence itself
    # names is what the sentences after it lean on.
    keep.sort(key=lambda span: _header(text, span))
    return _without_frames(text, _positions_checked(text, keep, spans))


def _country_appended(span: PlaceSpan) -> bool:
    """ "at Novorossiysk, Russia's main Black Sea port": the possessive is the country's,
    read into the span after a comma; the place before it still names where."""
    return span.place.precision != "country" and "," in span.phrase


# How far outside a sea's or region's extent a named point may lie and still be "in" it
# (a port on the shore of a strait); farther, it is another place, maybe another incident
# ("drones hit a ship at Novorossiysk and, hours later, a tanker near the Kerch Strait").
_FRAME_KM = 30.0
_EXACT = ("point", "port")
# Words that open a clause telling another, earlier or later, act.
_SUBORDINATE = re.compile(r"\b(?:since|after|before|following|whereas|than)\b", re.I)
_WATERS = ("coast", "sea")


def _without_frames(text: str, spans: list[PlaceSpan]) -> list[PlaceSpan]:
    """A sea, a region or a country's waters named beside an exact place inside them
    ("GULF OF ADEN: ... fired upon in position 13-00N 048-45E", "INDONESIA: ... Dumai
    anchorage") only frame that place: the exact place alone locates the incident, for this
    sentence and for the sentences after it that lean on it. A port on a voyage's route
    frames nothing."""
    frames = [span for span in spans if _is_frame(span.place)]
    exact = [span for span in spans if span.place.precision in _EXACT]
    framing = [f for f in frames if any(within(f.place, e.place.point, _FRAME_KM) for e in exact)]
    if not framing:
        return spans  # the cheap test first: most sentences have no frame around a place
    inside = [e for e in exact if not on_route(text, e)]
    return [
        span
        for span in spans
        if span not in framing
        or not any(
            within(span.place, e.place.point, _FRAME_KM) and not _apart(text, span, e)
            for e in inside
        )
    ]


def _apart(text: str, a: PlaceSpan, b: PlaceSpan) -> bool:
    """Whether a subordinator stands between two places ("seized a tanker in the Gulf of
    Oman, a week after a drone struck a freighter near Fujairah"): two acts' places, so
    neither frames the other."""
    first, second = sorted((a, b), key=lambda s: s.start)
    return _SUBORDINATE.search(text, first.end, second.start) is not None


def _is_frame(place: Place) -> bool:
    """A sea, a region, or a country's coastal waters (main or on one sea)."""
    return place.precision in ("sea", "region") or (place.key or "").startswith("coast:")


_MOORED = re.compile(r"\b(?:anchor(?:ed|age)?|berth(?:ed)?|moored|alongside|docked)\b", re.I)


def _positions_checked(
    text: str, spans: list[PlaceSpan], found: list[PlaceSpan]
) -> list[PlaceSpan]:
    """Positions read against every other place the same sentence names, kept as a place
    or not ("at the port of Buenaventura, near position 03-53N 077-03E" means 077-03W); a
    position that contradicts the port a ship lay at gives way to the port. A heading says
    its waters; ports on a ship's route vouch for nothing."""
    if all(span.place.resolved_by != "coordinates" for span in spans):
        return spans  # most sentences give no position: nothing to check
    named = [
        ((_as_waters(text, s) if _header(text, s) else s).place, s)
        for s in found
        if s.place.resolved_by != "coordinates"
    ]
    checked = []
    for span in spans:
        if span.place.resolved_by == "coordinates" and not agrees(
            span.place, [place for place, _ in named]
        ):
            vouching = [place for place, s in named if not on_route(text, s)]
            place = agreed(span.place, vouching, _berths(text, spans))
            if place is None:
                continue
            span = replace(span, place=place)
        checked.append(span)
    return checked


def _berths(text: str, spans: list[PlaceSpan]) -> list[Place]:
    """The ports a sentence says its ship lay at ("anchored at Sandakan port")."""
    if not _MOORED.search(text):
        return []
    return [
        s.place
        for s in spans
        if s.place.precision == "port"
        and s.place.resolved_by == "gazetteer"
        and not on_route(text, s)
    ]


def _as_waters(text: str, span: PlaceSpan) -> PlaceSpan:
    """ "TOGO: Robbers boarded an anchored tanker.": a bulletin's heading country is where
    the report happened, so it places the incident in that country's coastal waters (as
    vaguely as a region: any place the report names is sharper)."""
    return replace(span, place=waters_of(span.place))


def rank(place: Place) -> tuple[int, float, bool]:
    """How exact a place is, most exact first: a position read from coordinates, then a
    point, then a port or anchorage; among waters (coasts and seas) the smallest, so "the
    Singapore Strait" beats "off Indonesia" and an offset's sector beats the sea around it,
    whatever words named them; then a region (land, or a heading's waters: "Trinidad" named
    for where victims came from must not outrank "off Venezuela"); a country last."""
    if place.precision in _WATERS:
        return precision_rank("coast"), _extent(place), True
    return precision_rank(place.precision), 0.0, place.resolved_by != "coordinates"


def _extent(place: Place) -> float:
    """Rough area of a place's box in square degrees of latitude. A coast named without a
    box is a spot ("off Mokha"); a sea or region without one (two areas joined by "and")
    has no extent to vouch for it."""
    if place.bbox is None:
        return 0.0 if place.precision == "coast" else math.inf
    south, west, north, east = place.bbox
    width = east - west if west <= east else east + 360 - west
    return (north - south) * width * math.cos(math.radians((north + south) / 2))


# "seized 3 tons of cocaine from the Eastern Pacific", "removed ... from the Caribbean": the
# waters a haul was taken in, not where a ship came from.
_TAKEN_FROM = re.compile(
    r"\b(?:seiz|interdict|remov|recover|confiscat|custody|caught|apprehend)\w*\b[^.;:]{0,80}"
    r"\bfrom\s+(?:the\s+)?$",
    re.I,
)


def from_origin(text: str, span: PlaceSpan) -> bool:
    """Whether the place is where a ship came from ("sailed from Kuwait"); not waters a
    haul was taken from ("seized 3 tons of cocaine from the Eastern Pacific")."""
    before = text[max(0, span.start - 120) : span.start]
    if not (_ORIGIN.search(before[-20:]) or _ORIGIN_APPOSED.search(before[-60:])):
        return False
    return span.place.precision not in ("sea", "region") or not _TAKEN_FROM.search(before)


def to_destination(text: str, span: PlaceSpan) -> bool:
    """Whether the place is where a ship was heading ("bound for Jubail", "from A to B") or
    landed its haul ("offloaded the cocaine at Port Everglades")."""
    before = text[max(0, span.start - _ROUTE_WINDOW - 40) : span.start]
    return bool(
        _ROUTE.search(before[-50:])
        or _FROM_TO.search(before[-_ROUTE_WINDOW:])
        or _OFFLOAD.search(before)
    )


def _names_a_ship(text: str, span: PlaceSpan) -> bool:
    """ "M/V SALDANHA", a bracketed "(VENEZIA)" or "tanker (DUBAI PRIDE)", a liner's "MAERSK
    LA GUAIRA"; a reporting centre's seat, "UKMTO Dubai"; a Coast Guard unit's home, "Sector
    Key West"; where an official spoke, "told reporters in Tehran": no place of the
    incident."""
    if span.place.resolved_by != "gazetteer":
        return False
    before = text[max(0, span.start - 50) : span.start]
    bracketed = before.endswith("(") and text[span.end : span.end + 1] == ")"
    named = _BRACKETED_NAME.search(before) and re.match(r"[^()]{0,30}\)", text[span.end :])
    return bool(
        bracketed
        or named
        or _SHIP_PREFIX.search(before[-8:])
        or _LINER.search(before[-36:])
        or _CENTRE.search(before[-30:])
        or (span.place.precision not in ("sea", "coast") and _SPOKEN_IN.search(before[-40:]))
        or _UNIT_BEFORE.search(before[-24:])
        or _UNIT_AFTER.match(text, span.end)
    )


def _named_as_place(text: str, span: PlaceSpan) -> bool:
    """ "anchored off Santos", "Manila South Anchorage": a place, whatever else claims it."""
    before = text[max(0, span.start - 30) : span.start]
    return bool(
        _header(text, span)
        or _LOCATIVE.search(before)
        or _BERTH.match(text, span.end)
        or _RELATION.match(span.phrase)
    )


# What may stand before a heading's last name: a classification mark, and other names
# ("LAWI ANCHORAGE, BALIKPAPAN, INDONESIA:", "(U) NIGERIA:").
_HEADING_LEAD = re.compile(r"\s*(?:\(U\)\s*)?(?:[^.:;()]{0,60}?[,/-]\s*)?")


def _header(text: str, span: PlaceSpan) -> bool:
    """ "BANGLADESH: ...", "TEBING ISLAND, INDONESIA: ...": a bulletin's heading names where
    its report happened."""
    return text[span.end : span.end + 1] == ":" and bool(
        _HEADING_LEAD.fullmatch(text, 0, span.start)
    )


def on_its_coast(best: PlaceSpan, located: list[tuple[str, PlaceSpan]]) -> PlaceSpan:
    """ "SOMALIA: ... in the Gulf of Aden", "GULF OF ADEN: ... off Somalia": a sea and the
    country a report is about (its heading, or "off" it) are that country's coast on that
    sea. A country merely named (an actor, a flag) refines nothing; nor do a sea and a
    country that share no coast."""
    if best.place.precision == "sea":
        countries = [span for text, span in located if is_main_coast(span.place)]
        pairs = [(span.place, best.place) for span in countries]
    elif is_main_coast(best.place):
        seas = [
            span
            for text, span in located
            if span.place.precision == "sea" and not on_route(text, span)
        ]
        pairs = [(best.place, span.place) for span in seas]
    else:
        return best
    for country, sea in pairs:
        coast = coast_within(country, sea)
        if coast is not None:
            return replace(best, place=coast)
    return best


def _on_the_articles_coast(span: PlaceSpan, seas: tuple[Place, ...]) -> PlaceSpan:
    """ "off Colombia" or "off Oman" alone, in a story whose seas are the eastern Pacific or
    the Strait of Hormuz: the country's coast on the sea the article names most (of those
    it has a coast on), not its main coast on another."""
    if not is_main_coast(span.place):
        return span
    one_of_its_coasts = f"coast:{(span.place.country or '').lower()}:"
    for sea in seas:
        coast = coast_within(span.place, sea)
        if coast is not None and (coast.key or "").startswith(one_of_its_coasts):
            return replace(span, place=coast)
    return span


def on_route(text: str, span: PlaceSpan) -> bool:
    """Whether the place is where a ship came from or was heading ("bound for Jubail")."""
    return from_origin(text, span) or to_destination(text, span)


def choose(
    text: str,
    spans: list[PlaceSpan],
    clause: tuple[int, int],
    at: int,
    *,
    countries: bool,
    routes: str,
    sentence_fallback: bool,
) -> PlaceSpan | None:
    """The most precise place in the trigger's clause, nearest on ties; else (when the
    sentence tells of nothing else) the nearest place in the sentence; else, when the
    sentence names no other place, the report's heading ("TOGO:"). Countries count only when
    asked (a blockade of Venezuela), and so do a voyage's origin and destination
    ("sailed from Kuwait toward Houston"): `routes` is "" (neither), "to" (a deployment's
    destination is where it is) or "both" (a blockade of ships to and from a country)."""
    usable = [
        s
        for s in spans
        if (countries or s.place.precision != "country")
        and (routes == "both" or not from_origin(text, s))
        and (routes or not to_destination(text, s))
    ]
    headings = [s for s in usable if _header(text, s)]
    named = [s for s in usable if s not in headings]
    in_clause = [s for s in named if clause[0] <= s.start < clause[1]]
    if routes == "to":
        # "left Portsmouth for the Eastern Pacific, transiting the Panama Canal", "sent to
        # the Red Sea via the Suez Canal": a deployment is where it is sent, not a waypoint
        sent_to = [s for s in in_clause if to_destination(text, s)]
        on_the_way = [s for s in in_clause if _WAYPOINT.search(text, 0, s.start)]
        in_clause = sent_to or [s for s in in_clause if s not in on_the_way] or in_clause
    located = [(text, s) for s in spans]
    if in_clause:
        best = min(in_clause, key=lambda s: (rank(s.place), abs(s.start - at)))
        return on_its_coast(best, located)
    if sentence_fallback and named:
        return min(named, key=lambda s: abs(s.start - at))
    if named or not headings:
        return None  # the sentence's own places may yet place it (context, other mentions)
    return on_its_coast(headings[0], located)


_THE_COUNTRY = re.compile(r"\bthe (?:[A-Z][\w-]+ )*(?:country|nation)\b")


def home_country(text: str, span: PlaceSpan, country: str | None) -> tuple[str, Place] | None:
    """ "off the coast of the South American country" means the country the article is
    about: re-read the phrase with its name."""
    if country is None or not _THE_COUNTRY.search(span.phrase):
        return None
    phrase = _THE_COUNTRY.sub(country, span.phrase)
    place = resolve_place(phrase)
    return (span.phrase, place) if place else None


def anaphoric(
    text: str, context: Place | None, anchor: Place | None = None
) -> tuple[str, Place] | None:
    """("the same waters", the earlier place) when the sentence points back to a place; an
    offset from it ("32 miles south of the island") is measured from the last place named
    as an anchor (the Key West of "26 miles south of Key West"), not from that offset."""
    m = _ANAPHORA.search(text)
    if m and (_OFFSET_FROM_IT.search(m.group()) or _of_its_kind(m.group(), anchor)):
        context = anchor or context
    if not m or context is None:
        return None
    place = resolve_place(m.group(), context)
    return (m.group(), place) if place else None


def _of_its_kind(phrase: str, anchor: Place | None) -> bool:
    """Whether the phrase points back by a kind ("the shoal") the last anchor is of."""
    noun = _KIND_NOUN.search(phrase)
    return bool(noun and anchor and anchor.kind in _KINDS[noun.group(1).lower()])


def place_for(
    item: SentenceFacts,
    clause: tuple[int, int],
    trigger: Trigger,
    context: Context,
    event_type: str,
    own_date: bool,
    continues: bool,
) -> tuple[str, Place] | None:
    """The sentence's best place; else one it points back to; else, for a sentence that
    continues the story in context (no date of its own, or the same day), its place."""
    text = item.sentence.text
    clause = _with_circumstance(text, clause, item.places)
    clause_dated = any(clause[0] <= s.start_char < clause[1] for s in item.times)
    routes = {"deployment": "to", "blockade": "both"}.get(event_type, "")
    span = choose(
        text,
        [
            s
            for s in item.places
            if not _of_another_act(text, s, trigger, item.triggers)
            and not _sender(text, s, trigger)
        ],
        clause,
        trigger.start,
        countries=event_type in ("blockade", "deployment"),
        routes=routes,
        sentence_fallback=not clause_dated,
    )
    if span is None and routes == "to":
        # "Porter departed Rota, Dec. 27": a deployment with no destination told starts
        # where the ship left.
        span = choose(
            text,
            item.places,
            clause,
            trigger.start,
            countries=False,
            routes="both",
            sentence_fallback=False,
        )
    if span:
        span = _on_the_articles_coast(span, context.seas)
        return home_country(text, span, context.country) or (span.phrase, span.place)
    earlier = context.event_place or (context.place[1] if context.place else None)
    pointed = anaphoric(item.sentence.text, earlier, context.anchor)
    if pointed:
        return pointed
    if (not own_date or continues) and context.place:
        return context.place
    return None


# What may stand between a state named as the subject and its verb: more states of a list,
# auxiliaries and adverbs ("France, Italy and Greece are also sending warships").
_SUBJECT_GAP = re.compile(
    r"(?:\s*(?:,|\band\b)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*\s*"
    r"(?:(?:is|are|was|were|has|have|had|will|would|also|too|now|then|already|reportedly|"
    r"itself|themselves)\s+)*"
)


def _sender(text: str, span: PlaceSpan, trigger: Trigger) -> bool:
    """Whether a country is the subject of the act ("Greece is also sending warships"): the
    state that acts, not where it sends them."""
    if span.place.precision != "country" or span.end > trigger.start:
        return False
    return _SUBJECT_GAP.fullmatch(text, span.end, trigger.start) is not None


def _of_another_act(text: str, span: PlaceSpan, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "A missile struck the tanker off Aden, the second attack since a ship was hit near
    Hodeidah": a place told after a subordinate act on another ship is that act's place."""
    for other in triggers:
        if not (trigger.end <= other.start < span.start) or other.target is None:
            continue
        sub = _SUBORDINATE.search(text, trigger.end, other.start)
        # the same ship, named before the subordinate clause, is this act's own
        own = trigger.target is not None and (
            trigger.target.start == other.target.start
            or (trigger.target.name is not None and trigger.target.name == other.target.name)
        )
        if sub is not None and not (own and trigger.target.end <= sub.start()):
            return True
    return False


_WHILE_NEXT = re.compile(r"\s*,?\s*while\b")
_WHEN_NEXT = re.compile(r"\s*,?\s*when\b")
_HAPPENED = re.compile(r"\b(?:occurred|happened|took place|came)\b")
_WHILE = re.compile(r"\b(?:while|when)\b")


def _with_circumstance(
    text: str, clause: tuple[int, int], spans: list[PlaceSpan]
) -> tuple[int, int]:
    """Extend a clause over a following "while passing through ..." / "while it was ...":
    where the ship was when it happened. A placeless "it happened" clause takes a following
    "when" clause's place too ("The interdiction occurred Tuesday when a boat crew spotted
    the boat near Crocker Reef")."""
    rest = text[clause[1] :]
    retold = _HAPPENED.search(text, clause[0], clause[1]) and not any(
        clause[0] <= s.start < clause[1] for s in spans
    )
    if not (_WHILE_NEXT.match(rest) or (retold and _WHEN_NEXT.match(rest))):
        return clause
    after = _WHILE.search(rest)
    start = clause[1] + after.end() + 1
    return clause[0], clause_bounds(text, start, start)[1]


def nth_place(
    item: SentenceFacts, trigger: Trigger, index: int, total: int
) -> tuple[str, Place] | None:
    spans = [s for s in item.places if s.start >= trigger.end]
    if len(spans) == total:
        return spans[index].phrase, spans[index].place
    return None


# "notified Malaysian authorities", "the Singapore VTIS": the local authority told, whose
# waters the incident was in (a navy or a government may act or speak far from home).
_LOCAL_AUTHORITY = re.compile(
    r"\b(?:authorit|coast\s*guard|police|VT[IM]?S\b|port\s+(?:authorit|control)|harbou?r\s+master|"
    r"maritime\s+(?:agency|authorit)|marine\s+department)",
    re.I,
)


# "VTMS Manila informed", "Port Control Chittagong": the authority may come before its seat.
_AUTHORITY_BEFORE = 14


def setting(analysed: list[SentenceFacts]) -> tuple[str, Place] | None:
    """Where a report that never says where its incident happened most likely happened:
    the first place it names anywhere (where the robbers were arrested), else the waters
    of the state whose local authorities it names ("notified Malaysian authorities",
    "SINGAPORE VTIS", "VTMS Manila informed"); a country means its coastal waters, as a
    heading does. A report
    that names a voyage's port tells where the ship was going, not where it was: no
    setting then."""
    spans = [(item.sentence.text, span) for item in analysed for span in item.places]
    if any(on_route(text, span) for text, span in spans):
        return None
    if spans:
        return spans[0][1].phrase, waters_of(spans[0][1].place)
    told = (
        actor.country
        for item in analysed
        for actor in item.actors
        if actor.kind == "state"
        and _LOCAL_AUTHORITY.search(
            item.sentence.text, max(0, actor.start - _AUTHORITY_BEFORE), actor.end + 20
        )
    )
    country = gazetteer().places.get(f"country:{(next(told, None) or '').lower()}")
    return (country.name, waters_of(country)) if country else None
