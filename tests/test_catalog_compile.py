"""`translate compile`: checked like `msgfmt -c`, MO files readable by Python, GNU and glibc."""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

from translate.catalog.mo import compile_mo, read_mo
from translate.catalog.po import read_po, write_po

MSGFMT = shutil.which("msgfmt")
MSGUNFMT = shutil.which("msgunfmt")
GETTEXT = shutil.which("gettext")

DUP_ARTICLE = """---
title: Repeated lines
slug: repeated
date: 2025-08-30
dateline: Baku
lang: en
publication: P
---

Read the [decree](https://example.org/decree) and run `make`.

Same words.

## Same words.

Same words.
"""


def fake_translation(lang: str, msgid: str) -> str:
    """A translation that keeps link targets and code spans, as a translator must."""
    return ("Tərcümə: " if lang == "az" else "Перевод: ") + msgid


@pytest.fixture
def project(tmp_project: Path) -> Path:
    (tmp_project / "seeds" / "repeated.md").write_text(DUP_ARTICLE, encoding="utf-8")
    assert run_cli("extract") == 0
    assert run_cli("update") == 0
    # the glossary's own catalogues are compiled too (when the export command is available)
    if run_cli("glossary", "export", "--format", "po") == 0:
        for mo in (tmp_project / "locales").glob("*/LC_MESSAGES/glossary.mo"):
            mo.unlink()
    for po in sorted((tmp_project / "locales").glob("*/LC_MESSAGES/*.po")):
        if po.stem == "glossary":
            continue
        lang = po.parts[-3]
        cat = read_po(po)
        for m in cat.messages:
            m.msgstr = fake_translation(lang, m.msgid)
        write_po(po, cat)
    return tmp_project


def translated(po: Path) -> dict[tuple[str | None, str], str]:
    return {
        m.key: m.msgstr for m in read_po(po).messages if m.msgstr and not m.fuzzy and not m.obsolete
    }


def test_glossary_catalogues_are_compiled(project: Path) -> None:
    glossary = sorted((project / "locales").glob("*/LC_MESSAGES/glossary.po"))
    if not glossary:
        pytest.skip("`translate glossary export --format po` not available")
    assert run_cli("compile") == 0
    for po in glossary:
        back = read_mo(po.with_suffix(".mo").read_bytes())
        assert len(back) == len(translated(po)) + 1  # + header


def test_compile_writes_mo_readable_by_python_gettext(project: Path) -> None:
    po = project / "locales" / "ru" / "LC_MESSAGES" / "repeated.po"
    cat = read_po(po)
    cat.messages[1].flags = ["fuzzy"]
    write_po(po, cat)
    assert run_cli("compile") == 0
    for po in sorted((project / "locales").glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        with mo.open("rb") as fh:
            t = gettext.GNUTranslations(fh)
        want = translated(po)
        assert want
        for (ctx, msgid), msgstr in want.items():
            got = t.gettext(msgid) if ctx is None else t.pgettext(ctx, msgid)
            assert got == msgstr
        assert t.info()["language"] == po.parts[-3]
    # the fuzzy entry is left out: Python falls back to the source text
    with (po.parent.parent.parent / "ru" / "LC_MESSAGES" / "repeated.mo").open("rb") as fh:
        t = gettext.GNUTranslations(fh)
    assert t.gettext(cat.messages[1].msgid) == cat.messages[1].msgid


@pytest.mark.skipif(MSGUNFMT is None, reason="GNU gettext not installed")
def test_msgunfmt_reads_back_every_message(project: Path, tmp_path: Path) -> None:
    assert run_cli("compile") == 0
    for po in sorted((project / "locales").glob("*/LC_MESSAGES/*.po")):
        out = tmp_path / "back.po"
        subprocess.run([MSGUNFMT, "-o", str(out), str(po.with_suffix(".mo"))], check=True)
        back = {m.key: m.msgstr for m in read_po(out).messages}
        assert back == translated(po)


@pytest.mark.skipif(GETTEXT is None, reason="GNU gettext not installed")
def test_glibc_finds_every_message_including_contexts(project: Path, tmp_path: Path) -> None:
    assert run_cli("compile") == 0
    env = {
        **os.environ,
        "TEXTDOMAINDIR": str(project / "locales"),
        "LC_ALL": "C.UTF-8",
    }
    probe = subprocess.run(
        [GETTEXT, "-d", "repeated", "Same words."],
        env={**env, "LANGUAGE": "ru"},
        capture_output=True,
        text=True,
    )
    if probe.stdout == "Same words.":
        pytest.skip("glibc here does not honour LANGUAGE with LC_ALL=C.UTF-8")
    contexts = 0
    for po in sorted((project / "locales").glob("*/LC_MESSAGES/*.po")):
        lang, domain = po.parts[-3], po.stem
        for (ctx, msgid), msgstr in translated(po).items():
            args = [GETTEXT, "-d", domain] + (["--context", ctx] if ctx else []) + ["--", msgid]
            r = subprocess.run(args, env={**env, "LANGUAGE": lang}, capture_output=True, text=True)
            assert r.stdout == msgstr, (lang, domain, ctx, msgid)
            contexts += ctx is not None
    assert contexts >= 4  # az and ru, two repeated blocks each (+ glossary concept ids)


def test_mo_is_byte_for_byte_reproducible_and_sorted(project: Path) -> None:
    assert run_cli("compile") == 0
    mo = project / "locales" / "az" / "LC_MESSAGES" / "repeated.mo"
    first = mo.read_bytes()
    os.utime(mo.with_suffix(".po"))
    mo.unlink()
    assert run_cli("compile") == 0
    assert mo.read_bytes() == first
    keys = list(read_mo(first))
    assert keys == sorted(keys)
    assert b"POT-Creation-Date" not in read_mo(first)[b""]


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext not installed")
def test_same_messages_as_msgfmt(project: Path, tmp_path: Path) -> None:
    po = project / "locales" / "ru" / "LC_MESSAGES" / "aliyev-occupation-remark.po"
    cat = read_po(po)
    cat.messages[2].flags = ["fuzzy"]
    cat.messages[3].msgstr = ""
    write_po(po, cat)
    ref = tmp_path / "ref.mo"
    subprocess.run([MSGFMT, "-o", str(ref), str(po)], check=True)
    assert read_mo(compile_mo(read_po(po))) == read_mo(ref.read_bytes())


def _break(po: Path, edit) -> None:
    text = po.read_text(encoding="utf-8")
    po.write_text(edit(text), encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (
            lambda t: t.replace(
                "(https://example.org/decree)", "(https://example.org/other)", 2
            ).replace("(https://example.org/other)", "(https://example.org/decree)", 1),
            "lost the source's link target (https://example.org/decree)",
        ),
        (
            lambda t: t.replace("`make`", "make", 2).replace("make", "`make`", 1),
            "lost the source's code span `make`",
        ),
        (lambda t: t.replace('"Language: ru\\n"\n', ""), "header lacks Language"),
        (
            lambda t: re.sub(
                r'"Plural-Forms: [^"]*"\n(?:"[^"]*"\n)?',
                lambda _: '"Plural-Forms: nplurals=2; plural=n>1 ? 2 : 0;\\n"\n',
                t,
            ),
            "beyond nplurals=2",
        ),
        (lambda t: t.replace("charset=UTF-8", "charset=CHARSET"), "no charset"),
        (
            lambda t: re.sub(r'"Plural-Forms: [^"]*"\n(?:"[^"]*"\n)?', "", t),
            "header lacks Plural-Forms",
        ),
    ],
)
def test_errors_are_located_and_block_the_mo(project: Path, capsys, edit, words) -> None:
    po = project / "locales" / "ru" / "LC_MESSAGES" / "repeated.po"
    _break(po, edit)
    assert run_cli("compile") == 1
    err = capsys.readouterr().err
    assert words in err
    assert re.search(r"locales/ru/LC_MESSAGES/repeated\.po:\d+: error: ", err)
    assert not po.with_suffix(".mo").exists()
    # the other catalogues are still compiled
    assert (project / "locales" / "az" / "LC_MESSAGES" / "repeated.mo").exists()


def test_format_strings_checked_only_where_flagged(tmp_project: Path, capsys) -> None:
    po = tmp_project / "locales" / "az" / "LC_MESSAGES" / "glossary.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: az\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Turnout was 61%"\nmsgstr "Fəallıq 61% oldu, %s"\n\n'
        '#, c-format\nmsgid "%d of %s"\nmsgstr "%2$s içində %1$d"\n\n'
        '#, c-format\nmsgid "%d deputies"\nmsgid_plural "%d deputies"\n'
        'msgstr[0] "%d deputat"\nmsgstr[1] "%s deputat"\n',
        encoding="utf-8",
    )
    assert run_cli("compile") == 1
    err = capsys.readouterr().err
    assert (
        "glossary.po:15: error: c-format: msgstr[1]: the directive for argument 1 is string" in err
    )
    assert err.count("glossary.po") == 2  # the error and "not compiled"
    if MSGFMT:
        r = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(po)], capture_output=True)
        assert r.returncode != 0


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext not installed")
def test_statistics_agree_with_msgfmt(project: Path, capsys) -> None:
    po = project / "locales" / "az" / "LC_MESSAGES" / "aliyev-occupation-remark.po"
    cat = read_po(po)
    cat.messages[1].flags = ["fuzzy"]
    cat.messages[2].msgstr = ""
    cat.messages[3].msgstr = ""
    write_po(po, cat)
    assert run_cli("compile", "--statistics") == 0
    out = capsys.readouterr().out
    for po in sorted((project / "locales").glob("*/LC_MESSAGES/*.po")):
        ref = subprocess.run(
            [MSGFMT, "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True
        ).stderr.strip()
        line = next(ln for ln in out.splitlines() if ln.startswith(str(po.relative_to(project))))
        assert line.split(": ", 1)[1] == ref
    assert "38 translated messages, 1 fuzzy translation, 2 untranslated messages." in out


def test_fail_under(project: Path, capsys) -> None:
    assert run_cli("compile", "--fail-under", "100") == 0
    po = project / "locales" / "az" / "LC_MESSAGES" / "moscow-cant-erase-1920.po"
    cat = read_po(po)
    for m in cat.messages[:3]:
        m.msgstr = ""
    write_po(po, cat)
    capsys.readouterr()
    assert run_cli("compile", "--fail-under", "80") == 1
    err = capsys.readouterr().err
    assert "moscow-cant-erase-1920.po: 66.7% translated, below --fail-under 80%" in err
    assert run_cli("compile", "--fail-under", "60") == 0


def test_a_big_catalogue_compiles_whole(shared_data: Path) -> None:
    """A 20,000-message catalogue compiles to an MO that reads back (its speed, linear in the
    size, is measured by tests/bench/bench_compile.py, not asserted here)."""
    cat = read_po(shared_data / "ru-big.po")
    table = read_mo(compile_mo(cat))
    assert len(table) > 17000
