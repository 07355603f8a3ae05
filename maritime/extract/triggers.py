"""Find the words that tell of an event (triggers) and check they act on a vessel."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from maritime.extract.clauses import clause_bounds, happening, relative_object
from maritime.extract.inflect import FORMS, irregular_forms, phrase_forms
from maritime.extract.lexicon import load
from maritime.extract.numbers import NUMBER_WORDS, QUALIFIER
from maritime.extract.times import TimeSpan
from maritime.extract.vessels import VesselNP
from maritime.text.folding import FoldedPattern, Screen, lowered

_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\w+ly\s+|not\s+|also\s+|then\s+)?$",
    re.I,
)
# "boarded by pirates" is passive; "boarded a tanker by climbing the chain" tells the means.
_BY_AFTER = re.compile(
    r"^\s+(?:(?!(?:was|were|is|are|had|has|have|been|be)\b)\w+\s+){0,3}?by\b"
    r"(?!\s+(?:means\b|\w{2,}ing\b))"
)
# Words after which the object of a verb has ended.
_OBJECT_END = re.compile(
    r"\b(?:that|which|who|after|before|while|when|as|because|until|said|says|but|although)\b|[;:]"
)
# "eight warships sent to the region", "a force built up since August", "the Ruen, hijacked in"
_REDUCED_BEFORE = re.compile(
    r"(?:\b(?!(?:has|have|had|was|were|is|are|be|been|it|they|he|she|we|who|which|that|and|or|"
    r"then|also|not|never|already|to)\b)[a-z][\w-]*|[A-Z][\w-]*,)\s+$"
)
_REDUCED_AFTER = re.compile(
    r"^\s+(?:to|into|toward|towards|since|in|by|from|at|off|near|across|for|on|last|earlier)\b"
)
_PARTITIVE = re.compile(
    r"\b(?:one|two|three|some|all|each|both|none|several|many|most) of\b|"
    # A part of the ship: "aimed a jet of water at the starboard stern of BRP Cabra".
    r"\b(?:the|its|her)\s+(?:(?:starboard|port|forward|aft|rear)\s+)?"
    r"(?:stern|bows?|hull|bridge|side|quarter|superstructure|deck|funnel|engine room)\s+of\b",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:[Ii]t|[Ss]he|[Bb]oth)\s+(?:was|were|had been|has been|have been|is being|"
    r"was being)\s+(?:\w+ly\s+)?$"
)
# "The tanker sank after being hit": the passive's subject is the main clause's.
_GERUND_PASSIVE = re.compile(
    r"\b(?:after|before|when|while|since|despite|following|without)\s+"
    r"(?:being|having\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
_RELATIVE_START = re.compile(r"\s*(?:which|that|who)\b", re.I)
_RELATIVE_END = re.compile(
    r"(?:,|\b(?!(?:in|by|under|through|with|from|after|of|on|at)\b)\w+)\s+(?:which|that|who)\s*$",
    re.I,
)
# "USS Carney and other coalition ships", "the frigate X and two destroyers": one subject.
_COORDINATED = re.compile(r",?\s*(?:and|,)\s*(?:(?:other|allied|coalition|partner)\s+){0,2}", re.I)
_GAP_BREAK = re.compile(r",|\b(?:on|in|at|to|from|with|near|off|of|for|into|over|against)\b", re.I)
# A participle used as an adjective ("the hijacked ship") names, it does not tell.
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.I)
# ... but after "that" with an object next, the verb heads a relative clause ("a missile
# that struck the tanker"), unlike "reports that hijacked ships are used".
_THAT = re.compile(r"\bthat\s+$", re.I)
_OBJECT_NEXT = re.compile(r"\s+(?:the|an?|two|three|four|several|its|their|her|M/V|MV)\b|\s+[A-Z]")
# "shadowed it", "chased her for three hours": one ship told by a pronoun; "her" only where
# no noun follows it ("rammed her bow" names a part of a ship, "her crew" its people).
SHIP_PRONOUN = re.compile(
    r"^\s+(?:it|her(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|on|off|near|for|from|to|toward|towards|"
    r"into|until|with|as|and|after|before|during|again|twice|repeatedly|closely|throughout|"
    r"through|across|along|around|\d)\b))\b"
)
_PRONOUN_OBJECT = re.compile(rf"{SHIP_PRONOUN.pattern}|^\s+them\b")
_NOUN_COMPLEMENT = re.compile(
    r"^[\s\"”’']+(?:(?:on|in) [A-Z]\w+ \d{1,2},?\s+|attempts?\s+|(?:was|were)\s+(?=of\b))?"
    r"(?:on|of|against|targeting|at|aboard|onboard|on\s+board)\s+"
    r"(?:[\w'’-]+,?\s+){0,3}$"
)


@dataclass(frozen=True)
class Trigger:
    type: str
    start: int
    end: int
    pos: str  # verb | noun
    since: str  # how "since X" dates it: start | range
    passive: bool
    reduced: bool  # a participle after its noun ("warships sent to the region"): own clause
    target: VesselNP | None  # the vessel acted on, when one is named
    standalone: bool = False  # a noun that reports an incident by itself


_LEMMA = re.compile(r"\{([a-z]+)\}")


def entry_pattern(entry: dict) -> str:
    """The regex an entry matches: every chosen form of its `verbs`, then its `pattern`
    with each {lemma} standing for the chosen forms of that verb."""
    forms = tuple(entry.get("forms", FORMS))
    verbs = [form for verb in entry.get("verbs", []) for form in phrase_forms(verb, forms)]
    pattern = _LEMMA.sub(
        lambda m: "(?:" + "|".join(phrase_forms(m.group(1), forms)) + ")", entry.get("pattern", "")
    )
    return "|".join([*(re.escape(v) for v in verbs), *([pattern] if pattern else [])])


@cache
def _entries() -> list[tuple[FoldedPattern, dict]]:
    return [
        (FoldedPattern(re.compile(rf"\b(?:{entry_pattern(e)})\b", re.I)), e)
        for e in load("triggers")["entries"]
    ]


@cache
def _screen() -> Screen:
    return Screen([pattern for pattern, _entry in _entries()])


def lexicon_types(text: str) -> set[str]:
    """The event types whose trigger words occur in `text`, before any check of voice or
    object: what a sentence could have told, for measuring where a reading was lost."""
    entries = _entries()
    return {entries[index][1]["type"] for index, _ in _screen().finditer(text, lowered(text))}


def _object(text: str, end: int, vessels: list[VesselNP], within: int) -> VesselNP | None:
    """The first vessel after a verb, before its object ends."""
    for np in vessels:
        if np.start < end - 1:
            continue
        gap = _PARTITIVE.sub(" ", text[end : np.start])
        if np.start - end > within or _OBJECT_END.search(gap) or _GAP_BREAK.search(gap):
            return None
        return np if len(gap.split()) <= 3 or _POSSESSOR.fullmatch(gap) else None
    return None


# A ship told as someone's: "chased the Philippine coast guard's BRP Suluan".
_POSSESSOR = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,4}[\w-]+['’]s?\s+")


def _subject(text: str, clause_start: int, start: int, vessels: list[VesselNP]) -> VesselNP | None:
    """The vessel before a passive verb in its clause (the thing acted on): the first of
    a coordinated subject ("the carrier X and three destroyers arrived"). In a relative
    clause ("..., which has been deployed") it is the noun the clause hangs on."""
    if (
        _RELATIVE_START.match(text[clause_start:])
        or _RELATIVE_END.search(text[:clause_start])
        or adverbial_passive(text, start) is not None
    ):
        clause_start = max(0, text.rfind(";", 0, clause_start) + 1)
    candidates = [np for np in vessels if clause_start < np.end <= start + 1]
    if not candidates:
        return _interrupted_subject(text, clause_start, vessels)
    index = len(candidates) - 1
    while index > 0 and _COORDINATED.fullmatch(
        text[candidates[index - 1].end : candidates[index].start]
    ):
        index -= 1
    return candidates[index]


# "capsized while being chased by", "sank after being rammed by": the main clause's ship.
_ADVERBIAL_PASSIVE = re.compile(
    r"\b(?:while|whilst|after|before|when|as|since|until|upon)\s+(?:being|having\s+been)\s+"
    r"(?:\w+ly\s+)?$",
    re.I,
)


def adverbial_passive(text: str, start: int) -> int | None:
    """Where "while being" or "after being" opens the passive verb at `start` ("capsized
    while being chased by"): the verb tells of the main clause's ship; None otherwise."""
    m = _ADVERBIAL_PASSIVE.search(text[:start])
    return m.start() if m else None


_WHILE_BEFORE = re.compile(r"\s*,?\s*(?:while|whilst|when)\s+$", re.I)


def _interrupted_subject(text: str, clause_start: int, vessels: list[VesselNP]) -> VesselNP | None:
    """Terse reports put a "while" phrase between the ship and its verb ("M/V X while at
    anchor off Colombo was boarded"): the subject is the ship right before "while"."""
    for np in vessels:
        if np.end <= clause_start and _WHILE_BEFORE.fullmatch(text, np.end, clause_start):
            return np
    return None


def _headline_subject(text: str, start: int, vessels: list[VesselNP]) -> VesselNP | None:
    """Terse reports open with the ship and a bare participle ("Bulk carrier robbed",
    "Vessel attacked in 01-16N 058-07E"): a passive whose subject is that ship."""
    opening = text[:start].rstrip()
    for np in vessels:
        bare = not _DETERMINED.match(text, np.start, np.end)
        opens = _HEADLINE_OPENING.fullmatch(text[: np.start].split(":")[-1])
        if _HEADLINE_NAME.fullmatch(opening, np.end) and bare and opens:
            return np
    return None


# Between a headline's ship and its verb: the bracketed name and an adverb ("Tanker
# (BRITISH HOLLY) robbed", "Merchant vessel (X) illegally boarded").
_HEADLINE_NAME = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:illegally|reportedly|allegedly|suspiciously))?"
)


# A ship with an article or a number before it is no headline's bare subject.
_DETERMINED = re.compile(r"(?:a|an|the|one|two|three)\b", re.I)
# Before a headline's ship: a place header in capitals, or a few adjectives
# ("INDONESIA: Unidentified chemical tanker boarded").
_HEADLINE_OPENING = re.compile(
    r"(?-i:[^a-z]*)|\s*(?:(?!(?:the|a|an|was|were|is|are|has|had|have|reports?|reported)\b)"
    r"[A-Za-z][\w/-]*\s+){1,3}",
    re.I,
)


def _complement(text: str, end: int, vessels: list[VesselNP]) -> VesselNP | None:
    """The vessel a noun trigger is about: "strike on a boat", "seizure of two tankers"."""
    for np in vessels:
        if np.start >= end and _NOUN_COMPLEMENT.match(text[end : np.start]):
            return np
    return None


def find_triggers(text: str, vessels: list[VesselNP]) -> list[Trigger]:
    """Triggers in a sentence with the vessel each acts on; overlapping matches keep the
    longest. Verbs whose lexicon entry needs a vessel object and lack one are dropped."""
    entries = _entries()
    matches = [
        (m.start(), m.end(), entries[index][1])
        for index, m in _screen().finditer(text, lowered(text))
    ]
    matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    triggers: list[Trigger] = []
    taken_until = -1
    for start, end, entry in matches:
        if start < taken_until:
            continue
        trigger = _check(text, start, end, entry, vessels)
        if trigger:
            triggers.append(trigger)
            taken_until = end
    return triggers


def _check(text: str, start: int, end: int, entry: dict, vessels: list[VesselNP]) -> Trigger | None:
    """The trigger with its voice and target, or None when it acts on no vessel though its
    entry needs one ("seized Maduro", "destroyed two drones") or is only an adjective
    ("the hijacked ship")."""
    clause_start, _clause_end = clause_bounds(text, start, end)
    participle = (
        entry["pos"] == "verb"
        and not text[start:end].lower().endswith(("ing", "s"))
        and not _present(text, start)
    )
    # The test after the verb first: it is cheap, and the one that fails most.
    reduced = participle and bool(
        _REDUCED_AFTER.match(text[end:])
        and _REDUCED_BEFORE.search(text[:start])
        and not _agent_before(text, start)  # "pirates attacked from two skiffs": active
    )
    passive = reduced or bool(
        participle
        and (_PASSIVE_BEFORE.search(text[clause_start:start]) or _BY_AFTER.match(text[end:]))
    )
    before = text[:start]
    if entry["pos"] == "verb" and _ATTRIBUTIVE.search(before) and not _relative(text, start):
        return None
    # A headline's bare participle takes no object: "cutters seized the cocaine" is active.
    headline = (
        participle
        and not passive
        and not _OBJECT_NEXT.match(text, end)
        and _headline_subject(text, start, vessels)
    )
    spanning = next((np for np in vessels if _verb_inside(text, start, end, np)), None)
    if headline:
        passive, target = True, headline  # "Chemical tanker boarded and robbed 16 November"
    elif spanning and entry["pos"] == "verb" and not passive:
        target = spanning
    elif entry["pos"] == "noun":
        target = _complement(text, end, vessels)
    elif passive:
        target = _subject(text, clause_start, start, vessels)
        gerund = _GERUND_PASSIVE.search(text, max(0, clause_start - 20), start)
        if target is None and gerund:
            target = _subject(text, 0, gerund.start(), vessels)  # "sank after being hit"
    elif entry.get("subject"):
        target = _subject(text, 0, start, vessels)
    else:
        target = _object(text, end, vessels, entry.get("object_within", 70))
        if target is None:  # "the tanker Orla, which Iran seized on 3 May"
            target = _relative_head(text, start, vessels)
    if target and target.crew and not entry.get("crew"):
        target = None
    needs_vessel = entry["object"] == "vessel"
    if needs_vessel and target is None:
        pronoun = entry["pos"] == "verb" and (
            _PRONOUN_SUBJECT.search(text[:start]) if passive else _PRONOUN_OBJECT.match(text[end:])
        )
        if pronoun and not passive and _takes_people(text[start:end]):
            pronoun = SHIP_PRONOUN.match(text[end:])  # "detained them": people, not boats
        # "The seizure took place on 4 June": the clause says the act happened.
        happened = entry["pos"] == "noun" and happening(text, end) is not None
        if not (pronoun or happened or _by_agents(text, clause_start, start, end, entry, passive)):
            return None
    taking = entry["type"] in ("seizure", "hijacking")
    if target is not None and taking and _held_thing().match(text, target.end):
        return None  # "detained the tanker's captain", "escaped with the ship's stores"
    if entry["type"] == "deployment" and target is not None and not target.naval:
        return None
    if entry["type"] == "boarding" and target is not None and target.naval:
        return None  # marines or troops going aboard their own navy's ship embark
    return Trigger(
        entry["type"],
        start,
        end,
        entry["pos"],
        entry.get("since", "range"),
        passive,
        reduced,
        target,
        entry.get("standalone", False),
    )


@cache
def _people_verbs() -> frozenset[str]:
    return frozenset(
        form for verb in load("triggers")["people_verbs"] for form in phrase_forms(verb)
    )


def _takes_people(verb: str) -> bool:
    """Whether the verb's bare "them" names people ("agents detained them on the beach")."""
    return verb.lower() in _people_verbs()


@cache
def _held_thing() -> re.Pattern[str]:
    """A possessive after the ship naming what it carries or who sails it ("'s captain")."""
    return re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?(?:{load('triggers')['held_things']})\b", re.I)


@cache
def agent_words() -> re.Pattern[str]:
    """Pirates, robbers and the like: the non-state hands in the lexicon's `agents`."""
    return re.compile(rf"\b(?:{load('triggers')['agents']})\b", re.I)


# A verb form that cannot be a noun: "-ed", "-ing" or an irregular past.
_PAST_VERB = re.compile(rf"\w+(?:ed|ing)\b|(?:{'|'.join(irregular_forms())})\b", re.I)


@cache
def _pasts() -> frozenset[str]:
    return frozenset(
        word
        for forms in load("common")["irregular_verbs"].values()
        for group in forms
        for word in group
    )


_WORD = re.compile(r"[\w-]*")


def _relative(text: str, start: int) -> bool:
    """Whether the verb at `start` heads a relative clause opened by "that" and takes an
    object ("a missile that struck the tanker"), unlike "reports that hijacked ships"."""
    verb_end = _WORD.match(text, start).end()  # type: ignore[union-attr]
    return bool(_THAT.search(text, 0, start) and _OBJECT_NEXT.match(text, verb_end))


def _relative_head(text: str, start: int, vessels: list[VesselNP]) -> VesselNP | None:
    """The noun a relative clause hangs on when the verb is that clause's own, with a
    subject between ("the tanker Orla, which the Guards seized"): the verb's object."""
    index = relative_object(text, start, [(np.start, np.end) for np in vessels])
    return None if index is None else vessels[index]


def _present(text: str, start: int) -> bool:
    """Whether the verb at `start` is a bare present ("cutters regularly deploy to"), not a
    participle: no "-ed", "-ing" or "-s", and no irregular past ("hit", "sent")."""
    word = _WORD.match(text, start).group().lower()  # type: ignore[union-attr]
    return not word.endswith(("ed", "ing", "s")) and word not in _pasts()


def _verb_inside(text: str, start: int, end: int, np: VesselNP) -> bool:
    """Whether a noun phrase read too greedily swallowed the verb acting on it ("Eight
    pirates boarded vessel", "two skiffs chased M/V LEWEK EBONY"): its subject is a group
    of pirates, or its ship's name follows the verb - unlike "fast-attack boats" or "the
    Ford carrier strike group", where the word is part of the phrase."""
    if not (np.start < start and end < np.end):
        return False
    if agent_words().search(text, np.start, start):
        return True
    named_after = bool(np.name) and np.name in text[end : np.end]
    return named_after and text[start - 1].isspace() and bool(_PAST_VERB.match(text, start))


def _agent_before(text: str, start: int) -> bool:
    """Whether the word right before `start` names pirates, robbers and the like."""
    last = re.search(r"([\w-]+)\s+$", text[max(0, start - 30) : start])
    return bool(last) and bool(agent_words().fullmatch(last.group(1)))


_BY_AGENT = re.compile(r"\s+by\s+(?:[\w-]+\s+){0,3}$", re.I)
# Right after a verb: no direct object follows ("pirates attacked from two skiffs").
_NO_OBJECT = re.compile(
    r"\s*(?:$|[,.;(]|(?:and|from|with|in|at|near|off|while|when|on|around|about|but|"
    r"again|twice|through|via|over|alongside|before|after)\b|\d)",
    re.I,
)


def _by_agents(
    text: str, clause_start: int, start: int, end: int, entry: dict, passive: bool
) -> bool:
    """Terse reports often leave the ship unsaid when pirates or robbers act ("Three
    robbers boarded via the anchor chain", "was boarded by six thieves"): the act stands
    when such a group is its agent. An entry's `agents` says whether any object will do
    ("any") or only none at all ("bare": "pirates attacked" yes, "attacked a village" no)."""
    rule = entry.get("agents")
    if rule is None or not _PAST_VERB.match(text, start):
        return False  # "the three men killed in the September 15 strike": a noun
    if passive:
        after = agent_words().search(text, end, end + 60)
        return bool(after) and bool(_BY_AGENT.fullmatch(text, end, after.start()))
    if rule == "bare" and not _NO_OBJECT.match(text, end):
        return False
    agents = list(agent_words().finditer(text, max(clause_start, start - 80), start))
    return bool(agents) and not re.search(r"[;:]", text[agents[-1].end() : start])


# Counts above one: "two strikes", "35 attacks", "a dozen seizures".
_MANY = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n > 1), key=len, reverse=True))
_QUANTIFIED_NOUN = re.compile(
    rf"\b(?:(?:{QUALIFIER}) )?(?:\d[\d,]*|{_MANY}|a dozen|dozens of|several|multiple)"
    r"\s+(?:\w+\s+){0,2}$",
    re.I,
)

# "the blockade of Gaza", "the blockade of the port of Hodeidah"
_OF_PLACE = re.compile(
    r"\s+of\s+(?:the\s+(?:port|harbou?r|coast|strait|island|gulf)s?\s+of\s+)?[A-Z]"
)

_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|its|their)\s+(?:(?!(?:a|an)\b)[\w-]+\s+){0,4}$",
    re.I,
)

# "The three strikes carried out in September", "recent attacks", "a spate of attacks": a
# recap of incidents told one by one, or a run of them told as one.
_RECAP = re.compile(
    rf"\b(?:(?:the|these|those|all)\s+(?:\d+|{_MANY})|recent|previous|past|"
    r"(?:spate|wave|burst|string|series|flurry|rash|run)\s+of)\s+(?:[\w-]+\s+)?$",
    re.I,
)


def noun_tells_event(
    text: str, trigger: Trigger, spans: list[TimeSpan], killed: int | None, first: bool
) -> bool:
    """A noun ("strike", "seizure") reports an incident of its own only with details:
    deaths, a number ("35 strikes"), a date next to it, or the vessel it hit. A definite
    noun with nothing new ("the strike", "the detention of the tanker") refers back."""
    before = text[: trigger.start]
    close = [
        s
        for s in spans
        if s.precision != "year"
        and min(abs(s.start_char - trigger.end), abs(trigger.start - s.end_char)) < 60
    ]
    if trigger.standalone:
        return True
    if _RECAP.search(before):
        return False
    if _DEFINITE.search(before):
        # Deaths in the sentence belong to an earlier trigger unless this one comes first;
        # a blockade is of a place ("the naval blockade of Gaza it imposed in 2007").
        of_place = trigger.type == "blockade" and _OF_PLACE.match(text, trigger.end)
        return bool(spans) and bool(
            trigger.target is not None or of_place or (killed is not None and first)
        )
    if killed is not None or _QUANTIFIED_NOUN.search(before):
        return True
    return trigger.target is not None or bool(close)
