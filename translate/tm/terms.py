"""What the glossary says about a TM suggestion: outdated terms in it, terms it lacks.

Old articles were translated before some terminology decisions (Nagorno-Karabakh → Karabakh,
законный преемник → правопреемник). A TM that hands their sentences on unchanged would undo those
decisions in every new article. So each suggestion is read with the inflection-aware term index:
a deprecated or forbidden rendering in its target, or a concept of the new source that the
target does not render, lowers its score and adds a note the translator sees
(`term “Нагорном Карабахе” is deprecated; use “Карабахе”`). A suggestion with a note is never
filled in as a finished translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the index (and the morphology behind it) loads only with a glossary
    from translate.glossary.model import Glossary
    from translate.terms.index import TermIndex

#: score points taken off per glossary problem of a suggestion
PENALTY = 10

#: statuses (a StrEnum, compared as text so this module loads without the glossary package)
_BAD = {"deprecated", "forbidden"}


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


@dataclass
class TermPolicy:
    glossary: Glossary
    index: TermIndex
    source_lang: str
    target_lang: str

    def assess(self, source: str, target: str) -> tuple[int, list[str]]:
        """(penalty in score points, notes) for using *target* as the translation of
        *source*."""
        notes: list[str] = []
        found = self.index.find(target, self.target_lang)
        rendered = set()
        for occ in found:
            # an outdated rendering still renders its concept: one note for it, not two
            rendered.add(occ.concept_id)
            if occ.status in _BAD:
                concept = self.glossary.get(occ.concept_id)
                preferred = concept.preferred(self.target_lang) if concept else None
                use = self.index.suggest(occ, preferred.text) if preferred else None
                note = f"term {_q(occ.surface)} is {occ.status}"
                notes.append(note + (f"; use {_q(use)}" if use else ""))
        seen: set[str] = set()
        for occ in self.index.find(source, self.source_lang):
            cid = occ.concept_id
            if cid in rendered or cid in seen or occ.status in _BAD:
                continue
            seen.add(cid)
            concept = self.glossary.get(cid)
            preferred = concept.preferred(self.target_lang) if concept else None
            if preferred is None:
                continue
            notes.append(f"source term {_q(occ.surface)} is not rendered; use {_q(preferred.text)}")
        return PENALTY * len(notes), notes
