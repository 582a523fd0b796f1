"""Anchors: what a text and its translation must share, whatever the language.

- numbers, with group separators removed (`1,000`, `1 000`, `1.000` → `1000`), so `11th` and
  `11-й` both give `#11`;
- glossary concepts, through the inflection-aware term index, so `occupation` and `оккупацией`
  both give `concept:occupation`;
- quotations: a text with a quotation gives `quote` (“…”, «…», „…“, "…");
- names written in Latin letters inside a sentence (`Aliyev`, `NATO`) give `name:aliyev`, which
  only a Latin-script translation (az, en) can share; they are left out for other scripts.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

#: a group is three digits, not the first three of a longer number ("Q3 2027" is 3 and 2027)
_NUMBER = regex.compile(r"\d+(?:[ \u00a0\u202f.,]\d{3}(?!\d))*")
_QUOTE = regex.compile(r"[“”«»„\"]")
_NAME = regex.compile(r"(?<=\S\s+)\p{Lu}[\p{Ll}\p{Lu}]+")
_LATIN = regex.compile(r"\p{Script=Latin}")

ConceptFinder = Callable[[str, str], set[str]]


def anchors(
    text: str, lang: str, concepts: ConceptFinder | None = None, names: bool = False
) -> frozenset[str]:
    found = {"#" + regex.sub(r"\D", "", m.group(0)) for m in _NUMBER.finditer(text)}
    if _QUOTE.search(text):
        found.add("quote")
    if concepts is not None:
        found |= {f"concept:{c}" for c in concepts(text, lang)}
    if names:
        found |= {f"name:{m.group(0).casefold()}" for m in _NAME.finditer(text)}
    return frozenset(found)


def latin_script(lang: str, sample: str) -> bool:
    """Whether names can be shared: the translation is written in Latin letters."""
    letters = [c for c in sample if c.isalpha()][:500]
    return bool(letters) and sum(bool(_LATIN.match(c)) for c in letters) > len(letters) / 2
