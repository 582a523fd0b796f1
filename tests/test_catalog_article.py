"""Articles → blocks: what the translator gets as messages, and located errors for bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from translate.catalog.article import load_articles, parse_article
from translate.cli import main
from translate.errors import UserError


def test_seed_article_blocks(repo_root: Path) -> None:
    a = parse_article(repo_root / "seeds" / "aliyev-occupation-remark.md")
    assert a.slug == "aliyev-occupation-remark"
    assert a.date == dt.date(2025, 8, 30)
    assert a.dateline == "Baku"
    types = [b.type for b in a.blocks]
    assert types[0] == "title" and a.blocks[0].line == 2
    assert types.count("heading") == 8
    assert types.count("list item") == 5
    heading = next(b for b in a.blocks if b.type == "heading")
    assert heading.text == "History as Context, Not Provocation"
    assert heading.prefix == "## " and heading.level == 2
    # line numbers are the file's, 1-based
    lines = (repo_root / "seeds" / "aliyev-occupation-remark.md").read_text().split("\n")
    for b in a.blocks[1:]:
        assert b.text in lines[b.line - 1]


def test_inline_markdown_kept_verbatim(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(
        "---\ntitle: T\nslug: s\ndate: 2025-01-02\ndateline: Baku\nlang: en\npublication: P\n"
        '---\n\nSee *the* [report](https://example.org/r "R") and `code`,\nover two lines.\n\n'
        "> A quoted\n> remark.\n\n1. first item\n2. second\n\n```\nnot = translated\n```\n",
        encoding="utf-8",
    )
    a = parse_article(p)
    texts = [(b.type, b.text, b.line) for b in a.blocks]
    assert texts[1] == (
        "paragraph",
        'See *the* [report](https://example.org/r "R") and `code`, over two lines.',
        10,
    )
    assert texts[2] == ("blockquote", "A quoted remark.", 13)
    assert texts[3][:2] == ("list item", "first item")
    assert all("not = translated" not in t for _, t, _ in texts)


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ("title: T\nslug: s\ndate: 30/08/2025\ndateline: B\nlang: en\npublication: P\n", 4, "ISO"),
        ("title: T\nslug: s: x\n", 3, "invalid YAML"),
        ("title: T\nslug: s\n", 1, "lacks date"),
    ],
)
def test_bad_front_matter_is_located(tmp_path: Path, front: str, line: int, words: str) -> None:
    p = tmp_path / "bad.md"
    p.write_text(f"---\n{front}---\n\nText.\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        parse_article(p)
    assert err.value.location is not None
    assert err.value.location.line == line
    assert words in str(err.value)


def test_cli_reports_bad_article_with_exit_2(tmp_project: Path, capsys) -> None:
    (tmp_project / "seeds" / "broken.md").write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["extract"])
    assert exc.value.code == 2
    assert "seeds/broken.md:1" in capsys.readouterr().err


def test_duplicate_slugs_rejected(tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(
            "---\ntitle: T\nslug: same\ndate: 2025-01-02\ndateline: B\nlang: en\n"
            "publication: P\n---\n\nX.\n",
            encoding="utf-8",
        )
    with pytest.raises(UserError, match="slug 'same'"):
        load_articles(tmp_path)
