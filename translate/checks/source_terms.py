"""`term-source-forbidden`: the English source itself uses a forbidden or deprecated term
("Kiev" for Kyiv). Reported against the source article (`seeds/<slug>.md:<line>` from the
message's reference) so the finding appears once however many catalogues translate it."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from translate.checks.context import ALLOWED, CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment
from translate.glossary.model import Status
from translate.terms.occurrence import Occurrence

#: words that make the term after them a name mentioned, not used: "was officially called
#: Stepanakert", "the Soviet-era name Stepanakert", "formerly Stepanakert", "renamed from …";
#: not "the so-called Stepanakert authorities", which uses it
_NAMING = regex.compile(
    r"\b(?<!so-)(?:called|named|renamed(?:\ from)?|known\ (?:[^.;:!?]{0,25}\ )?as|formerly"
    r"|(?:era|old|former|Soviet)\ name|name(?:\ was)?)\b[^.;:!?]{0,12}\Z",
    regex.I | regex.X,
)


def named_not_used(seg: Segment, ctx: CheckContext) -> set[str]:
    """Concepts whose deprecated source term the source block mentions as a name (a former or
    Soviet-era name) rather than uses: the glossary allows such terms "only in historical or
    quoted contexts", and the translation mentions it the same way (held-out set 120). A
    forbidden term is reported wherever it stands."""
    if ctx.index is None or not seg.source:
        return set()
    return {
        o.concept_id
        for o in ctx.find(seg.source, ctx.config.source_language)
        if _mentioned(o, seg.source)
    }


def _mentioned(o: Occurrence, source: str) -> bool:
    """Whether *o*, a source term, is a deprecated name after words that mention it as one."""
    return (
        o.status is Status.DEPRECATED
        and _NAMING.search(source, max(0, o.start - 40), o.start) is not None
    )


def check_source_terms(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    if ctx.index is None or not seg.source:
        return
    src_lang = ctx.config.source_language
    for o in ctx.find(seg.source, src_lang):
        if o.status in ALLOWED:
            continue
        if _mentioned(o, seg.source):
            continue  # "the city was called Stepanakert": a former name mentioned, not used
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
