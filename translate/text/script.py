"""Writing systems: which script a word is in, and words that mix Latin and Cyrillic letters.

A word mixing scripts (`Кaрабах` with a Latin `a`) looks right to a reader but matches nothing:
`mixed_script_words` reports such words so checks can flag them. (Azerbaijani Cyrillic → Latin
is in `translate.text.alphabet`.)
"""

from __future__ import annotations

import regex

from translate.text.tokenize import Token, tokenize

_LATIN = regex.compile(r"\p{Latin}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def script_of(word: str) -> str:
    """`latin`, `cyrillic`, `mixed` (both), `other` (letters of another script) or `none`."""
    lat = _LATIN.search(word) is not None
    cyr = _CYRILLIC.search(word) is not None
    if lat and cyr:
        return "mixed"
    if lat:
        return "latin"
    if cyr:
        return "cyrillic"
    return "other" if any(ch.isalpha() for ch in word) else "none"


def mixed_script_words(text: str) -> list[Token]:
    """Words holding both Latin and Cyrillic letters, with offsets into `text`.

    Hyphenated compounds whose parts are each in one script (`NATO-ну`) are not reported: only a
    part that mixes scripts inside itself is a typing accident.
    """
    out: list[Token] = []
    for tok in tokenize(text, "und"):
        if script_of(tok.text) != "mixed":
            continue
        parts = regex.split(r"[-'’ʼ‐‑‒–]", tok.text)
        if any(script_of(p) == "mixed" for p in parts):
            out.append(tok)
    return out
