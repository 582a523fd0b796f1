"""The Russian inflection hint (`ru_inflection`) and the dictionary check behind its warning.

Grammar (glossary/README.md)::

    HINT := ITEM (";" ITEM)*        ITEM := [WORD "="] ("indecl" | "like " MODEL)

Spaces around `;` and `=` are tolerated (the CSV writer joins hints with "; "). An item without
WORD applies to every word of the term the dictionary does not know.

`unknown_words` answers "which words of this Russian phrase does the dictionary not know and the
hint not cover?". The term engine owns the real answer (`translate.morph.ru.unknown_words`); until
it exists, or if it cannot be imported, a small pymorphy3 fallback here gives the same contract so
validation works either way.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
_ITEM = regex.compile(
    r"^\s*(?:(?P<word>\p{L}+(?:-\p{L}+)*)\s*=\s*)?(?:(?P<indecl>indecl)|like\s+(?P<model>\p{L}+(?:-\p{L}+)*))\s*$"
)


@dataclass(frozen=True)
class InflectionItem:
    """One item of a hint: `word` None means "every unknown word of the term"."""

    word: str | None
    indeclinable: bool
    model: str | None = None


class HintSyntaxError(ValueError):
    """A hint that does not follow the grammar; `offset` is 0-based into the hint text."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def parse_hint(hint: str) -> list[InflectionItem]:
    """Parse a hint; raises `HintSyntaxError` naming the first bad item and where it starts."""
    items: list[InflectionItem] = []
    offset = 0
    for part in hint.split(";"):
        match = _ITEM.match(part)
        if not match:
            stripped = part.strip()
            where = offset + (part.index(stripped) if stripped else 0)
            raise HintSyntaxError(
                f"bad inflection hint item {stripped!r}: expected 'indecl', 'like MODEL', "
                "'WORD=indecl' or 'WORD=like MODEL'",
                where,
            )
        items.append(
            InflectionItem(
                word=match["word"], indeclinable=bool(match["indecl"]), model=match["model"]
            )
        )
        offset += len(part) + 1
    return items


def words(phrase: str) -> list[str]:
    """The letter-only words of a phrase (hyphenated compounds kept whole)."""
    return _WORD.findall(phrase)


def unknown_words(phrase: str, hint: str | None) -> list[str]:
    """Words of a Russian *phrase* the dictionary does not know and *hint* does not cover.

    Delegates to `translate.morph.ru.unknown_words` when the term engine provides it.
    """
    try:
        from translate.morph.ru import unknown_words as engine_unknown_words
    except ImportError:
        return _fallback_unknown_words(phrase, hint)
    return list(engine_unknown_words(phrase, hint))


def _fallback_unknown_words(phrase: str, hint: str | None) -> list[str]:
    covered: set[str] = set()
    if hint:
        try:
            items = parse_hint(hint)
        except HintSyntaxError:
            items = []
        if any(item.word is None for item in items):
            return []
        covered = {item.word.lower() for item in items if item.word}
    out = []
    for word in words(phrase):
        if not regex.search(r"\p{Cyrillic}", word) or word.lower() in covered:
            continue
        parts = word.split("-")
        if not all(_is_known(p) for p in parts if p):
            out.append(word)
    return out


def is_known(word: str) -> bool:
    """Whether the Russian dictionary knows *word* (any case; ё and е both accepted)."""
    return _is_known(word)


@functools.cache
def _analyzer():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.cache
def _is_known(word: str) -> bool:
    return bool(_analyzer().word_is_known(word.lower()))
