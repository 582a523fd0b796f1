"""`translate extract`: one deterministic, msgfmt-valid template per article."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from conftest import run_cli

from translate.catalog.article import parse_article
from translate.catalog.extract import extract_article, make_finder
from translate.catalog.po import read_po
from translate.glossary.model import Concept, Glossary, Status, Term

MSGFMT = shutil.which("msgfmt")


def _article(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "seeds" / "a.md"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(
        "---\ntitle: A title\nslug: a\ndate: 2025-08-30\ndateline: Baku\nlang: en\n"
        f"publication: P\n---\n\n{body}",
        encoding="utf-8",
    )
    return p


def test_cli_extract_writes_templates_deterministically(tmp_project: Path, capsys) -> None:
    assert run_cli("extract") == 0
    pot = tmp_project / "locales" / "templates" / "aliyev-occupation-remark.pot"
    first = pot.read_bytes()
    assert run_cli("extract") == 0
    assert pot.read_bytes() == first
    assert "41 messages, unchanged" in capsys.readouterr().out
    cat = read_po(pot)
    assert cat.header_value("POT-Creation-Date") == "2025-08-30 00:00+0000"
    assert len(cat.messages) == 41  # title, 39 blocks, the source link
    m = cat.messages[1]
    assert m.references == ["seeds/aliyev-occupation-remark.md:12"]
    assert m.extracted[0] == "type: paragraph"
    assert not m.flags  # no python-format / c-format on prose
    if MSGFMT:
        r = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(pot)], capture_output=True)
        assert r.returncode == 0, r.stderr


def test_identical_blocks_get_a_context_without_line_numbers(tmp_path: Path) -> None:
    p = _article(tmp_path, "Same.\n\n## Other\n\nSame.\n\n- Same.\n")
    cat = extract_article(parse_article(p))
    same = [m for m in cat.messages if m.msgid == "Same."]
    assert [m.msgctxt for m in same] == [None, "paragraph, occurrence 2", "list item, occurrence 3"]
    assert len({m.key for m in cat.messages}) == len(cat.messages)
    # inserting a paragraph above changes no key
    p2 = _article(tmp_path, "New first.\n\nSame.\n\n## Other\n\nSame.\n\n- Same.\n")
    keys2 = {m.key for m in extract_article(parse_article(p2)).messages}
    assert {m.key for m in cat.messages} <= keys2


def test_percent_signs_stay_unflagged(tmp_path: Path) -> None:
    p = _article(tmp_path, "Turnout was 61% (up 5%d from %s).\n")
    m = extract_article(parse_article(p)).messages[1]
    assert m.msgid == "Turnout was 61% (up 5%d from %s)."
    assert m.flags == []


def test_glossary_comments_name_required_and_forbidden_terms(tmp_path: Path) -> None:
    glossary = Glossary(
        [
            Concept(
                "red-army",
                terms=[
                    Term("Red Army", "en"),
                    Term("Qırmızı Ordu", "az"),
                    Term("Qızıl Ordu", "az", Status.FORBIDDEN),
                    Term("Красная армия", "ru"),
                    Term("РККА", "ru", Status.ADMITTED),
                ],
            )
        ]
    )
    finder = make_finder(glossary, "en")
    p = _article(tmp_path, "The Red Army entered Baku.\n\nNothing here.\n")
    cat = extract_article(parse_article(p), glossary=glossary, finder=finder)
    assert cat.messages[1].extracted == [
        "type: paragraph",
        "term “Red Army”: az “Qırmızı Ordu” (not “Qızıl Ordu”); ru “Красная армия” or “РККА”",
    ]
    assert cat.messages[2].extracted == ["type: paragraph"]


def test_repository_templates_are_up_to_date(repo_root: Path, tmp_project: Path) -> None:
    """The committed templates are what `translate extract` produces from the committed seeds."""
    assert run_cli("extract") == 0
    for pot in sorted((repo_root / "locales" / "templates").glob("*.pot")):
        fresh = tmp_project / "locales" / "templates" / pot.name
        assert fresh.read_bytes() == pot.read_bytes(), pot.name
