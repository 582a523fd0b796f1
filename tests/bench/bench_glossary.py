"""Glossary I/O and validation speed on a large glossary, against plain-library references.

Run: python tests/bench/bench_glossary.py [COPIES]

The shipped glossary is replicated COPIES times (default 65, about 5,000 concepts) with unique
ids. Each step is timed next to a reference measured in the same run: the strict CSV reader
against a bare `csv.reader` pass, the TBX reader against a bare (unsafe, stdlib) ElementTree
parse, validation against the CSV read. Ratios show what strictness, located problems and
safety cost.
"""

from __future__ import annotations

import copy
import csv
import io
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.glossary import load_glossary, validate, write_csv, write_tbx  # noqa: E402
from translate.glossary.csv_format import parse_csv  # noqa: E402
from translate.glossary.tbx import parse_tbx  # noqa: E402


def best_of(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 65
    base = load_glossary(ROOT / "glossary" / "glossary.csv")
    big = copy.deepcopy(base)
    big.concepts = []
    for i in range(copies):
        for concept in base:
            dup = copy.deepcopy(concept)
            dup.id = f"{concept.id}-{i}"
            big.concepts.append(dup)
    csv_bytes = write_csv(big).encode()
    tbx_bytes = write_tbx(big).encode()

    ref_csv = best_of(lambda: list(csv.reader(io.StringIO(csv_bytes.decode()))))
    ours_csv = best_of(lambda: parse_csv(csv_bytes, "g.csv"))
    ref_tbx = best_of(lambda: ET.fromstring(tbx_bytes))
    ours_tbx = best_of(lambda: parse_tbx(tbx_bytes, "g.tbx"))
    glossary = parse_csv(csv_bytes, "g.csv").glossary
    validate(glossary)  # warm the dictionary caches once, as a second run would
    ours_val = best_of(lambda: validate(glossary))
    ours_wcsv = best_of(lambda: write_csv(glossary))
    ours_wtbx = best_of(lambda: write_tbx(glossary))

    print(
        f"{len(big)} concepts, CSV {len(csv_bytes) / 1e6:.2f} MB, TBX {len(tbx_bytes) / 1e6:.2f} MB"
    )
    print(f"{'step':<34}{'seconds':>9}{'reference':>11}{'ratio':>8}")
    rows = [
        ("read CSV (strict, located)", ours_csv, ref_csv, "csv.reader"),
        ("read TBX (defusedxml, located)", ours_tbx, ref_tbx, "ET.fromstring"),
        ("validate (all rules)", ours_val, ours_csv, "read CSV"),
        ("write CSV", ours_wcsv, ref_csv, "csv.reader"),
        ("write TBX", ours_wtbx, ref_tbx, "ET.fromstring"),
    ]
    for name, ours, ref, ref_name in rows:
        print(f"{name:<34}{ours:>9.3f}{ref:>11.3f}{ours / ref:>7.1f}x  (vs {ref_name})")


if __name__ == "__main__":
    main()
