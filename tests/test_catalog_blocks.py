"""One Markdown block classifier for source articles and drafts: the same body gives the same
blocks, typed and joined alike, hard line breaks included."""

from __future__ import annotations

from pathlib import Path

from translate.catalog.article import parse_article
from translate.catalog.blocks import markdown_blocks
from translate.checks.loaders import parse_draft

FRONT = """---
title: "A title"
slug: blocks
date: 2025-08-30
dateline: Baku
lang: en
publication: Test
---
"""

BODY = """
## A heading

A paragraph wrapped
over two lines.

An address line<two spaces>
with a hard break, and a backslash one\\
too.

- a list item
- another

> a quotation

    code is not translated

<!-- translate: skip punctuation -->
Last paragraph.
""".replace("<two spaces>", "  ")  # a hard break; written so, editors strip trailing spaces


def test_article_and_draft_blocks_agree(tmp_path: Path) -> None:
    src = tmp_path / "blocks.md"
    src.write_text(FRONT + BODY, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(FRONT + BODY, encoding="utf-8")
    art = [(b.type, b.text, b.line) for b in parse_article(src).blocks]
    got = [(b.type, b.text, b.line) for b in parse_draft(draft)]
    assert got == art
    assert [t for t, _, _ in art] == [
        "title",
        "heading",
        "paragraph",
        "paragraph",
        "list item",
        "list item",
        "blockquote",
        "paragraph",
    ]


def test_hard_line_breaks_stay_newlines_in_drafts(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(BODY, encoding="utf-8")
    texts = [b.text for b in parse_draft(draft)]
    assert "A paragraph wrapped over two lines." in texts
    assert "An address line  \nwith a hard break, and a backslash one\\\ntoo." in texts


def test_html_comment_directs_the_next_block_only(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(BODY, encoding="utf-8")
    skips = {b.text: b.skip for b in parse_draft(draft)}
    assert skips["Last paragraph."] == frozenset({"punctuation"})
    assert skips["a quotation"] == frozenset()


def test_block_lines_count_from_the_body() -> None:
    blocks = list(markdown_blocks("para one\n\n# Head\n"))
    assert [(b.type, b.first, b.level) for b in blocks] == [("paragraph", 0, 0), ("heading", 2, 1)]
