"""Throughput of `translate check` on a synthetic archive, against translate-toolkit's `pofilter`.

    python tests/bench/bench_check.py [--articles 2000] [--keep DIR]

Builds an archive of N articles per target language (default 2,000) from the shipped catalogues
and the annotated check test set: each synthetic article is a random selection of real translated
messages (so real terminology, inflection and planted problems), with its numbers shifted by the
article's index, a few messages fuzzy or untranslated. The pool is small (59 messages found in
every language), so by default every message also gets a number of its own, `(N)`, at the end of
its source and of its translation: no text repeats, and no per-run cache keyed by a whole text
(term occurrences, inline markup, misspelling probes) finds a text again, as it would not in a
real archive. `--repeat-texts` leaves that out (then about two thirds of the texts repeat other
articles' texts, and the figures flatter us). The script prints how many texts are distinct.
Then, on the same files and in the same run:

- `translate check` through its Python API (`run_checks`), one process and a process pool;
- translate-toolkit's `pofilter` (all its default checks, `--language` set), installed in a
  SEPARATE virtual environment because it pins its own dependencies. When it is missing:

      python3 -m venv /tmp/tt-venv && /tmp/tt-venv/bin/pip install translate-toolkit

  (the script runs exactly that when /tmp/tt-venv/bin/pofilter does not exist).

Reports messages per second (best of `--repeat` runs, default 2) and the ratio to pofilter,
the CPU seconds of each of our runs (pool workers included: on a shared machine the wall-clock
times of the pool depend on what else runs, its CPU seconds do not),
then a summary of the two figures issue 5 sets a goal for (at least 5× pofilter's throughput, one
process and the pool). pofilter has no terminology checks that understand inflection; ours run
every check, term recognition included.

A speed-up must not change an answer: `--save-json FILE` keeps the command's JSON output (the
archive's directory written as `ARCHIVE`), and `--expect-json FILE` compares this run's output
with one saved earlier, by another version of the code, and fails (exit 1) on any difference:

    python tests/bench/bench_check.py --repeat 1 --save-json /tmp/before.json   # old code
    python tests/bench/bench_check.py --repeat 1 --expect-json /tmp/before.json # new code
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import polib  # noqa: E402

from translate.checks import Task, run_checks  # noqa: E402
from translate.config import load_config  # noqa: E402

TT_VENV = Path("/tmp/tt-venv")
POFILTER = TT_VENV / "bin" / "pofilter"
_NUM = re.compile(r"\d{2,4}")
#: issue 5: `translate check` at this many times pofilter's throughput
GOAL = 5.0


def ensure_pofilter() -> Path:
    if POFILTER.exists():
        return POFILTER
    print(f"installing translate-toolkit into {TT_VENV} (separate environment) …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(TT_VENV)], check=True)
    subprocess.run([str(TT_VENV / "bin" / "pip"), "install", "-q", "translate-toolkit"], check=True)
    return POFILTER


def parallel_pool(langs: list[str]) -> list[tuple[str, dict[str, str]]]:
    """(source, {lang: translation}) for every source translated into every language: the
    shipped catalogues' messages and the test set's segments that exist in all languages."""
    by_source: dict[str, dict[str, str]] = {}
    for lang in langs:
        for po_path in sorted((ROOT / "locales" / lang / "LC_MESSAGES").glob("*.po")):
            if po_path.stem == "glossary":
                continue
            for e in polib.pofile(str(po_path)):
                if e.msgid and e.msgstr and not e.obsolete and "fuzzy" not in e.flags:
                    by_source.setdefault(e.msgid, {})[lang] = e.msgstr
    testset = ROOT / "tests" / "data" / "checks-testset.jsonl"
    if testset.is_file():
        for line in testset.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            by_source.setdefault(item["source"], {}).setdefault(item["lang"], item["translation"])
    return [(src, tr) for src, tr in sorted(by_source.items()) if all(lang in tr for lang in langs)]


def _shift(text: str, k: int) -> str:
    return _NUM.sub(lambda m: str(int(m.group()) + k), text)


def build_archive(
    root: Path, langs: list[str], n_articles: int, seed: int = 1920, *, unique: bool = True
) -> tuple[dict[str, int], dict[str, int]]:
    """N articles, each translated into every language: the same 14 (or fewer) source messages
    in each language's catalogue, as in a real archive. Numbers are shifted by the article's
    index; with `unique`, each message also ends with its own number in both languages, so
    no text repeats; without it, messages without a number repeat between articles.

    Returns the messages per language and the distinct texts (`source` and per language), so
    the report can say how much of the archive repeats."""
    rnd = random.Random(seed)
    pool = parallel_pool(langs)
    counts = dict.fromkeys(langs, 0)
    distinct: dict[str, set[str]] = {"source": set(), **{lang: set() for lang in langs}}
    for lang in langs:
        (root / lang / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
    for i in range(n_articles):
        picked: list[tuple[str, dict[str, str]]] = []
        seen: set[str] = set()
        for src, tr in rnd.sample(pool, min(len(pool), 14)):
            if _shift(src, i) not in seen:  # one definition per message, as msgfmt requires
                seen.add(_shift(src, i))
                picked.append((src, tr))
        states = [rnd.random() for _ in picked]
        for lang in langs:
            po = polib.POFile(wrapwidth=76)
            po.metadata = {
                "Project-Id-Version": f"bench-{i}",
                "MIME-Version": "1.0",
                "Content-Type": "text/plain; charset=UTF-8",
                "Content-Transfer-Encoding": "8bit",
                "Language": lang,
            }
            for j, ((src, tr), r) in enumerate(zip(picked, states, strict=True)):
                # a number both sides carry: every text distinct, no finding added by it
                tag = f" ({i * 100 + j + 1})" if unique else ""
                entry = polib.POEntry(
                    msgid=_shift(src, i) + tag,
                    msgstr=_shift(tr[lang], i) + tag,
                    occurrences=[(f"seeds/bench-{i:05d}.md", str(2 * j + 1))],
                )
                if r < 0.04:
                    entry.msgstr = ""
                elif r < 0.08:
                    entry.flags.append("fuzzy")
                po.append(entry)
                distinct["source"].add(entry.msgid)
                distinct[lang].add(entry.msgstr)
            counts[lang] += len(po)
            po.save(str(root / lang / "LC_MESSAGES" / f"bench-{i:05d}.po"))
    return counts, {k: len(v) for k, v in distinct.items()}


def _cpu_split() -> tuple[float, float]:
    """CPU seconds of this process, and of its reaped children (the pool's workers)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (the pool's workers)."""
    return sum(_cpu_split())


def time_ours(config, files: list[Path], jobs: int) -> tuple[float, int, float, float, float]:
    """(wall seconds, findings, CPU seconds of every process, of this one, of its children)
    of one run. In a pool this process checks files too: on free CPUs the run lasts about as
    long as the busiest process's CPU seconds, whatever else the machine runs meanwhile."""
    tasks = [Task("po", str(p), str(p)) for p in files]
    (own0, kids0), t0 = _cpu_split(), time.perf_counter()
    result = run_checks(config, tasks, glossary_path=config.glossary_path, jobs=jobs, stale=False)
    wall = time.perf_counter() - t0
    own1, kids1 = _cpu_split()
    own, kids = own1 - own0, kids1 - kids0
    return wall, len(result.findings), own + kids, own, kids


def compare_json(got: Path, archive: Path, save: Path | None, expect: Path | None) -> bool:
    """Save the command's JSON output (archive directory as `ARCHIVE`) and/or compare it with
    a saved one; False (after saying where) when they differ."""
    text = got.read_text(encoding="utf-8").replace(str(archive), "ARCHIVE")
    if save is not None:
        save.write_text(text, encoding="utf-8")
        print(f"JSON output saved to {save}")
    if expect is None:
        return True
    want = expect.read_text(encoding="utf-8")
    if text == want:
        print(f"JSON output identical to {expect} ({len(text):,} characters)")
        return True
    a, b = text.splitlines(), want.splitlines()
    line = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    print(
        f"JSON output DIFFERS from {expect}: first at line {line + 1} of {len(a)} (saved {len(b)})"
    )
    for name, lines in (("this run", a), ("saved", b)):
        print(f"  {name}: {lines[line][:300] if line < len(lines) else '(end)'}")
    return False


def time_cli(archive: Path, out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,  # this checkout (cwd=ROOT), not the `translate` on PATH
            "-m",
            "translate",
            "check",
            str(archive),
            "--format",
            "json",
            "--fail-on",
            "never",
            "-o",
            str(out),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - t0


def time_pofilter(pofilter: Path, src: Path, lang: str, out: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one pofilter run."""
    c0, t0 = _cpu(), time.perf_counter()
    subprocess.run(
        [str(pofilter), f"--language={lang}", "--progress=none", "-i", str(src), "-o", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0, _cpu() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="articles per language")
    ap.add_argument("--keep", type=Path, help="build the archive here and keep it")
    ap.add_argument("--repeat", type=int, default=2, help="runs per tool; the best counts")
    ap.add_argument(
        "--repeat-texts",
        action="store_true",
        help="let messages without a number repeat between articles (flatters caches)",
    )
    ap.add_argument("--save-json", type=Path, help="keep the command's JSON output here")
    ap.add_argument(
        "--expect-json", type=Path, help="fail unless the JSON output equals this saved one"
    )
    args = ap.parse_args(argv)
    config = load_config(ROOT)
    langs = list(config.target_languages)
    pofilter = ensure_pofilter()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-check-"))
    try:
        t0 = time.perf_counter()
        print(f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        counts, distinct = build_archive(
            work / "archive", langs, args.articles, unique=not args.repeat_texts
        )
        print(
            f"archive: {args.articles} articles per language, "
            + ", ".join(f"{lang}: {n} messages" for lang, n in counts.items())
            + f" (built in {time.perf_counter() - t0:.1f} s) at {work / 'archive'}"
        )
        print(
            "distinct texts: "
            + ", ".join(
                f"{k} {v} of {counts[langs[0]] if k == 'source' else counts[k]}"
                for k, v in distinct.items()
            )
            + " (the rest repeat other articles' texts)"
        )
        # warm the term index's disk cache once, as any second run of the CLI would find it
        first = sorted((work / "archive").rglob("*.po"))[:1]
        time_ours(config, first, 1)
        cpus = os.cpu_count() or 1
        # ours: one run over every catalogue, as `translate check` does (an article's
        # catalogues side by side, so its source text is analysed once for all languages)
        files = sorted((work / "archive").rglob("*.po"), key=lambda p: (p.name, str(p)))
        n = sum(counts.values())
        # best of --repeat runs each: the machine may be shared, and the minimum is the figure
        # least disturbed by others (the same rule for pofilter and for us)
        t_pf, cpu_pf = {}, {}
        for lang in langs:
            t_pf[lang], cpu_pf[lang] = min(
                time_pofilter(pofilter, work / "archive" / lang, lang, work / f"pf-{lang}")
                for _ in range(args.repeat)
            )
        t_1, found, cpu_1, _, _ = min(time_ours(config, files, 1) for _ in range(args.repeat))
        t_n, found_n, cpu_n, cpu_parent, cpu_kids = min(
            time_ours(config, files, cpus) for _ in range(args.repeat)
        )
        assert found == found_n, "parallel and serial runs disagree"
        # the command itself: start-up, discovery, every check, JSON written to a file
        t_cli = min(time_cli(work / "archive", work / "out.json") for _ in range(args.repeat))
        same = compare_json(work / "out.json", work / "archive", args.save_json, args.expect_json)
        pf = sum(t_pf.values())
        rows: list[tuple[str, float, int, float | None, float | None]] = [
            (f"pofilter --language={lang}", t_pf[lang], counts[lang], None, cpu_pf[lang])
            for lang in langs
        ]
        rows += [
            ("pofilter, both languages", pf, n, 1.0, sum(cpu_pf.values())),
            ("translate check, 1 process", t_1, n, pf / t_1, cpu_1),
            (f"translate check, {cpus} processes", t_n, n, pf / t_n, cpu_n),
            ("`translate check ARCHIVE -f json`", t_cli, n, pf / t_cli, None),
        ]
        print(f"\n{'tool':34} {'time':>8} {'messages/s':>11} {'vs pofilter':>11} {'CPU s':>7}")
        for name, secs, msgs, ratio, cpu in rows:
            shown = f"{ratio:10.1f}×" if ratio is not None else " " * 11
            print(
                f"{name:34} {secs:7.2f}s {msgs / secs:11.0f} {shown}"
                + (f" {cpu:7.2f}" if cpu else "")
            )
        print(
            f"\n{n} messages, {len(files)} catalogues; our findings: {found} "
            f"(every check, terminology included); load average at the end: "
            f"{os.getloadavg()[0]:.2f} on {cpus} CPUs"
        )
        print(
            f"pool: {t_1 / t_n:.2f}× the one-process rate, wall clock; "
            f"CPU seconds {cpu_n / cpu_1:.2f}× the one-process run's (the pool's overhead)"
        )
        # the parent checks files too and forks cpus - 1 workers; the busiest process bounds
        # the run on free CPUs (the workers' seconds are shared between them)
        busiest = max(cpu_parent, cpu_kids / max(1, cpus - 1))
        print(
            f"pool by process: parent {cpu_parent:.2f} CPU s (its own files, collecting), "
            f"{cpus - 1} worker(s) {cpu_kids:.2f} CPU s; on {cpus} free CPUs the pool would run "
            f"at about {cpus * cpu_1 / cpu_n:.2f}× the one-process rate with its work shared "
            f"evenly (chunks go to whichever process is free), {cpu_1 / busiest:.2f}× as this "
            f"run shared it (the busiest process's CPU seconds: on a loaded machine the process "
            f"that gets more CPU takes more chunks)"
        )
        print(
            f"by CPU seconds (less disturbed by other load): 1 process "
            f"{sum(cpu_pf.values()) / cpu_1:.1f}× pofilter; on {cpus} free CPUs the pool would "
            f"reach about {cpus * sum(cpu_pf.values()) / cpu_n:.1f}×"
        )
        print(f"\nsummary (issue 5: at least {GOAL:g}× pofilter's messages/s)")
        print(f"{'':34} {'messages/s':>11} {'vs pofilter':>11}")
        print(f"{'pofilter, both languages':34} {n / pf:11.0f}")
        for name, secs in (
            ("translate check, 1 process", t_1),
            (f"translate check, {cpus} processes", t_n),
        ):
            ratio = pf / secs
            verdict = "meets the goal" if ratio >= GOAL else "below the goal"
            print(f"{name:34} {n / secs:11.0f} {ratio:10.1f}×  {verdict}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
