"""Peak memory of `translate check` over `bench_check.py`'s archive (issue 13: < 500 MB).

    python tests/bench/rss_check.py [--archive DIR] [--jobs 1,2]

Builds the archive as `bench_check.py` does (2,000 articles per language, 56,000 messages in
4,000 catalogues) unless --archive names one built earlier, then runs a fresh
`python -m translate check ARCHIVE --format json` process per --jobs value. It samples the
resident memory of the whole process tree (the parent and its pool workers, summed) every 50 ms
from /proc, and reads the largest single process's peak from the kernel (`ru_maxrss`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _tree_rss_kb(pid: int) -> int:
    """Resident kB of `pid` and every descendant (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        p = int(entry)
        children.setdefault(int(fields.get("PPid", "0").strip() or 0), []).append(p)
        rss[p] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def measure(archive: Path, jobs: int, out: Path) -> tuple[float, float, float]:
    """(peak tree MB, largest process MB, CPU s) of one `translate check` run."""
    cmd = [sys.executable, "-m", "translate", "check", str(archive), "--format", "json"]
    cmd += ["--fail-on", "never", "-o", str(out), "--jobs", str(jobs)]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.05)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"translate check exited {os.waitstatus_to_exitcode(status)}")
    cpu = usage.ru_utime + usage.ru_stime
    return peak / 1024, usage.ru_maxrss / 1024, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--archive", type=Path, help="an archive bench_check.py built (--keep)")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = args.archive
        if archive is None:
            from bench_check import build_archive

            from translate.config import load_config

            archive = Path(tmp) / "archive"
            langs = list(load_config(ROOT).target_languages)
            counts, _ = build_archive(archive, langs, args.articles, unique=True)
            print("archive:", ", ".join(f"{k}: {v} messages" for k, v in counts.items()))
        files = sum(1 for _ in archive.rglob("*.po"))
        print(f"{files} catalogues; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        print("| --jobs | peak RSS, whole tree | largest process | CPU s |")
        print("|---:|---:|---:|---:|")
        for jobs in (int(j) for j in args.jobs.split(",")):
            tree, largest, cpu = measure(archive, jobs, Path(tmp) / "out.json")
            print(f"| {jobs} | {tree:.0f} MB | {largest:.0f} MB | {cpu:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
