"""Located findings about a glossary file, shared by the readers and the validator.

Readers collect problems instead of raising on the first one, so an editor who broke five rows
sees five messages in one run. A problem whose rule is in `FORMAT_RULES` means the file itself
could not be read faithfully (exit code 2); every other error is a validation finding (exit 1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from translate.errors import Location, UserError


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


#: rules that mean the file is malformed, not merely wrong: the model read from it cannot be
#: trusted, so commands refuse it (exit 2) instead of working on a partial glossary
FORMAT_RULES = frozenset(
    {
        "csv-encoding",
        "csv-bom",
        "csv-line-ending",
        "csv-quoting",
        "csv-columns",
        "csv-header",
        "xml-syntax",
        "xml-unsafe",
        "tbx-structure",
    }
)


@dataclass(frozen=True)
class Problem:
    """One finding: where, what, how to fix it, and the rule that found it."""

    severity: Severity
    location: Location
    message: str
    hint: str = ""
    rule: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def is_format(self) -> bool:
        return self.rule in FORMAT_RULES

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


class GlossaryFormatError(UserError):
    """A glossary file that cannot be read faithfully; carries every problem found, not just one.

    Raised by `load_glossary`; the CLI prints `str(exc)` (all problems, one per line) and exits
    with code 2.
    """

    def __init__(self, problems: Iterable[Problem], path: str) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        first = self.problems[0] if self.problems else None
        count = len([p for p in self.problems if p.is_error])
        super().__init__(
            f"{count} problem(s) make this glossary unreadable",
            location=first.location if first else Location(path),
            hint=first.hint if first and first.hint else None,
        )
        self.path = path

    def __str__(self) -> str:
        lines = [str(p) for p in self.problems]
        errors = sum(1 for p in self.problems if p.is_error)
        lines.append(f"{self.path}: {errors} error(s): the file cannot be read; fix them and retry")
        return "\n".join(lines)
