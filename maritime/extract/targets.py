"""What a trigger acts on: the target vessels, how many, and which ship "it" is."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from maritime.extract.facts import SentenceFacts
from maritime.extract.lexicon import load
from maritime.extract.model import VesselMention
from maritime.extract.times import TimeSpan
from maritime.extract.triggers import SHIP_PRONOUN, Trigger
from maritime.extract.vessels import VesselNP
from maritime.geo import Place

# A ship's name standing alone: "Chem Ranger", "Bella 1".
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,3}))*)"

# Between coordinated ships, past a hull number: "USS Carl Vinson (CVN 70) and ...".
_COORDINATION = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and|along with|as well as|plus|,)\s+", re.I
)

_MEMBERS = re.compile(r"\b(?:among them|including|such as)\b", re.I)

_RELATIVE = re.compile(r"\b(?:that|which|who|whom)\b", re.I)

_MADE_OF = re.compile(r"\b(?:made up of|consisting of|comprising|composed of)\b", re.I)

_DEFINITE_NP = re.compile(r"^(?:.*\s)?(?:the|this|that|its)\b", re.I)

_GENERIC_TYPES = frozenset({"ship", "vessel", "boat", None})

_FOCUS_WINDOW = 3  # sentences after which a bare "the ship" no longer reaches a named one


@dataclass
class Focus:
    """The named ship the story told of last, and in which sentence: "the ship" a few
    sentences on is that ship when no merchant ship is a candidate, even a warship."""

    vessel: VesselNP | None = None
    sentence: int = 0
    current: int = 0
    # An unnamed civilian ship came up ("a fishing vessel", "a boat"): "the ship" may
    # be that one, so it is left unresolved.
    rival: bool = False
    # The named ships told of lately, latest last, with the sentence each was last named in.
    named: list[tuple[VesselNP, int]] = field(default_factory=list)

    def near(self) -> VesselNP | None:
        """The ship in focus, if it was named or referred to within the last few sentences."""
        recent = self.current - self.sentence <= _FOCUS_WINDOW
        return self.vessel if recent and not self.rival else None

    def refer(self, vessel: VesselNP) -> None:
        self.vessel, self.sentence = vessel, self.current

    def read(self, item: SentenceFacts) -> None:
        """After a sentence: its last named ship is in focus."""
        text = item.sentence.text
        self.rival = self.rival or any(_rival(text, v) for v in item.vessels)
        named = [v for v in item.vessels if v.name]
        if named:
            self.vessel, self.sentence = named[-1], self.current
        for vessel in named:
            self.named = [(v, i) for v, i in self.named if v.name != vessel.name]
            self.named.append((vessel, self.current))

    def recent(self) -> list[VesselNP]:
        """The named ships told of within the last few sentences, latest last."""
        return [v for v, i in self.named if self.current - i <= _FOCUS_WINDOW]


def resolve_reference(
    text: str,
    trigger: Trigger,
    item: SentenceFacts,
    vessels: list[VesselNP],
    count: int | None,
    recent: dict[bool, VesselNP],
    focus: Focus | None = None,
) -> tuple[list[VesselNP], int | None]:
    """ "the tanker", "the carrier" or "it" names no ship itself: it is the latest named
    one of its kind (a warship for "the carrier"), earlier in this sentence or else in the
    article, when the types agree. "the ship" or "it" with no merchant ship to be is the
    ship in `focus`. A ship that is the actor ("INS Kolkata intercepted it") is not the
    one acted on."""
    group = _group_reference(text, item, trigger, vessels, focus)
    if group:
        return group, len(group)
    set_first = _subject_before_aside(text, trigger, item, vessels)
    if set_first is not None:
        return [set_first], 1
    naval = bool(vessels) and vessels[0].naval
    named_before = [
        v for v in item.vessels if v.name and v.end <= trigger.start and not _acting(v, item)
    ]
    same_kind = [v for v in named_before if v.naval == naval]
    candidate = same_kind[-1] if same_kind else recent.get(naval)
    if candidate is None and focus is not None and _bare(text, vessels):
        candidate = _in_focus(text, trigger, item, vessels, named_before, focus)
    if candidate is None:
        return vessels, count
    if vessels:
        target = vessels[0]
        words = text[target.start : target.end]
        if target.name or target.crew or not _refers_back(words):
            return vessels, count
        if target.vessel_type not in _GENERIC_TYPES and candidate.vessel_type not in (
            None,
            target.vessel_type,
        ):
            return vessels, count
        return _refer_to(candidate, vessels, count)
    pronoun_object = not trigger.passive and SHIP_PRONOUN.match(text[trigger.end :])
    pronoun_subject = trigger.passive and re.search(
        r"\b[Ii]t\s+(?:\w+\s+){1,2}$", text[: trigger.start]
    )
    if trigger.pos == "verb" and (pronoun_object or pronoun_subject):
        if pronoun_object and _unnamed_earlier_target(item, trigger):
            return vessels, count
        return [candidate], 1
    return vessels, count


def _unnamed_earlier_target(item: SentenceFacts, trigger: Trigger) -> bool:
    """Whether an earlier act of the sentence was done to a ship with no name, which "it"
    then stands for ("chased an LPG carrier and came within two cables of it"), not the
    ship named before."""
    earlier = [t for t in item.triggers if t.end <= trigger.start and t.target is not None]
    return bool(earlier) and earlier[-1].target.name is None  # type: ignore[union-attr]


# Between a ship set first and its passive verb: an aside at most ("MV ALPHA (bulk carrier,
# PAN flag), hijacked", "tanker B STAR, operating as a bunker vessel, was hijacked").
_ASIDE = re.compile(
    r"\s*(?:,[^,;()]*)?,\s*(?:(?:was|were|has been|had been|is|are)\s+)?(?:\w+ly\s+)?"
)
_INDEFINITE = re.compile(r"(?:a|an)\s", re.I)
_PARTICIPLE_AFTER_COMMA = re.compile(r"\s*,\s*\w+ed")


def _subject_before_aside(
    text: str, trigger: Trigger, item: SentenceFacts, vessels: list[VesselNP]
) -> VesselNP | None:
    """Bulletins set the named ship first and tell what befell it after an aside: the
    passive's subject is that ship, not an unnamed one the aside brings in; None when the
    sentence is not so built."""
    named = [v for v in item.vessels if v.name and v.end <= trigger.start]
    if trigger.pos != "verb" or not named:
        return None
    if not trigger.passive:  # "MV ALPHA (bulk carrier), hijacked 12 MAR": no verb before
        reduced = not vessels and _PARTICIPLE_AFTER_COMMA.fullmatch(
            text, named[-1].end, trigger.end
        )
        return named[-1] if reduced else None
    if vessels and (vessels[0].name or not _INDEFINITE.match(text, vessels[0].start)):
        return None
    return named[-1] if _ASIDE.fullmatch(text, named[-1].end, trigger.start) else None


# Terse reports drop the article: "Master reports vessel struck by a missile".
_BARE_NOUN = re.compile(r"vessel|ship", re.I)


def _refers_back(words: str) -> bool:
    """Whether a vessel phrase refers to a ship told of before ("the tanker", "vessel")."""
    return bool(_DEFINITE_NP.match(words) or _BARE_NOUN.fullmatch(words))


# "both tankers", "the two ships", "the three vessels": a group told of before.
_GROUP = re.compile(r"\b(?:both|the (?:two|three|four))\b", re.I)
_BOTH_SUBJECT = re.compile(r"\bboth\s+(?:were|had been|have been)\s+(?:\w+ly\s+)?$", re.I)


def _group_reference(
    text: str,
    item: SentenceFacts,
    trigger: Trigger,
    vessels: list[VesselNP],
    focus: Focus | None,
) -> list[VesselNP]:
    """The named ships "both tankers", "the two ships" or a bare "both" subject ("both were
    hit") refers to: the latest that many named before, of its kind; [] when it is no such
    phrase or they are not all known."""
    if focus is None:
        return []
    before = [v for v in item.vessels if v.name and v.end <= trigger.start]
    latest = [*focus.recent(), *before]
    if not vessels and trigger.passive and _BOTH_SUBJECT.search(text, 0, trigger.start):
        return _latest(latest, 2, latest[-1].naval if latest else False, None)
    if len(vessels) != 1 or vessels[0].name or not vessels[0].count:
        return []
    target = vessels[0]
    if not _GROUP.search(text, max(0, target.start - 4), target.end) or target.count < 2:
        return []
    return _latest(latest, target.count, target.naval, target.vessel_type)


def _latest(
    named: list[VesselNP], count: int, naval: bool, vessel_type: str | None
) -> list[VesselNP]:
    """The last `count` distinct ships of `named` of the kind asked for, in their order;
    [] when there are fewer."""
    chosen: list[VesselNP] = []
    for vessel in reversed(named):
        kind = vessel_type in _GENERIC_TYPES or vessel.vessel_type in (None, vessel_type)
        fresh = vessel.name not in {c.name for c in chosen}
        if vessel.naval == naval and kind and fresh:
            chosen.append(vessel)
    return chosen[:count][::-1] if len(chosen) >= count else []


def _refer_to(
    candidate: VesselNP, vessels: list[VesselNP], count: int | None
) -> tuple[list[VesselNP], int | None]:
    """The group with its first, referring phrase replaced by the ship it refers to; that
    ship named again in the group ("fired on the ship, causing the Somme to...") is one."""
    rest = [v for v in vessels[1:] if v.name != candidate.name]
    if count is None:
        return [candidate, *rest], 1
    return [candidate, *rest], count - (len(vessels) - 1 - len(rest))


def _in_focus(
    text: str,
    trigger: Trigger,
    item: SentenceFacts,
    vessels: list[VesselNP],
    named_before: list[VesselNP],
    focus: Focus,
) -> VesselNP | None:
    """The named ship of any kind a bare "the ship" or "it" refers to: the latest named
    earlier in the sentence, else the one in focus; none when an unnamed civilian ship
    came up before it."""
    until = vessels[0].start if vessels else trigger.start
    if any(_rival(text, v) for v in item.vessels if v.end <= until):
        return None
    candidate = named_before[-1] if named_before else focus.near()
    if candidate is not None:
        focus.refer(candidate)
    return candidate


def _rival(text: str, vessel: VesselNP) -> bool:
    """Whether the phrase brings in one unnamed civilian ship ("a tanker", "a vessel"),
    rather than referring back to one ("the ship")."""
    if vessel.naval or vessel.name or vessel.crew or vessel.count != 1:
        return False
    return vessel.vessel_type not in ("ship", "vessel") or not is_definite(text, vessel)


def _acting(vessel: VesselNP, item: SentenceFacts) -> bool:
    return any(a.start < vessel.end and vessel.start < a.end for a in item.actors)


def _bare(text: str, vessels: list[VesselNP]) -> bool:
    """Whether the target says nothing of the ship's kind: "it", or one "ship" or "vessel"
    ("the ship", "the 12,000-tonne vessel")."""
    if not vessels:
        return True
    target = vessels[0]
    return target.vessel_type in ("ship", "vessel") and target.count == 1 and not target.name


def target_group(
    text: str, trigger: Trigger, vessels: list[VesselNP], clause: tuple[int, int]
) -> tuple[list[VesselNP], int | None]:
    """The vessels acted on and how many: the target plus vessels coordinated with it
    ("eight warships and a submarine" = 9; "a group made up of A, B and C" = 3)."""
    if trigger.target is None:
        return [], None
    group = _series(_first_coordinated(text, trigger, vessels), vessels)
    count = group[0].count
    members = 0
    in_members = False
    previous = group[-1]
    limit = trigger.start if trigger.target.end <= trigger.start else clause[1]
    for np in vessels:
        if np.start < previous.end or np.start > limit:
            continue
        if np.crew and not trigger.target.crew:
            continue  # "seized the tanker Alpha and its 23 crew": the ship's people
        gap = text[previous.end : np.start]
        if _RELATIVE.search(gap):
            break  # "the Kestrel, which a patrol boat fired on": the boat acts
        if _apposition(text, previous, np, gap):
            # "the Oriel, a Maltese-flagged bulk carrier, and ...": the same ship again
            previous = replace(previous, end=_apposition_end(text, np))
            continue
        if re.fullmatch(r",\s*", gap) and previous.name is None and np.name and previous.count == 1:
            group[-1] = previous = np  # "a second tanker, the Liberian-flagged Mesdar"
            continue
        if _MADE_OF.search(gap):
            in_members, count, members = True, None, 0
        elif _MEMBERS.search(gap):
            in_members = True
        elif in_members and re.search(r"\b(?:along with|as well as|plus)\b", gap):
            in_members = False
        elif not _COORDINATION.match(gap) and not (
            in_members and re.fullmatch(r",?\s*(?:and\s+)?(?:the\s+)?", gap)
        ):
            break
        group.append(np)
        previous = np
        if in_members:
            members += 1
            continue
        count = None if count is None or np.count is None else count + np.count
    if members and count is None and _MADE_OF.search(text[trigger.target.end : previous.end]):
        count = members
    return group, count


# Between two coordinated ships of a subject, past a hull number: "USS Carl Vinson (CVN
# 70) and| guided-missile destroyer USS Michael Murphy", "HMS Wren (F 250),| the ...".
_SUBJECT_LINK = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)")


def _first_coordinated(text: str, trigger: Trigger, vessels: list[VesselNP]) -> VesselNP:
    """The first ship of a subject the trigger's target ends ("The carrier USS Carl
    Vinson (CVN 70) and destroyer USS Michael Murphy arrived"): its group starts there."""
    target = trigger.target
    if target is None or target.end > trigger.start:
        return target
    first = target
    earlier = [v for v in vessels if v.end <= target.start]
    while earlier and _SUBJECT_LINK.fullmatch(text, earlier[-1].end, first.start):
        first = earlier.pop()
    # A list closes with "and"; "The Alpha, the destroyer X arrived" is none.
    return first if re.search(r"\band\b", text[first.end : trigger.start]) else target


def _apposition(text: str, previous: VesselNP, np: VesselNP, gap: str) -> bool:
    """Whether `np` says what the named ship before it is ("the Oriel, a bulk carrier",
    "the Alpha, a Panama-flagged, Greek-owned tanker"), rather than being the next of a
    list ("the Alpha, a freighter and two tugs")."""
    if not previous.name or np.name or np.count != 1:
        return False
    opens = re.fullmatch(r",\s*(?:(?:a|an)\s[^;]*)?", gap, re.I)
    indefinite = re.match(r"(?:a|an)\s", gap.lstrip(", ") or text[np.start : np.end], re.I)
    return bool(opens and indefinite and not _LIST_GOES_ON.match(text, np.end))


def _apposition_end(text: str, np: VesselNP) -> int:
    """Where an apposition ends: after its closing comma, if any."""
    m = re.match(r"\s*,", text[np.end :])
    return np.end + m.end() if m else np.end


_LIST_GOES_ON = re.compile(
    r",?\s+(?:and|or|plus)\s+(?:a|an|one|two|three|four|five|six|\d+)\s|"
    r",\s*(?:a|an|one|two|three|four|five|six|\d+)\s",
    re.I,
)


def _series(target: VesselNP, vessels: list[VesselNP]) -> list[VesselNP]:
    """The ships one plural type noun names ("the tankers A near X and B near Y"), the
    first holding the count, whichever of them the trigger found; else just `target`."""
    if target.series is None:
        return [target]
    return [np for np in vessels if np.series == target.series]


def listed(
    item: SentenceFacts, trigger: Trigger, count: int | None
) -> list[tuple[VesselNP, tuple[str, Place] | None]]:
    """ "seized two tankers: the A in the North Atlantic, and the B in the Caribbean" is
    one incident per listed ship, each where the list puts it; [] for no such list."""
    target = trigger.target
    text = item.sentence.text
    if target is None or not count or count < 2 or not re.match(r"\s*:", text[target.end :]):
        return []
    named: list[VesselNP] = []
    for vessel in item.vessels:
        if vessel.name and vessel.start > target.end and vessel.name not in {n.name for n in named}:
            named.append(vessel)
    if len(named) != count:
        named = _list_items(text, target)
    if len(named) != count:
        return []
    parts = []
    for index, vessel in enumerate(named):
        stop = named[index + 1].start if index + 1 < len(named) else len(text)
        spans = [s for s in item.places if vessel.end <= s.start < stop]
        parts.append((vessel, (spans[0].phrase, spans[0].place) if spans else None))
    return parts


_MERCHANT_PREFIX = "|".join(
    re.escape(p) for p in sorted(load("common")["ship_prefixes"]["merchant"], key=len, reverse=True)
)
_LIST_ITEM = re.compile(
    r"(?:(?<=:)\s*|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w-]+-(?:flagged|registered)\s+)?"
    rf"(?:(?:{_MERCHANT_PREFIX})\s+)?{_NAME}"
)


def _list_items(text: str, target: VesselNP) -> list[VesselNP]:
    """The ships named in a list after a colon, with or without a type word each."""
    colon = text.index(":", target.end) + 1
    found = []
    for m in _LIST_ITEM.finditer(text, colon):
        found.append(
            VesselNP(
                m.start("name"), m.end("name"), target.vessel_type, target.naval, 1, m.group("name")
            )
        )
    return found


# "..., after the Alpha on 10 May and the Beta on 20 May": earlier acts of the same kind.
_EARLIER = re.compile(r"\b(?:after|following|preceded by)\s+(?=(?:the\s+)?[A-Z])")
# One ship of that list, up to its date: "the Beta on ", "and the Chem Ranger, at which
# two missiles were fired, on ".
_EARLIER_ITEM = re.compile(
    rf"\s*,?\s*(?:and\s+)?(?:the\s+)?{_NAME}(?:,[^,;]{{1,80}},)?\s+(?:on|in)\s+"
)
_EARLIER_END = re.compile(r"\s*(?:$|[.;,)]|and\b)")


def earlier_acts(item: SentenceFacts, trigger: Trigger) -> list[tuple[VesselNP, TimeSpan]]:
    """The ships listed after the act, each with the day it was hit or taken before:
    "the fourth strike in two weeks, after the Alpha on 10 May and the Beta on 20 May".
    Only the act told last before "after" has them; [] when there is no such list."""
    text = item.sentence.text
    marker = _EARLIER.search(text, trigger.end)
    if marker is None or any(trigger.end <= t.start < marker.start() for t in item.triggers):
        return []
    acts: list[tuple[VesselNP, TimeSpan]] = []
    cursor = marker.end()
    for span in sorted(item.times, key=lambda s: s.start_char):
        if span.start_char < cursor:
            continue
        m = _EARLIER_ITEM.fullmatch(text, cursor, span.start_char)
        if not m or span.precision != "day" or span.kind != "point" or _taken(item, m):
            break
        acts.append((_ship(item, m), span))
        cursor = span.end_char
    return acts if acts and _EARLIER_END.match(text, cursor) else []


def _taken(item: SentenceFacts, m: re.Match[str]) -> bool:
    """Whether the name is an actor's or a place's ("after the Houthis on Monday ..."),
    not a ship's that holds one ("the Gibraltar Eagle")."""
    spans = [(a.start, a.end) for a in item.actors] + [(p.start, p.end) for p in item.places]
    return any(start <= m.start("name") and m.end("name") <= end for start, end in spans)


def _ship(item: SentenceFacts, m: re.Match[str]) -> VesselNP:
    """The ship a listed name is, as the sentence read it, or a bare named ship."""
    for vessel in item.vessels:
        if vessel.start < m.end("name") and m.start("name") < vessel.end:
            return vessel
    return _bare_ship(m)


def _bare_ship(m: re.Match[str]) -> VesselNP:
    return VesselNP(m.start("name"), m.end("name"), None, False, 1, m.group("name"))


# Before a date of a series, the ship it is for when the sentence did not read it as one:
# "seized the tanker Nova on 3 May and the Beta on 5 May".
_SERIES_NAME = re.compile(rf"\b(?:and|,)\s+(?:the\s+)?{_NAME}[\s,]")

_LISTED_FIRST = re.compile(
    rf"\s*:\s+(?:the\s+)?(?!(?:On|In|At|By|From|Since|Between)\b){_NAME}\s+(?:(?:on|in)\s+)?"
)


def series_ships(
    text: str,
    vessels: list[VesselNP],
    first: list[VesselNP],
    dates: list[tuple[int, int] | None],
) -> list[list[VesselNP]]:
    """The ships of each date of a series: `first` for the first date, and for each later
    one the ship named between it and the date before, else `first` again (one ship hit
    on several days). A group the list opens after a colon is its first ship ("seized
    several tankers: the Arvana in April 2023, the Quillon in May 2023 and ...")."""
    opening = (
        _LISTED_FIRST.fullmatch(text, first[0].end, dates[0][0])
        if first and not first[0].name and dates and dates[0]
        else None
    )
    ships = [[_bare_ship(opening)] if opening else first]
    for before, date in itertools.pairwise(dates):
        start, end = before[1] if before else 0, date[0] if date else 0
        inside = [v for v in vessels if start <= v.start and v.end <= end]
        bare = _SERIES_NAME.search(text, start, end)
        if inside:
            ships.append(inside[:1])
        elif bare:
            ships.append([_bare_ship(bare)])
        else:
            ships.append(first)
    return ships


# Before a second object whose verb is left out, a little later: "hit the landing ship X
# at Novorossiysk and, hours later, the tanker Y near the Kerch Strait".
_LATER_OBJECT = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,3}\s*,?\s*and,?\s+"
    r"(?:(?:hours|minutes|moments)\s+later|later|then|shortly after(?:wards)?|soon after)"
    r"\s*,?\s*"
)


# Between a ship with its place and the next ship the same verb acted on somewhere else:
# "attacked a British ship in the Red Sea| and |two Israeli vessels in the Indian Ocean".
_AND_OBJECT = re.compile(r"\s*,?\s+and\s+")
# Between a ship and its own place: "two Israeli vessels| in the |Indian Ocean".
_OWN_PLACE = re.compile(r"\s+(?:(?:in|off|near|at)\s+(?:the\s+)?)?")


def later_objects(
    item: SentenceFacts, group: list[VesselNP]
) -> list[tuple[VesselNP, tuple[str, Place] | None]]:
    """The ships the same verb acted on a little later or somewhere else, each a separate
    act, with the place the sentence gives it: "hit the landing ship X at Novorossiysk and,
    hours later, the tanker Y near the Kerch Strait", "attacked a British ship in the Red
    Sea and two Israeli vessels in the Indian Ocean"."""
    if not group:
        return []
    text = item.sentence.text
    after = [v for v in item.vessels if v.start >= group[-1].end]
    found = []
    cursor = group[-1].end
    for vessel in after:
        place = [s for s in item.places if cursor <= s.start < vessel.start]
        start = place[-1].end if place else cursor
        spans = [s for s in item.places if s.start >= vessel.end]
        own = spans[0] if spans and _OWN_PLACE.fullmatch(text, vessel.end, spans[0].start) else None
        elsewhere = (
            place
            and own
            and own.place.name != place[-1].place.name
            and _AND_OBJECT.fullmatch(text, start, vessel.start)
        )
        if not (elsewhere or _LATER_OBJECT.fullmatch(text, start, vessel.start)):
            break
        found.append((vessel, (spans[0].phrase, spans[0].place) if spans else None))
        cursor = vessel.end
    return found


def place_between(item: SentenceFacts, start: int, end: int) -> tuple[str, Place] | None:
    """The last place the sentence names between two offsets (a ship's own place before
    the next ship told)."""
    spans = [s for s in item.places if start <= s.start < end]
    return (spans[-1].phrase, spans[-1].place) if spans else None


def is_definite(text: str, np: VesselNP) -> bool:
    """Whether a vessel phrase refers back ("the two boats", "its tanker")."""
    return bool(_DEFINITE_NP.search(text[max(0, np.start - 6) : np.end]))


def mention(np: VesselNP) -> VesselMention:
    return VesselMention(np.name, np.vessel_type, np.flag, np.imo, np.mmsi, list(np.former_names))
