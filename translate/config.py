"""Project configuration from `[tool.translate]` in `pyproject.toml`.

Defaults match this repository's layout so every command works here with no flags. Paths in the
table are relative to the directory holding `pyproject.toml`, never to the current directory, so
commands behave the same from any sub-folder.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from translate.errors import Location, UserError
from translate.fileio import decode_text
from translate.names import check_language

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


_TOOL_TABLE = re.compile(r"^\s*\[+\s*tool\s*\.\s*translate\b", re.MULTILINE)
_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def _read_pyproject(pyproject: Path) -> dict | None:
    """The parsed file; None when it is not ours to judge (unreadable, or broken TOML with no
    `[tool.translate]` table in it). A broken file that does have the table is an error: falling
    back to defaults would silently run with another configuration than the one written."""
    try:
        raw = pyproject.read_bytes()
    except OSError:
        return None
    text = raw.decode("utf-8", errors="replace")
    try:
        return tomllib.loads(decode_text(raw, pyproject, hint="save the file as UTF-8"))
    except UserError:  # not UTF-8 (or UTF-16): ours to report only when it has our table
        if not _TOOL_TABLE.search(text):
            return None
        raise
    except RecursionError as exc:  # tomllib recurses once per nested array or inline table
        if not _TOOL_TABLE.search(text):
            return None
        raise UserError(
            "TOML is nested too deeply",
            location=Location(str(pyproject)),
            hint="[tool.translate] settings are flat tables of strings and lists",
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        if not _TOOL_TABLE.search(text):
            return None
        message = str(exc)
        line = column = 0
        if (m := _TOML_AT.search(message)) is not None:
            line, column = int(m[1]), int(m[2])
            message = message[: m.start()]
        raise UserError(
            f"invalid TOML: {message}",
            location=Location(str(pyproject), line, column),
            hint="fix the syntax there; [tool.translate] settings are not applied until then",
        ) from exc


def find_project_root(start: Path | None = None) -> Path | None:
    """The nearest directory at or above *start* whose pyproject.toml has `[tool.translate]`.

    Raises `UserError` when that file is there but is not valid TOML."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            data = _read_pyproject(pyproject)
            if data is not None and "translate" in data.get("tool", {}):
                return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """Read the configuration; outside a configured project, defaults relative to the cwd."""
    root = find_project_root(start)
    if root is None:
        return Config(root=(start or Path.cwd()).resolve())
    pyproject = root / "pyproject.toml"
    data = _read_pyproject(pyproject) or {}
    table = data.get("tool", {}).get("translate", {})
    if not isinstance(table, dict):
        raise UserError("tool.translate must be a table", location=Location(str(pyproject)))
    return config_from_table(root, table, source=str(pyproject))


def key_location(source: str, key: str) -> Location:
    """Where `key = …` is set inside the [tool.translate] part of *source* (line 0 if unknown)."""
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return Location(source)
    inside = False
    setting = re.compile(
        rf"^\s*(?:{re.escape(key)}\s*=|\[\s*tool\s*\.\s*translate\s*\.\s*{re.escape(key)}\s*\])"
    )
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("["):
            inside = bool(_TOOL_TABLE.match(line))
        if inside and setting.match(line):
            return Location(source, number)
    return Location(source)


def _is_quote_mark(char: str) -> bool:
    """Quotation marks are Unicode's initial/final/open/close punctuation, or ASCII `"` `'`."""
    return char in "\"'" or unicodedata.category(char) in ("Pi", "Pf", "Ps", "Pe")


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
            location=key_location(source, unknown[0]),
            hint=f"known keys: {', '.join(sorted(known))}",
        )
    kwargs: dict = {}

    def where(key: str) -> Location:
        return key_location(source, key)

    if "source_language" in table:
        if not isinstance(table["source_language"], str) or not table["source_language"]:
            raise UserError(
                "[tool.translate] source_language must be a language code",
                location=where("source_language"),
                hint='for example: source_language = "en"',
            )
        kwargs["source_language"] = check_language(
            table["source_language"], where("source_language"), "source_language"
        )
    if "target_languages" in table:
        langs = table["target_languages"]
        if not isinstance(langs, list) or not all(isinstance(x, str) and x for x in langs):
            raise UserError(
                "[tool.translate] target_languages must be a list of language codes",
                location=where("target_languages"),
                hint='for example: target_languages = ["az", "ru"]',
            )
        for lang in langs:
            check_language(lang, where("target_languages"), "target language")
        kwargs["target_languages"] = tuple(langs)
    for key in ("glossary", "seeds", "locales", "build"):
        if key in table:
            if not isinstance(table[key], str) or not table[key]:
                raise UserError(
                    f"[tool.translate] {key} must be a path (a string)",
                    location=where(key),
                    hint=f'for example: {key} = "{Config.__dataclass_fields__[key].default}"',
                )
            kwargs[key] = Path(table[key])
    if "severities" in table:
        sev = table["severities"]
        if not isinstance(sev, dict):
            raise UserError(
                "[tool.translate] severities must be a table of check id = severity",
                location=where("severities"),
                hint='for example: severities = { punctuation = "info" }',
            )
        bad = {k: v for k, v in sev.items() if v not in SEVERITIES}
        if bad:
            raise UserError(
                f"[tool.translate.severities] has invalid values: {bad}",
                location=where("severities"),
                hint=f"use one of: {', '.join(SEVERITIES)}",
            )
        kwargs["severities"] = dict(sev)
    if "quotes" in table:
        quotes = table["quotes"]
        if not isinstance(quotes, dict) or not all(
            isinstance(v, str) and v for v in quotes.values()
        ):
            raise UserError(
                "[tool.translate] quotes must be a table of language = quote characters",
                location=where("quotes"),
                hint='for example: quotes = { az = "«»“”" }',
            )
        for lang, marks in quotes.items():
            check_language(lang, where("quotes"), "language in quotes")
            if len(marks) not in (2, 4) or not all(_is_quote_mark(c) for c in marks):
                raise UserError(
                    f"[tool.translate.quotes] {lang} = {marks[:20]!r} is not a convention: "
                    "an opening and a closing quotation mark, then optionally the nested pair",
                    location=where("quotes"),
                    hint='for example: az = "«»“”", ru = "«»„“", en = "“”‘’"',
                )
        kwargs["quotes"] = dict(quotes)
    return Config(root=root, **kwargs)
