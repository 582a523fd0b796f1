"""The Russian inflection hint (`ru_inflection`): how words the dictionary lacks decline.

Grammar (glossary/README.md)::

    HINT := ITEM (";" ITEM)*        ITEM := [WORD "="] ("indecl" | "like " MODEL)

Spaces around `;` and `=` are tolerated (the CSV writer joins hints with "; "). An item without
WORD applies to every word of the term the dictionary does not know. One parser serves the
glossary validator (which needs where a bad item starts) and the form generator (which needs the
rule for a word).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from translate.text.normalize import fold

_ITEM = regex.compile(
    r"^\s*(?:(?P<word>\p{L}+(?:-\p{L}+)*)\s*=\s*)?"
    r"(?:(?P<indecl>indecl)|like\s+(?P<model>\p{L}+(?:-\p{L}+)*))\s*$"
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


def hint_rules(hint: str | None) -> dict[str | None, InflectionItem]:
    """The hint's items by folded word (`None`: the item for every unknown word); an empty or
    missing hint has none. Raises `HintSyntaxError` like `parse_hint`."""
    if not hint or not hint.strip():
        return {}
    return {(fold(item.word, "ru") if item.word else None): item for item in parse_hint(hint)}


def rule_for(rules: dict[str | None, InflectionItem], word: str) -> InflectionItem | None:
    """The rule for a folded *word*: its own item, else the item for every word."""
    return rules.get(word) or rules.get(None)
