"""Pick the place span that locates a trigger, or an anaphoric place resolved in context."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from maritime.extract.clauses import clause_bounds
from maritime.extract.lexicon import load
from maritime.extract.triggers import Trigger
from maritime.geo import Place, PlaceSpan, resolve_place

if TYPE_CHECKING:
    from maritime.extract.analysis import SentenceFacts
    from maritime.extract.context import Context

_RANK = {"point": 0, "port": 1, "coast": 1, "sea": 2, "region": 3, "country": 4}
# Places named only by reference to an earlier one.
_ANAPHORA = re.compile(
    r"\b(?:in |into |to |toward |near |off |across )?(?:the same (?:waters|area|region|place)|"
    r"the region|the area|its (?:shores|coast|waters)|those waters|these waters|the strait|"
    r"the shoal|the waterway|regional waters|nearby waters|local waters)\b",
    re.I,
)


_POSSESSIVE = re.compile(r"['’]s?\s+(?!(?:coast|shores?|waters|ports?|coastline)\b)")
_AGENT = re.compile(r"by\s", re.I)  # "followed by the US Coast Guard" names no place
_ORIGIN = re.compile(r"\b(?:from|leaving|left|departed|out of)\s+(?:the\s+)?$", re.I)
_ROUTE = re.compile(
    r"\b(?:until it reached|reached|reaching|toward|towards|bound for|heading for|heading to|"
    r"en route to|sailed to|destined for|carrying \w+ to)\s+(?:the\s+)?$",
    re.I,
)


@cache
def _adjectives() -> frozenset[str]:
    return frozenset(
        adjective.lower()
        for _n, _ns, adjectives, _c in load("countries")["countries"].values()
        for adjective in adjectives
    )


def candidate_places(
    text: str, spans: list[PlaceSpan], blocked: list[tuple[int, int]]
) -> list[PlaceSpan]:
    """Place spans that really name where something is: not a demonym ("Venezuelan"), not
    a possessive ("Yemen's Houthis"), not inside a vessel or actor name ("Stena Impero")."""
    keep = []
    for span in spans:
        if span.phrase.strip().lower() in _adjectives() or _AGENT.match(span.phrase):
            continue
        if _POSSESSIVE.match(text, span.end):
            continue
        if any(a <= span.start and span.end <= b for a, b in blocked):
            continue
        keep.append(span)
    return keep


def on_route(text: str, span: PlaceSpan) -> bool:
    """Whether the place is where a ship came from or was heading ("bound for Jubail")."""
    before = text[max(0, span.start - 20) : span.start]
    return bool(_ORIGIN.search(before) or _ROUTE.search(before))


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
    sentence tells of nothing else) the nearest place in the sentence. Countries count
    only when asked (a blockade of Venezuela), and so do a voyage's origin and destination
    ("sailed from Kuwait toward Houston"): `routes` is "" (neither), "to" (a deployment's
    destination is where it is) or "both" (a blockade of ships to and from a country)."""
    usable = [
        s
        for s in spans
        if (countries or s.place.precision != "country")
        and (routes == "both" or not _ORIGIN.search(text[max(0, s.start - 20) : s.start]))
        and (routes or not _ROUTE.search(text[max(0, s.start - 20) : s.start]))
    ]
    in_clause = [s for s in usable if clause[0] <= s.start < clause[1]]
    if in_clause:
        return min(in_clause, key=lambda s: (_RANK.get(s.place.precision, 5), abs(s.start - at)))
    if sentence_fallback and usable:
        return min(usable, key=lambda s: abs(s.start - at))
    return None


_THE_COUNTRY = re.compile(r"\bthe (?:[A-Z][\w-]+ )*(?:country|nation)\b")


def home_country(text: str, span: PlaceSpan, country: str | None) -> tuple[str, Place] | None:
    """ "off the coast of the South American country" means the country the article is
    about: re-read the phrase with its name."""
    if country is None or not _THE_COUNTRY.search(span.phrase):
        return None
    phrase = _THE_COUNTRY.sub(country, span.phrase)
    place = resolve_place(phrase)
    return (span.phrase, place) if place else None


def anaphoric(text: str, context: Place | None) -> tuple[str, Place] | None:
    """("the same waters", the earlier place) when the sentence points back to a place."""
    m = _ANAPHORA.search(text)
    if not m or context is None:
        return None
    place = resolve_place(m.group(), context)
    return (m.group(), place) if place else None


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
    clause = _with_circumstance(text, clause)
    clause_dated = any(clause[0] <= s.start_char < clause[1] for s in item.times)
    span = choose(
        text,
        item.places,
        clause,
        trigger.start,
        countries=event_type in ("blockade", "deployment"),
        routes={"deployment": "to", "blockade": "both"}.get(event_type, ""),
        sentence_fallback=not clause_dated,
    )
    if span:
        return home_country(text, span, context.country) or (span.phrase, span.place)
    earlier = context.event_place or (context.place[1] if context.place else None)
    pointed = anaphoric(item.sentence.text, earlier)
    if pointed:
        return pointed
    if (not own_date or continues) and context.place:
        return context.place
    return None


def _with_circumstance(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """Extend a clause over a following "while passing through ..." / "while it was ...":
    where the ship was when it happened."""
    if not re.match(r"\s*,?\s*while\b", text[clause[1] :]):
        return clause
    after = re.search(r"\bwhile\b", text[clause[1] :])
    start = clause[1] + after.end() + 1
    return clause[0], clause_bounds(text, start, start)[1]


def nth_place(
    item: SentenceFacts, trigger: Trigger, index: int, total: int
) -> tuple[str, Place] | None:
    spans = [s for s in item.places if s.start >= trigger.end]
    if len(spans) == total:
        return spans[index].phrase, spans[index].place
    return None
