"""`translate status`: progress per article and language, counted as msgfmt counts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

from translate.catalog.po import read_po, write_po

MSGFMT = shutil.which("msgfmt")


@pytest.fixture
def project(tmp_project: Path) -> Path:
    assert run_cli("extract") == 0
    assert run_cli("update") == 0
    # independent of how far the real translations have got: start from empty catalogues
    for path in (tmp_project / "locales").glob("*/LC_MESSAGES/*.po"):
        cat = read_po(path)
        cat.messages = [m for m in cat.messages if not m.obsolete]
        for m in cat.messages:
            m.msgstr, m.flags = "", []
        write_po(path, cat)
    po = tmp_project / "locales" / "az" / "LC_MESSAGES" / "aliyev-occupation-remark.po"
    cat = read_po(po)
    for m in cat.messages[:6]:
        m.msgstr = "Tərcümə " + m.msgid
    cat.messages[4].flags = ["fuzzy"]
    cat.messages[5].flags = ["fuzzy"]
    write_po(po, cat)
    return tmp_project


def test_json_counts_agree_with_msgfmt(project: Path, capsys) -> None:
    capsys.readouterr()
    assert run_cli("status", "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["article"], r["lang"]) for r in rows] == [
        ("aliyev-occupation-remark", "az"),
        ("aliyev-occupation-remark", "ru"),
        ("moscow-cant-erase-1920", "az"),
        ("moscow-cant-erase-1920", "ru"),
    ]
    first = rows[0]
    assert (first["translated"], first["fuzzy"], first["untranslated"]) == (4, 2, 35)
    assert first["percent"] == pytest.approx(9.8)
    assert first["total_words"] == rows[1]["total_words"] > 200
    assert (
        first["translated_words"] + first["fuzzy_words"] + first["untranslated_words"]
        == (first["total_words"])
    )
    if MSGFMT is None:
        return
    for r in rows:
        po = project / "locales" / r["lang"] / "LC_MESSAGES" / f"{r['article']}.po"
        err = subprocess.run(
            [MSGFMT, "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True
        ).stderr

        def count(kind: str, text: str = err) -> int:
            m = re.search(rf"(\d+) {kind}", text)
            return int(m.group(1)) if m else 0

        assert r["translated"] == count("translated")
        assert r["fuzzy"] == count("fuzzy")
        assert r["untranslated"] == count("untranslated")


def test_text_table(project: Path, capsys) -> None:
    capsys.readouterr()
    assert run_cli("status") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "article",
        "lang",
        "translated",
        "fuzzy",
        "untranslated",
        "words",
        "t/f/u",
        "%",
    ]
    cells = lines[1].split()
    assert cells[:5] == ["aliyev-occupation-remark", "az", "4", "2", "35"]
    assert cells[-1] == "10"


def test_missing_catalogue_counts_as_untranslated(project: Path, capsys) -> None:
    (project / "locales" / "ru" / "LC_MESSAGES" / "moscow-cant-erase-1920.po").unlink()
    capsys.readouterr()
    assert run_cli("status", "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[3]["untranslated"] == 9 and rows[3]["percent"] == 0.0


def test_bad_format_is_usage_error(project: Path, capsys) -> None:
    assert run_cli("status", "--format", "xml") == 2
    assert "'xml' is not one of 'text', 'json'" in capsys.readouterr().err
