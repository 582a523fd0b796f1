"""Parity with GNU gettext on other tools' own test files (polib, Babel, translate-toolkit,
Weblate; `../shared/data/peer/`): compile's verdicts against `msgfmt -c`, status against
`msgfmt --statistics`, update against `msgmerge --previous`, and the TBX/CSV import. Files that
are broken give a located error, never a traceback. Skipped when the data or gettext is absent.

Differences that stay are listed in DEVIATIONS with their reason, and in the README
("Parity with GNU gettext"); any other difference fails the test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import REPO_ROOT, run_cli_output, run_translate

from translate.catalog.files import catalogue_stats, compile_catalogue
from translate.catalog.merge import lost_translations, merge
from translate.catalog.po import Catalog, Message, parse_po, read_po, write_po
from translate.errors import UserError

PEER = REPO_ROOT.parent / "shared" / "data" / "peer"
MSGFMT = shutil.which("msgfmt")
MSGMERGE = shutil.which("msgmerge")

pytestmark = pytest.mark.skipif(not PEER.is_dir(), reason="../shared/data/peer is not present")

CATALOGUES = sorted([*PEER.glob("*/*.po"), *PEER.glob("*/*.pot")]) if PEER.is_dir() else []
BROKEN = ("polib/test_syntax_error1.po", "babel/fi_BUGGY_messages.po")

#: file → why our verdict differs from msgfmt -c's (README, "Parity with GNU gettext"); none
#: today: the last one (tabs in `#|` lines, polib's test_indented.po) went with issue 11 §4
DEVIATIONS: dict[str, str] = {}

C_ENV = {**os.environ, "LC_ALL": "C"}


def _name(path: Path) -> str:
    return str(path.relative_to(PEER))


def _our_verdict(path: Path, tmp_path: Path) -> tuple[bool, str]:
    try:
        result = compile_catalogue(path, tmp_path / "out.mo")
    except UserError as exc:
        assert exc.location is not None and exc.location.line, f"{path}: error without a line"
        return False, str(exc)
    return result.ok, "; ".join(p.message for p in result.problems if p.severity == "error")


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext not installed")
def test_compile_verdicts_are_msgfmts(tmp_path: Path) -> None:
    differ: dict[str, str] = {}
    accepted_wrongly = []
    for path in CATALOGUES:
        gnu = subprocess.run(
            [MSGFMT, "-c", "-o", os.devnull, str(path)], capture_output=True, env=C_ENV
        )
        ours, why = _our_verdict(path, tmp_path)
        if ours != (gnu.returncode == 0):
            differ[_name(path)] = why or gnu.stderr.decode(errors="replace")
            if ours:
                accepted_wrongly.append(_name(path))
    agree = len(CATALOGUES) - len(differ)
    print(f"\ncompile vs msgfmt -c: {agree}/{len(CATALOGUES)} files agree")
    assert not accepted_wrongly, f"compile accepts what msgfmt -c rejects: {accepted_wrongly}"
    assert set(differ) <= set(DEVIATIONS), differ


def _msgfmt_statistics(path: Path) -> tuple[int, dict[str, int]]:
    r = subprocess.run(
        [MSGFMT, "--statistics", "-o", os.devnull, str(path)],  # type: ignore[list-item]
        capture_output=True,
        text=True,
        errors="replace",
        env=C_ENV,
    )
    counts = {}
    for key in ("translated", "fuzzy", "untranslated"):
        m = re.search(rf"(\d+) {key}", r.stderr)
        counts[key] = int(m.group(1)) if m else 0
    return r.returncode, counts


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext not installed")
def test_status_counts_are_msgfmt_statistics() -> None:
    compared = 0
    for path in CATALOGUES:
        rc, gnu = _msgfmt_statistics(path)
        if rc != 0:
            continue
        try:
            s = catalogue_stats(path)
        except UserError:
            assert _name(path) in DEVIATIONS
            continue
        compared += 1
        assert {"translated": s.translated, "fuzzy": s.fuzzy, "untranslated": s.untranslated} == (
            gnu
        ), _name(path)
    print(f"\nstatus vs msgfmt --statistics: {compared} files, all equal")
    assert compared >= len(CATALOGUES) - 5


def _derived_template(cat: Catalog) -> Catalog:
    """A template as the next release of the same program: every third message gone, every
    fifth reworded, translations and fuzziness dropped."""
    pot = Catalog(header=cat.header, path="derived.pot")
    for i, m in enumerate(cat.active):
        if m.is_header or i % 3 == 2:
            continue
        pot.messages.append(
            replace(
                m,
                msgid=m.msgid + " now" if i % 5 == 1 else m.msgid,
                msgstr="",
                msgstr_plural=[""] * len(m.msgstr_plural),
                flags=[f for f in m.flags if f != "fuzzy"],
                comments=[],
                previous_msgctxt=None,
                previous_msgid=None,
                previous_msgid_plural=None,
            )
        )
    return pot


def _pairs(tmp_path: Path) -> list[tuple[Path, Path]]:
    """(catalogue, template): the peers' own pairs, and each readable catalogue that declares
    its charset with a template derived from it (without a charset msgmerge reads bytes as
    ASCII and its output cannot be compared)."""
    pairs = [(PEER / "polib" / "test_merge_before.po", PEER / "polib" / "test_merge.pot")]
    pairs += [(po, PEER / "babel" / "messages.pot") for po in sorted(PEER.glob("babel/*.po"))]
    for i, path in enumerate(CATALOGUES):
        if path.suffix != ".po" or _name(path) in BROKEN:
            continue
        try:
            cat = read_po(path)
        except UserError:
            continue
        if "charset=" not in (cat.header_value("Content-Type") or ""):
            continue
        pot = tmp_path / f"derived-{i}.pot"
        write_po(pot, _derived_template(cat))
        pairs.append((path, pot))
    return [(po, pot) for po, pot in pairs if po.exists() and pot.exists()]


@pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext not installed")
def test_update_loses_nothing_and_leaves_nothing_stale(tmp_path: Path) -> None:
    lost_total = stale_total = merged = 0
    for po, pot in _pairs(tmp_path):
        if _name(po) in BROKEN:
            continue
        gnu = subprocess.run(
            [MSGMERGE, "--previous", "-q", "-o", "-", str(po), str(pot)],  # type: ignore[list-item]
            capture_output=True,
            text=True,
            errors="replace",
            env=C_ENV,
        )
        if gnu.returncode != 0:
            continue
        old = read_po(po)
        ours = merge(old, read_po(pot), old.header_value("Language") or "")
        theirs = parse_po(gnu.stdout, "msgmerge.po")
        lost = lost_translations(old, ours)
        ours_fuzzy = {m.key for m in ours.active if m.fuzzy}
        stale = [
            m.msgid
            for m in theirs.active
            if m.fuzzy and m.has_translation and m.key not in ours_fuzzy
        ]
        merged += 1
        lost_total += len(lost)
        stale_total += len(stale)
        assert not lost, (po, [m.msgid for m in lost])
        assert not stale, (po, pot, stale)
    print(
        f"\nupdate vs msgmerge --previous: {merged} merges, {lost_total} lost, {stale_total} stale"
    )
    assert merged >= 10


@pytest.mark.parametrize("rel", BROKEN)
def test_broken_files_give_a_located_error(rel: str, tmp_path: Path) -> None:
    path = PEER / rel
    if not path.exists():
        pytest.skip(f"{rel} is not present")
    shutil.copy(path, tmp_path / path.name)
    shutil.copy(PEER / "babel" / "messages.pot", tmp_path / "messages.pot")
    for args in (
        ("compile", path.name),
        ("status", path.name),
        ("update", "--template", "messages.pot", path.name),
    ):
        r = run_translate(*args, cwd=tmp_path)
        if args[0] == "compile" or r.returncode:
            assert r.returncode in (1, 2), (args, r.stdout, r.stderr)
            assert re.search(rf"{re.escape(path.name)}:\d+: ", r.stderr), (args, r.stderr)
        assert "Traceback" not in r.stderr, (args, r.stderr)


def test_tbx_and_csv_import(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    files = sorted([*PEER.glob("*/*.tbx"), *PEER.glob("*/*.csv")])
    imported = 0
    for path in files:
        out = tmp_path / f"{path.stem}.csv"
        args = ["glossary", "import", str(path), "-o", str(out)]
        if path.suffix == ".csv":
            args += ["--format", "weblate", "--source-lang", "en", "--target-lang", "cs"]
        code, out, err = run_cli_output(capsys, *args)
        text = out + err
        assert code in (0, 1, 2), (path, text)
        if code == 2:
            assert re.search(rf"{re.escape(path.name)}:\d+", text), (path, text)
            assert not out.exists()
        else:
            imported += 1
            assert "unknown administrative status" not in text, (path, text)
    print(f"\nTBX/CSV import: {imported}/{len(files)} files imported")
    assert imported >= len(files) - 2


def test_a_merged_message_keeps_every_peer_translation() -> None:
    """The same no-loss property on every readable peer catalogue merged with an empty
    template: everything becomes obsolete, nothing disappears."""
    for path in CATALOGUES:
        if path.suffix != ".po":
            continue
        try:
            old = read_po(path)
        except UserError:
            continue
        empty = Catalog(header=Message("", "Content-Type: text/plain; charset=UTF-8\n"))
        assert not lost_translations(old, merge(old, empty, "")), _name(path)
