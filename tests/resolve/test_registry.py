"""`maritime import vessels`: a user's vessel list joins the registry, bad rows named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from maritime.cli import cli
from maritime.resolve.registry import valid_imo

CSV = """name,imo,mmsi,flag,type,former_names
Harbor Star,9304667,,pan,Tanker,Ocean Dawn;Blue Gull
Sea Rose,,,,,
,1234568,,,,
Bad Flag,,,Panama,,
"""


def invoke(url: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", url, *args])


def test_import_adds_vessels_and_names_bad_rows(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(CSV)
    result = invoke(sqlite_url, "import", "vessels", str(path))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert "list.csv:4" in errors[0] and "IMO" in errors[0]
    assert "list.csv:5" in errors[1] and "alpha-3" in errors[1]
    assert "2 vessels added" in result.stderr
    rows = json.loads(
        invoke(
            sqlite_url,
            "sql",
            "SELECT name, imo, flag, vessel_type FROM vessel ORDER BY name",
            "--format",
            "json",
        ).stdout
    )
    assert rows[0] == {
        "name": "Harbor Star",
        "imo": "9304667",
        "flag": "PAN",
        "vessel_type": "tanker",
    }


def test_reimport_updates_instead_of_duplicating(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name,imo\nHarbor Star,9304667\n")
    assert invoke(sqlite_url, "import", "vessels", str(path)).exit_code == 0
    path.write_text("name,imo,former_names\nNew Dawn,9304667,Harbor Star\n")
    result = invoke(sqlite_url, "import", "vessels", str(path))
    assert "0 vessels added, 1 updated" in result.stderr
    names = json.loads(
        invoke(
            sqlite_url, "sql", "SELECT name FROM vessel_name ORDER BY name", "--format", "json"
        ).stdout
    )
    assert [n["name"] for n in names] == ["Harbor Star", "New Dawn"]
    current = json.loads(
        invoke(sqlite_url, "sql", "SELECT name FROM vessel", "--format", "json").stdout
    )
    assert current == [{"name": "New Dawn"}]


@pytest.mark.parametrize(
    ("content", "message"),
    [("ship,owner\nA,B\n", "no 'name' or 'imo' column"), (b"\xff\xfe\x00bad", "UTF-8")],
)
def test_unreadable_files_are_one_line(
    sqlite_url: str, tmp_path: Path, content, message: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "list.csv"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    result = invoke(sqlite_url, "import", "vessels", str(path))
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("number", "ok"), [("9304667", True), ("9230880", True), ("9304668", False)]
)
def test_imo_check_digit(number: str, ok: bool) -> None:
    assert valid_imo(number) is ok


@given(st.lists(st.integers(0, 9), min_size=6, max_size=6))
def test_exactly_one_check_digit_makes_a_valid_imo(digits: list[int]) -> None:
    stem = "".join(map(str, digits))
    assert sum(valid_imo(stem + str(d)) for d in range(10)) == 1
