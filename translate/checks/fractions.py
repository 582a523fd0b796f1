"""Fractions written with digits or glyphs, for `number-mismatch`: "¼ teaspoon" is a quarter, and
a translation that writes ½ there has changed the quantity.

A fraction is one number, whatever its spelling: a vulgar fraction glyph (`½`, `⅔`, `⅞`), a
mixed number (`1½`, `2 ¾`), the fraction slash (`1⁄2`, `⁷⁄₁₆`, `3 1⁄2`) and, where it cannot be
a date or an idiom, the ASCII slash (`1/2`, `3/4`, `1 1/2`). The ASCII form counts only as a
proper fraction of a small denominator standing alone: `1/2/2025` is a date, `24/7` an idiom
(`numerals.round_the_clock`), `417/2026` a case number, `7/4` a score or a date. Its value is
exact where the decimal ends (`½` = 0.5, `⅛` = 0.125, `1½` = 1.5), so a translation's `0,5`,
`1,5` or `0.125` is the same number; a third is also its rounding to two or three places
(`0,33`, `0,667`), which is how a translator writes it in decimals.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import lru_cache

import regex

#: the vulgar fraction glyphs of Unicode (↉ is zero thirds: a baseball score, no quantity)
_GLYPHS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUB = "₀₁₂₃₄₅₆₇₈₉"
#: the denominators an ASCII `n/d` may have to be read as a fraction (kitchens, inches, tenths)
_ASCII_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64})
_SP = "[ \u00a0\u202f\u2009]"

#: a fraction and the whole number before it, if any (a mixed number: `1½`, `2 ¾`, `3 1⁄2`,
#: `1 1/2`, `1-1/2`). The ASCII form must not touch another digit, slash or decimal point (a
#: date `1/2/2025`, a case number `417/2026`, a ratio `0.5/1`)
FRACTION = regex.compile(
    rf"(?:(?<![\d.,/])(?P<whole>\d+)(?:{_SP}|-(?=\d+/))?)?"
    rf"(?:(?P<glyph>[{_GLYPHS}])"
    rf"|(?P<num>[\d{_SUPER}]{{1,3}})\u2044(?P<den>[\d{_SUB}]{{1,3}})"
    rf"|(?<![\d.,/])(?P<anum>\d{{1,2}})/(?P<aden>\d{{1,2}})(?![\d/]|[.,]\d))"
)
#: any character a fraction may start with a glyph or a slash: most texts have none
_ANY = regex.compile(rf"[{_GLYPHS}\u2044]|\d/\d")


@lru_cache(maxsize=64)
def _glyph(c: str) -> tuple[int, int]:
    """The numerator and denominator of a glyph, from its Unicode decomposition (`⅜` is
    `<fraction> 0033 2044 0038`): exact, where `unicodedata.numeric` is a float."""
    chars = "".join(chr(int(x, 16)) for x in unicodedata.decomposition(c).split()[1:])
    num, den = chars.split("\u2044")
    return int(num), int(den)


def _digits(s: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in s))


@lru_cache(maxsize=256)
def _value(num: int, den: int) -> Decimal:
    return (Decimal(num) / Decimal(den)).normalize()


def roundings(value: Decimal) -> frozenset[Decimal]:
    """The roundings a translator may write for a fraction whose decimal does not end (⅓ =
    0,33 or 0,333; ⅔ = 0,67 or 0,667); none for one that ends (½, ¼, ⅛ are exact)."""
    if value == value.quantize(Decimal("0.001")):
        return frozenset()
    return frozenset(value.quantize(Decimal(10) ** -p).normalize() for p in (2, 3))


def fractions(text: str) -> list[tuple[int, int, Decimal, tuple[Decimal, ...]]]:
    """(start, end, value, parts) of every fraction of *text* written with digits or a glyph,
    a whole number before it included (`1½` = 1.5). *parts* are the numbers side by side the
    same characters may also be: `1/2` is 1 and 2 as well (the slash of "pages 1/2"), and
    `2 ½` with a space is 2 and ½ (a year before a glyph: «в 2020 ½ жителей»); a glyph glued
    to its whole number (`1½`) is one number only. A prose text: mask what is not prose."""
    if _ANY.search(text) is None:
        return []
    out: list[tuple[int, int, Decimal, tuple[Decimal, ...]]] = []
    for m in FRACTION.finditer(text):
        parts: tuple[Decimal, ...] = ()
        if m.group("glyph"):
            value = _value(*_glyph(m.group("glyph")))
        elif m.group("num"):
            den = _digits(m.group("den"))
            if den == 0:
                continue
            value = _value(_digits(m.group("num")), den)
        else:
            num, den = int(m.group("anum")), int(m.group("aden"))
            if not 0 < num < den or den not in _ASCII_DENOMINATORS:
                continue
            value = _value(num, den)
            parts = (Decimal(num), Decimal(den))
        start = m.start()
        whole = m.group("whole")
        if whole is not None:
            if value < 1:
                if parts:
                    parts = (Decimal(whole), *parts)
                elif m.end("whole") < (m.start("glyph") if m.group("glyph") else m.start("num")):
                    parts = (Decimal(whole), value)
                value = (Decimal(whole) + value).normalize()
            else:  # `3 5⁄4` is no mixed number: the fraction alone
                start = next(m.start(g) for g in ("glyph", "num", "anum") if m.group(g))
        out.append((start, m.end(), value, parts))
    return out
