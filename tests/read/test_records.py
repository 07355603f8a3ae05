"""JSON and JSONL articles, as news APIs and scrapers hand them over."""

from __future__ import annotations

import json
from datetime import date

import pytest

from maritime.read import Article, InputError
from tests.read.conftest import only_article, only_error, read_all, read_stdin

RECORD = {
    "title": "Patrol boat rescues fishermen",
    "url": "https://news.example/patrol-rescue",
    "source": "Coastal Wire",
    "published": "2024-07-09T06:15:00Z",
    "text": "A patrol boat rescued four fishermen whose skiff had capsized, officials said.",
}


def dump(write, name: str, data: object) -> str:
    return write(name, json.dumps(data))


def test_one_object_gives_one_article_with_its_fields(write):
    article = only_article(read_all([dump(write, "one.json", RECORD)]))
    assert article.title == RECORD["title"]
    assert article.text == RECORD["text"]
    assert (article.uri, article.url) == (RECORD["url"], RECORD["url"])
    assert article.source == "Coastal Wire"
    assert (article.published, article.published_origin) == (date(2024, 7, 9), "article")
    assert article.fmt == "json"


def test_a_list_gives_one_article_per_object_in_order(write):
    items = [{**RECORD, "title": f"Story {n}", "url": None} for n in range(3)]
    path = dump(write, "many.json", items)
    results = read_all([path])
    assert [a.title for a in results] == ["Story 0", "Story 1", "Story 2"]
    assert {a.uri for a in results} == {path}


def test_news_api_envelope_and_nested_source_are_understood(write):
    envelope = {"status": "ok", "articles": [{**RECORD, "source": {"id": "cw", "name": "CW"}}]}
    article = only_article(read_all([dump(write, "api.json", envelope)]))
    assert article.source == "CW"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-09", date(2024, 7, 9)),
        ("2024-07-09T23:30:00-05:00", date(2024, 7, 9)),
        ("July 9, 2024", date(2024, 7, 9)),
        ("9 July 2024 08:00", date(2024, 7, 9)),
        ("Tue, 09 Jul 2024 06:15:00 GMT", date(2024, 7, 9)),
        (1720505700, date(2024, 7, 9)),
    ],
)
def test_published_forms(write, value, expected):
    article = only_article(read_all([dump(write, "p.json", {**RECORD, "published": value})]))
    assert article.published == expected


@pytest.mark.parametrize("value", ["July 2024", "soon", "", None, True])
def test_unreadable_published_is_unknown_not_guessed(write, value):
    record = {**RECORD, "published": value}
    article = only_article(read_all([dump(write, "p.json", record)], published=date(2024, 7, 10)))
    assert (article.published, article.published_origin) == (date(2024, 7, 10), "supplied")


def test_dateline_in_the_text_is_cut_for_json_too(write):
    record = {**RECORD, "text": "MOMBASA - " + RECORD["text"], "published": None}
    article = only_article(read_all([dump(write, "d.json", record)]))
    assert (article.dateline, article.text) == ("MOMBASA", RECORD["text"])


def test_jsonl_keeps_good_lines_and_reports_each_bad_line(write):
    lines = [json.dumps(RECORD), "{not json", "", json.dumps({"title": "no body"}), "[1, 2]"]
    path = write("feed.jsonl", "\n".join(lines) + "\n")
    results = read_all([path])
    assert isinstance(results[0], Article) and results[0].fmt == "jsonl"
    errors = [str(r) for r in results[1:]]
    assert errors[0].startswith(f"{path}:2: invalid JSON (")
    assert errors[1].startswith(f"{path}:4: ") and "'text'" in errors[1]
    assert errors[2].startswith(f"{path}:5: ") and "a list" in errors[2]
    assert len(results) == 4


def test_jsonl_on_standard_input_names_articles_by_line():
    no_url = {k: v for k, v in RECORD.items() if k != "url"}
    feed = "\n".join(json.dumps({**no_url, "title": t}) for t in ("A", "B")) + "\n"
    assert [a.uri for a in read_stdin(feed)] == ["-:1", "-:2"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"title": "x", "text": ', "invalid JSON"),
        ('{"title": "no text here"}', "no 'text' field"),
        ('{"text": "   "}', "empty"),
        ('{"text": 42}', "non-string"),
        ('"just a string"', "not an article object"),
        ("[]", "empty"),
    ],
)
def test_bad_json_files_give_one_clear_error(write, content, expected):
    path = write("bad.json", content)
    message = only_error(read_all([path]))
    assert message.startswith(path)
    assert expected in message


def test_bad_item_in_a_list_does_not_lose_the_good_ones(write):
    path = dump(write, "mixed.json", [RECORD, {"title": "no body"}])
    first, second = read_all([path])
    assert isinstance(first, Article)
    assert isinstance(second, InputError) and str(second).startswith(f"{path}: item 2:")


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_absurdly_nested_json_is_an_error_not_a_crash(write, name):
    message = only_error(read_all([write(name, "[" * 100_000)]))
    assert "invalid JSON (nested too deeply)" in message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("cut.json", '{"text": "abc', "(Unterminated string starting at line 1 column 10)"),
        ("cut.jsonl", '{"text": "abc\n', "(Unterminated string starting at column 10)"),
        ("tab.json", '{"text": "a\tb"}', "(Invalid control character at line 1 column 12)"),
    ],
)
def test_json_errors_say_where_once(write, name, expected, content):
    """json's own message may end in "at": the position follows it, with no second "at"."""
    message = only_error(read_all([write(name, content)]))
    assert expected in message
    assert " at at " not in message
