"""`term-source-forbidden`: the English source itself uses a forbidden or deprecated term
("Kiev" for Kyiv). Reported against the source article (`seeds/<slug>.md:<line>` from the
message's reference) so the finding appears once however many catalogues translate it."""

from __future__ import annotations

from collections.abc import Iterator

from translate.checks.context import ALLOWED, CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment


def check_source_terms(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    if ctx.index is None or not seg.source:
        return
    src_lang = ctx.config.source_language
    for o in ctx.find(seg.source, src_lang):
        if o.status in ALLOWED:
            continue
        concept = ctx.concept(o.concept_id)
        pref = concept.preferred(src_lang) if concept else None
        suggestion = ctx.suggest(o, pref.text) if pref is not None else None
        yield ctx.finding(
            seg,
            "term-source-forbidden",
            f"the source uses “{o.surface}”, {o.status} for {o.concept_id}"
            + (f"; the house term is “{pref.text}”" if pref else ""),
            o.start,
            o.end,
            where="source",
            suggestion=suggestion,
            concept=o.concept_id,
            file=seg.source_file or seg.file,
            line=seg.source_line if seg.source_file else seg.line,
            lang=src_lang,
        )
