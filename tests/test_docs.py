"""Generated docs match the code, and every command is documented."""

from __future__ import annotations

import re

import click
import pytest

from maritime.cli import cli
from maritime.docs import DOCS, GENERATED, walk_commands

COMMANDS = [path for path, _ in walk_commands(cli)]


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_committed_doc_matches_the_generator(name: str) -> None:
    committed = (DOCS / name).read_text(encoding="utf-8")
    assert committed == GENERATED[name](), (
        f"docs/{name} is stale: run `python -m maritime.docs` and commit the result"
    )


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    command: click.Command = dict(walk_commands(cli))[path]
    assert (command.help or "").strip(), f"{' '.join(path)} has no help text"


@pytest.mark.parametrize("path", COMMANDS[1:], ids=" ".join)
def test_every_command_is_in_the_readme_or_the_reference(path: tuple[str, ...]) -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    pattern = re.compile(rf"\b{re.escape(' '.join(path))}\b")
    assert pattern.search(readme) or pattern.search(reference)


def test_bi_guide_names_every_tool() -> None:
    guide = (DOCS / "bi.md").read_text(encoding="utf-8")
    for tool in ("Metabase", "Superset", "Tableau", "Power BI", "Datasette", "DB Browser"):
        assert tool in guide
