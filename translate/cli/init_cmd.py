"""`translate init [DIR]`: start a new newsroom repository."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def init_cmd(
    directory: Annotated[
        Path,
        typer.Argument(metavar="[DIR]", help="Where to create the project (default: here)."),
    ] = Path(),
) -> None:
    """Create a new newsroom repository in DIR (default: here).

    It gets pyproject.toml with a tool.translate table, a glossary with one
    example concept, seeds/, locales/ and a .pre-commit-config.yaml.
    Nothing is overwritten: if one of the files exists, nothing is written.
    The README's main job (glossary validate, check, build) then works there.

    Examples:

        translate init newsroom

        translate init
    """
    from translate.scaffold import init_project

    for path in init_project(directory):
        typer.echo(f"created {path}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command("init")(init_cmd)
