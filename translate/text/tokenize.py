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

import re
from dataclasses import dataclass
from functools import cache

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


#: `WORD` and `WORD_EN` in the standard library's `re`, whose matches cost about a third less
#: than the `regex` module's; `[^\W_]` is `re`'s letter-or-digit, which agrees with `_W` on
#: every character but combining marks in the range `_unsafe` compares
_FAST = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_FAST_EN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*(?:(?<=s)'(?![^\W_]))?")
#: the characters `_unsafe` compares: Latin, Greek, Cyrillic and the punctuation blocks
_COMPARED = 0x2500


@cache
def _unsafe() -> re.Pattern[str]:
    """A character on which `_FAST` might not read a text as `WORD` does: one whose class
    differs between the two (combining marks), or one past the compared range. Made on first
    use (about 3 ms), from the two patterns themselves."""
    word, fast = regex.compile(_W), re.compile(r"[^\W_]")
    ranges: list[list[int]] = []
    for c in range(_COMPARED):
        if (word.match(chr(c)) is None) != (fast.match(chr(c)) is None):
            continue
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    cls = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(f"[^{cls}]")


def token_spans(folded: str, lang: str) -> list[tuple[int, int]]:
    """Token spans in a folded text: `pattern_for(lang)`'s matches, through `re` when every
    character of the text is one the two engines classify alike (nearly every text)."""
    if _unsafe().search(folded) is None:
        pattern: re.Pattern[str] | regex.Pattern[str] = _FAST_EN if lang == "en" else _FAST
    else:
        pattern = pattern_for(lang)
    return [m.span() for m in pattern.finditer(folded)]


#: `_FAST` and `_FAST_EN` with the word captured, for `re.split`, their quantifiers possessive
#: (the same matches: nothing after a word's letters can fail and make it give some back, and
#: the engine keeps no backtracking state), the first letter spelled out (a pattern that starts
#: with a character class lets the engine skip to the next word in C instead of trying a match
#: at every space and comma); `\w` where the text has no `_` (the only character on which `\w`
#: and `[^\W_]` differ), a third cheaper again; and the `regex` patterns alike
_RUNS = r"{w}{w}*+(?:['\-]{w}++)*+"
_EN_END = r"(?:(?<=s)'(?!{w}))?"
_SPLIT = re.compile("(" + _RUNS.format(w=r"[^\W_]") + ")")
_SPLIT_EN = re.compile("(" + (_RUNS + _EN_END).format(w=r"[^\W_]") + ")")
_SPLIT_NO_UNDERSCORE = re.compile("(" + _RUNS.format(w=r"\w") + ")")
_SPLIT_NO_UNDERSCORE_EN = re.compile("(" + (_RUNS + _EN_END).format(w=r"\w") + ")")
_SPLIT_SLOW = regex.compile(f"({WORD.pattern})")
_SPLIT_SLOW_EN = regex.compile(f"({WORD_EN.pattern})")
#: below this code point every character is one `_FAST` and `WORD` classify alike (`_unsafe`
#: finds none): an ASCII text needs no scan
_SAFE_BELOW = 0x300


def token_parts(folded: str, lang: str) -> list[str]:
    """A folded text cut at its tokens (the spans `token_spans` gives): gap, token, gap, …,
    token, gap, always an odd count. The tokens are `parts[1::2]`, the gap after token *i* is
    `parts[2 * i + 2]`, and `itertools.accumulate(map(len, parts))` gives every token's start
    and end: all of it in C, where a list of spans took a Python step per token."""
    if folded.isascii() or _unsafe().search(folded) is None:
        if "_" in folded:
            pattern: re.Pattern[str] | regex.Pattern[str] = _SPLIT_EN if lang == "en" else _SPLIT
        else:
            pattern = _SPLIT_NO_UNDERSCORE_EN if lang == "en" else _SPLIT_NO_UNDERSCORE
    else:
        pattern = _SPLIT_SLOW_EN if lang == "en" else _SPLIT_SLOW
    return pattern.split(folded)


def spans(prepared: Prepared) -> list[tuple[int, int]]:
    """Token spans in `prepared.text` (not the original): the cheap core `find` runs on."""
    return token_spans(prepared.folded, prepared.lang)


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
