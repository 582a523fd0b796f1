"""`translate glossary candidates` on git's Russian catalogue, against a gold list written first.

    python tests/bench/eval_candidates_git.py [--detail]

Our articles are too small to judge term extraction, so this uses ../shared/data/git-ru.po
(5,500 real en→ru messages) as a bilingual corpus: the msgids are the sources, the translated
non-fuzzy messages the aligned segments. The gold list (candidates-gold-git.tsv, written before
the candidates code ever ran on git) holds English software terms with the renderings git's ru
team uses. Printed:

- recall@N: how many gold terms are among the first N candidates (plural and possessive forms
  of a gold term count), for ours and for translate-toolkit's poterminology (terms only: it has
  no renderings), run in the same process on the same file;
- rendering accuracy: of the gold terms we list in the first 200, how many have a right top
  rendering (compared by pymorphy3 lemma per word, ё as е); and of all gold terms, how many we
  both list and render right;
- the time of each tool (ours in-process, wall and CPU; poterminology as a whole process),
  and the load average.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from compare_poterminology import poterminology  # noqa: E402

from translate.catalog.po import read_po  # noqa: E402
from translate.morph.en import plurals  # noqa: E402
from translate.morph.ru import analyzer  # noqa: E402
from translate.tm.candidate_renderings import renderings  # noqa: E402
from translate.tm.candidates import extract  # noqa: E402

PO = ROOT.parent / "shared" / "data" / "git-ru.po"
GOLD = Path(__file__).with_name("candidates-gold-git.tsv")
CUTS = (50, 100, 200)


def load_gold() -> list[tuple[str, list[str]]]:
    rows = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("en\t"):
            continue
        en, ru = line.split("\t")
        rows.append((en, ru.split("|")))
    return rows


def corpus(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Source texts (every msgid) and (source, target) pairs (translated, not fuzzy)."""
    texts: list[str] = []
    segs: list[tuple[str, str]] = []
    for m in read_po(path).active:
        if not m.msgid:
            continue
        texts.append(m.msgid)
        if m.msgid_plural:
            texts.append(m.msgid_plural)
        if m.fuzzy:
            continue
        if m.msgid_plural:
            pairs = zip((m.msgid, m.msgid_plural), m.msgstr_plural, strict=False)
            segs.extend((s, t) for s, t in pairs if t)
        elif m.msgstr:
            segs.append((m.msgid, m.msgstr))
    return texts, segs


def en_forms(term: str) -> set[str]:
    *head, last = term.split()
    return {term} | {" ".join([*head, p]) for p in plurals(last)}


def _plain(form: str) -> str:
    return re.sub(r"[’']s?$", "", form.lower())


_WORD = re.compile(r"[^\W\d_][\w\-]*")


def ru_lemma(text: str) -> tuple[str, ...]:
    morph = analyzer()
    return tuple(
        morph.parse(w)[0].normal_form.replace("ё", "е")
        for w in _WORD.findall(text.lower().replace("ё", "е"))
    )


def rank(gold: str, listed: list[set[str]]) -> int | None:
    """1-based position of the first listed term that is a form of *gold*."""
    forms = en_forms(gold)
    for i, names in enumerate(listed, 1):
        if {_plain(n) for n in names} & forms:
            return i
    return None


def main() -> None:
    if not PO.exists():
        print(f"skipped: {PO} is absent")
        return
    detail = "--detail" in sys.argv
    gold = load_gold()
    texts, segs = corpus(PO)
    print(f"git-ru.po: {len(texts)} source texts, {len(segs)} translated pairs; {len(gold)} gold")

    t0, c0 = time.perf_counter(), time.process_time()
    found = extract(texts)
    renderings(found, segs, "ru")
    ours_time, ours_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0 = time.perf_counter()
    theirs = poterminology([PO])
    theirs_time = time.perf_counter() - t0

    ours_listed = [{c.text, *c.forms} for c in found]
    theirs_listed = [{t} for t in theirs]
    print(f"load average {os.getloadavg()[0]:.2f}")
    print(f"ours: {len(found)} candidates in {ours_time:.2f} s ({ours_cpu:.2f} s CPU)")
    print(f"poterminology: {len(theirs)} terms in {theirs_time:.2f} s (whole process)")
    for name, listed in (("ours", ours_listed), ("poterminology", theirs_listed)):
        ranks = [rank(en, listed) for en, _ in gold]
        cells = [f"@{n}: {sum(1 for r in ranks if r and r <= n)}" for n in CUTS]
        cells.append(f"all: {sum(1 for r in ranks if r)}")
        print(f"recall {name:<14} " + ", ".join(cells) + f" of {len(gold)}")

    right = listed_200 = 0
    for en, ru in gold:
        r = rank(en, ours_listed)
        c = found[r - 1] if r else None
        top = (c.renderings.get("ru") or [("", 0)])[0][0] if c else ""
        ok = bool(top) and ru_lemma(top) in {ru_lemma(x) for x in ru}
        if r and r <= 200:
            listed_200 += 1
            right += ok
        if detail:
            theirs_r = rank(en, theirs_listed)
            seen = ", ".join(f"{t} ({k})" for t, k in (c.renderings.get("ru", []) if c else []))
            print(
                f"  {en:<16} ours #{r or '-':<5} poterminology #{theirs_r or '-':<5} "
                f"{'ok ' if ok else 'BAD'} {seen or '—'}   (gold: {' | '.join(ru)})"
            )
    print(
        f"top rendering right: {right} of the {listed_200} gold terms we list in the first 200; "
        f"listed and right: {right} of {len(gold)}"
    )


if __name__ == "__main__":
    main()
