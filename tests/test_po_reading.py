"""Reading what other tools write (issue 11 §4) and the one gettext stack (issue 14 §1).

GNU gettext (msgfmt, msgunfmt, msgmerge, msgcat) and polib are the oracles: where they are
installed, our reading of a file is compared with theirs; the tests skip cleanly without them or
without `../shared/data/peer`.
"""

from __future__ import annotations

import doctest
import json
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

import translate.catalog.interop
import translate.catalog.po
from translate.catalog.interop import from_polib, to_polib
from translate.catalog.mo import compile_mo
from translate.catalog.po import Catalog, Message, format_po, parse_po, read_po, same_content
from translate.catalog.stats import catalog_stats, msgfmt_style
from translate.errors import UserError

GNU = {tool: shutil.which(tool) for tool in ("msgfmt", "msgunfmt", "msgmerge", "msgcat")}
needs_gnu = pytest.mark.skipif(not all(GNU.values()), reason="GNU gettext tools not installed")

RU_PLURAL = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);"
)


def gnu(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env={"LC_ALL": "C.UTF-8"})


def msgfmt_statistics(path: Path) -> str:
    out = gnu(GNU["msgfmt"] or "msgfmt", "--statistics", "-o", "/dev/null", str(path))
    return out.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("module", [translate.catalog.po, translate.catalog.interop])
def test_docstring_examples_run(module) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


# --------------------------------------------------------------------------- Catalog as a mapping


def test_catalog_is_a_mapping_of_its_active_messages() -> None:
    cat = parse_po(
        'msgid ""\nmsgstr "Language: az\\n"\n\n'
        'msgctxt "baku"\nmsgid "Baku"\nmsgstr "Bakı"\n\n'
        'msgid "Baku"\nmsgstr "Bakı (no context)"\n\n'
        '#~ msgid "gone"\n#~ msgstr "getdi"\n'
    )
    assert len(cat) == 2 and ("baku", "Baku") in cat and "Baku" in cat
    assert cat["Baku"].msgstr == "Bakı (no context)"
    assert cat.get(("baku", "Baku")).msgstr == "Bakı"
    assert "gone" not in cat and cat.get("gone") is None
    assert cat.get("gone", obsolete=True).msgstr == "getdi"
    assert [m.msgid for m in cat] == ["Baku", "Baku"]
    assert cat.keys() == [("baku", "Baku"), (None, "Baku")]
    with pytest.raises(KeyError):
        cat["nope"]
    # the index follows the list, and an in-place edit of a msgid
    cat.messages.append(Message("new", "yeni"))
    assert cat.get("new").msgstr == "yeni"
    cat.messages[-1].msgid = "renamed"
    assert cat.get("new") is None
    cat.reindex()
    assert cat["renamed"].msgstr == "yeni"
    # an empty catalogue is still a catalogue: `cat or default` keeps it
    assert Catalog() and len(Catalog()) == 0


# --------------------------------------------------------------------------- polib interop


def test_polib_round_trip_keeps_every_field(repo_root: Path) -> None:
    for po in sorted((repo_root / "locales").glob("*/LC_MESSAGES/*.po")):
        cat = read_po(po)
        assert same_content(from_polib(to_polib(cat)), cat), po
        # and through polib's own writer (told not to wrap comments) and our reader
        po_file = to_polib(cat)
        po_file.wrapwidth = 0
        assert same_content(parse_po(str(po_file)), cat), po


def test_polib_reads_what_we_read_on_peer_files(shared_data: Path) -> None:
    """On other projects' test files, polib (an independent reader) finds the same messages,
    translations, fuzziness and obsolete entries as we do."""
    files = sorted((shared_data / "peer").glob("*/*.po"))
    if not files:
        pytest.skip("no peer PO files")
    compared = 0
    for path in files:
        try:
            theirs = from_polib(polib.pofile(str(path)))
        except (OSError, UnicodeDecodeError, ValueError):
            continue  # polib refuses it; our own reading is tested against msgfmt
        try:
            ours = read_po(path)
        except UserError:
            continue  # e.g. duplicate definitions that polib keeps and msgfmt refuses

        def content(cat: Catalog) -> list[tuple]:
            return [
                (m.msgctxt, m.msgid, m.msgid_plural, m.msgstr, m.msgstr_plural, m.fuzzy)
                for m in cat.messages
                if not m.obsolete
            ]

        assert content(ours) == content(theirs), path.name
        compared += 1
    assert compared >= 20


# --------------------------------------------------------------------------- whitespace


@needs_gnu
def test_tabs_after_keywords_and_in_previous_lines(shared_data: Path, tmp_path: Path) -> None:
    path = shared_data / "peer" / "polib" / "test_indented.po"
    if not path.exists():
        pytest.skip("test_indented.po not shared")
    cat = read_po(path)
    m = cat[("@context", "Some msgid")]
    assert m.msgstr == "Some msgstr"
    assert (m.previous_msgctxt, m.previous_msgid, m.previous_msgid_plural) == (
        "@previous_context",
        "previous untranslated entry",
        "previous untranslated entry plural",
    )
    plural = next(m for m in cat if m.msgid_plural)
    assert plural.msgid.startswith("Please enter valid %(self)s IDs. The value")
    assert plural.msgstr_plural[1].endswith("Los valores %(value)r no son válidos.")
    # the same messages as GNU: our MO, decompiled by msgunfmt, equals msgfmt's
    (tmp_path / "ours.mo").write_bytes(compile_mo(cat))
    assert gnu(GNU["msgfmt"], "-o", str(tmp_path / "gnu.mo"), str(path)).returncode == 0
    ours = gnu(GNU["msgunfmt"], str(tmp_path / "ours.mo")).stdout
    theirs = gnu(GNU["msgunfmt"], str(tmp_path / "gnu.mo")).stdout
    assert ours == theirs and "Some msgstr" in ours


def test_tab_after_keyword_and_indented_strings() -> None:
    cat = parse_po(
        'msgid\t"a"\n\t"b"\nmsgstr\t\t"x"\n  "y"\n#|\tmsgid\t"old"\nmsgid "c"\nmsgstr "d"'
    )
    assert cat["ab"].msgstr == "xy"
    assert cat["c"].previous_msgid == "old"


@pytest.mark.parametrize("command", ["check", "compile", "status", "update"])
def test_domain_directive_is_a_clear_located_error(cli, tmp_project: Path, command: str) -> None:
    po = tmp_project / "locales/az/LC_MESSAGES/aliyev-occupation-remark.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text + '\ndomain "other"\n\nmsgid "x"\nmsgstr "y"\n', encoding="utf-8")
    line = text.count("\n") + 2
    args = [command, str(po.relative_to(tmp_project))] if command == "check" else [command]
    out = cli(*args, cwd=tmp_project)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    assert f"aliyev-occupation-remark.po:{line}: the `domain` directive is not supported" in (
        out.stderr
    )


# --------------------------------------------------------------------------- obsolete #|


def test_obsolete_previous_msgid_is_written_as_gnu_and_both_forms_are_read() -> None:
    gnu_form = '#, fuzzy\n#~| msgid "old"\n#~ msgid "new"\n#~ msgstr "yeni"\n'
    our_old_form = '#, fuzzy\n#~ #| msgid "old"\n#~ msgid "new"\n#~ msgstr "yeni"\n'
    for text in (gnu_form, our_old_form):
        m = parse_po(text).get("new", obsolete=True)
        assert (m.previous_msgid, m.msgstr, m.obsolete) == ("old", "yeni", True)
    assert format_po(parse_po(our_old_form)) == gnu_form


@needs_gnu
def test_msgcat_leaves_our_obsolete_previous_msgid_alone(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    cat = parse_po('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n')
    cat.messages.append(
        Message("new", "yeni", previous_msgid="old", flags=["fuzzy"], obsolete=True)
    )
    path.write_text(format_po(cat), encoding="utf-8")
    out = gnu(GNU["msgcat"], str(path))
    assert out.returncode == 0, out.stderr
    assert out.stdout == path.read_text(encoding="utf-8")
    assert '#~| msgid "old"' in out.stdout


# --------------------------------------------------------------------------- charsets

CHARSET_CASES = {
    "KOI8-R": ("ru", "Привет", "Мир"),
    "CP1251": ("ru", "Привет", "Мир"),
    "ISO-8859-15": ("fr", "Bonjour €", "Œuvre"),
    "ISO-8859-9": ("tr", "Merhaba ğ", "Dünya ş"),
    "ASCII": ("en", "Hello there", "World"),
}
TEMPLATE = """msgid ""
msgstr ""
"Project-Id-Version: test\\n"
"Content-Type: text/plain; charset=CHARSET\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"

msgid "Hello"
msgstr ""

msgid "World"
msgstr ""

msgid "New"
msgstr ""
"""


def _catalogue(charset: str, lang: str, hello: str, world: str) -> bytes:
    return (
        'msgid ""\nmsgstr ""\n"Project-Id-Version: test\\n"\n'
        f'"Language: {lang}\\n"\n"MIME-Version: 1.0\\n"\n'
        f'"Content-Type: text/plain; charset={charset}\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        f'msgid "Hello"\nmsgstr "{hello}"\n\nmsgid "World"\nmsgstr "{world}"\n'
        '\nmsgid "Gone"\nmsgstr "Old"\n'
    ).encode(charset)


@needs_gnu
@pytest.mark.parametrize("charset", list(CHARSET_CASES))
def test_catalogue_in_its_declared_charset_as_gnu_reads_and_writes_it(
    cli, tmp_path: Path, charset: str
) -> None:
    lang, hello, world = CHARSET_CASES[charset]
    (tmp_path / "t.pot").write_text(TEMPLATE, encoding="utf-8")
    data = _catalogue(charset, lang, hello, world)
    ours, theirs = tmp_path / "ours.po", tmp_path / "gnu.po"
    ours.write_bytes(data)
    theirs.write_bytes(data)

    cat = read_po(ours)
    assert (cat["Hello"].msgstr, cat["World"].msgstr) == (hello, world)

    # update writes the catalogue back in its charset, as msgmerge does
    out = cli("update", "--template", str(tmp_path / "t.pot"), str(ours), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert gnu(GNU["msgmerge"], "--previous", "-q", "-U", str(theirs), str(tmp_path / "t.pot"))
    assert f"charset={charset}" in ours.read_bytes().decode(charset)
    ours.read_bytes().decode(charset)  # every byte is in the declared charset
    for path in (ours, theirs):
        merged = read_po(path)
        assert (merged["Hello"].msgstr, merged["World"].msgstr) == (hello, world)
        assert merged.get("Gone", obsolete=True).msgstr == "Old"

    # compile writes the MO in that charset too, as msgfmt: msgunfmt decodes both alike
    assert cli("compile", str(ours), "-o", str(tmp_path / "ours.mo"), cwd=tmp_path).returncode == 0
    assert gnu(GNU["msgfmt"], "-o", str(tmp_path / "gnu.mo"), str(ours)).returncode == 0
    decompiled = [
        subprocess.run([GNU["msgunfmt"], str(tmp_path / f"{name}.mo")], capture_output=True).stdout
        for name in ("ours", "gnu")
    ]
    assert decompiled[0] == decompiled[1] and hello.encode(charset) in decompiled[0]

    # status counts what msgfmt --statistics counts
    out = cli("status", str(ours), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert msgfmt_style(catalog_stats(read_po(ours))) == msgfmt_statistics(ours)


def test_charset_placeholder_reads_as_utf8() -> None:
    pot = TEMPLATE.replace('msgid "New"', 'msgid "Nəzər"').encode("utf-8")
    cat = parse_po(translate.catalog.po.decode_po(pot, "t.pot"), "t.pot")
    assert "Nəzər" in cat


def test_unknown_charset_and_unencodable_text_are_located_errors(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=NOPE-1\\n"\n')
    with pytest.raises(UserError) as err:
        read_po(path)
    assert str(err.value.location) == f"{path}:3" and "NOPE-1" in err.value.message
    cat = parse_po(_catalogue("KOI8-R", "ru", "Привет", "Мир").decode("koi8-r"))
    cat.messages.append(Message("Nəzər"))
    with pytest.raises(UserError) as err:
        translate.catalog.po.write_po(path, cat)
    assert "U+0259" in err.value.message and "KOI8-R" in err.value.message


# --------------------------------------------------------------------------- status counts

STATUS_CASES = {
    "empty header": 'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr ""\n',
    "plural with an empty form": (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Plural-Forms: {RU_PLURAL}\\n"\n\n'
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "x"\nmsgstr[1] ""\nmsgstr[2] "z"\n\n'
        'msgid "two"\nmsgid_plural "twos"\nmsgstr[0] ""\nmsgstr[1] "y"\nmsgstr[2] ""\n\n'
        '#, fuzzy\nmsgid "three"\nmsgid_plural "threes"\nmsgstr[0] ""\nmsgstr[1] "y"\n'
        'msgstr[2] ""\n\n#, fuzzy\nmsgid "four"\nmsgid_plural "fours"\nmsgstr[0] "q"\n'
        'msgstr[1] ""\nmsgstr[2] ""\n\n#, fuzzy\nmsgid "five"\nmsgstr ""\n'
    ),
    "fuzzy header": '#, fuzzy\nmsgid ""\nmsgstr "Language: az\\n"\n\nmsgid "a"\nmsgstr "b"\n',
}


@needs_gnu
@pytest.mark.parametrize("case", list(STATUS_CASES))
def test_status_counts_equal_msgfmt_statistics(cli, tmp_path: Path, case: str) -> None:
    path = tmp_path / "x.po"
    path.write_text(STATUS_CASES[case], encoding="utf-8")
    expected = msgfmt_statistics(path)
    assert msgfmt_style(catalog_stats(read_po(path))) == expected
    out = cli("status", str(path), "--format", "json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    (row,) = json.loads(out.stdout)
    shown = msgfmt_style(
        type(catalog_stats(read_po(path)))(row["translated"], row["fuzzy"], row["untranslated"])
    )
    assert shown == expected


@needs_gnu
def test_msgcat_leaves_every_shipped_catalogue_unchanged(repo_root: Path) -> None:
    """Articles and glossary.po alike come out of the one writer, wrapped as msgcat wraps."""
    files = sorted((repo_root / "locales").glob("*/LC_MESSAGES/*.po"))
    assert any(p.name == "glossary.po" for p in files)
    for path in files:
        out = gnu(GNU["msgcat"], str(path))
        assert out.returncode == 0, out.stderr
        assert out.stdout == path.read_text(encoding="utf-8"), path
