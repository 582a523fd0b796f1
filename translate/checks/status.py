"""`untranslated` and `fuzzy`: the state gettext itself records for a message, and a block that is
"translated" only on paper: left in the source language or in neither of the target's scripts
(`translate.checks.language`)."""

from __future__ import annotations

from collections.abc import Iterator

from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.language import not_in_language, sentence_left_in_source
from translate.checks.segment import Segment


def check_status(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    if not seg.translated:
        src = seg.source or ""
        yield ctx.finding(seg, "untranslated", "not translated yet", 0, len(src), where="source")
    elif not seg.fuzzy and (
        why := not_in_language(seg.target, seg.lang, ctx.config.source_language, seg.source)
    ):
        yield ctx.finding(
            seg,
            "untranslated",
            f"not translated: this block is in {why}; translate it",
            0,
            len(seg.target),
        )
    elif not seg.fuzzy and (
        left := sentence_left_in_source(
            seg.target, seg.lang, ctx.config.source_language, seg.source
        )
    ):
        yield ctx.finding(
            seg,
            "untranslated",
            "a sentence is not translated: it is the source's, in English; translate it",
            *left,
        )
    elif seg.fuzzy:
        yield ctx.finding(
            seg,
            "fuzzy",
            "marked fuzzy: the source changed or the translation was guessed; review it and "
            "remove the fuzzy flag",
            0,
            len(seg.target),
        )
