"""Word tokens with character offsets into the original text.

A word is a run of letters, combining marks and digits; an apostrophe or hyphen *between* two
such runs joins them, so `BMT-nin`, `NATO-nun`, `Аль-Арабия` and `successor's` are one token each
(the inflected abbreviation stays findable as a whole, and the term index splits a joined token
into its parts when the whole is not a known form). English also keeps the plural possessive
apostrophe (`successors'`). Quotes, dashes between spaces and other punctuation never join.

Tokens are found on the folded copy of the text (`translate.text.normalize.prepare`), where every
apostrophe is `'` and every joining hyphen is `-`, so one small pattern serves all variants.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from translate.text.normalize import Prepared, prepare

_W = r"[\p{L}\p{M}\p{N}]"
#: a word in folded text (apostrophes and hyphens already unified)
WORD = regex.compile(rf"{_W}+(?:['\-]{_W}+)*")
#: English: a trailing apostrophe after s is the plural possessive (`successors'`)
WORD_EN = regex.compile(rf"{_W}+(?:['\-]{_W}+)*(?:(?<=s)'(?!{_W}))?")


@dataclass(frozen=True, slots=True)
class Token:
    """A word: `start`/`end` index the original text; `text` is the word as matched (NFC, no
    invisible characters, az Cyrillic transliterated); `folded` is its matching key."""

    start: int
    end: int
    text: str
    folded: str


def pattern_for(lang: str) -> regex.Pattern[str]:
    return WORD_EN if lang == "en" else WORD


def spans(prepared: Prepared) -> list[tuple[int, int]]:
    """Token spans in `prepared.text` (not the original): the cheap core `find` runs on."""
    return [m.span() for m in pattern_for(prepared.lang).finditer(prepared.folded)]


def tokenize_prepared(prepared: Prepared) -> list[Token]:
    text, folded, span = prepared.text, prepared.folded, prepared.span
    out: list[Token] = []
    for m in pattern_for(prepared.lang).finditer(folded):
        s, e = m.span()
        os, oe = span(s, e)
        out.append(Token(os, oe, text[s:e], folded[s:e]))
    return out


def tokenize(text: str, lang: str) -> list[Token]:
    """Split `text` into word tokens; offsets point into `text` itself, whatever normalisation
    (NFC, soft hyphens, zero-width characters, az Cyrillic) was needed to match."""
    return tokenize_prepared(prepare(text, lang))


def words(text: str, lang: str) -> list[str]:
    """The folded words of a short phrase (a glossary term), in order."""
    return [t.folded for t in tokenize(text, lang)]
