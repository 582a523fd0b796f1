"""The catalogue workflow of a project: where files live and the steps the CLI runs.

Layout (gettext's conventional one, so `msgfmt`, Poedit and glibc find everything):
`locales/templates/<slug>.pot`, `locales/<lang>/LC_MESSAGES/<slug>.po` (+ `.mo`),
`build/editions/<lang>/<slug>.md|.html`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from translate.catalog.article import Article, load_articles
from translate.catalog.extract import extract_all, template_path
from translate.catalog.merge import MergeStats, merge
from translate.catalog.po import Catalog, read_po, write_po
from translate.config import Config
from translate.errors import Location, UserError
from translate.glossary.model import Glossary


def po_path(locales_dir: Path, lang: str, slug: str) -> Path:
    return Path(locales_dir) / lang / "LC_MESSAGES" / f"{slug}.po"


def load_glossary_for(config: Config, override: Path | None) -> Glossary | None:
    """The glossary, or None when the configured default is absent (an explicit --glossary
    that is missing is an error). Problems that make the file unreadable are errors."""
    path = override if override is not None else config.glossary_path
    if not Path(path).exists():
        if override is not None:
            raise UserError(
                "glossary not found",
                location=Location(str(path)),
                hint="check the --glossary path",
            )
        return None
    try:
        from translate.glossary import load_glossary  # type: ignore[attr-defined]
    except ImportError:
        load_glossary = None
    if load_glossary is not None:
        result = load_glossary(Path(path), config.languages)
        return getattr(result, "glossary", result)
    from translate.glossary.csv_format import read_csv

    result = read_csv(Path(path))
    if result.unreadable:
        first = next(p for p in result.problems if p.is_error)
        raise UserError(str(getattr(first, "message", first)), location=first.location)
    return result.glossary


def articles(config: Config) -> list[Article]:
    return load_articles(config.seeds_dir)


def extract(config: Config, glossary: Glossary | None) -> list[tuple[Path, bool, Catalog]]:
    """Write one template per article; (path, written?, template) each."""
    return extract_all(
        articles(config),
        config.locales_dir,
        glossary=glossary,
        source_lang=config.source_language,
        target_langs=config.target_languages,
    )


@dataclass
class UpdateResult:
    path: Path
    lang: str
    slug: str
    written: bool
    created: bool
    stats: MergeStats = field(default_factory=MergeStats)


def templates(config: Config) -> list[Path]:
    """The templates under `locales/templates/`, sorted."""
    tdir = Path(config.locales_dir) / "templates"
    found = sorted(tdir.glob("*.pot")) if tdir.is_dir() else []
    if not found:
        raise UserError(
            "no templates to update from",
            location=Location(str(tdir)),
            hint="run `translate extract` first",
        )
    return found


def update(config: Config, langs: list[str] | None = None) -> list[UpdateResult]:
    """Merge every template into each target language's catalogue (created when missing)."""
    results: list[UpdateResult] = []
    for pot_path in templates(config):
        pot = read_po(pot_path)
        slug = pot_path.stem
        for lang in langs or config.target_languages:
            path = po_path(config.locales_dir, lang, slug)
            old = read_po(path) if path.exists() else None
            stats = MergeStats()
            new = merge(old, pot, lang, stats=stats)
            if old is None:
                new.header.comments = [f"{lang} translation of “{slug}”."]
            written = write_po(path, new)
            results.append(UpdateResult(path, lang, slug, written, old is None, stats))
    return results


def template_for(config: Config, slug: str) -> Path:
    return template_path(config.locales_dir, slug)
