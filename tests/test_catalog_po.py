"""PO reading and writing: every part of the format kept, wrapped exactly like GNU msgcat."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from translate.catalog.po import Catalog, Message, format_po, parse_po, read_po, write_po
from translate.errors import UserError

MSGCAT = shutil.which("msgcat")
MSGFMT = shutil.which("msgfmt")

SAMPLE = r"""# Translator comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: ru\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

# keep me
#. type: paragraph
#: seeds/a.md:3 seeds/a.md:9
#, fuzzy
#| msgctxt "old ctx"
#| msgid "Old text"
msgctxt "ctx"
msgid "Tab\there \"quoted\" back\\slash"
msgstr "Таб\tздесь"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d файл"
msgstr[1] "%d файла"
msgstr[2] "%d файлов"

# obsolete comment
#~ msgid "Gone"
#~ msgstr "Ушло"
"""


def test_parse_every_part() -> None:
    cat = parse_po(SAMPLE, "x.po")
    assert cat.header_value("Language") == "ru"
    m, p, o = cat.messages
    assert m.comments == ["keep me"] and m.extracted == ["type: paragraph"]
    assert m.references == ["seeds/a.md:3", "seeds/a.md:9"]
    assert m.fuzzy and m.previous_msgctxt == "old ctx" and m.previous_msgid == "Old text"
    assert m.msgctxt == "ctx" and m.msgid == 'Tab\there "quoted" back\\slash'
    assert m.line == 16  # the msgid line
    assert p.msgid_plural == "%d files" and p.msgstr_plural[2] == "%d файлов"
    assert o.obsolete and o.msgstr == "Ушло" and o.comments == ["obsolete comment"]


def test_round_trip_is_stable() -> None:
    once = format_po(parse_po(SAMPLE))
    assert format_po(parse_po(once)) == once


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext not installed")
def test_written_file_passes_msgfmt_check(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    write_po(path, parse_po(SAMPLE))
    r = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext not installed")
def test_wrapping_identical_to_msgcat_on_git_ru(shared_data: Path, tmp_path: Path) -> None:
    src = shared_data / "git-ru.po"
    ref = tmp_path / "ref.po"
    subprocess.run([MSGCAT, str(src), "-o", str(ref)], check=True)
    assert format_po(read_po(src)) == ref.read_text(encoding="utf-8")


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext not installed")
def test_wrapping_identical_to_msgcat_on_long_prose(tmp_path: Path) -> None:
    text = (
        "Azerbaijan’s 1991 Declaration of Independence already defines 1920 as an occupation "
        "— it names the state (ADR) the legal successor; 23-month-long, 1918–1920, “quoted”, "
        "«ёлочки», a/b/c, 50% of 11th Red Army… and “Aliyev said,” he added.\nSecond line"
    )
    cat = Catalog(header=Message("", "Content-Type: text/plain; charset=UTF-8\n"))
    cat.messages.append(Message(text, text.replace("o", "о")))
    path = tmp_path / "p.po"
    path.write_text(format_po(cat), encoding="utf-8")
    out = subprocess.run([MSGCAT, str(path)], capture_output=True, text=True, check=True).stdout
    assert out == path.read_text(encoding="utf-8")


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext not installed")
def test_wrapping_identical_to_msgcat_with_invisible_and_combining_characters(
    tmp_path: Path,
) -> None:
    """Soft hyphens, word joiners, zero-width spaces, direction marks and combining accents
    take no column in gettext (gnulib's uc_width), and a zero-width space is a break
    opportunity: newsroom copy pasted from the web carries them. 400 generated paragraphs of
    words, numbers, quotes, dashes and escapes, against msgcat itself."""
    import random

    words = [
        "word", "Azərbaycan", "слово", "ёлка", "1920", "23-month-long", "1918–1920", "a/b/c",
        "50%", "%s", "$HOME", "--option", "(ADR)", "[x]", "“quoted”", "«ёлочки»", "don't",
        "Aliyev’s", "e.g.", "—", "–", "-", "…", "№5", "10°", "a\\b", '"q"', "x=1;",
        "http://example.com/a-b", "!", "?", ",", ".", "\t", "\n", "soft\u00adhyphen",
        "non\u00a0breaking", "word\u2060joiner", "zero\u200bwidth", "cafe\u0301",
        "ltr\u200emark", "Нахчыван\u00adский",
    ]  # fmt: skip
    rng = random.Random(12)
    cat = Catalog(header=Message("", "Content-Type: text/plain; charset=UTF-8\n"))
    for i in range(400):
        toks = [rng.choice(words) for _ in range(rng.randint(1, 50))]
        text = "".join(t + rng.choice([" ", " ", "", "  "]) for t in toks)
        cat.messages.append(Message(text, " ".join(reversed(toks)), msgctxt=str(i)))
    path = tmp_path / "p.po"
    path.write_text(format_po(cat), encoding="utf-8")
    out = subprocess.run([MSGCAT, str(path)], capture_output=True, text=True, check=True).stdout
    assert out == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('msgid "a"\nmsgstr "b\n', 2, "quoted string"),
        ('msgid "a"\n', 1, "no msgstr"),
        ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4, "duplicate"),
        ('msgid "a"\nmsgstr "\\q"\n', 2, "escape"),
        ('msgid "a"\nmsgstr[0] "b"\n', 2, "msgid_plural"),
        ('msgid "a"\nbogus\n', 2, "unexpected"),
    ],
)
def test_syntax_errors_are_located(text: str, line: int, words: str) -> None:
    with pytest.raises(UserError) as err:
        parse_po(text, "bad.po")
    assert err.value.location.line == line
    assert words in str(err.value)


def test_rewrite_skipped_when_only_wrapping_differs(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    # a PO editor wrapped this differently from gettext
    path.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "a"\nmsgstr ""\n"b"\n"c"\n',
        encoding="utf-8",
    )
    before = path.read_bytes()
    assert write_po(path, read_po(path)) is False
    assert path.read_bytes() == before
    cat = read_po(path)
    cat.messages[0].msgstr = "bd"
    assert write_po(path, cat) is True
    assert 'msgstr "bd"' in path.read_text(encoding="utf-8")


def test_an_unescaped_quote_inside_a_string_is_a_located_error(tmp_path: Path) -> None:
    """msgfmt stops at such a quote; reading `"a"b"` as `a"b` would hide a broken catalogue."""
    po = tmp_path / "q.po"
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "a"b"\nmsgstr "x"\n', encoding="utf-8")
    with pytest.raises(UserError) as info:
        read_po(po)
    assert info.value.location is not None and info.value.location.line == 4
    assert "unescaped quote" in str(info.value)
    valid = 'msgid ""\nmsgstr ""\n\nmsgid "say \\"hi\\" \\\\"\nmsgstr "x"\n'
    po.write_text(valid, encoding="utf-8")
    assert read_po(po).messages[-1].msgid == 'say "hi" \\'
