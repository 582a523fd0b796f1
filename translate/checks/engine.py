"""Run the checks over files: the one entry point `translate check` and `translate report` share.

`run_checks` takes tasks (from `tasks_for`), runs them in this process or a pool, adds
`--across` consistency over every article of a language, and returns the findings sorted and
deduplicated. Nothing here prints: progress is reported through a callback so the CLI can draw a
bar and tests can count calls. What a run needs beyond findings (the report's concept view)
comes through `inspect`, which runs where the file was checked, pool worker or not.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from translate.checks.checker import Checker
from translate.checks.pool import (
    PARALLEL_MIN_FILES,
    Inspect,
    Progress,
    TaskOutcome,
    fewer_collections,
    run_in_pool,
    run_task,
)
from translate.checks.result import CheckResult, dedupe
from translate.checks.segment import Segment
from translate.checks.tasks import Task
from translate.config import Config


@fewer_collections()
def run_checks(
    config: Config,
    tasks: Sequence[Task],
    *,
    glossary_path: Path | None,
    across: bool = False,
    only: frozenset[str] | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    stale: bool = True,
    checker: Checker | None = None,
    inspect: Inspect | None = None,
) -> CheckResult:
    """Check every task; findings sorted by file and line, duplicates (one source problem seen
    from two catalogues) reported once.

    *stale*: also report source blocks a catalogue lacks. *checker*: reuse one (no pool).
    *inspect*: called per file with the checker, its completeness and its segments; results
    come back in `CheckResult.inspected`, in the order of `files`.
    """
    result = CheckResult()
    seeds = config.seeds_dir if stale and config.seeds_dir.is_dir() else None
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    outcomes: list[TaskOutcome]
    if checker is None and workers > 1 and len(tasks) >= PARALLEL_MIN_FILES:
        outcomes, checker = run_in_pool(
            config,
            tasks,
            glossary_path=glossary_path,
            only=only,
            workers=workers,
            seeds=seeds,
            across=across,
            inspect=inspect,
            progress=progress,
        )
    else:
        checker = checker or Checker(config, glossary_path, only=only)
        outcomes = []
        for i, task in enumerate(tasks, 1):
            outcomes.append(run_task(task, checker, seeds, across, inspect))
            if progress:
                progress(i, len(tasks))
    all_segments: list[Segment] = []
    for findings, stats, segments, inspected in outcomes:
        result.findings.extend(findings)
        result.files.append(stats)
        all_segments.extend(segments)
        if inspect is not None:
            result.inspected.append(inspected)
    if across and all_segments:
        checker = checker or Checker(config, glossary_path, only=only)
        by_lang: dict[str, list[Segment]] = defaultdict(list)
        for s in all_segments:
            by_lang[s.lang].append(s)
        for segs in by_lang.values():
            result.findings.extend(checker.check_group(segs, families=("consistency",)))
    result.findings = dedupe(result.findings)
    return result
