"""`translate check` and `translate report`: thin wrappers over `translate.checks` and
`translate.report` (parse arguments, call the API, print, exit)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli.common import GlossaryOption, get_config
from translate.config import key_location
from translate.errors import Location, UserError

if TYPE_CHECKING:
    from translate.checks.pool import Progress


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    junit = "junit"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


LangOption = Annotated[
    str | None, typer.Option("--lang", "-l", help="Language of a draft (az, ru).")
]
SourceOption = Annotated[
    Path | None,
    typer.Option("--source", "-s", help="Source article of a draft: seeds/<article>.md."),
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (default: CPUs; 1 = no pool)."),
]

CHECK_HELP = """Check translations: catalogues, or a draft against its source article.

With no PATHS: every article catalogue in locales/ for every target
language, against its source (the msgids) and the glossary. PO files or
directories: those. A draft (Markdown or text) needs --lang, and --source
seeds/<article>.md to align its blocks with the source's.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage or
unreadable input. Skip a check on one message with a translator comment
such as `# translate: skip term-missing`; `translate check --list` lists
the check ids.

Examples:

    translate check

    translate check locales/ru --format json

    translate check draft.md -l az -s seeds/aliyev-occupation-remark.md
"""


def _check_severity_ids(config, checks) -> None:
    """A typo in [tool.translate.severities] would silently leave the check at its default."""
    unknown = sorted(set(config.severities) - set(checks))
    if unknown:
        raise UserError(
            f"[tool.translate.severities] names unknown check(s): {', '.join(unknown)}",
            location=key_location(str(config.root / "pyproject.toml"), "severities"),
            hint="`translate check --list` lists the check ids",
        )


def _nothing_in(paths: list[Path], what: str) -> UserError:
    one = len(paths) == 1
    return UserError(
        f"no {what} here" if one else f"no {what} in {' '.join(str(p) for p in paths)}",
        location=Location(str(paths[0])) if one else None,
        hint="a directory is searched for *.po files; name drafts one by one with --lang",
    )


def _resolve_glossary(config, override: Path | None) -> Path | None:
    from translate.glossary import glossary_file

    path = glossary_file(config.glossary_path, override)
    if path is None:
        typer.secho(
            f"note: no glossary at {config.glossary_path}; terminology checks are off",
            err=True,
            fg="yellow",
        )
    return path


def _check_lang(config, lang: str | None) -> None:
    """A target language, or any language CLDR knows: a catalogue in another language still
    gets every check that needs no glossary (numbers, markup, quotes, mixed scripts);
    an unknown code is most likely a typo."""
    from translate.catalog.language import is_known_locale

    if lang is not None and lang not in config.target_languages and not is_known_locale(lang):
        raise UserError(
            f"unknown language {lang!r}",
            hint=f"use --lang {' or --lang '.join(config.target_languages)} "
            "(target_languages in [tool.translate]) or another language code CLDR knows",
        )


def _check_source(source: Path | None, lang: str | None) -> None:
    if source is not None and not source.is_file():
        raise UserError(
            "is a directory, not a source article"
            if source.is_dir()
            else "source article not found",
            location=Location(str(source)),
            hint="name the article's Markdown file, e.g. --source seeds/<article>.md",
        )
    if source is not None and not lang:
        raise UserError("--source needs --lang", hint="for example: --lang az")


@contextmanager
def _progress(total: int) -> Iterator[Progress | None]:
    """A progress callback drawing a bar on stderr while the block runs (or None)."""
    progress, callback = _progress_bar(total)
    try:
        if progress is not None:
            progress.start()
        yield callback
    finally:
        if progress is not None:
            progress.stop()


def _progress_bar(total: int):
    """A rich progress bar on stderr when it is a terminal and the run is long; else None."""
    if total < 10 or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        auto_refresh=False,  # no refresh thread: worker processes are forked while it runs
    )
    task = progress.add_task("checking", total=total)
    last = [0.0]

    def update(done: int, _total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] >= 0.1:  # a redraw costs; ten a second will do
            last[0] = now
            progress.update(task, completed=done, refresh=True)

    return progress, update


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH", help="PO files, directories or drafts (.md, .txt); default: all."
        ),
    ] = None,
    lang: LangOption = None,
    source: SourceOption = None,
    glossary: GlossaryOption = None,
    across: Annotated[
        bool,
        typer.Option("--across", help="term-inconsistent over all articles of a language."),
    ] = False,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.text
    ),
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when findings reach this level.")
    ] = FailOn.error,
    jobs: JobsOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to a file.")
    ] = None,
    list_checks: Annotated[
        bool, typer.Option("--list", help="List the check ids and their severities, and exit.")
    ] = False,
) -> None:
    # the registry alone: listing the checks loads no term index, morphology or parser
    from translate.checks.registry import CHECKS, resolve_severities

    config = get_config()
    _check_severity_ids(config, CHECKS)
    _check_lang(config, lang)
    if list_checks:
        sev = resolve_severities(config)
        for cid, spec in CHECKS.items():
            level = sev[cid] or "off"
            typer.echo(f"{cid:22} {level!s:8} {spec.description}")
        raise typer.Exit(0)
    from translate.checks import fails, run_checks, tasks_for
    from translate.fileio import write_text_atomic
    from translate.report import render

    _check_source(source, lang)
    tasks = tasks_for(config, paths or [], lang=lang, source=source)
    if not tasks and paths:
        raise _nothing_in(paths, "PO files or drafts")
    if not tasks:
        typer.secho("no catalogues to check", err=True, fg="yellow")
    gpath = _resolve_glossary(config, glossary)
    with _progress(len(tasks)) as callback:
        result = run_checks(
            config, tasks, glossary_path=gpath, across=across, jobs=jobs, progress=callback
        )
    color = fmt is OutputFormat.text and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    text = render(result, fmt.value, color=color and output is None)
    if output is not None:
        write_text_atomic(output, text)
    else:
        typer.echo(text, nl=False)
    raise typer.Exit(1 if fails(result, fail_on.value) else 0)


def report(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the HTML page.")
    ] = Path("report.html"),
    glossary: GlossaryOption = None,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            help="PO files, directories or drafts (.md, .txt). Default: all catalogues.",
        ),
    ] = None,
    lang: LangOption = None,
    source: SourceOption = None,
    jobs: JobsOption = None,
) -> None:
    """Write a self-contained HTML report for editors, one page to open in a browser.

    Completeness and findings per article and language, and every concept's
    renderings per language (the consistency view). Checks exactly what
    `translate check` with the same PATHS, --lang and --source checks.

    Examples:

        translate report -o report.html

        translate report locales/az -o az.html

        translate report draft.md -l az -s seeds/aliyev-occupation-remark.md
    """
    from translate.checks import CHECKS, tasks_for
    from translate.fileio import write_text_atomic
    from translate.report.html import build_report

    config = get_config()
    _check_severity_ids(config, CHECKS)
    _check_lang(config, lang)
    _check_source(source, lang)
    tasks = tasks_for(config, paths or [], lang=lang, source=source)
    if not tasks and paths:
        raise _nothing_in(paths, "PO files")
    gpath = _resolve_glossary(config, glossary)
    with _progress(len(tasks)) as callback:
        html = build_report(config, tasks, glossary_path=gpath, jobs=jobs, progress=callback)
    write_text_atomic(output, html)
    drafts = sum(1 for t in tasks if t.kind == "draft")
    what = f"{len(tasks)} catalogue(s)" if not drafts else f"{len(tasks)} file(s)"
    typer.echo(f"wrote {output} ({what})", err=str(output) == "-")


def register(app: typer.Typer) -> None:
    """Add `check` and `report` to the root app."""
    app.command("check", help=CHECK_HELP)(check)
    app.command("report")(report)
