"""`update` on the msgmerge cases from GNU gettext's own test suite: a translation that went
stale is marked fuzzy (as `msgmerge --previous`), and unlike msgmerge nothing is lost when a
plural message becomes singular. Compared with the real msgmerge where installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from translate.catalog.files import update_catalogue
from translate.catalog.merge import DROPPED_FORM, lost_translations, merge
from translate.catalog.po import Catalog, Message, parse_po, read_po, write_po
from translate.catalog.validate import check_catalog, errors

MSGMERGE = shutil.which("msgmerge")
MSGFMT = shutil.which("msgfmt")

OLD = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: fr\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

msgid "%n volume"
msgid_plural "%n volumes"
msgstr[0] "%n tome"
msgstr[1] "%n tomes"

msgid "Found %s"
msgstr "Trouvé %d"

msgid "Saved %s"
msgstr "Enregistré %s"

#, range: 0..6
msgid "day %d"
msgstr "jour %d"

#, range: 0..6
msgid "week %d"
msgstr "semaine %d"

msgid "%d error"
msgid_plural "%d errors"
msgstr[0] "%d erreur"
msgstr[1] "%d erreurs"

#, fuzzy
#| msgid "gone old"
msgid "gone"
msgstr "parti"
"""

POT = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "%n volume"
msgid_plural "%1 volumes"
msgstr[0] ""
msgstr[1] ""

#, c-format
msgid "Found %s"
msgstr ""

#, c-format
msgid "Saved %s"
msgstr ""

#, range: 1..7
msgid "day %d"
msgstr ""

#, range: 0..6
msgid "week %d"
msgstr ""

msgid "%d error"
msgstr ""
"""


def _merged() -> Catalog:
    return merge(parse_po(OLD, "old.po"), parse_po(POT, "new.pot"), "fr")


def _find(cat: Catalog, msgid: str) -> Message:
    return next(m for m in cat.active if m.msgid == msgid)


def test_msgid_plural_changed_becomes_fuzzy_with_previous() -> None:
    m = _find(_merged(), "%n volume")
    assert m.fuzzy
    assert m.previous_msgid == "%n volume" and m.previous_msgid_plural == "%n volumes"
    assert m.msgstr_plural == ["%n tome", "%n tomes"]


def test_format_no_longer_valid_becomes_fuzzy_but_a_valid_one_stays() -> None:
    cat = _merged()
    found = _find(cat, "Found %s")
    assert found.fuzzy and "c-format" in found.flags and found.previous_msgid == "Found %s"
    saved = _find(cat, "Saved %s")
    assert not saved.fuzzy and "c-format" in saved.flags
    assert not errors(check_catalog(cat)), "compile must not be blocked by a stale entry"


def test_range_changed_becomes_fuzzy_with_one_range_flag() -> None:
    cat = _merged()
    day = _find(cat, "day %d")
    assert day.fuzzy
    assert [f for f in day.flags if f.startswith("range")] == ["range: 1..7"]
    week = _find(cat, "week %d")
    assert not week.fuzzy and [f for f in week.flags if f.startswith("range")] == ["range: 0..6"]


def test_plural_to_singular_keeps_the_lost_form(tmp_path: Path) -> None:
    old = parse_po(OLD, "old.po")
    cat = merge(old, parse_po(POT, "new.pot"), "fr")
    m = _find(cat, "%d error")
    assert m.fuzzy and m.msgid_plural is None and m.msgstr == "%d erreur"
    assert m.previous_msgid_plural == "%d errors"
    assert m.comments == [f'{DROPPED_FORM}msgstr[1] "%d erreurs"']
    assert lost_translations(old, cat) == []
    path = tmp_path / "fr.po"
    write_po(path, cat)
    assert "%d erreurs" in path.read_text(encoding="utf-8")
    if MSGFMT:
        r = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True)
        assert r.returncode == 0, r.stderr


def test_obsolete_previous_msgid_is_written_as_gnu_does(tmp_path: Path) -> None:
    cat = _merged()
    path = tmp_path / "fr.po"
    write_po(path, cat)
    text = path.read_text(encoding="utf-8")
    assert '#~| msgid "gone old"\n#~ msgid "gone"\n' in text
    assert "#~ #|" not in text
    gone = next(m for m in read_po(path).obsolete if m.msgid == "gone")
    assert gone.previous_msgid == "gone old"
    # polib 1.2 stops at `#~ #|`; it reads GNU's form
    assert next(e for e in polib.pofile(str(path)) if e.msgid == "gone").obsolete
    # the form other tools wrote before reads the same
    older = text.replace("#~| msgid", "#~ #| msgid")
    again = next(m for m in parse_po(older, "x.po").obsolete if m.msgid == "gone")
    assert again.previous_msgid == "gone old"


@pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext not installed")
def test_fuzzy_and_previous_lines_as_msgmerge(tmp_path: Path) -> None:
    (tmp_path / "old.po").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.pot").write_text(POT, encoding="utf-8")
    gnu = subprocess.run(
        [MSGMERGE, "--previous", "-q", "-o", "-", "old.po", "new.pot"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    theirs = parse_po(gnu, "msgmerge.po")
    ours = _merged()

    def shape(cat: Catalog) -> dict:
        return {
            (m.msgid, m.obsolete): (
                m.fuzzy,
                m.previous_msgid,
                m.previous_msgid_plural,
                [f for f in m.flags if f.startswith("range")],
            )
            for m in cat.messages
        }

    assert shape(ours) == shape(theirs)


def test_update_refuses_to_write_fewer_translations(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "fr.po"
    path.write_text(OLD, encoding="utf-8")
    before = path.read_bytes()
    import importlib

    import translate.catalog.files as files

    # the module, not the `merge` function that translate.catalog re-exports under its name
    merge_module = importlib.import_module("translate.catalog.merge")

    def lossy(old, pot, lang, **kw):  # a merge with a bug that drops one translation
        out = merge(old, pot, lang, **kw)
        out.messages = [m for m in out.messages if m.msgid != "Saved %s"]
        return out

    monkeypatch.setattr(merge_module, "merge", lossy)  # files imports it when used
    with pytest.raises(files.UserError, match=r"would drop 1 translation.*nothing was written"):
        update_catalogue(path, parse_po(POT, "new.pot"))
    assert path.read_bytes() == before
