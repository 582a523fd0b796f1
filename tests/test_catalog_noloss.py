"""Property: random edits to an article file, then extract + update, never lose a translation.

Goes through the real pipeline (Markdown parsing, msgctxt for repeated blocks, PO text written
and read back), unlike the block-level property in test_catalog_merge.py.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate.catalog.article import parse_article
from translate.catalog.extract import extract_article
from translate.catalog.merge import merge
from translate.catalog.po import format_po, parse_po

WORDS = "Baku Moscow occupation army entered history remark said the of in 1920 April".split()
sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=10).map(
    lambda ws: " ".join(ws) + "."
)
block = st.tuples(st.sampled_from(["p", "h", "li", "q"]), sentence)
MARK = {"p": "", "h": "## ", "li": "- ", "q": "> "}


def render(blocks: list[tuple[str, str]]) -> str:
    body = "\n\n".join(MARK[kind] + text for kind, text in blocks)
    return (
        "---\ntitle: A title\nslug: a\ndate: 2025-08-30\ndateline: Baku\nlang: en\n"
        f"publication: P\n---\n\n{body}\n"
    )


edit = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 30), st.none()),
    st.tuples(st.just("insert"), st.integers(0, 30), block),
    st.tuples(st.just("reword"), st.integers(0, 30), st.sampled_from(WORDS)),
    st.tuples(st.just("retype"), st.integers(0, 30), st.sampled_from(list(MARK))),
    st.tuples(st.just("copy"), st.integers(0, 30), st.none()),
)


def apply(blocks: list[tuple[str, str]], edits) -> list[tuple[str, str]]:
    blocks = list(blocks)
    for op, i, arg in edits:
        if not blocks:
            blocks = [("p", "Start.")]
        i %= len(blocks)
        kind, text = blocks[i]
        if op == "delete":
            del blocks[i]
        elif op == "insert":
            blocks.insert(i, arg)
        elif op == "reword":
            blocks[i] = (kind, text[:-1] + f" {arg}.")
        elif op == "retype":
            blocks[i] = (arg, text)
        else:
            blocks.insert(i, blocks[i])
    return blocks


def pot_for(blocks, directory: Path):
    path = directory / "a.md"
    path.write_text(render(blocks), encoding="utf-8")
    return extract_article(parse_article(path))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(block, min_size=1, max_size=10), st.lists(edit, max_size=6), st.data())
def test_article_edits_never_lose_translations(first, edits, data) -> None:
    with tempfile.TemporaryDirectory() as d:
        directory = Path(d)
        po = merge(None, pot_for(first, directory), "ru")
        for k, m in enumerate(po.messages):
            if data.draw(st.booleans(), label=f"translated {k}"):
                m.msgstr = f"Перевод {k}: {m.msgid}"
                if data.draw(st.booleans(), label=f"fuzzy {k}"):
                    m.flags = ["fuzzy"]
        po = parse_po(format_po(po))
        before = {m.msgstr for m in po.messages if m.msgstr}
        pot2 = pot_for(apply(first, edits), directory)
        after_cat = parse_po(format_po(merge(po, pot2, "ru")))
        after = {m.msgstr for m in after_cat.messages if m.msgstr}
        assert before <= after
        assert [m.key for m in after_cat.messages if not m.obsolete] == [
            m.key for m in pot2.messages
        ]
        # idempotent
        assert format_po(merge(after_cat, pot2, "ru")) == format_po(after_cat)
