"""The README's "Python API" examples run as written (doctests), from the repository root."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def _section(title: str) -> str:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def test_python_api_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)
    section = _section("Python API")
    test = doctest.DocTestParser().get_doctest(section, {}, "README: Python API", "README.md", 0)
    assert len(test.examples) >= 10  # the section holds the examples, not prose alone
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test)
    assert result.failed == 0, f"{result.failed} README example(s) failed (output above)"
