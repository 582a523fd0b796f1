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
        (("check", "-o", "seeds"), "seeds:", "is a directory"),
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


@pytest.mark.parametrize(
    "args", [("status",), ("check",), ("glossary", "validate"), ("report", "-o", "r.html")]
)
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
