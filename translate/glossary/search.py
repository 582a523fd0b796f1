"""Forgiving term search for people: `baki` finds Bakı, `нахичевань` finds Нахичевань.

Both sides are folded with the term's language rules (Turkic casing, ё = е, one apostrophe and
hyphen) and then reduced to their diacritic-free skeleton, so a query typed on any keyboard
finds the term. For search and suggestions only: the term engine matches text exactly.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from translate.glossary.model import Concept, Glossary, Term
from translate.text.normalize import fold, nfc, strip_diacritics


@dataclass(frozen=True)
class Hit:
    concept: Concept
    term: Term
    #: 0 whole term, 1 a word starts with the query, 2 anywhere inside
    rank: int


def search_key(text: str, lang: str) -> str:
    """The skeleton both query and terms are compared on."""
    return strip_diacritics(fold(nfc(text), lang))


def find_terms(glossary: Glossary, query: str, lang: str | None = None) -> list[Hit]:
    """Terms containing *query* (best first: whole term, word start, substring), one hit per
    concept (its best-matching term); ties keep glossary order."""
    query = " ".join(query.split())
    if not query:
        return []
    best: dict[str, Hit] = {}
    order: dict[str, int] = {}
    for index, concept in enumerate(glossary):
        for term in concept.terms:
            if lang is not None and term.lang != lang:
                continue
            key = search_key(term.text, term.lang)
            q = search_key(query, term.lang)
            pos = key.find(q)
            if pos < 0:
                continue
            if key == q:
                rank = 0
            elif pos == 0 or not key[pos - 1].isalnum():
                rank = 1
            else:
                rank = 2
            current = best.get(concept.id)
            if current is None or rank < current.rank:
                best[concept.id] = Hit(concept, term, rank)
                order.setdefault(concept.id, index)
    return sorted(best.values(), key=lambda h: (h.rank, order[h.concept.id]))


def suggest_ids(glossary: Glossary, wanted: str, limit: int = 5) -> list[str]:
    """Ids a user may have meant: close spellings of the id, then concepts whose terms match
    (someone typing `Bakı` for `baku`)."""
    ids = [c.id for c in glossary]
    out = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5)
    for hit in find_terms(glossary, wanted):
        if hit.concept.id not in out:
            out.append(hit.concept.id)
    return out[:limit]
