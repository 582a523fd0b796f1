"""The catalogue workflow of a project: where files live and the steps the CLI runs.

Layout (gettext's conventional one, so `msgfmt`, Poedit and glibc find everything):
`locales/templates/<slug>.pot`, `locales/<lang>/LC_MESSAGES/<slug>.po` (+ `.mo`),
`build/editions/<lang>/<slug>.md|.html`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from translate.catalog.article import Article, load_articles
from translate.catalog.extract import extract_all, template_path
from translate.catalog.files import CompileResult, compile_catalogue, update_catalogue
from translate.catalog.glossary_po import export_po
from translate.catalog.merge import MergeStats
from translate.catalog.mo import mo_charset, read_mo
from translate.catalog.po import Catalog, read_po
from translate.catalog.render import (
    dateline,
    render_html,
    render_markdown,
    translate_blocks,
    translate_front,
)
from translate.catalog.stats import Stats, catalog_stats
from translate.catalog.validate import errors
from translate.config import Config
from translate.errors import Location, UserError
from translate.fileio import write_text_atomic
from translate.glossary import glossary_file, load_glossary
from translate.glossary.model import Glossary
from translate.glossary.validate import require_valid
from translate.names import check_language, check_slug, inside


def po_path(locales_dir: Path, lang: str, slug: str) -> Path:
    """`locales/<lang>/LC_MESSAGES/<slug>.po`, refused when either name would leave `locales`."""
    path = Path(locales_dir) / check_language(lang) / "LC_MESSAGES" / f"{check_slug(slug)}.po"
    return inside(path, locales_dir)


def load_glossary_for(config: Config, override: Path | None) -> Glossary | None:
    """The glossary (`glossary_file` decides which), or None when there is none to use.
    Problems that make the file unreadable are errors."""
    path = glossary_file(config.glossary_path, override)
    return load_glossary(path, config.languages) if path is not None else None


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
        slug = check_slug(pot_path.stem, Location(str(pot_path)))
        pot = read_po(pot_path)
        for lang in langs or config.target_languages:
            path = po_path(config.locales_dir, lang, slug)
            r = update_catalogue(path, pot, lang, header_comment=f"{lang} translation of “{slug}”.")
            results.append(UpdateResult(path, lang, slug, r.written, r.created, r.stats))
    return results


def update_glossary_catalogues(config: Config, glossary: Glossary) -> list[tuple[Path, bool]]:
    """Regenerate each target language's `glossary.po` from the glossary, so an edit to the CSV
    reaches the catalogues (and, at the next compile, the `.mo` files) without a separate export.
    The CSV is canonical: these catalogues are outputs, rewritten only when their content
    changes. Returns (path, changed) per language. A glossary that does not validate is refused
    (`GlossaryInvalidError`): its catalogue would hold what `compile` rejects."""
    require_valid(glossary, config.languages, "update of glossary.po", only=None)

    return export_po(
        glossary, config.locales_dir, config.target_languages, config.source_language, mo=False
    )


def template_for(config: Config, slug: str) -> Path:
    return template_path(config.locales_dir, slug)


# --------------------------------------------------------------------------- compile


def catalogues(config: Config) -> list[Path]:
    """Every `locales/<lang>/LC_MESSAGES/*.po` (articles and the glossary export), sorted."""
    return sorted(Path(config.locales_dir).glob("*/LC_MESSAGES/*.po"))


def compile_one(path: Path) -> CompileResult:
    """Check one catalogue and, when it has no errors, write its MO beside it."""
    return compile_catalogue(path, project_rules=True)


def compile_all(config: Config) -> list[CompileResult]:
    return [compile_one(p) for p in catalogues(config)]


def mo_is_stale(po: Path) -> bool:
    mo = po.with_suffix(".mo")
    return not mo.exists() or mo.stat().st_mtime_ns < po.stat().st_mtime_ns


# --------------------------------------------------------------------------- status


@dataclass
class StatusRow:
    slug: str
    lang: str
    stats: Stats
    path: Path


def status(config: Config) -> list[StatusRow]:
    """Per article (template) and target language; a missing catalogue counts as untranslated."""
    rows: list[StatusRow] = []
    for pot_path in templates(config):
        slug = check_slug(pot_path.stem, Location(str(pot_path)))
        pot = None
        for lang in config.target_languages:
            path = po_path(config.locales_dir, lang, slug)
            if path.exists():
                st = catalog_stats(read_po(path))
            else:
                pot = pot or read_po(pot_path)
                st = catalog_stats(pot)
            rows.append(StatusRow(slug, lang, st, path))
    return rows


# --------------------------------------------------------------------------- build


class Edition(Enum):
    """What `build` did for one article and language."""

    #: written (the source language always is)
    PRODUCED = "produced"
    #: no catalogue for it yet: not an error, `translate update` makes one
    NO_CATALOGUE = "no catalogue"
    #: translated below `--keep`: the previous edition stays, not an error
    BELOW_KEEP = "below keep"
    #: the catalogue does not compile: an error (`translate build` exits 1)
    CATALOGUE_ERRORS = "catalogue errors"


@dataclass
class EditionResult:
    slug: str
    lang: str
    outcome: Edition
    percent: float
    reason: str = ""
    paths: list[Path] = field(default_factory=list)

    @property
    def produced(self) -> bool:
        return self.outcome is Edition.PRODUCED


def build_failed(results: list[EditionResult]) -> bool:
    """Whether a build has an error to report by its exit code (a catalogue that does not
    compile); skipped editions below `--keep` or without a catalogue are not errors."""
    return any(r.outcome is Edition.CATALOGUE_ERRORS for r in results)


def edition_dir(config: Config, lang: str) -> Path:
    return inside(Path(config.build_dir) / "editions" / check_language(lang), config.build_dir)


def _mo_lookup(mo_path: Path):
    table = read_mo(mo_path.read_bytes())
    charset = mo_charset(table)  # a KOI8-R catalogue compiles to a KOI8-R MO, as with msgfmt

    def tr(ctx: str | None, msgid: str) -> str | None:
        key = msgid if ctx is None else f"{ctx}\x04{msgid}"
        try:
            value = table.get(key.encode(charset))
        except UnicodeEncodeError:  # a source text the catalogue's charset cannot hold
            return None
        return value.decode(charset) if value else None

    return tr


def _write_edition(
    config: Config, article: Article, lang: str, tr, glossary: Glossary | None
) -> list[Path]:
    title, body = translate_blocks(article, tr)
    front = translate_front(article, tr)
    dl = dateline(article, lang, glossary, config.source_language)
    out = edition_dir(config, lang)
    slug = check_slug(article.slug)
    md_path = inside(out / f"{slug}.md", out)
    html_path = inside(out / f"{slug}.html", out)
    write_text_atomic(md_path, render_markdown(article, lang, title, body, dl, front))
    write_text_atomic(html_path, render_html(article, lang, title, body, dl, front))
    return [md_path, html_path]


def _kept(config: Config, lang: str, slug: str) -> str:
    if (edition_dir(config, lang) / f"{slug}.md").exists():
        return "previous edition kept"
    return "no edition written"


def build(config: Config, glossary: Glossary | None, keep: float = 80.0) -> list[EditionResult]:
    """Render every article in the source language and in each target language whose catalogue
    is at least *keep* percent translated (not fuzzy); otherwise keep the previous edition.

    Every catalogue is read first: one that does not parse raises `UserError` before any
    edition is written."""
    results: list[EditionResult] = []
    for article in articles(config):
        for lang in config.target_languages:
            po = po_path(config.locales_dir, lang, article.slug)
            if po.exists():
                read_po(po)
    for article in articles(config):
        src = config.source_language
        paths = _write_edition(config, article, src, lambda c, m: None, glossary)
        results.append(EditionResult(article.slug, src, Edition.PRODUCED, 100.0, "source", paths))
        for lang in config.target_languages:
            po = po_path(config.locales_dir, lang, article.slug)
            if not po.exists():
                results.append(
                    EditionResult(
                        article.slug,
                        lang,
                        Edition.NO_CATALOGUE,
                        0.0,
                        f"no catalogue {po.name}: run `translate update`",
                    )
                )
                continue
            cat = read_po(po)
            st = catalog_stats(cat)
            if st.percent < keep:
                results.append(
                    EditionResult(
                        article.slug,
                        lang,
                        Edition.BELOW_KEEP,
                        st.percent,
                        f"{st.percent:.0f}% translated (not fuzzy), below --keep {keep:g}%; "
                        + _kept(config, lang, article.slug),
                    )
                )
                continue
            if mo_is_stale(po):
                compiled = compile_one(po)
                if not compiled.ok:
                    first = errors(compiled.problems)[0]
                    results.append(
                        EditionResult(
                            article.slug,
                            lang,
                            Edition.CATALOGUE_ERRORS,
                            st.percent,
                            f"catalogue has errors ({first}); " + _kept(config, lang, article.slug),
                        )
                    )
                    continue
            tr = _mo_lookup(po.with_suffix(".mo"))
            paths = _write_edition(config, article, lang, tr, glossary)
            results.append(
                EditionResult(article.slug, lang, Edition.PRODUCED, st.percent, "", paths)
            )
    return results
