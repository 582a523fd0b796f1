"""The Russian inflection hint (`ru_inflection`): how words the dictionary lacks decline.

Grammar (glossary/README.md)::

    HINT := ITEM (";" ITEM)*        ITEM := [WORD "="] ("indecl" | "like " MODEL) | "adj " ADJ

Spaces around `;` and `=` are tolerated (the CSV writer joins hints with "; "). An item without
WORD applies to every word of the term the dictionary does not know. One parser serves the
glossary validator (which needs where a bad item starts) and the form generator (which needs the
rule for a word).

`adj ADJ` is no declension rule: it names an adjective derived from the name that renders the
name's possessive or attributive use ("Armenia's border guards" → армянские пограничники) when the
adjective does not begin with the name's stem (Армения → армянский, США → американский, Кремль →
кремлёвский). No rule can derive those, so the editor writes them down.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from translate.text.normalize import fold

_ITEM = regex.compile(
    r"^\s*(?:(?P<word>\p{L}+(?:-\p{L}+)*)\s*=\s*)?"
    r"(?:(?P<indecl>indecl)|like\s+(?P<model>\p{L}+(?:-\p{L}+)*)"
    r"|adj\s+(?P<adj>\p{L}+(?:-\p{L}+)*))\s*$"
)


@dataclass(frozen=True)
class InflectionItem:
    """One item of a hint: `word` None means "every unknown word of the term"."""

    word: str | None
    indeclinable: bool
    model: str | None = None
    #: an `adj ADJ` item: the name's derived adjective (no declension rule)
    adjective: str | None = None


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
        if not match or (match["adj"] and match["word"]):
            stripped = part.strip()
            where = offset + (part.index(stripped) if stripped else 0)
            raise HintSyntaxError(
                f"bad inflection hint item {stripped!r}: expected 'indecl', 'like MODEL', "
                "'WORD=indecl', 'WORD=like MODEL' or 'adj ADJECTIVE'",
                where,
            )
        items.append(
            InflectionItem(
                word=match["word"],
                indeclinable=bool(match["indecl"]),
                model=match["model"],
                adjective=match["adj"],
            )
        )
        offset += len(part) + 1
    return items


def hint_rules(hint: str | None) -> dict[str | None, InflectionItem]:
    """The hint's items by folded word (`None`: the item for every unknown word); an empty or
    missing hint has none. Raises `HintSyntaxError` like `parse_hint`."""
    if not hint or not hint.strip():
        return {}
    return {
        (fold(item.word, "ru") if item.word else None): item
        for item in parse_hint(hint)
        if item.adjective is None
    }


def hint_adjectives(hint: str | None) -> tuple[str, ...]:
    """The derived adjectives a hint names (`adj армянский`); none for a malformed hint, which
    the validator reports."""
    if not hint or "adj" not in hint:
        return ()
    try:
        return tuple(i.adjective for i in parse_hint(hint) if i.adjective)
    except HintSyntaxError:
        return ()


def rule_for(rules: dict[str | None, InflectionItem], word: str) -> InflectionItem | None:
    """The rule for a folded *word*: its own item, else the item for every word."""
    return rules.get(word) or rules.get(None)
