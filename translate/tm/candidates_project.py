"""A project's term candidates: its source articles, with renderings from its catalogues and TMs.

Apart from `translate.tm.candidates` (what the sources use) and
`translate.tm.candidate_renderings` (how it was translated) because the renderings build on the
candidates' tokens, and the project's files are neither's business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate.tm.candidate_renderings import renderings
from translate.tm.candidates import Candidate, extract, glossary_cover

if TYPE_CHECKING:
    from translate.config import Config
    from translate.glossary.model import Glossary


def project_candidates(config: Config, glossary: Glossary | None) -> list[Candidate]:
    """The candidates of a project's source articles, with renderings from its article
    catalogues and TMs, per target language."""
    from translate.catalog.article import load_articles
    from translate.catalog.po import read_po
    from translate.tm.build import segments_of
    from translate.tm.project import article_catalogues, tm_dir
    from translate.tm.store import TranslationMemory, tm_path

    texts = [b.text for a in load_articles(config.seeds_dir) for b in a.blocks]
    covered = glossary_cover(glossary, config.source_language) if glossary else None
    found = extract(texts, covered)
    for lang in config.target_languages:
        segs: dict[tuple[str, str], None] = {}
        for path in article_catalogues(config):
            if path.parent.parent.name == lang:
                for s in segments_of(read_po(path), path.stem):
                    segs[(s.source, s.target)] = None
        db = tm_path(tm_dir(config), config.source_language, lang)
        if db.exists():
            with TranslationMemory.open(db) as tm:
                for s in tm:
                    segs[(s.source, s.target)] = None
        renderings(found, list(segs), lang)
    return found
