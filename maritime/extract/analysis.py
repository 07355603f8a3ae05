"""Read every sentence once: its vessels, actors, times, places and triggers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from maritime.extract.actors import ActorMention, find_actors
from maritime.extract.countries import country_name
from maritime.extract.facts import ArticleFacts, SentenceFacts
from maritime.extract.lexicon import load
from maritime.extract.placing import candidate_places
from maritime.extract.sentences import split_sentences
from maritime.extract.times import find_times
from maritime.extract.timing import usable
from maritime.extract.triggers import find_triggers
from maritime.extract.vessels import VesselNP, aliases, find_vessels
from maritime.geo import Place, PlaceSpan, find_places
from maritime.read.article import Article


def analyse(article: Article) -> list[SentenceFacts]:
    """Facts for every sentence. Ships are read twice: once to learn the names the
    article uses, then again so "the Ruen" is known wherever it comes up."""
    sentences = split_sentences(article.text)
    city = _dateline_place(article.dateline)
    first_pass = [_unnamed(find_vessels(sentence.text), city) for sentence in sentences]
    known: dict[str, VesselNP] = {}
    for found in first_pass:
        for np in found:
            for alias in aliases(np):
                known.setdefault(alias, np)
    analysed = []
    crews: dict[str, ActorMention] = {}
    for sentence, found in zip(sentences, first_pass, strict=True):
        text = sentence.text
        named = {np.name for np in found}
        again = any(alias in text and known[alias].name not in named for alias in known)
        vessels = _unnamed(find_vessels(text, known), city) if again else found
        actors = _ships_acting(vessels, find_actors(text), crews)
        blocked = [(v.start, v.end) for v in vessels if v.name] + [(a.start, a.end) for a in actors]
        times = find_times(text, article.published)
        item = SentenceFacts(
            sentence,
            vessels,
            actors,
            usable(times),
            candidate_places(text, find_places(text), blocked),
            later=[s for s in times if s.kind == "relative" and s.offset_days is not None],
        )
        item.triggers = find_triggers(text, vessels)
        analysed.append(item)
    return analysed


def _dateline_place(dateline: str | None) -> str | None:
    """The place a dateline opens with ("WASHINGTON (CWS)" -> "washington"), folded."""
    place = re.split(r"[,(/]", dateline, maxsplit=1)[0].strip() if dateline else ""
    return place.casefold() or None


def _unnamed(vessels: list[VesselNP], city: str | None) -> list[VesselNP]:
    """The dateline's city is where the story was filed, never a ship's name: "vessels
    Washington accuses of running drugs" under a WASHINGTON dateline names no ship."""
    return [
        replace(np, name=None) if city and np.name and np.name.casefold() == city else np
        for np in vessels
    ]


def _ships_acting(
    vessels: list[VesselNP], actors: list[ActorMention], crews: dict[str, ActorMention]
) -> list[ActorMention]:
    """A state's ship named with its force ("Coast Guard Cutter Legare", "INS Kochi") is
    that force wherever the article names it again: "Legare's crew boarded", "a Legare
    boarding team", "the Kochi intercepted". `crews` (name -> force) grows as it reads."""
    added = []
    for np in vessels:
        if not np.name or not np.naval:
            continue
        over = [a for a in actors if a.start < np.end and np.start < a.end]
        owner = next((a for a in over if a.country and a.kind == "state"), None)
        if owner is not None and owner.start <= np.start and np.end <= owner.end:
            crews.setdefault(np.name, owner)  # the force's name spans the ship's
        elif not over and np.name in crews:
            force = crews[np.name]
            added.append(ActorMention(np.start, np.end, force.name, force.country, "state"))
    return sorted([*actors, *added], key=lambda a: a.start) if added else actors


def article_facts(analysed: list[SentenceFacts]) -> ArticleFacts:
    return ArticleFacts(
        _dominant_place(analysed),
        _dominant_country(analysed),
        _dominant_state(analysed),
        _dominant_nonstate(analysed),
        _seas(analysed),
    )


def _seas(analysed: list[SentenceFacts]) -> tuple[Place, ...]:
    """The seas the article names, most named first (first named on ties): the waters a
    country's coast named alone is most likely on ("off Colombia" in a story of strikes in
    the eastern Pacific is its Pacific coast)."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for item in analysed:
        for span in item.places:
            if span.place.precision == "sea":
                counts[span.place.name] += 1
                first.setdefault(span.place.name, span.place)
    return tuple(first[name] for name, _count in counts.most_common())


def _dominant_place(analysed: list[SentenceFacts]) -> tuple[str, Place] | None:
    """The sea or region the article names most: the setting of "the region"."""
    counts: Counter[str] = Counter()
    first: dict[str, PlaceSpan] = {}
    for item in analysed:
        for span in item.places:
            if span.place.precision in ("sea", "region", "coast"):
                counts[span.place.name] += 1
                first.setdefault(span.place.name, span)
    if not counts:
        return None
    span = first[counts.most_common(1)[0][0]]
    return span.phrase, span.place


def _dominant_country(analysed: list[SentenceFacts]) -> str | None:
    """The country the article's places name most, by name ("Venezuela")."""
    counts = Counter(
        country_name(span.place.country)
        for item in analysed
        for span in item.places
        if span.place.country and span.place.country in load("countries")["countries"]
    )
    return counts.most_common(1)[0][0] if counts else None


def _dominant_state(analysed: list[SentenceFacts]) -> str | None:
    """The state whose forces the article mentions most: owner of "the Coast Guard"."""
    counts = Counter(
        a.country for item in analysed for a in item.actors if a.country and a.kind == "state"
    )
    return counts.most_common(1)[0][0] if counts else None


def _dominant_nonstate(analysed: list[SentenceFacts]) -> ActorMention | None:
    """The non-state group the article names most: who "the group" is."""
    counts = Counter(
        (a.name, a.kind)
        for item in analysed
        for a in item.actors
        if a.kind == "nonstate" and not a.generic
    )
    if not counts:
        return None
    name, kind = counts.most_common(1)[0][0]
    return ActorMention(0, 0, name, None, kind)
