"""A source's short name rendered by the full name of a narrower concept, for `term-missing`.

English often calls a thing by the head of its full name: "the original Declaration of
Independence, signed in Tiflis on 28 May 1918" is the ADR's declaration of 1918, not the 1991
one the glossary's `declaration-of-independence` stands for. The words do not say which; the
translator, who knows, names the document meant («İstiqlal Bəyannaməsi», «Декларация
независимости»), and that is a term of the glossary's narrower concept
(`adr-declaration-of-independence`). Asking for the 1991 declaration's term there would be a
false alarm that no glossary column could fix without hiding real misses.

A concept B is *narrower* than A when one of B's source-language terms ends with one of A's,
word for word: premodification names a kind of the head ("ADR Declaration of Independence" is a
Declaration of Independence, "11th Red Army" a Red Army, "April occupation" an occupation). A
term that only begins with A's ("Azerbaijan SSR", "Moscow Treaty", "SCO summit") names another
thing of which A is a modifier and does not count: «Azərbaycan SSR» for "Azerbaijan" is still a
missing term.

Counting keeps real misses: each allowed occurrence of B in the translation, beyond those that
render the source's own mentions of B, stands for one source mention of A. "The Red Army and the
11th Red Army" rendered with the 11th Red Army alone still misses the Red Army.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from translate.checks.context import ALLOWED
from translate.text.normalize import fold

if TYPE_CHECKING:
    from translate.checks.context import CheckContext
    from translate.terms.occurrence import Occurrence

_CACHE = "terms.narrower"


def narrower_concepts(ctx: CheckContext) -> dict[str, tuple[str, ...]]:
    """Concept id → the ids of the concepts narrower than it (see the module docstring), from
    the glossary's allowed source-language terms. One pass over the terms: each term's proper
    word suffixes are looked up, so the cost grows with the glossary, not with its square."""
    cached = ctx.caches.get(_CACHE)
    if cached is not None:
        return cached
    src = ctx.config.source_language
    owners: dict[tuple[str, ...], set[str]] = {}
    suffixes: dict[tuple[str, ...], set[str]] = {}
    for concept in ctx.glossary or ():
        for term in concept.terms_for(src):
            if not term.status.allowed:
                continue
            words = tuple(fold(term.text, src).split())
            owners.setdefault(words, set()).add(concept.id)
            for i in range(1, len(words)):
                suffixes.setdefault(words[i:], set()).add(concept.id)
    out: dict[str, set[str]] = {}
    for words, ids in owners.items():
        for narrower in suffixes.get(words, ()):
            for cid in ids:
                if narrower != cid:
                    out.setdefault(cid, set()).add(narrower)
    result = {cid: tuple(sorted(ids)) for cid, ids in out.items()}
    ctx.caches[_CACHE] = result
    return result


def named_narrower(
    missing: dict[str, Occurrence],
    source_occurrences: list[Occurrence],
    target_occurrences: list[Occurrence],
    ctx: CheckContext,
) -> set[str]:
    """The concepts of *missing* whose every source mention the translation renders with the
    term of a narrower concept it names more often than the source does."""
    narrower = narrower_concepts(ctx)
    if not narrower or not missing.keys() & narrower.keys():
        return set()
    spare = Counter(o.concept_id for o in target_occurrences if o.status in ALLOWED)
    spare.subtract(Counter(o.concept_id for o in source_occurrences))
    mentions = Counter(o.concept_id for o in source_occurrences)
    out: set[str] = set()
    for cid in missing:
        need = mentions[cid]
        for other in narrower.get(cid, ()):
            used = min(need, max(0, spare[other]))
            spare[other] -= used
            need -= used
        if need == 0 and mentions[cid]:
            out.add(cid)
    return out
