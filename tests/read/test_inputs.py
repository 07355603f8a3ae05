"""Which inputs are read, how each is named, and how bad inputs are reported."""

from __future__ import annotations

import builtins
import os

import pytest

from maritime.read import Article, InputError, InputSkipped, inputs
from tests.read.conftest import only_article, only_error, read_all, read_stdin

STORY = "Tug refloats grounded barge\n\nA tug refloated a grounded barge at high tide.\n"


def test_directory_is_walked_recursively_in_sorted_order(tmp_path, write):
    write("corpus/b.txt", STORY)
    write("corpus/a/z.html", "<html><body><p>A navy boat towed a drifting yacht to safety.</p>")
    write("corpus/a/y.json", '{"text": "Pirates boarded a trawler at anchor overnight."}')
    write("corpus/c.jsonl", '{"text": "A ferry was diverted around a storm front."}\n')
    corpus = str(tmp_path / "corpus")
    assert [a.uri for a in read_all([corpus])] == [
        os.path.join(corpus, "a", "y.json"),
        os.path.join(corpus, "a", "z.html"),
        os.path.join(corpus, "b.txt"),
        os.path.join(corpus, "c.jsonl"),
    ]


def test_directory_skips_annotations_hidden_files_and_other_types(tmp_path, write):
    write("corpus/story.txt", STORY)
    write("corpus/story.gold.json", '{"events": []}')
    write("corpus/.draft.txt", STORY)
    write("corpus/.cache/old.txt", STORY)
    write("corpus/notes.md", "# notes")
    write("corpus/photo.jpg", b"\xff\xd8\xff\xe0")
    found = read_all([str(tmp_path / "corpus")])
    assert [a.uri for a in found if isinstance(a, Article)] == [
        str(tmp_path / "corpus" / "story.txt")
    ]
    assert not any(type(item) is InputError for item in found)


def test_files_of_other_types_in_a_folder_get_one_warning(tmp_path, write):
    write("corpus/story.txt", STORY)
    write("corpus/report.pdf", b"%PDF-1.4 \x00\x01")
    write("corpus/scans/page.pdf", b"%PDF-1.4 \x00\x02")
    write("corpus/blob.bin", b"\x00\x01\x02")
    write("corpus/README", "notes")
    write("corpus/story.gold.json", '{"events": []}')
    *articles, skipped = read_all([str(tmp_path / "corpus")])
    assert [type(a) for a in articles] == [Article]
    assert isinstance(skipped, InputSkipped)
    assert str(skipped) == (
        f"{tmp_path / 'corpus'}: skipped 4 files of other types (1 .bin, 2 .pdf, 1 no "
        "extension); maritime reads .txt, .html, .htm, .json, .jsonl (convert PDFs and "
        "documents to text first)"
    )


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a.txt": STORY, "b/c.html": "<p>x</p>", "d.pdf": "x", "a.gold.json": "{}"}, 2),
        ({"a.txt": STORY, "b.jsonl": "{}"}, None),  # a JSONL file holds any number
        ({}, 0),
    ],
)
def test_the_number_of_articles_is_known_for_text_and_html(tmp_path, write, files, expected):
    (tmp_path / "corpus").mkdir()
    for name, content in files.items():
        write(f"corpus/{name}", content)
    assert inputs.expected_articles([str(tmp_path / "corpus")]) == expected
    assert inputs.expected_articles([str(tmp_path / "corpus"), "-"]) is None


def test_uri_joins_the_directory_exactly_as_given(tmp_path, write, monkeypatch):
    write("corpus/sub/a.txt", STORY)
    monkeypatch.chdir(tmp_path)
    assert [a.uri for a in read_all(["corpus"])] == ["corpus/sub/a.txt"]
    assert [a.uri for a in read_all(["corpus/"])] == ["corpus/sub/a.txt"]
    assert [a.uri for a in read_all(["./corpus/sub/a.txt"])] == ["./corpus/sub/a.txt"]


def test_inputs_are_read_in_the_order_given(write):
    second, first = write("2.txt", STORY), write("1.txt", STORY)
    assert [a.uri for a in read_all([second, first])] == [second, first]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \r\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("only-headline.txt", b"Just a headline\n", None),
    ],
)
def test_unusable_files_give_one_line_errors_naming_the_file(write, name, content, expected):
    path = write(name, content)
    results = read_all([path])
    if expected is None:
        assert isinstance(results[0], Article)
        return
    message = only_error(results)
    assert message.startswith(f"{path}: ")
    assert expected in message


def test_missing_path_is_reported(tmp_path):
    missing = str(tmp_path / "nowhere.txt")
    assert (
        only_error(read_all([missing])) == f"{missing}: no such file or directory; check the path"
    )


def test_file_over_the_size_limit_is_refused_with_size_and_limit(write, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_BYTES", 1024 * 1024)
    path = write("huge.txt", "Headline\n\n" + "word " * 300_000)
    message = only_error(read_all([path]))
    assert message.startswith(f"{path}: 1.4 MB exceeds the 1.0 MB limit")


def test_standard_input_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_BYTES", 100)
    assert "exceeds the" in only_error(read_stdin("x" * 500))


def test_unreadable_file_in_a_directory_is_reported_and_others_kept(tmp_path, write, monkeypatch):
    good, bad = write("corpus/good.txt", STORY), write("corpus/locked.txt", STORY)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file) == bad:
            raise PermissionError(13, "Permission denied", bad)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    article, error = read_all([str(tmp_path / "corpus")])
    assert isinstance(article, Article) and article.uri == good
    assert isinstance(error, InputError)
    assert str(error) == f"{bad}: cannot read (Permission denied); check permissions"


def test_non_utf8_text_is_decoded_not_rejected(write):
    raw = "Crew’s ordeal ends\n\nThe crew of the Señora María was freed.\n".encode("cp1252")
    article = only_article(read_all([write("legacy.txt", raw)]))
    assert article.title == "Crew’s ordeal ends"
    assert article.text == "The crew of the Señora María was freed."


def test_utf16_text_with_a_byte_order_mark_is_decoded(write):
    article = only_article(read_all([write("wide.txt", STORY.encode("utf-16"))]))
    assert article.title == "Tug refloats grounded barge"


def test_extensionless_file_given_explicitly_is_sniffed(write):
    article = only_article(read_all([write("README", '{"text": "A barge sank at its moorings."}')]))
    assert article.fmt == "json"


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        ('  {"text": "A dhow was stopped and searched by the navy."}', "json"),
        ('[{"text": "A dhow was stopped and searched by the navy."}]', "json"),
        ('{"text": "A dhow was stopped."}\n{"text": "A second dhow was stopped."}\n', "jsonl"),
        (
            "<!doctype html><html><body><p>A dhow was stopped and searched.</p></body></html>",
            "html",
        ),
        ("Dhow stopped\n\nA dhow was stopped and searched by the navy.", "txt"),
    ],
)
def test_standard_input_format_is_sniffed(data, fmt):
    assert {a.fmt for a in read_stdin(data)} == {fmt}


def test_stdin_and_files_mix_in_order(write):
    path = write("a.txt", STORY)
    results = read_all([path, "-"], stdin=__import__("io").BytesIO(STORY.encode()))
    assert [a.uri for a in results] == [path, "-"]


def test_unlistable_subdirectory_is_reported_and_siblings_kept(tmp_path, write, monkeypatch):
    good = write("corpus/a.txt", STORY)
    write("corpus/locked/b.txt", STORY)
    locked = str(tmp_path / "corpus" / "locked")
    real_scandir = os.scandir

    def guarded_scandir(path):
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    article, error = read_all([str(tmp_path / "corpus")])
    assert isinstance(article, Article) and article.uri == good
    assert str(error) == f"{locked}: cannot list directory (Permission denied); check permissions"
