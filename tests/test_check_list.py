"""`translate check --list` reads the check registry only: it builds and loads no term index
and imports no morphology or Markdown parser, so listing the ids costs what start-up costs."""

from __future__ import annotations

from conftest import REPO_ROOT, run_translate

from translate.checks.registry import CHECKS

#: what running the checks needs and listing them does not
HEAVY = ("translate.terms", "translate.morph", "translate.glossary", "pymorphy3", "markdown_it")


def test_listing_the_checks_imports_no_term_index() -> None:
    got = run_translate("check", "--list", cwd=REPO_ROOT, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert got.returncode == 0, got.stderr
    assert [line.split()[0] for line in got.stdout.splitlines()] == list(CHECKS)
    imported = {
        line.split("|")[-1].strip()
        for line in got.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "translate.checks.registry" in imported  # the profile is really there
    assert sorted(m for m in imported if m.startswith(HEAVY)) == []
