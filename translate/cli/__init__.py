"""The `translate` command line: a thin Typer layer over the Python API.

Each command group lives in its own module and registers itself here. Errors that users can act
on (`translate.errors.UserError`) become a located message on stderr and exit code 2, never a
traceback.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import typer

from translate.cli.coercion import PlainGroup
from translate.errors import UserError

app = typer.Typer(
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


@app.callback()
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


def _register() -> None:
    # Imported here so `translate --version` stays fast and a broken optional module cannot
    # take the whole CLI down at import time of the package.
    from translate.cli import (
        align_cmd,
        candidates_cmd,
        catalog_cmd,
        check_cmd,
        glossary_cmd,
        init_cmd,
        terms_cmd,
        tm_cmd,
    )

    modules = (init_cmd, glossary_cmd, terms_cmd, catalog_cmd, check_cmd, tm_cmd, align_cmd)
    for module in (*modules, candidates_cmd):
        module.register(app)


_register()


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
