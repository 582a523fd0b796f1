"""The gettext commands on catalogues anywhere (file mode), and `translate init`: what build
steps in other repositories use. Every command runs outside any project here."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run_translate

from translate.catalog.mo import read_mo
from translate.catalog.po import read_po

MSGFMT = shutil.which("msgfmt")
MSGMERGE = shutil.which("msgmerge")
REPO = Path(__file__).resolve().parents[1]

POT = r"""msgid ""
msgstr ""
"Project-Id-Version: app 2\n"
"Content-Type: text/plain; charset=UTF-8\n"

#, python-format
msgid "Hello %(name)s"
msgstr ""

msgid "Goodbye for now"
msgstr ""

msgid "%d file"
msgid_plural "%d files"
msgstr[0] ""
msgstr[1] ""
"""

AZ = r"""msgid ""
msgstr ""
"Project-Id-Version: app 1\n"
"Language: az\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#, python-format
msgid "Hello %(name)s"
msgstr "Salam %(name)s"

msgid "Goodbye"
msgstr "Sağ olun"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d fayl"
msgstr[1] "%d fayl"
"""


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A directory in no project: no pyproject.toml at or above it (tmp is outside the repo)."""
    d = tmp_path / "elsewhere"
    (d / "po").mkdir(parents=True)
    (d / "po" / "app.pot").write_text(POT, encoding="utf-8")
    (d / "po" / "az.po").write_text(AZ, encoding="utf-8")
    assert not any((p / "pyproject.toml").exists() for p in [d, *d.parents])
    return d


def test_update_compile_status_on_files(outside: Path) -> None:
    r = run_translate("update", "--template", "po/app.pot", "po/az.po", cwd=outside)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "po/az.po: updated; 2 kept, 1 fuzzy, 0 new, 0 obsolete"
    cat = read_po(outside / "po" / "az.po")
    bye = next(m for m in cat.active if m.msgid == "Goodbye for now")
    assert bye.fuzzy and bye.previous_msgid == "Goodbye" and bye.msgstr == "Sağ olun"
    assert cat.header_value("Project-Id-Version") == "app 1"  # the translators' value stays

    r = run_translate("status", "po/az.po", cwd=outside)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1].split()[:5] == ["po/az.po", "az", "2", "1", "0"]

    r = run_translate("compile", "po/az.po", "-o", "out/az.mo", cwd=outside)
    assert r.returncode == 0, r.stderr
    mo = read_mo((outside / "out" / "az.mo").read_bytes())
    assert mo[b"Hello %(name)s"] == b"Salam %(name)s"
    assert b"Goodbye for now" not in mo  # fuzzy: left out, as msgfmt does
    if MSGFMT:
        gnu = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", "po/az.po"], cwd=outside)
        assert gnu.returncode == 0


@pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext not installed")
def test_update_file_mode_agrees_with_msgmerge(outside: Path) -> None:
    gnu = subprocess.run(
        [MSGMERGE, "--previous", "-q", "-o", "-", "po/az.po", "po/app.pot"],
        cwd=outside,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    run_translate("update", "--template", "po/app.pot", "po/az.po", cwd=outside)
    ours = read_po(outside / "po" / "az.po")
    (outside / "gnu.po").write_text(gnu, encoding="utf-8")
    theirs = read_po(outside / "gnu.po")

    def view(cat):
        return {
            (m.msgid, m.obsolete): (m.fuzzy, m.msgstr, m.msgstr_plural, m.previous_msgid)
            for m in cat.messages
        }

    assert view(ours) == view(theirs)


def test_compile_file_mode_errors_are_located_and_write_nothing(outside: Path) -> None:
    po = outside / "po" / "az.po"
    po.write_text(AZ.replace('"Salam %(name)s"', '"Salam %s"'), encoding="utf-8")
    r = run_translate("compile", "po/az.po", cwd=outside)
    assert r.returncode == 1
    assert "po/az.po:9: error: python-format:" in r.stderr
    assert "Traceback" not in r.stderr
    assert not po.with_suffix(".mo").exists()


def test_file_mode_usage_errors_exit_2(outside: Path) -> None:
    assert run_translate("update", "po/az.po", cwd=outside).returncode == 2
    assert run_translate("update", "--template", "po/app.pot", cwd=outside).returncode == 2
    r = run_translate("update", "--template", "po/app.pot", "po/missing.po", cwd=outside)
    assert r.returncode == 2 and "po/missing.po" in r.stderr and "Traceback" not in r.stderr


def test_init_then_the_readme_main_job_works(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    main_job = next(line for line in readme.splitlines() if line.startswith("python3 -m pip"))
    job = main_job.split(" && ", 1)[1]  # the install is this checkout's (PYTHONPATH) here
    r = run_translate("init", "newsroom", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    root = tmp_path / "newsroom"
    for rel in ("pyproject.toml", "glossary/glossary.csv", ".pre-commit-config.yaml"):
        assert (root / rel).is_file(), rel
    assert (root / "seeds").is_dir() and (root / "locales").is_dir()
    assert "[tool.translate]" in (root / "pyproject.toml").read_text(encoding="utf-8")
    header = (root / "glossary" / "glossary.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,domain,pos,definition,note,en,")
    for step in job.split(" && "):
        argv = step.split()
        assert argv[0] == "translate"
        r = run_translate(*argv[1:], cwd=root)
        assert r.returncode == 0, (step, r.stdout, r.stderr)
    # and refuses to overwrite
    r = run_translate("init", "newsroom", cwd=tmp_path)
    assert r.returncode == 2 and "already exists" in r.stderr


def test_check_on_a_catalogue_outside_any_project(outside: Path) -> None:
    r = run_translate("check", "po/az.po", cwd=outside)
    assert r.returncode == 0, r.stderr
    assert "in 1 file(s), 3 message(s) checked" in r.stdout
