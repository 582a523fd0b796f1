"""The whole round trip on this repository's data, then again after an edit to an article."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from conftest import run_cli

from translate.catalog.po import read_po, write_po

MSGFMT = shutil.which("msgfmt")
SLUG = "aliyev-occupation-remark"
OLD = "Mammadov stressed that Aliyev’s words came in response to a question about Nakhchivan"
NEW = "Mammadov stressed that Aliyev’s remarks came in answer to a question about Nakhchivan"


def translations(root: Path) -> dict[Path, set[str]]:
    return {
        po: {m.msgstr for m in read_po(po).messages if m.msgstr}
        for po in sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))
    }


def test_round_trip_with_an_edit(tmp_project: Path, capsys) -> None:
    assert run_cli("extract") == 0
    assert run_cli("update") == 0
    # translators fill whatever is still empty (the repository's own translations stay)
    for po in sorted((tmp_project / "locales").glob("*/LC_MESSAGES/*.po")):
        cat = read_po(po)
        for m in cat.messages:
            if not m.msgstr:
                m.msgstr = f"[{po.parts[-3]}] {m.msgid}"
            m.flags = [f for f in m.flags if f != "fuzzy"]
        write_po(po, cat)
    assert run_cli("compile") == 0
    assert run_cli("build") == 0
    ru_po = tmp_project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"
    old_ru = next(m.msgstr for m in read_po(ru_po).messages if m.msgid.startswith(OLD))
    assert old_ru in (tmp_project / "build" / "editions" / "ru" / f"{SLUG}.md").read_text("utf-8")
    before = translations(tmp_project)

    seed = tmp_project / "seeds" / f"{SLUG}.md"
    seed.write_text(seed.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    capsys.readouterr()
    assert run_cli("extract") == 0
    assert run_cli("update") == 0
    out = capsys.readouterr().out
    assert f"locales/ru/LC_MESSAGES/{SLUG}.po: updated; 40 kept, 1 fuzzy, 0 new, 0 obsolete" in out

    cat = read_po(ru_po)
    changed = next(m for m in cat.messages if m.msgid.startswith(NEW))
    assert changed.fuzzy
    assert changed.previous_msgid.startswith(OLD)
    assert changed.msgstr == old_ru
    assert changed.references == [f"seeds/{SLUG}.md:16"]
    # nothing lost anywhere
    after = translations(tmp_project)
    for po, texts in before.items():
        assert texts <= after[po], po
    if MSGFMT:
        for po in after:
            r = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(po)], capture_output=True)
            assert r.returncode == 0, r.stderr

    # the edition is rebuilt (40 of 41 translated) and the fuzzy text is not in it
    assert run_cli("compile") == 0
    assert run_cli("build") == 0
    md = (tmp_project / "build" / "editions" / "ru" / f"{SLUG}.md").read_text("utf-8")
    assert old_ru not in md
    assert NEW in md

    # a second update changes nothing
    capsys.readouterr()
    assert run_cli("update") == 0
    assert "updated" not in capsys.readouterr().out
