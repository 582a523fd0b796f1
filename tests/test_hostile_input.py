"""Issue 15: broken and hostile input. Nothing lost, nothing written outside the project, never
a traceback: every case here once printed one, wrote outside its directory or replaced a file
that was not a regular file."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from conftest import run_cli_output

ARTICLE = Path("seeds/aliyev-occupation-remark.md")
AZ_PO = Path("locales/az/LC_MESSAGES/aliyev-occupation-remark.po")


def assert_located(code: int, err: str, where: str, *needles: str) -> None:
    assert code == 2, (code, err)
    assert "Traceback" not in err
    assert err.startswith(where), err
    for needle in needles:
        assert needle in err, (needle, err)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


# --- item 7: realistic inputs that printed a traceback ------------------------------------------


@pytest.mark.parametrize("command", ["extract", "build", "check", "report"])
def test_impossible_date_in_front_matter_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    edit(tmp_project / ARTICLE, "date: 2025-08-30", "date: 2025-02-30")
    code, _, err = run_cli_output(capsys, command)
    assert_located(code, err, f"{ARTICLE}:4:", "day is out of range", "hint:")


def test_unknown_target_language_is_a_config_error(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(
        tmp_project / "pyproject.toml",
        'target_languages = ["az", "ru"]',
        'target_languages = ["xx", "az"]',
    )
    code, _, err = run_cli_output(capsys, "update")
    assert_located(code, err, "pyproject.toml:", "unknown target language 'xx'")


def test_unknown_source_language_is_a_config_error(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(tmp_project / "pyproject.toml", 'source_language = "en"', 'source_language = "klingon"')
    code, _, err = run_cli_output(capsys, "build")
    assert_located(code, err, "pyproject.toml:", "klingon")
    assert not (tmp_project / "build").exists()


def test_deeply_nested_front_matter_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(tmp_project / ARTICLE, "lang: en\n", "lang: en\nextra: " + "[" * 5000 + "]" * 5000 + "\n")
    code, _, err = run_cli_output(capsys, "extract")
    assert_located(code, err, f"{ARTICLE}:", "nested too deeply")


def test_deeply_nested_toml_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (tmp_project / "pyproject.toml").open("a", encoding="utf-8") as fh:
        fh.write("[tool.translate.quotes]\naz = " + "[" * 3000 + "]" * 3000 + "\n")
    code, _, err = run_cli_output(capsys, "check")
    assert_located(code, err, "pyproject.toml", "nested too deeply")


def test_slug_longer_than_a_file_name_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(tmp_project / ARTICLE, "slug: aliyev-occupation-remark", "slug: " + "a" * 300)
    code, _, err = run_cli_output(capsys, "extract")
    assert_located(code, err, f"{ARTICLE}:3:", "300 characters")


@pytest.mark.parametrize("quotes", ['"x"', '"«»“"', '"ab"'])
def test_quotes_that_are_not_quotation_marks_are_refused(
    tmp_project: Path, capsys: pytest.CaptureFixture[str], quotes: str
) -> None:
    with (tmp_project / "pyproject.toml").open("a", encoding="utf-8") as fh:
        fh.write(f"[tool.translate.quotes]\naz = {quotes}\n")
    code, _, err = run_cli_output(capsys, "check")
    assert_located(code, err, "pyproject.toml:", "is not a convention")


def test_an_unexpected_exception_exits_70_with_one_line(
    tmp_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from translate.catalog import project

    def broken(*_args: object, **_kw: object) -> None:
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr(project, "status", broken)
    code, _, err = run_cli_output(capsys, "status")
    assert code == 70, err
    assert "Traceback" not in err
    assert "ZeroDivisionError: simulated bug" in err and "please report" in err
    assert "--debug" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run_cli_output(capsys, "--debug", "status")
    assert code == 70
    assert "Traceback" in err and "simulated bug" in err


# --- item 4: slugs and language codes are names, not paths --------------------------------------


@pytest.mark.parametrize("slug", ["/elsewhere/pwned", '"../../pwned"', "Pwned Slug", "a--b"])
@pytest.mark.parametrize("command", ["extract", "build"])
def test_slug_that_is_a_path_writes_nothing(
    tmp_project: Path, capsys: pytest.CaptureFixture[str], slug: str, command: str
) -> None:
    edit(tmp_project / ARTICLE, "slug: aliyev-occupation-remark", f"slug: {slug}")
    outside = tmp_project.parent
    before = files_under(tmp_project)
    siblings = set(outside.iterdir())
    code, _, err = run_cli_output(capsys, command)
    assert_located(code, err, f"{ARTICLE}:3:", "invalid slug", "a name, not a path")
    assert files_under(tmp_project) == before
    assert set(outside.iterdir()) == siblings
    assert not Path("/elsewhere").exists()


@pytest.mark.parametrize("lang", ["../../x", "/abs", "az/../../x", "."])
def test_target_language_that_is_a_path_writes_nothing(
    tmp_project: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    edit(
        tmp_project / "pyproject.toml",
        'target_languages = ["az", "ru"]',
        f'target_languages = ["{lang}"]',
    )
    before = files_under(tmp_project)
    siblings = set(tmp_project.parent.iterdir())
    code, _, err = run_cli_output(capsys, "update")
    assert_located(code, err, "pyproject.toml:", "not a path")
    assert files_under(tmp_project) == before
    assert set(tmp_project.parent.iterdir()) == siblings
    assert not Path("/abs").exists()


def test_output_paths_stay_inside_their_directory(tmp_path: Path) -> None:
    from translate.errors import UserError
    from translate.names import inside

    assert inside(tmp_path / "a" / "b.po", tmp_path) == tmp_path / "a" / "b.po"
    with pytest.raises(UserError, match="refusing to write outside"):
        inside(tmp_path / "a" / ".." / ".." / "b.po", tmp_path)


def test_real_language_tags_are_accepted() -> None:
    from translate.names import known_language

    assert all(known_language(x) for x in ("az", "ru", "en", "pt-BR", "az_Latn", "sr-Latn"))
    assert not any(known_language(x) for x in ("xx", "klingon", "../x", "", "a" * 300))


# --- items 5 and 6: devices, FIFOs, `-`, symlinks ------------------------------------------------


def test_check_to_dev_stdout_through_a_pipe_neither_hangs_nor_replaces_it(
    cli, tmp_project: Path
) -> None:
    was_link = os.path.islink("/dev/stdout")
    out = cli("check", "-f", "json", "-o", "/dev/stdout", cwd=tmp_project)  # stdout is a pipe
    assert out.returncode == 0, out.stderr
    assert '"findings"' in out.stdout
    assert os.path.islink("/dev/stdout") == was_link
    assert not Path("/dev/stdout").is_file() or was_link


def test_check_to_dash_writes_stdout(tmp_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli_output(capsys, "check", "-f", "json", "-o", "-")
    assert code == 0, err
    assert '"findings"' in out
    assert not (tmp_project / "-").exists()


def test_report_to_dev_zero_is_written_through(cli, tmp_project: Path) -> None:
    out = cli("report", "-o", "/dev/zero", cwd=tmp_project)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_output_onto_a_fifo_is_streamed(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_project / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run_cli_output(capsys, "check", "-f", "json", "-o", str(fifo))
    reader.join(timeout=60)
    assert code == 0, err
    assert b'"findings"' in received[0]
    assert fifo.is_fifo()


def test_full_device_is_a_located_error(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    code, _, err = run_cli_output(capsys, "report", "-o", "/dev/full")
    assert_located(code, err, "/dev/full:", "cannot write")


def test_symlinked_catalogue_is_updated_through_its_link(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_project / "shared-catalogues"
    shared.mkdir()
    target = shared / AZ_PO.name
    shutil.move(tmp_project / AZ_PO, target)
    (tmp_project / AZ_PO).symlink_to(target)
    edit(tmp_project / ARTICLE, "sparked heated reactions", "sparked fierce reactions")
    assert run_cli_output(capsys, "extract")[0] == 0
    code, out, err = run_cli_output(capsys, "update")
    assert code == 0, err
    assert (tmp_project / AZ_PO).is_symlink()
    assert "fierce" in target.read_text(encoding="utf-8")
    assert f"{AZ_PO}: updated" in out
    subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(target)], check=True)


def test_symlinked_output_file_keeps_its_link(tmp_path: Path) -> None:
    from translate.fileio import write_text_atomic

    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert write_text_atomic(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "sub" / "made.json")
    write_text_atomic(dangling, "x")
    assert dangling.is_symlink() and (tmp_path / "sub" / "made.json").read_text() == "x"


# --- items 2 and 3: glossary control characters, validate before every write -------------------

GLOSSARY = Path("glossary/glossary.csv")
GLOSSARY_PO = Path("locales/az/LC_MESSAGES/glossary.po")


def _glossary_row(root: Path, concept_id: str) -> str:
    for line in (root / GLOSSARY).read_text(encoding="utf-8").splitlines():
        if line.startswith(concept_id + ","):
            return line
    raise AssertionError(concept_id)


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\u202e"])
def test_control_character_in_a_term_is_refused_with_its_line(
    tmp_project: Path, capsys: pytest.CaptureFixture[str], char: str
) -> None:
    edit(tmp_project / GLOSSARY, ",Bakı,", f",Bak{char}ı,")
    line = next(
        n
        for n, row in enumerate((tmp_project / GLOSSARY).read_text().splitlines(), 1)
        if row.startswith("baku,")
    )
    code, out, _ = run_cli_output(capsys, "glossary", "validate")
    assert code == 1
    assert re.search(rf"^{GLOSSARY}:{line}:\d+: error: .*control character", out, re.M), out
    before = files_under(tmp_project)
    contents = {p: p.read_bytes() for p in before}
    for command in ("update", "extract", "build"):
        code, _, err = run_cli_output(capsys, command)
        assert_located(code, err, f"{GLOSSARY}:{line}:", "control character", "nothing written")
    assert {p: p.read_bytes() for p in files_under(tmp_project)} == contents


def test_invalid_glossary_never_becomes_a_catalogue(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = _glossary_row(tmp_project, "baku")
    with (tmp_project / GLOSSARY).open("a", encoding="utf-8") as fh:
        fh.write(row + "\n")  # a duplicate id: two msgctxt "baku" entries in glossary.po
    po_before = {p: p.read_bytes() for p in (tmp_project / "locales").rglob("*.po")}
    code, _, err = run_cli_output(capsys, "update")
    assert_located(code, err, f"{GLOSSARY}:", "duplicate id 'baku'", "update refused")
    assert {p: p.read_bytes() for p in (tmp_project / "locales").rglob("*.po")} == po_before
    code, _, err = run_cli_output(capsys, "glossary", "export", "-f", "po")
    assert_located(code, err, f"{GLOSSARY}:", "duplicate id 'baku'")
    assert {p: p.read_bytes() for p in (tmp_project / "locales").rglob("*.po")} == po_before


@pytest.mark.parametrize(
    ("ids", "needle"),
    [(["../../etc/x"], "bad id '../../etc/x'"), (["twice", "twice"], "duplicate id 'twice'")],
)
def test_import_merge_refuses_bad_ids_and_writes_nothing(
    tmp_project: Path, capsys: pytest.CaptureFixture[str], ids: list[str], needle: str
) -> None:
    header = (tmp_project / GLOSSARY).read_text(encoding="utf-8").splitlines()[0]
    row = _glossary_row(tmp_project, "baku")
    rows = [row.replace("baku,", f"{i},", 1) for i in ids]
    (tmp_project / "terms.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    before = (tmp_project / GLOSSARY).read_bytes()
    code, _, err = run_cli_output(
        capsys, "glossary", "import", "terms.csv", "--merge", "-o", str(GLOSSARY)
    )
    assert_located(code, err, f"terms.csv:{1 + len(ids)}:", needle, "nothing written")
    assert (tmp_project / GLOSSARY).read_bytes() == before
    assert not list(tmp_project.parent.glob("etc"))


# --- item 8 (non-PO): misleading glossary and seed errors ---------------------------------------


def test_cr_only_glossary_is_one_problem(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_project / GLOSSARY
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))
    code, out, _ = run_cli_output(capsys, "glossary", "validate")
    assert code == 2
    assert f"{GLOSSARY}:1:" in out and "CR (old Mac) line endings" in out
    assert out.count("error:") == 1


def test_header_only_glossary_says_it_is_empty(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_project / GLOSSARY
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    code, out, _ = run_cli_output(capsys, "glossary", "validate")
    assert code == 1
    assert "the glossary is empty" in out
    assert out.rstrip().endswith("empty: 0 concepts, 1 error(s), 0 warning(s)")


def test_overlong_csv_field_is_not_called_bad_quoting(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(tmp_project / GLOSSARY, ",history,", ',history,"' + "x" * 140_000 + '",')
    code, out, _ = run_cli_output(capsys, "glossary", "validate")
    assert code == 2
    assert "longer than 131,072 characters" in out
    assert "bad quoting" not in out


def test_seed_with_a_bom_has_front_matter(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_project / ARTICLE
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    code, out, err = run_cli_output(capsys, "extract")
    assert code == 0, err
    assert "missing YAML front matter" not in err
    assert "aliyev-occupation-remark.pot: 41 messages" in out


# --- item 9: no check is slower than linear on one long token or line ---------------------------


def _po_with(tmp_path: Path, msgid: str, msgstr: str, lang: str = "az") -> Path:
    po = tmp_path / f"long-{lang}.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {lang}\\n"\n\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n',
        encoding="utf-8",
    )
    return po


def test_az_ascii_stem_search_is_bounded_by_the_glossary(tmp_project: Path) -> None:
    from translate.checks import az_ascii
    from translate.checks.engine import Checker
    from translate.config import load_config

    checker = Checker(load_config(), tmp_project / GLOSSARY)
    ctx = checker.ctx
    forms = az_ascii._glossary_forms(ctx)
    lookups: list[str] = []

    class Counting(dict):
        def get(self, key, default=None):
            lookups.append(key)
            return super().get(key, default)

    ctx.caches["az-ascii.glossary"] = Counting(forms)
    az_ascii._info("Azerbaycanlilasdirilmaq" * 2, ctx)  # 46 letters, no glossary stem
    assert 0 < len(lookups) <= max(map(len, forms)) + 1


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Azerbaycan" * 9_000, "long-token"),  # a 90 KB ASCII "word"
        ("Azerbaycan" * 100_000, "long-message"),  # a 1 MB one
        ("1" * 5_000, "long-token"),  # a 5,000-digit number
        ("Azərbaycan ilə " * 70_000, "long-message"),  # a 1 MB line of real words
    ],
    # short ids: pytest puts the id in PYTEST_CURRENT_TEST, and a 1 MB variable is more than
    # the kernel lets a child process inherit (E2BIG when the CLI is started)
    ids=["90KB-word", "1MB-word", "5000-digits", "1MB-line"],
)
def test_over_long_tokens_and_lines_are_skipped_with_a_finding(
    cli, tmp_project: Path, text: str, check: str
) -> None:
    import json

    po = _po_with(tmp_project, "Azerbaijan and 1920.", text)
    out = cli("check", str(po), "-f", "json", "-j", "1", cwd=tmp_project)
    assert out.returncode in (0, 1), out.stderr
    findings = json.loads(out.stdout)["findings"]
    assert check in {f["check"] for f in findings}, findings
    out = cli("report", str(po), "-o", "r.html", cwd=tmp_project)
    assert out.returncode == 0, out.stderr
    assert check in (tmp_project / "r.html").read_text(encoding="utf-8")


def test_long_draft_line_is_skipped_with_a_finding(cli, tmp_project: Path) -> None:
    import json

    draft = tmp_project / "draft.md"
    text = (tmp_project / ARTICLE).read_text(encoding="utf-8")
    draft.write_text(
        text.replace("President Ilham", "Prezident " + "Azerbaycan " * 100_000 + "Ilham", 1),
        encoding="utf-8",
    )
    out = cli("check", "draft.md", "-l", "az", "-s", str(ARTICLE), "-f", "json", cwd=tmp_project)
    assert out.returncode in (0, 1), out.stderr
    assert "long-message" in {f["check"] for f in json.loads(out.stdout)["findings"]}


def test_draft_with_a_bom_aligns(tmp_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    source = (tmp_project / ARTICLE).read_text(encoding="utf-8")
    draft = tmp_project / "draft.md"
    draft.write_bytes(b"\xef\xbb\xbf" + source.encode("utf-8"))
    code, out, err = run_cli_output(
        capsys, "check", "draft.md", "-l", "az", "-s", str(ARTICLE), "-f", "json"
    )
    assert code in (0, 1), err
    findings = json.loads(out)["findings"]
    assert not [f for f in findings if f["check"] == "alignment"]
    assert not [f for f in findings if "title" in f["message"] and f["line"] == 1]


# --- found by tests/test_fuzz.py -----------------------------------------------------------------


def test_draft_with_an_impossible_date_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (tmp_project / ARTICLE).read_text(encoding="utf-8")
    (tmp_project / "draft.md").write_text(
        source.replace("date: 2025-08-30", "date: 2025-02-30"), encoding="utf-8"
    )
    code, out, err = run_cli_output(capsys, "check", "draft.md", "-l", "az", "-s", str(ARTICLE))
    # a check needs only the draft's title: it goes on, and says where the front matter is bad
    # (`build` still refuses such an article; test_impossible_date_in_front_matter_is_located)
    assert code in (0, 1), err
    assert "Traceback" not in err
    assert "front matter line 4" in out and "day is out of range" in out


def test_draft_whose_title_has_an_unquoted_colon_is_checked(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (tmp_project / ARTICLE).read_text(encoding="utf-8")
    title = next(line for line in source.splitlines() if line.startswith("title:"))
    (tmp_project / "draft.md").write_text(
        source.replace(title, "title: Bakı: ikinci gün"), encoding="utf-8"
    )
    code, out, err = run_cli_output(
        capsys, "check", "draft.md", "-l", "az", "-s", str(ARTICLE), "-f", "json"
    )
    assert code in (0, 1), err
    findings = json.loads(out)["findings"]
    notes = [f for f in findings if f["severity"] == "info" and "front matter" in f["message"]]
    assert notes and notes[0]["line"] == 1
    assert not [f for f in findings if f["check"] == "alignment" and f["severity"] == "error"]


def test_tbx_declaring_an_unknown_encoding_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli_output(capsys, "glossary", "export", "-f", "tbx", "-o", "g.tbx")
    assert code == 0, err
    tbx = tmp_project / "g.tbx"
    text = tbx.read_text(encoding="utf-8")
    assert text.startswith("<?xml")
    tbx.write_text(re.sub(r'encoding="[^"]+"', 'encoding="TF-8"', text, count=1), encoding="utf-8")
    code, _, err = run_cli_output(capsys, "glossary", "validate", "-g", "g.tbx")
    assert_located(code, err, "g.tbx:1:", "unknown encoding")


def test_nul_in_the_declared_charset_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_project / AZ_PO
    path.write_bytes(path.read_bytes().replace(b"charset=UTF-8", b"charset=UTF\x00-8", 1))
    for command in ("check", "compile", "status"):
        code, _, err = run_cli_output(capsys, command)
        assert_located(code, err, f"{AZ_PO}:", "charset")


def test_plural_forms_nested_300_deep_is_a_located_error(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_project / AZ_PO
    deep = "(" * 300 + "n != 1" + ")" * 300
    text = re.sub(
        r'"Plural-Forms: [^"]*"',
        f'"Plural-Forms: nplurals=2; plural={deep};\\\\n"',
        path.read_text(encoding="utf-8"),
    )
    assert deep in text
    path.write_text(text, encoding="utf-8")
    code, _, err = run_cli_output(capsys, "compile")
    assert code == 1
    assert f"{AZ_PO}:" in err and "nested 300 levels deep" in err
    for command in ("check", "status", "report", "build", "update"):
        code, _, err = run_cli_output(capsys, command)
        assert code in (0, 1, 2), (command, err)
        assert "Traceback" not in err and "internal error" not in err, (command, err)


def test_huge_unquoted_number_in_front_matter_is_located(
    tmp_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(tmp_project / ARTICLE, "lang: en\n", "lang: en\nwords: " + "9" * 5000 + "\n")
    code, _, err = run_cli_output(capsys, "extract")
    assert_located(code, err, f"{ARTICLE}:7:", "4300 digits", "quote the value")
