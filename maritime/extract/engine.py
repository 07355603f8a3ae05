"""Article -> events: the extraction pipeline, stage by stage.

analyse every sentence (vessels, actors, times, places, triggers) -> for each trigger,
keep reported acts only (modality), then date, place, attribute and count it, leaning on
the running context for what the sentence leaves unsaid -> merge mentions of one incident.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from maritime.extract.actors import ActorMention
from maritime.extract.analysis import ArticleFacts, SentenceFacts, analyse, article_facts
from maritime.extract.attribution import choose_actor, default_actors, hijacked, resolve_type
from maritime.extract.casing import readable
from maritime.extract.casualties import killed_in, says_unharmed
from maritime.extract.clauses import attempted, clause_bounds, happening, relative_object
from maritime.extract.context import (
    Context,
    date_from_follow_up,
    place_from_follow_up,
    update_context,
)
from maritime.extract.coref import merge as merge_coreferent
from maritime.extract.identity import add_identities
from maritime.extract.modality import is_reported_act
from maritime.extract.model import Evidence, ExtractedEvent, Extraction, VesselMention
from maritime.extract.numbers import NUMBER_WORDS, parse_number
from maritime.extract.placing import nth_place, place_for, setting
from maritime.extract.targets import (
    Focus,
    earlier_acts,
    is_definite,
    later_objects,
    listed,
    mention,
    place_between,
    resolve_reference,
    series_ships,
    target_group,
)
from maritime.extract.times import TimeSpan
from maritime.extract.timing import Dating, event_dates, trigger_spans
from maritime.extract.triggers import Trigger, adverbial_passive, noun_tells_event
from maritime.extract.vessels import VesselNP, aliases, bare_plural
from maritime.geo import Place
from maritime.geo.names import gazetteer
from maritime.read.article import Article

# Taking a ship that is only tried is a pursuit; a tried boarding or strike is still one.
_ONLY_TRIED = frozenset({"seizure", "hijacking"})


def extract(article: Article) -> Extraction:
    """Every incident the article reports, one event per incident. All-caps bulletins are
    read in ordinary case (same offsets)."""
    text = readable(article.text)
    analysed = analyse(replace(article, text=text) if text is not article.text else article)
    facts = article_facts(analysed)
    context = Context(place=facts.place, country=facts.country, seas=facts.seas)
    focus = Focus()
    events: list[ExtractedEvent] = []
    told: list[ExtractedEvent] = []  # the events of the last sentence that told of any
    for index, item in enumerate(analysed):
        aftermath = _aftermath(analysed, index)
        focus.current = index
        if events:
            item.triggers = _more_of_the_same(item, events[-1].type) + item.triggers
        # A page's headline, repeated in its text, is dated by no banner line above it.
        here = replace(context, time=None) if _is_headline(item, article.title) else context
        created = [
            event
            for trigger in item.triggers
            for event in (
                *_events_for(trigger, item, aftermath, here, facts, article.published, focus),
                *_earlier_events(trigger, item, context, facts),
            )
        ]
        focus.read(item)
        if aftermath:
            date_from_follow_up(created, aftermath[0])
            place_from_follow_up(created, aftermath[0])
        if not created and told:  # "The attack occurred near ...": the last act, retold
            place_from_follow_up(told, item)
        update_context(context, item, created)
        events.extend(created)
        told = created or told
    default_actors(events, text)
    hijacked(events, text)
    add_identities(events, article.text)
    merged = merge_coreferent(events, text)
    _place_unplaced(merged, analysed)
    return Extraction(merged, _named_elsewhere(analysed, merged))


def _is_headline(item: SentenceFacts, title: str | None) -> bool:
    """Whether the sentence is the article's title, as pages copied whole repeat it."""
    return bool(title) and " ".join(item.sentence.text.split()) == " ".join(title.split())


# The verb a generic statement makes of its subject ("dhows seized by pirates are used").
_STATEMENT_VERB = re.compile(
    r"\b(?:are|were|remain|continue|have|tend|become|make|serve|pose|face|account)\b"
)


def _of_a_class(text: str, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Whether a participle only describes a class of ships the clause says something
    general about: "fishing dhows seized by pirates are again used as mother ships",
    "Hijacked dhows continue to be the main means" (not "Tankers attacked off Yemen")."""
    target = trigger.target
    if trigger.pos != "verb" or target is None or not bare_plural(text, target):
        return False
    after_noun = target.end <= trigger.start and not text[target.end : trigger.start].strip()
    before_noun = trigger.start == clause[0] == 0 and trigger.end <= target.start
    if not (after_noun or before_noun):
        return False
    return _STATEMENT_VERB.search(text, max(trigger.end, target.end), clause[1]) is not None


def _place_unplaced(events: list[ExtractedEvent], analysed: list[SentenceFacts]) -> None:
    """An incident no sentence places takes the report's setting (see `setting`): one event,
    or the acts of one day none of which is placed ("attacked ... chased ...")."""
    days = {(event.date_start, event.date_end) for event in events}
    if not events or len(days) > 1 or any(event.place is not None for event in events):
        return
    spot = setting(analysed)
    for event in events if spot else ():
        event.place_phrase, event.place = spot


# "Three more followed on 11, 12 and 13 June", "Another came on Tuesday": more acts of the
# kind just told, told by their dates alone; "The first, on September 2, killed 11": one
# of those just counted, told by its date.
_MORE = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:more|others)|"
    r"another(?:\s+one)?|a\s+(?:second|third|fourth|fifth|further)\s+one)\s+"
    r"(?:followed|came|took place|happened|occurred|(?:was|were)\s+(?:reported|recorded))\b|"
    r"^(?:The\s+)?(?:first|second|third|latest|last|earliest)(?:\s+one)?(?=,\s+on\s)",
    re.I,
)


def _more_of_the_same(item: SentenceFacts, kind: str) -> list[Trigger]:
    """The act a sentence tells, before any trigger of its own, by saying more of the kind
    told just before happened on some dates; [] for any other sentence."""
    m = _MORE.search(item.sentence.text)
    if m is None or not any(s.precision == "day" for s in item.times):
        return []
    if item.triggers and item.triggers[0].start < m.end():
        return []
    return [Trigger(kind, m.start(), m.end(), "verb", "range", False, False, None)]


def _named_elsewhere(
    analysed: list[SentenceFacts], events: list[ExtractedEvent]
) -> list[VesselMention]:
    """Named ships no event holds under any of its names, once each, first telling first.
    With no incident to vouch for it, a name that is exactly a known place's ("in the
    Caribbean Sea, the seventh vessel seized") is left out."""
    taken = {
        name.casefold()
        for event in events
        for vessel in event.vessels
        for name in (vessel.name, *vessel.former_names)
        if name
    }
    named: list[VesselMention] = []
    for item in analysed:
        for np in item.vessels:
            if not np.name or taken & {alias.casefold() for alias in aliases(np)}:
                continue
            taken.add(np.name.casefold())
            if not gazetteer().lookup(np.name):
                named.append(mention(np))
    return named


def _events_for(
    trigger: Trigger,
    item: SentenceFacts,
    aftermath: list[SentenceFacts],
    context: Context,
    facts: ArticleFacts,
    published: date | None,
    focus: Focus,
) -> list[ExtractedEvent]:
    """The incidents one trigger tells of (usually one; coordinated dates or a listed
    set of ships make several), or none when it is not a reported act."""
    text = item.sentence.text
    trigger = _relative_target(text, trigger, item.vessels)
    clause = clause_bounds(text, trigger.start, trigger.end)
    if _of_a_class(text, trigger, clause) and not any(
        clause[0] <= s.start_char < clause[1] for s in item.times
    ):
        return []  # a class of ships described, at no time of its own
    act_clause_start = trigger.start if trigger.reduced else clause[0]
    opener = adverbial_passive(text, trigger.start) if trigger.passive else None
    if opener is not None:  # "would capsize while being chased": the main clause's mood
        act_clause_start = clause_bounds(text, opener, opener + 1)[0]
    if not is_reported_act(text, act_clause_start, trigger.start, trigger.end, clause[1]):
        return []
    times = [s for s in item.times if not _dates_other(text, trigger, item.triggers, s)]
    spans = trigger_spans(text, trigger, clause, times, published)
    if trigger.reduced and trigger.target and not spans and is_definite(text, trigger.target):
        return []  # "the two boats hit in the first strike" refers back
    vessels, count = target_group(text, trigger, item.vessels, clause)
    vessels, count = resolve_reference(text, trigger, item, vessels, count, context.vessels, focus)
    if trigger.type == "deployment" and vessels and not any(v.naval for v in vessels):
        return []  # "police boarded the tanker and moved it to port": no warship is sent
    if not vessels and trigger.pos == "noun":
        vessels, count = _implied_target(trigger, item, context)
    killed = _killed(text, clause, count, aftermath)
    first = trigger is item.triggers[0]
    told = noun_tells_event(text, trigger, spans, killed, first)
    dated_noun = _dated_happening(text, trigger, spans) or _date_before(text, trigger, spans)
    if trigger.pos == "noun" and not (told or dated_noun):
        return []
    event_type = resolve_type(trigger, text)
    if event_type in _ONLY_TRIED and attempted(text, clause[0], trigger.start, trigger.end):
        event_type = "pursuit"  # "tried to seize the tanker": chased, not taken
    actor = choose_actor(trigger, item, facts.state, facts.nonstate)
    named = [v for v in item.vessels if v.name and v.start >= trigger.start]
    ships = [(v.start, v.end) for v in named]
    dates = event_dates(
        text, trigger, spans, times, context.time, published, item.later, ships, context.stretch
    )
    same_day = context.time is not None and (dates[0].start, dates[0].end) == (
        context.time.start,
        context.time.end,
    )
    # The first incident told happens where the opening sentences set the scene.
    continues = same_day or (context.event_place is None and context.scene)
    # "a dhow the pirates had hijacked several days earlier": dated from the story's day,
    # but by words of its own, so another day's act, not the story's place
    own_date = bool(spans) or (dates[0].phrase is not None and not same_day)
    place = place_for(item, clause, trigger, context, event_type, own_date, continues)
    parts = [(dates[0], [vessel], 1, spot, killed) for vessel, spot in listed(item, trigger, count)]
    if len(dates) > 1:
        tolls = _tolls(text, dates)
        ships = (
            [[ship] for ship in named]
            if len(named) == len(dates)
            else series_ships(text, item.vessels, vessels[:1], [d.chars for d in dates])
        )
        parts = [
            (
                dating,
                ships[index],
                1,
                nth_place(item, trigger, index, len(dates)) or place,
                tolls[index] if any(t is not None for t in tolls) else killed,
            )
            for index, dating in enumerate(dates)
        ]
    if not parts and _acts_per_ship(text, trigger, vessels, count):
        parts = [(dates[0], [vessel], 1, place, None) for vessel in vessels]
    parts = parts or [(dates[0], vessels, count, place, killed)]
    later = later_objects(item, vessels)
    # "struck the Alpha off Aden and the Beta near Mocha": the first act is where its ship is.
    first_spot = place_between(item, vessels[-1].end, later[0][0].start) if later else None
    if first_spot and len(parts) == 1:
        parts = [(dating, ships, n, first_spot, dead) for dating, ships, n, _, dead in parts]
    parts += [(dates[0], [ship], ship.count, spot, None) for ship, spot in later]
    evidence = _evidence(item, clause)
    return [
        _event(event_type, dating, spot, actor, own_vessels, own_count, own_killed, evidence)
        for dating, own_vessels, own_count, spot, own_killed in parts
    ]


def _acts_per_ship(text: str, trigger: Trigger, vessels: list[VesselNP], count: int | None) -> bool:
    """Whether a plural act names each ship it fell on ("strikes on the tankers Alpha and
    Beta", "seizures of the Ora and the Vela"): one incident per ship."""
    plural = trigger.pos == "noun" and text[trigger.start : trigger.end].lower().endswith("s")
    named = len(vessels) > 1 and all(v.name for v in vessels) and count == len(vessels)
    return plural and named


def _earlier_events(
    trigger: Trigger, item: SentenceFacts, context: Context, facts: ArticleFacts
) -> list[ExtractedEvent]:
    """The earlier incidents of the trigger's kind listed after it, each ship with its
    date ("the fourth strike in two weeks, after the Alpha on 10 May and the Beta on 20
    May"), by the same hand and in the same waters."""
    acts = earlier_acts(item, trigger)
    if not acts:
        return []
    text = item.sentence.text
    clause = clause_bounds(text, trigger.start, trigger.end)
    event_type = resolve_type(trigger, text)
    actor = choose_actor(trigger, item, facts.state, facts.nonstate)
    place = place_for(item, clause, trigger, context, event_type, True, False)
    evidence = _evidence(item, clause)
    return [
        _event(event_type, Dating.of(span, "sentence"), place, actor, [ship], 1, None, evidence)
        for ship, span in acts
    ]


def _evidence(item: SentenceFacts, clause: tuple[int, int]) -> Evidence:
    start = item.sentence.start
    return Evidence(start, item.sentence.end, start + clause[0], start + clause[1])


def _event(
    event_type: str,
    dating: Dating,
    spot: tuple[str, Place] | None,
    actor: ActorMention | None,
    vessels: list[VesselNP],
    count: int | None,
    killed: int | None,
    evidence: Evidence,
) -> ExtractedEvent:
    return ExtractedEvent(
        type=event_type,
        date_start=dating.start,
        date_end=dating.end,
        date_precision=dating.precision,
        date_phrase=dating.phrase,
        date_basis=dating.basis,
        place_phrase=spot[0] if spot else None,
        place=spot[1] if spot else None,
        actor=actor.name if actor else None,
        actor_country=actor.country if actor else None,
        actor_kind=actor.kind if actor else None,
        vessels=[mention(v) for v in vessels if not v.crew],
        vessel_count=count,
        killed=killed,
        mentions=[evidence],
    )


def _relative_target(text: str, trigger: Trigger, vessels: list[VesselNP]) -> Trigger:
    """A verb in a relative clause with a subject of its own acts on the noun the clause
    hangs on ("the dhow that the cutter intercepted on 6 January"): it is active, though
    "the cutter intercepted on" alone reads like a participle."""
    if trigger.pos != "verb" or (trigger.passive and not trigger.reduced):
        return trigger
    index = relative_object(text, trigger.start, [(v.start, v.end) for v in vessels])
    if index is None:
        return trigger
    return replace(trigger, target=vessels[index], passive=False, reduced=False)


def _dated_happening(text: str, trigger: Trigger, spans: list[TimeSpan]) -> bool:
    """An act told as a noun that the clause says happened, and when: "the chase began on
    Saturday", "the blockade declared last month", "a pursuit that began on 3 March"."""
    return any(_happened_at(text, trigger, span) for span in spans)


# Between a date and the act it modifies: "the 10 December| seizure", "Monday|'s attack".
_DATE_MODIFIES = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?")


def _date_before(text: str, trigger: Trigger, spans: list[TimeSpan]) -> bool:
    """An act on a ship told as a noun with its day, month or year before it: "the 10
    December seizure of the tanker Alpha", "Monday's attack on the bulk carrier Sora", "the
    2019 seizure of the Stena Impero", "the 6 July attack on it"."""
    on_ship = trigger.target is not None or bool(_ON_PRONOUN.match(text, trigger.end))
    return on_ship and any(
        s.precision in ("day", "month", "year")
        and _DATE_MODIFIES.fullmatch(text, s.end_char, trigger.start)
        for s in spans
    )


# "the 6 July attack on it": the ship told just before, by a pronoun.
_ON_PRONOUN = re.compile(r"\s+(?:on|against)\s+(?:it|her)\b")


def _happened_at(text: str, trigger: Trigger, span: TimeSpan) -> bool:
    verb_end = happening(text, trigger.end) if trigger.pos == "noun" else None
    return verb_end is not None and 0 <= span.start_char - verb_end <= 30


def _dates_other(text: str, trigger: Trigger, triggers: list[Trigger], span: TimeSpan) -> bool:
    """Whether the date says when another act happened, one told as a noun ("seized the
    boat, ending a pursuit that began on 3 March"), in a relative clause after this one
    ("boarded the Ellis, a tanker that had been attacked on 3 May") or in a participle
    phrase ("the Alpha, struck on Monday, was hit again"): it does not date this one."""
    return any(
        other is not trigger
        and (
            _happened_at(text, other, span)
            or _in_relative_after(text, trigger, other, span)
            or _in_participle(text, trigger, other, span)
        )
        for other in triggers
    )


_RELATIVE_OPENS = re.compile(r"\b(?:that|which|who)\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _in_participle(text: str, trigger: Trigger, other: Trigger, span: TimeSpan) -> bool:
    """Whether the date is in another act's participle phrase, one the trigger stands
    outside of ("The tanker Alpha, struck by a drone on Monday, was hit again on ...")."""
    return (
        other.reduced
        and other.end <= span.start_char
        and not re.search(r"[,;]", text[other.end : span.start_char])
        and not other.start <= trigger.start < span.end_char
    )


def _in_relative_after(text: str, trigger: Trigger, other: Trigger, span: TimeSpan) -> bool:
    """Whether the date follows another act in a relative clause opened after the trigger
    ("boarded the Ellis, a tanker that had been attacked on 3 May")."""
    return (
        trigger.end <= other.start
        and other.end <= span.start_char
        and bool(_RELATIVE_OPENS.search(text, trigger.end, other.start))
        and not re.search(r"[,;]", text[other.end : span.start_char])
    )


def _implied_target(
    trigger: Trigger, item: SentenceFacts, context: Context
) -> tuple[list[VesselNP], int | None]:
    """A single act named by a noun ("a strike in the Caribbean killed three") hit one
    vessel; a terse report's "Two persons sighted in the engine room" is about the ship
    its header named."""
    if trigger.standalone and not item.vessels and False in context.vessels:
        return [context.vessels[False]], 1
    word = item.sentence.text[trigger.start : trigger.end].lower()
    single = not word.endswith("s") and trigger.type in ("strike", "seizure", "hijacking")
    return [], 1 if single else _tally(item.sentence.text, trigger)


_TALLY = rf"\b(?:\d[\d,]*|{'|'.join(NUMBER_WORDS)})\b"
_TALLY_IN = re.compile(_TALLY, re.I)
_TALLY_BEFORE = re.compile(rf"({_TALLY})\s+(?:[\w-]+\s+)?$", re.I)


def _tally(text: str, trigger: Trigger) -> int | None:
    """How many incidents a counting noun tells of ("recorded 38 incidents", "following
    five interdictions", "Incidents reported since 1 January: 30"): the last number in
    it, else one right before it. A tally is no single ship's incident."""
    if not trigger.standalone:
        return None
    inside = _TALLY_IN.findall(text, trigger.start, trigger.end)
    before = _TALLY_BEFORE.search(text, max(0, trigger.start - 30), trigger.start)
    number = inside[-1] if inside else before.group(1) if before else None
    return parse_number(number) if number else None


def _aftermath(analysed: list[SentenceFacts], index: int) -> list[SentenceFacts]:
    """The sentences that go on about this one's incident: those after it in its paragraph
    that tell of no other act (at most three)."""
    paragraph = analysed[index].sentence.paragraph
    following = []
    for item in analysed[index + 1 : index + 4]:
        if item.triggers or item.sentence.paragraph != paragraph:
            break
        following.append(item)
    return following


def _tolls(text: str, dates: list[Dating]) -> list[int | None]:
    """The deaths each date of a series states in an aside right after it ("on 2 March,
    when four died, on 9 March"): None for a date that states none. A toll the whole
    clause states ("on 15 and 19 September each killed three") is no date's own."""
    bounds = [d.chars[1] if d.chars else len(text) for d in dates]
    starts = [d.chars[0] if d.chars else len(text) for d in dates[1:]]
    return [
        killed_in(text[end:stop]) if _TOLL_ASIDE.match(text, end) and end < stop else None
        for end, stop in zip(bounds, [*starts, len(text)], strict=True)
    ]


_TOLL_ASIDE = re.compile(r"\s*,\s*(?:when|in which|where|killing|leaving)\b", re.I)


def _killed(
    text: str, clause: tuple[int, int], count: int | None, aftermath: list[SentenceFacts]
) -> int | None:
    """Deaths stated in the trigger's clause, else later in the sentence, else earlier;
    0 when the sentences going on about it say nobody was hurt ("Crew safe.")."""
    for part in (text[clause[0] : clause[1]], text[clause[1] :], text[: clause[0]]):
        killed = killed_in(part, count)
        if killed is not None:
            return killed
    if any(says_unharmed(item.sentence.text) for item in aftermath):
        return 0
    return None
