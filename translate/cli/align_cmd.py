"""`translate align SOURCE.md TRANSLATION.md --lang LANG`: a published translation → a catalogue.

Thin: read the arguments, call `translate.align.align_article`, write the PO, list what was
merged, split or left unpaired on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from translate.cli.common import GlossaryOption, get_config


def register(app: typer.Typer) -> None:
    """Add `translate align` to the root app."""
    app.command("align")(align_cmd)


def align_cmd(
    source: Annotated[Path, typer.Argument(help="The source article (Markdown, as in seeds/).")],
    translation: Annotated[
        Path, typer.Argument(help="Its published translation (Markdown; front matter optional).")
    ],
    lang: Annotated[str, typer.Option("--lang", "-l", help="Language of the translation.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the PO here (default: stdout).")
    ] = None,
    glossary: GlossaryOption = None,
) -> None:
    """Turn a published translation into the catalogue of its source article.

    The catalogue has exactly the messages `translate extract` makes for
    SOURCE, so `update`, `check` and `build` carry it on. Blocks are aligned
    by length (Gale-Church) and anchors: numbers, glossary terms in any
    inflected form, names, quotations. Each pair gets a confidence (a
    `#. align: confidence 0.93` comment); pairs below 0.5, and blocks the
    translator merged or split, come out fuzzy with a `# align: …` comment
    saying why. Merged, split and unpaired blocks are listed on stderr.

    Example:

        translate align seeds/x.md published/x.ru.md --lang ru -o x.po
    """
    from translate.align import align_article
    from translate.catalog.po import format_po, write_po
    from translate.catalog.project import load_glossary_for
    from translate.errors import Location, UserError

    config = get_config()
    if not translation.exists():
        raise UserError(
            "translation not found", location=Location(str(translation)), hint="check the path"
        )
    gloss = load_glossary_for(config, glossary)
    result = align_article(
        source,
        translation,
        lang,
        glossary=gloss,
        source_lang=config.source_language,
        target_langs=tuple(config.target_languages),
    )
    for note in result.notes:
        typer.echo(note, err=True)
    messages = [m for m in result.catalog.active if not m.is_header]
    untranslated = sum(1 for m in messages if not m.msgstr)
    summary = (
        f"{len(messages)} messages: {result.translated} aligned, {result.fuzzy} fuzzy "
        f"(low confidence, merged or split), {untranslated} untranslated"
    )
    if output is None:
        typer.echo(format_po(result.catalog), nl=False)
        typer.echo(summary, err=True)
    else:
        write_po(output, result.catalog, keep_wrapping=False)
        typer.echo(f"wrote {output}: {summary}")
