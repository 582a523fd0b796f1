"""Options and helpers shared by every command module."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from translate.config import Config, load_config

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
    return load_config()


def glossary_path(config: Config, override: Path | None) -> Path:
    return override if override is not None else config.glossary_path
