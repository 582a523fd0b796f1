"""Benchmark `translate compile` against msgfmt, polib and Babel, same run.

    python tests/bench/bench_compile.py [--repeat N] [--before CHECKOUT] [FILE.po]

Default input: ../shared/data/ru-big.po (19,946 messages). Every tool parses the PO file and
writes an MO file. Ours also runs every check (`msgfmt -c` equivalents + Markdown targets); the
file has one plural-count error, so plain `msgfmt` (no -c) is the reference. "ours (process)" is
a fresh `python` process doing the same, interpreter start-up and imports included, to compare
like with like against a C program. "translate compile (CLI)" is the real command,
`python -m translate compile FILE -o OUT.mo`, Typer included; it exits 1 on this file (the plural
errors) after parsing and checking it, so it does all the work but writing the MO.

A second table gives the CPU seconds (user + system) of the processes, best of N, the runs of
msgfmt and ours taking turns (msgfmt, script, CLI, msgfmt, …) so that every row meets the same
load: on a machine shared with other busy users the wall clock mostly measures them. The load
average is printed before and after. `--before CHECKOUT` adds the script and the CLI run from
another checkout of this repository (e.g. a `git worktree` of an older commit), in the same
turns, for before/after figures from one run, and times that checkout's `parse_po` against ours
in this process on FILE and ../shared/data/git-ru.po.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.catalog.mo import compile_mo, read_mo  # noqa: E402
from translate.catalog.po import decode_po, parse_po, read_po  # noqa: E402
from translate.catalog.validate import check_catalog  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "ru-big.po"

PROCESS = """
import sys
from pathlib import Path
from types import ModuleType
from translate.catalog.mo import compile_mo
from translate.catalog.po import read_po
from translate.catalog.validate import check_catalog
cat = read_po(sys.argv[1])
check_catalog(cat)
Path(sys.argv[2]).write_bytes(compile_mo(cat))
"""


def _module_from(path: Path) -> ModuleType:
    """A module from another checkout, beside ours (for --before)."""
    spec = importlib.util.spec_from_file_location("before_" + path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def cpu_in_process(fn: Callable[..., object], *args: object) -> float:
    """CPU seconds of one call in this process."""
    t = time.process_time()
    fn(*args)
    return time.process_time() - t


def cpu_once(cmd: list[str], cwd: Path) -> float:
    """CPU seconds (user + system) of one child process."""
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_utime + usage.ru_stime


def cpu_turns(rows: dict[str, tuple[list[str], Path]], repeat: int) -> dict[str, float]:
    """Best CPU seconds of each command over `repeat` rounds, the commands taking turns."""
    best = dict.fromkeys(rows, float("inf"))
    for _ in range(repeat):
        for name, (cmd, cwd) in rows.items():
            best[name] = min(best[name], cpu_once(cmd, cwd))
    return best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("po", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--before", type=Path, help="another checkout, timed in the same turns")
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

    cli = [sys.executable, "-m", "translate", "compile", str(src), "-o", str(tmp / "cli.mo")]
    rows.append(
        (
            "translate compile (CLI)",
            best(lambda: subprocess.run(cli, cwd=ROOT, stderr=subprocess.DEVNULL), args.repeat),
        )
    )
    script = [sys.executable, "-c", PROCESS, str(src), str(tmp / "proc.mo")]
    turns: dict[str, tuple[list[str], Path]] = {}
    if msgfmt:
        turns["msgfmt"] = ([msgfmt, "-o", str(tmp / "msgfmt.mo"), str(src)], ROOT)
    turns["ours (process)"] = (script, ROOT)
    turns["translate compile (CLI)"] = (cli, ROOT)
    if args.before:
        before = args.before.resolve()
        turns["before: ours (process)"] = (script, before)
        turns["before: translate compile"] = (cli, before)
    load_before = os.getloadavg()[0]
    cpu_best = cpu_turns(turns, args.repeat)
    cpu_ref = cpu_best.pop("msgfmt", None)
    cpu_rows = list(cpu_best.items())

    n = len(read_po(src).messages)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"compile {src.name} ({n} messages), best of {args.repeat}")
    print(f"{'tool':24} {'seconds':>8} {'× msgfmt':>9}")
    for name, t in rows:
        ratio = f"{t / ref:8.2f}×" if ref else "        -"
        print(f"{name:24} {t:8.3f} {ratio}")
    print(
        f"\nCPU seconds (user + system), best of {args.repeat}, in turns; load average "
        f"{load_before:.2f} before, {os.getloadavg()[0]:.2f} after"
    )
    print(f"{'process':26} {'CPU s':>8} {'× msgfmt':>9}")
    if cpu_ref:
        print(f"{'msgfmt':26} {cpu_ref:8.3f} {1:8.2f}×")
    for name, t in cpu_rows:
        ratio = f"{t / cpu_ref:8.2f}×" if cpu_ref else "        -"
        print(f"{name:26} {t:8.3f} {ratio}")
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
    if args.before:
        # the reader alone, in this process: the checkout's `parse_po` against ours, taking turns
        print(f"\nparse_po in process, CPU seconds, best of {args.repeat}, in turns")
        before_po = _module_from(args.before.resolve() / "translate" / "catalog" / "po.py")
        for path in (src, DEFAULT.with_name("git-ru.po")):
            if not path.exists():
                continue
            text = decode_po(path.read_bytes(), str(path))
            then, now = float("inf"), float("inf")
            for _ in range(args.repeat):
                then = min(then, cpu_in_process(before_po.parse_po, text, str(path)))
                now = min(now, cpu_in_process(parse_po, text, str(path)))
            print(
                f"{path.name}: before {then:.3f} s, now {now:.3f} s ({now / then:.2f}×); "
                f"load average {os.getloadavg()[0]:.2f}"
            )
    # linear, not quadratic: MO writing on the whole catalogue against its first half (a ratio
    # near 2 is linear; the test suite asserts no time, only that the output is complete)
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
