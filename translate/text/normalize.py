"""Normalisation for matching (never for display: original text and offsets are kept).

Azerbaijani needs Turkic case folding: Python's `'İ'.lower()` yields two code points (shifting
offsets) and `'I'.lower()` yields `i` where Azerbaijani needs `ı`. Russian matching treats ё as е
on both sides. Every fold here maps one code point to exactly one code point, so a folded string
has the same length as its source and offsets carry over unchanged.
"""

from __future__ import annotations

import unicodedata

_AZ_UPPER = str.maketrans({"I": "ı", "İ": "i"})
_AZ_LOWER = str.maketrans({"i": "İ", "ı": "I"})
_YO = str.maketrans({"ё": "е", "Ё": "Е"})

#: apostrophes and modifier letters used as apostrophes → ASCII apostrophe
APOSTROPHES = "'’‘ʼʻ`´′"
#: hyphens that join words → ASCII hyphen-minus
HYPHENS = "-‐‑‒–"
_PUNCT = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in HYPHENS}})

#: characters that carry no letters and are dropped before matching
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def lower(text: str, lang: str) -> str:
    """Lower-case with the language's rules; length-preserving for az, ru and en text."""
    if lang == "az" or lang == "tr":
        text = text.translate(_AZ_UPPER)
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
    if lang == "ru":
        text = text.translate(_YO)
    return text.translate(_PUNCT)


def strip_diacritics(text: str) -> str:
    """ASCII-ish skeleton used for forgiving search (`baki` finds `Bakı`, `azerbaycan` finds
    `Azərbaycan`): decomposes, drops combining marks, and maps ə→e, ı→i.

    Not length-preserving; for search and suggestions, never for spans.
    """
    text = text.replace("ə", "e").replace("Ə", "E").replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
