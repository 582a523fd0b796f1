"""Running check tasks: in this process, or in a process pool; and the collector's pace.

Files are checked in parallel when there are at least `PARALLEL_MIN_FILES` of them and more than
one CPU: a catalogue is checked independently of the others, except for `--across` consistency,
which the parent process runs over the segments sent back. With *workers* processes the parent
is one of them: it forks *workers* − 1 children (with `fork` they share its `Checker`
copy-on-write, elsewhere each builds its own) and checks files itself between collecting theirs,
instead of waiting idle as a third process on two CPUs. What it checks is never pickled, and its
caches are already warm.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
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
#: the most articles one chunk holds (an article: its catalogues in every language)
MAX_CHUNK = 32

Progress = Callable[[int, int], None]
#: called in the process that checked a file, with its checker, completeness and segments; what
#: it returns (picklable) comes back in `CheckResult.inspected`
Inspect = Callable[[Checker, FileStats, list[Segment]], Any]
#: a task's findings, completeness, segments (for `--across`, else empty) and inspection
TaskOutcome = tuple[list[Finding], FileStats, list[Segment], Any]
#: tasks with their positions in the run's order
Chunk = list[tuple[int, Task]]
#: a chunk's outcomes by position; a UserError ends a chunk (the tasks after it are not run)
ChunkOutcome = list[tuple[int, TaskOutcome | UserError]]

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


def _run_chunk(
    chunk: Chunk, checker: Checker, seeds: Path | None, across: bool, inspect: Inspect | None
) -> ChunkOutcome:
    out: ChunkOutcome = []
    for pos, task in chunk:
        try:
            out.append((pos, run_task(task, checker, seeds, across, inspect)))
        except UserError as exc:
            out.append((pos, exc))
            break
    return out


def _worker_chunk(args: tuple[Chunk, str | None, bool, Inspect | None]) -> ChunkOutcome:
    chunk, seeds, across, inspect = args
    assert _WORKER is not None
    return _run_chunk(chunk, _WORKER, Path(seeds) if seeds else None, across, inspect)


def article_chunks(tasks: Sequence[Task], workers: int) -> Iterator[Chunk]:
    """*tasks* in chunks that keep an article's catalogues together, so one process analyses
    its source text once for every language (the term occurrences of a text are cached per
    process), and whose size shrinks as the run nears its end (guided scheduling): large chunks
    while there is much left, a few files each at the end, so no process waits long for the
    last one."""
    groups: dict[tuple[str, str], Chunk] = {}
    for i, task in enumerate(tasks):
        groups.setdefault(_article_key(task.path), []).append((i, task))
    ordered = [groups[key] for key in sorted(groups)]
    at = 0
    while at < len(ordered):
        size = max(1, min(MAX_CHUNK, (len(ordered) - at) // (workers * 4)))
        yield [item for group in ordered[at : at + size] for item in group]
        at += size


def _article_key(path: str) -> tuple[str, str]:
    """(file name, directory above the language) of `…/<lang>/LC_MESSAGES/<slug>.po`: the same
    for every language's catalogue of one article, and different for catalogues that only
    share a name (`messages.po` of two projects); other layouts are not grouped."""
    p = Path(path)
    parts = p.parts
    if len(parts) >= 3 and parts[-2] == "LC_MESSAGES":
        return p.name, str(Path(*parts[:-3])) if len(parts) > 3 else ""
    return p.name, str(p.parent)


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
) -> tuple[list[TaskOutcome], Checker]:
    """Every task's outcome, in the order of *tasks*, from *workers* processes, this one
    included; and this process's checker, for the caller to reuse.

    A file the user must fix (a UserError) stops the run as it stops a serial one: no chunk is
    started after it is seen, and of the errors found, the one of the first file in the
    article order is raised, which is the one a pool that stopped at the first error would
    raise."""
    global _WORKER
    checker = Checker(config, glossary_path, only=only)
    pool_args: dict[str, Any]
    if "fork" in multiprocessing.get_all_start_methods():
        # build the index and the checks' lazy state once here; forked workers share them
        # copy-on-write instead of each loading them again (half a second apiece, measured)
        checker.warm(config.target_languages)
        _WORKER = checker
        gc.freeze()  # keep the collector from touching (and so copying) the shared heap
        pool_args = {"mp_context": multiprocessing.get_context("fork")}
    else:
        pool_args = {
            "initializer": _init_worker,
            "initargs": (config, str(glossary_path) if glossary_path else None, only),
        }
    seeds_arg = str(seeds) if seeds else None
    pending = deque(article_chunks(tasks, workers))
    # a task's place in the article order (the order chunks are taken in), for the errors
    rank = {pos: r for r, (pos, _) in enumerate(item for chunk in pending for item in chunk)}
    outcomes: list[TaskOutcome | None] = [None] * len(tasks)
    errors: list[tuple[int, UserError]] = []
    done = 0

    def take(chunk_out: ChunkOutcome) -> None:
        nonlocal done
        for pos, out in chunk_out:
            if isinstance(out, UserError):
                errors.append((rank[pos], out))
                pending.clear()  # start nothing after a file the user must fix
                continue
            outcomes[pos] = out
            done += 1
            if progress:
                progress(done, len(tasks))

    children = workers - 1
    inflight: set[Future[ChunkOutcome]] = set()
    try:
        with ProcessPoolExecutor(max_workers=children, **pool_args) as pool:

            def feed() -> None:
                # three chunks per child: one running and two queued, so that it never waits
                # for this process to finish a chunk of its own before it gets more (the
                # executor queues the next as soon as a result comes back)
                while pending and len(inflight) < 3 * children:
                    args = (pending.popleft(), seeds_arg, across, inspect)
                    inflight.add(pool.submit(_worker_chunk, args))

            def collect(block: bool) -> None:
                ready, _ = wait(inflight, timeout=None if block else 0, return_when=FIRST_COMPLETED)
                for fut in ready:
                    inflight.discard(fut)
                    take(fut.result())

            try:
                feed()
                while pending:
                    take(_run_chunk(pending.popleft(), checker, seeds, across, inspect))
                    collect(block=False)
                    feed()
                while inflight:
                    collect(block=True)
                    feed()
            except BaseException:
                for fut in inflight:  # what has not started will not be needed
                    fut.cancel()
                raise
    finally:
        _WORKER = None
        gc.unfreeze()
    if errors:
        raise min(errors, key=lambda e: e[0])[1]
    return [o for o in outcomes if o is not None], checker


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
