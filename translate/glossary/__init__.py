"""Glossary model, formats and validation.

The glossary is read from CSV (canonical, `glossary/README.md`) or TBX into one model (`Concept`,
`Term`, `Status`, `Glossary`); every format converts to and from that model only.

- `load_glossary(path, languages)` → `Glossary`, refusing malformed files with a
  `GlossaryFormatError` (a `UserError`, exit code 2) that lists every problem found.
- `read_glossary(path, languages)` → `LoadResult` (glossary + problems) for callers that report
  problems themselves (`translate glossary validate`).
- `validate(glossary, languages)` → list of `Problem` (the validation rules, exit code 1).
- `save_glossary(glossary, path)` writes CSV or TBX atomically, chosen by extension.
- Exchange: `write_tbx` / `read_tbx`, `read_weblate_csv`; `detect_format`, `merge_glossaries`
  for imports. The gettext catalogues made from a glossary are the catalogue layer's job:
  `translate.catalog.glossary_po.export_po`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from translate.errors import Location, UserError
from translate.fileio import write_text_atomic
from translate.glossary.csv_format import LoadResult, read_csv, write_csv
from translate.glossary.merge import merge_glossaries
from translate.glossary.model import Concept, Glossary, Status, Term
from translate.glossary.problems import GlossaryFormatError, Problem, Severity, is_format
from translate.glossary.tbx import read_tbx, write_tbx
from translate.glossary.validate import GlossaryInvalidError, require_valid, validate
from translate.glossary.weblate import read_weblate_csv

__all__ = [
    "Concept",
    "Glossary",
    "GlossaryFormatError",
    "GlossaryInvalidError",
    "LoadResult",
    "Problem",
    "Severity",
    "Status",
    "Term",
    "detect_format",
    "glossary_file",
    "import_termbase",
    "load_glossary",
    "merge_glossaries",
    "read_glossary",
    "read_weblate_csv",
    "require_valid",
    "save_glossary",
    "validate",
    "write_csv",
    "write_tbx",
]

CSV_SUFFIXES = (".csv",)
TBX_SUFFIXES = (".tbx", ".xml")


def _format_of(path: Path) -> Literal["csv", "tbx"]:
    if path.is_dir():  # before the suffix: "unknown format '(no extension)'" would mislead
        raise UserError(
            "is a directory, not a glossary file",
            location=Location(str(path)),
            hint="name the CSV or TBX file itself, e.g. glossary/glossary.csv",
        )
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in TBX_SUFFIXES:
        return "tbx"
    raise UserError(
        f"unknown glossary format {suffix or '(no extension)'!r}",
        location=Location(str(path)),
        hint="use a .csv (canonical) or .tbx / .xml (TBX) file",
    )


#: what `translate glossary import` reads: TBX, this project's CSV, or a bilingual Weblate CSV
ImportFormat = Literal["tbx", "csv", "weblate"]


def detect_format(path: Path) -> ImportFormat:
    """`tbx`, `csv` (this project's schema) or `weblate` (a bilingual `source,target` CSV),
    from the extension and, for CSV, the header line."""
    path = Path(path)
    kind = _format_of(path)
    if kind == "csv":
        try:
            with path.open(encoding="utf-8-sig", errors="replace") as fh:
                first = fh.readline()
        except OSError:
            return kind
        names = {n.strip().strip('"').lower() for n in first.split(",")}
        if {"source", "target"} <= names:
            return "weblate"
    return kind


def import_termbase(
    path: Path,
    fmt: ImportFormat | None,
    languages: Sequence[str],
    *,
    source_lang: str,
    target_lang: str,
) -> LoadResult:
    """Read a termbase from another tool: *fmt*, or the format `detect_format` finds.

    A Weblate CSV maps its `source` and `target` columns to *source_lang* and *target_lang*.
    Raises `GlossaryFormatError` when the file cannot be read, or holds a status that cannot be
    imported faithfully (a guess could allow a rejected term): nothing is to be written then.
    """
    kind = fmt or detect_format(path)
    if kind == "weblate":
        result = read_weblate_csv(path, source_lang, target_lang)
    elif kind == "tbx":
        result = read_tbx(path, languages)
    else:
        result = read_glossary(path, languages)
    if result.unreadable or any(p.rule == "unknown-status" for p in result.problems):
        raise GlossaryFormatError(result.problems, str(path))
    return result


def read_glossary(path: Path, languages: Sequence[str] | None = None) -> LoadResult:
    """Read a glossary file with every problem found; raises UserError only if it cannot be
    opened at all (or, for TBX, is not well-formed or unsafe XML)."""
    path = Path(path)
    kind = _format_of(path)  # a directory is reported as such, not as an unknown format
    if not path.exists():
        raise UserError(
            "glossary not found",
            location=Location(str(path)),
            hint="pass --glossary PATH, or set glossary in [tool.translate] of pyproject.toml",
        )
    return read_csv(path, languages) if kind == "csv" else read_tbx(path, languages)


def glossary_file(configured: Path, named: Path | None) -> Path | None:
    """Which glossary a command uses: the file the user *named* (it must exist), else the
    *configured* one when it is there, else None.

    A glossary is optional unless named: without one, terminology features are off (and a
    command may say so); naming one that is missing or a directory is a usage error.
    """
    if named is None:
        return configured if Path(configured).is_file() else None
    if Path(named).is_dir():
        raise UserError(
            "is a directory, not a glossary file",
            location=Location(str(named)),
            hint="name the CSV or TBX file itself, e.g. glossary/glossary.csv",
        )
    if not Path(named).is_file():
        raise UserError(
            "glossary not found", location=Location(str(named)), hint="check the --glossary path"
        )
    return Path(named)


def load_glossary(path: Path, languages: Sequence[str] | None = None) -> Glossary:
    """The glossary at *path* (`.csv`, `.tbx` or `.xml`), ready for the term engine.

    Raises `UserError` for an unreadable file and `GlossaryFormatError` (a UserError, exit 2)
    listing every problem when the file is malformed. Validation findings (duplicate ids, mixed
    scripts…) do not stop loading: run `validate` for those.
    """
    result = read_glossary(path, languages)
    fatal = [p for p in result.problems if p.is_error and is_format(p)]
    if fatal:
        raise GlossaryFormatError(result.problems, str(path))
    return result.glossary


def save_glossary(glossary: Glossary, path: Path) -> bool:
    """Write *glossary* to *path* as CSV or TBX (by extension), atomically.

    Returns False when the file already had exactly this content. A glossary with errors that
    would break what reads it next (`WRITE_BLOCKING`: duplicate or path-like ids, control
    characters) raises `GlossaryInvalidError` and nothing is written.
    """
    path = Path(path)
    kind = _format_of(path)
    require_valid(glossary, None, f"writing {path}")
    text = write_csv(glossary) if kind == "csv" else write_tbx(glossary)
    return write_text_atomic(path, text)
