"""Severities and located problems: the one vocabulary every layer reports in.

A glossary row, a catalogue entry and a checked message are judged by different code, but a
reader sees the same shape everywhere (`path:line[:column]: severity: message [rule]`, then a
hint) and a program sorts and filters them the same way. Check findings (`checks.Finding`) carry
more (a span, a suggestion) and use the same `Severity`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from translate.errors import Location


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Errors outrank warnings outrank notes (`--fail-on` compares ranks)."""
        return _RANK[self.value]


_RANK = {"error": 3, "warning": 2, "info": 1}


@dataclass(frozen=True)
class Problem:
    """One located problem: where, what, how to fix it, and the rule that found it."""

    severity: Severity
    location: Location
    message: str
    hint: str = ""
    rule: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        loc = self.location
        return (loc.path, loc.line, loc.column, self.rule)

    def __str__(self) -> str:
        text = f"{self.location}: {self.severity}: {self.message}"
        if self.rule:
            text += f" [{self.rule}]"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


def error(location: Location, message: str, hint: str = "", rule: str = "") -> Problem:
    return Problem(Severity.ERROR, location, message, hint, rule)


def warning(location: Location, message: str, hint: str = "", rule: str = "") -> Problem:
    return Problem(Severity.WARNING, location, message, hint, rule)
