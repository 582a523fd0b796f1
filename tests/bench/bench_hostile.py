"""Issue 15 item 9: hostile sizes cost about what a normal run costs, never minutes.

    python tests/bench/bench_hostile.py            # 50 MB lines (about a minute)
    python tests/bench/bench_hostile.py --mb 5     # smaller

Each case runs the real CLI (`python -m translate`, this checkout) in a throw-away copy of the
project and is timed against the reference measured in the same run: `check` on the project's
own catalogues. Before the fix a single 256 KB ASCII word took 9.5 s in `az-ascii`, 1 MB more than
120 s, and a 50 MB line made `check` and `report` hang.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: az\\n"\n\n'


def run(args: list[str], cwd: Path) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "translate", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"{args}: exit {out.returncode}\n{out.stderr[-2000:]}")
    return time.perf_counter() - start, out.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=int, default=50, help="size of the long lines in MB")
    opts = ap.parse_args()
    size = opts.mb * 1_000_000
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        project = Path(tmp)
        for part in ("pyproject.toml", "seeds", "glossary", "locales"):
            src = ROOT / part
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, project / part)
        cases: dict[str, tuple[str, list[str]]] = {}

        def po(name: str, text: str) -> str:
            path = project / f"{name}.po"
            path.write_text(HEADER + f'msgid "Azerbaijan"\nmsgstr "{text}"\n', encoding="utf-8")
            return path.name

        word = "Azerbaycan" * 25_600  # 256 KB ASCII word: 9.5 s before the fix
        cases["256 KB ASCII word"] = ("check", [po("word", word), "-j", "1"])
        near = "Azerbaycan" * 9_000  # just under the message limit: every check reads it
        cases["90 KB ASCII word (checked)"] = ("check", [po("near", near), "-j", "1"])
        words = ("Azərbaycan ilə Rusiya " * (100_000 // 22))[:99_000]
        cases["99 KB line of words (checked)"] = ("check", [po("words", words), "-j", "1"])
        line = ("Azerbaycan ilə Rusiya " * (size // 22 + 1))[:size]
        big = po("line", line)
        cases[f"{opts.mb} MB line, check"] = ("check", [big, "-j", "1"])
        cases[f"{opts.mb} MB line, report"] = ("report", [big, "-o", "r.html"])
        article = (project / "seeds" / "aliyev-occupation-remark.md").read_text(encoding="utf-8")
        (project / "draft.md").write_text(
            article.replace("President Ilham", line + " Ilham", 1), encoding="utf-8"
        )
        draft = ["draft.md", "-l", "az", "-s", "seeds/aliyev-occupation-remark.md"]
        cases[f"{opts.mb} MB draft line, check"] = ("check", draft)

        reference, _ = run(["check", "-j", "1"], project)
        print(f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
        print(f"reference: check of the project's catalogues, {reference:.2f} s")
        print(f"{'case':34} {'seconds':>8} {'× reference':>12}")
        for name, (command, args) in cases.items():
            seconds, _ = run([command, *args], project)
            print(f"{name:34} {seconds:8.2f} {seconds / reference:12.1f}")
        print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
