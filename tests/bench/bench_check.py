"""Throughput of `translate check` on a synthetic archive, against translate-toolkit's `pofilter`.

    python tests/bench/bench_check.py [--articles 2000] [--keep DIR]

Builds an archive of N articles per target language (default 2,000) from the shipped catalogues
and the annotated check test set: each synthetic article is a random selection of real translated
messages (so real terminology, inflection and planted problems), with its numbers shifted so no
two articles share a text (no cache makes the run look faster than a real archive would), a few
messages fuzzy or untranslated. Then, on the same files and in the same run:

- `translate check` through its Python API (`run_checks`), one process and a process pool;
- translate-toolkit's `pofilter` (all its default checks, `--language` set), installed in a
  SEPARATE virtual environment because it pins its own dependencies. When it is missing:

      python3 -m venv /tmp/tt-venv && /tmp/tt-venv/bin/pip install translate-toolkit

  (the script runs exactly that when /tmp/tt-venv/bin/pofilter does not exist).

Reports messages per second and the ratio to pofilter. pofilter has no terminology checks that
understand inflection; ours run every check, term recognition included.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import polib  # noqa: E402

from translate.checks.engine import Task, run_checks  # noqa: E402
from translate.config import load_config  # noqa: E402

TT_VENV = Path("/tmp/tt-venv")
POFILTER = TT_VENV / "bin" / "pofilter"
_NUM = re.compile(r"\d{2,4}")


def ensure_pofilter() -> Path:
    if POFILTER.exists():
        return POFILTER
    print(f"installing translate-toolkit into {TT_VENV} (separate environment) …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(TT_VENV)], check=True)
    subprocess.run([str(TT_VENV / "bin" / "pip"), "install", "-q", "translate-toolkit"], check=True)
    return POFILTER


def message_pool(lang: str) -> list[tuple[str, str]]:
    """(source, translation) pairs: shipped translated messages and the test set's segments."""
    pool: list[tuple[str, str]] = []
    for po_path in sorted((ROOT / "locales" / lang / "LC_MESSAGES").glob("*.po")):
        if po_path.stem == "glossary":
            continue
        for e in polib.pofile(str(po_path)):
            if e.msgid and e.msgstr and not e.obsolete and "fuzzy" not in e.flags:
                pool.append((e.msgid, e.msgstr))
    testset = ROOT / "tests" / "data" / "checks-testset.jsonl"
    if testset.is_file():
        for line in testset.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["lang"] == lang:
                pool.append((item["source"], item["translation"]))
    return pool


def _shift(text: str, k: int) -> str:
    return _NUM.sub(lambda m: str(int(m.group()) + k), text)


def build_archive(root: Path, langs: list[str], n_articles: int, seed: int = 1920) -> dict:
    rnd = random.Random(seed)
    counts = {}
    for lang in langs:
        pool = message_pool(lang)
        out_dir = root / lang / "LC_MESSAGES"
        out_dir.mkdir(parents=True, exist_ok=True)
        total = 0
        for i in range(n_articles):
            po = polib.POFile(wrapwidth=76)
            po.metadata = {
                "Project-Id-Version": f"bench-{i}",
                "MIME-Version": "1.0",
                "Content-Type": "text/plain; charset=UTF-8",
                "Content-Transfer-Encoding": "8bit",
                "Language": lang,
            }
            k = i % 97
            seen: set[str] = set()
            for j, (src, tgt) in enumerate(rnd.sample(pool, min(len(pool), 14))):
                if _shift(src, k) in seen:
                    continue  # one definition per message, as msgfmt requires
                seen.add(_shift(src, k))
                entry = polib.POEntry(
                    msgid=_shift(src, k),
                    msgstr=_shift(tgt, k),
                    occurrences=[(f"seeds/bench-{i}.md", str(2 * j + 1))],
                )
                r = rnd.random()
                if r < 0.04:
                    entry.msgstr = ""
                elif r < 0.08:
                    entry.flags.append("fuzzy")
                po.append(entry)
            total += len(po)
            po.save(str(out_dir / f"bench-{i:05d}.po"))
        counts[lang] = total
    return counts


def time_ours(config, files: list[Path], jobs: int) -> tuple[float, int]:
    tasks = [Task("po", str(p), str(p)) for p in files]
    t0 = time.perf_counter()
    result = run_checks(config, tasks, glossary_path=config.glossary_path, jobs=jobs, stale=False)
    return time.perf_counter() - t0, len(result.findings)


def time_pofilter(pofilter: Path, src: Path, lang: str, out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [str(pofilter), f"--language={lang}", "--progress=none", "-i", str(src), "-o", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="articles per language")
    ap.add_argument("--keep", type=Path, help="build the archive here and keep it")
    args = ap.parse_args(argv)
    config = load_config(ROOT)
    langs = list(config.target_languages)
    pofilter = ensure_pofilter()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-check-"))
    try:
        t0 = time.perf_counter()
        counts = build_archive(work / "archive", langs, args.articles)
        print(
            f"archive: {args.articles} articles per language, "
            + ", ".join(f"{lang}: {n} messages" for lang, n in counts.items())
            + f" (built in {time.perf_counter() - t0:.1f} s) at {work / 'archive'}"
        )
        # warm the term index cache once, as any second run of the CLI would find it
        time_ours(config, sorted((work / "archive" / langs[0] / "LC_MESSAGES").glob("*.po"))[:1], 1)
        rows = []
        cpus = os.cpu_count() or 1
        for lang in langs:
            files = sorted((work / "archive" / lang / "LC_MESSAGES").glob("*.po"))
            n = counts[lang]
            t_pf = time_pofilter(pofilter, work / "archive" / lang, lang, work / f"pofilter-{lang}")
            t_1, found = time_ours(config, files, 1)
            t_n, found_n = time_ours(config, files, cpus)
            assert found == found_n, "parallel and serial runs disagree"
            rows.append((lang, n, t_pf, t_1, t_n, found))
        print(
            f"\n{'lang':4} {'messages':>8} | {'pofilter':>14} | {'translate check -j1':>22} | "
            f"{f'translate check -j{cpus}':>22} | {'findings':>8}"
        )
        for lang, n, t_pf, t_1, t_n, found in rows:
            print(
                f"{lang:4} {n:8} | {n / t_pf:8.0f} msg/s | {n / t_1:8.0f} msg/s ({t_pf / t_1:4.1f}×) |"
                f" {n / t_n:8.0f} msg/s ({t_pf / t_n:4.1f}×) | {found:8}"
            )
        n = sum(r[1] for r in rows)
        t_pf, t_1, t_n = (sum(r[i] for r in rows) for i in (2, 3, 4))
        print(
            f"{'all':4} {n:8} | {n / t_pf:8.0f} msg/s | {n / t_1:8.0f} msg/s ({t_pf / t_1:4.1f}×) |"
            f" {n / t_n:8.0f} msg/s ({t_pf / t_n:4.1f}×) |"
        )
        print(
            f"\nwall time: pofilter {t_pf:.1f} s, -j1 {t_1:.1f} s, -j{cpus} {t_n:.1f} s "
            f"(ratios are pofilter's time / ours; target ≥ 5×)"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
