"""`translate update` after `translate pretranslate`: the `#. tm:` notes that say why a
suggestion is doubtful survive the merge while the message is fuzzy, and go once it is not."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from translate.catalog.po import Message, read_po

DEPRECATED = "Talks on Karabakh resumed in Brussels on Monday."
OUTDATED = "Переговоры по Нагорному Карабаху возобновились в Брюсселе в понедельник."
CLEAN = "The meeting lasted two hours."

TMX = f"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="paragraph" o-tmf="test"
          adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu>
      <prop type="x-article">talks-2019</prop><prop type="x-line">9</prop>
      <tuv xml:lang="en"><seg>{DEPRECATED}</seg></tuv>
      <tuv xml:lang="ru"><seg>{OUTDATED}</seg></tuv>
    </tu>
    <tu>
      <prop type="x-article">talks-2019</prop><prop type="x-line">11</prop>
      <tuv xml:lang="en"><seg>{CLEAN}</seg></tuv>
      <tuv xml:lang="ru"><seg>Встреча длилась два часа.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

POT = f"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#. from the template
#: new.md:3
msgid "{DEPRECATED}"
msgstr ""

#: new.md:5
msgid "{CLEAN}"
msgstr ""
"""


def _tm_notes(m: Message) -> list[str]:
    return [c for c in m.extracted if c.startswith("tm:")]


def _msgfmt_c(po: Path) -> None:
    if shutil.which("msgfmt"):
        r = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True)
        assert r.returncode == 0, r.stderr


def test_update_keeps_tm_notes_while_fuzzy(tmp_project: Path, cli) -> None:
    (tmp_project / "old.tmx").write_text(TMX, encoding="utf-8")
    pot = tmp_project / "new.pot"
    pot.write_text(POT, encoding="utf-8")
    po = tmp_project / "new.po"
    r = cli("tm", "import", "old.tmx", "--tm-dir", "tmdir", cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    r = cli(
        "pretranslate",
        "new.pot",
        "--lang",
        "ru",
        "--tm",
        "tmdir/en-ru.sqlite",
        "-o",
        "new.po",
        cwd=tmp_project,
    )
    assert r.returncode == 0, r.stderr
    before = read_po(po)
    notes = _tm_notes(before[DEPRECATED])
    assert any("“Нагорному Карабаху” is deprecated" in n for n in notes), notes

    r = cli("update", "--template", "new.pot", "new.po", cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    after = read_po(po)
    doubtful = after[DEPRECATED]
    assert doubtful.fuzzy
    assert _tm_notes(doubtful) == notes
    assert doubtful.extracted[0] == "from the template"
    assert doubtful.msgstr == OUTDATED
    # the exact match was not fuzzy: its `tm: 100% from` line was the template's to replace
    assert _tm_notes(before[CLEAN]) and not after[CLEAN].fuzzy
    assert _tm_notes(after[CLEAN]) == []
    _msgfmt_c(po)

    # a second update changes nothing
    text = po.read_text(encoding="utf-8")
    assert cli("update", "--template", "new.pot", "new.po", cwd=tmp_project).returncode == 0
    assert po.read_text(encoding="utf-8") == text

    # a translator reviews the message and clears the flag: the note is no longer true advice
    po.write_text(text.replace("#, fuzzy\n", "", 1), encoding="utf-8")
    assert cli("update", "--template", "new.pot", "new.po", cwd=tmp_project).returncode == 0
    reviewed = read_po(po)[DEPRECATED]
    assert not reviewed.fuzzy and _tm_notes(reviewed) == []
    assert reviewed.extracted == ["from the template"]
    _msgfmt_c(po)
