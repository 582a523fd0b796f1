"""Articles through gettext: Markdown articles, PO/MO catalogues, and the project workflow.

Public API (importable from `translate.catalog`): `parse_article` / `load_articles` (an article
cut into `Block`s), `extract_article` (its template), `read_po` / `parse_po` / `write_po` (the PO
model `Catalog` of `Message`s), `merge_catalog` (a catalogue updated to a new template, as msgmerge
does), `check_catalog` (msgfmt -c's checks and Markdown targets), `compile_mo` / `read_mo`,
`catalog_stats`. `translate.catalog.project` runs them over a whole project, as the CLI does.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from translate.catalog.article import Article, Block, load_articles, parse_article
    from translate.catalog.extract import extract_article
    from translate.catalog.merge import MergeStats
    from translate.catalog.merge import merge as merge_catalog
    from translate.catalog.mo import compile_mo, read_mo
    from translate.catalog.po import Catalog, Message, parse_po, read_po, write_po
    from translate.catalog.stats import Stats, catalog_stats
    from translate.catalog.validate import check_catalog

#: public name → (module, name in it). Resolved on first use (PEP 562): importing any
#: `translate.catalog.*` module runs this file first, and loading every re-export eagerly
#: (markdown-it, Babel's locale data, the `regex` module) cost a fresh `translate compile`
#: 0.3 s of CPU, more than msgfmt spends on the whole job (issue 13).
_LAZY = {
    "Article": ("article", "Article"),
    "Block": ("article", "Block"),
    "load_articles": ("article", "load_articles"),
    "parse_article": ("article", "parse_article"),
    "extract_article": ("extract", "extract_article"),
    "MergeStats": ("merge", "MergeStats"),
    # `merge_catalog`, not `merge`: the package attribute `merge` is the submodule
    "merge_catalog": ("merge", "merge"),
    "compile_mo": ("mo", "compile_mo"),
    "read_mo": ("mo", "read_mo"),
    "Catalog": ("po", "Catalog"),
    "Message": ("po", "Message"),
    "parse_po": ("po", "parse_po"),
    "read_po": ("po", "read_po"),
    "write_po": ("po", "write_po"),
    "Stats": ("stats", "Stats"),
    "catalog_stats": ("stats", "catalog_stats"),
    "check_catalog": ("validate", "check_catalog"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'translate.catalog' has no attribute {name!r}") from None
    value = getattr(import_module(f"translate.catalog.{module}"), attr)
    globals()[name] = value
    return value


__all__ = [
    "Article",
    "Block",
    "Catalog",
    "MergeStats",
    "Message",
    "Stats",
    "catalog_stats",
    "check_catalog",
    "compile_mo",
    "extract_article",
    "load_articles",
    "merge_catalog",
    "parse_article",
    "parse_po",
    "read_mo",
    "read_po",
    "write_po",
]
