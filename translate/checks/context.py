"""Shared state for one check run: configuration, the term index and per-run caches.

Checks receive a `CheckContext` instead of globals so a run in a worker process builds (or loads
from its disk cache) the term index once and every family shares the same occurrences of a text:
term recognition is the expensive step, and four families need it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from translate.checks._text import MAX_WORD, WORD, mask_non_prose
from translate.checks.finding import Finding, Severity, Span, SpanSide
from translate.checks.registry import CHECKS, resolve_severities
from translate.config import Config
from translate.glossary.model import Status

if TYPE_CHECKING:
    from translate.checks.segment import Segment
    from translate.glossary.model import Concept, Glossary, Term
    from translate.terms.occurrence import Occurrence

#: the statuses a translation may use, as a set: `Status.allowed` is a property call per
#: occurrence (0.22 µs against 0.02 µs for a set look-up), and every term family asks it
ALLOWED: frozenset[Status] = frozenset(s for s in Status if s.allowed)

#: the quote convention per language: opening + closing (+ nested opening + closing)
DEFAULT_QUOTES: dict[str, str] = {
    "ru": "«»„“",
    "az": "«»“”",
    "en": "“”‘’",
}


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
    #: text → its words, for the article being checked (`text_words`)
    _words: dict[str, list[str]] = field(default_factory=dict, repr=False)

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
        # a loop, not any() over a generator: called for every family on every message
        enabled = self.enabled
        for i in ids:
            if i in enabled:
                return True
        return False

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
            # prose only, on every path: a term in a link target, URL, code span or HTML
            # attribute is not a term of the text (offsets hold: the mask keeps the length)
            hit = self._cased(self.index.find(mask_non_prose(text), lang))
            self._occ_cache[key] = hit
        return hit

    def _cased(self, occs: list[Occurrence]) -> list[Occurrence]:
        """Drop allowed readings of a capitalised proper-noun term in a lower-case word: a name
        never stands for a common word (`Грозный` is not `грозный`, `Turkey` not `turkey`). A
        deprecated or forbidden form stays, however it is typed: it is still the wrong name."""
        out = None
        for i, o in enumerate(occs):
            if (
                o.status in ALLOWED
                and o.term[:1].isupper()
                and not o.surface[:1].isupper()
                and (c := self.concept(o.concept_id)) is not None
                and c.pos == "propn"
            ):
                if out is None:
                    out = list(occs[:i])
            elif out is not None:
                out.append(o)
        return list(occs) if out is None else out

    def target_terms(self, seg: Segment) -> list[Occurrence]:
        """The term occurrences of *seg*'s translation, one reading per span.

        A span that reads both as an allowed term of one concept and as a deprecated or
        forbidden term of another (az «Zəfər Günü»: Azerbaijan's Victory Day, 8 November, and
        forbidden for Victory over Fascism Day, 9 May) belongs to the concept the aligned source
        block has; when the source has neither, or there is no source, the allowed reading wins.
        """
        occs = self.find(seg.target, seg.lang)
        if len(occs) < 2:
            return occs
        prev = occs[0]
        for o in occs[1:]:  # sorted by start: two readings of one span are neighbours
            if o.start == prev.start and o.end == prev.end:
                break
            prev = o
        else:
            return occs
        by_span: dict[tuple[int, int], list[Occurrence]] = {}
        for o in occs:
            by_span.setdefault((o.start, o.end), []).append(o)
        src = (
            {o.concept_id for o in self.find(seg.source, self.config.source_language)}
            if seg.source
            else set()
        )
        out: list[Occurrence] = []
        for readings in by_span.values():
            allowed = [o for o in readings if o.status in ALLOWED]
            if len(readings) == 1 or not allowed or len(allowed) == len(readings):
                out.extend(readings)
                continue
            other = [o for o in readings if o.status not in ALLOWED]
            if any(o.concept_id in src for o in allowed):
                out.extend(o for o in allowed if o.concept_id in src)
            elif any(o.concept_id in src for o in other):
                out.extend(o for o in other if o.concept_id in src)
            else:
                out.extend(allowed)
        return out

    def text_words(self, text: str) -> list[str]:
        """The words of *text* (`_text.WORD`), without offsets, remembered until
        `next_article`: the term and az-ascii families both read every translation's words,
        and the regex scan is the costly part of either."""
        hit = self._words.get(text)
        if hit is None:
            if len(self._words) > 10_000:
                self._words.clear()
            hit = WORD.findall(text)
            if len(text) > MAX_WORD and max(map(len, hit), default=0) > MAX_WORD:
                hit = [w for w in hit if len(w) <= MAX_WORD]  # see `long-token`
            self._words[text] = hit
        return hit

    def next_article(self) -> None:
        """Forget what `text_words` remembers: texts rarely repeat between articles."""
        self._words.clear()

    def concept(self, concept_id: str) -> Concept | None:
        """The glossary concept by id (a dict: `Glossary.get` scans, and termbases are big)."""
        by_id = self.caches.get("concepts")
        if by_id is None:
            by_id = self.caches["concepts"] = {c.id: c for c in self.glossary or []}
        return by_id.get(concept_id)

    def allowed_terms(self, concept_id: str, lang: str) -> tuple[Term, ...]:
        """`Concept.allowed(lang)` of the concept (empty when unknown), cached: term-missing asks
        for every source term the translation lacks, and the answer is the glossary's."""
        cache = self.caches.setdefault("allowed", {})
        key = (concept_id, lang)
        hit = cache.get(key)
        if hit is None:
            concept = self.concept(concept_id)
            hit = cache[key] = tuple(concept.allowed(lang)) if concept is not None else ()
        return hit

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
        where: SpanSide = "translation",
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
            translation=seg.target if where == "source" else "",
        )
