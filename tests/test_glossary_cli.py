"""`translate glossary …` as a user runs it: output, files written, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import run_cli_output, run_translate

from translate.glossary import load_glossary

DATA = Path(__file__).parent / "data" / "glossary"


@pytest.fixture
def project(tmp_project: Path) -> Path:
    """A project whose glossary is the small test glossary (the real one may not exist yet)."""
    (tmp_project / "glossary").mkdir(exist_ok=True)
    shutil.copy(DATA / "good.csv", tmp_project / "glossary" / "glossary.csv")
    return tmp_project


def test_validate_clean(project, capsys):
    code, out, _ = run_cli_output(capsys, "glossary", "validate")
    assert code == 0
    assert out == "glossary/glossary.csv: valid: 8 concepts, 0 error(s), 0 warning(s)\n"


def test_validate_errors_exit_1_with_located_messages(project, capsys):
    code, out, _ = run_cli_output(
        capsys, "glossary", "validate", "--glossary", str(DATA / "broken-rules.csv")
    )
    assert code == 1
    path = DATA / "broken-rules.csv"
    assert f"{path}:3:1: error: duplicate id 'baku' (first used on line 2) [duplicate-id]\n" in out
    assert "  hint: ids are unique and never reused" in out
    assert f"{path}:8:43: warning: homograph:" in out
    assert out.rstrip().endswith("invalid: 22 concepts, 18 error(s), 6 warning(s)")


def test_warnings_alone_exit_0(project, capsys):
    text = (DATA / "good.csv").read_text(encoding="utf-8")
    text += "caspian,geography,propn,,,Baku,,,,,Xəzər,,,,,Каспий,,,,,\n"  # homograph of baku
    (project / "glossary" / "glossary.csv").write_text(text, encoding="utf-8")
    code, out, _ = run_cli_output(capsys, "glossary", "validate")
    assert code == 0
    assert "warning: homograph: en term 'Baku' of 'caspian'" in out
    assert "valid: 9 concepts, 0 error(s), 1 warning(s)" in out


def test_malformed_file_exits_2(project, capsys):
    path = project / "glossary" / "glossary.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    code, out, _ = run_cli_output(capsys, "glossary", "validate")
    assert code == 2
    assert "glossary/glossary.csv:1:1: error: the file starts with a byte-order mark (BOM)" in out
    assert "malformed: 8 concepts" in out
    # other commands refuse it too, listing the problem, exit 2
    code, _, err = run_cli_output(capsys, "glossary", "show")
    assert code == 2
    assert "byte-order mark" in err and "Traceback" not in err


def test_missing_glossary_exits_2(project, capsys):
    code, _, err = run_cli_output(capsys, "glossary", "validate", "--glossary", "nope.csv")
    assert code == 2
    assert err.startswith("nope.csv: glossary not found")


def test_show_table_and_detail(project, capsys):
    code, out, _ = run_cli_output(capsys, "glossary", "show")
    assert code == 0
    assert "glossary/glossary.csv: 8 concepts" in out
    for word in ("nakhchivan", "Naxçıvan", "Нахчыван", "44-day-war"):
        assert word in out
    code, out, _ = run_cli_output(capsys, "glossary", "show", "nakhchivan")
    assert code == 0
    assert "nakhchivan  (geography, propn)" in out
    assert "Нахичевань" in out and "admitted" in out
    assert "Нахчыван=like караван" in out
    assert "Nakhichevan" in out and "deprecated" in out


def test_show_unknown_id_suggests_the_closest(project, capsys):
    code, _, err = run_cli_output(capsys, "glossary", "show", "nakhchevan")
    assert code == 2
    assert "no concept with id 'nakhchevan'" in err
    assert "did you mean: nakhchivan" in err
    # a term instead of an id finds its concept too
    code, _, err = run_cli_output(capsys, "glossary", "show", "Bakı")
    assert code == 2 and "did you mean: baku" in err


@pytest.mark.parametrize(
    ("query", "concept", "matched"),
    [
        ("baki", "baku", "az: Bakı"),
        ("BAKI", "baku", "az: Bakı"),
        ("azerbaycan", "azerbaijan", "az: Azərbaycan"),
        ("нахичевань", "nakhchivan", "ru: Нахичевань (admitted)"),
        ("kiev", "kyiv", "en: Kiev (forbidden)"),
        ("muharibe", "44-day-war", "az: 44 günlük müharibə"),
    ],
)
def test_find_is_case_and_diacritic_aware(project, capsys, query, concept, matched):
    code, out, _ = run_cli_output(capsys, "glossary", "find", query)
    assert code == 0
    row = next(line for line in out.splitlines() if f" {concept} " in line)
    assert matched in row


def test_find_nothing_exits_1(project, capsys):
    code, out, err = run_cli_output(capsys, "glossary", "find", "zzzz")
    assert code == 1
    assert out == "" and "no term matches 'zzzz'" in err


def test_export_csv_tbx_po(project, capsys):
    code, out, _ = run_cli_output(capsys, "glossary", "export", "--format", "csv")
    assert code == 0
    assert out == (DATA / "good.csv").read_text(encoding="utf-8")
    code, _, err = run_cli_output(
        capsys, "glossary", "export", "--format", "tbx", "-o", "out/g.tbx"
    )
    assert code == 0 and "wrote out/g.tbx (8 concepts)" in err
    assert load_glossary(project / "out" / "g.tbx").same_content(load_glossary(DATA / "good.csv"))
    code, _, err = run_cli_output(capsys, "glossary", "export", "--format", "tbx", "-o", "g.csv")
    assert code == 2 and "needs a .tbx or .xml output file" in err
    code, out, _ = run_cli_output(capsys, "glossary", "export", "--format", "po")
    assert code == 0
    assert "wrote locales/az/LC_MESSAGES/glossary.po" in out
    assert (project / "locales" / "ru" / "LC_MESSAGES" / "glossary.po").is_file()
    assert (project / "locales" / "ru" / "LC_MESSAGES" / "glossary.mo").is_file()
    code, out, _ = run_cli_output(capsys, "glossary", "export", "--format", "po")
    assert "unchanged locales/az/LC_MESSAGES/glossary.po" in out


def test_import_tbx_and_weblate(project, capsys):
    code, out, err = run_cli_output(capsys, "glossary", "import", str(DATA / "tbx2008-okapi.tbx"))
    assert code == 0
    assert out.startswith("id,domain,pos,definition,note,en,")
    assert "kyiv,geography,propn,Capital of Ukraine.,,Kyiv,,,Kiev," in out
    assert "imported 3 concepts (en, az, ru)" in err
    code, _, err = run_cli_output(
        capsys,
        "glossary",
        "import",
        str(DATA / "weblate-en-az.csv"),
        "--source-lang",
        "en",
        "--target-lang",
        "az",
        "-o",
        "weblate.csv",
    )
    assert code == 0
    assert "fuzzy translation 'Dağlıq Qarabağ' of 'Karabakh' skipped" in err
    imported = load_glossary(project / "weblate.csv")
    assert imported.get("occupation").preferred("az").text == "işğal"
    # --merge adds the new concepts to the glossary and keeps the existing ones
    code, out, _ = run_cli_output(
        capsys, "glossary", "import", str(DATA / "weblate-en-az.csv"), "--merge"
    )
    assert code == 0
    ids = [line.split(",", 1)[0] for line in out.splitlines()[1:]]
    assert ids[:8] == [c.id for c in load_glossary(DATA / "good.csv")]
    assert "south-caucasus" in ids and ids.count("baku") == 1


def test_import_unsafe_xml_exits_2(project, capsys):
    code, _, err = run_cli_output(capsys, "glossary", "import", str(DATA / "billion-laughs.tbx"))
    assert code == 2
    assert "refusing unsafe XML" in err


@pytest.mark.parametrize("command", ["validate", "show", "find", "export", "import"])
def test_help_shows_an_example(capsys, command):
    code, out, _ = run_cli_output(capsys, "glossary", command, "--help")
    assert code == 0
    assert "Example" in out
    assert f"translate glossary {command}" in out
    assert "--glossary" in out


def test_console_script_on_this_repository(repo_root):
    if not (repo_root / "glossary" / "glossary.csv").exists():
        pytest.skip("glossary/glossary.csv not written yet")
    proc = run_translate("glossary", "validate", cwd=repo_root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("glossary/glossary.csv: valid:")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "malformed-bom-crlf.csv",
            [
                ":1:1: error: the file starts with a byte-order mark (BOM) [csv-bom]",
                ":1:194: error: Windows line ending (CRLF) (and 8 more line(s)) [csv-line-ending]",
            ],
        ),
        (
            "malformed-cp1251.csv",
            [":4:48: error: invalid UTF-8: 0xCC 0xEE 0xF1 0xEA and 2 more [csv-encoding]"],
        ),
        (
            "malformed-quoting.csv",
            [
                ":3:1: error: this row has 22 fields, the header has 21 [csv-columns]",
                ":5:23: error: a quoted value opened on line 5 is never closed (it swallows "
                "everything up to line 9) [csv-quoting]",
            ],
        ),
    ],
)
def test_malformed_fixtures_exit_2_with_every_problem(project, capsys, name, expected):
    path = DATA / name
    code, out, _ = run_cli_output(capsys, "glossary", "validate", "--glossary", str(path))
    assert code == 2
    located = [line for line in out.splitlines() if line.startswith(str(path) + ":")]
    assert located[:-1] == [f"{path}{line}" for line in expected]
    assert located[-1].startswith(f"{path}: malformed: ")
    assert "Traceback" not in out


def test_show_prints_brackets_literally(project, capsys):
    path = project / "glossary" / "glossary.csv"
    text = path.read_text(encoding="utf-8").replace(
        "Kiev is the Russian-based spelling.", "Kiev [sic] is the [bold]Russian-based spelling."
    )
    path.write_text(text, encoding="utf-8")
    code, out, _ = run_cli_output(capsys, "glossary", "show", "kyiv")
    assert code == 0
    assert "note: Kiev [sic] is the [bold]Russian-based spelling." in out
