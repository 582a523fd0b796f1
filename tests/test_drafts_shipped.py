"""The example drafts in `tests/data/drafts/` (the README's walk-through of `translate check`):
the shipped translations written out as Markdown drafts, with problems planted by hand. Each
planted problem must come back with its check id, line and span, and nothing else may."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_translate

REPO_ROOT = Path(__file__).resolve().parents[1]

DRAFTS = REPO_ROOT / "tests" / "data" / "drafts"
SOURCE = "seeds/aliyev-occupation-remark.md"

EXPECTED = {
    "az": {
        ("number-mismatch", 5, "1921"),
        ("term-forbidden", 19, "anım günüdür"),  # Anım Günü is 27 September
        ("punctuation", 5, '"işğal"'),
        ("term-misspelled", 9, "Zəngəzor"),
        ("az-ascii", 13, "Azerbaycanin"),
        ("term-missing", 13, "legal successor"),
        ("mixed-script", 15, "Məmmədоv"),  # Cyrillic о
    },
    "ru": {
        ("punctuation", 5, '"Аль-Арабия"'),
        ("mixed-script", 9, "Зангезурскoм"),  # Latin o: one slip, one finding
        ("term-misspelled", 11, "Тухачевкого"),
        ("term-forbidden", 13, "законным преемником"),
        ("number-mismatch", 13, "25"),
    },
}

SUGGESTIONS = {
    "az": {"anım günüdür": "xatirə günüdür", "Azerbaycanin": "Azərbaycanın"},
    "ru": {"законным преемником": "правопреемником", "Тухачевкого": "Тухачевского"},
}


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_planted_draft_reports_exactly_what_was_planted(lang: str) -> None:
    draft = DRAFTS / f"aliyev-occupation-remark.{lang}.md"
    args = ["check", str(draft.relative_to(REPO_ROOT)), "--lang", lang, "--source", SOURCE]
    proc = run_translate(*args, "--format", "json", cwd=REPO_ROOT)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    got = {(f["check"], f["line"], f["span"]["text"]) for f in findings}
    assert got == EXPECTED[lang]
    suggested = {f["span"]["text"]: f["suggestion"] for f in findings}
    for surface, suggestion in SUGGESTIONS[lang].items():
        assert suggested[surface] == suggestion
