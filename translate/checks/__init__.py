"""Consistency checks for translations: terminology, numbers, markup, scripts, punctuation.

Public API (everything below is importable from `translate.checks`)::

    tasks = tasks_for(config, [Path("locales/az/LC_MESSAGES/x.po")])   # or [] for all
    result = run_checks(config, tasks, glossary_path=config.glossary_path)
    for f in result.findings:          # Finding
        f.check, f.severity, f.file, f.line, f.lang, f.message, f.span, f.suggestion
    fails(result, "error")            # what `--fail-on error` decides

    Checker(config, glossary_path).check_segments([Segment(...)])   # any text, no files

One module per check family (`terms`, `source_terms`, `consistency`, `numerals`, `markup`,
`script`, `az_ascii`, `punctuation`, `status`), listed in `families`; `registry.CHECKS` holds
each id and default severity. `suppress` reads per-message suppressions, `loaders` turns PO
catalogues and drafts into `Segment`s, `checker` runs the families over them, `tasks` decides
what a run checks, `pool` runs tasks in parallel, and `engine.run_checks` is the one entry point
the CLI's `check` and `report` share.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from translate.checks.checker import Checker, load_term_index
    from translate.checks.engine import run_checks
    from translate.checks.finding import Finding, Severity, Span
    from translate.checks.registry import CHECKS, CheckSpec
    from translate.checks.result import CheckResult, FileStats, fails
    from translate.checks.segment import Segment
    from translate.checks.tasks import Task, discover_catalogues, tasks_for

#: public name → the module that defines it. Loaded on first use (PEP 562), so that reading
#: the registry (`translate check --list`, severities in the configuration) does not import
#: the term index, the morphologies and the Markdown parser the checks themselves need.
_EXPORTS = {
    "Checker": "checker",
    "load_term_index": "checker",
    "run_checks": "engine",
    "Finding": "finding",
    "Severity": "finding",
    "Span": "finding",
    "CHECKS": "registry",
    "CheckSpec": "registry",
    "CheckResult": "result",
    "FileStats": "result",
    "fails": "result",
    "Segment": "segment",
    "Task": "tasks",
    "discover_catalogues": "tasks",
    "tasks_for": "tasks",
}

__all__ = [
    "CHECKS",
    "CheckResult",
    "CheckSpec",
    "Checker",
    "FileStats",
    "Finding",
    "Segment",
    "Severity",
    "Span",
    "Task",
    "discover_catalogues",
    "fails",
    "load_term_index",
    "run_checks",
    "tasks_for",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
