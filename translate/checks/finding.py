"""The `Finding` model: one problem a check reports, with everything a reader needs to act on it.

A finding points at a span of one text: usually the translation (`msgstr`, or a draft block), but
for checks about the source (`term-source-forbidden`, or `term-missing`, whose evidence is the
source term the translation lacks) at the source text; `span.where` says which. Offsets are
Python string indices into that text, so `text[start:end] == span.text` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from translate.diagnostics import Severity

#: which text a span indexes: the translation (msgstr, draft block) or its source
SpanSide = Literal["translation", "source"]


@dataclass(frozen=True)
class Span:
    """Where in the message the problem is: `start`/`end` index into the translation (or into
    the source when `where == "source"`)."""

    start: int
    end: int
    text: str
    where: SpanSide = "translation"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "where": self.where}


@dataclass(frozen=True)
class Finding:
    check: str
    severity: Severity
    file: str
    line: int
    lang: str
    message: str
    span: Span | None = None
    suggestion: str | None = None
    msgid: str | None = None
    msgctxt: str | None = None
    concept: str | None = None
    #: the full text the span indexes into (not serialised: reports use it for context)
    context: str = field(default="", compare=False, repr=False)
    #: for a finding about the source (`term-missing`), the translation block it concerns, so
    #: an editor sees where the term should be (not serialised; text output and report show it)
    translation: str = field(default="", compare=False, repr=False)

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    @property
    def sort_key(self) -> tuple:
        return (self.file, self.line, self.span.start if self.span else -1, self.check)

    def to_dict(self) -> dict:
        return {
            "check": self.check,
            "severity": str(self.severity),
            "file": self.file,
            "line": self.line,
            "lang": self.lang,
            "message": self.message,
            "span": self.span.to_dict() if self.span else None,
            "suggestion": self.suggestion,
            "msgid": self.msgid,
            "msgctxt": self.msgctxt,
            "concept": self.concept,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Finding:
        span = d.get("span")
        return cls(
            check=d["check"],
            severity=Severity(d["severity"]),
            file=d["file"],
            line=d["line"],
            lang=d["lang"],
            message=d["message"],
            span=Span(**span) if span else None,
            suggestion=d.get("suggestion"),
            msgid=d.get("msgid"),
            msgctxt=d.get("msgctxt"),
            concept=d.get("concept"),
        )
