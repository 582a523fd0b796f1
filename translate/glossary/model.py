"""The termbase model: concepts holding terms per language, each with an editorial status.

Formats (CSV, TBX, PO) convert to and from this model and nothing else, so a round trip through
any of them can be checked by comparing models.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    """Editorial status of a term, following ISO 12620 administrativeStatus.

    `deprecated` terms are discouraged (an older or unofficial rendering, e.g. "Nagorno-Karabakh");
    `forbidden` ones break editorial policy outright (e.g. "Kiev"). Both are reported when found in
    a translation and imply the concept's preferred term as the replacement.
    """

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"

    @property
    def allowed(self) -> bool:
        return self in (Status.PREFERRED, Status.ADMITTED)


@dataclass(frozen=True)
class Term:
    """One rendering of a concept in one language."""

    text: str
    lang: str
    status: Status = Status.PREFERRED
    #: match letter case exactly (abbreviations like ICAO); otherwise case-insensitive
    case_sensitive: bool = False
    #: Russian only: how words the dictionary does not know decline. Grammar:
    #: `ITEM (";" ITEM)*` with `ITEM := [WORD "="] ("indecl" | "like " MODEL)`; an ITEM without
    #: WORD applies to every unknown word of the term. Example: `Нахчыван=like караван`.
    inflection: str | None = None
    #: where the term's text starts in its source file (1-based; 0 if unknown). Not part of the
    #: term's identity: two terms read from different places are still equal.
    line: int = field(default=0, compare=False, repr=False)
    column: int = field(default=0, compare=False, repr=False)


@dataclass
class Concept:
    """A unit of meaning with its terms in every language; `id` is stable across edits."""

    id: str
    domain: str = ""
    pos: str = ""
    definition: str = ""
    note: str = ""
    terms: list[Term] = field(default_factory=list)
    #: per language, phrases that contain a term of this concept but are not this concept
    #: ("Deputy Foreign Minister" for *deputy*, a member of parliament): matched inflected like
    #: the terms, and a term occurrence inside one is not an occurrence of the concept
    not_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: per target language, renderings of the source word's OTHER senses (*deputy* as an
    #: assistant: az `müavin`, ru `заместитель`): matched inflected like the terms in the
    #: aligned translation, they show the source word was used in that sense, so `term-missing`
    #: does not ask for the concept's term there
    other_senses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: 1-based line of the concept in its source file, for located messages (0 if unknown)
    line: int = 0
    #: (line, column) of each concept-level field in its source file, keyed by field name
    #: (`id`, `domain`, `pos`, ... and, from CSV, every column); for located messages only
    positions: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    def terms_for(self, lang: str) -> list[Term]:
        return [t for t in self.terms if t.lang == lang]

    def preferred(self, lang: str) -> Term | None:
        for t in self.terms:
            if t.lang == lang and t.status is Status.PREFERRED:
                return t
        return None

    def allowed(self, lang: str) -> list[Term]:
        return [t for t in self.terms if t.lang == lang and t.status.allowed]

    def disallowed(self, lang: str) -> list[Term]:
        return [t for t in self.terms if t.lang == lang and not t.status.allowed]

    @property
    def languages(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.terms:
            seen.setdefault(t.lang, None)
        return list(seen)

    def same_content(self, other: Concept) -> bool:
        """Equality that ignores where the concept was read from (used by round-trip tests)."""
        return (
            self.id,
            self.domain,
            self.pos,
            self.definition,
            self.note,
            self.terms,
            {k: v for k, v in self.not_phrases.items() if v},
            {k: v for k, v in self.other_senses.items() if v},
        ) == (
            other.id,
            other.domain,
            other.pos,
            other.definition,
            other.note,
            other.terms,
            {k: v for k, v in other.not_phrases.items() if v},
            {k: v for k, v in other.other_senses.items() if v},
        )


@dataclass
class Glossary:
    """An ordered collection of concepts; order is the file's, so exports diff cleanly."""

    concepts: list[Concept] = field(default_factory=list)
    #: languages the glossary covers, source language first
    languages: tuple[str, ...] = ("en", "az", "ru")
    #: where it was read from (for messages); empty for in-memory glossaries
    source: str = ""

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def get(self, concept_id: str) -> Concept | None:
        for c in self.concepts:
            if c.id == concept_id:
                return c
        return None

    def same_content(self, other: Glossary) -> bool:
        return len(self.concepts) == len(other.concepts) and all(
            a.same_content(b) for a, b in zip(self.concepts, other.concepts, strict=True)
        )
