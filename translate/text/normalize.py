"""Normalisation for matching (never for display: original text and offsets are kept).

Azerbaijani needs Turkic case folding: Python's `'İ'.lower()` yields two code points (shifting
offsets) and `'I'.lower()` yields `i` where Azerbaijani needs `ı`. Russian matching treats ё as е
on both sides. Every fold here maps one code point to exactly one code point, so a folded string
has the same length as its source and offsets carry over unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_AZ_UPPER = str.maketrans({"I": "ı", "İ": "i"})
_AZ_LOWER = str.maketrans({"i": "İ", "ı": "I"})
_YO = str.maketrans({"ё": "е", "Ё": "Е"})

#: apostrophes and modifier letters used as apostrophes → ASCII apostrophe
APOSTROPHES = "'’‘ʼʻ`´′"
#: hyphens that join words → ASCII hyphen-minus
HYPHENS = "-‐‑‒–"
_PUNCT = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in HYPHENS}})
#: the apostrophes and hyphens `fold` rewrites (the ASCII ones stay as they are)
_PUNCT_VARIANTS = re.compile(
    "[" + re.escape("".join(c for c in APOSTROPHES + HYPHENS if c not in "'-")) + "]"
)

#: characters that carry no letters and are dropped before matching
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def lower(text: str, lang: str) -> str:
    """Lower-case with the language's rules; length-preserving for az, ru and en text."""
    if lang == "az" or lang == "tr":
        # str.replace is memchr-fast; translate() with a dict costs ~100 ns per character
        if "I" in text:
            text = text.replace("I", "ı")
        if "İ" in text:
            text = text.replace("İ", "i")
    out = text.lower()
    if len(out) != len(text):  # a character whose lower case is longer (e.g. stray 'İ' in en)
        out = "".join(ch.lower()[:1] if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return out


def upper(text: str, lang: str) -> str:
    """Upper-case with the language's rules (az: i→İ, ı→I)."""
    if lang == "az" or lang == "tr":
        text = text.translate(_AZ_LOWER)
    return text.upper()


def fold(text: str, lang: str) -> str:
    """The matching key for a word or phrase: case-folded, ё→е, one apostrophe, one hyphen.

    Length-preserving: `len(fold(s, lang)) == len(s)` for NFC input.
    """
    text = lower(text, lang)
    if lang == "ru" and "ё" in text:  # Ё is ё after lower()
        text = text.replace("ё", "е")
    if _PUNCT_VARIANTS.search(text) is not None:
        text = text.translate(_PUNCT)
    return text


def strip_diacritics(text: str) -> str:
    """ASCII-ish skeleton used for forgiving search (`baki` finds `Bakı`, `azerbaycan` finds
    `Azərbaycan`): decomposes, drops combining marks, and maps ə→e, ı→i.

    Not length-preserving; for search and suggestions, never for spans.
    """
    text = text.replace("ə", "e").replace("Ə", "E").replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- Prepared text: a matching copy of a text that remembers where each character came from ---

_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
#: Russian: stress marks (combining acute/grave over a vowel) in dictionaries and textbooks
STRESS = "\u0301\u0300"
_INVISIBLE_RU_RE = re.compile(f"[{INVISIBLE}{STRESS}]")
#: spaces that look like a space but are not U+0020; matching treats them as one
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000"
_SPACE_MAP = str.maketrans({c: " " for c in SPACES})
_SPACES_RE = re.compile(f"[{SPACES}]")


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text made ready for matching, with a map back to the original.

    `text` is NFC, has invisible characters (soft hyphen, zero-width ones) removed, exotic spaces
    turned into U+0020 and, for Azerbaijani in the old Cyrillic alphabet, Latin letters.
    `folded` is `fold(text, lang)` and has the same length as `text`, so a span found in `folded`
    is a span of `text`; `span()` turns it into a span of `original`. When nothing had to change
    length the maps are `None` and spans carry over unchanged (the fast path for clean text).
    """

    original: str
    text: str
    folded: str
    lang: str
    #: for each character of `text`, the original offset where its source starts / ends
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of `text[start:end]` (a non-empty span)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of a starter plus the combining marks after it: the units NFC may recompose."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        out.append((i, j))
        i = j
    return out


def prepare(text: str, lang: str, *, az_cyrillic: bool | None = None) -> Prepared:
    """Normalise `text` for matching in `lang`, keeping offsets into the original.

    `az_cyrillic`: transliterate lines written in the Azerbaijani Cyrillic alphabet to Latin
    (default: only when `lang == "az"`); only lines holding letters that exist in Azerbaijani
    Cyrillic alone are touched, so Russian quotations keep their letters.
    """
    from translate.text.script import AZ_ONLY_CYRILLIC, az_cyrillic_map

    if az_cyrillic is None:
        az_cyrillic = lang == "az"
    needs_translit = az_cyrillic and any(ch in text for ch in AZ_ONLY_CYRILLIC)
    invisible = _INVISIBLE_RU_RE if lang == "ru" else _INVISIBLE_RE
    clean = (
        not needs_translit
        and invisible.search(text) is None
        and unicodedata.is_normalized("NFC", text)
    )
    if clean:
        norm = text.translate(_SPACE_MAP) if _SPACES_RE.search(text) else text
        return Prepared(text, norm, fold(norm, lang), lang)

    translit_lines: set[int] = set()
    if needs_translit:
        pos = 0
        for line in text.splitlines(keepends=True):
            if any(ch in line for ch in AZ_ONLY_CYRILLIC):
                translit_lines.update(range(pos, pos + len(line)))
            pos += len(line)
    cyr = az_cyrillic_map()
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for cs, ce in _clusters(text):
        segment = text[cs:ce]
        if invisible.search(segment):
            # zero-width characters are starters: a cluster holding one is that character
            # alone (or marks stranded after it, which we keep with the dropped character);
            # Russian stress marks are dropped from their vowel's cluster
            segment = invisible.sub("", segment)
            if not segment:
                continue
        composed = unicodedata.normalize("NFC", segment) if ce - cs > 1 else segment
        for ch in composed:
            out = cyr.get(ch, ch) if cs in translit_lines else ch
            for o in out:
                chars.append(o)
                starts.append(cs)
                ends.append(ce)
    norm = "".join(chars).translate(_SPACE_MAP)
    return Prepared(text, norm, fold(norm, lang), lang, tuple(starts), tuple(ends))
