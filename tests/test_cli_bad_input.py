"""Bad input through the real command line: every case exits 2 with a located message and a
hint, never a traceback, and leaves the files it would have written as they were."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha1(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix != ".mo"
    }


def assert_usage_error(out: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr + out.stdout
    for needle in needles:
        assert needle in out.stderr, (needle, out.stderr)


# --- outputs that cannot be written -----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "where", "why"),
    [
        (("report", "-o", "seeds"), "seeds:", "is a directory"),
        (
            ("report", "-o", "seeds/aliyev-occupation-remark.md/r.html"),
            "seeds/aliyev-occupation-remark.md/r.html:",
            "Not a directory",
        ),
        (("glossary", "export", "-f", "tbx", "-o", "seeds/x/g.tbx"), "", "cannot write file"),
        (
            ("glossary", "export", "-f", "po", "-o", "seeds/aliyev-occupation-remark.md"),
            "seeds/aliyev-occupation-remark.md/az/LC_MESSAGES/glossary.po:",
            "Not a directory",
        ),
        (
            ("glossary", "import", "glossary/glossary.csv", "-o", "seeds"),
            "seeds:",
            "",
        ),
    ],
)
def test_unwritable_output_is_a_located_error(
    cli, tmp_project: Path, args: tuple[str, ...], where: str, why: str
) -> None:
    if args[:3] == ("glossary", "export", "-f") and args[3] == "tbx":
        (tmp_project / "seeds" / "x").write_text("a file where a folder should be")
    before = snapshot(tmp_project)
    out = cli(*args, cwd=tmp_project)
    assert_usage_error(out, where, why)
    assert "hint:" in out.stderr
    assert snapshot(tmp_project) == before


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_output_in_a_read_only_place(cli, tmp_project: Path) -> None:
    out = cli("report", "-o", "/proc/x.html", cwd=tmp_project)
    assert_usage_error(out, "/proc/x.html: cannot write file", "hint:")


def test_a_file_where_the_templates_folder_should_be(cli, tmp_project: Path) -> None:
    templates = tmp_project / "locales" / "templates"
    for pot in templates.iterdir():
        pot.unlink()
    templates.rmdir()
    templates.write_text("not a folder")
    out = cli("extract", cwd=tmp_project)
    assert_usage_error(out, "templates", "cannot write file: Not a directory")


# --- a broken [tool.translate] ----------------------------------------------------------------


def _set_in_tool_table(project: Path, line: str) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    assert "[tool.translate]\n" in text
    key = line.split("=")[0].strip()
    kept = [x for x in text.splitlines() if not x.startswith(f"{key} =")]
    text = "\n".join(kept) + "\n"
    pyproject.write_text(text.replace("[tool.translate]\n", f"[tool.translate]\n{line}\n"))


@pytest.mark.parametrize("args", [("status",), ("report", "-o", "r.html")])
def test_broken_toml_is_not_silently_replaced_by_defaults(
    cli, tmp_project: Path, args: tuple[str, ...]
) -> None:
    _set_in_tool_table(tmp_project, "glossary = [1")
    before = snapshot(tmp_project)
    out = cli(*args, cwd=tmp_project)
    assert_usage_error(out, "pyproject.toml:", "invalid TOML", "hint:")
    assert snapshot(tmp_project) == before


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("severities = 'x'", "severities must be a table"),
        ("quotes = 3", "quotes must be a table"),
        ("glossary = 3", "glossary must be a path"),
        ("target_languages = 'az'", "target_languages must be a list"),
        ("source_language = 1", "source_language must be a language code"),
    ],
)
def test_wrong_value_types_name_the_line(cli, tmp_project: Path, line: str, needle: str) -> None:
    _set_in_tool_table(tmp_project, line)
    out = cli("status", cwd=tmp_project)
    assert_usage_error(out, needle, "hint: for example")
    first = out.stderr.splitlines()[0]
    number = int(first.split("pyproject.toml:")[1].split(":")[0])
    lines = (tmp_project / "pyproject.toml").read_text().splitlines()
    assert lines[number - 1] == line


def test_a_broken_pyproject_of_another_tool_is_still_skipped(tmp_path: Path) -> None:
    from translate.config import load_config

    (tmp_path / "pyproject.toml").write_text("[project\nname = 'x'\n")
    assert load_config(tmp_path).root == tmp_path.resolve()


# --- wrong values of options, wrong kinds of paths ---------------------------------------------


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (
            ("check", "locales/az/LC_MESSAGES/aliyev-occupation-remark.po", "--lang", "xx"),
            ("unknown language 'xx'", "hint: use --lang az or --lang ru"),
        ),
        (
            ("check", "seeds/aliyev-occupation-remark.md", "--lang", "xx", "--source", "x.md"),
            ("unknown language 'xx'",),
        ),
        (
            ("glossary", "find", "baki", "--lang", "xx"),
            ("unknown language 'xx'", "has terms in en, az, ru"),
        ),
        (("check", "seeds"), ("seeds: no PO files or drafts here", "hint:")),
        (("report", "seeds", "-o", "r.html"), ("seeds: no PO files here", "hint:")),
    ],
)
def test_wrong_language_or_an_empty_selection_is_a_usage_error(
    cli, tmp_project: Path, args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    before = snapshot(tmp_project)
    assert_usage_error(cli(*args, cwd=tmp_project), *needles)
    assert snapshot(tmp_project) == before


def test_unknown_check_id_in_severities(cli, tmp_project: Path) -> None:
    _set_in_tool_table(tmp_project, "severities = { punctuaton = 'off' }")
    for args in (("check",), ("report", "-o", "r.html")):
        out = cli(*args, cwd=tmp_project)
        assert_usage_error(out, "pyproject.toml:", "unknown check(s): punctuaton", "--list")
    assert not (tmp_project / "r.html").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("terms", "seeds/aliyev-occupation-remark.md", "--lang", "en", "-g", "glossary"),
        ("check", "-g", "glossary"),
        ("glossary", "validate", "-g", "glossary"),
        ("glossary", "import", "glossary"),
    ],
)
def test_a_directory_given_as_the_glossary(cli, tmp_project: Path, args: tuple[str, ...]) -> None:
    out = cli(*args, cwd=tmp_project)
    assert_usage_error(out, "glossary: is a directory, not a glossary file", "hint:")
    assert "unknown glossary format" not in out.stderr


def test_import_checks_the_output_before_reading(cli, tmp_project: Path) -> None:
    out = cli("glossary", "import", "glossary/glossary.csv", "-o", "glossary", cwd=tmp_project)
    assert_usage_error(out, "glossary: --output must name a .csv or .tbx file")
    assert "imported 77 concepts" not in out.stderr


def test_import_of_a_broken_csv_lists_each_problem_once(cli, tmp_project: Path) -> None:
    (tmp_project / "b.csv").write_text('id,domain,pos,en,az,ru\nbaku,geo,noun,"Baku,Bakı,Баку\n')
    before = snapshot(tmp_project)
    out = cli("glossary", "import", "b.csv", "-o", "glossary/glossary.csv", cwd=tmp_project)
    assert_usage_error(out, "b.csv:2:15:", "is never closed (it swallows the rest of the file)")
    assert out.stderr.count("never closed") == 1
    assert snapshot(tmp_project) == before


# --- the gettext workflow: stop before writing ------------------------------------------------

BAD_PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hi\nmsgstr ""\n'
)


def test_build_writes_no_edition_when_a_catalogue_does_not_parse(cli, tmp_project: Path) -> None:
    po = tmp_project / "locales" / "ru" / "LC_MESSAGES" / "moscow-cant-erase-1920.po"
    po.write_text(BAD_PO, encoding="utf-8")
    out = cli("build", cwd=tmp_project)
    # relative to where the user stands, with the line of the syntax error
    assert_usage_error(out, "locales/ru/LC_MESSAGES/moscow-cant-erase-1920.po:5:", "hint:")
    assert not out.stderr.startswith("/")
    assert not (tmp_project / "build").exists()  # not even the editions before the broken one


def test_update_refuses_an_empty_template(cli, tmp_project: Path) -> None:
    (tmp_project / "locales" / "templates" / "aliyev-occupation-remark.pot").write_text("")
    before = snapshot(tmp_project)
    out = cli("update", cwd=tmp_project)
    assert_usage_error(
        out, "locales/templates/aliyev-occupation-remark.pot: the template is empty", "extract"
    )
    assert snapshot(tmp_project) == before  # the translations did not all turn obsolete


def test_extract_and_compile_say_what_is_missing(cli, tmp_project: Path) -> None:
    (tmp_project / "glossary" / "glossary.csv").unlink()
    out = cli("extract", cwd=tmp_project)
    assert out.returncode == 0
    assert "note: no glossary at glossary/glossary.csv" in out.stderr
    for po in (tmp_project / "locales").rglob("*.po"):
        po.unlink()
    out = cli("compile", cwd=tmp_project)
    assert out.returncode == 0
    assert "note: no catalogues under locales" in out.stderr


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("check", "-j", "0"), ("--jobs", "greater than or equal to 1")),
        (("status", "--format", "xml"), ("'xml' is not one of 'text', 'json'",)),
        (
            ("check", "d.md", "--lang", "az", "--source", "seeds"),
            ("seeds: is a directory, not a source article", "hint:"),
        ),
    ],
)
def test_option_values_out_of_range(
    cli, tmp_project: Path, args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    (tmp_project / "d.md").write_text("Salam\n", encoding="utf-8")
    assert_usage_error(cli(*args, cwd=tmp_project), *needles)


@pytest.mark.parametrize(
    ("name", "data", "line"),
    [
        ("draft.md", "Azərbaycan\n\nBakı şəhəri\n".encode() + b"Bak\xfd\n", 4),
        ("x.po", b'msgid ""\nmsgstr ""\n"Language: az\\n"\n\nmsgid "a"\nmsgstr "Bak\xfd"\n', 6),
    ],
)
def test_check_names_the_line_of_a_non_utf8_byte(
    cli, tmp_project: Path, name: str, data: bytes, line: int
) -> None:
    (tmp_project / name).write_bytes(data)
    out = cli("check", name, "--lang", "az", cwd=tmp_project)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert f"{name}:{line}: not valid UTF-8 text (byte 0xFD)" in out.stderr
    assert "iconv" in out.stderr


def test_check_of_a_missing_file_says_what_to_do(cli, tmp_project: Path) -> None:
    out = cli("check", "nope.po", cwd=tmp_project)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "nope.po: no such file" in out.stderr and "hint:" in out.stderr
