"""The `maritime` command: click wiring only; each command calls one library function."""

from maritime.cli import admin, browse, corrections, ingesting, live, timeline
from maritime.cli.app import cli, main

for _module in (ingesting, live, timeline, browse, corrections, admin):
    for _command in _module.COMMANDS:
        cli.add_command(_command)

__all__ = ["cli", "main"]
