"""`translate update` on many near-identical, edited paragraphs against msgmerge (issue 15
item 10): the fuzzy index must bound its candidates, so that update stays ≤ 1× msgmerge.

    python tests/bench/bench_update_similar.py [--size 20000] [--seed 1]

The files are generated here: SIZE paragraphs built from one sentence pattern with small
vocabularies (so most character trigrams occur in most messages), translated; then a template in
which every paragraph is edited (a word replaced, one added or one dropped), so every message
needs a fuzzy match. Both tools read the two files, merge and write; one run each (msgmerge takes
minutes at 20,000). CPU time is compared, not wall time: the machine is shared, and the load
average is printed. Also prints how many of msgmerge's fuzzy matches ours reproduce, translations
lost (must be 0) and stale entries (fuzzy in msgmerge's output, not in ours; must be 0).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.catalog.merge import lost_translations, merge  # noqa: E402
from translate.catalog.po import Catalog, Message, read_po, write_po  # noqa: E402

DAYS = [str(d) for d in range(1, 29)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September"]
BODIES = ["committee", "council", "assembly", "board", "commission", "delegation"]
REGIONS = ["Ganja", "Shaki", "Lankaran", "Quba", "Nakhchivan", "Shamakhi", "Zaqatala"]
TOPICS = ["water supply", "road repairs", "school funding", "the new hospital", "rail links"]
AGENCIES = ["APA", "Trend", "Report", "AzerTac", "Turan"]
SWAPS = {"met": "gathered", "discuss": "debate", "lasted": "ran", "report": "statement"}
HEADER = (
    "Project-Id-Version: bench\nLanguage: ru\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);\n"
)


def paragraphs(size: int, rng: random.Random) -> list[str]:
    out: set[str] = set()
    while len(out) < size:
        out.add(
            f"On {rng.choice(DAYS)} {rng.choice(MONTHS)} the {rng.choice(BODIES)} of "
            f"{rng.choice(REGIONS)} met to discuss {rng.choice(TOPICS)}; "
            f"{rng.randint(5, 400)} delegates attended and the session lasted "
            f"{rng.randint(1, 9)} hours, according to the {rng.choice(AGENCIES)} report."
        )
    return sorted(out)


def edit(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    kind = rng.randrange(3)
    i = rng.randrange(len(words))
    if kind == 0:
        words[i] = SWAPS.get(words[i], words[i] + "s")
    elif kind == 1:
        words.insert(i, rng.choice(["also", "again", "finally", "briefly"]))
    elif len(words) > 3:
        del words[i]
    return " ".join(words)


def write_files(tmp: Path, size: int, seed: int) -> tuple[Path, Path]:
    rng = random.Random(seed)
    old = paragraphs(size, rng)
    po = Catalog(header=Message("", HEADER))
    po.messages = [Message(p, "Перевод: " + p) for p in old]
    pot = Catalog(header=Message("", HEADER.replace("Language: ru\n", "")))
    seen: set[str] = set()
    for p in old:
        new = edit(p, rng)
        if new not in seen and new not in old:
            seen.add(new)
            pot.messages.append(Message(new))
    write_po(tmp / "old.po", po)
    write_po(tmp / "new.pot", pot)
    return tmp / "old.po", tmp / "new.pot"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    msgmerge = shutil.which("msgmerge")
    tmp = Path(tempfile.mkdtemp())
    old_path, pot_path = write_files(tmp, args.size, args.seed)
    load = os.getloadavg()[0]

    t, c = time.perf_counter(), time.process_time()
    old = read_po(old_path)
    ours = merge(old, read_po(pot_path), "ru")
    write_po(tmp / "ours.po", ours)
    t_ours, c_ours = time.perf_counter() - t, time.process_time() - c

    t_mm = c_mm = None
    if msgmerge:
        t, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [msgmerge, "--previous", "-q", "-o", str(tmp / "mm.po"), str(old_path), str(pot_path)],
            check=True,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t_mm = time.perf_counter() - t
        c_mm = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)

    n_pot = len(read_po(pot_path).messages)
    end_load = os.getloadavg()[0]
    print(f"{args.size} near-identical paragraphs, {n_pot} edited")
    print(f"load average {load:.2f} at the start, {end_load:.2f} at the end (2 CPUs shared)")
    print(f"{'tool':26} {'wall s':>8} {'CPU s':>8} {'CPU × msgmerge':>15}")
    if t_mm and c_mm:
        print(f"{'msgmerge --previous':26} {t_mm:8.2f} {c_mm:8.2f} {1.0:14.2f}×")
    ratio = f"{c_ours / c_mm:14.2f}×" if c_mm else "             -"
    print(f"{'translate update (ours)':26} {t_ours:8.2f} {c_ours:8.2f} {ratio}")

    lost = lost_translations(old, ours)
    print(f"\ntranslations lost: {len(lost)}")
    if t_mm:
        theirs = read_po(tmp / "mm.po")
        t_fuzzy = {m.key: m.previous_msgid for m in theirs.active if m.fuzzy}
        o_fuzzy = {m.key: m.previous_msgid for m in ours.active if m.fuzzy}
        same = sum(1 for k, prev in t_fuzzy.items() if o_fuzzy.get(k) == prev)
        stale = [k for k in t_fuzzy if k not in o_fuzzy]
        print(f"fuzzy matches: msgmerge {len(t_fuzzy)}, ours {len(o_fuzzy)}")
        print(f"  same old message as msgmerge: {same} ({100 * same / max(1, len(t_fuzzy)):.1f} %)")
        print(f"  stale (fuzzy in msgmerge, not in ours): {len(stale)}")
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
