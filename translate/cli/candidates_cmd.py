"""`translate glossary candidates`: terms the sources use often that the glossary lacks.

Thin: call `translate.tm.candidates_project.project_candidates`, print a table or the
glossary's CSV.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from translate.cli.common import GlossaryOption, get_config


class Format(StrEnum):
    text = "text"
    csv = "csv"


def register(app: typer.Typer) -> None:
    """Add `translate glossary candidates` to the glossary command group."""
    from translate.cli.glossary_cmd import glossary_app

    glossary_app.command("candidates")(candidates_cmd)


def candidates_cmd(
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="text, or csv in the glossary's schema.")
    ] = Format.text,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 50,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: stdout).")
    ] = None,
    glossary: GlossaryOption = None,
) -> None:
    """List noun phrases and names the source articles use often that the glossary lacks.

    Inflected forms are counted together through the morphology (a head
    word's plural and possessive). For each candidate, the renderings seen
    in the translated catalogues and the TM are shown with their counts.
    `--format csv` writes rows in the glossary's own schema, with the most
    frequent rendering as the preferred term: paste a row into
    glossary/glossary.csv to accept it.

    Examples:

        translate glossary candidates

        translate glossary candidates -f csv -o candidates.csv
    """
    from translate.catalog.project import load_glossary_for
    from translate.fileio import write_text_atomic
    from translate.glossary.csv_format import write_csv
    from translate.tm.candidates import to_glossary
    from translate.tm.candidates_project import project_candidates

    config = get_config()
    gloss = load_glossary_for(config, glossary)
    found = project_candidates(config, gloss)[:limit]
    if fmt is Format.csv:
        text = write_csv(to_glossary(found, config.languages))
    else:
        langs = config.target_languages
        lines = []
        for c in found:
            forms = ", ".join(f for f, _ in c.forms.most_common())
            lines.append(
                f"{c.count:>4}  {c.text}" + (f"  (forms: {forms})" if len(c.forms) > 1 else "")
            )
            for lang in langs:
                seen = ", ".join(f"{r} ({k})" for r, k in c.renderings.get(lang, [])) or "—"
                lines.append(f"      {lang}: {seen}")
        text = "\n".join(lines) + ("\n" if lines else "")
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_text_atomic(output, text)
        typer.echo(f"wrote {output} ({len(found)} candidates)")
