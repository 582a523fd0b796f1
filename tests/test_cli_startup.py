"""What makes a `translate` process start fast changes nothing a user sees.

- Parameter values without pydantic (`translate.cli.coercion`) are Typer's own: the same value
  for every parameter of every command, the same error message for a bad one; `translate
  compile` no longer loads pydantic at all.
- A command named first builds only its own module's commands (`COMMAND_MODULES`): its help is
  the same as with every command, and the table says which module registers what."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
import typer
from conftest import REPO_ROOT, run_cli
from typer._coercion import build_runtime_param
from typer.testing import CliRunner

import translate.cli as cli
from translate.cli import app
from translate.cli.coercion import PlainRuntimeParam, install


def _installed() -> tuple[Any, list[tuple[str, Any]]]:
    group = typer.main.get_command(app)
    ctx = group.context_class(group, info_name="translate", **group.context_settings)
    install(group, ctx)
    params: list[tuple[str, Any]] = []
    stack: list[tuple[str, Any]] = [("translate", group)]
    while stack:
        name, cmd = stack.pop()
        stack.extend((f"{name} {sub}", c) for sub, c in getattr(cmd, "commands", {}).items())
        help_option = cmd.get_help_option(ctx)
        for p in [*cmd.params, *([help_option] if help_option else [])]:
            params.append((f"{name} {p.name}", p))
    return ctx, params


CTX, PARAMS = _installed()


def _samples(param: Any, tmp: Path) -> list[Any]:
    """Values a user can give this parameter: its default, and by its type typed strings,
    good and bad."""
    annotation = param.type_descriptor.annotation
    item = get_args(annotation)[0] if get_origin(annotation) is list else annotation
    one: list[Any] = ["plain text", ""]
    if isinstance(item, type) and issubclass(item, Enum):
        one = [m.value for m in item] + [str(next(iter(item)).value).upper(), "no-such-choice"]
    elif isinstance(item, type) and issubclass(item, Path):
        one = [str(tmp / "file.po"), str(tmp / "missing.po"), str(tmp), "-", "", "a/../b/"]
    elif item in (int, float):
        one = ["7", "-1", "1e3", "abc", 5, 2.5, 1000]
    elif item is bool:
        one = [True, False, "yes", "0"]
    values: list[Any] = [param.default] if param.default is not None else []
    if get_origin(annotation) is list:
        return [*values, (), tuple(one), one[0]]
    return [*values, *one]


def _outcome(runtime: Any, value: Any, param: Any) -> tuple[str, Any]:
    try:
        return "value", runtime._coerce_value(value, param=param, ctx=CTX)
    except Exception as exc:  # the error a user would see
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        return type(exc).__name__, message


def test_most_parameters_skip_pydantic() -> None:
    plain = [name for name, p in PARAMS if isinstance(p._runtime_param, PlainRuntimeParam)]
    # every command's --help, every path, choice and plain string at least
    assert len(plain) >= len(PARAMS) * 3 // 4, [n for n, _ in PARAMS if n not in plain]
    assert "translate compile files" in plain
    assert "translate compile output" in plain
    assert "translate compile help" in plain


@pytest.mark.parametrize(("name", "param"), PARAMS, ids=[n for n, _ in PARAMS])
def test_same_values_and_errors_as_typer(name: str, param: Any, tmp_path: Path) -> None:
    plain = param._runtime_param
    if not isinstance(plain, PlainRuntimeParam):
        pytest.skip("Typer's own conversion")
    (tmp_path / "file.po").write_text("", encoding="utf-8")
    typer_own = build_runtime_param(param.type_descriptor)
    for value in _samples(param, tmp_path):
        ours = _outcome(plain, value, param)
        theirs = _outcome(typer_own, value, param)
        assert ours == theirs, (name, value)
        assert type(ours[1]) is type(theirs[1]), (name, value)


def test_compile_does_not_load_pydantic(tmp_path: Path) -> None:
    po = tmp_path / "ru.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: ru\\n"\n"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
        'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
        'msgid "Baku"\nmsgstr "Баку"\n',
        encoding="utf-8",
    )
    script = (
        "import sys\nfrom translate.cli import main\ntry:\n    main(sys.argv[1:])\n"
        "finally:\n    print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, "compile", str(po), "-o", str(tmp_path / "ru.mo")],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
    assert (tmp_path / "ru.mo").read_bytes()[:4] == b"\xde\x12\x04\x95"


def test_a_bad_value_is_typers_usage_error(capsys: pytest.CaptureFixture[str]) -> None:

    assert run_cli("compile", "x.po", "--fail-under", "lots") == 2
    err = capsys.readouterr().err
    assert "--fail-under" in err and "Traceback" not in err


@pytest.mark.parametrize("name", sorted(cli.COMMAND_MODULES))
def test_a_command_alone_is_the_same_command(name: str) -> None:
    module = cli.COMMAND_MODULES[name]
    alone = typer.main.get_command(cli.app_for((module,)))
    # exactly the commands of that module, the ones the table gives it
    assert sorted(alone.commands) == sorted(
        n for n, m in cli.COMMAND_MODULES.items() if m == module
    )
    runner = CliRunner()
    env = {"COLUMNS": "100", "NO_COLOR": "1"}
    for args in ([name, "--help"], [name, "--no-such-option"]):
        got = runner.invoke(cli.app_for((module,)), args, env=env, prog_name="translate")
        want = runner.invoke(app, args, env=env, prog_name="translate")
        assert (got.exit_code, got.output) == (want.exit_code, want.output), args


def test_every_top_level_command_is_in_the_table_or_built_with_all() -> None:
    everything = typer.main.get_command(app)
    assert set(cli.COMMAND_MODULES) | {"glossary"} == set(everything.commands)


def test_typer_internals_that_moved_leave_typers_own_conversion(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The shortcut leans on Typer internals; a Typer release that changes them must cost speed
    only, never a command: the values then come from Typer's own conversion."""
    import translate.cli.coercion as coercion

    def moved(*args: Any, **kwargs: Any) -> None:
        raise TypeError("RuntimeParam.__init__() got an unexpected keyword argument")

    monkeypatch.setattr(coercion, "install", moved)
    po = tmp_path / "x.po"
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',
        encoding="utf-8",
    )
    assert run_cli("compile", str(po), "-o", str(tmp_path / "x.mo")) == 0
    assert (tmp_path / "x.mo").read_bytes()[:4] == b"\xde\x12\x04\x95"
