"""Shared state for one check run: configuration, the term index and per-run caches.

Checks receive a `CheckContext` instead of globals so a run in a worker process builds (or loads
from its disk cache) the term index once and every family shares the same occurrences of a text:
term recognition is the expensive step, and four families need it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from translate.checks.finding import Finding, Severity, Span
from translate.checks.registry import CHECKS
from translate.config import Config

if TYPE_CHECKING:
    from translate.checks.segment import Segment
    from translate.glossary.model import Concept, Glossary
    from translate.terms.occurrence import Occurrence

#: the quote convention per language: opening + closing (+ nested opening + closing)
DEFAULT_QUOTES: dict[str, str] = {
    "ru": "«»„“",
    "az": "«»“”",
    "en": "“”‘’",
}


def resolve_severities(config: Config) -> dict[str, Severity | None]:
    """Default severities with `[tool.translate.severities]` applied; None means "off"."""
    out: dict[str, Severity | None] = {cid: spec.severity for cid, spec in CHECKS.items()}
    for cid, value in config.severities.items():
        if cid in out:
            out[cid] = None if value == "off" else Severity(value)
    return out


@dataclass
class CheckContext:
    config: Config
    glossary: Glossary | None = None
    index: Any = None  # translate.terms.TermIndex (duck-typed: find/suggest)
    #: check ids that run at all (severity not "off", prerequisites present)
    enabled: frozenset[str] = frozenset(CHECKS)
    severities: dict[str, Severity | None] = field(default_factory=dict)
    _occ_cache: dict[tuple[str, str], list[Occurrence]] = field(default_factory=dict, repr=False)
    #: free-form per-run caches for families (keyed by family name)
    caches: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def create(
        cls,
        config: Config,
        glossary: Glossary | None = None,
        index: Any = None,
        only: frozenset[str] | None = None,
    ) -> CheckContext:
        sev = resolve_severities(config)
        enabled = {cid for cid, s in sev.items() if s is not None}
        if index is None:
            enabled -= {cid for cid, spec in CHECKS.items() if spec.needs_glossary}
        if only is not None:
            enabled &= set(only)
        return cls(config, glossary, index, frozenset(enabled), sev)

    def on(self, *ids: str) -> bool:
        return any(i in self.enabled for i in ids)

    def quotes(self, lang: str) -> str:
        q = self.config.quotes.get(lang) or DEFAULT_QUOTES.get(lang, "“”‘’")
        return q

    def find(self, text: str, lang: str) -> list[Occurrence]:
        """Term occurrences in *text*, cached: several families ask for the same text."""
        if self.index is None or not text:
            return []
        key = (text, lang)
        hit = self._occ_cache.get(key)
        if hit is None:
            if len(self._occ_cache) > 50_000:
                self._occ_cache.clear()
            hit = list(self.index.find(text, lang))
            self._occ_cache[key] = hit
        return hit

    def concept(self, concept_id: str) -> Concept | None:
        """The glossary concept by id (a dict: `Glossary.get` scans, and termbases are big)."""
        by_id = self.caches.get("concepts")
        if by_id is None:
            by_id = self.caches["concepts"] = {c.id: c for c in self.glossary or []}
        return by_id.get(concept_id)

    def suggest(self, occ: Occurrence, term: str) -> str:
        """*term* inflected like *occ* (cached: a morphological analysis per call is slow);
        the base form when the morphology cannot do it."""
        key = (occ.lang, occ.surface, occ.term, term)
        cache = self.caches.setdefault("suggest", {})
        hit = cache.get(key)
        if hit is None:
            try:
                hit = self.index.suggest(occ, term)
            except Exception:  # no inflection possible: the base form will do
                hit = term
            cache[key] = hit
        return hit

    def finding(
        self,
        seg: Segment,
        check: str,
        message: str,
        start: int | None = None,
        end: int | None = None,
        *,
        where: str = "translation",
        suggestion: str | None = None,
        concept: str | None = None,
        file: str | None = None,
        line: int | None = None,
        lang: str | None = None,
    ) -> Finding:
        """A finding for *seg* with the configured severity and a span into its text."""
        text = (seg.source or "") if where == "source" else seg.target
        span = None
        if start is not None and end is not None:
            span = Span(start, end, text[start:end], where)
        severity = self.severities.get(check) or CHECKS[check].severity
        return Finding(
            check=check,
            severity=severity,
            file=file if file is not None else seg.file,
            line=line if line is not None else seg.line,
            lang=lang if lang is not None else seg.lang,
            message=message,
            span=span,
            suggestion=suggestion,
            msgid=seg.msgid,
            msgctxt=seg.msgctxt,
            concept=concept,
            context=text,
        )
