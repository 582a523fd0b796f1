"""Evaluate the Azerbaijani head matcher on the shared data (run: python tests/bench/eval_az.py).

1. Recall: register every UniMorph lemma; each form must be found as its lemma.
2. False matches on running text: register the UniMorph lemmas, look up every token of UD
   Azerbaijani-TueCL; a token claimed by a lemma different from its gold lemma is a false match
   (split by stem length ≥4 / ≤3).
3. Confusions: every UniMorph form of lemma A must not also be claimed by another lemma B.
4. Speed and memory: lookups per second against a dict look-up of the same tokens (the floor a
   stem table cannot beat), and the memory of 50,000 synthetic heads.

Reference rows measured in the same run: exact matching (the form must equal the lemma) and
prefix matching (`startswith`), the two baselines named in morphology.md.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from translate.morph import az_grammar as grammar  # noqa: E402
from translate.morph.az import AzHeadMatcher  # noqa: E402
from translate.text.normalize import fold  # noqa: E402

DATA = REPO.parent / "shared" / "data"


def load_unimorph() -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / "unimorph-aze-nouns-dev.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            rows.append((fold(parts[0], "az"), fold(parts[1], "az")))
    return rows


def load_conllu() -> list[tuple[str, str, str]]:
    toks = []
    for line in (DATA / "az_tuecl-ud-test.conllu").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4 or "-" in cols[0] or "." in cols[0]:
            continue
        toks.append((fold(cols[1], "az"), fold(cols[2], "az"), cols[3]))
    return toks


def bucket(lemma: str) -> str:
    return "≥4" if len(lemma) >= 4 else "≤3"


class Prefix:
    """Baseline: a token is a form of every lemma it starts with."""

    def __init__(self, lemmas: list[str]) -> None:
        self.lemmas = lemmas

    def lookup(self, token: str) -> list[tuple[int, str]]:
        return [
            (i, token[len(lem) :]) for i, lem in enumerate(self.lemmas) if token.startswith(lem)
        ]


class Exact:
    def __init__(self, lemmas: list[str]) -> None:
        self.index = {lem: i for i, lem in enumerate(lemmas)}

    def lookup(self, token: str) -> list[tuple[int, str]]:
        i = self.index.get(token)
        return [] if i is None else [(i, "")]


def evaluate(name: str, matcher, lemmas: list[str], forms, toks) -> dict[str, str]:
    # 1. recall
    hit = 0
    misses = []
    for lemma, form in forms:
        keys = {k for k, _ in matcher.lookup(form)}
        if lemmas.index(lemma) in keys:
            hit += 1
        else:
            misses.append((lemma, form))
    # 2. false matches on UD text
    fm = {"≥4": 0, "≤3": 0}
    fm_examples = defaultdict(list)
    for form, gold, _upos in toks:
        for k, _chain in matcher.lookup(form):
            if lemmas[k] != gold:
                b = bucket(lemmas[k])
                fm[b] += 1
                fm_examples[b].append(f"{form}→{lemmas[k]} (gold {gold})")
    # 3. confusions among UniMorph lemmas
    conf = {"≥4": 0, "≤3": 0}
    conf_examples = defaultdict(list)
    seen = set()
    for lemma, form in forms:
        if (lemma, form) in seen:
            continue
        seen.add((lemma, form))
        for k, _chain in matcher.lookup(form):
            other = lemmas[k]
            if other != lemma:
                b = bucket(other)
                conf[b] += 1
                conf_examples[b].append(f"{form} ({lemma})→{other}")
    return {
        "name": name,
        "recall": f"{100 * hit / len(forms):.2f} % ({hit}/{len(forms)})",
        "fm4": str(fm["≥4"]),
        "fm3": str(fm["≤3"]),
        "conf4": str(conf["≥4"]),
        "conf3": str(conf["≤3"]),
        "_misses": misses,
        "_fm": fm_examples,
        "_conf": conf_examples,
    }


def synthetic_heads(n: int, seed: int = 7) -> list[str]:
    """Plausible Azerbaijani-looking stems of 4–12 letters (CV syllables, harmonic vowels)."""
    rng = random.Random(seed)
    cons = "bcçdfgğhxjkqlmnprsştvyz"
    back, front = "aıou", "eəiöü"
    out: set[str] = set()
    while len(out) < n:
        vowels = back if rng.random() < 0.5 else front
        word = ""
        for _ in range(rng.randint(2, 4)):
            word += rng.choice(cons) + rng.choice(vowels)
            if rng.random() < 0.5:
                word += rng.choice(cons)
        if rng.random() < 0.15:  # some heads carry a possessive (…dəhlizi, …təşkilatı)
            word += {"a": "ı", "ı": "ı", "o": "u", "u": "u"}.get(vowels[0], "i")
        out.add(word)
    return sorted(out)


def _memory_of(heads: list[str]) -> float:
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    m = AzHeadMatcher()
    for i, h in enumerate(heads):
        m.add(h, i)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del m
    return (after - before) / 2**20


def _clear_tables() -> None:
    for name in ("ordinary_chains", "possessed_chains", "replacing_chains"):
        getattr(grammar, name).cache_clear()
    grammar.separator_chains.cache_clear()
    grammar.all_chains.cache_clear()
    grammar._walk.cache_clear()


def speed_and_memory(toks: list[tuple[str, str, str]], lexicon: list[str]) -> list[tuple[str, str]]:
    rows = []

    def build_all() -> None:
        grammar.all_chains()
        grammar.separator_chains()
        for cls in grammar.CLASSES:  # every table a lookup may touch
            for t in (0, 1, 2):
                grammar.possessed_chains(cls, t)
                for ev in (False, True):
                    grammar.ordinary_chains(cls, ev, t)
                    grammar.replacing_chains(cls, ev, t)

    _clear_tables()
    t0 = time.perf_counter()
    build_all()
    elapsed = time.perf_counter() - t0
    _clear_tables()
    tracemalloc.start()
    build_all()
    table_mem = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    rows.append(("ending tables built (once per process)", f"{elapsed:.2f} s"))
    rows.append(("memory of all ending tables (shared by every head)", f"{table_mem:.1f} MiB"))
    n_chains = len(grammar.all_chains()[0])
    rows.append(("distinct endings in all tables", f"{n_chains:,}"))

    heads = synthetic_heads(50_000)
    rows.append(("memory, 50,000 synthetic heads", f"{_memory_of(heads):.1f} MiB"))
    if lexicon:
        rows.append(
            (f"memory, {len(lexicon):,} dictionary headwords", f"{_memory_of(lexicon):.1f} MiB")
        )
    m = AzHeadMatcher()
    for i, h in enumerate(heads):
        m.add(h, i)

    # the tokens: UD text plus forms of the synthetic heads, so that some tokens do real work
    rng = random.Random(3)
    words = [t[0] for t in toks]
    endings = ["", "dan", "da", "ın", "ı", "lar", "ları", "larından", "ımızdakı", "a"]
    for h in rng.sample(heads, 2000):
        words.append(h + rng.choice(endings))
    words = words * max(1, 200_000 // len(words))
    plain: dict[str, int] = dict.fromkeys(heads, 1)
    t0 = time.perf_counter()
    for w in words:
        plain.get(w)
    t_dict = time.perf_counter() - t0
    t0 = time.perf_counter()
    claimed = 0
    for w in words:
        if m.lookup(w):
            claimed += 1
    t_m = time.perf_counter() - t0
    rows.append(("tokens looked up (50,000 heads)", f"{len(words):,} ({claimed:,} claimed)"))
    rows.append(("lookups / s (AzHeadMatcher)", f"{len(words) / t_m:,.0f}"))
    rows.append(("lookups / s (one dict.get per token, the floor)", f"{len(words) / t_dict:,.0f}"))
    rows.append(("ratio matcher / dict.get", f"{t_dict / t_m:.3f}"))
    return rows


def load_lexicon() -> list[str]:
    """Dictionary headwords shipped by the `azstemmer` package (60k words), if installed: a
    word list to count false claims on. Used only here, never by the toolkit."""
    try:
        from importlib.resources import files

        text = (files("azstemmer") / "azwords.txt").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return []
    return sorted({fold(w, "az") for w in text.split() if w.isalpha()})


def lbucket(n: int) -> str:
    return "≤3" if n <= 3 else ("4–6" if n <= 6 else "≥7")


def lexicon_claims(matcher, lemmas: list[str], words: list[str]) -> tuple[dict, list[str]]:
    """Dictionary words claimed by a registered lemma other than the word itself."""
    counts = {"≤3": 0, "4–6": 0, "≥7": 0}
    examples: list[str] = []
    for w in words:
        for k, chain in matcher.lookup(w):
            if lemmas[k] != w:
                counts[lbucket(len(lemmas[k]))] += 1
                examples.append(f"{w}={lemmas[k]}+{chain}")
                break
    return counts, examples


class PrefixIndex:
    """Prefix baseline for many lemmas: every registered word a token starts with."""

    def __init__(self, lemmas: list[str]) -> None:
        self.index = {lem: i for i, lem in enumerate(lemmas)}

    def lookup(self, token: str) -> list[tuple[int, str]]:
        out = []
        for i in range(1, len(token) + 1):
            k = self.index.get(token[:i])
            if k is not None:
                out.append((k, token[i:]))
        return out


def precision_rows(lemmas: list[str], toks, lexicon: list[str], verbose: bool) -> list[str]:
    lines = []
    # UD's own noun lemmas registered: every token claimed by a different lemma
    ud_lemmas = sorted({gold for _f, gold, upos in toks if upos in ("NOUN", "PROPN")})
    lines.append(
        f"| matcher | UD: {len(ud_lemmas)} gold NOUN/PROPN lemmas registered, tokens claimed "
        "by another lemma, stem ≥4 | stem ≤3 |"
    )
    lines.append("|---|---|---|")
    details = []
    for name, m in (("prefix", PrefixIndex(ud_lemmas)), ("AzHeadMatcher", AzHeadMatcher())):
        if isinstance(m, AzHeadMatcher):
            for i, lem in enumerate(ud_lemmas):
                m.add(lem, i)
        c = {"≥4": 0, "≤3": 0}
        ex = []
        for form, gold, _upos in toks:
            for k, _ch in m.lookup(form):
                if ud_lemmas[k] != gold:
                    c[bucket(ud_lemmas[k])] += 1
                    ex.append(f"{form}→{ud_lemmas[k]} (gold {gold})")
        lines.append(f"| {name} | {c['≥4']} | {c['≤3']} |")
        if name == "AzHeadMatcher":
            details.append("UD claims: " + ", ".join(ex[: 60 if verbose else 15]))
    lines.append("")
    if not lexicon:
        lines.append("(dictionary rows skipped: `pip install azstemmer` provides the word list)")
        return lines + details
    lines.append(
        f"| matcher | {len(lexicon):,} dictionary words claimed by one of the "
        f"{len(lemmas)} UniMorph lemmas (≠ the word), lemma ≤3 | 4–6 | ≥7 |"
    )
    lines.append("|---|---|---|---|")
    ours = AzHeadMatcher()
    for i, lem in enumerate(lemmas):
        ours.add(lem, i)
    for name, m in (("prefix", PrefixIndex(lemmas)), ("AzHeadMatcher", ours)):
        c, ex = lexicon_claims(m, lemmas, lexicon)
        lines.append(f"| {name} | {c['≤3']} | {c['4–6']} | {c['≥7']} |")
        if name == "AzHeadMatcher":
            details.append("dictionary claims: " + ", ".join(ex[: 60 if verbose else 20]))
    lines.append("")
    lines.append(
        f"| matcher | all {len(lexicon):,} dictionary words registered: words claimed by another "
        "headword, head ≤3 | 4–6 | ≥7 | share of words |"
    )
    lines.append("|---|---|---|---|---|")
    everything = AzHeadMatcher()
    for i, w in enumerate(lexicon):
        everything.add(w, i)
    for name, m in (("prefix", PrefixIndex(lexicon)), ("AzHeadMatcher", everything)):
        c, ex = lexicon_claims(m, lexicon, lexicon)
        share = 100 * sum(c.values()) / len(lexicon)
        lines.append(f"| {name} | {c['≤3']} | {c['4–6']} | {c['≥7']} | {share:.1f} % |")
        if name == "AzHeadMatcher":
            rng = random.Random(5)
            sample = rng.sample(ex, min(len(ex), 60 if verbose else 25))
            details.append("all-vs-all sample: " + ", ".join(sample))
    return [*lines, "", *details]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    if not DATA.is_dir():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    forms = load_unimorph()
    toks = load_conllu()
    lexicon = load_lexicon()
    lemmas = sorted({lem for lem, _ in forms})
    analyser = AzHeadMatcher()
    for i, lem in enumerate(lemmas):
        analyser.add(lem, i)
    results = [
        evaluate("exact string", Exact(lemmas), lemmas, forms, toks),
        evaluate("prefix (startswith)", Prefix(lemmas), lemmas, forms, toks),
        evaluate("AzHeadMatcher", analyser, lemmas, forms, toks),
    ]
    print(
        f"Azerbaijani head matching: {len(lemmas)} UniMorph lemmas, {len(forms)} forms; "
        f"UD TueCL test {len(toks)} tokens"
    )
    print()
    print(
        "| method | recall (UniMorph) | UD tokens falsely claimed, stem ≥4 | stem ≤3 "
        "| UniMorph confusions ≥4 | ≤3 |"
    )
    print("|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['name']} | {r['recall']} | {r['fm4']} | {r['fm3']} "
            f"| {r['conf4']} | {r['conf3']} |"
        )
    ours = results[-1]
    print()
    missed = ", ".join(f"{f} ({lem})" for lem, f in ours["_misses"][:40])
    print(f"misses: {len(ours['_misses'])}: {missed}")
    for b in ("≥4", "≤3"):
        print(f"UD false claims {b}: " + ", ".join(ours["_fm"][b][: 40 if verbose else 12]))
        print(f"confusions {b}: " + ", ".join(ours["_conf"][b][: 40 if verbose else 12]))
    print()
    for line in precision_rows(lemmas, toks, lexicon, verbose):
        print(line)
    print()
    print("| speed and memory | value |")
    print("|---|---|")
    for k, v in speed_and_memory(toks, lexicon):
        print(f"| {k} | {v} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
