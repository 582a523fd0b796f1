"""`translate init`: a new newsroom repository with the layout every command expects.

What it writes is the smallest project on which the README's main job
(`translate glossary validate && translate check && translate build`) succeeds: a
`[tool.translate]` table, a glossary with the documented header and one example concept, empty
`seeds/` and `locales/`, and a pre-commit hook that runs `translate check`. It never overwrites:
if any of those files exists, nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from translate.errors import Location, UserError
from translate.fileio import write_text_atomic

SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = ("az", "ru")

PYPROJECT = """\
# A newsroom repository for the `translate` toolkit (https://pypi.org/project/translate-az-ru-en/
# once published; until then `pip install -e` of the toolkit's checkout). Paths are relative to
# this file.

[tool.translate]
source_language = "{source}"
target_languages = [{targets}]
glossary = "glossary/glossary.csv"
seeds = "seeds"
locales = "locales"
build = "build"
"""

_KINDS = ("", "_admitted", "_deprecated", "_forbidden", "_case")

EXAMPLE = {
    "id": "baku",
    "domain": "geography",
    "pos": "propn",
    "definition": "Capital of Azerbaijan, on the Caspian coast.",
    "note": "An example concept written by translate init: replace it with your own.",
    "en": "Baku",
    "az": "Bakı",
    "ru": "Баку",
}

PRE_COMMIT = """\
# Checks translations before they are committed (https://pre-commit.com): changed catalogues as
# given, and a changed article in seeds/ against its catalogues in every target language.
repos:
  - repo: local
    hooks:
      - id: translate-check
        name: translate check
        entry: translate check
        language: system
        files: '(\\.po$|^seeds/.*\\.md$)'
        exclude: '(^|/)glossary\\.po$'
        pass_filenames: true
        require_serial: true
"""

GITIGNORE = "build/\n*.mo\n"


def glossary_header(languages: tuple[str, ...]) -> list[str]:
    """The columns glossary/README.md documents, for these languages (source first)."""
    cols = ["id", "domain", "pos", "definition", "note"]
    for lang in languages:
        cols += [lang + kind for kind in _KINDS]
    if "ru" in languages:
        cols.append("ru_inflection")
    return cols


def _csv_line(values: list[str]) -> str:
    def quote(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v

    return ",".join(quote(v) for v in values) + "\n"


def project_files(
    source: str = SOURCE_LANGUAGE, targets: tuple[str, ...] = TARGET_LANGUAGES
) -> dict[str, str]:
    """Relative path → content of every file `init` writes."""
    languages = (source, *targets)
    header = glossary_header(languages)
    glossary = _csv_line(header) + _csv_line([EXAMPLE.get(c, "") for c in header])
    return {
        "pyproject.toml": PYPROJECT.format(
            source=source, targets=", ".join(f'"{t}"' for t in targets)
        ),
        "glossary/glossary.csv": glossary,
        "seeds/.gitkeep": "",
        "locales/.gitkeep": "",
        ".pre-commit-config.yaml": PRE_COMMIT,
        ".gitignore": GITIGNORE,
    }


def init_project(directory: Path) -> list[Path]:
    """Write a new project into *directory* (created if missing); returns the files written.
    Raises UserError, writing nothing, when one of them already exists."""
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise UserError("not a directory", location=Location(str(directory)))
    files = project_files()
    existing = [rel for rel in files if (directory / rel).exists()]
    if existing:
        raise UserError(
            f"{existing[0]} already exists; nothing was written",
            location=Location(str(directory / existing[0])),
            hint="run `translate init` in a new or empty directory",
        )
    written = []
    for rel, text in files.items():
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
        written.append(path)
    return written
