"""What a check run produces: findings and, per file, how complete its translation is.

Kept apart from the engine so reports and the CLI read results without importing the machinery
that made them (process pool, term index).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from translate.checks.finding import Finding, Severity
from translate.checks.segment import Segment

#: what a checked file is: a PO catalogue, or a draft (Markdown or text) beside its source
FileKind = Literal["po", "draft"]
#: `--fail-on`: the lowest severity that makes a run fail, or never
FailOn = Literal["error", "warning", "never"]


@dataclass
class FileStats:
    """Completeness of one checked file (reports show it per article and language)."""

    file: str
    lang: str
    article: str
    kind: FileKind
    messages: int = 0
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def file_stats(
    file: str, lang: str, article: str, kind: FileKind, segs: list[Segment]
) -> FileStats:
    """Count a file's messages by state (untranslated wins over fuzzy, as gettext counts)."""
    st = FileStats(file, lang, article, kind, messages=len(segs))
    for s in segs:
        if not s.translated:
            st.untranslated += 1
        elif s.fuzzy:
            st.fuzzy += 1
        else:
            st.translated += 1
    return st


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    files: list[FileStats] = field(default_factory=list)
    #: per file, in the order of `files`, what a run's `inspect` hook returned (else empty)
    inspected: list[Any] = field(default_factory=list)

    @property
    def messages(self) -> int:
        return sum(f.messages for f in self.files)

    def count(self, severity: Severity | str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def summary(self) -> dict[str, Any]:
        by_check: dict[str, int] = defaultdict(int)
        for f in self.findings:
            by_check[f.check] += 1
        return {
            "files": len(self.files),
            "messages": self.messages,
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "infos": self.count(Severity.INFO),
            "by_check": dict(sorted(by_check.items())),
        }


def fails(result: CheckResult, fail_on: FailOn | str) -> bool:
    """Whether the findings reach the `--fail-on` level (error | warning | never)."""
    if fail_on == "never":
        return False
    level = Severity(fail_on).rank
    return any(f.severity.rank >= level for f in result.findings)


def _sort_key(f: Finding) -> tuple[str, int, int, str]:
    """`Finding.sort_key` without the property call (a run sorts tens of thousands)."""
    span = f.span
    return (f.file, f.line, span.start if span is not None else -1, f.check)


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Sorted by file and line, each finding once (one source problem seen from two catalogues
    is one problem).

    The key spells the span out as a tuple: equal spans give equal tuples, and hashing a tuple
    of str and int stays in C where the frozen dataclass's generated `__hash__` is a Python
    call per finding."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for f in sorted(findings, key=_sort_key):
        span = f.span
        where = None if span is None else (span.start, span.end, span.text, span.where)
        key = (f.check, f.file, f.line, f.lang, where, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
