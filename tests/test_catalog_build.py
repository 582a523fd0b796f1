"""`translate build`: editions per language; fuzzy or obsolete text never reaches a reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.dates import format_date
from conftest import run_cli

from translate.catalog.po import read_po, write_po
from translate.catalog.render import DATE_PATTERNS

SLUG = "aliyev-occupation-remark"


@pytest.fixture
def project(tmp_project: Path) -> Path:
    assert run_cli("extract") == 0
    assert run_cli("update") == 0
    for po in sorted((tmp_project / "locales").glob("*/LC_MESSAGES/*.po")):
        lang = po.parts[-3]
        cat = read_po(po)
        for i, m in enumerate(cat.messages):
            m.msgstr = f"{lang.upper()}{i} {m.msgid}"
        write_po(po, cat)
    return tmp_project


def edition(project: Path, lang: str, ext: str, slug: str = SLUG) -> str:
    return (project / "build" / "editions" / lang / f"{slug}.{ext}").read_text(encoding="utf-8")


def test_babel_datelines_are_the_house_style() -> None:
    d = dt.date(2025, 8, 30)
    assert format_date(d, "long", locale="az") == "30 avqust 2025"
    assert format_date(d, "long", locale="en") == "August 30, 2025"
    # CLDR's ru pattern uses U+202F before "г.": the reason for the override in render.py
    assert format_date(d, "long", locale="ru") == "30 августа 2025\u202fг."
    assert format_date(d, DATE_PATTERNS["ru"], locale="ru") == "30 августа 2025 г."


def test_editions_in_every_language(project: Path, capsys) -> None:
    assert run_cli("build") == 0
    out = capsys.readouterr().out
    for lang, dateline in (
        ("en", "Baku, August 30, 2025"),
        ("az", "Bakı, 30 avqust 2025"),
        ("ru", "Баку, 30 августа 2025 г."),
    ):
        assert f"{lang}/{SLUG}: build/editions/{lang}/{SLUG}.md" in out
        html = edition(project, lang, "html")
        assert html.startswith("<!DOCTYPE html>\n") and f'<html lang="{lang}">' in html
        assert f'<p class="dateline">{dateline}</p>' in html
        md = edition(project, lang, "md")
        assert f"dateline: {dateline}" in md and f"lang: {lang}" in md
    ru_md = edition(project, "ru", "md")
    assert "## RU2 History as Context, Not Provocation" in ru_md
    assert "- RU7 The Azerbaijan SSR existed" in ru_md
    ru_html = edition(project, "ru", "html")
    assert "<h2>RU2 History as Context, Not Provocation</h2>" in ru_html
    assert "<title>RU0 Aliyev’s “Occupation” Remark" in ru_html
    assert "<li>RU8 Azerbaijan honors" in ru_html
    en_md = edition(project, "en", "md")
    assert "## History as Context, Not Provocation" in en_md


def test_fuzzy_and_obsolete_text_never_appear(project: Path) -> None:
    po = project / "locales" / "az" / "LC_MESSAGES" / f"{SLUG}.po"
    cat = read_po(po)
    cat.messages[1].msgstr = "FUZZY-TRANSLATION"
    cat.messages[1].flags = ["fuzzy"]
    from translate.catalog.po import Message

    cat.messages.append(Message("Old paragraph.", "OBSOLETE-TRANSLATION", obsolete=True))
    write_po(po, cat)
    assert run_cli("build") == 0
    for ext in ("md", "html"):
        text = edition(project, "az", ext)
        assert "FUZZY-TRANSLATION" not in text and "OBSOLETE-TRANSLATION" not in text
        # the untranslated block falls back to the source text
        assert "President Ilham Aliyev’s interview with Al Arabiya" in text


def test_below_keep_the_previous_edition_stays(project: Path, capsys) -> None:
    assert run_cli("build") == 0
    before = edition(project, "ru", "html")
    po = project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"
    cat = read_po(po)
    for m in cat.messages[:3]:
        m.flags = ["fuzzy"]
    cat.messages[3].msgstr = "CHANGED"
    write_po(po, cat)
    capsys.readouterr()
    assert run_cli("build") == 0  # 9 of 12 = 75 % < 80 %
    out = capsys.readouterr().out
    assert f"ru/{SLUG}: skipped: 75% translated (not fuzzy), below --keep 80%" in out
    assert edition(project, "ru", "html") == before
    assert run_cli("build", "--keep", "60") == 0
    assert "CHANGED" in edition(project, "ru", "html")


def test_html_escapes_translations(project: Path) -> None:
    po = project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"
    cat = read_po(po)
    cat.messages[0].msgstr = "Title <script>alert(1)</script> & co"
    cat.messages[1].msgstr = "Body <img src=x onerror=alert(1)> & <b>bold</b>"
    write_po(po, cat)
    assert run_cli("build") == 0
    html = edition(project, "ru", "html")
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "<title>Title &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html


def test_stale_mo_is_recompiled(project: Path) -> None:
    assert run_cli("build") == 0
    po = project / "locales" / "az" / "LC_MESSAGES" / f"{SLUG}.po"
    mo = po.with_suffix(".mo")
    assert mo.exists()
    cat = read_po(po)
    cat.messages[2].msgstr = "NEW HEADING"
    write_po(po, cat)
    assert run_cli("build") == 0
    assert "## NEW HEADING" in edition(project, "az", "md")


def test_catalogue_errors_block_the_edition(project: Path, capsys) -> None:
    po = project / "locales" / "az" / "LC_MESSAGES" / f"{SLUG}.po"
    po.write_text(po.read_text(encoding="utf-8").replace('"Language: az\\n"\n', ""), "utf-8")
    assert run_cli("build") == 1
    out = capsys.readouterr().out
    assert f"az/{SLUG}: skipped: catalogue has errors" in out
    assert not (project / "build" / "editions" / "az" / f"{SLUG}.md").exists()


def test_markup_around_blocks_is_kept(tmp_path: Path) -> None:
    from translate.catalog.article import parse_article
    from translate.catalog.render import translate_blocks

    src = tmp_path / "cx.md"
    src.write_text(
        "---\ntitle: T\nslug: cx\ndate: 2025-08-30\ndateline: Baku\nlang: en\npublication: P\n"
        "---\n\nSetext heading\n==============\n\nA paragraph over\ntwo lines.\n\n"
        "> Quote one\n> and two.\n>\n> - nested item\n\n1. First\n   continued\n2. Second\n\n"
        "```\ncode stays\n```\n\n<div>raw html</div>\n\n### Closed ATX ###\n",
        encoding="utf-8",
    )
    title, body = translate_blocks(parse_article(src), lambda ctx, m: f"<{m.upper()}>")
    assert title == "<T>"
    assert "\n".join(body) == (
        "<SETEXT HEADING>\n==============\n\n<A PARAGRAPH OVER TWO LINES.>\n\n"
        "> <QUOTE ONE AND TWO.>\n>\n> - <NESTED ITEM>\n\n1. <FIRST CONTINUED>\n2. <SECOND>\n\n"
        "```\ncode stays\n```\n\n<div>raw html</div>\n\n### <CLOSED ATX> ###"
    )
