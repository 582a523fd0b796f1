"""`translate terms FILE... --lang LANG`: every glossary term found in texts, inflected or not.

Thin on purpose: read files, call `translate.terms` (`load_index(...).find`), print.
"""

from __future__ import annotations

import bisect
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli.common import GlossaryOption, get_config
from translate.errors import Location, UserError, unreadable
from translate.fileio import decode_text

if TYPE_CHECKING:
    from translate.glossary import Glossary
    from translate.terms import Occurrence

# translate.terms, the glossary readers and rich load inside the command, not when the root CLI
# registers it: other commands and `--help` do not need them.

#: characters of context shown on each side of a term in text output
CONTEXT = 60


class Lang(StrEnum):
    az = "az"
    ru = "ru"
    en = "en"


class Format(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add `translate terms` to the root app."""
    app.command("terms")(terms)


def terms(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Plain text or Markdown files; '-' reads standard input.", metavar="FILE"
        ),
    ],
    lang: Annotated[Lang, typer.Option("--lang", "-l", help="Language of the files.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    glossary: GlossaryOption = None,
) -> None:
    """Find every glossary term in FILE... in any inflected form, with its exact position.

    Prints file:line:col, the concept, its status and the form found, with
    the line around it; --format json gives character offsets instead.
    In Markdown files only prose counts: front matter other than the title,
    code, link targets and URLs are skipped.

    Examples:

        translate terms seeds/*.md --lang en

        translate terms draft.md --lang az --format json
    """
    from rich.console import Console
    from rich.markup import escape

    from translate.terms import load_index
    from translate.text.prose import markdown_prose

    index = load_index(_load_glossary(glossary))
    found: list[tuple[str, str, list[Occurrence]]] = []
    for name in files:
        text = _read(name)
        # in Markdown, only prose counts: not the slug, the source URL, link targets or code
        searched = markdown_prose(text) if name.lower().endswith((".md", ".markdown")) else text
        occurrences = index.find(searched, lang.value)
        found.append((name if name != "-" else "<stdin>", text, occurrences))
    if fmt is Format.json:
        rows = []
        for name, text, occs in found:
            starts = _line_starts(text)
            for o in occs:
                row = o.to_dict()
                row["file"] = name
                row["line"] = bisect.bisect_right(starts, o.start)
                rows.append(row)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    for name, text, occs in found:
        starts = _line_starts(text)
        for o in occs:
            line = bisect.bisect_right(starts, o.start)
            col = o.start - starts[line - 1] + 1
            console.print(
                f"{escape(name)}:{line}:{col}: [bold]{escape(o.concept_id)}[/bold] "
                f"({o.status}) {escape(o.surface)!s} [dim]← {escape(o.term)}[/dim]"
            )
            console.print("    " + _context(text, o, starts[line - 1]))


def _context(text: str, o: Occurrence, line_start: int) -> str:
    from rich.markup import escape

    line_end = text.find("\n", o.end)
    if line_end < 0:
        line_end = len(text)
    left = max(line_start, o.start - CONTEXT)
    right = min(line_end, o.end + CONTEXT)
    before = ("…" if left > line_start else "") + text[left : o.start]
    after = text[o.end : right] + ("…" if right < line_end else "")
    return f"{escape(before)}[bold reverse]{escape(o.surface)}[/bold reverse]{escape(after)}"


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        where = "<stdin>"
    else:
        path = Path(name)
        try:
            data = path.read_bytes()
        except IsADirectoryError as exc:
            raise UserError(
                "is a directory, not a text file",
                location=Location(name),
                hint="pass the files inside it, e.g. seeds/*.md",
            ) from exc
        except OSError as exc:
            raise unreadable(name, exc) from exc
        where = name
    return decode_text(data, where)


def _load_glossary(override: Path | None) -> Glossary:
    from translate.glossary import load_glossary

    config = get_config()
    path = override if override is not None else config.glossary_path
    if not Path(path).exists():
        raise UserError(
            "glossary not found",
            location=Location(str(path)),
            hint="pass --glossary PATH or set [tool.translate] glossary in pyproject.toml",
        )
    return load_glossary(Path(path), config.languages)  # malformed → UserError, exit 2
