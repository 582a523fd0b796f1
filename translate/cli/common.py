"""Options and helpers shared by every command module."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from translate.config import Config

GlossaryOption = Annotated[
    Path | None,
    typer.Option(
        "--glossary",
        "-g",
        help="Glossary file (CSV or TBX). Default: the one set in pyproject.toml (tool.translate).",
        show_default=False,
    ),
]


def get_config() -> Config:
    # imported on first use: `translate compile FILE.po` works outside any project and need not
    # load the project configuration's reader (tomllib and the language tables)
    from translate.config import load_config

    return load_config()


def glossary_path(config: Config, override: Path | None) -> Path:
    return override if override is not None else config.glossary_path
