"""`translate extract | update | compile | build | status`: the gettext workflow for articles.

Thin: every command calls `translate.catalog.project` and prints what it returns.
"""

from __future__ import annotations

from pathlib import Path

import typer

from translate.catalog import project
from translate.cli.common import GlossaryOption, get_config


def _rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def extract_cmd(glossary: GlossaryOption = None) -> None:
    """Write one gettext template per article to locales/templates/<slug>.pot."""
    config = get_config()
    gloss = project.load_glossary_for(config, glossary)
    for path, written, cat in project.extract(config, gloss):
        state = "written" if written else "unchanged"
        typer.echo(f"{_rel(path)}: {len(cat.messages)} messages, {state}")


def update_cmd(glossary: GlossaryOption = None) -> None:
    """Create or update locales/<lang>/LC_MESSAGES/<slug>.po from the templates (msgmerge
    semantics: fuzzy matches keep the previous text as #| msgid, nothing is lost)."""
    config = get_config()
    project.load_glossary_for(config, glossary)  # validates --glossary like every command
    for r in project.update(config):
        s = r.stats
        state = "created" if r.created else ("updated" if r.written else "unchanged")
        typer.echo(
            f"{_rel(r.path)}: {state}; {s.exact} kept, {s.fuzzy} fuzzy, {s.new} new, "
            f"{s.obsolete} obsolete"
        )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command("extract")(extract_cmd)
    app.command("update")(update_cmd)
