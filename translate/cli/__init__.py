"""The `translate` command line: a thin Typer layer over the Python API.

Each command group lives in its own module and registers itself here. Errors that users can act
on (`translate.errors.UserError`) become a located message on stderr and exit code 2, never a
traceback.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import replace
from pathlib import Path

import typer

from translate.cli.coercion import PlainGroup
from translate.errors import UserError

#: the modules that register the commands, in the order `translate --help` lists them
MODULES = (
    "init_cmd",
    "glossary_cmd",
    "terms_cmd",
    "catalog_cmd",
    "check_cmd",
    "tm_cmd",
    "align_cmd",
    "candidates_cmd",
)

#: the one module that registers each of these top-level commands: `translate compile …`
#: imports and builds only that module's commands, not the other twenty (imports and Typer's
#: reading of every signature: a fifth of the start-up). Not here: `glossary` (two modules add
#: to it), options before the command, and anything else: those get every module.
#: tests/test_cli_startup.py checks the table against what the modules register.
COMMAND_MODULES = {
    "init": "init_cmd",
    "terms": "terms_cmd",
    "extract": "catalog_cmd",
    "update": "catalog_cmd",
    "compile": "catalog_cmd",
    "build": "catalog_cmd",
    "status": "catalog_cmd",
    "check": "check_cmd",
    "report": "check_cmd",
    "tm": "tm_cmd",
    "pretranslate": "tm_cmd",
    "align": "align_cmd",
}


#: set by `--debug`: an unexpected exception then shows its traceback
_debug = False

#: exit code of an unexpected exception (a bug): EX_SOFTWARE from sysexits.h, so it is never
#: mistaken for "findings" (1) or "bad input" (2)
EX_SOFTWARE = 70


def _version(value: bool) -> None:
    if value:
        from translate import __version__

        typer.echo(f"translate {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    debug: bool = typer.Option(
        False, "--debug", help="Show the traceback of an unexpected error (a bug to report)."
    ),
) -> None:
    """Terminology and localisation toolkit for az / ru / en newsroom articles."""
    global _debug
    _debug = debug


_apps: dict[tuple[str, ...], typer.Typer] = {}


def app_for(modules: tuple[str, ...] = MODULES) -> typer.Typer:
    """The root app with the commands of *modules* (every command by default), built once.

    The command modules are imported here, not at import time of the package, so
    `translate --version` stays fast and a broken optional module cannot take the whole CLI
    down."""
    if modules in _apps:
        return _apps[modules]
    root = typer.Typer(
        name="translate",
        help=(
            "Terminology and localisation toolkit for az / ru / en newsroom articles.\n\n"
            "Translators check drafts (`translate check`), editors read reports\n"
            "(`translate report`), build steps extract, update, compile and render\n"
            "editions. `translate COMMAND --help` shows each command's options.\n\n"
            "Examples:\n\n"
            "    translate glossary validate\n\n"
            "    translate check\n\n"
            "    translate report -o report.html"
        ),
        cls=PlainGroup,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    root.callback()(_root)
    for name in modules:
        importlib.import_module(f"translate.cli.{name}").register(root)
    _apps[modules] = root
    return root


def __getattr__(name: str) -> typer.Typer:
    # `translate.cli.app`, the whole CLI (Typer's test runner, the help tests), on first use
    if name == "app":
        return app_for()
    raise AttributeError(name)


def _relative(path: str) -> str:
    """An absolute path inside the current directory as the user would type it."""
    p = Path(path)
    if not p.is_absolute():
        return path
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return path


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script; maps UserError to exit code 2."""
    try:
        # With standalone_mode=False, click returns the code of `raise typer.Exit(n)` instead of
        # exiting: pass it on, or every "exit 1" would silently become 0.
        args = sys.argv[1:] if argv is None else argv
        module = COMMAND_MODULES.get(args[0]) if args else None
        app = app_for((module,) if module else MODULES)
        code = app(args=argv, prog_name="translate", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except UserError as exc:
        if exc.location is not None:
            exc.location = replace(exc.location, path=_relative(exc.location.path))
        typer.secho(f"error: {exc}" if exc.location is None else str(exc), err=True, fg="red")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        # Usage errors from Typer's bundled click: duck-typed, since Typer vendors its own copy.
        show = getattr(exc, "show", None)
        code = getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            show()
            sys.exit(code)
        _report_bug(exc)
        sys.exit(EX_SOFTWARE)


def _report_bug(exc: BaseException) -> None:
    """One line for a user, the traceback only for whoever debugs it."""
    if _debug:
        import traceback

        traceback.print_exception(exc)
    where = ""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        where = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
    reason = str(exc).splitlines()[0][:200] if str(exc) else ""
    typer.secho(
        f"internal error: {type(exc).__name__}{': ' + reason if reason else ''}{where}; this is "
        "a bug, please report it with the command and its input"
        + ("" if _debug else " (run again with --debug for the traceback)"),
        err=True,
        fg="red",
    )
