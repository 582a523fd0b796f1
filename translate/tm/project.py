"""The TM steps of a project: where its TMs live and what `translate tm` / `pretranslate` run.

TMs live in `tm/<source>-<target>.sqlite` at the project root: derived from the catalogues (and
from imported TMX files), so they can be rebuilt, but kept beside the project rather than in
`build/`, because imported memories are not rebuilt from anything in the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from translate.catalog.merge import merge
from translate.catalog.po import Catalog, read_po, write_po
from translate.config import Config
from translate.tm.match import THRESHOLD
from translate.tm.pretranslate import PretranslateStats, pretranslate
from translate.tm.store import TranslationMemory, tm_path
from translate.tm.terms import TermPolicy

if TYPE_CHECKING:
    from translate.tm.build import BuildResult

GLOSSARY_CATALOGUE = "glossary.po"


def tm_dir(config: Config) -> Path:
    return config.root / "tm"


def article_catalogues(config: Config) -> list[Path]:
    """The article catalogues (the glossary's own export is the glossary, not a TM source)."""
    from translate.catalog.project import catalogues

    return [p for p in catalogues(config) if p.name != GLOSSARY_CATALOGUE]


def build_project(config: Config) -> list[BuildResult]:
    from translate.tm.build import build  # not on the pre-translation path: hashlib, parsing

    return build(
        article_catalogues(config), tm_dir(config), config.source_language, root=config.root
    )


def policy_for(
    config: Config, glossary_override: Path | None, target_lang: str
) -> TermPolicy | None:
    """The glossary policy for a language pair, or None without a glossary."""
    if glossary_override is None and not config.glossary_path.exists():
        return None  # without loading the glossary and catalogue machinery at all
    from translate.catalog.project import load_glossary_for

    glossary = load_glossary_for(config, glossary_override)
    if glossary is None:
        return None
    from translate.terms import load_index

    return TermPolicy(glossary, load_index(glossary), config.source_language, target_lang)


@dataclass
class PretranslateResult:
    path: Path
    lang: str
    written: bool
    stats: PretranslateStats


def pretranslate_file(
    path: Path,
    tm: TranslationMemory,
    *,
    output: Path | None = None,
    threshold: float = THRESHOLD,
    policy: TermPolicy | None = None,
) -> PretranslateResult:
    """Pre-translate one PO (in place, or to *output*) or POT (to *output*)."""
    cat: Catalog = read_po(path)
    if path.suffix == ".pot":
        # a new catalogue from the template, as `update` makes one (header, Plural-Forms)
        cat = merge(None, cat, tm.target_lang)
    stats = pretranslate(cat, tm, article=Path(path).stem, threshold=threshold, policy=policy)
    target = output or path
    if output is not None and path.suffix == ".pot" and cat.header is not None:
        fields = [(k, tm.target_lang if k == "Language" else v) for k, v in cat.header_fields()]
        cat.set_header_fields(fields)
    written = write_po(target, cat)
    return PretranslateResult(Path(target), tm.target_lang, written, stats)


def pretranslate_project(
    config: Config,
    *,
    threshold: float = THRESHOLD,
    glossary_override: Path | None = None,
    langs: list[str] | None = None,
) -> list[PretranslateResult]:
    from translate.tm.build import language_of

    results = []
    for path in article_catalogues(config):
        cat = read_po(path)
        lang = language_of(path, cat) or ""
        if langs and lang not in langs:
            continue
        tmp = tm_path(tm_dir(config), config.source_language, lang)
        if not tmp.exists():
            continue
        policy = policy_for(config, glossary_override, lang)
        with TranslationMemory.open(tmp) as tm:
            results.append(pretranslate_file(path, tm, threshold=threshold, policy=policy))
    return results
