"""`translate check` end to end: catalogues and drafts with planted problems, every output format,
exit codes, suppression and configured severities."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import polib
import pytest
from conftest import run_cli_output

PLANTED_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Language: ru\\n"
"MIME-Version: 1.0\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

#. paragraph
#: seeds/planted.md:3
msgid "The situation in Karabakh was tense in 1920."
msgstr "Ситуация в Нагорном Карабахе была напряжённой в 1921 году."

#. paragraph
#: seeds/planted.md:5
msgid "He said “no” and left."
msgstr "Он сказал \\"нет\\" и ушёл."

# translate: skip punctuation
#. paragraph
#: seeds/planted.md:7
msgid "She said “yes” and stayed."
msgstr "Она сказала \\"да\\" и осталась."

#. paragraph
#: seeds/planted.md:9
msgid "See [the report](https://example.org/r)."
msgstr "См. [доклад](https://example.org/x)."

#: seeds/planted.md:11
msgid "Not yet."
msgstr ""
"""


@pytest.fixture
def planted(tmp_project: Path) -> Path:
    po = tmp_project / "locales" / "ru" / "LC_MESSAGES" / "planted.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(PLANTED_PO, encoding="utf-8")
    return po


def _line_of(po: Path, needle: str) -> int:
    lines = po.read_text(encoding="utf-8").splitlines()
    return next(i for i, ln in enumerate(lines, 1) if ln.startswith("msgstr") and needle in ln)


def _msgstr_line_of(po: Path, msgid: str) -> int:
    """The line of the msgstr that translates *msgid* (an empty one has nothing to search)."""
    lines = po.read_text(encoding="utf-8").splitlines()
    start = lines.index(f'msgid "{msgid}"')
    return next(i for i, ln in enumerate(lines[start:], start + 1) if ln.startswith("msgstr"))


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
def test_planted_catalogue_is_valid_gettext(planted: Path, tmp_path: Path):
    subprocess.run(["msgfmt", "-c", "-o", str(tmp_path / "x.mo"), str(planted)], check=True)


def test_shipped_translations_have_no_errors(tmp_project: Path, capsys):
    code, out, _ = run_cli_output(capsys, "check", "--format", "json")
    data = json.loads(out)
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert errors == [], "\n".join(f"{e['file']}:{e['line']}: {e['message']}" for e in errors)
    assert code == 0
    assert data["summary"]["files"] >= 4  # az + ru catalogues of both seed articles


def test_json_findings_ids_lines_and_schema(planted: Path, capsys):
    code, out, _ = run_cli_output(capsys, "check", str(planted), "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["version"] == 1 and set(data) >= {"version", "findings", "summary"}
    keys = {"check", "severity", "file", "line", "lang", "message", "span", "suggestion"}
    assert all(keys <= set(f) for f in data["findings"])
    got = {(f["check"], f["line"]) for f in data["findings"]}
    karabakh = _line_of(planted, "Карабахе")
    assert ("term-forbidden", karabakh) in got
    assert ("number-mismatch", karabakh) in got
    assert ("punctuation", _line_of(planted, "нет")) in got
    assert ("markup-mismatch", _line_of(planted, "доклад")) in got
    assert ("untranslated", _msgstr_line_of(planted, "Not yet.")) in got
    # the translator comment switched punctuation off for that message only
    assert not any(f["line"] == _line_of(planted, "осталась") for f in data["findings"])
    forbidden = next(f for f in data["findings"] if f["check"] == "term-forbidden")
    assert forbidden["span"]["text"] == "Нагорном Карабахе"
    assert forbidden["concept"] == "karabakh"
    assert forbidden["msgid"] == "The situation in Karabakh was tense in 1920."
    s = data["summary"]
    assert s["errors"] == sum(1 for f in data["findings"] if f["severity"] == "error")


def test_text_format_groups_by_file_and_marks_the_span(planted: Path, capsys):
    code, out, _ = run_cli_output(capsys, "check", str(planted))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith("planted.po")
    i = next(i for i, ln in enumerate(lines) if "[term-forbidden]" in ln)
    excerpt, marks = lines[i + 1], lines[i + 2]
    start = marks.index("^")
    assert excerpt[start : start + len("Нагорном Карабахе")] == "Нагорном Карабахе"
    assert marks.count("^") == len("Нагорном Карабахе")
    assert "\x1b[" not in out  # no colour when not on a terminal


def test_github_annotations(planted: Path, capsys):
    _, out, _ = run_cli_output(capsys, "check", str(planted), "--format", "github")
    ann = [ln for ln in out.splitlines() if ln.startswith("::")]
    assert ann and all(ln.startswith(("::error ", "::warning ", "::notice ")) for ln in ann)
    line = _line_of(planted, "Карабахе")
    assert any(
        ln.startswith("::error file=") and f",line={line},title=term-forbidden (ru)::" in ln
        for ln in ann
    )


def test_junit_parses(planted: Path, capsys):
    _, out, _ = run_cli_output(capsys, "check", str(planted), "--format", "junit")
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    failures = root.findall(".//failure")
    assert {f.get("type") for f in failures} >= {"term-forbidden", "number-mismatch"}
    assert int(root.get("failures")) == len(root.findall(".//testcase[failure]"))


def test_fail_on_levels(planted: Path, tmp_project: Path, capsys):
    assert run_cli_output(capsys, "check", str(planted), "--fail-on", "never")[0] == 0
    assert run_cli_output(capsys, "check", str(planted), "--fail-on", "error")[0] == 1
    # a catalogue with warnings only: exit 0 on error, 1 on warning
    warn = planted.with_name("warn.po")
    warn.write_text(
        PLANTED_PO.split("#. paragraph")[0]
        + '#: seeds/planted.md:5\nmsgid "He said “no” and left."\n'
        + 'msgstr "Он сказал \\"нет\\" и ушёл."\n',
        encoding="utf-8",
    )
    assert run_cli_output(capsys, "check", str(warn))[0] == 0
    assert run_cli_output(capsys, "check", str(warn), "--fail-on", "warning")[0] == 1


def test_severities_from_pyproject(planted: Path, tmp_project: Path, capsys):
    pyproject = tmp_project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8")
        + '\n[tool.translate.severities]\nterm-forbidden = "off"\nnumber-mismatch = "warning"\n'
        + 'markup-mismatch = "info"\n',
        encoding="utf-8",
    )
    code, out, _ = run_cli_output(capsys, "check", str(planted), "--format", "json")
    data = json.loads(out)
    checks = {f["check"]: f["severity"] for f in data["findings"]}
    assert "term-forbidden" not in checks
    assert checks["number-mismatch"] == "warning" and checks["markup-mismatch"] == "info"
    assert code == 0  # nothing left at error level


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext not installed")
def test_suppression_comment_survives_msgmerge(planted: Path, tmp_path: Path, capsys):
    pot = tmp_path / "planted.pot"
    template = polib.pofile(str(planted))
    for entry in template:
        entry.msgstr, entry.tcomment = "", ""
    template.save(str(pot))
    merged = planted.with_name("merged.po")
    subprocess.run(["msgmerge", "-q", "-o", str(merged), str(planted), str(pot)], check=True)
    _, out, _ = run_cli_output(capsys, "check", str(merged), "--format", "json")
    data = json.loads(out)
    assert not any(
        f["check"] == "punctuation" and "осталась" in (f["span"] or {}).get("text", "")
        for f in data["findings"]
    )


DRAFT_OK = """\
---
title: "Planted"
---

Ситуация в Нагорном Карабахе была напряжённой в 1921 году.

## Заголовок

Он сказал «нет» и ушёл
"""

SOURCE = """\
---
title: "Planted"
slug: planted
date: 2025-08-30
dateline: Baku
lang: en
publication: Test
---

The situation in Karabakh was tense in 1920.

## A heading

He said “no” and left.
"""


def test_draft_aligned_reports_ids_and_lines(tmp_project: Path, capsys):
    (tmp_project / "seeds" / "planted.md").write_text(SOURCE, encoding="utf-8")
    draft = tmp_project / "draft.md"
    draft.write_text(DRAFT_OK, encoding="utf-8")
    code, out, _ = run_cli_output(
        capsys, "check", "draft.md", "--lang", "ru", "--source", "seeds/planted.md", "-f", "json"
    )
    got = {(f["check"], f["line"]) for f in json.loads(out)["findings"]}
    assert {("term-forbidden", 5), ("number-mismatch", 5), ("punctuation", 9)} <= got
    assert code == 1


def test_draft_with_a_block_dropped_is_reported_and_its_other_blocks_still_checked(
    tmp_project: Path, capsys
):
    (tmp_project / "seeds" / "planted.md").write_text(SOURCE, encoding="utf-8")
    draft = tmp_project / "draft.md"
    draft.write_text(DRAFT_OK.replace("## Заголовок\n\n", ""), encoding="utf-8")
    code, out, _ = run_cli_output(
        capsys, "check", "draft.md", "--lang", "ru", "--source", "seeds/planted.md", "-f", "json"
    )
    findings = json.loads(out)["findings"]
    align = [f for f in findings if f["check"] == "alignment"]
    assert len(align) == 1 and code == 1
    msg = align[0]["message"]
    assert "the draft has 3 blocks" in msg and "has 4" in msg
    # the dropped block is named where the source has it, and the draft line it is missing at
    assert "heading at line 12" in msg and align[0]["line"] == 7
    # the blocks around the gap are still compared with their own source blocks: the changed
    # year before it, the missing full stop after it
    got = {(f["check"], f["line"]) for f in findings}
    assert {("number-mismatch", 5), ("punctuation", 7), ("term-forbidden", 5)} <= got


def test_draft_without_source_runs_source_free_checks(tmp_project: Path, capsys):
    draft = tmp_project / "draft.txt"
    draft.write_text("Войска вошли в Кaрабах.\n\nЭто был statement.\n", encoding="utf-8")
    code, out, _ = run_cli_output(capsys, "check", "draft.txt", "--lang", "ru", "-f", "json")
    got = {(f["check"], f["line"]) for f in json.loads(out)["findings"]}
    # Кaрабах (Latin a): one slip, one finding, mixed-script's (whose suggestion repairs it)
    assert got == {("mixed-script", 1), ("wrong-script", 3)}
    assert code == 1


def test_bad_usage_exits_2(tmp_project: Path, capsys):
    code, _, err = run_cli_output(capsys, "check", "missing.po")
    assert code == 2 and "missing.po" in err
    (tmp_project / "draft.md").write_text("Текст.\n", encoding="utf-8")
    code, _, err = run_cli_output(capsys, "check", "draft.md")
    assert code == 2 and "--lang" in err
    bad = tmp_project / "bad.po"
    bad.write_text('msgid "x"\nmsgstr "y"\nmsgid\n', encoding="utf-8")
    code, _, err = run_cli_output(capsys, "check", "bad.po")
    assert code == 2 and "bad.po" in err and "Traceback" not in err


def test_list_checks(tmp_project: Path, capsys):
    code, out, _ = run_cli_output(capsys, "check", "--list")
    assert code == 0
    ids = [ln.split()[0] for ln in out.splitlines()]
    for cid in (
        "term-missing",
        "term-forbidden",
        "term-source-forbidden",
        "term-inconsistent",
        "term-misspelled",
        "number-mismatch",
        "markup-mismatch",
        "untranslated",
        "fuzzy",
        "mixed-script",
        "wrong-script",
        "az-ascii",
        "punctuation",
    ):
        assert cid in ids


def test_pre_commit_hook(repo_root: Path, tmp_project: Path, capsys):
    import re

    import yaml

    hooks = yaml.safe_load((repo_root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "translate-check")
    assert hook["entry"] == "translate check" and hook["language"] == "python"
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def selected(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    assert selected("locales/az/LC_MESSAGES/aliyev-occupation-remark.po")
    assert selected("seeds/aliyev-occupation-remark.md")
    assert not selected("README.md") and not selected("locales/ru/LC_MESSAGES/glossary.po")
    # what pre-commit runs for a changed source article: its catalogues in every language
    _, out, _ = run_cli_output(capsys, "check", "seeds/aliyev-occupation-remark.md", "-f", "json")
    files_checked = {f["file"] for f in json.loads(out)["files"]}
    assert files_checked == {
        "locales/az/LC_MESSAGES/aliyev-occupation-remark.po",
        "locales/ru/LC_MESSAGES/aliyev-occupation-remark.po",
    }


def _ru_po(path: Path, entries: list[tuple[str, str]]) -> None:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    for i, (msgid, msgstr) in enumerate(entries, 1):
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, occurrences=[("seeds/x.md", str(i))]))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


def test_across_articles(tmp_project: Path, capsys):
    a = tmp_project / "drafts" / "a.po"
    b = tmp_project / "drafts" / "b.po"
    _ru_po(
        a,
        [
            ("The road to Nakhchivan.", "Дорога в Нахчыван."),
            ("Nakhchivan is an exclave.", "Нахчыван — эксклав."),
        ],
    )
    _ru_po(b, [("The border of Nakhchivan.", "Граница Нахичевани.")])
    _, out, _ = run_cli_output(capsys, "check", str(a), str(b), "-f", "json")
    assert not [f for f in json.loads(out)["findings"] if f["check"] == "term-inconsistent"]
    _, out, _ = run_cli_output(capsys, "check", str(a), str(b), "--across", "-f", "json")
    found = [f for f in json.loads(out)["findings"] if f["check"] == "term-inconsistent"]
    assert [(Path(f["file"]).name, f["span"]["text"]) for f in found] == [("b.po", "Нахичевани")]


def test_catalogue_behind_its_source_article(tmp_project: Path, capsys):
    seed = tmp_project / "seeds" / "aliyev-occupation-remark.md"
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\nA paragraph added after the last update.\n",
        encoding="utf-8",
    )
    _, out, _ = run_cli_output(capsys, "check", "-f", "json")
    stale = [
        f
        for f in json.loads(out)["findings"]
        if f["check"] == "untranslated" and "translate update" in f["message"]
    ]
    assert {f["lang"] for f in stale} == {"az", "ru"}
    assert all(f["span"]["text"] == "A paragraph added after the last update." for f in stale)


def test_report_command(tmp_project: Path, capsys):
    code, out, _ = run_cli_output(capsys, "report", "-o", "report.html")
    assert code == 0 and "report.html" in out
    html = (tmp_project / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "aliyev-occupation-remark" in html


def test_report_of_a_draft_shows_what_check_finds(tmp_project: Path, capsys):
    """`report` runs the same engine as `check`: a draft with its source gets the same findings,
    each in the page's findings table with its line."""
    (tmp_project / "seeds" / "planted.md").write_text(SOURCE, encoding="utf-8")
    (tmp_project / "draft.md").write_text(DRAFT_OK, encoding="utf-8")
    args = ("draft.md", "--lang", "ru", "--source", "seeds/planted.md")
    _, out, _ = run_cli_output(capsys, "check", *args, "-f", "json")
    found = json.loads(out)["findings"]
    assert found
    code, out, _ = run_cli_output(capsys, "report", *args, "-o", "draft.html")
    assert code == 0 and "wrote draft.html (1 file(s))" in out
    html = (tmp_project / "draft.html").read_text(encoding="utf-8")
    rows = html.count('data-row="finding"')
    assert rows == len(found)
    for f in found:
        assert f'title="draft.md:{f["line"]}"' in html


def _draft_from_catalogue(po_path: Path) -> str:
    """The shipped translation as a Markdown draft, block by block in the article's order."""
    out = []
    for e in polib.pofile(str(po_path)):
        kind = next(ln[5:].strip() for ln in e.comment.split("\n") if ln.startswith("type:"))
        if kind in ("source link", "excerpt note"):
            continue  # an edition's labels, not blocks of the draft
        if kind == "title":
            out += ["---", f'title: "{e.msgstr}"', "---", ""]
        elif kind.startswith("heading"):
            out += ["## " + e.msgstr, ""]
        elif kind == "list item":
            out += ["- " + e.msgstr, ""]
        else:
            out += [e.msgstr, ""]
    return "\n".join(out)


def test_real_draft_clean_then_planted(tmp_project: Path, capsys):
    po = tmp_project / "locales/az/LC_MESSAGES/aliyev-occupation-remark.po"
    text = _draft_from_catalogue(po)
    draft = tmp_project / "draft-az.md"
    draft.write_text(text, encoding="utf-8")
    args = (
        "check",
        "draft-az.md",
        "--lang",
        "az",
        "--source",
        "seeds/aliyev-occupation-remark.md",
        "-f",
        "json",
    )
    code, out, _ = run_cli_output(capsys, *args)
    assert json.loads(out)["findings"] == [] and code == 0
    planted = {
        "1920-ci ilin aprelində": "1921-ci ilin aprelində",
        "ümummilli xatirə günüdür": "ümummilli anım günüdür",
        "Zəngəzur dəhlizi ilə": "Zəngəzor dəhlizi ilə",
        "Azərbaycanın 1991-ci il": "Azerbaycanin 1991-ci il",
        "hüquqi varisi elan": "varisi elan",
        "Məmmədov əlavə edib": "Məmmədоv əlavə edib",  # Cyrillic о
    }
    for old, new in planted.items():
        assert old in text
        text = text.replace(old, new, 1)
    draft.write_text(text, encoding="utf-8")
    lines = text.split("\n")

    def line_of(needle: str) -> int:
        return next(i for i, ln in enumerate(lines, 1) if needle in ln)

    code, out, _ = run_cli_output(capsys, *args)
    got = {(f["check"], f["line"], f["span"]["text"]) for f in json.loads(out)["findings"]}
    assert got == {
        ("number-mismatch", line_of("1921-ci"), "1921"),
        ("term-forbidden", line_of("anım günüdür"), "anım günüdür"),
        ("term-misspelled", line_of("Zəngəzor"), "Zəngəzor"),
        ("az-ascii", line_of("Azerbaycanin"), "Azerbaycanin"),
        ("term-missing", line_of("varisi elan"), "legal successor"),
        ("mixed-script", line_of("Məmmədоv"), "Məmmədоv"),
    }
    assert code == 1


def test_parallel_run_equals_serial(planted: Path, tmp_project: Path, capsys):
    from translate.checks.pool import PARALLEL_MIN_FILES

    many = tmp_project / "many"
    for i in range(PARALLEL_MIN_FILES + 2):
        lang = "ru"
        d = many / f"{i:02d}" / lang / "LC_MESSAGES"
        d.mkdir(parents=True)
        (d / "planted.po").write_text(PLANTED_PO.replace("1921", str(1921 + i)), encoding="utf-8")
    _, serial, _ = run_cli_output(capsys, "check", "many", "-j", "1", "-f", "json")
    _, pooled, _ = run_cli_output(capsys, "check", "many", "-j", "2", "-f", "json")
    assert json.loads(serial) == json.loads(pooled)
    assert json.loads(serial)["summary"]["files"] == PARALLEL_MIN_FILES + 2
    # the report runs through the same engine: the pool gives it the same page
    assert run_cli_output(capsys, "report", "many", "-j", "1", "-o", "serial.html").code == 0
    assert run_cli_output(capsys, "report", "many", "-j", "2", "-o", "pooled.html").code == 0
    serial_html = (tmp_project / "serial.html").read_text(encoding="utf-8")
    assert serial_html == (tmp_project / "pooled.html").read_text(encoding="utf-8")
    assert serial_html.count('data-row="article"') == PARALLEL_MIN_FILES + 2


def test_glossary_option(tmp_project: Path, capsys):
    custom = tmp_project / "custom.csv"
    text = (tmp_project / "glossary" / "glossary.csv").read_text(encoding="utf-8")
    row = "hysteria,politics,noun,,,hysteria,,,,,isteriya,,,,,истерия,,,истерика,,"
    width = text.split("\n", 1)[0].count(",")  # optional columns (en_not) widen the header
    custom.write_text(text + row + "," * (width - row.count(",")) + "\n", encoding="utf-8")
    po = tmp_project / "h.po"
    _ru_po(po, [("Why the hysteria in Moscow?", "Откуда истерика в Москве?")])
    _, out, _ = run_cli_output(capsys, "check", "h.po", "-f", "json")
    assert not any(f["check"] == "term-forbidden" for f in json.loads(out)["findings"])
    code, out, _ = run_cli_output(capsys, "check", "h.po", "--glossary", "custom.csv", "-f", "json")
    found = [f for f in json.loads(out)["findings"] if f["check"] == "term-forbidden"]
    assert [(f["span"]["text"], f["suggestion"]) for f in found] == [("истерика", "истерия")]
    assert code == 1
    # the same glossary as TBX gives the same finding
    from translate.glossary import load_glossary, save_glossary

    save_glossary(load_glossary(custom), tmp_project / "custom.tbx")
    _, out, _ = run_cli_output(capsys, "check", "h.po", "--glossary", "custom.tbx", "-f", "json")
    assert [f for f in json.loads(out)["findings"] if f["check"] == "term-forbidden"] == found
    code, _, err = run_cli_output(capsys, "check", "h.po", "--glossary", "nowhere.csv")
    assert code == 2 and "nowhere.csv" in err


def test_source_forbidden_reported_once_at_the_source(tmp_project: Path, capsys):
    for lang, msgstr in (("az", "O, Kiyevə gəldi."), ("ru", "Он прибыл в Киев.")):
        po = tmp_project / "k" / lang / "k.po"
        _ru_po(po, [("He arrived in Kiev.", msgstr)])
        po.write_text(
            po.read_text(encoding="utf-8").replace("Language: ru", f"Language: {lang}"),
            encoding="utf-8",
        )
    _, out, _ = run_cli_output(capsys, "check", "k", "-f", "json")
    found = [f for f in json.loads(out)["findings"] if f["check"] == "term-source-forbidden"]
    assert [(f["file"], f["line"], f["lang"], f["span"]["text"]) for f in found] == [
        ("seeds/x.md", 1, "en", "Kiev")
    ]


def test_language_from_option_and_directories_skip_the_glossary_catalogue(tmp_project, capsys):
    po = tmp_project / "nolang.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "In 1920."\nmsgstr "В 1921."\n',
        encoding="utf-8",
    )
    code, _, err = run_cli_output(capsys, "check", "nolang.po")
    assert code == 2 and "nolang.po" in err and "--lang" in err
    code, out, _ = run_cli_output(capsys, "check", "nolang.po", "--lang", "ru", "-f", "json")
    assert [f["check"] for f in json.loads(out)["findings"]] == ["number-mismatch"]
    (tmp_project / "locales/ru/LC_MESSAGES/glossary.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\nmsgid "Kiev"\nmsgstr ""\n', encoding="utf-8"
    )
    _, out, _ = run_cli_output(capsys, "check", "locales", "-f", "json")
    assert not any(f["file"].endswith("glossary.po") for f in json.loads(out)["files"])


def test_draft_suppression_comment(tmp_project: Path, capsys):
    draft = tmp_project / "d.md"
    draft.write_text(
        'Он сказал "нет".\n\n<!-- translate: skip punctuation -->\nОна сказала "да".\n',
        encoding="utf-8",
    )
    _, out, _ = run_cli_output(capsys, "check", "d.md", "--lang", "ru", "-f", "json")
    assert [(f["check"], f["line"]) for f in json.loads(out)["findings"]] == [("punctuation", 1)]
