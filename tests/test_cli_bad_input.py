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
