"""Term recognition: find every form of every glossary term in a text, with exact spans.

Public API::

    from translate.terms import TermIndex, load_index

    index = TermIndex.build(glossary)          # compile (Russian forms via pymorphy3)
    index = load_index(glossary)              # the same, cached on disk
    index = load_file_index("glossary.tbx")   # cached by the file's bytes: no parse when warm
    for occ in index.find(text, "ru"):        # sorted by start
        text[occ.start:occ.end] == occ.surface  # offsets into the ORIGINAL text
        occ.concept_id, occ.term, occ.status
    index.suggest(occ, "правопреемник")       # a target term inflected like the found form

`find` understands inflection (az suffix chains, ru agreeing case/number forms, en plural and
possessive), Azerbaijani case folding (`İŞĞALINDAN`), ё/е, apostrophe and hyphen variants, soft
hyphens, zero-width characters, NFD input and Azerbaijani in the old Cyrillic alphabet. The
longest term wins where terms overlap; case-sensitive terms (`ICAO`) must match letter case.
"""

from translate.terms.cache import (
    default_cache_dir,
    glossary_digest,
    load_file_index,
    load_index,
)
from translate.terms.index import TermIndex
from translate.terms.occurrence import Occurrence

__all__ = [
    "Occurrence",
    "TermIndex",
    "default_cache_dir",
    "glossary_digest",
    "load_file_index",
    "load_index",
]
