"""Located findings about a glossary file, shared by the readers and the validator.

Readers collect problems instead of raising on the first one, so an editor who broke five rows
sees five messages in one run. A problem whose rule is in `FORMAT_RULES` means the file itself
could not be read faithfully (exit code 2); every other error is a validation finding (exit 1).
"""

from __future__ import annotations

from collections.abc import Iterable

from translate.diagnostics import Problem, Severity, error, warning
from translate.errors import Location, UserError

__all__ = [
    "FORMAT_RULES",
    "GlossaryFormatError",
    "Problem",
    "Severity",
    "error",
    "is_format",
    "warning",
]


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


def is_format(problem: Problem) -> bool:
    """Whether *problem* means the file could not be read faithfully (exit 2)."""
    return problem.rule in FORMAT_RULES


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
