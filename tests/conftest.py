"""Fixtures shared by every test module."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from translate.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """`../shared/data`; tests that need it are skipped cleanly when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture
def tmp_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throw-away copy of this repository's data (pyproject, seeds, glossary, locales), with
    the current directory set to it, so commands can write without touching the real tree."""
    for name in ("pyproject.toml", "seeds", "glossary", "locales"):
        src = REPO_ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name)
        elif src.exists():
            shutil.copy2(src, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


class CliRun(NamedTuple):
    """What a user sees of one command: exit code, standard output, standard error."""

    code: int
    out: str
    err: str


def run_cli(*args: str) -> int:
    """`translate ARGS` in this process (no interpreter start-up), returning the exit code a
    shell would see; the output goes to the test's captured streams (`capsys`)."""
    try:
        main(list(args))
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        return 1  # a message instead of a code: Python prints it and exits 1
    return 0


def run_cli_output(capsys: pytest.CaptureFixture[str], *args: str) -> CliRun:
    """`run_cli` with the output it printed (and only that: earlier output is dropped)."""
    capsys.readouterr()
    code = run_cli(*args)
    out, err = capsys.readouterr()
    return CliRun(code, out, err)


def run_translate(
    *args: str,
    cwd: Path | None = None,
    columns: int = 100,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`python -m translate ARGS` in a subprocess, as a user runs it: this checkout's package
    (whether installed or not), no colours, a terminal COLUMNS wide; *env* adds variables."""
    path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "COLUMNS": str(columns),
        **(env or {}),
        "PYTHONPATH": path,
    }
    return subprocess.run(
        [sys.executable, "-m", "translate", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        input=stdin,
        timeout=timeout,
    )


#: the glossary CSV columns a small test glossary needs (rows give the same 21 fields)
GLOSSARY_CSV_HEADER = (
    "id,domain,pos,definition,note,en,en_admitted,en_deprecated,en_forbidden,en_case,"
    "az,az_admitted,az_deprecated,az_forbidden,az_case,"
    "ru,ru_admitted,ru_deprecated,ru_forbidden,ru_case,ru_inflection"
)


def terms_found(tmp_path: Path, rows: list[str], text: str, lang: str) -> list[tuple[str, str]]:
    """(surface, concept id) of every occurrence `translate terms --format json` reports in
    *text* with a glossary of *rows*, run as a user runs it (its own cache directory)."""
    (tmp_path / "glossary.csv").write_text(
        "\n".join([GLOSSARY_CSV_HEADER, *rows]) + "\n", encoding="utf-8"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    out = run_translate(
        "terms",
        "a.md",
        "--lang",
        lang,
        "--format",
        "json",
        "--glossary",
        "glossary.csv",
        cwd=tmp_path,
        env={"TRANSLATE_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert out.returncode == 0, out.stderr
    return [(o["surface"], o["concept_id"]) for o in json.loads(out.stdout)]


@pytest.fixture(scope="session")
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """`run_translate` as a fixture: `cli("check", "-o", "x.html", cwd=tmp_project)`."""
    return run_translate
