"""Offline language identifiers on short news blocks: accuracy and speed, az / ru / en.

    python tests/bench/bench_langid.py

Blocks come from both evaluation sets (`tests/data/checks-*.jsonl`): every English source block
and every translation whose language the gold asserts (blocks the gold marks `untranslated`
are left out). Each identifier is restricted to az, ru, en (and tr, the nearest neighbour of
az that a block could be mistaken for) and asked for the best language. Time per block is the
mean over all blocks after one warm-up call, measured in the same run for every identifier;
the load average is printed beside it. A missing library is reported and skipped.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.checks._text import mask_non_prose  # noqa: E402

LANGS = ("az", "ru", "en", "tr")


def blocks() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for path in sorted((ROOT / "tests/data").glob("checks-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("kind") == "draft":
                continue
            pairs = [(item["source"], "en")]
            if not any(e["check"] == "untranslated" for e in item["expected"]):
                pairs.append((item["translation"], item["lang"]))
            for text, lang in pairs:
                text = mask_non_prose(text)  # what the check reads: prose only
                if text.strip() and text not in seen:
                    seen.add(text)
                    out.append((text, lang))
    return out


def py3langid_fn():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGS))
    return lambda text: ident.classify(text)[0]


def lingua_fn(low: bool = False):
    from lingua import Language, LanguageDetectorBuilder

    names = {"az": Language.AZERBAIJANI, "ru": Language.RUSSIAN, "en": Language.ENGLISH}
    names["tr"] = Language.TURKISH
    back = {v: k for k, v in names.items()}
    builder = LanguageDetectorBuilder.from_languages(*names.values())
    det = (builder.with_low_accuracy_mode() if low else builder).build()

    def fn(text: str) -> str:
        got = det.detect_language_of(text)
        return back.get(got, "?") if got is not None else "?"

    return fn


def main() -> int:
    data = blocks()
    per = {lang: sum(1 for _, x in data if x == lang) for lang in ("az", "ru", "en")}
    print(f"{len(data)} blocks {per}; load average {os.getloadavg()[0]:.2f}")
    head = f"{'accuracy':>8} {'az':>6} {'ru':>6} {'en':>6} {'µs/block':>9} {'load s':>7}"
    print(f"{'identifier':22} {head}")
    for name, make in (
        ("py3langid", py3langid_fn),
        ("lingua (low accuracy)", lambda: lingua_fn(True)),
        ("lingua", lingua_fn),
    ):
        t0 = time.perf_counter()
        try:
            fn = make()
            fn("warm up")
        except ImportError as exc:
            print(f"{name:22} not installed ({exc})")
            continue
        load = time.perf_counter() - t0
        t0 = time.perf_counter()
        got = [fn(text) for text, _ in data]
        dt = (time.perf_counter() - t0) / len(data) * 1e6
        ok = {lang: 0 for lang in per}
        for (_, want), g in zip(data, got, strict=True):
            ok[want] += g == want
        acc = sum(ok.values()) / len(data)
        cols = " ".join(f"{ok[lang] / per[lang]:6.3f}" for lang in ("az", "ru", "en"))
        print(f"{name:22} {acc:8.3f} {cols} {dt:9.0f} {load:7.2f}")
        for (text, want), g in zip(data, got, strict=True):
            if g != want and "-v" in sys.argv:
                print(f"   {want}→{g}: {text[:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
