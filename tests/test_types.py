"""The event-type table is the one list every surface reads."""

from __future__ import annotations

import re

from maritime.db import models
from maritime.extract.lexicon import load
from maritime.types import DATE_PRECISIONS, EVENT_TYPE_TABLE, EVENT_TYPES, SPECIFIC_PRECISIONS


def test_every_type_can_be_told_apart_on_every_surface() -> None:
    marks = [t.mark for t in EVENT_TYPE_TABLE]
    colours = [t.colour for t in EVENT_TYPE_TABLE]
    assert len(set(EVENT_TYPES)) == len(set(marks)) == len(set(colours)) == len(EVENT_TYPES)
    assert all(len(mark) == 1 for mark in marks)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour in colours)
    assert all(t.description for t in EVENT_TYPE_TABLE)


def test_the_lexicon_triggers_exactly_the_types_of_the_table() -> None:
    told = {entry["type"] for entry in load("triggers")["entries"]}
    assert told == set(EVENT_TYPES)


def test_a_type_is_part_only_of_types_that_exist() -> None:
    assert all(set(t.part_of) <= set(EVENT_TYPES) - {t.name} for t in EVENT_TYPE_TABLE)


def test_the_schema_describes_the_types_and_precisions_of_the_table() -> None:
    described = models.Event.model_fields["type"].description
    assert described == ", ".join(EVENT_TYPES)
    assert set(SPECIFIC_PRECISIONS) < set(DATE_PRECISIONS)
