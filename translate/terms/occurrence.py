"""What term recognition returns: a concept found at an exact span of the original text."""

from __future__ import annotations

from dataclasses import dataclass

from translate.glossary.model import Status


@dataclass(frozen=True, order=True)
class Occurrence:
    """A term found in a text.

    `start`/`end` are offsets into the *original* text (Python string indices), so
    `text[start:end] == surface` always holds, whatever normalisation matching used.
    """

    start: int
    end: int
    concept_id: str
    lang: str
    surface: str
    #: the glossary term this surface is a form of
    term: str
    status: Status

    def to_dict(self) -> dict:
        # spelled out: `dataclasses.asdict` deep-copies every field recursively, which cost
        # 6 s over 150,000 occurrences (issue 13)
        return {
            "start": self.start,
            "end": self.end,
            "concept_id": self.concept_id,
            "lang": self.lang,
            "surface": self.surface,
            "term": self.term,
            "status": str(self.status),
        }
