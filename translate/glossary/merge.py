"""Merging an imported termbase into the glossary without losing the house line.

Existing concepts win: a known id only gains terms it does not have yet, and an imported
preferred term becomes admitted when the concept already has a preferred term in that language.
New ids are appended in the imported order, so the merged CSV diffs as pure additions.
"""

from __future__ import annotations

import copy

from translate.glossary.model import Glossary, Status, Term


def merge_glossaries(base: Glossary, extra: Glossary) -> Glossary:
    """A new glossary: *base*'s concepts (enriched) followed by *extra*'s new ones."""
    merged = Glossary(
        concepts=[copy.deepcopy(c) for c in base],
        languages=tuple(dict.fromkeys([*base.languages, *extra.languages])),
        source=base.source,
    )
    for concept in extra:
        existing = merged.get(concept.id)
        if existing is None:
            merged.concepts.append(copy.deepcopy(concept))
            continue
        for term in concept.terms:
            if any(t.lang == term.lang and t.text == term.text for t in existing.terms):
                continue
            if term.status is Status.PREFERRED and existing.preferred(term.lang):
                term = Term(term.text, term.lang, Status.ADMITTED, term.case_sensitive,
                            term.inflection)  # fmt: skip
            existing.terms.append(term)
        for mine, theirs in (
            (existing.not_phrases, concept.not_phrases),
            (existing.other_senses, concept.other_senses),
        ):
            for lang, phrases in theirs.items():
                have = mine.get(lang, ())
                mine[lang] = have + tuple(p for p in phrases if p not in have)
        order = {s: i for i, s in enumerate(Status)}
        rank = {lang: i for i, lang in enumerate(merged.languages)}
        existing.terms.sort(key=lambda t: (rank.get(t.lang, len(rank)), order[t.status]))
    return merged
