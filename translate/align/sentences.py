"""Sentences of a block, for aligning inside block pairs whose sentence counts differ.

A rule splitter is enough here: a sentence ends at `.`, `!`, `?` or `…` (closing quotes and
brackets after it stay with it) before whitespace and an upper-case letter, a digit, an opening
quote or a dash. Initials and common abbreviations (`Mr.`, `Gen.`, `г.`, `ул.`) do not end one.
The aligner only needs the cut points to be the same kind on both sides, not perfect.
"""

from __future__ import annotations

import regex

_END = regex.compile(
    r"""(?<=[.!?…][”’»"')\]]*)\s+(?=[\p{Lu}\p{N}“‘«"'(\[—–-])""",
    regex.VERSION1,
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt st no vs etc jr sr inc ltd co corp gov sen rep "
    "г гг ул им т тт см стр проф ген ст млн млрд тыс".split()
)


def split_sentences(text: str) -> list[str]:
    """The sentences of *text*, in order, each stripped; never empty for a non-empty text."""
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        head = text[start : m.start()]
        last = regex.search(r"(\w+)[.]\W*$", head)
        if last and (len(last.group(1)) == 1 or last.group(1).casefold() in _ABBREVIATIONS):
            continue  # an initial (I. Aliyev) or an abbreviation, not the end of a sentence
        out.append(head.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail or not out:
        out.append(tail)
    return [s for s in out if s] or [text.strip()]
