"""Judging TM segments against a new source text: exact, in context, fuzzy, numbers, glossary.

Scores follow the CAT-tool convention translators know: 101 for the same text in the same
context (same neighbouring messages, or the same block of the same article), 100 for the same
text, otherwise the similarity in percent (gettext's fstrcmp, as msgmerge computes it). The
glossary policy then takes points off a suggestion that uses outdated terms or drops a term of
the new source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translate.tm.numbers import replace_numbers
from translate.tm.store import Match, Segment, TranslationMemory
from translate.tm.terms import TermPolicy

#: the default lowest fuzzy score that is suggested (OmegaT, Weblate and memoQ use 70–75 %)
THRESHOLD = 75


@dataclass(frozen=True)
class Query:
    """A source text and, when known, where it sits."""

    source: str
    context: str | None = None
    prev: str | None = None
    next: str | None = None
    article: str | None = None
    #: the msgid_plural of a plural message: only plural segments match it
    plural: str | None = None


def _in_context(seg: Segment, q: Query) -> bool:
    if q.article is not None and seg.article == q.article and seg.context == q.context:
        return True
    has_neighbours = q.prev is not None or q.next is not None
    return has_neighbours and seg.prev == q.prev and seg.next == q.next


def lookup(
    tm: TranslationMemory,
    query: Query | str,
    *,
    threshold: float = THRESHOLD,
    limit: int = 5,
    policy: TermPolicy | None = None,
) -> list[Match]:
    """The best matches for *query*, best first, at most one per distinct target."""
    return lookup_many(tm, [query], threshold=threshold, limit=limit, policy=policy)[0]


def lookup_many(
    tm: TranslationMemory,
    queries: Sequence[Query | str],
    *,
    threshold: float = THRESHOLD,
    limit: int = 5,
    policy: TermPolicy | None = None,
) -> list[list[Match]]:
    """`lookup` for many queries at once: the fuzzy scoring of a whole catalogue is batched
    (see `TranslationMemory.fuzzy_many`). A query whose exact matches already give *limit*
    distinct targets that the glossary does not penalise skips the fuzzy search: a fuzzy
    score is at most 99, so none could rank among them (pre-translation asks for the best
    only, and half of git's template is exact)."""
    qs = [Query(q) if isinstance(q, str) else q for q in queries]
    exact = tm.exact_many([(q.source, q.plural) for q in qs])
    judged = [
        _assessed(_exact_matches(q, exact[i]), q, policy) if exact[i] else []
        for i, q in enumerate(qs)
    ]
    need = [
        i
        for i, q in enumerate(qs)
        if q.source and len({m.target for m in judged[i] if m.score >= 100}) < limit
    ]
    fuzzy: dict[int, list[tuple[float, Segment]]] = {}
    for plural in (False, True):
        idx = [i for i in need if (qs[i].plural is not None) == plural]
        if idx:
            found = tm.fuzzy_many(
                [qs[i].source for i in idx], threshold, limit=max(limit, 5), plural=plural
            )
            fuzzy.update(zip(idx, found, strict=True))
    out = []
    for i, q in enumerate(qs):
        matches = judged[i]
        if fuzzy.get(i):
            matches = matches + _assessed(_fuzzy_matches(q, fuzzy[i]), q, policy)
        out.append(_best(matches, threshold, limit))
    return out


def _exact_matches(q: Query, exact: list[Segment]) -> list[Match]:
    return [Match(seg, 101 if _in_context(seg, q) else 100, seg.target) for seg in exact]


def _fuzzy_matches(q: Query, fuzzy: list[tuple[float, Segment]]) -> list[Match]:
    found: list[Match] = []
    for sim, seg in fuzzy:
        if seg.source == q.source and seg.plural == q.plural:
            continue
        score = min(int(sim), 99)
        replaced = None if q.plural else replace_numbers(q.source, seg.source, seg.target)
        if replaced is not None:
            target, changes = replaced
            note = "numbers replaced: " + ", ".join(f"{o} → {n}" for o, n in changes)
            found.append(Match(seg, score, target, True, (note,)))
        else:
            found.append(Match(seg, score, seg.target))
    return found


def _assessed(found: list[Match], q: Query, policy: TermPolicy | None) -> list[Match]:
    """*found* with the glossary's penalties and notes."""
    if policy is None:
        return found
    judged = []
    for m in found:
        penalty, extra = policy.assess(q.source, m.target)
        if penalty:
            notes = (*m.notes, *extra)
            m = Match(m.segment, m.score - penalty, m.target, m.numbers_replaced, notes)
        judged.append(m)
    return judged


def _best(found: list[Match], threshold: float, limit: int) -> list[Match]:
    if len(found) < 2:  # most messages: nothing to rank
        return [m for m in found if m.score >= min(threshold, 100)]
    best: dict[str, Match] = {}
    for m in sorted(found, key=lambda m: -m.score):  # stable: newest first among equals
        # a suggestion the glossary penalised below the threshold is dropped
        if m.target not in best and m.score >= min(threshold, 100):
            best[m.target] = m
    return list(best.values())[:limit]
