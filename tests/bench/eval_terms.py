"""Recall and false matches of term recognition, through the full `TermIndex` path.

    python tests/bench/eval_terms.py [--data ../shared/data] [--examples N] [--heldout]
                                     [--az-foreign] [--ru-sample FILE.tsv]

- Azerbaijani: every form of every UniMorph noun paradigm must be found as its lemma (one concept
  per lemma, each form in a sentence frame); false matches are forms claimed by a concept of a
  different lemma, plus words of the UD TueCL test set claimed by a lemma other than their gold
  lemma.
- Russian: one concept per distinct gold NOUN/PROPN/ADJ lemma of UD Russian GSD dev; each such
  token must be found as its lemma in its own sentence; false matches are tokens (of any part of
  speech) claimed by a concept whose lemma differs from the token's gold lemma.

False matches are split by the length of the claiming lemma (the stem-length risk). Targets
(issue 3): az recall ≥ 99.5 %, ru recall ≥ 98.5 %, false matches near zero for ≥ 4 letters.

`--heldout` measures the same on `tests/bench/heldout/` instead (UniMorph lemmas outside the dev
half, sentences of UD Taiga test; see its README): data nobody tuned on. There only the gold
NOUN/PROPN/ADJ tokens of a sentence are listed, so a claim on any other span is a false one. Each
Russian held-out sample (`ru_*-sample*.tsv`) is measured on its own, each with a glossary
of its own lemmas, so the figure of an older sample stays comparable.
`--ru-sample FILE.tsv` measures Russian only, on a sample in that held-out format (for example a
tuning sample under `tests/bench/tuning/`); with `--examples` it prints the misses to study.
`--az-foreign` registers every az lemma as a proper name spelled as in English, the worst case of
the rule that such a name takes the endings of every harmony class (Trump, said Tramp → Trumpın).
az false claims also count the dictionary words of the `azstemmer` package (when installed) that
a registered lemma claims although they are other words.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from translate.glossary.model import Concept, Glossary, Term  # noqa: E402
from translate.terms import TermIndex  # noqa: E402
from translate.text.normalize import fold  # noqa: E402

BUCKETS = ("1-3", "4-6", "7+")


def bucket(lemma: str) -> str:
    n = len(lemma)
    return "1-3" if n <= 3 else "4-6" if n <= 6 else "7+"


def read_conllu(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Sentences as (text, [(form, lemma, upos)]) with multiword ranges and empty nodes out."""
    out: list[tuple[str, list[tuple[str, str, str]]]] = []
    text, toks = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if toks:
                out.append((text, toks))
            text, toks = "", []
        else:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            toks.append((cols[1], cols[2], cols[3]))
    if toks:
        out.append((text, toks))
    return out


def locate(text: str, forms: list[str]) -> list[tuple[int, int] | None]:
    """Spans of the gold tokens in order; a token is never found inside a longer word (род is
    not the род of продолжить)."""
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for f in forms:
        i = text.find(f, pos)
        while i >= 0 and (
            (i > 0 and text[i - 1].isalnum() and f[:1].isalnum())
            or (i + len(f) < len(text) and text[i + len(f)].isalnum() and f[-1:].isalnum())
        ):
            i = text.find(f, i + 1)
        if i < 0:
            spans.append(None)
            continue
        spans.append((i, i + len(f)))
        pos = i + len(f)
    return spans


def read_gold_sentences(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The held-out format: `# text = …`, then FORM<TAB>LEMMA<TAB>UPOS per gold token."""
    out: list[tuple[str, list[tuple[str, str, str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            out.append((line[len("# text = ") :], []))
        elif line.strip() and not line.startswith("#"):
            form, lemma, upos = line.split("\t")
            out[-1][1].append((form, lemma, upos))
    return out


def eval_ru(data: Path, examples: int, sample: Path | None = None) -> dict:
    """GSD dev when `sample` is None, else a sample in the held-out format (gold tokens only)."""
    heldout = sample
    if sample is None:
        sents = read_conllu(data / "ru_gsd-ud-dev.conllu")
    else:
        sents = read_gold_sentences(sample)
    lemmas: dict[str, str] = {}
    pos_of: dict[str, set[str]] = defaultdict(set)
    for _, toks in sents:
        for _form, lemma, upos in toks:
            if upos in ("NOUN", "PROPN", "ADJ") and any(ch.isalpha() for ch in lemma):
                lemmas.setdefault(fold(lemma, "ru"), lemma)
                pos_of[fold(lemma, "ru")].add(upos.lower())
    # a glossary names each concept's part of speech; a lemma seen with several is left open
    glossary = Glossary(
        [
            Concept(
                k, pos=next(iter(pos_of[k])) if len(pos_of[k]) == 1 else "", terms=[Term(v, "ru")]
            )
            for k, v in lemmas.items()
        ]
    )
    t0 = time.perf_counter()
    index = TermIndex.build(glossary)
    build_s = time.perf_counter() - t0
    total = hit = 0
    false_by = Counter()
    claimed_by = Counter()
    misses: list[tuple[str, str]] = []
    falses: list[tuple[str, str, str]] = []
    conventions: Counter[str] = Counter()
    t0 = time.perf_counter()
    for text, toks in sents:
        spans = locate(text, [f for f, _, _ in toks])
        occs = index.find(text, "ru")
        at: dict[tuple[int, int], set[str]] = defaultdict(set)
        for o in occs:
            at[(o.start, o.end)].add(o.concept_id)
        if heldout is not None:  # only gold tokens are listed: a claim elsewhere is false
            for span in set(at) - set(spans):
                for cid in at[span]:
                    claimed_by[bucket(cid)] += 1
                    false_by[bucket(cid)] += 1
                    if len(falses) < examples * 10:
                        falses.append((text[span[0] : span[1]], "-", cid))
        for (form, lemma, upos), span in zip(toks, spans, strict=True):
            if span is None:
                continue
            gold = fold(lemma, "ru")
            ids = at.get(span, set())
            if upos in ("NOUN", "PROPN", "ADJ") and any(ch.isalpha() for ch in lemma):
                total += 1
                if gold in ids:
                    hit += 1
                else:
                    if _inflected_lemma(lemma):
                        conventions[_INFLECTED_LEMMA] += 1
                    if len(misses) < examples * 10:
                        misses.append((form, lemma))
            for cid in ids:
                claimed_by[bucket(cid)] += 1
                if cid != gold:
                    false_by[bucket(cid)] += 1
                    kind = _convention(form, lemma, upos, lemmas.get(cid, cid))
                    if kind:
                        conventions[kind] += 1
                    if len(falses) < examples * 10:
                        falses.append((form, lemma, cid))
    find_s = time.perf_counter() - t0
    return {
        "lang": "ru",
        "label": "ru" if sample is None else f"ru {sample.stem}",
        "concepts": len(glossary),
        "tokens": total,
        "hit": hit,
        "false": false_by,
        "claimed": claimed_by,
        "misses": misses,
        "falses": falses,
        "build_s": build_s,
        "find_s": find_s,
        "conventions": conventions,
    }


#: a miss whose gold lemma no glossary would give (консервативной, Усам; драгой, which the
#: dictionary lacks, is counted here too)
_INFLECTED_LEMMA = "miss: gold lemma the dictionary knows only as another word's inflected form"


def _convention(form: str, gold: str, upos: str, claimed: str) -> str | None:
    """The UD lemma convention that makes a claim count as false although a glossary user
    expects it (README, "What a Russian term matches"), or None: a participle lemmatised as
    its verb (открыты: открыть, claimed by открытый); a plural-only lemma (выборах: выборы,
    claimed by выбор); a unit symbol lemmatised as itself (км: км, claimed by километр)."""
    from translate.morph import ru_abbr
    from translate.morph.ru import analyzer

    m = analyzer()
    g, c = fold(gold, "ru"), fold(claimed, "ru")
    if upos == "VERB" and any(
        p.tag.POS == "PRTF" and fold(p.normal_form, "ru") == g for p in m.parse(c)
    ):
        return "false: participle lemmatised as its verb"
    if any(
        p.tag.number == "plur" and p.tag.case == "nomn" and fold(p.normal_form, "ru") == c
        for p in m.parse(g)
    ):
        return "false: plural-only lemma"
    if g == fold(form, "ru") and any(a == g for a, _ in ru_abbr.abbreviations(c)):
        return "false: unit symbol lemmatised as itself"
    return None


def _inflected_lemma(lemma: str) -> bool:
    """Is a gold lemma a dictionary word only in an oblique form (консервативной, Усам),
    so no glossary would give it as a term?"""
    from translate.morph.ru import _NOMINAL_POS, analyzer

    w = lemma.lower()
    m = analyzer()
    if not m.word_is_known(w):
        return False
    ps = [p for p in m.parse(w) if p.tag.POS in _NOMINAL_POS]
    return bool(ps) and not any(p.tag.case in ("nomn", None) for p in ps)


def eval_az(data: Path, examples: int, heldout: Path | None = None, foreign: bool = False) -> dict:
    source = (
        data / "unimorph-aze-nouns-dev.tsv"
        if heldout is None
        else heldout / "unimorph-aze-nouns-heldout-sample.tsv"
    )
    rows = [
        line.split("\t")[:2]
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    lemmas: dict[str, str] = {}
    for lemma, _form in rows:
        lemmas.setdefault(fold(lemma, "az"), lemma)
    if foreign:  # the worst case of the foreign-name rule: every lemma a name spelled as in
        # English, so every head takes the endings of every harmony class
        glossary = Glossary(
            [
                Concept(k, pos="propn", terms=[Term(v, "az"), Term(v, "en")])
                for k, v in lemmas.items()
            ]
        )
    else:
        glossary = Glossary([Concept(k, terms=[Term(v, "az")]) for k, v in lemmas.items()])
    t0 = time.perf_counter()
    index = TermIndex.build(glossary)
    build_s = time.perf_counter() - t0
    total = hit = 0
    false_by = Counter()
    claimed_by = Counter()
    misses: list[tuple[str, str]] = []
    falses: list[tuple[str, str, str]] = []
    t0 = time.perf_counter()
    for lemma, form in rows:
        text = f"Bu gün {form} haqqında danışdıq."
        start = text.index(form)
        ids = {o.concept_id for o in index.find(text, "az") if o.start == start}
        gold = fold(lemma, "az")
        total += 1
        if gold in ids:
            hit += 1
        elif len(misses) < examples * 10:
            misses.append((form, lemma))
        for cid in ids:
            claimed_by[bucket(cid)] += 1
            if cid != gold:
                false_by[bucket(cid)] += 1
                if len(falses) < examples * 10:
                    falses.append((form, lemma, cid))
    # running text: any TueCL word claimed by a UniMorph lemma other than its gold lemma
    tuecl_tokens = tuecl_false = 0
    for text, toks in read_conllu(data / "az_tuecl-ud-test.conllu"):
        spans = locate(text, [f for f, _, _ in toks])
        at: dict[tuple[int, int], set[str]] = defaultdict(set)
        for o in index.find(text, "az"):
            at[(o.start, o.end)].add(o.concept_id)
        for (form, lemma, _upos), span in zip(toks, spans, strict=True):
            if span is None:
                continue
            tuecl_tokens += 1
            for cid in at.get(span, ()):
                claimed_by[bucket(cid)] += 1
                if cid != fold(lemma, "az"):
                    tuecl_false += 1
                    false_by[bucket(cid)] += 1
                    if len(falses) < examples * 10:
                        falses.append((form, lemma, cid))
    find_s = time.perf_counter() - t0
    lexicon_words = lexicon_false = 0
    for word in _az_lexicon():
        lexicon_words += 1
        text = f"Bu gün {word} haqqında danışdıq."
        for o in index.find(text, "az"):
            if o.start == 7 and o.concept_id != fold(word, "az"):
                lexicon_false += 1
                claimed_by[bucket(o.concept_id)] += 1
                false_by[bucket(o.concept_id)] += 1
                if len(falses) < examples * 10:
                    falses.append((word, "(dictionary)", o.concept_id))
    return {
        "lang": "az",
        "label": "az",
        "concepts": len(glossary),
        "tokens": total,
        "hit": hit,
        "false": false_by,
        "claimed": claimed_by,
        "misses": misses,
        "falses": falses,
        "build_s": build_s,
        "find_s": find_s,
        "tuecl_tokens": tuecl_tokens,
        "tuecl_false": tuecl_false,
        "lexicon_words": lexicon_words,
        "lexicon_false": lexicon_false,
    }


def _az_lexicon() -> list[str]:
    """Dictionary headwords shipped by the `azstemmer` package (60k), if installed."""
    try:
        from importlib.resources import files

        text = (files("azstemmer") / "azwords.txt").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return []
    return sorted({w for w in text.split() if w.isalpha()})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument(
        "--examples",
        type=int,
        default=None,
        help="print N×10 misses/false matches (default 1; 0 with --heldout, kept unread)",
    )
    ap.add_argument(
        "--heldout", action="store_true", help="measure on tests/bench/heldout (never tuned on)"
    )
    ap.add_argument(
        "--az-foreign",
        action="store_true",
        help="register every az lemma as a name spelled as in English (endings of any harmony)",
    )
    ap.add_argument(
        "--ru-sample",
        type=Path,
        metavar="FILE.tsv",
        help="measure Russian only, on a sample in the held-out format (a tuning sample)",
    )
    args = ap.parse_args()
    if args.examples is None:
        args.examples = 0 if args.heldout else 1
    if args.ru_sample is not None:
        if not args.ru_sample.is_file():
            print(f"no sample file at {args.ru_sample}", file=sys.stderr)
            return 2
        results = [eval_ru(args.data, args.examples, args.ru_sample)]
        print(f"data: {args.ru_sample}")
        return report(results, args.examples)
    if not args.data.is_dir():
        print(f"no data directory at {args.data}", file=sys.stderr)
        return 2
    held = Path(__file__).resolve().parent / "heldout" if args.heldout else None
    results = [eval_az(args.data, args.examples, held, args.az_foreign)]
    if held is None:
        results.append(eval_ru(args.data, args.examples))
    else:
        results += [
            eval_ru(args.data, args.examples, sample)
            for sample in sorted(held.glob("ru_*-sample*.tsv"))
        ]
    print(f"data: {'held-out (tests/bench/heldout)' if held else 'tuning (shared/data)'}")
    return report(results, args.examples)


def report(results: list[dict], examples: int) -> int:
    print()
    print("| lang | concepts | gold tokens | found as lemma | recall | target | build s | find s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        target = "99.5 %" if r["lang"] == "az" else "98.5 %"
        print(
            f"| {r['label']} | {r['concepts']} | {r['tokens']} | {r['hit']} | "
            f"{100 * r['hit'] / r['tokens']:.2f} % | {target} | {r['build_s']:.2f} | "
            f"{r['find_s']:.2f} |"
        )
    print()
    print("False matches (a token claimed by a concept whose lemma differs),")
    print("by length of the claiming lemma:")
    print()
    print("| lang | " + " | ".join(f"lemma {b} letters" for b in BUCKETS) + " |")
    print("|---|" + "---:|" * len(BUCKETS))
    for r in results:
        cells = []
        for b in BUCKETS:
            bad, all_ = r["false"][b], r["claimed"][b]
            cells.append(f"{bad} / {all_} ({100 * bad / max(all_, 1):.2f} %)")
        print(f"| {r['label']} | " + " | ".join(cells) + " |")
    print()
    for r in results:
        if r.get("conventions"):
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(r["conventions"].items()))
            print(f"{r['label']}: UD lemma conventions among these (both figures stand): {kinds}")
    print()
    az = next((r for r in results if r["lang"] == "az"), None)
    if az is not None:
        print("(cells: false claims / all claims; az includes the UD TueCL running-text tokens:")
        print(f" {az['tuecl_false']} false of {az['tuecl_tokens']} TueCL tokens", end="")
        if az["lexicon_words"]:
            print(
                f"; {az['lexicon_false']} false of {az['lexicon_words']:,} dictionary words",
                end="",
            )
        print(")")
    if examples:
        for r in results:
            print(f"\n{r['label']} misses (form, lemma): {r['misses'][: examples * 10]}")
            print(f"{r['label']} false (form, gold, claimed): {r['falses'][: examples * 10]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
