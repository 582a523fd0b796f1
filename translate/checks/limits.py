"""`long-token`: a run of letters or digits too long to be a word or a number.

Word-level checks (terms, near misses, az-ascii) analyse each word, and some of that analysis
grows faster than the word (a deletion index, a stem search): a 1 MB "word", pasted by accident or
made on purpose, could stall `check` and `report` for minutes. Such tokens are skipped by those
checks (`ctx.text_words` leaves them out) and reported here instead, once per message, so the
skip is never silent.
"""

from __future__ import annotations

from collections.abc import Iterator

from translate.checks._text import LONG_TOKEN, MAX_WORD, mask_non_prose
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment


def check_limits(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    text = seg.target
    if len(text) <= MAX_WORD or max(map(len, text.split()), default=0) <= MAX_WORD:
        # no run of non-space characters that long, so no such token (the pattern's characters
        # are never white space, and masking only adds spaces): one split in C instead of a
        # regex scan, which tried a 101-character match at every letter (3 % of a run)
        return
    match = LONG_TOKEN.search(mask_non_prose(text))
    if match is None:
        return
    yield ctx.finding(
        seg,
        "long-token",
        f"a run of {match.end() - match.start():,} letters or digits without a space: too long "
        f"to be a word (over {MAX_WORD}), so the term and spelling checks skipped it",
        match.start(),
        min(match.end(), match.start() + MAX_WORD),
    )
