"""`translate tm build|lookup|export|import` and `translate pretranslate`: the translation memory.

Thin: every command calls `translate.tm` (the store, TMX, pre-translation) and prints.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli.common import GlossaryOption, get_config
from translate.errors import Location, UserError

if TYPE_CHECKING:
    from translate.tm.store import TranslationMemory

tm_app = typer.Typer(
    name="tm",
    help=(
        "Translation memory: build it from the catalogues, look sentences up, exchange TMX.\n\n"
        "One TM per language pair, in tm/<source>-<target>.sqlite.\n\n"
        "Examples:\n\n"
        "    translate tm build\n\n"
        '    translate tm lookup "The Red Army entered Baku." --lang ru\n\n'
        "    translate tm export --format tmx --lang ru -o en-ru.tmx"
    ),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutFormat(StrEnum):
    text = "text"
    json = "json"


class ExportFormat(StrEnum):
    tmx = "tmx"


TmOption = Annotated[
    Path | None,
    typer.Option(
        "--tm",
        help="The TM file. Default: tm/<source>-<LANG>.sqlite in the project.",
        show_default=False,
    ),
]
TmReadOption = Annotated[
    Path | None,
    typer.Option(
        "--tm",
        help="The TM file, or a PO catalogue read as a compendium for this run (as "
        "msgmerge -C reads one). Default: tm/<source>-<LANG>.sqlite in the project.",
        show_default=False,
    ),
]
LangOption = Annotated[str, typer.Option("--lang", "-l", help="Target language (az, ru, …).")]
ThresholdOption = Annotated[
    float,
    typer.Option("--threshold", min=0, max=100, help="Lowest fuzzy score suggested, in percent."),
]


def register(app: typer.Typer) -> None:
    """Add `translate tm …` and `translate pretranslate` to the root app."""
    app.add_typer(tm_app, name="tm")
    app.command("pretranslate")(pretranslate_cmd)


def _rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _open_memory(tm: Path | None, lang: str) -> TranslationMemory:
    """The TM to read: a TM file, or a PO catalogue made into a TM for this run."""
    if tm is not None and tm.suffix == ".po":
        from translate.tm.build import compendium

        return compendium([tm], get_config().source_language, lang)
    from translate.tm import TranslationMemory

    return TranslationMemory.open(_tm_file(tm, lang))


def _tm_file(tm: Path | None, lang: str) -> Path:
    from translate.tm import tm_path
    from translate.tm.project import tm_dir

    if tm is not None:
        return tm
    config = get_config()
    return tm_path(tm_dir(config), config.source_language, lang)


@tm_app.command("build")
def build_cmd(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="PO catalogues. Default: every article catalogue under locales/."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Target language of FILES.")
    ] = None,
    tm_dir_opt: Annotated[
        Path | None, typer.Option("--tm-dir", help="Where the TMs go. Default: tm/.")
    ] = None,
) -> None:
    """Put every translated, non-fuzzy message of the catalogues into the TMs.

    One TM per language pair (tm/en-az.sqlite, tm/en-ru.sqlite), with each
    segment's origin: article, line, date. Incremental: only catalogues that
    changed since the last build are read again; segments of catalogues that
    are gone are removed. Imported TMX segments are kept.

    Examples:

        translate tm build

        translate tm build old/ru.po --lang ru --tm-dir /tmp/tm
    """
    from translate.tm.build import build
    from translate.tm.project import article_catalogues, tm_dir

    config = get_config()
    directory = tm_dir_opt if tm_dir_opt is not None else tm_dir(config)
    if files:
        results = build(
            files,
            directory,
            config.source_language,
            target_lang=lang,
            root=config.root,
            prune=False,
        )
    else:
        paths = article_catalogues(config)
        if lang:
            paths = [p for p in paths if p.parent.parent.name == lang]
        if not paths:
            raise UserError(
                "no catalogues to build a TM from",
                location=Location(_rel(config.locales_dir)),
                hint="run `translate update` first, or name PO files",
            )
        results = build(paths, directory, config.source_language, root=config.root)
    for r in results:
        state = "created" if r.created else ("updated" if r.read or r.removed else "unchanged")
        typer.echo(
            f"{_rel(r.path)}: {state}; {r.segments} segments "
            f"({r.read} catalogue(s) read, {r.unchanged} unchanged, "
            f"+{r.added} segment(s) from changed catalogues, -{r.removed} removed)"
        )


@tm_app.command("lookup")
def lookup_cmd(
    text: Annotated[str, typer.Argument(help="The source text to look up.")],
    lang: LangOption,
    tm: TmReadOption = None,
    threshold: ThresholdOption = 75.0,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 5,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutFormat.text
    ),
    glossary: GlossaryOption = None,
) -> None:
    """Print the best TM matches for TEXT with their scores.

    100 is the same text; below that, the similarity in percent (as
    msgmerge computes it). A match using a term the glossary deprecates or
    forbids, or lacking a term of TEXT, loses 10 points per problem and says
    why. Exit code 1 when nothing reaches --threshold.

    Examples:

        translate tm lookup "The Red Army entered Baku." --lang ru

        translate tm lookup "Karabakh is Azerbaijan." --lang az -f json
    """
    from translate.tm import lookup
    from translate.tm.project import policy_for

    policy = policy_for(get_config(), glossary, lang)
    with _open_memory(tm, lang) as memory:
        matches = lookup(memory, text, threshold=threshold, limit=limit, policy=policy)
    if fmt is OutFormat.json:
        typer.echo(json.dumps([m.to_dict() for m in matches], ensure_ascii=False, indent=2))
    else:
        for i, m in enumerate(matches):
            if i:
                typer.echo("")
            typer.echo(f"{m.score:>3}%  {m.segment.where}  {m.segment.date or ''}".rstrip())
            typer.echo(f"      {m.segment.source}")
            typer.echo(f"   →  {m.target}")
            for note in m.notes:
                typer.echo(f"      note: {note}")
        if not matches:
            typer.echo(f"no match at or above {threshold:g}%", err=True)
    if not matches:
        raise typer.Exit(1)


@tm_app.command("export")
def export_cmd(
    lang: LangOption,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Exchange format.")] = (
        ExportFormat.tmx
    ),
    tm: TmOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: stdout).")
    ] = None,
) -> None:
    """Write the TM of a language pair as TMX 1.4b.

    Origins travel as <prop type="x-article|x-line|x-context|x-prev|x-next">
    and the date as creationdate; OmegaT, memoQ and Trados read the file.

    Example:

        translate tm export --format tmx --lang ru -o en-ru.tmx
    """
    from translate.fileio import write_text_atomic
    from translate.tm import TranslationMemory
    from translate.tm.tmx import write_tmx

    with TranslationMemory.open(_tm_file(tm, lang)) as memory:
        text, written, skipped = write_tmx(memory, memory.source_lang, memory.target_lang)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_text_atomic(output, text)
        typer.echo(f"wrote {_rel(output)} ({written} translation units)")
    if skipped:
        typer.secho(
            f"note: {skipped} segment(s) left out: they hold characters XML 1.0 cannot carry",
            err=True,
            fg="yellow",
        )


@tm_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="A TMX 1.4 file.")],
    lang: Annotated[
        str | None,
        typer.Option("--lang", "-l", help="Import only this target language (default: all)."),
    ] = None,
    tm_dir_opt: Annotated[
        Path | None, typer.Option("--tm-dir", help="Where the TMs are. Default: tm/.")
    ] = None,
) -> None:
    """Add the translation units of a TMX 1.4b file to the TMs.

    Each target language of the file goes to its pair's TM; importing the
    same file again replaces what it gave before. A broken file (malformed
    XML, entity declarations, another TMX version, no srclang) is refused
    with exit code 2 and nothing is written.

    Example:

        translate tm import omegat/project_save.tmx --lang ru
    """
    import hashlib

    from translate.tm import TranslationMemory, tm_path
    from translate.tm.project import tm_dir
    from translate.tm.tmx import read_tmx

    config = get_config()
    data, parsed = read_tmx(file, config.source_language)
    directory = tm_dir_opt if tm_dir_opt is not None else tm_dir(config)
    langs = [lang] if lang else sorted(parsed.segments)
    if not any(parsed.segments.get(x) for x in langs):
        raise UserError(
            "no translation units to import" + (f" for {lang}" if lang else ""),
            location=Location(str(file)),
            hint=f"the file translates from {parsed.source_lang} into: "
            + (", ".join(sorted(parsed.segments)) or "nothing"),
        )
    digest = hashlib.sha256(data).hexdigest()
    for target in langs:
        segs = parsed.segments.get(target, [])
        path = tm_path(directory, parsed.source_lang, target)
        with TranslationMemory.open(
            path, source_lang=parsed.source_lang, target_lang=target, create=True
        ) as memory:
            n = memory.replace_origin(f"tmx:{Path(file).name}", digest, segs)
            total = len(memory)
        typer.echo(f"{_rel(path)}: imported {n} segment(s) from {file}; {total} in the TM")
    if parsed.skipped:
        typer.secho(
            f"note: {parsed.skipped} unit(s) skipped: no {parsed.source_lang} source or no target",
            err=True,
            fg="yellow",
        )


def pretranslate_cmd(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="PO files to fill in place, or a POT with -o. Default: every article "
            "catalogue under locales/."
        ),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Target language (default: from the file).")
    ] = None,
    tm: TmReadOption = None,
    threshold: ThresholdOption = 75.0,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the result here (one FILE).")
    ] = None,
    glossary: GlossaryOption = None,
) -> None:
    """Fill untranslated messages from the translation memory.

    Run it after `translate update`. Same text: filled (100%, or 101% in
    the same context). Similar text at or above --threshold: filled and
    marked fuzzy with `#. tm: 87% from <article>:<line>`; if only numbers
    differ they are replaced. A suggestion with a term the glossary
    deprecates or forbids, or lacking a term of the source, loses 10 points
    per problem, is fuzzy and says why. Translations are never changed.

    Examples:

        translate update && translate pretranslate

        translate pretranslate new.pot --lang ru --tm old.sqlite -o new.po

        translate pretranslate new.pot --lang ru --tm compendium.po -o new.po
    """
    from translate.tm.project import policy_for, pretranslate_file, pretranslate_project

    config = get_config()
    if not files:
        if output is not None or tm is not None:
            raise UserError("-o and --tm need a FILE", hint="name the PO or POT file to fill")
        results = pretranslate_project(
            config,
            threshold=threshold,
            glossary_override=glossary,
            langs=[lang] if lang else None,
        )
        if not results:
            raise UserError(
                "no TM for the project's catalogues",
                location=Location(_rel(config.root / "tm")),
                hint="run `translate tm build` first",
            )
    else:
        if output is not None and len(files) > 1:
            raise UserError("-o takes one FILE", hint="pre-translate the files one at a time")
        results = []
        for path in files:
            if path.suffix == ".pot" and output is None:
                raise UserError(
                    "a template is not filled in place",
                    location=Location(str(path)),
                    hint="give -o NEW.po",
                )
            target = lang
            if not target:  # translate.tm.build is not imported when --lang is given
                from translate.catalog.po import read_po
                from translate.tm.build import language_of

                target = language_of(path, read_po(path))
            if not target:
                raise UserError(
                    "cannot tell the catalogue's language",
                    location=Location(str(path)),
                    hint="give --lang",
                )
            policy = policy_for(config, glossary, target)
            with _open_memory(tm, target) as memory:
                results.append(
                    pretranslate_file(
                        path, memory, output=output, threshold=threshold, policy=policy
                    )
                )
    for r in results:
        s = r.stats
        state = "updated" if r.written else "unchanged"
        typer.echo(
            f"{_rel(r.path)}: {state}; {s.in_context} in context, {s.exact} exact, "
            f"{s.fuzzy} fuzzy ({s.numbers} numbers replaced, {s.flagged} with glossary notes), "
            f"{s.untranslated} left untranslated"
        )
