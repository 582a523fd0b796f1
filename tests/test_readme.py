"""The README is the contract with a new user and with CI: its two set-up commands, the CI
script that must run the second one verbatim, and a section for every command the CLI has."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from translate.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Set up section has no ```sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_two_setup_commands_install_then_run() -> None:
    main_job, tests = setup_commands()
    assert main_job.startswith("python3 -m pip install -e . && translate ")
    assert tests.startswith("python3 -m pip install -e '.[test]' && ")
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = setup_commands()[1]
    assert test_command in ci
    # ...inside a virtual environment created by this very run, never a reused one
    before = ci[: ci.index(test_command)]
    creates = [i for i, line in enumerate(before) if re.match(r'python3 -m venv "\$\w+', line)]
    activates = [
        i for i, line in enumerate(before) if re.match(r"(\.|source) \S*/bin/activate", line)
    ]
    assert creates and activates and creates[0] < activates[-1], "no fresh venv before the tests"
    assert any("mktemp -d" in line for line in before[: creates[0]]), "the venv path is not new"


def test_every_command_is_in_the_readme() -> None:
    cli = get_command(app)
    names = []
    for name, cmd in cli.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", None)
        names += [f"translate {name} {s}" for s in subs] if subs else [f"translate {name}"]
    missing = [n for n in names if n not in README]
    assert not missing, f"commands without a word in README.md: {missing}"
