"""What term recognition returns: a concept found at an exact span of the original text."""

from __future__ import annotations

from dataclasses import asdict, dataclass

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
        d = asdict(self)
        d["status"] = str(self.status)
        return d
