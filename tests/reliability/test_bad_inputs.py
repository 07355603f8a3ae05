"""Every bad input gets one line naming it and the problem; the good inputs are still kept."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.reliability.conftest import ARTICLES, counts, invoke, run_cli

GOOD = "tanker.txt"


def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def _binary(folder: Path) -> Path:
    path = folder / "photo.txt"
    path.write_bytes(bytes(range(256)) * 64)
    return path


def _broken_json(folder: Path) -> Path:
    path = folder / "broken.json"
    path.write_text('{"title": "Half an object", "text": "The ship was', encoding="utf-8")
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(40 * 1024 * 1024)  # sparse: 40 MB without writing them
    return path


def _missing(folder: Path) -> Path:
    return folder / "no-such-article.txt"


def _dangling_link(folder: Path) -> Path:
    sub = folder / "drop"
    sub.mkdir()
    (sub / "gone.txt").symlink_to(folder / "deleted-target.txt")
    (sub / "fine.txt").write_text(ARTICLES["tanker.txt"].replace("22", "24"), encoding="utf-8")
    return sub


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty file": (_empty, "empty"),
    "binary file": (_binary, "binary"),
    "broken JSON": (_broken_json, "invalid JSON"),
    "40 MB file": (_huge, "limit"),
    "missing path": (_missing, "no such file"),
    "dangling link in a folder": (_dangling_link, "gone.txt"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_one_line_and_the_rest_is_kept(
    sqlite_url: str, tmp_path: Path, case: str
) -> None:
    make, words = BAD_INPUTS[case]
    good = tmp_path / GOOD
    good.write_text(ARTICLES[GOOD], encoding="utf-8")
    bad = make(tmp_path)
    result = invoke(sqlite_url, "ingest", str(bad), str(good))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert words.lower() in errors[0].lower()
    assert bad.name in errors[0] or "gone.txt" in errors[0]
    assert counts(sqlite_url)["article"] >= 1


def test_jsonl_bad_lines_are_named_and_good_lines_kept(sqlite_url: str, tmp_path: Path) -> None:
    line = json.loads(ARTICLES["skiff.json"])
    good = [dict(line, url=f"https://example.org/skiff/{n}", title=f"Report {n}") for n in range(3)]
    rows = [
        json.dumps(good[0]),
        "{not json",
        json.dumps(good[1]),
        '["a list"]',
        json.dumps(good[2]),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = invoke(sqlite_url, "ingest", str(path))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert [e.split(":")[2] for e in errors] == ["2", "4"]  # error: PATH:LINE: ...
    assert counts(sqlite_url)["article"] == 3


def test_non_utf8_text_is_decoded_not_rejected(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    body = ARTICLES[GOOD].replace("officials said", "officials said – “no injuries”")
    path.write_bytes(body.encode("cp1252"))
    result = invoke(sqlite_url, "ingest", str(path))
    assert result.exit_code == 0, result.stderr
    assert counts(sqlite_url)["article"] == 1


def test_deeply_nested_html_does_not_crash(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    depth = 20_000
    path.write_text(
        "<html><body>" + "<div>" * depth + "<p>The navy seized a tanker in the Red Sea on "
        "2 June 2024.</p>" + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    result = invoke(sqlite_url, "ingest", str(path))
    assert "Traceback" not in result.stderr
    assert result.exit_code in (0, 1)
    if result.exit_code == 1:
        assert len([x for x in result.stderr.splitlines() if x.startswith("error:")]) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_in_a_folder(sqlite_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES[GOOD], encoding="utf-8")
    locked = folder / "b.txt"
    locked.write_text(ARTICLES[GOOD].replace("22", "25"), encoding="utf-8")
    locked.chmod(0)
    result = invoke(sqlite_url, "ingest", str(folder))
    assert result.exit_code == 1
    assert "b.txt" in result.stderr and "permission" in result.stderr.lower()
    assert counts(sqlite_url)["article"] == 1


def test_as_a_real_process(sqlite_url: str, tmp_path: Path) -> None:
    good = tmp_path / GOOD
    good.write_text(ARTICLES[GOOD], encoding="utf-8")
    bad = _broken_json(tmp_path)
    done = run_cli(sqlite_url, "ingest", str(bad), str(good), str(tmp_path / "absent.html"))
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert "broken.json" in errors[0] and "absent.html" in errors[1]
    assert "Traceback" not in done.stderr
    assert counts(sqlite_url)["article"] == 1
