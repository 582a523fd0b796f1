"""Benchmark `translate compile` against msgfmt, polib and Babel, same run.

    python tests/bench/bench_compile.py [--repeat N] [FILE.po]

Default input: ../shared/data/ru-big.po (19,946 messages). Every tool parses the PO file and
writes an MO file. Ours also runs every check (`msgfmt -c` equivalents + Markdown targets); the
file has one plural-count error, so plain `msgfmt` (no -c) is the reference. "ours (process)" is
a fresh `python` process doing the same, interpreter start-up and imports included, to compare
like with like against a C program.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.catalog.mo import compile_mo, read_mo  # noqa: E402
from translate.catalog.po import read_po  # noqa: E402
from translate.catalog.validate import check_catalog  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "ru-big.po"

PROCESS = """
import sys
from pathlib import Path
from translate.catalog.mo import compile_mo
from translate.catalog.po import read_po
from translate.catalog.validate import check_catalog
cat = read_po(sys.argv[1])
check_catalog(cat)
Path(sys.argv[2]).write_bytes(compile_mo(cat))
"""


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("po", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    src: Path = args.po
    if not src.exists():
        print(f"missing {src}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp())
    msgfmt = shutil.which("msgfmt")
    rows: list[tuple[str, float]] = []

    def ours() -> None:
        cat = read_po(src)
        check_catalog(cat)
        (tmp / "ours.mo").write_bytes(compile_mo(cat))

    ref = None
    if msgfmt:
        ref = best(
            lambda: subprocess.run([msgfmt, "-o", str(tmp / "msgfmt.mo"), str(src)], check=True),
            args.repeat,
        )
        rows.append(("msgfmt", ref))
    rows.append(("ours (in process)", best(ours, args.repeat)))
    rows.append(
        (
            "ours (process)",
            best(
                lambda: subprocess.run(
                    [sys.executable, "-c", PROCESS, str(src), str(tmp / "proc.mo")],
                    check=True,
                    cwd=ROOT,
                ),
                args.repeat,
            ),
        )
    )
    try:
        import polib

        rows.append(
            (
                "polib",
                best(
                    lambda: polib.pofile(str(src)).save_as_mofile(str(tmp / "polib.mo")),
                    args.repeat,
                ),
            )
        )
    except ImportError:
        pass
    try:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po as babel_read

        def babel() -> None:
            with src.open("rb") as fh:
                cat = babel_read(fh)
            with (tmp / "babel.mo").open("wb") as fh:
                write_mo(fh, cat)

        rows.append(("Babel", best(babel, args.repeat)))
    except ImportError:
        pass

    n = len(read_po(src).messages)
    print(f"compile {src.name} ({n} messages), best of {args.repeat}")
    print(f"{'tool':20} {'seconds':>8} {'× msgfmt':>9}")
    for name, t in rows:
        ratio = f"{t / ref:8.2f}×" if ref else "        -"
        print(f"{name:20} {t:8.3f} {ratio}")
    if msgfmt:
        a = read_mo((tmp / "ours.mo").read_bytes())
        b = read_mo((tmp / "msgfmt.mo").read_bytes())
        same = sum(1 for k, v in b.items() if a.get(k) == v)
        print()
        print(f"messages in msgfmt's MO: {len(b)}; identical in ours: {same}")
        print(
            f"ours only: {len(set(a) - set(b))} (msgfmt moves messages with <PRI…> macros to "
            "system-dependent segments; we store them literally)"
        )
    # linear, not quadratic: MO writing on the whole catalogue against its first half (a ratio
    # near 2 is linear; the test suite asserts no time, only that the output is complete)
    import os
    from dataclasses import replace

    whole = read_po(src)
    half = replace(whole, messages=whole.messages[: len(whole.messages) // 2])
    t_whole = best(lambda: compile_mo(whole), args.repeat)
    t_half = best(lambda: compile_mo(half), args.repeat)
    print()
    print(
        f"compile_mo: {len(whole.messages)} messages {t_whole:.3f} s, half {t_half:.3f} s: "
        f"ratio {t_whole / t_half:.2f} (2 = linear); load average {os.getloadavg()[0]:.2f}"
    )
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
