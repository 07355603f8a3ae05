"""The records extraction passes between its steps: what is known of each sentence, of
the whole article, and of the story so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from maritime.extract.actors import ActorMention
from maritime.extract.sentences import Sentence
from maritime.extract.times import TimeSpan
from maritime.extract.timing import Dating
from maritime.extract.triggers import Trigger
from maritime.extract.vessels import VesselNP
from maritime.geo import Place, PlaceSpan


@dataclass
class SentenceFacts:
    """What the pipeline knows about one sentence."""

    sentence: Sentence
    vessels: list[VesselNP]
    actors: list[ActorMention]
    times: list[TimeSpan]
    places: list[PlaceSpan]
    triggers: list[Trigger] = field(default_factory=list)
    # "Two days later": days counted from the incident told before, not dates by themselves.
    later: list[TimeSpan] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleFacts:
    """What the whole article says most: the defaults its sentences lean on."""

    place: tuple[str, Place] | None  # the sea or region it names most ("the region")
    country: str | None  # the country its places name most ("the country")
    state: str | None  # ISO3 of the state whose forces it names most ("the Coast Guard")
    nonstate: ActorMention | None  # the armed group it names most ("the group")
    seas: tuple[Place, ...] = ()  # the seas it names, most named first ("off Colombia")


@dataclass
class Context:
    """Running article context: the latest time and place an undated sentence inherits."""

    time: Dating | None = None
    place: tuple[str, Place] | None = None
    # The latest named merchant ship (False) and warship (True): "the tanker", "the carrier".
    vessels: dict[bool, VesselNP] = field(default_factory=dict)
    event_place: Place | None = None  # where the latest incident was: "the same waters"
    country: str | None = None  # the country the article is about: "the country"
    scene: bool = False  # whether `place` was read from a sentence (not the article's main sea)
    seas: tuple[Place, ...] = ()  # the article's seas: which coast "off Colombia" means
    anchor: Place | None = None  # the last port or island named: "the island", "the port"
    stretch: Dating | None = None  # the last patrol told with its length: "During the patrol"
