"""The running story: what an undated or unplaced sentence inherits from before."""

from __future__ import annotations

import re

from maritime.extract.facts import Context, SentenceFacts
from maritime.extract.model import ExtractedEvent
from maritime.extract.placing import on_route, rank
from maritime.extract.timing import Dating, stretch_told
from maritime.geo import Place, PlaceSpan
from maritime.geo.names import gazetteer


def update_context(context: Context, item: SentenceFacts, created: list[ExtractedEvent]) -> None:
    """What the next undated sentence inherits: the sentence's main (first) event's date
    and place, else its own first day and sea; the latest merchant ship named."""
    dated = [
        e
        for e in created
        if e.date_basis in ("sentence", "statement")
        and not (_aside(item, e) and _before_story(context, e))
    ]
    if dated:
        main = dated[0]
        context.time = Dating(
            main.date_start, main.date_end, main.date_precision, main.date_phrase, "sentence"
        )
    elif not created:
        points = [s for s in item.times if s.kind == "point" and s.precision == "day"]
        if points:
            context.time = Dating.of(points[0], "sentence")
        elif _is_dateline(item):  # "AUGUST 1987." heading a terse report dates what follows
            context.time = Dating.of(item.times[0], "sentence")
    days = [s.start for s in item.times if s.kind == "point" and s.precision == "day"]
    story = context.time.start if context.time and context.time.precision == "day" else None
    context.stretch = stretch_told(item.times, days[0] if days else story) or context.stretch
    for vessel in item.vessels:
        if vessel.name:
            context.vessels[vessel.naval] = vessel
    anchors = [_named(s) for s in item.places if not on_route(item.sentence.text, s)]
    named = [
        p for p in anchors if p.precision in ("point", "port") and p.resolved_by == "gazetteer"
    ]
    if named:
        context.anchor = named[-1]
    placed = [e for e in created if e.place is not None]
    if placed:
        context.place = (placed[0].place_phrase or placed[0].place.name, placed[0].place)
        context.event_place = placed[0].place
    else:
        spans = [
            s
            for s in item.places
            if s.place.precision != "country" and not on_route(item.sentence.text, s)
        ]
        if spans:
            context.place = (spans[0].phrase, spans[0].place)
            context.scene = True


# Inside a comma-opened relative clause up to the date: "The frigate X, which arrived in
# the region in early November, had sent its helicopter".
_ASIDE_CLAUSE = re.compile(r",\s+(?:which|who)\s[^,;]*$")


def _aside(item: SentenceFacts, event: ExtractedEvent) -> bool:
    """Whether the event's date is told in an aside about a ship: background that the
    sentences after it do not continue."""
    text = item.sentence.text
    at = text.find(event.date_phrase) if event.date_phrase else -1
    return at > 0 and _ASIDE_CLAUSE.search(text, 0, at) is not None


def _before_story(context: Context, event: ExtractedEvent) -> bool:
    """Whether the event ended before the day the story is about."""
    story = context.time
    if story is None or story.precision != "day" or story.start is None:
        return False
    return event.date_end is not None and event.date_end < story.start


def _is_dateline(item: SentenceFacts) -> bool:
    """Whether the sentence is only a date ("MAY 1987.", "Early June 2004:")."""
    if not item.times or item.times[0].kind != "point":
        return False
    text = item.sentence.text
    rest = text[: item.times[0].start_char] + text[item.times[0].end_char :]
    return not re.search(r"\w\w", rest)


_FOLLOW_UP = re.compile(
    r"^(?:The|This|That)\s+(?:order|attack|operation|seizure|strike|incident|raid|boarding|"
    r"interception|move|decision|deployment|hijacking)\s+(?:was\s+\w+|took place|happened|"
    r"came|occurred)\b"
)


def date_from_follow_up(created: list[ExtractedEvent], following: SentenceFacts) -> None:
    """ "... has been ordered to the Gulf. The order was given on Thursday." dates the
    events of the sentence before when they had no date of their own."""
    if not _FOLLOW_UP.match(following.sentence.text):
        return
    days = [s for s in following.times if s.kind == "point" and s.precision == "day"]
    if not days:
        return
    for event in created:
        if event.date_basis in ("context", "published", "statement"):
            event.date_start, event.date_end = days[0].start, days[0].end
            event.date_precision, event.date_phrase = days[0].precision, days[0].phrase
            event.date_basis = "sentence"


# "Its position was ...", "UKMTO placed the attack 98 nm east of Aden", "The ship was
# drifting about 560 nautical miles southeast of Eyl": a sentence that says where the
# incident just told happened, or where its ship then lay.
_POSITION = re.compile(
    r"\b(?:position|located|location|coordinates|"
    r"(?:plac|put|pinpoint|locat)(?:ed|s|ing)?\s+the\s+(?:\w+\s+)?"
    r"(?:attack|incident|strike|hijacking|boarding|seizure|explosion|approach|interception)|"
    r"(?:ship|tanker|vessel|carrier|freighter|boat|dhow|it|she)\s+(?:was|is|had\s+been)\s+"
    r"(?:then\s+|still\s+|now\s+)?(?:drifting|adrift|sailing|steaming|underway|transiting|"
    r"lying|about|some|roughly|approximately|around))\b",
    re.I,
)
# "The attack occurred near the Qua Iboe Terminal": the incident just told, retold by where.
_RETOLD_AT = re.compile(
    r"^(?:(?:The|This|That)\s+(?:attack|incident|boarding|hijacking|robbery|theft|kidnapping|"
    r"seizure|raid|assault|interdiction|interception|strike|capture|rescue)|"
    # "Both operations took place in the southern Arabian Sea, 850 nm west of Kochi"
    r"(?:Both|The\s+two|All\s+(?:three|four|five))\s+(?:attacks|incidents|boardings|"
    r"hijackings|seizures|interdictions|operations|strikes|raids))\s+(?:reportedly\s+|had\s+)?(?:occurred|took\s+place|happened)\s+"
    r"(?!(?:on|at\s+\d|during|before|after|when|while)\b)",
    re.I,
)


# "An incident about 20 nautical miles east of Khor Fakkan was reported", "a possible
# piracy incident on board the FV Noor about 90 nm southwest of Socotra": the incident just
# told, placed by the words right after its noun. Not an earlier or another one, nor one
# told after "since" or "after".
_INCIDENT_NOUN = re.compile(
    r"\b(?<!earlier )(?<!previous )(?<!another )(?<!separate )(?<!similar )(?<!last )"
    r"(?:incident|attack|hijacking|boarding|approach|explosion|interception)\b[^.;:]{0,60}$",
    re.I,
)
_ANOTHER_ACT = re.compile(r"\b(?:since|after|before|following|than|like)\b", re.I)


def _incident_placed(text: str, span: PlaceSpan) -> bool:
    """Whether an incident noun just before an exact place says it is that incident's."""
    exact = span.place.precision == "point" or span.place.resolved_by == "offset"
    start = max(0, span.start - 80)
    return (
        exact
        and bool(_INCIDENT_NOUN.search(text, start, span.start))
        and not _ANOTHER_ACT.search(text, start, span.start)
    )


def place_from_follow_up(created: list[ExtractedEvent], following: SentenceFacts) -> None:
    """ "... boarded it in the Arabian Sea. Its position was 680 nm east of Bosaso." gives
    the events of the sentence before that precise position; "NIGERIA: ... boarded a
    tanker. The attack occurred near the Qua Iboe Terminal." gives them that terminal.
    Only a sharper place replaces one: a heading's waters or a sea yields to a port."""
    text = following.sentence.text
    if _POSITION.search(text):
        spans = [
            s
            for s in following.places
            if s.place.precision == "point" or s.place.resolved_by == "offset"
        ]
    elif _RETOLD_AT.match(text) or any(_incident_placed(text, s) for s in following.places):
        spans = sorted(
            (s for s in following.places if not on_route(text, s)), key=lambda s: rank(s.place)
        )
    else:
        return
    for event in created if spans else ():
        vague = event.place is None or event.place.precision in ("sea", "region", "coast")
        if vague and (event.place is None or rank(spans[0].place) < rank(event.place)):
            event.place, event.place_phrase = spans[0].place, spans[0].phrase


def _named(span: PlaceSpan) -> Place:
    """The place a span names: what an offset is measured from, or the island or port an
    "off" widened ("off Bonny Island" names the island a later "off the island" means)."""
    if span.base is not None:
        return span.base
    return gazetteer().places.get(span.place.key or "", span.place)
