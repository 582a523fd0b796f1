"""Benchmark `translate update`'s merge against msgmerge (and polib / Babel), same run.

    python tests/bench/bench_update.py [--repeat N] [--babel-fuzzy]

CPU time (this process and its children), not wall time: the machine is shared.

Data: ../shared/data/git-ru.po (5,515 messages) merged with git-new.pot (6,322). Every tool reads
both files, merges, and writes the result. Also reports how many of msgmerge's fuzzy matches
(message → previous msgid) ours reproduce. Babel's fuzzy matcher takes minutes on this input, so
it only runs with --babel-fuzzy.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.catalog.merge import merge  # noqa: E402
from translate.catalog.po import format_po, read_po  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OLD, POT = DATA / "git-ru.po", DATA / "git-new.pot"


def _cpu() -> float:
    """CPU seconds of this process and its finished children: on a shared machine wall time
    measures the neighbours as much as the tool."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = _cpu()
        fn()
        times.append(_cpu() - t)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--babel-fuzzy", action="store_true")
    args = ap.parse_args()
    if not OLD.exists():
        print(f"missing {OLD}", file=sys.stderr)
        return 2
    msgmerge = shutil.which("msgmerge")
    tmp = Path(tempfile.mkdtemp())
    rows: list[tuple[str, float]] = []

    def ours(fuzzy: bool = True) -> None:
        cat = merge(read_po(OLD), read_po(POT), "ru", fuzzy_matching=fuzzy)
        (tmp / "ours.po").write_text(format_po(cat), encoding="utf-8")

    def mm(*extra: str) -> None:
        subprocess.run(
            [msgmerge, "--previous", "-q", *extra, "-o", str(tmp / "mm.po"), str(OLD), str(POT)],
            check=True,
        )

    ref = None
    if msgmerge:
        ref = best(mm, args.repeat)
        rows.append(("msgmerge --previous", ref))
    rows.append(("translate update (ours)", best(ours, args.repeat)))
    if msgmerge:
        rows.append(("msgmerge -N (no fuzzy)", best(lambda: mm("-N"), args.repeat)))
    rows.append(("ours, no fuzzy", best(lambda: ours(False), args.repeat)))
    try:
        import polib

        def polib_merge() -> None:
            po = polib.pofile(str(OLD))
            po.merge(polib.pofile(str(POT)))
            po.save(str(tmp / "polib.po"))

        rows.append(("polib merge (exact only)", best(polib_merge, args.repeat)))
    except ImportError:
        pass
    try:
        from babel.messages.pofile import read_po as babel_read
        from babel.messages.pofile import write_po as babel_write

        def babel_merge(fuzzy: bool) -> None:
            with OLD.open("rb") as fh:
                cat = babel_read(fh)
            with POT.open("rb") as fh:
                tpl = babel_read(fh)
            cat.update(tpl, no_fuzzy_matching=not fuzzy)
            with (tmp / "babel.po").open("wb") as fh:
                babel_write(fh, cat)

        rows.append(("Babel update (no fuzzy)", best(lambda: babel_merge(False), args.repeat)))
        if args.babel_fuzzy:
            rows.append(("Babel update (fuzzy)", best(lambda: babel_merge(True), 1)))
    except ImportError:
        pass

    size = OLD.stat().st_size // 1024
    print(f"merge {OLD.name} ({size} KiB) with {POT.name}, best of {args.repeat}")
    print(f"CPU seconds; load average {os.getloadavg()[0]:.2f} (2 CPUs shared)")
    print(f"{'tool':28} {'CPU s':>8} {'× msgmerge':>11}")
    for name, t in rows:
        ratio = f"{t / ref:10.2f}×" if ref else "          -"
        print(f"{name:28} {t:8.3f} {ratio}")

    if msgmerge:
        mm()
        ours()
        theirs = {m.key: m for m in read_po(tmp / "mm.po").messages if m.fuzzy and not m.obsolete}
        mine = {m.key: m for m in read_po(tmp / "ours.po").messages if m.fuzzy and not m.obsolete}
        t_new = {k: m for k, m in theirs.items() if m.previous_msgid is not None}
        m_new = {k: m for k, m in mine.items() if m.previous_msgid is not None}
        same = sum(
            1
            for k, m in t_new.items()
            if k in m_new
            and (m_new[k].previous_msgctxt, m_new[k].previous_msgid)
            == (m.previous_msgctxt, m.previous_msgid)
        )
        other = sum(1 for k in t_new if k in m_new) - same
        print()
        print(f"fuzzy matches: msgmerge {len(t_new)}, ours {len(m_new)}")
        print(f"  same old message as msgmerge: {same} ({100 * same / max(1, len(t_new)):.1f} %)")
        print(f"  another old message:          {other}")
        print(f"  msgmerge only:                {len(set(t_new) - set(m_new))}")
        print(f"  ours only:                    {len(set(m_new) - set(t_new))}")
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
