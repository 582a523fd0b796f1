"""Running check tasks: in this process, or in a process pool; and the collector's pace.

Files are checked in parallel (a `ProcessPoolExecutor`; with `fork` the workers share the
parent's `Checker` copy-on-write, elsewhere each builds its own) when there are at least
`PARALLEL_MIN_FILES` of them and more than one CPU: a catalogue is checked independently of the
others, except for `--across` consistency, which the parent process runs over the segments the
workers send back.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from translate.checks.checker import Checker
from translate.checks.finding import Finding
from translate.checks.result import FileStats
from translate.checks.segment import Segment
from translate.checks.tasks import Task
from translate.config import Config
from translate.errors import UserError

PARALLEL_MIN_FILES = 24

Progress = Callable[[int, int], None]
#: called in the process that checked a file, with its checker, completeness and segments; what
#: it returns (picklable) comes back in `CheckResult.inspected`
Inspect = Callable[[Checker, FileStats, list[Segment]], Any]
#: a task's findings, completeness, segments (for `--across`, else empty) and inspection
TaskOutcome = tuple[list[Finding], FileStats, list[Segment], Any]

_WORKER: Checker | None = None


def _init_worker(config: Config, glossary_path: str | None, only: frozenset[str] | None) -> None:
    global _WORKER
    _WORKER = Checker(config, Path(glossary_path) if glossary_path else None, only=only)


def run_task(
    task: Task,
    checker: Checker,
    seeds_dir: Path | None,
    across: bool,
    inspect: Inspect | None = None,
) -> TaskOutcome:
    """Check one file (stale source blocks too when *seeds_dir* is given)."""
    keep = inspect is not None
    if task.kind == "po":
        findings, stats, segments = checker.check_catalogue(
            Path(task.path),
            task.display,
            across=across,
            source_dir=seeds_dir,
            lang=task.lang,
            keep_segments=keep,
        )
    else:
        findings, stats, segments = checker.check_draft(
            Path(task.path),
            task.lang or "",
            Path(task.source) if task.source else None,
            task.display,
            across=across,
            keep_segments=keep,
        )
    inspected = inspect(checker, stats, segments) if inspect is not None else None
    return findings, stats, (segments if across else []), inspected


def _worker_task(
    args: tuple[Task, str | None, bool, Inspect | None],
) -> TaskOutcome | UserError:
    task, seeds, across, inspect = args
    assert _WORKER is not None
    try:
        return run_task(task, _WORKER, Path(seeds) if seeds else None, across, inspect)
    except UserError as exc:
        return exc


def run_in_pool(
    config: Config,
    tasks: Sequence[Task],
    *,
    glossary_path: Path | None,
    only: frozenset[str] | None,
    workers: int,
    seeds: Path | None,
    across: bool,
    inspect: Inspect | None,
    progress: Progress | None,
) -> tuple[list[TaskOutcome], Checker | None]:
    """Every task's outcome, in the order of *tasks*, from *workers* processes; and the parent's
    checker when it built one (with `fork`), for the caller to reuse."""
    # an article's catalogues side by side, so one worker analyses its source text once
    # for every language; results go back to the caller's order afterwards
    order = sorted(range(len(tasks)), key=lambda i: (Path(tasks[i].path).name, i))
    ordered = [tasks[i] for i in order]
    global _WORKER
    pool_args: dict[str, Any]
    if "fork" in multiprocessing.get_all_start_methods():
        # build the index once here; forked workers share it copy-on-write instead of
        # each loading it again (half a second apiece, measured)
        _WORKER = Checker(config, glossary_path, only=only)
        _WORKER.warm(config.target_languages)
        gc.freeze()  # keep the collector from touching (and so copying) the shared heap
        pool_args = {"mp_context": multiprocessing.get_context("fork")}
    else:
        pool_args = {
            "initializer": _init_worker,
            "initargs": (config, str(glossary_path) if glossary_path else None, only),
        }
    outcomes: list[TaskOutcome] = []
    try:
        with ProcessPoolExecutor(max_workers=workers, **pool_args) as pool:
            args = [(t, str(seeds) if seeds else None, across, inspect) for t in ordered]
            chunk = max(1, min(64, len(ordered) // (workers * 8) or 1))
            for i, out in enumerate(pool.map(_worker_task, args, chunksize=chunk), 1):
                if isinstance(out, UserError):
                    raise out
                outcomes.append(out)
                if progress:
                    progress(i, len(ordered))
    finally:
        checker, _WORKER = _WORKER, None
        gc.unfreeze()
    restored: list[TaskOutcome | None] = [None] * len(ordered)
    for pos, i in enumerate(order):
        restored[i] = outcomes[pos]
    return [o for o in restored if o is not None], checker


#: allocations between young collections during a run (CPython's default is 700)
GC_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run with a higher young-generation threshold for the cyclic collector.

    A run allocates hundreds of thousands of long-lived objects that hold no cycles
    (segments, findings, occurrences, per-word caches); at the default threshold the collector
    starts ~600 times on 56,000 messages and walks them again and again, finding nothing:
    6% of a serial run, measured on tests/bench/bench_check.py's archive. Cycles are still
    collected, only less often; the old threshold is restored afterwards (forked pool
    workers inherit the higher one).
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
