"""`term-inconsistent`: one concept rendered by different allowed variants in one article (or,
with `--across`, in every article of a language).

Both variants are allowed, so neither is wrong on its own; a reader still wonders whether
"Нахчыван" and "Нахичевань" are two places. The majority variant is taken as the article's choice
(ties: the glossary's preferred term) and every occurrence of another variant is reported, with
the chosen one as the suggestion, inflected like the form found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from translate.checks.context import ALLOWED, CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment

if TYPE_CHECKING:
    from translate.terms.occurrence import Occurrence


def check_consistency(segments: list[Segment], ctx: CheckContext) -> Iterator[Finding]:
    if ctx.index is None:
        return
    # most concepts of a text appear in one variant only: note each concept's first variant and
    # which concepts show a second, and group occurrences by variant for those alone
    first: dict[str, str] = {}
    several: set[str] = set()
    hits: list[tuple[Segment, Occurrence]] = []
    for seg in segments:
        if not seg.translated or seg.fuzzy or seg.suppressed("term-inconsistent"):
            continue
        for o in ctx.target_terms(seg):
            if o.status in ALLOWED:
                if first.setdefault(o.concept_id, o.term) != o.term:
                    several.add(o.concept_id)
                hits.append((seg, o))
    if not several:
        return
    # concept → variant (glossary term) → occurrences, in order of first appearance
    seen: dict[str, dict[str, list[tuple[Segment, Occurrence]]]] = {
        cid: {} for cid in first if cid in several
    }
    for seg, o in hits:
        variants = seen.get(o.concept_id)
        if variants is not None:
            variants.setdefault(o.term, []).append((seg, o))
    for cid, variants in seen.items():
        if len(variants) < 2:
            continue
        concept = ctx.concept(cid)
        lang = next(iter(variants.values()))[0][0].lang
        pref = concept.preferred(lang) if concept else None
        counts = Counter({term: len(occ) for term, occ in variants.items()})
        chosen = max(counts, key=lambda t: (counts[t], pref is not None and t == pref.text))
        others = ", ".join(f"“{t}” ×{n}" for t, n in counts.most_common())
        for term, occs in variants.items():
            if term == chosen:
                continue
            for seg, o in occs:
                suggestion = ctx.suggest(o, chosen)
                yield ctx.finding(
                    seg,
                    "term-inconsistent",
                    f"{cid} is rendered in several ways here ({others}); "
                    f"this text mostly uses “{chosen}”",
                    o.start,
                    o.end,
                    suggestion=suggestion,
                    concept=cid,
                )
