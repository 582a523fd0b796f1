"""The editors' HTML report: self-contained, escaped, and working in a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from translate.checks import Task, tasks_for
from translate.config import load_config
from translate.report.html import build_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PLANTED = "<script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script>"


def _po(path: Path, lang: str, entries: list[tuple[str, str]]) -> None:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Transfer-Encoding": "8bit",
    }
    for i, (msgid, msgstr) in enumerate(entries, 1):
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, occurrences=[("seeds/x.md", str(i))]))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


@pytest.fixture
def report_file(tmp_project: Path) -> Path:
    """A report over two catalogues with planted problems, one msgstr carrying a <script>."""
    az = tmp_project / "locales/az/LC_MESSAGES/planted.po"
    ru = tmp_project / "locales/ru/LC_MESSAGES/planted.po"
    _po(
        az,
        "az",
        [
            ("The situation in Karabakh was tense.", "Dağlıq Qarabağda vəziyyət gərgin idi."),
            ("He spoke about the occupation.", f"O, işğal haqqında danışdı. {PLANTED}"),
        ],
    )
    _po(
        ru,
        "ru",
        [
            ("The road to Nakhchivan.", "Дорога в Нахчыван."),
            ("The border of Nakhchivan.", "Граница Нахичевани."),
            ("Nakhchivan is an exclave.", "Нахчыван — эксклав."),
        ],
    )
    config = load_config(tmp_project)
    tasks = [Task("po", str(p), str(p.relative_to(tmp_project))) for p in (az, ru)]
    html = build_report(config, tasks, glossary_path=config.glossary_path)
    out = tmp_project / "report.html"
    out.write_text(html, encoding="utf-8")
    return out


def test_report_is_self_contained_and_escaped(report_file: Path):
    html = report_file.read_text(encoding="utf-8")
    assert PLANTED not in html
    assert "&lt;script&gt;document.title=" in html
    # nothing fetched from anywhere: no external src/href, no @import, no url()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "@import" not in html and "url(" not in html
    assert html.count("<script>") == 1  # our own filter script only
    # the consistency view lists both Russian variants with counts, the forbidden az one too
    assert "Нахчыван <small>×2 preferred</small>" in html
    assert "Нахичевань <small>×1 admitted</small>" in html
    assert "Dağlıq Qarabağ <small>×1 deprecated</small>" in html
    # a violation in context, highlighted
    assert '<mark class="error">Dağlıq Qarabağda</mark>' in html


def _chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_in_headless_chromium(report_file: Path, tmp_path: Path, repo_root: Path):
    url = report_file.resolve().as_uri()
    # filters from the URL hash: only Russian rows stay visible
    dom = _chromium(["--dump-dom", url + "#lang=ru"], tmp_path).stdout
    assert 'data-filters-ready="1"' in dom, "the filter script did not run"
    rows = re.findall(r"<tr data-row=\"(\w+)\"[^>]*data-lang=\"(\w+)\"[^>]*?(hidden=\"\")?>", dom)
    assert rows
    assert all((lang == "ru") == (hidden == "") for _, lang, hidden in rows)
    # the planted script did not run: the title is ours and the body carries no marker
    assert "<title>Translation report</title>" in dom
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom).group(1)
    # and it is shown as text to the editor
    assert "&lt;script&gt;document.title='pwned'" in dom
    # filter by check: only term-inconsistent rows (findings and concepts) remain
    dom = _chromium(["--dump-dom", url + "#check=term-inconsistent"], tmp_path).stdout
    visible = re.findall(r'<tr data-row="finding"[^>]*data-check="([\w-]+)"(?! hidden)[^>]*>', dom)
    hidden = re.findall(r'<tr data-row="finding"[^>]*data-check="([\w-]+)" hidden', dom)
    assert visible and set(visible) == {"term-inconsistent"}
    assert "term-forbidden" in hidden  # the others are there, filtered out
    # a screenshot for people: the repository's own catalogues plus the planted ones
    config = load_config(report_file.parent)
    planted = [
        Task("po", str(p), str(p.relative_to(report_file.parent)))
        for p in sorted(report_file.parent.glob("locales/*/LC_MESSAGES/planted.po"))
    ]
    full = report_file.with_name("full-report.html")
    full.write_text(
        build_report(config, tasks_for(config, []) + planted, glossary_path=config.glossary_path),
        encoding="utf-8",
    )
    out_dir = repo_root / "tests" / "output"
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / "report.png"
    _chromium([f"--screenshot={png}", "--window-size=1280,2000", full.resolve().as_uri()], tmp_path)
    assert png.is_file() and png.stat().st_size > 10_000
    print(f"screenshot: {png}")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_survives_a_malformed_url_hash(report_file: Path, tmp_path: Path):
    """Issue 15 item 11: `#lang=%E0%A4%A` made decodeURIComponent throw URIError, and the
    filters were never set up. The bad part is ignored; the good part still filters."""
    url = report_file.resolve().as_uri()
    dom = _chromium(["--dump-dom", url + "#lang=%E0%A4%A&check=term-inconsistent"], tmp_path)
    assert 'data-filters-ready="1"' in dom.stdout, "the filter script did not finish"
    visible = re.findall(
        r'<tr data-row="finding"[^>]*data-check="([\w-]+)"(?! hidden)[^>]*>', dom.stdout
    )
    assert visible and set(visible) == {"term-inconsistent"}
    assert 'data-lang="ru"' in dom.stdout and 'data-lang="az"' in dom.stdout
