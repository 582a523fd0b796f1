"""Normalisation for matching (never for display: original text and offsets are kept).

Azerbaijani needs Turkic case folding: Python's `'İ'.lower()` yields two code points (shifting
offsets) and `'I'.lower()` yields `i` where Azerbaijani needs `ı`. Russian matching treats ё as е
on both sides. Every fold here maps one code point to exactly one code point, so a folded string
has the same length as its source and offsets carry over unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from translate.text.alphabet import AZ_ONLY_CYRILLIC, az_cyrillic_map

_AZ_UPPER = str.maketrans({"I": "ı", "İ": "i"})
_AZ_LOWER = str.maketrans({"i": "İ", "ı": "I"})
_YO = str.maketrans({"ё": "е", "Ё": "Е"})

#: apostrophes and modifier letters used as apostrophes → ASCII apostrophe
APOSTROPHES = "'’‘ʼʻ`´′"
#: hyphens that join words → ASCII hyphen-minus
HYPHENS = "-‐‑‒–"
#: the apostrophes and hyphens `fold` rewrites (the ASCII ones stay as they are), each with
#: its replacement
_PUNCT_PAIRS = tuple(
    (c, "'" if c in APOSTROPHES else "-") for c in APOSTROPHES + HYPHENS if c not in "'-"
)
_PUNCT_VARIANTS = re.compile("[" + re.escape("".join(c for c, _ in _PUNCT_PAIRS)) + "]")

_AZ_ONLY_RE = re.compile("[" + "".join(sorted(AZ_ONLY_CYRILLIC)) + "]")

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
        # one str.replace per variant present: translate() with a dict costs ~100 ns a
        # character, and a typographic apostrophe is common (`Azerbaijan’s`)
        for variant, plain in _PUNCT_PAIRS:
            if variant in text:
                text = text.replace(variant, plain)
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
    starts: Sequence[int] | None = None
    ends: Sequence[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of `text[start:end]` (a non-empty span)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a starter plus the combining marks after it: the units NFC may recompose."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i + 1
        while j < end and unicodedata.combining(text[j]):
            j += 1
        out.append((i, j))
        i = j
    return out


#: where a clean run ends: a letter with combining marks (NFC may compose it), or a character
#: matching drops; everything between two such spots is copied as it is
_DIRTY = {
    False: regex.compile(rf"\P{{M}}?\p{{M}}+|[{INVISIBLE}]"),
    True: regex.compile(rf"\P{{M}}?\p{{M}}+|[{INVISIBLE}{STRESS}]"),
}


class _Builder:
    """Accumulates the matching copy and, per output character, its source span."""

    def __init__(self, text: str, invisible: re.Pattern[str]) -> None:
        self.text = text
        self.invisible = invisible
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def copy(self, a: int, b: int) -> None:
        if a < b:
            self.parts.append(self.text[a:b])
            self.starts.extend(range(a, b))
            self.ends.extend(range(a + 1, b + 1))

    def cluster(self, cs: int, ce: int, table: dict[str, str] | None = None) -> None:
        segment = self.text[cs:ce]
        if self.invisible.search(segment):
            # zero-width characters are starters: a cluster holding one is that character
            # alone (or marks stranded after it, dropped with it); Russian stress marks are
            # dropped from their vowel's cluster
            segment = self.invisible.sub("", segment)
            if not segment:
                return
        for ch in unicodedata.normalize("NFC", segment):
            for o in table.get(ch, ch) if table is not None else ch:
                self.parts.append(o)
                self.starts.append(cs)
                self.ends.append(ce)

    def region(self, a: int, b: int, dirty: regex.Pattern[str]) -> None:
        """Copy clean runs wholesale, rebuild only around dirty spots (fast for sporadic soft
        hyphens in long text)."""
        pos = a
        for m in dirty.finditer(self.text, a, b):
            self.copy(pos, m.start())
            for cs, ce in _clusters(self.text, m.start(), m.end()):
                self.cluster(cs, ce)
            pos = m.end()
        self.copy(pos, b)


#: a character that keeps a text off `prepare`'s fast path, per language (az: its Cyrillic
#: letters; ru: stress marks too): one scan instead of one per kind for the common clean text
_SPECIAL = {
    "az": re.compile(f"[{''.join(sorted(AZ_ONLY_CYRILLIC))}{INVISIBLE}{SPACES}]"),
    "ru": re.compile(f"[{INVISIBLE}{STRESS}{SPACES}]"),
}
_SPECIAL_OTHER = re.compile(f"[{INVISIBLE}{SPACES}]")


def prepare(text: str, lang: str, *, az_cyrillic: bool | None = None) -> Prepared:
    """Normalise `text` for matching in `lang`, keeping offsets into the original.

    `az_cyrillic`: transliterate lines written in the Azerbaijani Cyrillic alphabet to Latin
    (default: only when `lang == "az"`); only lines holding letters that exist in Azerbaijani
    Cyrillic alone are touched, so Russian quotations keep their letters.
    """
    norm, folded, starts, ends = prepare_fields(text, lang, az_cyrillic=az_cyrillic)
    return Prepared(text, norm, folded, lang, starts, ends)


def prepare_fields(
    text: str, lang: str, *, az_cyrillic: bool | None = None
) -> tuple[str, str, list[int] | None, list[int] | None]:
    """`prepare`'s `text`, `folded`, `starts` and `ends`, without the object: the term index
    prepares every text it reads, and a frozen dataclass costs a call per field to build."""
    if az_cyrillic is None:
        az_cyrillic = lang == "az"
    if az_cyrillic == (lang == "az") and (
        # ASCII has no character `_SPECIAL` names and is NFC: no scan (most English text)
        text.isascii()
        or (
            _SPECIAL.get(lang, _SPECIAL_OTHER).search(text) is None
            and unicodedata.is_normalized("NFC", text)
        )
    ):
        return text, fold(text, lang), None, None  # nothing to transliterate or map
    needs_translit = az_cyrillic and _AZ_ONLY_RE.search(text) is not None
    invisible = _INVISIBLE_RU_RE if lang == "ru" else _INVISIBLE_RE
    clean = (
        not needs_translit
        and invisible.search(text) is None
        and unicodedata.is_normalized("NFC", text)
    )
    if clean:
        norm = text.translate(_SPACE_MAP) if _SPACES_RE.search(text) else text
        return norm, fold(norm, lang), None, None

    b = _Builder(text, invisible)
    dirty = _DIRTY[lang == "ru"]
    if needs_translit:
        table = az_cyrillic_map()
        pos = 0
        for line in text.splitlines(keepends=True):
            end = pos + len(line)
            if _AZ_ONLY_RE.search(line) is not None:
                for cs, ce in _clusters(text, pos, end):
                    b.cluster(cs, ce, table)
            else:
                b.region(pos, end, dirty)
            pos = end
    else:
        b.region(0, len(text), dirty)
    norm = "".join(b.parts)
    if not unicodedata.is_normalized("NFC", norm):
        # a character NFC replaces on its own (Ω OHM SIGN → Ω): rebuild cluster by cluster
        b = _Builder(text, invisible)
        for cs, ce in _clusters(text, 0, len(text)):
            b.cluster(cs, ce)
        norm = "".join(b.parts)
    if _SPACES_RE.search(norm):
        norm = norm.translate(_SPACE_MAP)
    return norm, fold(norm, lang), b.starts, b.ends
