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


_new = object.__new__


def make_occurrence(
    start: int, end: int, concept_id: str, lang: str, surface: str, term: str, status: Status
) -> Occurrence:
    """`Occurrence(...)`, the same object, made without the frozen dataclass's `__init__`, which
    calls `object.__setattr__` once per field: `TermIndex.find` makes one per term it finds,
    and that call was 3.6 % of a `translate check` run (tests/bench/bench_check.py's archive,
    sampled). Storing the fields in the instance's `__dict__` directly takes half the time."""
    o = _new(Occurrence)
    d = o.__dict__
    d["start"] = start
    d["end"] = end
    d["concept_id"] = concept_id
    d["lang"] = lang
    d["surface"] = surface
    d["term"] = term
    d["status"] = status
    return o
