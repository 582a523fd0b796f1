"""Project configuration from `[tool.translate]` in `pyproject.toml`.

Defaults match this repository's layout so every command works here with no flags. Paths in the
table are relative to the directory holding `pyproject.toml`, never to the current directory, so
commands behave the same from any sub-folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from translate.errors import Location, UserError

SEVERITIES = ("error", "warning", "info", "off")


@dataclass(frozen=True)
class Config:
    root: Path
    source_language: str = "en"
    target_languages: tuple[str, ...] = ("az", "ru")
    glossary: Path = Path("glossary/glossary.csv")
    seeds: Path = Path("seeds")
    locales: Path = Path("locales")
    build: Path = Path("build")
    #: per-check severity overrides, e.g. {"punctuation": "info", "az-ascii": "off"}
    severities: dict[str, str] = field(default_factory=dict)
    #: per-language quote convention overrides for the punctuation check, e.g. {"az": "“”"}
    quotes: dict[str, str] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        return (self.source_language, *self.target_languages)

    def path(self, rel: Path | str) -> Path:
        """Resolve a configured path against the project root."""
        p = Path(rel)
        return p if p.is_absolute() else self.root / p

    @property
    def glossary_path(self) -> Path:
        return self.path(self.glossary)

    @property
    def seeds_dir(self) -> Path:
        return self.path(self.seeds)

    @property
    def locales_dir(self) -> Path:
        return self.path(self.locales)

    @property
    def build_dir(self) -> Path:
        return self.path(self.build)


def find_project_root(start: Path | None = None) -> Path | None:
    """The nearest directory at or above *start* whose pyproject.toml has `[tool.translate]`."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "translate" in data.get("tool", {}):
                return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """Read the configuration; outside a configured project, defaults relative to the cwd."""
    root = find_project_root(start)
    if root is None:
        return Config(root=(start or Path.cwd()).resolve())
    pyproject = root / "pyproject.toml"
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - find_project_root skips these
        raise UserError(f"invalid TOML: {exc}", location=Location(str(pyproject))) from exc
    table = data.get("tool", {}).get("translate", {})
    return config_from_table(root, table, source=str(pyproject))


def config_from_table(root: Path, table: dict, *, source: str = "pyproject.toml") -> Config:
    """Validate the `[tool.translate]` table; unknown keys are errors so typos do not go unseen."""
    known = {
        "source_language",
        "target_languages",
        "glossary",
        "seeds",
        "locales",
        "build",
        "severities",
        "quotes",
    }
    unknown = sorted(set(table) - known)
    if unknown:
        raise UserError(
            f"unknown key(s) in [tool.translate]: {', '.join(unknown)}",
            location=Location(source),
            hint=f"known keys: {', '.join(sorted(known))}",
        )
    kwargs: dict = {}
    for key in ("source_language",):
        if key in table:
            if not isinstance(table[key], str):
                raise UserError(
                    f"[tool.translate] {key} must be a string", location=Location(source)
                )
            kwargs[key] = table[key]
    if "target_languages" in table:
        langs = table["target_languages"]
        if not isinstance(langs, list) or not all(isinstance(x, str) for x in langs):
            raise UserError(
                "[tool.translate] target_languages must be a list of language codes",
                location=Location(source),
                hint='for example: target_languages = ["az", "ru"]',
            )
        kwargs["target_languages"] = tuple(langs)
    for key in ("glossary", "seeds", "locales", "build"):
        if key in table:
            kwargs[key] = Path(table[key])
    if "severities" in table:
        sev = table["severities"]
        bad = {k: v for k, v in sev.items() if v not in SEVERITIES}
        if bad:
            raise UserError(
                f"[tool.translate.severities] has invalid values: {bad}",
                location=Location(source),
                hint=f"use one of: {', '.join(SEVERITIES)}",
            )
        kwargs["severities"] = dict(sev)
    if "quotes" in table:
        kwargs["quotes"] = dict(table["quotes"])
    return Config(root=root, **kwargs)
