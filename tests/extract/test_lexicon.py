"""The lexicons: rules as data, checked at load, each carrying the sentences it must and
must not read as an incident or a time."""

import json
import re
from datetime import date
from importlib import resources

import pytest

from maritime.extract import EXTRACTOR_VERSION
from maritime.extract.inflect import phrase_forms, verb_forms
from maritime.extract.lexicon import NAMES, SCHEMAS, LexiconError, check, load
from maritime.extract.times import RULE_NAMES, find_times
from maritime.extract.triggers import _entries, entry_pattern
from tests.extract.reading import event_types


def _trigger_cases(key: str) -> list:
    return [
        pytest.param(index, entry, text, id=f"{index}-{entry['type']}-{text[:40]}")
        for index, entry in enumerate(load("triggers")["entries"])
        for text in entry[key]
    ]


@pytest.mark.parametrize(("index", "entry", "text"), _trigger_cases("examples"))
def test_trigger_example_fires(index: int, entry: dict, text: str) -> None:
    assert re.search(rf"\b(?:{entry_pattern(entry)})\b", text, re.I), "the entry's words"
    assert entry["type"] in event_types(text)


@pytest.mark.parametrize(("index", "entry", "text"), _trigger_cases("counterexamples"))
def test_trigger_counterexample_is_quiet(index: int, entry: dict, text: str) -> None:
    assert entry["type"] not in event_types(text)


def _time_cases(key: str) -> list:
    return [
        pytest.param(date.fromisoformat(rule["published"]), text, id=f"{rule['rule']}-{text[:40]}")
        for rule in load("times")["rules"]
        for text in rule[key]
    ]


@pytest.mark.parametrize(("published", "text"), _time_cases("examples"))
def test_time_rule_example_finds_a_time(published: date, text: str) -> None:
    assert find_times(text, published)


@pytest.mark.parametrize(("published", "text"), _time_cases("counterexamples"))
def test_time_rule_counterexample_finds_none(published: date, text: str) -> None:
    assert find_times(text, published) == []


def test_every_time_rule_has_examples() -> None:
    rules = load("times")["rules"]
    assert sorted(rule["rule"] for rule in rules) == sorted(RULE_NAMES)
    assert all(rule["examples"] and rule["counterexamples"] for rule in rules)


def test_every_trigger_has_examples() -> None:
    entries = load("triggers")["entries"]
    assert all(entry["examples"] and entry["counterexamples"] for entry in entries)


def test_every_trigger_is_screened_by_its_openings() -> None:
    """A pattern written in lower case lets one pass over a sentence find where each may
    match; an upper-case letter makes it scan every sentence alone (ASAM extraction
    slowed by 15% before this test)."""
    assert [i for i, (pattern, _entry) in enumerate(_entries()) if pattern._opens is None] == []


def _triggers_with(change) -> dict:
    data = json.loads(json.dumps(load("triggers")))
    change(data["entries"][3])
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.update(obejct="vessel"), "unknown key 'obejct'"),
        (lambda e: e.pop("pos"), "missing key 'pos'"),
        (lambda e: e.update(type="striek"), "'striek' is not one of"),
        (lambda e: e.update(forms=["past", "pasts"]), "'pasts' is not one of"),
        (lambda e: e.update(subject="yes"), "expected true or false"),
        (lambda e: e.update(examples="one sentence"), "expected a list"),
    ],
)
def test_a_broken_entry_is_an_error_naming_file_and_entry(change, message: str) -> None:
    with pytest.raises(LexiconError) as error:
        check("lexicon/triggers.json", _triggers_with(change), SCHEMAS["triggers"])
    assert str(error.value).startswith("lexicon/triggers.json key 'entries' entry 3 (")
    assert message in str(error.value)


def test_every_shipped_lexicon_is_checked_and_versioned() -> None:
    shipped = {
        path.name.removesuffix(".json")
        for path in resources.files("maritime.extract").joinpath("lexicon").iterdir()
        if path.name.endswith(".json")
    }
    assert shipped == set(NAMES) == set(SCHEMAS)
    assert EXTRACTOR_VERSION.split("+lex")[1] == ".".join(
        str(load(name)["version"]) for name in NAMES
    )


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("seize", ["seize", "seizes", "seized", "seized", "seizing"]),
        ("strike", ["strike", "strikes", "struck", "struck", "striking"]),
        ("sink", ["sink", "sinks", "sank", "sunk", "sunk", "sinking"]),
        ("take", ["take", "takes", "took", "taken", "taking"]),
        ("steal", ["steal", "steals", "stole", "stolen", "stealing"]),
        ("ram", ["ram", "rams", "rammed", "rammed", "ramming"]),
        ("kidnap", ["kidnap", "kidnaps", "kidnapped", "kidnapped", "kidnapping"]),
        ("target", ["target", "targets", "targeted", "targeted", "targeting"]),
        ("harass", ["harass", "harasses", "harassed", "harassed", "harassing"]),
        ("carry", ["carry", "carries", "carried", "carried", "carrying"]),
        ("torpedo", ["torpedo", "torpedoes", "torpedoed", "torpedoed", "torpedoing"]),
        ("interdict", ["interdict", "interdicts", "interdicted", "interdicted", "interdicting"]),
    ],
)
def test_verb_forms_from_a_lemma(lemma: str, forms: list[str]) -> None:
    found = verb_forms(lemma)
    order = ("base", "s", "past", "participle", "ing")
    assert [word for form in order for word in found[form]] == forms


def test_a_phrase_inflects_its_verb_only() -> None:
    assert set(phrase_forms("take control of", ("past", "participle"))) == {
        "took control of",
        "taken control of",
    }


# Vocabulary still copied in files other engineers own: each should read the single
# source (lexicon/common.json through numbers.py / load("common")).
_SOURCES = resources.files("maritime")


def _source(path: str) -> str:
    return _SOURCES.joinpath(path).read_text("utf-8")


def test_ship_prefixes_are_written_once() -> None:
    assert "prefixes" not in load("vessels")


@pytest.mark.parametrize(
    ("path", "copy"),
    [
        pytest.param("extract/targets.py", "M/T|MT|MV|M/V", id="targets-prefixes"),
        pytest.param("extract/placing.py", "HNLMS|HNMLS|USS|HMS", id="placing-prefixes"),
        pytest.param("extract/timing.py", "a|one|two|three|four", id="timing-numbers"),
        pytest.param("geo/resolve.py", "one two three four five", id="geo-numbers"),
    ],
)
def test_no_private_copy_of_shared_words(path: str, copy: str) -> None:
    assert copy not in _source(path)


def test_every_kind_of_ship_is_a_type_the_lexicon_gives() -> None:
    vessels = load("vessels")
    canonical = {vessel_type for _pattern, vessel_type, _naval in vessels["types"]}
    kinds = [kind for group in vessels["kinds"] for kind in group]
    assert set(kinds) <= canonical
    assert len(kinds) == len(set(kinds))  # a type is of one kind only
