"""`translate extract | update | compile | build | status`: the gettext workflow for articles.

The workflow modules are imported inside each command, so `translate --help` and every other
command do not pay for loading Babel and the Markdown parser.

Thin: every command calls `translate.catalog.project` and prints what it returns.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli.common import GlossaryOption, get_config
from translate.errors import Location, UserError, unreadable

if TYPE_CHECKING:
    from translate.catalog.merge import MergeStats
    from translate.catalog.po import Catalog


def _rel(path: Path) -> str:
    # abspath, not resolve(): a symlinked catalogue is shown where the user keeps it
    try:
        return str(Path(os.path.abspath(path)).relative_to(Path.cwd().resolve()))
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
    from translate.glossary.validate import require_valid

    config = get_config()
    gloss = project.load_glossary_for(config, glossary)
    if gloss is not None:  # its terms become the templates' #. comments
        require_valid(gloss, None, "extract")
    if gloss is None:
        _note(f"no glossary at {_rel(config.glossary_path)}; templates get no term comments (#.)")
    for path, written, cat in project.extract(config, gloss):
        state = "written" if written else "unchanged"
        typer.echo(f"{_rel(path)}: {len(cat.messages)} messages, {state}")


FilesArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="[FILE.po]...",
        help="Catalogues anywhere (file mode); default: the project's under locales/.",
        show_default=False,
    ),
]


def _read_template(pot: Path) -> Catalog:
    from translate.catalog.po import read_po

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
    return read_po(pot)


def _update_line(path: Path, state: str, s: MergeStats) -> str:
    line = (
        f"{_rel(path)}: {state}; {s.exact} kept, {s.fuzzy} fuzzy, {s.new} new, "
        f"{s.obsolete} obsolete"
    )
    return line + (f" ({s.stale} kept but now fuzzy: stale)" if s.stale else "")


def update_cmd(
    files: FilesArgument = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            "-t",
            metavar="FILE.pot",
            help="File mode: merge this template into the FILE.po arguments "
            "(like msgmerge --previous -U).",
        ),
    ] = None,
    glossary: GlossaryOption = None,
) -> None:
    """Create or update locales/<lang>/LC_MESSAGES/<slug>.po from the templates.

    msgmerge semantics: translations of unchanged messages are kept, close
    matches become fuzzy with the previous text as #| msgid, and messages
    gone from the template are kept as obsolete (#~): nothing is lost. A kept
    translation whose msgid_plural, range or format flags changed becomes
    fuzzy, as with msgmerge --previous.

    With --template FILE.pot and catalogues as arguments, works on those
    files anywhere, outside any project.

    Examples:

        translate extract && translate update

        translate update --template po/app.pot po/az.po po/ru.po
    """
    if template is not None or files:
        if template is None or not files:
            raise UserError(
                "file mode needs both --template FILE.pot and at least one FILE.po",
                hint="e.g. translate update --template po/app.pot po/az.po",
            )
        from translate.catalog.files import update_catalogue

        template_cat = _read_template(template)
        for path in files:
            done = update_catalogue(path, template_cat, create=False)
            typer.echo(_update_line(path, "updated" if done.written else "unchanged", done.stats))
        return
    from translate.catalog import project
    from translate.glossary.validate import require_valid

    config = get_config()
    gloss = project.load_glossary_for(config, glossary)
    if gloss is not None:  # before any write: glossary.po is regenerated from it below
        require_valid(gloss, config.languages, "update", only=None)
    for pot in project.templates(config):
        _read_template(pot)
    for r in project.update(config):
        state = "created" if r.created else ("updated" if r.written else "unchanged")
        typer.echo(_update_line(r.path, state, r.stats))
    if gloss is not None:
        for path, changed in project.update_glossary_catalogues(config, gloss):
            state = "updated" if changed else "unchanged"
            typer.echo(f"{_rel(path)}: {state} from {_rel(config.glossary_path)}")


def compile_cmd(
    files: FilesArgument = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE.mo",
            help="File mode: write the MO here (several FILE.po are combined, like msgfmt -o).",
        ),
    ] = None,
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

    With FILE.po arguments, compiles those catalogues anywhere, outside any
    project, like msgfmt -c: each to a .mo beside it, or all into -o FILE.mo.

    Examples:

        translate compile --statistics

        translate compile --fail-under 90

        translate compile po/az.po -o build/az/LC_MESSAGES/app.mo
    """
    failed = False
    if files:
        from translate.catalog import files as catalog_files

        if output is not None and len(files) > 1:
            results = catalog_files.compile_into_one(list(files), output)
        else:
            results = [catalog_files.compile_catalogue(f, output) for f in files]
    else:
        if output is not None:
            raise UserError(
                "-o needs FILE.po arguments; the project mode writes each .mo beside its .po",
                hint="e.g. translate compile po/az.po -o az.mo",
            )
        from translate.catalog import project

        config = get_config()
        project.load_glossary_for(config, glossary)
        results = project.compile_all(config)
        if not results:
            _note(f"no catalogues under {_rel(config.locales_dir)}: run `translate update` first")
    shown: dict[str, str] = {}  # each file's name as the user sees it, worked out once
    for r in results:
        for p in r.problems:
            path = p.location.path
            if path not in shown:
                shown[path] = _rel(Path(path))
            where = replace(p.location, path=shown[path])
            typer.echo(str(replace(p, location=where)), err=True)
        if not r.ok:
            failed = True
            typer.echo(f"{_rel(r.path)}: not compiled (errors above)", err=True)
        elif statistics:
            from translate.catalog.stats import msgfmt_style

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
    from translate.glossary.validate import require_valid

    config = get_config()
    gloss = project.load_glossary_for(config, glossary)
    if gloss is not None:  # its terms go into the editions' datelines
        require_valid(gloss, None, "build")
    results = project.build(config, gloss, keep=keep)
    for r in results:
        if r.produced:
            typer.echo(f"{r.lang}/{r.slug}: " + ", ".join(_rel(p) for p in r.paths))
        else:
            typer.echo(f"{r.lang}/{r.slug}: skipped: {r.reason}")
    if project.build_failed(results):
        raise typer.Exit(1)


class StatusFormat(StrEnum):
    text = "text"
    json = "json"


def status_cmd(
    files: FilesArgument = None,
    glossary: GlossaryOption = None,
    fmt: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StatusFormat.text,
) -> None:
    """Translation progress per article and language (messages and words).

    Counts translated, fuzzy and untranslated messages and their words in
    every catalogue under locales/ (the glossary's own glossary.po aside).

    With FILE.po arguments, counts those catalogues anywhere instead (as
    msgfmt --statistics counts).

    Examples:

        translate status

        translate status --format json

        translate status po/*.po
    """
    if files:
        from translate.catalog.files import catalogue_stats
        from translate.catalog.language import guess_language
        from translate.catalog.po import read_po

        rows = []
        for path in files:
            cat = read_po(path)
            rows.append((_rel(path), guess_language(path, cat) or "", catalogue_stats(path)))
        first = "catalogue"
        if fmt is StatusFormat.json:
            data = [{"catalogue": p, "lang": lang, **st.to_dict()} for p, lang, st in rows]
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
    else:
        from translate.catalog import project

        config = get_config()
        project.load_glossary_for(config, glossary)
        rows = [(r.slug, r.lang, r.stats) for r in project.status(config)]
        first = "article"
        if fmt is StatusFormat.json:
            data = [{"article": a, "lang": lang, **st.to_dict()} for a, lang, st in rows]
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
    head = (first, "lang", "translated", "fuzzy", "untranslated", "words t/f/u", "%")
    table = [head]
    for name, lang, s in rows:
        table.append(
            (
                name,
                lang,
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
