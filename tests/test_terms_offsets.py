"""Property: whatever the text, occurrences are exact, sorted spans of the original."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from translate.glossary.model import Concept, Glossary, Term
from translate.terms import TermIndex

INDEX = TermIndex.build(
    Glossary(
        [
            Concept(
                "occupation",
                terms=[Term("occupation", "en"), Term("işğal", "az"), Term("оккупация", "ru")],
            ),
            Concept(
                "zangezur-corridor",
                terms=[Term("Zəngəzur dəhlizi", "az"), Term("Зангезурский коридор", "ru")],
            ),
        ]
    )
)

FRAGMENTS = [
    "оккупации", "ОККУПАЦИЕЙ", "Зангезурского", "коридора", "İŞĞALINDAN", "işğal", "Zəngəzur",
    "dəhlizinin", "Зәнҝәзур", "дәһлизи", "occupation's", " ", "\u00a0", "\n", "\u00ad", "\u200b",
    "\u0301", "e\u0308", ", ", "-", "’", "«", "»", "İ", "ё",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.sampled_from(["az", "ru", "en"]))
def test_spans_are_exact_and_sorted(parts: list[str], lang: str) -> None:
    for text in ("".join(parts), unicodedata.normalize("NFD", "".join(parts))):
        occs = INDEX.find(text, lang)
        assert occs == sorted(occs, key=lambda o: (o.start, o.end, o.concept_id))
        for o in occs:
            assert 0 <= o.start < o.end <= len(text)
            assert text[o.start : o.end] == o.surface
            assert o.surface[0].isalpha() and not o.surface[-1].isspace()
        for a, b in itertools.pairwise(occs):
            assert a.end <= b.start or (a.start, a.end) == (b.start, b.end)
