"""Run the checks: over catalogues, drafts or segments, in one process or several.

The public entry point is `run_checks`; `Checker` does the work for one process (it owns the term
index, which is built once per process and shared by every family). Nothing here prints: progress
is reported through a callback so the CLI can draw a bar and tests can count calls.

Files are checked in parallel (a `ProcessPoolExecutor`; with `fork` the workers share the
parent's `Checker` copy-on-write, elsewhere each builds its own) when there are at least
`PARALLEL_MIN_FILES` of them and more than one CPU: a catalogue is checked independently of the
others, except for `--across` consistency, which the parent process runs over the segments the
workers send back.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from translate.checks.context import CheckContext
from translate.checks.finding import Finding, Severity
from translate.checks.loaders import Catalogue, parse_draft, read_catalogue
from translate.checks.registry import CHECKS, load_families
from translate.checks.segment import Segment
from translate.config import Config
from translate.errors import Location, UserError

PARALLEL_MIN_FILES = 24

Progress = Callable[[int, int], None]


@dataclass
class FileStats:
    """Completeness of one checked file (reports show it per article and language)."""

    file: str
    lang: str
    article: str
    kind: str  # "po" | "draft"
    messages: int = 0
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    files: list[FileStats] = field(default_factory=list)

    @property
    def messages(self) -> int:
        return sum(f.messages for f in self.files)

    def count(self, severity: Severity | str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def summary(self) -> dict:
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


def fails(result: CheckResult, fail_on: str) -> bool:
    """Whether the findings reach the `--fail-on` level (error | warning | never)."""
    if fail_on == "never":
        return False
    level = Severity(fail_on).rank
    return any(f.severity.rank >= level for f in result.findings)


def load_term_index(glossary_path: Path):
    """(glossary, index) for *glossary_path* (CSV or TBX); the index comes from its on-disk
    cache when the glossary and the tool are unchanged."""
    from translate.glossary import load_glossary
    from translate.terms import load_index

    glossary = load_glossary(glossary_path)
    return glossary, load_index(glossary)


class Checker:
    """Checks segments with one term index; one per process."""

    def __init__(
        self,
        config: Config,
        glossary_path: Path | None = None,
        *,
        only: frozenset[str] | None = None,
        glossary=None,
        index=None,
    ) -> None:
        load_families()
        if glossary is None and glossary_path is not None:
            glossary, index = load_term_index(glossary_path)
        self.ctx = CheckContext.create(config, glossary, index, only)
        from translate.checks.registry import FAMILIES

        self.families = list(FAMILIES.values())

    # -- segments ---------------------------------------------------------------------------------

    def check_segments(self, segments: Sequence[Segment], *, group: bool = True) -> list[Finding]:
        """Every enabled check on *segments*; group checks see each (article, language) whole."""
        ctx = self.ctx
        ctx.next_article()
        out: list[Finding] = []
        seg_fams = [f for f in self.families if f.scope == "segment" and ctx.on(*f.ids)]
        for seg in segments:
            for fam in seg_fams:
                for finding in fam.fn(seg, ctx):
                    if finding.check in ctx.enabled and not seg.suppressed(finding.check):
                        out.append(finding)
        if group:
            groups: dict[tuple[str, str], list[Segment]] = defaultdict(list)
            for seg in segments:
                groups[(seg.article, seg.lang)].append(seg)
            for segs in groups.values():
                out.extend(self.check_group(segs))
        return out

    def check_group(self, segments: list[Segment], families: Iterable[str] | None = None):
        ctx = self.ctx
        out: list[Finding] = []
        for fam in self.families:
            if fam.scope != "group" or not ctx.on(*fam.ids):
                continue
            if families is not None and fam.name not in families:
                continue
            for finding in fam.fn(segments, ctx):
                seg_skip = _segment_at(segments, finding)
                if finding.check in ctx.enabled and not (
                    seg_skip is not None and seg_skip.suppressed(finding.check)
                ):
                    out.append(finding)
        return out

    # -- files ------------------------------------------------------------------------------------

    def check_catalogue(
        self,
        path: Path,
        display: str | None = None,
        *,
        across: bool = False,
        source_dir: Path | None = None,
        lang: str | None = None,
    ) -> tuple[list[Finding], FileStats, list[Segment]]:
        cat = read_catalogue(path, display, lang)
        findings = self.check_segments(cat.segments, group=True)
        if across:
            findings = [f for f in findings if f.check != "term-inconsistent"]
        if source_dir is not None:
            findings.extend(self._stale(cat, source_dir))
        return (
            findings,
            _stats(cat.path, cat.lang, cat.slug, "po", cat.segments),
            (cat.segments if across else []),
        )

    def _stale(self, cat: Catalogue, seeds_dir: Path) -> list[Finding]:
        """Blocks of the source article the catalogue lacks (it needs `translate update`)."""
        if "untranslated" not in self.ctx.enabled:
            return []
        article = _article_for(cat, seeds_dir)
        if article is None:
            return []
        out = []
        ref = article.reference_path
        for block in article.blocks:
            if block.text not in cat.msgids:
                seg = Segment(cat.path, 0, cat.lang, "", block.text, article=cat.slug)
                out.append(
                    self.ctx.finding(
                        seg,
                        "untranslated",
                        f"the source block at {ref}:{block.line} is not in this catalogue; "
                        "run `translate update`",
                        0,
                        len(block.text),
                        where="source",
                        file=cat.path,
                        line=0,
                    )
                )
        return out

    def check_draft(
        self,
        path: Path,
        lang: str,
        source: Path | None,
        display: str | None = None,
        *,
        across: bool = False,
    ) -> tuple[list[Finding], FileStats, list[Segment]]:
        display = display or str(path)
        blocks = parse_draft(path, display)
        findings: list[Finding] = []
        segments: list[Segment] = []
        src_blocks = None
        src_ref = None
        slug = path.stem
        if source is not None:
            from translate.catalog.article import parse_article

            art = parse_article(source)
            src_blocks = art.blocks
            src_ref = art.reference_path
            slug = art.slug
            problem = alignment_problem(blocks, src_blocks, display, src_ref, path.suffix)
            if problem is not None:
                seg = Segment(display, problem[1], lang, "", article=slug)
                if "alignment" in self.ctx.enabled:
                    findings.append(self.ctx.finding(seg, "alignment", problem[0]))
                src_blocks = None
        for i, b in enumerate(blocks):
            src = src_blocks[i] if src_blocks is not None else None
            segments.append(
                Segment(
                    file=display,
                    line=b.line,
                    lang=lang,
                    target=b.text,
                    source=src.text if src else None,
                    skip=b.skip,
                    article=slug,
                    source_file=src_ref if src else None,
                    source_line=src.line if src else 0,
                    block_type=b.type,
                )
            )
        found = self.check_segments(segments, group=True)
        if across:
            found = [f for f in found if f.check != "term-inconsistent"]
        findings.extend(found)
        return (
            findings,
            _stats(display, lang, slug, "draft", segments),
            (segments if across else []),
        )


def _segment_at(segments: list[Segment], finding: Finding) -> Segment | None:
    for seg in segments:
        if seg.file == finding.file and seg.line == finding.line:
            return seg
    return None


def _stats(file: str, lang: str, article: str, kind: str, segs: list[Segment]) -> FileStats:
    st = FileStats(file, lang, article, kind, messages=len(segs))
    for s in segs:
        if not s.translated:
            st.untranslated += 1
        elif s.fuzzy:
            st.fuzzy += 1
        else:
            st.translated += 1
    return st


def _article_for(cat: Catalogue, seeds_dir: Path):
    from translate.catalog.article import parse_article

    candidates = [seeds_dir / f"{cat.slug}.md"]
    refs = {s.source_file for s in cat.segments if s.source_file}
    candidates += [seeds_dir.parent / r for r in sorted(refs)]
    for c in candidates:
        if c.is_file():
            try:
                art = parse_article(c)
            except UserError:
                return None
            if art.slug == cat.slug or str(art.reference_path) in refs:
                return art
    return None


def alignment_problem(blocks, src_blocks, display: str, src_ref: str, suffix: str):
    """(message, line) when a draft's blocks cannot be paired one to one with the source's."""
    typed = suffix.lower() != ".txt"
    n, m = len(blocks), len(src_blocks)
    same_types = all(b.type == s.type for b, s in zip(blocks, src_blocks, strict=False))
    if n == m and (not typed or same_types):
        return None
    first = None
    for i in range(min(n, m)):
        if typed and blocks[i].type != src_blocks[i].type:
            first = i
            break
    parts = [f"the draft has {n} blocks, the source {src_ref} has {m}"]
    if n == m:
        parts = [f"the draft and the source {src_ref} both have {n} blocks, but their types differ"]
    if first is not None:
        b, s = blocks[first], src_blocks[first]
        parts.append(
            f"they agree up to block {first} and differ at block {first + 1}: "
            f"draft line {b.line} is a {b.type}, source line {s.line} is a {s.type} "
            f"(“{_clip(s.text)}”)"
        )
        line = b.line
    else:
        k = min(n, m)
        extra = blocks[k:] if n > m else src_blocks[k:]
        who = "draft" if n > m else "source"
        parts.append(
            f"the first {k} blocks agree in type; the {who} has {len(extra)} more, from line "
            f"{extra[0].line} (“{_clip(extra[0].text)}”)"
        )
        line = extra[0].line if n > m else (blocks[-1].line if blocks else 1)
    parts.append("source-dependent checks were skipped: make the blocks correspond and re-run")
    return "; ".join(parts), line


def _clip(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# --- whole runs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    kind: str  # "po" | "draft"
    path: str
    display: str
    lang: str | None = None
    source: str | None = None


def discover_catalogues(config: Config) -> list[Path]:
    """Every article catalogue of every target language under `locales/`, sorted.

    A catalogue belongs to an article when its file name is the article's slug; other catalogues
    (the glossary's own `glossary.po`) are not articles and are left alone.
    """
    from translate.catalog.article import load_articles

    seeds = config.seeds_dir
    slugs = {a.slug for a in load_articles(seeds)} if seeds.is_dir() else set()
    out: list[Path] = []
    for lang in config.target_languages:
        d = config.locales_dir / lang / "LC_MESSAGES"
        if d.is_dir():
            out.extend(p for p in sorted(d.glob("*.po")) if p.stem in slugs)
    return out


_WORKER: Checker | None = None


def _init_worker(config: Config, glossary_path: str | None, only: frozenset[str] | None) -> None:
    global _WORKER
    _WORKER = Checker(config, Path(glossary_path) if glossary_path else None, only=only)


def _run_task(task: Task, checker: Checker, seeds_dir: Path | None, across: bool):
    if task.kind == "po":
        return checker.check_catalogue(
            Path(task.path), task.display, across=across, source_dir=seeds_dir, lang=task.lang
        )
    return checker.check_draft(
        Path(task.path),
        task.lang or "",
        Path(task.source) if task.source else None,
        task.display,
        across=across,
    )


def _worker_task(args: tuple[Task, str | None, bool]):
    task, seeds, across = args
    assert _WORKER is not None
    try:
        return _run_task(task, _WORKER, Path(seeds) if seeds else None, across)
    except UserError as exc:
        return exc


#: allocations between young collections during a run (CPython's default is 700)
GC_THRESHOLD = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
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


@_fewer_collections()
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
) -> CheckResult:
    """Check every task; findings sorted by file and line, duplicates (one source problem seen
    from two catalogues) reported once."""
    result = CheckResult()
    seeds = config.seeds_dir if stale and config.seeds_dir.is_dir() else None
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    parallel = checker is None and workers > 1 and len(tasks) >= PARALLEL_MIN_FILES
    outcomes = []
    if parallel:
        # an article's catalogues side by side, so one worker analyses its source text once
        # for every language; results go back to the caller's order afterwards
        order = sorted(range(len(tasks)), key=lambda i: (Path(tasks[i].path).name, i))
        tasks = [tasks[i] for i in order]
        global _WORKER
        if "fork" in multiprocessing.get_all_start_methods():
            # build the index once here; forked workers share it copy-on-write instead of
            # each loading it again (half a second apiece, measured)
            _WORKER = Checker(config, glossary_path, only=only)
            gc.freeze()  # keep the collector from touching (and so copying) the shared heap
            pool_args: dict = {"mp_context": multiprocessing.get_context("fork")}
        else:
            pool_args = {
                "initializer": _init_worker,
                "initargs": (config, str(glossary_path) if glossary_path else None, only),
            }
        try:
            with ProcessPoolExecutor(max_workers=workers, **pool_args) as pool:
                args = [(t, str(seeds) if seeds else None, across) for t in tasks]
                chunk = max(1, min(64, len(tasks) // (workers * 8) or 1))
                for i, out in enumerate(pool.map(_worker_task, args, chunksize=chunk), 1):
                    if isinstance(out, UserError):
                        raise out
                    outcomes.append(out)
                    if progress:
                        progress(i, len(tasks))
        finally:
            checker, _WORKER = _WORKER, None
            gc.unfreeze()
        restored: list = [None] * len(tasks)
        for pos, i in enumerate(order):
            restored[i] = outcomes[pos]
        outcomes = restored
    else:
        checker = checker or Checker(config, glossary_path, only=only)
        for i, task in enumerate(tasks, 1):
            outcomes.append(_run_task(task, checker, seeds, across))
            if progress:
                progress(i, len(tasks))
    all_segments: list[Segment] = []
    for findings, stats, segments in outcomes:
        result.findings.extend(findings)
        result.files.append(stats)
        all_segments.extend(segments)
    if across and all_segments:
        checker = checker or Checker(config, glossary_path, only=only)
        by_lang: dict[str, list[Segment]] = defaultdict(list)
        for s in all_segments:
            by_lang[s.lang].append(s)
        for segs in by_lang.values():
            result.findings.extend(checker.check_group(segs, families=("consistency",)))
    result.findings = _dedupe(result.findings)
    return result


def _sort_key(f: Finding) -> tuple:
    """`Finding.sort_key` without the property call (a run sorts tens of thousands)."""
    span = f.span
    return (f.file, f.line, span.start if span is not None else -1, f.check)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Sorted by file and line, each finding once. The key spells the span out as a tuple:
    equal spans give equal tuples, and hashing a tuple of str and int stays in C where the
    frozen dataclass's generated `__hash__` is a Python call per finding."""
    seen: set[tuple] = set()
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


def tasks_for(
    config: Config,
    paths: Sequence[Path],
    *,
    lang: str | None = None,
    source: Path | None = None,
) -> list[Task]:
    """What `translate check [PATHS]` checks: PO files as catalogues (in a directory: every
    `*.po` but the glossary's own `glossary.po`), anything else as a draft. *lang* overrides a
    catalogue's `Language` header."""
    if not paths:
        return [Task("po", str(p), _display(p, config)) for p in discover_catalogues(config)]
    tasks: list[Task] = []
    for p in paths:
        if p.is_dir():
            tasks.extend(
                Task("po", str(q), _display(q, config), lang)
                for q in sorted(p.rglob("*.po"))
                if q.name != "glossary.po"
            )
        elif p.suffix.lower() == ".po":
            if not p.exists():
                raise UserError(
                    "no such file",
                    location=Location(str(p)),
                    hint="check the path; with no PATHS, translate check takes every catalogue",
                )
            tasks.append(Task("po", str(p), _display(p, config), lang))
        else:
            if not p.exists():
                raise UserError(
                    "no such file",
                    location=Location(str(p)),
                    hint="check the path; with no PATHS, translate check takes every catalogue",
                )
            if p.suffix.lower() == ".md" and _is_source(p, config) and lang is None:
                # a source article on its own (pre-commit passes seeds/*.md): its catalogues
                tasks.extend(_catalogues_of(p, config))
                continue
            if not lang:
                raise UserError(
                    "a draft needs its language",
                    location=Location(str(p)),
                    hint="pass --lang az (or ru), and --source seeds/<article>.md to align blocks",
                )
            tasks.append(
                Task("draft", str(p), _display(p, config), lang, str(source) if source else None)
            )
    return tasks


def _is_source(p: Path, config: Config) -> bool:
    try:
        return p.resolve().parent == config.seeds_dir.resolve()
    except OSError:
        return False


def _catalogues_of(p: Path, config: Config) -> list[Task]:
    from translate.catalog.article import parse_article

    slug = parse_article(p).slug
    out = []
    for lang in config.target_languages:
        po = config.locales_dir / lang / "LC_MESSAGES" / f"{slug}.po"
        if po.is_file():
            out.append(Task("po", str(po), _display(po, config)))
    return out


def _display(p: Path, config: Config) -> str:
    """The path as findings show it: relative to the current directory when it is inside it.

    String arithmetic on absolute paths, not `resolve()`: that costs a system call per path
    component, a third of a second for 4,000 catalogues."""
    if not p.is_absolute() and ".." not in p.parts:
        return str(p)
    absolute = Path(os.path.normpath(p if p.is_absolute() else Path.cwd() / p))
    for base in (Path.cwd(), config.root):
        try:
            return str(absolute.relative_to(base))
        except ValueError:
            continue
    return str(p)


__all__ = [
    "CHECKS",
    "CheckResult",
    "Checker",
    "FileStats",
    "Task",
    "discover_catalogues",
    "fails",
    "run_checks",
    "tasks_for",
]
