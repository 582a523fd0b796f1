"""`translate glossary validate|show|find|export|import`: thin wrappers over the glossary API."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli.common import GlossaryOption, get_config, glossary_path
from translate.config import Config
from translate.errors import Location, UserError

if TYPE_CHECKING:
    from rich.console import Console

    from translate.glossary import Concept, Glossary, LoadResult
    from translate.glossary.problems import Problem

# The glossary modules and rich are imported inside the commands: the root CLI registers this
# group on every call, and `translate --version` should not load TBX and gettext writers.

glossary_app = typer.Typer(
    name="glossary",
    help=(
        "Validate, browse, search, export and import the az / ru / en termbase.\n\n"
        "The glossary is glossary/glossary.csv unless \\[tool.translate] in\n"
        "pyproject.toml or --glossary names another (CSV or TBX).\n\n"
        "Examples:\n\n"
        "    translate glossary validate\n\n"
        "    translate glossary find baki"
    ),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def register(app: typer.Typer) -> None:
    """Add `translate glossary …` to the root app."""
    app.add_typer(glossary_app, name="glossary")


def _display(path: Path) -> Path:
    """The path as the user would type it: relative to the current directory when inside it."""
    if not path.is_absolute():
        return path
    try:
        rel = Path(os.path.relpath(path))
    except ValueError:  # pragma: no cover - another drive on Windows
        return path
    return path if rel.parts[:1] == ("..",) else rel


def _console() -> Console:
    # Piped output (README examples, CI logs) gets a wide page instead of rich's 80 columns,
    # so tables of three-language terms do not wrap into unreadable cells.
    from rich.console import Console

    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 120
    return Console(highlight=False, soft_wrap=False, width=width)


def _load(config: Config, override: Path | None) -> Glossary:
    from translate.glossary import load_glossary

    path = glossary_path(config, override)
    return load_glossary(_display(path), config.languages)


def _print_problems(problems: list[Problem], err: bool = False) -> None:
    for problem in problems:
        color = "red" if problem.is_error else "yellow"
        typer.secho(str(problem), err=err, fg=color if sys.stdout.isatty() else None)


# --- validate --------------------------------------------------------------------------------


@glossary_app.command("validate")
def validate_cmd(glossary: GlossaryOption = None) -> None:
    """Check the glossary: format, ids, terms, scripts, spacing, NFC, hints.

    Every problem is reported at once, with a hint:
    `file:line:col: severity: message \\[rule]`.

    Exit codes: 0 clean (warnings allowed), 1 validation errors,
    2 unreadable or malformed file.

    Examples:

        translate glossary validate

        translate glossary validate --glossary exports/glossary.tbx
    """
    from translate.glossary import read_glossary, validate
    from translate.glossary.problems import Problem

    config = get_config()
    path = _display(glossary_path(config, glossary))
    result: LoadResult = read_glossary(path, config.languages)
    problems = sorted(
        [*result.problems, *validate(result.glossary, config.languages)], key=Problem.sort_key
    )
    _print_problems(problems)
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    verdict = (
        "malformed"
        if result.unreadable
        else "empty"
        if not len(result.glossary)
        else "invalid"
        if errors
        else "valid"
    )
    typer.echo(
        f"{path}: {verdict}: {len(result.glossary)} concepts, "
        f"{errors} error(s), {warnings} warning(s)"
    )
    if result.unreadable:
        raise typer.Exit(2)
    if errors:
        raise typer.Exit(1)


# --- show ------------------------------------------------------------------------------------


def _unknown_concept(glossary: Glossary, concept_id: str) -> UserError:
    from translate.glossary.search import suggest_ids

    close = suggest_ids(glossary, concept_id)
    return UserError(
        f"no concept with id {concept_id!r} in {glossary.source}",
        hint=f"did you mean: {', '.join(close)}?"
        if close
        else "list the ids with: translate glossary show",
    )


def _variants(concept: Concept, lang: str) -> str:
    from translate.glossary import Status

    parts = []
    for term in concept.terms_for(lang):
        if term.status is Status.PREFERRED:
            continue
        parts.append(f"{term.text} ({term.status})")
    return ", ".join(parts)


@glossary_app.command("show")
def show_cmd(
    concept_id: Annotated[
        str | None, typer.Argument(metavar="ID", help="Concept id to show in detail.")
    ] = None,
    glossary: GlossaryOption = None,
) -> None:
    """Show the glossary as a table, or one concept in detail.

    The table has each concept's preferred term per language; with an ID,
    every term of that concept with its status, case and inflection, its
    not-phrases and the renderings of its other senses.

    Examples:

        translate glossary show

        translate glossary show nakhchivan
    """
    from rich.markup import escape as esc
    from rich.table import Table

    config = get_config()
    gl = _load(config, glossary)
    console = _console()
    languages = [lang for lang in config.languages if lang in gl.languages] or list(gl.languages)
    if concept_id is None:
        table = Table(title=esc(f"{gl.source}: {len(gl)} concepts"), title_justify="left")
        table.add_column("id", no_wrap=True)
        table.add_column("domain")
        for lang in languages:
            table.add_column(lang, overflow="fold")
        for each in gl:
            cells = []
            for lang in languages:
                preferred = each.preferred(lang)
                cells.append(esc(preferred.text) if preferred else "—")
            table.add_row(esc(each.id), esc(each.domain), *cells)
        console.print(table)
        return
    concept = gl.get(concept_id)
    if concept is None:
        raise _unknown_concept(gl, concept_id)
    console.print(f"[bold]{esc(concept.id)}[/bold]  ({esc(concept.domain)}, {esc(concept.pos)})")
    if concept.definition:
        console.print(f"definition: {esc(concept.definition)}")
    if concept.note:
        console.print(f"note: {esc(concept.note)}")
    table = Table(show_header=True)
    for name in ("lang", "status", "term", "case", "inflection"):
        table.add_column(name)
    for lang in [*languages, *(x for x in concept.languages if x not in languages)]:
        for term in concept.terms_for(lang):
            style = "" if term.status.allowed else "red"
            table.add_row(
                lang,
                str(term.status),
                f"[{style}]{esc(term.text)}[/{style}]" if style else esc(term.text),
                "exact" if term.case_sensitive else "",
                esc(term.inflection or ""),
            )
    console.print(table)
    # what the checks read besides the terms: phrases that are not this concept, and how the
    # source word's other senses are rendered (glossary/README.md)
    for label, lists in (
        ("not this concept", concept.not_phrases),
        ("other senses", concept.other_senses),
    ):
        for lang, items in lists.items():
            if items:
                console.print(f"{label} ({esc(lang)}): " + esc(" | ".join(items)))


# --- find ------------------------------------------------------------------------------------


@glossary_app.command("find")
def find_cmd(
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="Text to look for in every language.")
    ],
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Search only this language.")
    ] = None,
    glossary: GlossaryOption = None,
) -> None:
    """Find concepts whose terms contain TEXT, in every language.

    Case- and diacritic-insensitive, with Azerbaijani casing and ё = е:
    `baki` finds Bakı, `azerbaycan` finds Azərbaycan, and `нахичевань`
    finds Nakhchivan through its admitted Russian term.

    Exit code 1 when nothing matches.

    Examples:

        translate glossary find baki

        translate glossary find нахичевань
    """
    from rich.markup import escape as esc
    from rich.table import Table

    from translate.glossary import Status
    from translate.glossary.search import find_terms

    config = get_config()
    gl = _load(config, glossary)
    if lang is not None and lang not in gl.languages:
        raise UserError(
            f"unknown language {lang!r}: {gl.source} has terms in {', '.join(gl.languages)}",
            hint=f"use --lang {' or --lang '.join(gl.languages)}, or leave it out",
        )
    hits = find_terms(gl, text, lang=lang)
    if not hits:
        typer.echo(f"no term matches {text!r}", err=True)
        raise typer.Exit(1)
    languages = [x for x in config.languages if x in gl.languages] or list(gl.languages)
    table = Table(title=esc(f"{len(hits)} match(es) for {text!r}"), title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("matched", overflow="fold")
    for x in languages:
        table.add_column(x, overflow="fold")
    for hit in hits:
        cells = []
        for x in languages:
            preferred = hit.concept.preferred(x)
            cells.append(esc(preferred.text) if preferred else "—")
        matched = f"{hit.term.lang}: {hit.term.text}"
        if hit.term.status is not Status.PREFERRED:
            matched += f" ({hit.term.status})"
        table.add_row(esc(hit.concept.id), esc(matched), *cells)
    _console().print(table)


# --- export ----------------------------------------------------------------------------------


class ExportFormat(StrEnum):
    csv = "csv"
    tbx = "tbx"
    po = "po"


@glossary_app.command("export")
def export_cmd(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv, tbx (TBX-Basic 2019) or po.")
    ] = ExportFormat.tbx,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="csv/tbx: file to write (default: stdout). po: locales directory "
            "(default: the configured locales directory).",
        ),
    ] = None,
    mo: Annotated[bool, typer.Option("--mo/--no-mo", help="po: also write the .mo files.")] = True,
    glossary: GlossaryOption = None,
) -> None:
    """Export the glossary as CSV, TBX, or gettext catalogues.

    `--format po` writes locales/<lang>/LC_MESSAGES/glossary.po (and .mo)
    for every target language: msgctxt = concept id, msgid = English term,
    msgstr = the language's preferred term.

    Examples:

        translate glossary export --format tbx -o glossary.tbx

        translate glossary export --format po
    """
    from translate.catalog.glossary_po import export_po
    from translate.glossary import require_valid, save_glossary, write_csv, write_tbx

    config = get_config()
    gl = _load(config, glossary)
    if fmt is ExportFormat.po:  # what compile would reject is not written in the first place
        require_valid(gl, config.languages, "export", only=None)
    else:
        require_valid(gl, None, "export")
    if fmt is ExportFormat.po:
        out_dir = output if output is not None else _display(config.locales_dir)
        written = export_po(gl, out_dir, config.target_languages, config.source_language, mo=mo)
        for path, changed in written:
            typer.echo(f"{'wrote' if changed else 'unchanged'} {path}")
        return
    if output is None:
        sys.stdout.write(write_csv(gl) if fmt is ExportFormat.csv else write_tbx(gl))
        return
    _check_suffix(output, fmt.value)
    changed = save_glossary(gl, output)
    typer.echo(f"{'wrote' if changed else 'unchanged'} {output} ({len(gl)} concepts)", err=True)


def _check_suffix(path: Path, fmt: str) -> None:
    suffixes = {"csv": (".csv",), "tbx": (".tbx", ".xml")}[fmt]
    if path.suffix.lower() not in suffixes:
        raise UserError(
            f"--format {fmt} needs a {' or '.join(suffixes)} output file",
            location=Location(str(path)),
            hint=f"name the file e.g. glossary{suffixes[0]}",
        )


# --- import ----------------------------------------------------------------------------------


class ImportFormat(StrEnum):
    tbx = "tbx"
    csv = "csv"
    weblate = "weblate"


@glossary_app.command("import")
def import_cmd(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE", help="TBX (2019 or 2008), glossary CSV or Weblate CSV."),
    ],
    fmt: Annotated[
        ImportFormat | None,
        typer.Option("--format", "-f", help="tbx, csv or weblate (default: from the file)."),
    ] = None,
    source_lang: Annotated[
        str | None, typer.Option("--source-lang", help="weblate: language of 'source'.")
    ] = None,
    target_lang: Annotated[
        str | None, typer.Option("--target-lang", help="weblate: language of 'target'.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="CSV (or .tbx) file to write (default: stdout)."),
    ] = None,
    merge: Annotated[
        bool,
        typer.Option("--merge", help="Merge into the --glossary file's concepts before writing."),
    ] = False,
    glossary: GlossaryOption = None,
) -> None:
    """Convert a termbase from another tool into the glossary's CSV schema.

    Reads TBX (2019 DCA, or 2008 martif from translate-toolkit, Okapi,
    OmegaT, Weblate), our CSV, or a bilingual Weblate CSV (source,target,...)
    mapped to --source-lang / --target-lang (default: the configured source
    and first target language). XML entity declarations are refused.

    With --merge the output is the --glossary file plus the imported concepts.

    Examples:

        translate glossary import terms.tbx -o imported.csv

        translate glossary import weblate.csv --source-lang en --target-lang az

        translate glossary import terms.tbx --merge -o glossary/glossary.csv
    """
    from translate.glossary import (
        import_termbase,
        merge_glossaries,
        require_valid,
        save_glossary,
        write_csv,
    )

    config = get_config()
    if output is not None and (
        output.is_dir() or output.suffix.lower() not in (".csv", ".tbx", ".xml")
    ):
        raise UserError(
            "--output must name a .csv or .tbx file",
            location=Location(str(output)),
            hint="for example: -o imported.csv",
        )
    result = import_termbase(
        file,
        fmt.value if fmt is not None else None,
        config.languages,
        source_lang=source_lang or config.source_language,
        target_lang=target_lang or (config.target_languages[0] if config.target_languages else ""),
    )
    _print_problems(result.problems, err=True)
    imported = result.glossary
    require_valid(imported, None, "import")  # duplicate or path-like ids, control characters
    out = imported
    if merge:
        out = merge_glossaries(_load(config, glossary), imported)
    typer.echo(
        f"imported {len(imported)} concepts ({', '.join(imported.languages)}) from {file}",
        err=True,
    )
    if merge:
        require_valid(out, None, "import")  # the --glossary file's own errors
    if output is None:
        sys.stdout.write(write_csv(out))
        return
    save_glossary(out, output)
    typer.echo(f"wrote {output} ({len(out)} concepts)", err=True)
