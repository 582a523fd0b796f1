"""Term-finding throughput, index build time and peak memory against glossary size.

    python tests/bench/bench_terms.py            # 1,000,000+ tokens, 100 … 50,000 concepts
    python tests/bench/bench_terms.py --quick    # 150,000 tokens, 100 … 10,000 concepts

Generates a trilingual corpus (az, ru, en paragraphs of ~80 tokens; about 3 % of the tokens are
inflected glossary terms, drawn log-uniformly from the concepts so small glossaries see matches
too) and glossaries of 100, 1,000, 10,000 and 50,000 concepts (70 % one-word, 30 % two-word
terms in each language; Russian terms are real dictionary nouns and agreeing adjective + noun
pairs, Azerbaijani and English ones pseudo-words with proper vowel harmony). Each glossary size
runs in its own process so its peak RSS is its own. In the same process, on the same text:

- `scan`: `prepare` + the tokenizer's regex over the text (the ceiling `find` builds on);
- `tokenize`: the public `tokenize()` (Token objects);
- `find`: `TermIndex.find`.

Targets (issue 3): find ≥ 25 % of tokenisation throughput at 10,000 concepts; find at 50,000
concepts ≥ 80 % of find at 100; 50,000 concepts build and run in ≤ 400 MB RSS.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

LANGS = ("az", "ru", "en")
AZ_BACK, AZ_FRONT = "aıou", "eəiöü"
AZ_CONS = "bcçdfgğhxjkqlmnprsştvyz"
EN_V, EN_C = "aeiou", "bcdfghklmnprstvw"
# Term words and filler words start with disjoint consonants, so filler is never a form of a
# term (a suffix analysis strips from the right and keeps the first letter): the number of
# matches then does not grow with the glossary, and the benchmark measures look-up cost.
AZ_TERM_START, AZ_FILL_START = "bcçdfgğhxjk", "qlmnprsştvyz"
EN_TERM_START, EN_FILL_START = "bcdfghk", "lmnprstvw"
AZ_CHAINS = ("", "", "", "dan", "ın", "a", "ı", "da", "lar", "ları", "larından", "dakı", "dır")


def _best(fn, repeat: int = 5) -> float:
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- vocabulary and glossaries ---------------------------------------------------------------


def ru_vocab(cache: Path) -> tuple[list[str], list[str]]:
    """Dictionary nouns and adjectives (nominative singular); extracted once (≈40 s), cached."""
    path = cache / "bench-ru-vocab.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data["nouns"], data["adjs"]
    except (OSError, ValueError, KeyError):
        pass
    from translate.morph.ru import analyzer

    nouns: set[str] = set()
    adjs: set[str] = set()
    for word, tag, normal, _para, idx in analyzer().dictionary.iter_known_words():
        if idx != 0 or word != normal or "nomn" not in tag or "sing" not in tag or "-" in word:
            continue
        if tag.POS == "NOUN" and not ({"Name", "Surn", "Patr", "Abbr", "Fixd"} & tag.grammemes):
            nouns.add(word)
        elif tag.POS == "ADJF" and "masc" in tag and "Abbr" not in tag:
            adjs.add(word)
    cache.mkdir(parents=True, exist_ok=True)
    out = {"nouns": sorted(nouns), "adjs": sorted(adjs)}
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out["nouns"], out["adjs"]


def az_word(rng: random.Random, syllables: int, start: str = AZ_TERM_START) -> str:
    vowels = AZ_BACK if rng.random() < 0.5 else AZ_FRONT
    out = ""
    for i in range(syllables):
        out += rng.choice(start if i == 0 else AZ_CONS) + rng.choice(vowels)
        if rng.random() < 0.5:
            out += rng.choice(AZ_CONS)
    return out


def en_word(rng: random.Random, syllables: int, start: str = EN_TERM_START) -> str:
    first = rng.choice(start) + rng.choice(EN_V)
    rest = "".join(rng.choice(EN_C) + rng.choice(EN_V) for _ in range(syllables - 1))
    return first + rest + rng.choice(EN_C)


def make_terms(n: int, seed: int, cache: Path) -> list[dict[str, str]]:
    """n concepts: {lang: term text}; deterministic, unique per language."""
    rng = random.Random(seed)
    nouns, adjs = ru_vocab(cache)
    rng.shuffle(nouns)
    rng.shuffle(adjs)
    from translate.morph.ru import analyzer

    seen: dict[str, set[str]] = {lang: set() for lang in LANGS}
    out: list[dict[str, str]] = []
    ni = ai = 0
    while len(out) < n:
        two = rng.random() < 0.3
        noun = nouns[ni % len(nouns)]
        ni += 1
        ru = noun
        if two:
            p = analyzer().parse(noun)[0]
            a = analyzer().parse(adjs[ai % len(adjs)])[0]
            ai += 1
            g = a.inflect({p.tag.gender}) if p.tag.gender in ("masc", "femn", "neut") else None
            ru = f"{g.word if g else a.word} {noun}"
        az = " ".join(az_word(rng, rng.randint(2, 3)) for _ in range(2 if two else 1))
        en = " ".join(en_word(rng, rng.randint(2, 3)) for _ in range(2 if two else 1))
        if ru in seen["ru"] or az in seen["az"] or en in seen["en"]:
            continue
        for lang, t in (("ru", ru), ("az", az), ("en", en)):
            seen[lang].add(t)
        out.append({"ru": ru, "az": az, "en": en})
    return out


def glossary_of(terms: list[dict[str, str]]):  # type: ignore[no-untyped-def]
    from translate.glossary.model import Concept, Glossary, Term

    return Glossary(
        [
            Concept(f"c{i}", terms=[Term(t[lang], lang) for lang in LANGS])
            for i, t in enumerate(terms)
        ]
    )


# --- corpus ----------------------------------------------------------------------------------


def make_corpus(terms: list[dict[str, str]], tokens: int, seed: int, cache: Path) -> dict:
    """{lang: [paragraph, ...]} with about `tokens` words in all."""
    from translate.morph.az import inflect as az_inflect
    from translate.morph.en import head_forms
    from translate.morph.ru import term_forms

    rng = random.Random(seed)
    nouns, adjs = ru_vocab(cache)
    used = {w for t in terms for w in t["ru"].split()}
    used |= {a for t in terms for a in t["ru"].split()[:-1]}
    filler = {
        "ru": [w for w in nouns[::3] + adjs[::3] if w not in used][:20000],
        "az": [az_word(rng, rng.randint(1, 3), AZ_FILL_START) for _ in range(20000)],
        "en": [en_word(rng, rng.randint(1, 3), EN_FILL_START) for _ in range(20000)],
    }
    per_lang = tokens // 3 + 1
    corpus: dict[str, list[str]] = {}
    n = len(terms)
    for lang in LANGS:
        paras: list[str] = []
        count = 0
        while count < per_lang:
            words: list[str] = []
            while len(words) < 80:
                if rng.random() < 0.03:
                    idx = min(n - 1, int(math.exp(rng.random() * math.log(n))) - 1)
                    term = terms[idx][lang]
                    if lang == "ru":
                        forms = term_forms(term)
                        form = " ".join(rng.choice(forms)[0]) if forms else term
                    elif lang == "az":
                        *mods, head = term.split()
                        form = " ".join([*mods, az_inflect(head, rng.choice(AZ_CHAINS))])
                    else:
                        *mods, head = term.split()
                        form = " ".join([*mods, rng.choice(head_forms(head))[0]])
                    if rng.random() < 0.3:
                        form = form[:1].upper() + form[1:]
                    words.extend(form.split(" "))
                else:
                    words.append(rng.choice(filler[lang]))
                if rng.random() < 0.08:
                    words[-1] += rng.choice(",,.;:")
            paras.append(" ".join(words) + ".")
            count += len(words)
        corpus[lang] = paras
    return corpus


# --- one glossary size, in its own process ---------------------------------------------------


def child(size: int, terms_path: Path, corpus_path: Path) -> dict:
    from translate.terms import TermIndex
    from translate.text.normalize import prepare
    from translate.text.tokenize import pattern_for, tokenize

    terms = json.loads(terms_path.read_text(encoding="utf-8"))[:size]
    corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
    glossary = glossary_of(terms)
    del terms
    t0 = time.perf_counter()
    index = TermIndex.build(glossary)
    build_s = time.perf_counter() - t0
    rss_built = _rss_mb()
    result: dict = {"size": size, "build_s": build_s, "rss_built_mb": rss_built, "langs": {}}
    for lang in LANGS:
        paras = corpus[lang]
        ntok = sum(len(tokenize(p, lang)) for p in paras)
        pat = pattern_for(lang)

        def scan(paras: list[str] = paras, lang: str = lang, pat=pat) -> None:
            for p in paras:
                [m.span() for m in pat.finditer(prepare(p, lang).folded)]

        def tok(paras: list[str] = paras, lang: str = lang) -> None:
            for p in paras:
                tokenize(p, lang)

        def find(paras: list[str] = paras, lang: str = lang) -> None:
            for p in paras:
                index.find(p, lang)

        # the first find pass also fills the per-index Azerbaijani analysis cache (cold); the
        # best of five later passes is the steady state of a long-running process. Every
        # timing is the best of five, so a busy machine disturbs the ratios less.
        t0 = time.perf_counter()
        found = sum(len(index.find(p, lang)) for p in paras)
        cold_s = time.perf_counter() - t0
        scan_s, tok_s, find_s = _best(scan), _best(tok), _best(find)
        result["langs"][lang] = {
            "tokens": ntok,
            "found": found,
            "scan_tps": ntok / scan_s,
            "tokenize_tps": ntok / tok_s,
            "find_cold_tps": ntok / cold_s,
            "find_tps": ntok / find_s,
        }
    result["rss_peak_mb"] = _rss_mb()
    # what `load_index` pays on a cache hit instead of building (after the memory figures:
    # the pickle and its copy would double the high-water mark)
    from translate.terms.cache import read_cached, write_cached

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.pickle"
        write_cached(path, index)
        t0 = time.perf_counter()
        assert read_cached(path) is not None
        result["load_s"] = time.perf_counter() - t0
        result["cache_mb"] = path.stat().st_size / 2**20
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="150k tokens, up to 10,000 concepts")
    ap.add_argument("--tokens", type=int, default=None)
    ap.add_argument("--sizes", type=str, default=None, help="comma-separated glossary sizes")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--terms", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.terms, args.corpus)))
        return 0

    from translate.terms import default_cache_dir

    cache = default_cache_dir()
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else ([100, 1_000, 10_000] if args.quick else [100, 1_000, 10_000, 50_000])
    )
    tokens = args.tokens or (150_000 if args.quick else 1_050_000)
    t0 = time.perf_counter()
    terms = make_terms(max(sizes), seed=7, cache=cache)
    corpus = make_corpus(terms, tokens, seed=11, cache=cache)
    prep_s = time.perf_counter() - t0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tp, cp = Path(tmp) / "terms.json", Path(tmp) / "corpus.json"
        tp.write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")
        cp.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
        for size in sizes:
            cmd = [sys.executable, __file__, "--child", str(size), "--terms", str(tp)]
            cmd += ["--corpus", str(cp)]
            env = dict(os.environ, PYTHONHASHSEED="0")
            out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
            if out.returncode != 0:
                print(out.stderr, file=sys.stderr)
                return 1
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    total_tokens = sum(v["tokens"] for v in rows[0]["langs"].values())
    print(f"corpus: {total_tokens:,} tokens (az/ru/en), generated in {prep_s:.1f} s\n")
    print(
        "| concepts | build s | peak RSS MB | lang | found | scan tok/s | tokenize tok/s "
        "| find tok/s (cold) | find tok/s | find / scan | find / tokenize |"
    )
    print("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    # peak RSS includes the corpus and the 50,000-concept term list every process loads
    # (~140 MB); "RSS after build" is the high-water mark right after building the index
    for r in rows:
        for lang in LANGS:
            v = r["langs"][lang]
            print(
                f"| {r['size']:,} | {r['build_s']:.1f} | {r['rss_peak_mb']:.0f} | {lang} | "
                f"{v['found']:,} | {v['scan_tps']:,.0f} | {v['tokenize_tps']:,.0f} | "
                f"{v['find_cold_tps']:,.0f} | {v['find_tps']:,.0f} | "
                f"{100 * v['find_tps'] / v['scan_tps']:.0f} % | "
                f"{100 * v['find_tps'] / v['tokenize_tps']:.0f} % |"
            )

    def overall(r: dict, key: str) -> float:
        toks = sum(v["tokens"] for v in r["langs"].values())
        return toks / sum(v["tokens"] / v[key] for v in r["langs"].values())

    print("\nIndex cache (what `load_index` reads instead of building):\n")
    print("| concepts | build s | cache file MB | load from cache s |")
    print("|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['size']:,} | {r['build_s']:.1f} | {r['cache_mb']:.1f} | {r['load_s']:.2f} |")
    print("\nAll languages together (tokens / total seconds):\n")
    print(
        "| concepts | scan tok/s | tokenize tok/s | find tok/s | find / scan | find / tokenize "
        "| find vs 100 concepts | same, scan-normalised | RSS after build MB | peak RSS MB |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    # the scan does not depend on the glossary, so find/scan from the same process cancels the
    # drift of a shared machine between the processes of different sizes
    base = overall(rows[0], "find_tps")
    base_rel = base / overall(rows[0], "scan_tps")
    for r in rows:
        f, s, t = overall(r, "find_tps"), overall(r, "scan_tps"), overall(r, "tokenize_tps")
        print(
            f"| {r['size']:,} | {s:,.0f} | {t:,.0f} | {f:,.0f} | {100 * f / s:.0f} % | "
            f"{100 * f / t:.0f} % | {100 * f / base:.0f} % | {100 * f / s / base_rel:.0f} % | "
            f"{r['rss_built_mb']:.0f} | {r['rss_peak_mb']:.0f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
