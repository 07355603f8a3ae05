"""The vocabulary every layer shares: event types and date precisions.

One table per event type, so adding a type means a row here, its lexicon entries and
their tests: the schema's description, the terminal bars' mark, the HTML page's colour
and the coreference rule all read it. A leaf: it imports nothing of maritime.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    """One kind of incident at sea, and how each surface shows it."""

    name: str
    description: str
    mark: str  # one character in stacked terminal bars (`timeline --by`)
    colour: str  # the HTML page's marker and badge colour
    # Tellings of this type that are part of an incident of these types when both are
    # told of one ship: a boarding or a pursuit that ends in the vessel being taken.
    part_of: tuple[str, ...] = ()


EVENT_TYPE_TABLE: tuple[EventType, ...] = (
    EventType(
        "deployment",
        "naval or coast-guard assets sent to, or kept in, an area",
        "d",
        "#4c78a8",
    ),
    EventType(
        "strike",
        "an armed attack on a vessel or its crew: missile, drone, gunfire, ramming",
        "s",
        "#e45756",
        # Fire that brings boarders onto a ship ("pirates fired RPGs and climbed aboard").
        part_of=("boarding", "hijacking"),
    ),
    EventType(
        "seizure",
        "a vessel taken into custody by a state's forces",
        "z",  # s is strike
        "#f58518",
    ),
    EventType(
        "hijacking",
        "a vessel taken over by non-state actors such as pirates or militants",
        "h",
        "#b279a2",
    ),
    EventType(
        "boarding",
        "a vessel boarded without being taken: inspection, robbery, attempted boarding",
        "b",
        "#54a24b",
        part_of=("seizure", "hijacking"),
    ),
    EventType(
        "pursuit",
        "a vessel chased, shadowed, intercepted or diverted without being taken",
        "p",
        "#d4a20c",
        part_of=("seizure", "hijacking", "boarding"),
    ),
    EventType(
        "blockade",
        "a blockade or closure of sea traffic, declared or enforced",
        "k",
        "#9d755d",
    ),
)
EVENT_TYPES: tuple[str, ...] = tuple(t.name for t in EVENT_TYPE_TABLE)
EVENT_TYPE = {t.name: t for t in EVENT_TYPE_TABLE}

#: How exactly a date is known, from most to least exact.
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "range")
#: Dates this precise tell one incident; vaguer ones may sum several up (resolve.summaries).
SPECIFIC_PRECISIONS: tuple[str, ...] = ("day", "week")
#: A date read from the day a statement was made ("said on Wednesday it had sunk the ship")
#: dates an act on that day or up to this many days before it.
TOLD_BEFORE_DAYS = 2
