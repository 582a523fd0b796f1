"""`term-inconsistent`: one concept rendered by different allowed variants in one article (or,
with `--across`, in every article of a language).

Both variants are allowed, so neither is wrong on its own; a reader still wonders whether
"Нахчыван" and "Нахичевань" are two places. The majority variant is taken as the article's choice
(ties: the variant the article uses first) and every occurrence of another variant is reported, with
the chosen one as the suggestion, inflected like the form found. A person's surname alone after
the full name («Vladimir Putin» … «Putin») is house style, not a second variant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from translate.checks._text import ADJACENT_SCRIPTS, inside_kept_name, script_repaired
from translate.checks.context import ALLOWED, CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment
from translate.text.normalize import fold

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
        occs = ctx.target_terms(seg)
        paired = _introductions(seg.target, occs)
        if "(" in seg.target and _bracket_mixed(seg.target):
            # «Азербайджанские авиалинии» (AЗАЛ): the short form's slip is mixed-script's
            # finding; it still introduces the short form (held-out set 133)
            fixed = script_repaired(seg.target, "Cyrillic" if seg.lang == "ru" else "Latin")
            paired |= _introductions(fixed, ctx.find(fixed, seg.lang))
        if paired and seg.source:
            src_paired = _introductions(
                seg.source, ctx.find(seg.source, ctx.config.source_language)
            )
            src_concepts = {cid for _, _, cid in src_paired}
            paired = {p for p in paired if p[2] in src_concepts}
        for o in occs:
            if (o.start, o.end, o.concept_id) in paired:
                continue  # "Azerbaijan Airlines (AZAL)": a name introducing its short form
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
        source = seg.source or seg.source_document
        if variants is not None and not (
            source and inside_kept_name(seg.target, o.start, o.end, source)
        ):
            # («AZAL Cargo» as the source writes it is another name, no variant)
            key = _surname_as_full(o.term, o.concept_id, ctx)
            key = _short_as_source(seg, o, key, ctx)
            variants.setdefault(key, []).append((seg, o))
    for cid, variants in seen.items():
        if len(variants) < 2:
            continue
        counts = Counter({term: len(occ) for term, occ in variants.items()})
        # the majority; on a tie, the variant the article used first (`variants` keeps the
        # order of first appearance, and `max` the first of equals): a reader meets it first,
        # and an editor keeps to what the article began with
        chosen = max(counts, key=lambda t: counts[t])
        tie = sum(1 for n in counts.values() if n == counts[chosen]) > 1
        others = ", ".join(f"“{t}” ×{n}" for t, n in counts.most_common())
        for term, found in variants.items():
            if term == chosen:
                continue
            for seg, o in found:
                suggestion = ctx.suggest(o, chosen)
                yield ctx.finding(
                    seg,
                    "term-inconsistent",
                    f"{cid} is rendered in several ways here ({others}); "
                    f"this text {'first' if tie else 'mostly'} uses “{chosen}”",
                    o.start,
                    o.end,
                    suggestion=suggestion,
                    concept=cid,
                )


def _surname_as_full(term: str, cid: str, ctx: CheckContext) -> str:
    """A person's surname alone counts as the full name it ends: a news text names a person in
    full, then by surname («Vladimir Putin» … «Putin»), which is house style, not two
    renderings. Only for concepts of the glossary's `person` domain: «Britaniya» for «Böyük
    Britaniya» is a variant to keep consistent."""
    concept = ctx.concept(cid)
    if concept is None or concept.domain != "person" or " " in term:
        return term
    for t in concept.terms:
        if t.status.allowed and t.text.endswith(" " + term):
            return t.text
    return term


def _short_pair(term: str, terms: list[str], lang: str) -> tuple[str, bool] | None:
    """(the short form, whether *term* is the full one) when *term* and another of *terms* are
    one name in full and short: the full one is the short one and more words («Xəzər» and
    «Xəzər dənizi», «Каспий» and «Каспийское море», "Caspian" and "Caspian Sea")."""
    f = fold(term, lang)
    for other in terms:
        g = fold(other, lang)
        if g == f:
            continue
        if " " in g and " " not in f and g.startswith(f):
            return term, False
        if " " in f and " " not in g and f.startswith(g):
            return other, True
    return None


def _short_as_source(seg: Segment, o: Occurrence, key: str, ctx: CheckContext) -> str:
    """The short form's key for a name in full or short where the aligned source names it the
    same way: "the Caspian Sea" → «Xəzər dənizi» and "the Caspian" → «Xəzər» in one article
    follow the source, as a newsroom names a sea in full first and short after; «Xəzər
    dənizi» where the source says "Caspian" is still a second variant. An abbreviation is no
    short form (ABŞ and Amerika Birləşmiş Ştatları stay two variants)."""
    # a draft block that could not be aligned is read against its whole source document
    source = seg.source or seg.source_document
    if not source:
        return key
    lang = seg.lang
    pair = _short_pair(o.term, [t.text for t in ctx.allowed_terms(o.concept_id, lang)], lang)
    if pair is None:
        return key
    short, full = pair
    src_lang = ctx.config.source_language
    src_terms = [t.text for t in ctx.allowed_terms(o.concept_id, src_lang)]
    for s in ctx.find(source, src_lang):
        if s.concept_id != o.concept_id:
            continue
        src_pair = _short_pair(s.term, src_terms, src_lang)
        if src_pair is not None and src_pair[1] == full:
            return short
    return key


_QUOTES_AND_SPACE = " \u00a0«»“”„\"'‘’"


def _bracket_mixed(text: str) -> bool:
    """Whether a bracketed part of *text* has a Latin and a Cyrillic letter side by side (only
    the brackets are scanned: many texts have one, few a mixed word inside it)."""
    i = text.find("(")
    while i >= 0:
        j = text.find(")", i)
        end = len(text) if j < 0 else j
        if ADJACENT_SCRIPTS.search(text, i, end) is not None:
            return True
        i = text.find("(", end)
    return False


def _introductions(text: str, occs: list[Occurrence]) -> set[tuple[int, int, str]]:
    """(start, end, concept) of the occurrences in a "full name (short form)" pair: two
    variants of one concept, the second in brackets right after the first. Such a pair
    introduces the short form; it is not two renderings competing."""
    out: set[tuple[int, int, str]] = set()
    for a, b in pairwise(occs):
        if a.concept_id != b.concept_id or a.term == b.term:
            continue
        between = text[a.end : b.start].strip(_QUOTES_AND_SPACE)
        after = text[b.end : b.end + 3].lstrip(_QUOTES_AND_SPACE)
        if between == "(" and after[:1] == ")":
            out.add((a.start, a.end, a.concept_id))
            out.add((b.start, b.end, b.concept_id))
    return out
