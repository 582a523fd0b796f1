"""`long-token`: a run of letters or digits too long to be a word or a number.

Two bounds: over `MAX_WORD` (100) letters or digits the word checks skip the token, whatever
the source has; over `MAX_LETTERS` (30) letters in a row, which no az, ru or en word reaches, the
run is reported unless the source contains it verbatim (spaces lost when a sentence was pasted:
«Учёныепризвалиправительство…»). Digits break the letter run, so numbers, hashes and
identifiers are only the first bound's.

Word-level checks (terms, near misses, az-ascii) analyse each word, and some of that analysis
grows faster than the word (a deletion index, a stem search): a 1 MB "word", pasted by accident or
made on purpose, could stall `check` and `report` for minutes. Such tokens are skipped by those
checks (`ctx.text_words` leaves them out) and reported here instead, once per message, so the
skip is never silent.
"""

from __future__ import annotations

from collections.abc import Iterator

from translate.checks._text import (
    LONG_LETTERS,
    LONG_TOKEN,
    MAX_LETTERS,
    MAX_WORD,
    mask_non_prose,
)
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment


def check_limits(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    text = seg.target
    if len(text) <= MAX_LETTERS or max(map(len, text.split()), default=0) <= MAX_LETTERS:
        # no run of non-space characters that long, so no such token (the patterns' characters
        # are never white space, and masking only adds spaces): one split in C instead of a
        # regex scan, which tried a long match at every letter (3 % of a run)
        return
    masked = mask_non_prose(text)
    match = LONG_TOKEN.search(masked)
    if match is None:
        yield from _lost_spaces(seg, ctx, masked)
        return
    yield ctx.finding(
        seg,
        "long-token",
        f"a run of {match.end() - match.start():,} letters or digits without a space: too long "
        f"to be a word (over {MAX_WORD}), so the term and spelling checks skipped it",
        match.start(),
        min(match.end(), match.start() + MAX_WORD),
    )


def _lost_spaces(seg: Segment, ctx: CheckContext, masked: str) -> Iterator[Finding]:
    """The first run of over `MAX_LETTERS` letters the source does not have verbatim."""
    source = (seg.source or "") + "\n" + (seg.source_document or "")
    for match in LONG_LETTERS.finditer(masked):
        if match.group() in source:
            continue  # a long name or a quoted string kept as the source writes it
        yield ctx.finding(
            seg,
            "long-token",
            f"a run of {match.end() - match.start():,} letters without a space: longer than "
            f"any word (over {MAX_LETTERS}); were the spaces lost?",
            match.start(),
            match.end(),
        )
        return
