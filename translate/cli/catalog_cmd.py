"""`translate extract | update | compile | build | status`: the gettext workflow for articles.

The workflow modules are imported inside each command, so `translate --help` and every other
command do not pay for loading Babel and the Markdown parser.

Thin: every command calls `translate.catalog.project` and prints what it returns.
"""

from __future__ import annotations

import json
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from translate.cli.common import GlossaryOption, get_config
from translate.errors import Location, UserError, unreadable


def _rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _note(text: str) -> None:
    typer.secho(f"note: {text}", err=True, fg="yellow")


def extract_cmd(glossary: GlossaryOption = None) -> None:
    """Write one gettext template per article to locales/templates/<slug>.pot.

    One message per block of seeds/<slug>.md (title, paragraphs, list items,
    quotes); glossary terms in a block become extracted comments (#.) that
    translators see. A template whose content did not change is not rewritten.

    Example:

        translate extract
    """
    from translate.catalog import project

    config = get_config()
    gloss = project.load_glossary_for(config, glossary)
    if gloss is None:
        _note(f"no glossary at {_rel(config.glossary_path)}; templates get no term comments (#.)")
    for path, written, cat in project.extract(config, gloss):
        state = "written" if written else "unchanged"
        typer.echo(f"{_rel(path)}: {len(cat.messages)} messages, {state}")


def update_cmd(glossary: GlossaryOption = None) -> None:
    """Create or update locales/<lang>/LC_MESSAGES/<slug>.po from the templates.

    msgmerge semantics: translations of unchanged messages are kept, close
    matches become fuzzy with the previous text as #| msgid, and messages
    gone from the template are kept as obsolete (#~): nothing is lost.

    Example:

        translate extract && translate update
    """
    from translate.catalog import project

    config = get_config()
    gloss = project.load_glossary_for(config, glossary)
    for pot in project.templates(config):
        try:
            data = pot.read_bytes()
        except OSError as exc:
            raise unreadable(_rel(pot), exc) from exc
        if not data.strip():
            # merging it would turn every translation of the article obsolete
            raise UserError(
                "the template is empty",
                location=Location(_rel(pot)),
                hint="run `translate extract` to write it again, then `translate update`",
            )
    for r in project.update(config):
        s = r.stats
        state = "created" if r.created else ("updated" if r.written else "unchanged")
        typer.echo(
            f"{_rel(r.path)}: {state}; {s.exact} kept, {s.fuzzy} fuzzy, {s.new} new, "
            f"{s.obsolete} obsolete"
        )
    if gloss is not None:
        for path, changed in project.update_glossary_catalogues(config, gloss):
            state = "updated" if changed else "unchanged"
            typer.echo(f"{_rel(path)}: {state} from {_rel(config.glossary_path)}")


def compile_cmd(
    glossary: GlossaryOption = None,
    statistics: bool = typer.Option(
        False, "--statistics", help="Print translated / fuzzy / untranslated per catalogue."
    ),
    fail_under: float | None = typer.Option(
        None,
        "--fail-under",
        metavar="PCT",
        min=0,
        max=100,
        help="Exit 1 when a catalogue is less than PCT percent translated (not fuzzy).",
    ),
) -> None:
    """Check every catalogue under locales/ and compile it to .mo beside its .po.

    The checks are as strict as msgfmt -c, plus Markdown link targets and
    code spans; a catalogue with errors is not compiled. Fuzzy entries are
    left out of the .mo. Exit code 1 when a catalogue has errors or is
    below --fail-under.

    Examples:

        translate compile --statistics

        translate compile --fail-under 90
    """
    from translate.catalog import project
    from translate.catalog.stats import msgfmt_style

    config = get_config()
    project.load_glossary_for(config, glossary)
    failed = False
    results = project.compile_all(config)
    if not results:
        _note(f"no catalogues under {_rel(config.locales_dir)}: run `translate update` first")
    for r in results:
        for p in r.problems:
            typer.echo(str(replace(p, path=_rel(Path(p.path)))), err=True)
        if not r.ok:
            failed = True
            typer.echo(f"{_rel(r.path)}: not compiled (errors above)", err=True)
        elif statistics:
            typer.echo(f"{_rel(r.path)}: {msgfmt_style(r.stats)}")
        if fail_under is not None and r.stats.percent < fail_under:
            failed = True
            typer.echo(
                f"{_rel(r.path)}: {r.stats.percent:.1f}% translated, below --fail-under "
                f"{fail_under:g}%",
                err=True,
            )
    if failed:
        raise typer.Exit(1)


def build_cmd(
    glossary: GlossaryOption = None,
    keep: float = typer.Option(
        80.0,
        "--keep",
        metavar="PCT",
        min=0,
        max=100,
        help="Produce an edition only when PCT percent of its messages are translated "
        "and not fuzzy; otherwise keep the previous one.",
    ),
) -> None:
    """Render each article per language to build/editions/<lang>/<slug>.md and .html.

    The source language is rendered from seeds/, the others from their
    catalogues. An edition below --keep percent translated is skipped and the
    previous one is kept. Exit code 1 when a catalogue has errors.

    Examples:

        translate build

        translate build --keep 100
    """
    from translate.catalog import project
    from translate.catalog.po import read_po

    config = get_config()
    gloss = project.load_glossary_for(config, glossary)
    for article in project.articles(config):
        for lang in config.target_languages:
            po = project.po_path(config.locales_dir, lang, article.slug)
            if po.exists():
                read_po(po)  # a catalogue that does not parse stops the build before any write
    failed = False
    for r in project.build(config, gloss, keep=keep):
        if r.produced:
            typer.echo(f"{r.lang}/{r.slug}: " + ", ".join(_rel(p) for p in r.paths))
        else:
            failed = failed or "errors" in r.reason
            typer.echo(f"{r.lang}/{r.slug}: skipped: {r.reason}")
    if failed:
        raise typer.Exit(1)


class StatusFormat(StrEnum):
    text = "text"
    json = "json"


def status_cmd(
    glossary: GlossaryOption = None,
    fmt: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StatusFormat.text,
) -> None:
    """Translation progress per article and language (messages and words).

    Counts translated, fuzzy and untranslated messages and their words in
    every catalogue under locales/ (the glossary's own glossary.po aside).

    Examples:

        translate status

        translate status --format json
    """
    from translate.catalog import project

    config = get_config()
    project.load_glossary_for(config, glossary)
    rows = project.status(config)
    if fmt is StatusFormat.json:
        data = [{"article": r.slug, "lang": r.lang, **r.stats.to_dict()} for r in rows]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    head = ("article", "lang", "translated", "fuzzy", "untranslated", "words t/f/u", "%")
    table = [head]
    for r in rows:
        s = r.stats
        table.append(
            (
                r.slug,
                r.lang,
                str(s.translated),
                str(s.fuzzy),
                str(s.untranslated),
                f"{s.translated_words}/{s.fuzzy_words}/{s.untranslated_words}",
                f"{s.percent:.0f}",
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        cells = [
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        typer.echo("  ".join(cells).rstrip())


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command("extract")(extract_cmd)
    app.command("update")(update_cmd)
    app.command("compile")(compile_cmd)
    app.command("build")(build_cmd)
    app.command("status")(status_cmd)
