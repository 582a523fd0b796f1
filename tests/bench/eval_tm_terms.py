"""How many outdated terms does pre-translation carry into a new catalogue unmarked?

The set `tests/data/tm/outdated-terms.jsonl` (written before this code was run on it) holds TM
segments whose targets use a term the glossary deprecates or forbids, in inflected forms. For
each, the new catalogue asks for the same source (an exact match), and the same source with an
edit after it (a fuzzy match). After `pretranslate`, a message *carries* an outdated term when
the term index finds a deprecated or forbidden term in its msgstr; it is *marked* when it is
fuzzy and has a `#. tm: term …` comment. The answer must be 0 unmarked.

    python3 tests/bench/eval_tm_terms.py            # with the glossary (the default)
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.catalog.po import Catalog, Message  # noqa: E402
from translate.glossary import load_glossary  # noqa: E402
from translate.glossary.model import Status  # noqa: E402
from translate.terms import load_index  # noqa: E402
from translate.tm import Segment, TranslationMemory, pretranslate  # noqa: E402
from translate.tm.terms import TermPolicy  # noqa: E402

SET = ROOT / "tests" / "data" / "tm" / "outdated-terms.jsonl"
BAD = {Status.DEPRECATED, Status.FORBIDDEN}


def variants(source: str) -> list[str]:
    """The exact source, and an edited one (a clause added before the final stop)."""
    return [source, source.rstrip(".") + ", officials said."]


def run(with_glossary: bool = True) -> dict:
    glossary = load_glossary(ROOT / "glossary" / "glossary.csv")
    index = load_index(glossary)
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    result = {
        "segments": len(rows),
        "messages": 0,
        "filled": 0,
        "carrying": 0,
        "unmarked": 0,
        "dropped": 0,
        "final": 0,
        "misses": [],
        "notes": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("az", "ru"):
            mine = [r for r in rows if r["lang"] == lang]
            tm = TranslationMemory.open(
                Path(tmp) / f"en-{lang}.sqlite", source_lang="en", target_lang=lang, create=True
            )
            tm.replace_origin(
                "eval",
                "x",
                [
                    Segment(
                        r["source"],
                        r["target"],
                        article="old-article",
                        line=i + 1,
                        date="2019-05-01",
                    )
                    for i, r in enumerate(mine)
                ],
            )
            cat = Catalog(messages=[Message(v) for r in mine for v in variants(r["source"])])
            policy = TermPolicy(glossary, index, "en", lang) if with_glossary else None
            pretranslate(cat, tm, article="new-article", policy=policy)
            tm.close()
            for m in cat.messages:
                result["messages"] += 1
                if not m.msgstr:
                    result["dropped"] += 1
                    continue
                result["filled"] += 1
                bad = [o for o in index.find(m.msgstr, lang) if o.status in BAD]
                if not bad:
                    continue
                result["carrying"] += 1
                result["final"] += not m.fuzzy
                result["notes"] += [c for c in m.extracted if c.startswith("tm: term")]
                noted = all(
                    any(o.surface in c and c.startswith("tm: term") for c in m.extracted)
                    for o in bad
                )
                if not (m.fuzzy and noted):
                    result["unmarked"] += 1
                    result["misses"].append((lang, m.msgid, [o.surface for o in bad]))
    return result


def main() -> None:
    for flag in (False, True):
        r = run(with_glossary=flag)
        label = "with the glossary" if flag else "without (plain TM)"
        print(
            f"{label:20} {r['segments']} TM segments, {r['messages']} messages: "
            f"{r['filled']} filled, {r['dropped']} not filled, {r['carrying']} carry an outdated "
            f"term ({r['final']} as finished translations), {r['unmarked']} of them unmarked"
        )
        for note in r["notes"][:3]:
            print("   note:", note)
        for miss in r["misses"][:5]:
            print("   unmarked:", miss)


if __name__ == "__main__":
    main()
