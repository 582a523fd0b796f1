"""Precision and recall of `translate check` per check and language on the annotated test set.

    python tests/bench/eval_checks.py [--verbose] [--testset tests/data/checks-testset.jsonl]
    python tests/bench/eval_checks.py --testset tests/data/checks-heldout.jsonl

Each line of the test set is one translated segment with the findings a careful reviewer expects
(`expected: [{"check", "text"}]`). A finding matches an expected entry when the check ids are
equal and, when the entry names a text, the finding's span overlaps an occurrence of that text
(in the translation, or in the source for findings about the source). Matching is one to one.
Precision = matched findings / findings; recall = matched entries / entries. Uses the shipped
glossary and the real term index; every segment is checked on its own (as one article), except:

- items sharing an `article` are checked together, as one article (`term-inconsistent` needs
  the whole text); each finding is counted against the item it points to;
- `"fuzzy": true` marks the message fuzzy;
- `"kind": "draft"` items hold whole Markdown documents: `source` is written to a source file,
  `translation` to a draft, and the pair goes through `Checker.check_draft` like
  `translate check DRAFT --lang L --source SRC` (alignment, drafts without a title, sources
  without front matter). A refusal counts as one false finding. Notes (severity `info`, such
  as "the draft has no title: aligned with the source's body") report no problem and are not
  counted.

`--by-item` is a looser second figure: a finding of the right check in the right segment counts
even when its span is not the gold's (independent set writers do not always point where the
checker points: a `term-missing` at the translation's wrong rendering, where the checker names
the source's term). The span-exact figure is the primary one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.checks import Checker, load_term_index  # noqa: E402
from translate.checks.segment import Segment  # noqa: E402
from translate.config import load_config  # noqa: E402
from translate.errors import UserError  # noqa: E402

#: the Markdown markers before a block's text on its first line
_MARKER = re.compile(r"(?:[ ]{0,3}(?:>[ ]?|[-*+][ ]|\d+[.)][ ]|#{1,6}[ ]))+")


def _ranges(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def matches(finding, expected: dict, item: dict) -> bool:
    if finding.check != expected["check"]:
        return False
    if expected.get("line") is not None and finding.line != expected["line"]:
        return False
    want = expected.get("text")
    if want is None:
        return True
    if finding.span is None:
        return False
    text = item["source"] if finding.span.where == "source" else item["translation"]
    s, e = finding.span.start, finding.span.end
    if item.get("kind") == "draft":
        # A draft's spans count from the start of the finding's block (its line), not of the
        # document; a source-side span's line is the draft's, so only its text can be compared.
        if finding.span.where == "source":
            return want in finding.span.text or finding.span.text in want
        lines = text.splitlines(keepends=True)
        shift = sum(len(x) for x in lines[: max(finding.line - 1, 0)])
        # and by the block's Markdown marker (`> `, `- `, `1. `, `## `): the block's text, which
        # the span counts in, starts after it
        if 0 < finding.line <= len(lines):
            marker = _MARKER.match(lines[finding.line - 1])
            shift += marker.end() if marker else 0
        s, e = s + shift, e + shift
    ranges = _ranges(text, want)
    if not ranges:  # the expected text is in the other side: compare the strings
        return want in finding.span.text or finding.span.text in want
    return any(a < max(e, s + 1) and s < b for a, b in ranges)


def _segment(item: dict) -> Segment:
    return Segment(
        file=item["id"],
        line=1,
        lang=item["lang"],
        target=item["translation"],
        source=item["source"],
        article=item.get("article", item["id"]),
        fuzzy=bool(item.get("fuzzy")),
    )


def _draft_findings(item: dict, checker: Checker) -> list:
    """The findings of `check DRAFT --source SRC` on the item's two documents."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "source.md"
        draft = Path(tmp) / f"draft.{item['lang']}.md"
        src.write_text(item["source"], encoding="utf-8")
        draft.write_text(item["translation"], encoding="utf-8")
        checker.ctx.next_article()
        try:
            findings, _stats, _segs = checker.check_draft(draft, item["lang"], src)
            findings = [f for f in findings if f.severity != "info"]
        except UserError as exc:
            from translate.checks.finding import Finding, Severity

            return [Finding("refused", Severity("error"), item["id"], 0, item["lang"], str(exc))]
    return findings


def findings_by_item(items: list[dict], checker: Checker) -> list[tuple[dict, list]]:
    """Each item with the findings that point to it (articles are checked as one text)."""
    articles: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        if item.get("kind") != "draft" and "article" in item:
            articles[item["article"]].append(item)
    of_article: dict[str, list] = {}
    for name, art_items in articles.items():
        of_article[name] = checker.check_segments([_segment(i) for i in art_items])
    out: list[tuple[dict, list]] = []
    for item in items:
        if item.get("kind") == "draft":
            out.append((item, _draft_findings(item, checker)))
        elif "article" in item:
            out.append((item, [f for f in of_article[item["article"]] if f.file == item["id"]]))
        else:
            out.append((item, checker.check_segments([_segment(item)])))
    return out


def evaluate(items: list[dict], checker: Checker, verbose: bool = False, by_item: bool = False):
    tp = defaultdict(int)  # (lang, check) → matched findings
    found = defaultdict(int)  # (lang, check) → findings
    expected_n = defaultdict(int)  # (lang, check) → expected entries
    hit = defaultdict(int)  # (lang, check) → matched expected entries
    misses: list[str] = []
    for item, findings in findings_by_item(items, checker):
        expected = list(item["expected"])
        used = [False] * len(expected)
        unmatched = []
        for f in findings:
            key = (item["lang"], f.check)
            found[key] += 1
            for i, exp in enumerate(expected):
                if not used[i] and matches(f, exp, item):
                    used[i] = True
                    tp[key] += 1
                    break
            else:
                unmatched.append(f)
        for f in unmatched:
            # --by-item: a finding of the expected check in the expected item counts, wherever
            # its span is (set writers point a term-missing at the translation's wrong words,
            # or at a block near an alignment break, where the checker points at the source)
            i = next(
                (
                    i
                    for i, e in enumerate(expected)
                    if by_item and not used[i] and e["check"] == f.check
                ),
                None,
            )
            if i is not None:
                used[i] = True
                tp[(item["lang"], f.check)] += 1
                continue
            misses.append(f"  FP {item['id']}: {f.check} {f.span and f.span.text!r} {f.message}")
        for i, exp in enumerate(expected):
            key = (item["lang"], exp["check"])
            expected_n[key] += 1
            if used[i]:
                hit[key] += 1
            else:
                misses.append(f"  FN {item['id']}: {exp['check']} {exp.get('text')!r}")
    if verbose:
        print("\n".join(misses))
    return tp, found, expected_n, hit


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--testset", type=Path, default=ROOT / "tests/data/checks-testset.jsonl")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false alarms")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument(
        "--by-item",
        action="store_true",
        help="a finding matches an expected entry of its item with the same check id even when "
        "its span is elsewhere (a second figure, beside the span-exact one)",
    )
    args = ap.parse_args(argv)
    items = [json.loads(ln) for ln in args.testset.read_text(encoding="utf-8").splitlines() if ln]
    config = load_config(ROOT)
    glossary, index = load_term_index(config.glossary_path)
    checker = Checker(config, glossary=glossary, index=index)
    tp, found, expected_n, hit = evaluate(items, checker, args.verbose, args.by_item)
    keys = sorted(set(found) | set(expected_n), key=lambda k: (k[1], k[0]))
    langs = sorted({i["lang"] for i in items})
    per_lang = ", ".join(f"{lang}: {sum(1 for i in items if i['lang'] == lang)}" for lang in langs)
    print(
        f"test set: {len(items)} segments ({per_lang}), "
        f"{sum(len(i['expected']) for i in items)} expected findings, "
        f"{sum(1 for i in items if not i['expected'])} clean segments"
    )
    rows = []
    for lang, check in keys:
        f, e = found[(lang, check)], expected_n[(lang, check)]
        p = tp[(lang, check)] / f if f else None
        r = hit[(lang, check)] / e if e else None
        rows.append((check, lang, e, f, p, r))
    for lang in langs:  # per language: the target is stated per language
        lf = sum(v for k, v in found.items() if k[0] == lang)
        le = sum(v for k, v in expected_n.items() if k[0] == lang)
        lt = sum(v for k, v in tp.items() if k[0] == lang)
        lh = sum(v for k, v in hit.items() if k[0] == lang)
        rows.append(("all", lang, le, lf, lt / lf if lf else None, lh / le if le else None))
    tot_f = sum(found.values())
    tot_e = sum(expected_n.values())
    rows.append(
        (
            "all",
            "all",
            tot_e,
            tot_f,
            sum(tp.values()) / tot_f if tot_f else None,
            sum(hit.values()) / tot_e if tot_e else None,
        )
    )

    def fmt(x):
        return "—" if x is None else f"{x:.2f}"

    if args.markdown:
        print("\n| check | lang | expected | found | precision | recall |")
        print("|---|---|---:|---:|---:|---:|")
        for c, lang, e, f, p, r in rows:
            print(f"| {c} | {lang} | {e} | {f} | {fmt(p)} | {fmt(r)} |")
    else:
        print(
            f"\n{'check':22} {'lang':4} {'expected':>8} {'found':>6} {'precision':>9} {'recall':>7}"
        )
        for c, lang, e, f, p, r in rows:
            print(f"{c:22} {lang:4} {e:8} {f:6} {fmt(p):>9} {fmt(r):>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
