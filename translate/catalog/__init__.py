"""Articles through gettext: Markdown articles, PO/MO catalogues, and the project workflow.

Public API (importable from `translate.catalog`): `parse_article` / `load_articles` (an article
cut into `Block`s), `extract_article` (its template), `read_po` / `parse_po` / `write_po` (the PO
model `Catalog` of `Message`s), `merge_catalog` (a catalogue updated to a new template, as msgmerge
does), `check_catalog` (msgfmt -c's checks and Markdown targets), `compile_mo` / `read_mo`,
`catalog_stats`. `translate.catalog.project` runs them over a whole project, as the CLI does.
"""

from translate.catalog.article import Article, Block, load_articles, parse_article
from translate.catalog.extract import extract_article

# `merge_catalog`, not `merge`: the package attribute `merge` is the submodule
from translate.catalog.merge import MergeStats
from translate.catalog.merge import merge as merge_catalog
from translate.catalog.mo import compile_mo, read_mo
from translate.catalog.po import Catalog, Message, parse_po, read_po, write_po
from translate.catalog.stats import Stats, catalog_stats
from translate.catalog.validate import check_catalog

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
