"""`--help` of every command, as a user reads it in an 80-column terminal: a one-line summary
in the command list, an example, and prose and examples that are neither re-wrapped nor eaten
as markup."""

from __future__ import annotations

import inspect
from itertools import pairwise
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from translate.cli import app

WIDTH = 80


def _commands() -> list[tuple[tuple[str, ...], Any]]:
    out: list[tuple[tuple[str, ...], Any]] = []

    def walk(path: tuple[str, ...], cmd: Any) -> None:
        out.append((path, cmd))
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            walk((*path, name), sub)

    walk((), typer.main.get_command(app))
    return out


COMMANDS = _commands()


def _paragraphs(cmd: Any) -> list[str]:
    return inspect.cleandoc(cmd.help or "").split("\n\n")


def test_every_command_is_listed() -> None:
    names = {" ".join(path) for path, _ in COMMANDS}
    for name in ("terms", "extract", "update", "compile", "build", "status", "check", "report"):
        assert name in names
    for name in ("validate", "show", "find", "export", "import"):
        assert f"glossary {name}" in names


@pytest.mark.parametrize(
    ("path", "cmd"), COMMANDS, ids=[" ".join(p) or "translate" for p, _ in COMMANDS]
)
def test_summary_is_one_line(path: tuple[str, ...], cmd: Any) -> None:
    # Typer prints a command's first paragraph in its parent's command list with its line
    # breaks as they are: a hard break there cut "(msgmerge\n semantics" mid-sentence.
    summary = _paragraphs(cmd)[0]
    assert "\n" not in summary, summary


@pytest.mark.parametrize(
    ("path", "cmd"), COMMANDS, ids=[" ".join(p) or "translate" for p, _ in COMMANDS]
)
def test_help_has_an_example_and_reads_at_80_columns(path: tuple[str, ...], cmd: Any) -> None:
    # in-process (Typer's runner, the same renderer) to keep the suite quick; the command list
    # below and tests/test_core_config.py go through a real `python -m translate`
    out = CliRunner().invoke(
        app, [*path, "--help"], env={"COLUMNS": str(WIDTH), "NO_COLOR": "1"}, prog_name="translate"
    )
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert all(len(line) <= WIDTH for line in lines)
    shown = [line.rstrip() for line in lines]
    body = "\n\n".join(_paragraphs(cmd)[1:]).replace("\\[", "[")
    assert "Example" in body, f"`translate {' '.join(path)} --help` shows no example"
    for line in inspect.cleandoc(body).splitlines():
        if not line.strip():
            continue
        # every line as written: not re-wrapped by the terminal, no [word] eaten as markup
        assert any(s.strip() == line.strip() for s in shown), (line, out.output)
        if line.lstrip().startswith("translate "):
            assert any(s.startswith("   ") and s.strip() == line.strip() for s in shown), line


def test_command_list_breaks_lines_only_where_the_terminal_ends(cli) -> None:
    out = cli("--help", columns=WIDTH)
    panel = out.stdout.split("Commands")[1].splitlines()[1:]
    rows = [line[1:-1].rstrip() for line in panel if line.startswith("│")]
    start = len(rows[0]) - len(rows[0].lstrip()) + len(rows[0].split()[0])
    start += len(rows[0][start:]) - len(rows[0][start:].lstrip())  # the description column
    room = WIDTH - 2 - start - 1  # inside the borders, less the right padding
    for prev, row in pairwise(rows):
        if row[:start].strip():  # a new command, not a continuation
            continue
        first_word = row.split()[0]
        assert len(prev[start:]) + 1 + len(first_word) > room, (prev, row)
