"""Configuration, the CLI shell and atomic writes: what every command stands on."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.config import config_from_table, load_config
from translate.errors import UserError
from translate.fileio import write_text_atomic


def test_repository_defaults(repo_root: Path) -> None:
    cfg = load_config(repo_root / "translate")  # from a sub-folder: root is still found
    assert cfg.root == repo_root
    assert cfg.source_language == "en"
    assert cfg.target_languages == ("az", "ru")
    assert cfg.glossary_path == repo_root / "glossary" / "glossary.csv"
    assert cfg.seeds_dir.is_dir()


def test_unknown_key_is_reported_with_location(tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        config_from_table(tmp_path, {"target_langauges": ["az"]}, source="pyproject.toml")
    assert "target_langauges" in str(err.value)
    assert err.value.location is not None and err.value.location.path == "pyproject.toml"


def test_bad_severity_value(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="severities"):
        config_from_table(tmp_path, {"severities": {"punctuation": "loud"}})


def test_outside_a_project_defaults_to_cwd(tmp_path: Path) -> None:
    cfg = load_config(tmp_path)
    assert cfg.root == tmp_path.resolve()


def test_atomic_write_skips_identical_content(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.po"
    assert write_text_atomic(target, "x\n") is True
    mtime = target.stat().st_mtime_ns
    assert write_text_atomic(target, "x\n") is False
    assert target.stat().st_mtime_ns == mtime
    assert write_text_atomic(target, "y\n") is True
    assert target.read_text() == "y\n"
    assert [p.name for p in target.parent.iterdir()] == ["b.po"]  # no temp files left


def test_version_and_help(cli) -> None:
    out = cli("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("translate ")
    helped = cli("--help")
    assert helped.returncode == 0
    for command in (
        "glossary",
        "terms",
        "extract",
        "update",
        "compile",
        "build",
        "status",
        "check",
    ):
        assert command in helped.stdout


def test_unknown_command_is_a_usage_error(cli) -> None:
    out = cli("frobnicate")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
