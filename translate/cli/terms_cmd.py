"""`translate terms FILE... --lang LANG`: every glossary term found in texts, inflected or not.

Thin on purpose: read files, call `translate.terms` (`load_index(...).find`), print.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
from enum import StrEnum
from json.encoder import encode_basestring as _str
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli.common import GlossaryOption, get_config
from translate.errors import Location, UserError, unreadable
from translate.fileio import decode_text

if TYPE_CHECKING:
    from translate.terms import Occurrence

# translate.terms and the glossary readers load inside the command, not when the root CLI
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
    jsonl = "jsonl"


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
    the line around it; --format json gives character offsets instead, and
    --format jsonl the same objects one per line, written as they are found.
    In Markdown files only prose counts: front matter other than the title,
    code, link targets and URLs are skipped.

    Examples:

        translate terms seeds/*.md --lang en

        translate terms draft.md --lang az --format json
    """
    from translate.terms import load_file_index
    from translate.text.prose import markdown_prose

    index = load_file_index(_glossary_path(glossary), get_config().languages)
    # every file is read and decoded before the first line is printed, so a bad file fails
    # with exit 2 and no half-written output; occurrences are then written file by file
    texts = [(name if name != "-" else "<stdin>", name, _read(name)) for name in files]
    write = _writer(fmt)
    try:
        for shown, name, text in texts:
            # in Markdown, only prose counts: not the slug, the source URL, link targets or code
            md = name.lower().endswith((".md", ".markdown"))
            occurrences = index.find(markdown_prose(text) if md else text, lang.value)
            write(shown, text, occurrences)
        write.close()
        sys.stdout.flush()
    except BrokenPipeError:  # `translate terms … | head`: the reader has all it wants
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


#: rows written per `write` call: output streams without one call per line
CHUNK = 2000

#: the control characters the text format drops from what it prints (the terminal would act
#: on them: CR returns to the line start, BEL rings), as the earlier rich console did
_CONTROL = re.compile("[\a\b\v\f\r]")


class _Writer:
    """Writes occurrences as they are found, in one output format; `close` ends the document."""

    def __init__(self) -> None:
        self.buffer: list[str] = []

    def __call__(self, name: str, text: str, occurrences: list[Occurrence]) -> None:
        starts = _line_starts(text)
        for o in occurrences:
            self.buffer.append(self.row(name, text, starts, o))
            if len(self.buffer) >= CHUNK:
                self.flush()
        self.flush()

    def row(self, name: str, text: str, starts: list[int], o: Occurrence) -> str:
        raise NotImplementedError

    def flush(self) -> None:
        if self.buffer:
            sys.stdout.write("".join(self.buffer))
            self.buffer.clear()

    def close(self) -> None:
        self.flush()


# One occurrence as `json.dumps(row, ensure_ascii=False, indent=2)` writes it inside a list
# (the `json` format), and as `json.dumps(row, ensure_ascii=False)` writes it (`jsonl`).
# Spelled out, with the C string encoder: the generic encoder cost more than finding the terms.
_FIELDS = ("start", "end", "concept_id", "lang", "surface", "term", "status", "file", "line")
_INTS = {"start", "end", "line"}
_JSON_ROW = (
    "  {\n" + ",\n".join(f'    "{k}": %{"d" if k in _INTS else "s"}' for k in _FIELDS) + "\n  }"
)
_JSONL_ROW = "{" + ", ".join(f'"{k}": %{"d" if k in _INTS else "s"}' for k in _FIELDS) + "}\n"


def _json_values(name: str, starts: list[int], o: Occurrence) -> tuple[object, ...]:
    line = bisect.bisect_right(starts, o.start)
    return (
        o.start,
        o.end,
        _str(o.concept_id),
        _str(o.lang),
        _str(o.surface),
        _str(o.term),
        _str(str(o.status)),
        _str(name),
        line,
    )


class _Json(_Writer):
    """A JSON list, indented by two, exactly as `json.dumps(rows, indent=2)` would print it."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = 0

    def row(self, name: str, text: str, starts: list[int], o: Occurrence) -> str:
        self.rows += 1
        lead = "[\n" if self.rows == 1 else ",\n"
        return lead + _JSON_ROW % _json_values(name, starts, o)

    def close(self) -> None:
        self.buffer.append("\n]\n" if self.rows else "[]\n")
        self.flush()


class _JsonLines(_Writer):
    """One JSON object per line (JSON Lines): a consumer can read as the output arrives."""

    def row(self, name: str, text: str, starts: list[int], o: Occurrence) -> str:
        return _JSONL_ROW % _json_values(name, starts, o)


class _Text(_Writer):
    """file:line:col, concept, status, the form found and the term, then the line around it;
    bold / dim / reverse only on a terminal with NO_COLOR unset."""

    def __init__(self, color: bool) -> None:
        super().__init__()
        on = (lambda code: f"\x1b[{code}m") if color else (lambda code: "")
        self.bold, self.dim, self.mark, self.off = on("1"), on("2"), on("1;7"), on("0")

    def row(self, name: str, text: str, starts: list[int], o: Occurrence) -> str:
        line = bisect.bisect_right(starts, o.start)
        line_start = starts[line - 1]
        col = o.start - line_start + 1
        line_end = text.find("\n", o.end)
        if line_end < 0:
            line_end = len(text)
        left = max(line_start, o.start - CONTEXT)
        right = min(line_end, o.end + CONTEXT)
        before = ("…" if left > line_start else "") + text[left : o.start]
        after = text[o.end : right] + ("…" if right < line_end else "")
        return (
            f"{name}:{line}:{col}: {self.bold}{o.concept_id}{self.off} ({o.status}) {o.surface} "
            f"{self.dim}← {o.term}{self.off}\n"
            f"    {before}{self.mark}{o.surface}{self.off}{after}\n"
        )

    def flush(self) -> None:
        if self.buffer:
            sys.stdout.write(_CONTROL.sub("", "".join(self.buffer)))
            self.buffer.clear()


def _writer(fmt: Format) -> _Writer:
    if fmt is Format.json:
        return _Json()
    if fmt is Format.jsonl:
        return _JsonLines()
    return _Text(color=sys.stdout.isatty() and "NO_COLOR" not in os.environ)


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


def _glossary_path(override: Path | None) -> Path:
    config = get_config()
    path = override if override is not None else config.glossary_path
    if not Path(path).exists():
        raise UserError(
            "glossary not found",
            location=Location(str(path)),
            hint="pass --glossary PATH or set [tool.translate] glossary in pyproject.toml",
        )
    return Path(path)  # malformed → UserError, exit 2, when load_file_index reads it
