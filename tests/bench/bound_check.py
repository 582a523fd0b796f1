"""What compiling a part of `translate check` could save at most: the run with that part free.

    python tests/bench/bound_check.py [--articles 300] [--repeat 3] [--parts find,numbers]

Before writing a compiled version of some part of the checks, this says what it can win. It
builds `bench_check.py`'s archive, runs `run_checks` over it once (one process) and records
the answers of each part below; then, each in a fresh process, it runs the checks again with one
part's answers looked up from that record instead of computed (a dictionary look-up: about as
close to free as a part can get), alternating the modes, best of `--repeat` runs each:

- `find`: `TermIndex.find` (tokenizer, folding, candidate look-up, overlaps, occurrences);
- `front`: only `find`'s front end (preparing and folding the text, cutting it at its tokens,
  splitting joined tokens, the candidate look-up), the rest of `find` still run;
- `numbers`: the `number-mismatch` family (source and target number scans, number words);
- `misspellings`: the misspelling probe of `term-misspelled` (word scan, repairs, verification);
- `all`: `find`, `numbers` and `misspellings` together.

The saving against `none` (every part computed) bounds what a compiled part can save: a C
version still costs something. Every mode must report the same findings as `none` (the
recorded answers are keyed by index, text and segment): the script fails (exit 1) if not.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PARTS = ("find", "front", "numbers", "misspellings", "all")
#: `all`: the three parts together (`front` is inside `find`)
ALL = ("find", "numbers", "misspellings")


def _tasks(archive: Path):
    from translate.checks import Task

    files = sorted(archive.rglob("*.po"), key=lambda p: (p.name, str(p)))
    return [Task("po", str(p), str(p)) for p in files]


def _seg_key(seg) -> tuple:
    return (seg.file, seg.line, seg.lang, seg.msgctxt, seg.source, seg.target)


def _patch(mode: str, memo: dict | None) -> dict:
    """Install the recording (memo None) or replaying wrappers of *mode*; returns the record."""
    if mode == "all":
        for part in ALL:
            _patch(part, memo)
        return memo or {}
    import translate.checks.families as families
    import translate.checks.terms as terms
    import translate.terms.index as index_mod
    from translate.terms.index import TermIndex

    rec: dict = {} if memo is None else memo

    def idx(index) -> tuple[int, int]:
        """Which index (other_sense builds its own): its size, the same in every process."""
        return len(index._entries), len(index._first)

    if mode in ("find", "record"):
        orig_find = TermIndex.find
        table = rec.setdefault("find", {})

        def find(self, text, lang):
            key = (idx(self), text, lang)
            if memo is not None:
                return list(table[key])
            got = table[key] = orig_find(self, text, lang)
            return list(got)

        TermIndex.find = find  # type: ignore[method-assign]
    if mode in ("front", "record"):
        prep, parts_of = index_mod.prepare_fields, index_mod.token_parts
        split, cands = TermIndex._split_unknown_joined, TermIndex._candidates
        t_prep = rec.setdefault("prep", {})
        t_parts = rec.setdefault("parts", {})
        t_split = rec.setdefault("split", {})
        t_cands = rec.setdefault("cands", {})

        def prepare_fields(text, lang):
            if memo is not None:
                return t_prep[(text, lang)]
            got = t_prep[(text, lang)] = prep(text, lang)
            return got

        def token_parts(folded, lang):
            if memo is not None:
                return list(t_parts[(folded, lang)])
            got = t_parts[(folded, lang)] = parts_of(folded, lang)
            return list(got)

        def split_joined(self, parts, toks, lang):
            key = (idx(self), tuple(parts), lang)
            if memo is not None:
                got = t_split[key]
                return parts if got is None else list(got)
            got = split(self, parts, toks, lang)
            t_split[key] = None if got is parts else list(got)
            return got

        def candidates(self, toks, parts, lang):
            key = (idx(self), tuple(parts), lang)
            if memo is not None:
                return list(t_cands[key])
            got = t_cands[key] = cands(self, toks, parts, lang)
            return list(got)

        index_mod.prepare_fields = prepare_fields
        index_mod.token_parts = token_parts
        TermIndex._split_unknown_joined = split_joined  # type: ignore[method-assign]
        TermIndex._candidates = candidates  # type: ignore[method-assign]
    if mode in ("numbers", "record"):
        fam = next(f for f in families.FAMILIES if f.name == "numbers")
        orig_num = fam.fn
        t_num = rec.setdefault("numbers", {})

        def numbers(seg, ctx):
            if memo is not None:
                return t_num[_seg_key(seg)]
            got = t_num[_seg_key(seg)] = list(orig_num(seg, ctx))  # type: ignore[arg-type]
            return got

        object.__setattr__(fam, "fn", numbers)
    if mode in ("misspellings", "record"):
        orig_mis = terms.misspellings
        t_mis = rec.setdefault("misspellings", {})

        def misspellings(seg, ctx, covered):
            key = (*_seg_key(seg), tuple(covered))
            if memo is not None:
                return t_mis[key]
            got = t_mis[key] = list(orig_mis(seg, ctx, covered))
            return got

        terms.misspellings = misspellings
    return rec


def child(archive: Path, mode: str, memo_path: Path) -> None:
    """One run in this process; prints `cpu findings`."""
    from translate.checks import run_checks
    from translate.config import load_config

    config = load_config(ROOT)
    tasks = _tasks(archive)
    memo = None
    if mode == "record":
        rec = _patch("record", None)
    else:
        # every mode holds the record in memory, `none` too, out of the collector's way: the
        # modes differ only in the work they skip
        with memo_path.open("rb") as fh:
            memo = pickle.load(fh)
        gc.freeze()
        if mode != "none":
            _patch(mode, memo)
    if mode != "record":  # the start-up (index, lazy state) outside the measured run
        run_checks(config, tasks[:1], glossary_path=config.glossary_path, jobs=1, stale=False)
    c0 = time.process_time()
    result = run_checks(config, tasks, glossary_path=config.glossary_path, jobs=1, stale=False)
    cpu = time.process_time() - c0
    if mode == "record":
        with memo_path.open("wb") as fh:
            pickle.dump(rec, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{cpu:.4f} {len(result.findings)}")


def _run(archive: Path, mode: str, memo: Path) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--archive", str(archive), "--memo", str(memo)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.split()
    return float(out[0]), int(out[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="articles per language")
    ap.add_argument("--archive", type=Path, help="an archive already built (bench_check --keep)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per mode; the best counts")
    ap.add_argument("--parts", default=",".join(PARTS), help="comma-separated: " + ", ".join(PARTS))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--memo", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.archive, args.child, args.memo)
        return 0
    parts = [p for p in args.parts.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        ap.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    work = Path(tempfile.mkdtemp(prefix="bound-check-"))
    try:
        archive = args.archive
        if archive is None:
            from bench_check import build_archive

            from translate.config import load_config

            archive = work / "archive"
            langs = list(load_config(ROOT).target_languages)
            build_archive(archive, langs, args.articles, unique=True)
        memo = work / "memo.pickle"
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        _, want = _run(archive, "record", memo)
        best: dict[str, float] = {}
        same = True
        for _ in range(args.repeat):
            for mode in ("none", *parts):
                cpu, found = _run(archive, mode, memo)
                best[mode] = min(best.get(mode, cpu), cpu)
                if found != want:
                    print(f"{mode}: {found} findings, the recorded run had {want}")
                    same = False
        base = best["none"]
        head = f"{'part computed for free':24} {'CPU s':>7} {'saving':>8}"
        print(f"\n{head}   (best of {args.repeat})")
        print(f"{'none (every part run)':24} {base:7.2f}")
        for mode in parts:
            print(f"{mode:24} {best[mode]:7.2f} {100 * (base - best[mode]) / base:7.1f} %")
        print(
            f"\n{want} findings in every mode: {'yes' if same else 'NO'}; load average after: "
            f"{os.getloadavg()[0]:.2f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
