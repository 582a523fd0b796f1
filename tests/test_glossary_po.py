"""Gettext glossary catalogues: accepted by `msgfmt -c`, found by glibc's `gettext` at run time.

glibc ignores LANGUAGE when the locale is "C"/"POSIX", so the lookups run with LC_ALL=C.UTF-8
(built into glibc ≥ 2.35, listed by `locale -a` as C.utf8) and LANGUAGE=<lang>; no az or ru
locale needs to be generated.
"""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from babel.messages.plurals import get_plural

from translate.catalog.glossary_po import build_catalog, catalog_path, export_po
from translate.catalog.po import format_po
from translate.glossary import Glossary, load_glossary

DATA = Path(__file__).parent / "data" / "glossary"
MSGFMT = shutil.which("msgfmt")
GETTEXT = shutil.which("gettext")
needs_msgfmt = pytest.mark.skipif(MSGFMT is None, reason="GNU msgfmt not installed")
needs_gettext = pytest.mark.skipif(
    GETTEXT is None or MSGFMT is None, reason="GNU gettext not installed"
)


def _glossaries(repo_root: Path) -> list[Glossary]:
    out = [load_glossary(DATA / "good.csv")]
    shipped = repo_root / "glossary" / "glossary.csv"
    if shipped.exists():
        out.append(load_glossary(shipped))
    return out


def _utf8_c_locale() -> str | None:
    try:
        names = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    except OSError:
        return None
    for name in ("C.UTF-8", "C.utf8"):
        if name in names:
            return name
    return None


def assert_same_plural_rule(ours: str, cldr: str) -> None:
    """Plural rules compared by evaluation on n = 0..1000 with the standard library's independent
    C-expression evaluator, never by text: Babel's text changes between versions."""
    (n_ours, e_ours), (n_cldr, e_cldr) = (
        re.match(r"\s*nplurals=(\d+);\s*plural=(.*?);?\s*$", rule).groups() for rule in (ours, cldr)
    )
    assert n_ours == n_cldr
    f_ours, f_cldr = gettext.c2py(e_ours), gettext.c2py(e_cldr)
    assert [f_ours(n) for n in range(1001)] == [f_cldr(n) for n in range(1001)]


def test_catalog_content():
    gl = load_glossary(DATA / "good.csv")
    cat = build_catalog(gl, "ru", "en", revision_date="2025-08-30 12:00+0000")
    text = format_po(cat)
    po = polib.pofile(text)  # polib, an independent reader, is the oracle for what we wrote
    assert po.metadata["Language"] == "ru"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert_same_plural_rule(po.metadata["Plural-Forms"], get_plural("ru").plural_forms)
    assert_same_plural_rule(
        build_catalog(gl, "az", "en").header_value("Plural-Forms"), get_plural("az").plural_forms
    )
    nakh = po.find("Nakhchivan", msgctxt="nakhchivan")
    assert nakh.msgstr == "Нахчыван"
    assert "admitted: Нахичевань" in nakh.tcomment
    assert "Нахчыван is the house spelling" in nakh.tcomment
    assert '#. Capital of Azerbaijan, on the Caspian coast.\nmsgctxt "baku"\n' in text
    karabakh = po.find("Karabakh", msgctxt="karabakh")
    assert karabakh.tcomment.endswith("deprecated: Нагорный Карабах")
    assert len(po) == len(gl)


def test_export_writes_per_language_files_deterministically(tmp_path):
    gl = load_glossary(DATA / "good.csv")
    result = export_po(gl, tmp_path, ["az", "ru"], "en")
    written = [path for path, _ in result]
    assert result == [
        (tmp_path / "az/LC_MESSAGES/glossary.po", True),
        (tmp_path / "az/LC_MESSAGES/glossary.mo", True),
        (tmp_path / "ru/LC_MESSAGES/glossary.po", True),
        (tmp_path / "ru/LC_MESSAGES/glossary.mo", True),
    ]
    before = {p: p.read_bytes() for p in written}
    stamps = {p: p.stat().st_mtime_ns for p in written}
    # a second export, whatever the clock says, changes no byte and rewrites no file
    os.environ["SOURCE_DATE_EPOCH"] = "1"
    try:
        again = export_po(gl, tmp_path, ["az", "ru"], "en")
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert {p: p.read_bytes() for p in written} == before
    assert [changed for _, changed in again] == [False] * 4
    assert {p: p.stat().st_mtime_ns for p in written} == stamps
    # a content change moves the revision date (to SOURCE_DATE_EPOCH when set)
    gl.concepts[0].note = "changed"
    os.environ["SOURCE_DATE_EPOCH"] = "1756555200"
    try:
        export_po(gl, tmp_path, ["az"], "en")
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    az = polib.pofile(str(catalog_path(tmp_path, "az")))
    assert az.metadata["PO-Revision-Date"] == "2025-08-30 12:00+0000"


@needs_msgfmt
def test_msgfmt_check_accepts_every_catalogue(tmp_path, repo_root):
    for n, gl in enumerate(_glossaries(repo_root)):
        out = tmp_path / str(n)
        export_po(gl, out, ["az", "ru"], "en", mo=False)
        for lang in ("az", "ru"):
            po = catalog_path(out, lang)
            proc = subprocess.run(
                [MSGFMT, "-c", "--statistics", "-o", os.devnull, str(po)],
                capture_output=True,
                text=True,
            )
            assert proc.returncode == 0, proc.stderr
            # no warnings at all, only the statistics line
            assert proc.stderr.strip() == f"{len(gl)} translated messages.", proc.stderr


@needs_gettext
@pytest.mark.parametrize("compiler", ["msgfmt", "ours"])
def test_glibc_gettext_finds_every_term(tmp_path, repo_root, compiler):
    c_utf8 = _utf8_c_locale()
    if c_utf8 is None:
        pytest.skip("no C.UTF-8 locale: glibc ignores LANGUAGE under LC_ALL=C")
    for n, gl in enumerate(_glossaries(repo_root)):
        locales = tmp_path / f"{compiler}{n}"
        export_po(gl, locales, ["az", "ru"], "en", mo=compiler == "ours")
        for lang in ("az", "ru"):
            po = catalog_path(locales, lang)
            mo = po.with_suffix(".mo")
            if compiler == "msgfmt":
                subprocess.run([MSGFMT, "-c", "-o", str(mo), str(po)], check=True)
            assert mo.is_file()
            env = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "TEXTDOMAINDIR": str(locales),
                "LC_ALL": c_utf8,
                "LANGUAGE": lang,
            }
            for concept in gl:
                source = concept.preferred("en")
                target = concept.preferred(lang)
                proc = subprocess.run(
                    [GETTEXT, f"--context={concept.id}", "-d", "glossary", "--", source.text],
                    capture_output=True,
                    text=True,
                    env=env,
                )
                assert proc.returncode == 0, proc.stderr
                assert proc.stdout == target.text, (lang, concept.id)
            # a wrong context finds nothing: the lookup really is keyed by concept id
            proc = subprocess.run(
                [GETTEXT, "--context=no-such-id", "-d", "glossary", "--", source.text],
                capture_output=True,
                text=True,
                env=env,
            )
            assert proc.stdout == source.text


def test_update_carries_a_glossary_edit_into_glossary_po(tmp_project: Path, cli) -> None:
    """Editors change the CSV, not glossary.po: `translate update` regenerates the catalogues
    (and `translate compile` their .mo), so no stale rendering survives in locales/."""
    csv = tmp_project / "glossary" / "glossary.csv"
    text = csv.read_text(encoding="utf-8")
    edited = text.replace(
        "Modern Azerbaijan is the legal successor", "Today's Azerbaijan is the legal successor", 1
    )
    assert edited != text
    csv.write_text(edited, encoding="utf-8")
    proc = cli("update", cwd=tmp_project)
    assert proc.returncode == 0, proc.stderr
    po = tmp_project / "locales" / "az" / "LC_MESSAGES" / "glossary.po"
    assert "locales/az/LC_MESSAGES/glossary.po: updated from glossary/glossary.csv" in proc.stdout
    assert "Today's Azerbaijan is the legal successor" in po.read_text(encoding="utf-8")
    again = cli("update", cwd=tmp_project)
    assert "locales/az/LC_MESSAGES/glossary.po: unchanged" in again.stdout
