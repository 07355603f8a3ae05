"""Merge mentions of one incident told more than once in an article."""

from __future__ import annotations

import re
from datetime import timedelta

from maritime.extract.model import Evidence, ExtractedEvent
from maritime.extract.vessels import bare_of_any_prefix, kind_of
from maritime.geo.distance import within, within_km
from maritime.types import EVENT_TYPE, TOLD_BEFORE_DAYS

_RECENT = timedelta(days=7)
_TOLD_BEFORE = timedelta(days=TOLD_BEFORE_DAYS)
_PRECISION_RANK = {"point": 0, "port": 1, "coast": 2, "sea": 3, "region": 4, "country": 5}


def _names(event: ExtractedEvent) -> set[str]:
    names = set()
    for vessel in event.vessels:
        if vessel.name:
            names.add(vessel.name.lower())
            names.update(n.lower() for n in vessel.former_names)
    return names


def _overlap(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    if None in (a.date_start, a.date_end, b.date_start, b.date_end):
        return True
    if "statement" in (a.date_basis, b.date_basis):
        # Told on a day ("killed three, the minister said on Tuesday"): the act's own day,
        # told elsewhere, falls in the few days up to it.
        told, other = (a, b) if a.date_basis == "statement" else (b, a)
        return told.date_start - _TOLD_BEFORE <= other.date_start <= told.date_end
    # An event dated only by publication happened shortly before it.
    a_start = a.date_start - _RECENT if a.date_basis == "published" else a.date_start
    b_start = b.date_start - _RECENT if b.date_basis == "published" else b.date_start
    return a_start <= b.date_end and b_start <= a.date_end


def _same_dates(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    return (a.date_start, a.date_end) == (b.date_start, b.date_end)


def _conflict(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and a != b


def compatible(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether two events of one type can be the same incident."""
    names_a, names_b = _names(a), _names(b)
    if _same_sentence(a, b) and _untargeted(a, b) and (_same_dates(a, b) or _narrower_of(a, b)):
        return True  # "robbers boarded the tanker Elsa and stole engine spares": one act
    if names_a and names_b:
        return _same_ship(a, b) and _overlap(a, b)
    if _told_apart(a, b):
        return False
    if _conflict(a.killed, b.killed) or _conflict(a.vessel_count, b.vessel_count):
        return False
    if _tally(a) != _tally(b):
        return False  # "30 incidents reported since January" takes in no one boarding
    if (names_a and b.vessel_count != 1) or (names_b and a.vessel_count != 1):
        return False  # one named ship is not a running total of attacks
    if a.actor_kind and b.actor_kind and a.actor_kind != b.actor_kind:
        return False  # robbers boarding a ship and police boarding it later
    if a.date_basis == "sentence" and b.date_basis == "sentence":
        dated_alike = _same_dates(a, b) or _vaguely_same(a, b) or _vaguely_same(b, a)
        return dated_alike and not _far_apart(a, b)
    return _overlap(a, b)


def _told_apart(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether both state something that tells their ships apart: different kinds ("a
    product tanker" and "the bulk carrier Pacific Jade") or flags. A retelling that states
    neither can still be either. (Actors are no such sign: who reported an act is too
    often read as who did it.)"""
    pairs = (
        ({kind_of(v.vessel_type) for v in a.vessels}, {kind_of(v.vessel_type) for v in b.vessels}),
        ({v.flag for v in a.vessels}, {v.flag for v in b.vessels}),
    )
    placed_apart = a.place is not None and b.place is not None and a.place.name != b.place.name
    return placed_apart and any(x - {None} and y - {None} and not x & y for x, y in pairs)


def _same_ship(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether the two name one ship. An undated retelling (a headline's "Carl Vinson
    arrives") may leave out the hull prefix the dated sentence gives ("USS Carl Vinson")."""
    if _names(a) & _names(b):
        return True
    if "published" not in (a.date_basis, b.date_basis):
        return False
    return bool(_bare_names(a) & _bare_names(b))


def _bare_names(event: ExtractedEvent) -> set[str]:
    return {bare_of_any_prefix(v.name) for v in event.vessels if v.name}


def _narrower_of(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether one dates the act inside the other's days ("took back the Ruen on Saturday
    ... forced all 35 pirates to surrender, the navy said")."""
    one_ship = all(e.vessel_count in (None, 1) for e in (a, b))  # not a running total
    return one_ship and (_narrower(a, b) or _narrower(b, a))


def _tally(event: ExtractedEvent) -> bool:
    """Whether the event counts several incidents and names no ship ("38 incidents")."""
    return not event.vessels and (event.vessel_count or 0) > 1


def _untargeted(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether one of the two tells of no ship and no number of them."""
    return any(not e.vessels and e.vessel_count is None for e in (a, b))


def _narrower(a: ExtractedEvent, b: ExtractedEvent, within_days: int | None = None) -> bool:
    """Whether `a` dates the incident more tightly, within `b`'s interval (and, when
    `within_days` is given, `b` is a vague mention such as "two weeks ago", no longer)."""
    if None in (a.date_start, a.date_end, b.date_start, b.date_end):
        return False
    # A date the text gives (the sentence's or the story's) beats the week before publication;
    # the act's own day beats the day it was told.
    if a.date_basis == "sentence" and b.date_basis == "statement":
        return a.date_end <= b.date_end
    told = a.date_basis in ("sentence", "statement")
    if not told and (a.date_basis, b.date_basis) != ("context", "published"):
        return False
    if within_days is not None and (b.date_end - b.date_start).days > within_days:
        return False
    inside = b.date_start <= a.date_start and a.date_end <= b.date_end
    return inside and (a.date_end - a.date_start) < (b.date_end - b.date_start)


def _vaguely_same(precise: ExtractedEvent, vague: ExtractedEvent) -> bool:
    """ "two weeks ago" and "on July 4" can be one incident, unless the vague mention
    names a ship and the precise one does not (then it is another ship)."""
    if _names(vague) and not _names(precise):
        return False
    return _narrower(precise, vague, 14)


def _far_apart(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether both events are placed, more than 300 km apart (two incidents that day)."""
    if a.place is None or b.place is None:
        return False
    return not within_km((a.place.lat, a.place.lon), (b.place.lat, b.place.lon), 300)


def _richness(event: ExtractedEvent) -> tuple[int, int]:
    filled = sum(
        value is not None
        for value in (event.place, event.actor, event.vessel_count, event.killed, event.date_start)
    )
    return (event.date_basis in ("sentence", "statement"), filled + len(_names(event)))


def _take_dates(keep: ExtractedEvent, other: ExtractedEvent) -> None:
    """Add `other`'s mentions; if it dates the incident more tightly, its dates win and its
    mention becomes the primary one (the sentence the dates were read from)."""
    if _narrower(other, keep):
        keep.date_start, keep.date_end = other.date_start, other.date_end
        keep.date_precision, keep.date_phrase = other.date_precision, other.date_phrase
        keep.date_basis = other.date_basis
        keep.mentions[:0] = other.mentions
    else:
        keep.mentions.extend(other.mentions)


def _take_place(keep: ExtractedEvent, other: ExtractedEvent) -> None:
    """`other`'s place when `keep` has none, or when it pins the spot down: a position
    in the sea `keep` names, or a distance and bearing from a place it names alone ("south
    of the Kerch Strait", then "about 30 nautical miles south of the Kerch Strait")."""
    if other.place is None:
        return
    pinned = other.place.precision == "point" or (
        other.place.resolved_by == "offset"
        and keep.place is not None
        and keep.place.resolved_by == "gazetteer"
    )
    sharper = (
        keep.place is not None
        and pinned
        and _PRECISION_RANK.get(keep.place.precision, 9) >= _PRECISION_RANK["sea"]
        and within(keep.place, (other.place.lat, other.place.lon), 300)
    )
    if keep.place is None or sharper:
        keep.place, keep.place_phrase = other.place, other.place_phrase


def _merge_into(keep: ExtractedEvent, other: ExtractedEvent) -> None:
    """Fold `other` into `keep`: its mentions, and any field `keep` lacks."""
    _take_dates(keep, other)
    for attribute in ("actor", "actor_country", "actor_kind", "vessel_count", "killed"):
        if getattr(keep, attribute) is None:
            setattr(keep, attribute, getattr(other, attribute))
    _take_place(keep, other)
    known = _names(keep)
    keep.vessels.extend(v for v in other.vessels if v.name and v.name.lower() not in known)
    if not keep.vessels:
        keep.vessels = other.vessels


# "interdicted in separate events earlier in the week", "in another attack": the clause
# tells of an incident other than those told before it ("hit in three separate attacks"
# counts the acts already told).
_APART = re.compile(
    r"\b(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )(?<!\d )"
    r"(?:separate|another|different|unrelated)\s+(?:[\w-]+\s+){0,3}?(?:incidents?|events?|"
    r"attacks?|interdictions?|cases?|operations?|boardings?|seizures?|strikes?|voyages?|"
    r"ventures?)\b|\bseparately\b",
    re.I,
)
# A sentence that opens on an earlier time tells of an incident before the one just told:
# "Earlier this month, ...", "Previously, ...", "Before that, ...", "In an earlier attack".
_EARLIER = re.compile(
    r"\s*(?:Earlier|Previously|Before that|Prior to that|In (?:an|the) earlier|"
    r"In a previous)\b"
)


# A bulletin's category line standing alone before the report it heads: "HIJACK.",
# "SUSPICIOUS APPROACH.", "BOARDING."
_LABEL = re.compile(r"[A-Z][A-Z /&-]{2,40}\.?")


def _is_label(event: ExtractedEvent, text: str) -> bool:
    """Whether the event is told only by a bulletin's category line, naming no ship."""
    if len(event.mentions) != 1 or event.vessels:
        return False
    mention = event.mentions[0]
    return _LABEL.fullmatch(text[mention.sentence_start : mention.sentence_end].strip()) is not None


def _told_separately(mention: Evidence, text: str) -> bool:
    """Whether the sentence says the act is another incident than those told before: its
    clause says so ("in a separate incident"), or the sentence opens on an earlier time
    ("Earlier this month, the navy detained a vessel", "Previously, ...")."""
    return bool(
        _APART.search(text, mention.evidence_start, mention.evidence_end)
        or _EARLIER.match(text, mention.sentence_start)
    )


def merge(events: list[ExtractedEvent], text: str = "") -> list[ExtractedEvent]:
    """One event per incident: same type and compatible details merge (the richer
    mention first); boardings and pursuits that end in a seizure fold into it. An event
    whose clause says it is a separate one joins no earlier event but its own ship's; a
    bulletin's category line ("HIJACK.") joins the report of its type and day."""
    apart = {id(e) for e in events if e.mentions and _told_separately(e.mentions[0], text)}
    labels = {id(e) for e in events if _is_label(e, text)}
    merged: list[ExtractedEvent] = []
    for event in events:
        target = next(
            (
                m
                for m in merged
                if m.type == event.type
                and (
                    compatible(m, event) or ({id(m), id(event)} & labels and _same_dates(m, event))
                )
                and (id(event) not in apart or _names(m) & _names(event))
            ),
            None,
        )
        if target is None:
            merged.append(event)
            continue
        if _richness(event) > _richness(target):
            merged[merged.index(target)] = event
            event.mentions, target.mentions = [*event.mentions], [*target.mentions]
            _merge_into(event, target)
        else:
            _merge_into(target, event)
    return _absorb(merged)


def _absorb(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    kept = []
    for event in events:
        takers = EVENT_TYPE[event.type].part_of
        host = next(
            (
                other
                for other in events
                if other.type in takers
                and _overlap(other, event)
                and (
                    other.type != "boarding"
                    or _same_sentence(other, event)
                    or _boarded_next(other, event)
                )
                and (
                    event.type != "strike"
                    or _boarded_under_fire(other, event)
                    or _way_into_hijacking(other, event)
                )
                and (
                    _names(other) & _names(event)
                    or _same_sentence(other, event)
                    or (
                        event.type == "boarding"
                        and _names(other)
                        and not _names(event)
                        and _types(other) & _types(event)
                    )
                    # "the ship was approached by small craft" the day it was seized
                    or (event.type == "pursuit" and not event.vessels and _same_dates(other, event))
                    or _boarded_next(other, event)
                    or _way_into_hijacking(other, event)
                )
            ),
            None,
        )
        if host is None:
            kept.append(event)
        else:
            _merge_into(host, event)
    return kept


def _boarded_next(host: ExtractedEvent, pursuit: ExtractedEvent) -> bool:
    """ "Forces intercepted a dhow on Jan. 6. A team boarded the vessel ...": a boarding
    told after it with no date of its own ends the interception of an unnamed boat."""
    return (
        pursuit.type == "pursuit"
        and host.type == "boarding"
        and host.date_basis == "context"
        and _same_dates(host, pursuit)
        and not _names(host)
        and not _names(pursuit)
    )


def _boarded_under_fire(taker: ExtractedEvent, strike: ExtractedEvent) -> bool:
    """Whether the attack is the way in to the boarding or hijacking told with it: one
    sentence, one ship, one side ("pirates fired on the tanker Alpha and boarded it")."""
    names = _names(taker), _names(strike)
    alike = names[0] & names[1] if all(names) else taker.vessel_count == 1
    kinds = {e.actor_kind for e in (taker, strike) if e.actor_kind}
    one_hand = len(kinds) < 2  # not pirates firing while commandos board
    return _same_sentence(taker, strike) and strike.vessel_count == 1 and bool(alike) and one_hand


def _way_into_hijacking(host: ExtractedEvent, act: ExtractedEvent) -> bool:
    """Whether a boarding or an attack is how pirates or militants took the ship whose
    hijacking the article tells: the same named ship that day ("attacked the Nordic Bay on
    Wednesday ... the Nordic Bay was hijacked"), or a named ship of the kind a headline
    leaves unnamed ("Pirates hijack tanker off Togo ... boarded the tanker Aurora Sky")."""
    if host.type != "hijacking" or act.type not in ("boarding", "strike"):
        return False
    if act.actor_kind == "state" or act.vessel_count != 1:
        return False  # troops boarding a hijacked ship free it; "40 attacks" is no one act
    if _names(host):
        return act.type == "strike" and bool(_names(host) & _names(act)) and _same_dates(host, act)
    return not host.vessels or bool(_types(host) & _types(act))


def _types(event: ExtractedEvent) -> set[str]:
    return {v.vessel_type for v in event.vessels if v.vessel_type}


def _same_sentence(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    return a.mentions[0].sentence_start == b.mentions[0].sentence_start
