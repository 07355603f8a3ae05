"""Who acted, and what the act is called once we know who did it."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from maritime.extract.actors import ActorMention
from maritime.extract.countries import country_code, country_name
from maritime.extract.facts import SentenceFacts
from maritime.extract.lexicon import load
from maritime.extract.modality import opens_purpose
from maritime.extract.model import ExtractedEvent
from maritime.extract.triggers import Trigger, agent_words

# "moved it to port in Porvoo", "convoyed to the port of Kerch"
_TAKEN_TO_PORT = re.compile(
    r"\b(?:escorted|taken|took|towed|steered|diverted|brought|forced|moved|convoyed|directed|"
    r"ordered)\s+(?:it|her|the \w+)?\s*"
    r"(?:\w+\s+)?(?:to|into)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:port|harbou?r|anchorage)\b"
    # ... or into a state's waters or onto its coast: "steered into Iranian territorial waters"
    r"|\b(?:escorted|taken|towed|steered|brought|diverted|directed|ordered)\s+"
    r"(?:it\s+|her\s+|the\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:further\s+)?(?:to|into)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w-]+)\s+(?:territorial\s+)?(?:waters|coast)\b",
    re.I,
)


_BY_AGENTS = re.compile(
    rf"\bby\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{agent_words().pattern})", re.I
)


def resolve_type(trigger: Trigger, text: str) -> str:
    """A boarding or interception that ends with the ship taken to port is a seizure; so
    is an interdiction in a sentence that names the cargo taken ("the cocaine was
    offloaded after the interdiction of a vessel")."""
    if trigger.type == "seizure" and _BY_AGENTS.search(text, trigger.start, trigger.end):
        return "hijacking"  # "was held by pirates": the agent is in the trigger's own words
    if trigger.type not in ("boarding", "pursuit"):
        return trigger.type
    if _TAKEN_TO_PORT.search(text[trigger.start :]):
        return "seizure"
    interdiction = "interdict" in text[trigger.start : trigger.end].lower()
    return "seizure" if interdiction and _contraband().search(text) else trigger.type


@cache
def _contraband() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{load('triggers')['contraband']})\b", re.I)


# A source, not an agent: "the Pentagon said", "Tehran announced on Monday that".
_REPORTS = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|late|early)\s+\w+\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:said|says|say|reported|reports|announced|announces|told|stated|states|confirmed|confirms|"
    r"added|noted|warned|wrote|posted|accused|alleged|blamed)\b"
)
# ... unless the act's subject refers back to the speaker: "the Houthis said they struck".
_BACK_REFERENCE = re.compile(
    r"\s*(?:(?:on|late|early|last)\s+\w+\s+)?(?:that\s+)?(?:it|they|its|their|we|our|he|she)\b",
    re.I,
)
_NEW_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|when|after|before|as|because|while|if|but)\b|[;:]", re.I
)
_SMALL_CRAFT = ("boat", "skiff", "semi-submersible", "low-profile vessel", "inflatable boat")
_OBJECT = re.compile(r"\s+(?:the|a|an|two|three|four|five|several|its|their)\s", re.I)
_OPENER = re.compile(
    r"\W*(?:after|since|before|while|when|having|upon|on|following|once|until|in|by)\s+$",
    re.I,
)
_HANGING = re.compile(r",\s*(?:\w+ly\s+)?$")
_CLAIMED = re.compile(
    r"\s+(?:(?:later|quickly|swiftly|soon|have|has|had)\s+)*"
    r"(?:claimed|claims|claim|(?:took|take|takes)\s+responsibility)\b"
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def choose_actor(
    trigger: Trigger, item: SentenceFacts, state_country: str | None, nonstate: ActorMention | None
) -> ActorMention | None:
    """Who acted: the agent after "by" for passives, else the nearest actor before the
    trigger (a noun's modifier, a verb's subject). Whoever only reports the act ("the
    ministry said") is a source; a deployment is a state's or an alliance's."""
    text = item.sentence.text
    agents = [a for a in item.actors if not _reports(text, a, trigger)]
    chosen = _agent(trigger, text, agents) or _claimant(trigger, text, agents)
    if trigger.type == "deployment" and (chosen is None or chosen.kind == "nonstate"):
        chosen = _deploying_state(trigger, agents)
    if chosen is None:
        return _unclaimed_attack(trigger, nonstate)
    chosen = _sender(text, chosen, agents, trigger) or chosen
    if chosen.generic and chosen.kind == "nonstate":
        return nonstate
    if chosen.generic and chosen.country is None:
        owner = _local_state(item, chosen) or state_country
        if owner is None or owner not in load("countries")["countries"]:
            return chosen
        label = re.sub(r"^(?:[Tt]he)\s+", "", text[chosen.start : chosen.end].strip())
        name = (
            f"{country_name(owner)} {label.title()}"
            if "guard" in label.lower() or "navy" in label.lower()
            else country_name(owner)
        )
        chosen = ActorMention(chosen.start, chosen.end, name, owner, "state")
    return chosen


# Whom a force fights or saves the attackers from is not its own: "clashed with gunmen".
_FOUGHT = re.compile(r"\b(?:with|against|from|by|on|fought|repelled|killed|arrested)\s+$", re.I)


@cache
def _anonymous() -> re.Pattern[str]:
    return re.compile(rf"(?:{load('actors')['anonymous']})")


def _sender(
    text: str, chosen: ActorMention, actors: list[ActorMention], trigger: Trigger
) -> ActorMention | None:
    """The state force that brought anonymous attackers, named before them in the act's
    clause: in "Iranian helicopters landed gunmen on the tanker and seized it" the gunmen
    are Iran's; in "Gunmen boarded the tanker; the navy later freed it" or "troops clashed
    with gunmen who had seized it" they are nobody's."""
    if (
        chosen.kind != "nonstate"
        or not _anonymous().fullmatch(text, chosen.start, chosen.end)
        or _FOUGHT.search(text, 0, chosen.start)
    ):
        return None
    return next(
        (
            a
            for a in reversed(actors)
            if a.end <= chosen.start
            and a.kind == "state"
            and not _NEW_CLAUSE.search(text, a.end, trigger.start)
        ),
        None,
    )


def _unclaimed_attack(trigger: Trigger, nonstate: ActorMention | None) -> ActorMention | None:
    """An attack on a merchant ship whose sentence names no attacker is the armed group's
    the article names most ("Houthi militants fired a missile ... The bulk carrier
    reported it was struck"), not the state whose forces the article names most: in such
    articles those forces are the ones responding. Small craft (drug boats, pirate skiffs)
    are what states strike, so they are left to the usual lending."""
    target = trigger.target
    merchant = target is not None and not target.naval and target.vessel_type not in _SMALL_CRAFT
    return nonstate if trigger.type == "strike" and merchant else None


def _agent(trigger: Trigger, text: str, actors: list[ActorMention]) -> ActorMention | None:
    after = [a for a in actors if a.start >= trigger.end]
    by_agent = next(
        (
            a
            for a in after
            if re.search(r"\bby\s+(?:[\w'’-]+\s+){0,3}$", text[trigger.end : a.start])
            and a.start - trigger.end < (150 if trigger.pos == "noun" else 60)
            # "sent to help prevent seizures by Iran": the purpose's agent, not the act's
            and not opens_purpose(text, trigger.end, a.start)
        ),
        None,
    )
    before = [a for a in actors if a.end <= trigger.start]
    if trigger.passive and not (trigger.pos == "verb" and _OBJECT.match(text, trigger.end)):
        return by_agent  # "cutters seized the cocaine" has an object: it is no passive
    if trigger.pos == "noun":
        near = [a for a in before if trigger.start - a.end < 25]
        return near[-1] if near else by_agent or (before[-1] if before else None)
    if before:
        # "Chinese ships turned water cannon on a Philippine patrol vessel, damaging its
        # railings": a participle hung on a clause shares that clause's subject.
        hanging = text[trigger.start : trigger.end].endswith("ing") and _HANGING.search(
            text, 0, trigger.start
        )
        return before[0] if hanging else before[-1]
    # "Since seizing the ship, the group has ...": the subject follows the opener (but in
    # "A drone struck the ship, and the Houthis took the crew", the act has its own).
    comma = text.find(",", trigger.end)
    if comma == -1 or not _OPENER.match(text, 0, trigger.start):
        return None
    return next((a for a in after if a.start > comma), None)


def _claimant(trigger: Trigger, text: str, actors: list[ActorMention]) -> ActorMention | None:
    """Who claimed the act told before it: "... in an attack the Houthis later claimed"."""
    return next(
        (a for a in actors if a.start >= trigger.end and _CLAIMED.match(text, a.end)),
        None,
    )


def _reports(text: str, actor: ActorMention, trigger: Trigger) -> bool:
    """Whether `actor` only tells of the act: the subject of a report verb the act
    follows ("the Pentagon said two drones struck") or that follows it ("..., the
    Pentagon said"), or "according to" it."""
    if _ACCORDING_TO.search(text, 0, actor.start):
        return True
    said = _REPORTS.match(text, actor.end)
    if said is None:
        return False
    if actor.start >= trigger.end:
        return True  # "A missile hit the tanker, Houthi rebels said."
    if said.end() > trigger.start:
        return False
    back = _BACK_REFERENCE.match(text, said.end(), trigger.start)
    # "said they had intercepted a tanker and detained its crew": the pronoun is the act's
    # subject; "said it had received a report that a drone struck" tells of another's act.
    return back is None or bool(_NEW_CLAUSE.search(text, back.end(), trigger.start))


def _deploying_state(trigger: Trigger, actors: list[ActorMention]) -> ActorMention | None:
    """Who deploys is a state or an alliance, never the pirates the ships are sent after:
    the state named nearest the trigger ("the destroyer INS Kochi, deployed ...")."""
    states = [a for a in actors if a.kind != "nonstate" and not a.generic]
    return min(states, key=lambda a: abs(a.start - trigger.start), default=None)


def _local_state(item: SentenceFacts, actor: ActorMention) -> str | None:
    """The state a bare "the Police Coast Guard" belongs to when the sentence has just
    named where it is ("turned back to Singapore, where the Police Coast Guard ...")."""
    before = [
        s
        for s in item.places
        if s.end <= actor.start and s.place.country and actor.start - s.end < 40
    ]
    return before[-1].place.country if before else None


def default_actors(events: list[ExtractedEvent], text: str) -> None:
    """Events whose sentence names no actor take the article's usual actor for that type
    (else its usual actor; a state's or an alliance's for a deployment); a seizure by a
    non-state group is a hijacking."""
    known = [e for e in events if e.actor]
    for event in events:
        if event.actor or event.type in ("hijacking", "boarding"):
            continue
        # Navies deploy; the pirates they are sent after do not. No state strikes or seizes
        # its own ship: "a sea drone struck the Russian tanker SIG" is not lent Russia.
        own = _ships_countries(event, text) if event.type != "deployment" else set()
        able = [
            e
            for e in known
            if (event.type != "deployment" or e.actor_kind != "nonstate")
            and e.actor_country not in own
        ]
        same_type = Counter(
            (e.actor, e.actor_country, e.actor_kind) for e in able if e.type == event.type
        )
        pool = same_type or Counter((e.actor, e.actor_country, e.actor_kind) for e in able)
        if pool:
            event.actor, event.actor_country, event.actor_kind = pool.most_common(1)[0][0]
    for event in events:
        if event.type == "seizure" and event.actor_kind == "nonstate":
            event.type = "hijacking"


def _ships_countries(event: ExtractedEvent, text: str) -> set[str]:
    """The states the event's ships belong to: their flags, and a nationality written just
    before a ship's name in the event's sentence ("the Russian landing ship Olenegorsky")."""
    countries = {v.flag for v in event.vessels if v.flag}
    if not event.mentions:
        return countries
    sentence = text[event.mentions[0].sentence_start : event.mentions[0].sentence_end]
    for name in {v.name for v in event.vessels if v.name}:
        for m in re.finditer(
            rf"\b([A-Z][a-z]+)(?:-flagged|-owned)?\s+(?:[\w-]+\s+){{0,2}}?{re.escape(name)}\b",
            sentence,
        ):
            code = country_code(m.group(1))
            if code:
                countries.add(code)
    return countries


_HIJACK = re.compile("hijack", re.I)
# Boarders who then sail the ship away have taken control of it: "boarded the dhow Noor
# and sailed it toward Eyl", "... and steered the vessel to an unknown location".
_SAILED_OFF = re.compile(
    r"\band\s+(?:then\s+)?(?:sailed|steered|navigated|diverted|moved|commandeered)\s+"
    r"(?:it|her|the\s+(?:[\w-]+\s+)?(?:vessel|ship|dhow|boat|tanker|carrier|trawler))\s+"
    r"(?:to|toward|towards|into)\b",
    re.I,
)


# The article speaks of a ship in pirates' hands without naming it: "the hijacked
# vessel", "the hijackers", "talks on the release of the ship", "have held it since".
_HIJACKED_SHIP = re.compile(
    r"\bhijacked\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|carrier|dhow|boat|trawler|"
    r"freighter|bulker)\b|\bthe\s+hijackers\b|\b(?:release|ransom)\s+of\s+the\s+(?:[\w-]+\s+)?"
    r"(?:ship|vessel|tanker|carrier|dhow)\b|\b(?:have|has)\s+(?:since\s+)?held\s+"
    r"(?:it|her|the\s+(?:[\w-]+\s+)?(?:ship|vessel|dhow|boat|tanker))\b",
    re.I,
)


_NAME_NEXT = re.compile(r"\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _another_ship_named(text: str, end: int, event: ExtractedEvent) -> bool:
    """Whether "the hijacked tanker" goes on to name a ship other than the event's ("the
    hijacked tanker Monjasa Reformer" in a story of another boarding)."""
    m = _NAME_NEXT.match(text, end)
    names = {v.name.casefold() for v in event.vessels if v.name}
    return m is not None and m.group(1).casefold() not in names


def hijacked(events: list[ExtractedEvent], text: str) -> None:
    """A boarding by a non-state group of a ship the article says was hijacked, or that the
    boarders then sailed away (unless the sentence tells a state's seizure), is the
    hijacking itself ("six unknown people had boarded it", "pirates boarded the dhow and
    sailed it toward Eyl"). So is the one such boarding of an article that tells of no
    hijacking but speaks of "the hijacked vessel" or "the hijackers"."""
    seized_in = {m.sentence_start for e in events if e.type == "seizure" for m in e.mentions}
    boarded = [e for e in events if e.type == "boarding" and e.actor_kind == "nonstate"]
    one = boarded[0] if len(boarded) == 1 and boarded[0].vessel_count in (None, 1) else None
    if (
        one is not None
        and not any(e.type == "hijacking" for e in events)
        and any(not _another_ship_named(text, m.end(), one) for m in _HIJACKED_SHIP.finditer(text))
    ):
        one.type = "hijacking"
        return
    for event in events:
        if event.type != "boarding" or event.actor_kind != "nonstate":
            continue
        told = event.mentions[0] if event.mentions else None
        # "the navy said it had seized the tanker, hours after masked gunmen boarded it and
        # steered it toward the coast": the boarders were the state's.
        if (
            told
            and told.sentence_start not in seized_in
            and _SAILED_OFF.search(text, told.evidence_start, told.sentence_end)
        ):
            event.type = "hijacking"
            continue
        if not _HIJACK.search(text):
            continue  # both ways of saying it below need the word
        for name in {v.name for v in event.vessels if v.name}:
            if re.search(
                rf"\bhijack\w*\s+(?:\w+\s+){{0,4}}?{re.escape(name)}\b|\b{re.escape(name)}\b[^.]{{0,40}}\bhijacked\b",
                text,
                re.I,
            ):
                event.type = "hijacking"
