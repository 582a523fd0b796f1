"""Parameter values converted without pydantic where Typer's own conversion is a plain call.

Why: Typer 0.29 converts every parameter value that is not already a flag's bool through a
pydantic `TypeAdapter`, built on first use. Importing pydantic and pydantic-core and building
the adapters cost about 0.2 s of CPU in every `translate` process (measured with
`python -X importtime` and cProfile on `translate compile`), as much as msgfmt needs to compile
20,000 messages. For the shapes our commands use, Typer's adapter only wraps a function of Typer's
own or returns the value as it is:

- a `Path` (no `parser`): `typer._param_types.coerce_cli_path`, after `Path(str)` (pydantic's
  conversion of a str to a `Path` is `Path(str)`);
- an `Enum` or `Literal` choice: `coerce_cli_choice`;
- a `str` or a `bool` that is already one; a number that is already of its type and within
  `min`/`max` (a default); a list of these.

Those are called here directly, with the same arguments. Everything else (a number typed on the
command line, a datetime, a tuple, a custom `parser`), and every value that fails, goes to
Typer's own adapter, so what a command receives and every error message stay Typer's.

This reaches into Typer's internals (`_TyperParameter._runtime_param`, `RuntimeParam`). When they
are not there (another Typer version), `install` does nothing and Typer works as it always does,
only slower; `tests/test_cli_startup.py` checks the values are Typer's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Any, get_args, get_origin

try:  # Typer's internals: present in the 0.29 series
    from typer import _param_types
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._typing import is_literal_type, is_number_type, literal_values
    from typer.core import TyperGroup, _TyperParameter
except ImportError:  # pragma: no cover - another Typer: no shortcut, Typer's own conversion
    RuntimeParam = None  # type: ignore[assignment,misc]
    from typer.core import TyperGroup

#: (value, parameter, click context) -> the value the command receives; raises to hand the
#: value to Typer's own conversion
Convert = Callable[[Any, Any, Any], Any]


class _Delegate(Exception):
    """This value is for Typer's own conversion."""


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        """A parameter's conversion without pydantic, falling back to Typer's own."""

        convert: Convert
        descriptor: TypeDescriptor

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                return self.convert(value, param, ctx)
            except Exception:  # Typer's own conversion gives the value, or the error to show
                pass
            typer_own = build_runtime_param(self.descriptor)
            return typer_own._coerce_value(value, param=param, ctx=ctx)


def _converter(annotation: Any, info: Any) -> Convert | None:
    """The plain conversion for a parameter, or None when only Typer's will do."""
    origin = get_origin(annotation)
    if origin is list:
        item = _leaf(get_args(annotation)[0], info)
        if item is None:
            return None

        def convert_list(value: Any, param: Any, ctx: Any) -> list[Any]:
            if not isinstance(value, (list, tuple)):
                raise _Delegate
            return [item(v, param, ctx) for v in value]

        return convert_list
    if origin is not None:
        return None
    return _leaf(annotation, info)


def _leaf(annotation: Any, info: Any) -> Convert | None:
    # the order of Typer's `build_leaf_adapter`: parser, choices, datetime, numbers, bool, str,
    # then paths
    if info.parser is not None:
        return None
    choices: tuple[Any, ...] | None = None
    if _param_types.lenient_issubclass(annotation, Enum):
        choices = tuple(annotation)
    elif is_literal_type(annotation):
        choices = literal_values(annotation)
    if choices is not None:
        case_sensitive = info.case_sensitive

        def convert_choice(value: Any, param: Any, ctx: Any) -> Any:
            return _param_types.coerce_cli_choice(
                value, choices=choices, case_sensitive=case_sensitive, ctx=ctx
            )

        return convert_choice
    if is_number_type(annotation):
        return None if info.clamp else _number(annotation, info.min, info.max)
    if annotation is bool or annotation is str:
        # a bool as it is (the --help option's None never reaches a conversion); "yes" or "1"
        # for a bool are Typer's
        return partial(_same, annotation)
    if _param_types.routes_to_path(annotation, info):
        return _path(annotation, info)
    return None


def _same(kind: type, value: Any, param: Any, ctx: Any) -> Any:
    if type(value) is not kind:
        raise _Delegate
    return value


def _number(kind: type, low: Any, high: Any) -> Convert:
    def convert_number(value: Any, param: Any, ctx: Any) -> Any:
        # `not >=`: NaN is outside every bound, as pydantic has it
        if type(value) is not kind or (
            (low is not None and not value >= low) or (high is not None and not value <= high)
        ):
            raise _Delegate
        return value

    return convert_number


def _path(annotation: Any, info: Any) -> Convert:
    path_type = info.path_type
    if path_type is None and _param_types.lenient_issubclass(annotation, Path):
        path_type = annotation

    def convert_path(value: Any, param: Any, ctx: Any) -> Any:
        if path_type is Path and type(value) is str:
            value = Path(value)
        elif not (path_type in (None, str, bytes) or isinstance(value, path_type)):
            raise _Delegate  # Typer converts it with pydantic
        return _param_types.coerce_cli_path(value, info, path_type=path_type, param=param, ctx=ctx)

    return convert_path


def install(command: Any, ctx: Any) -> None:
    """Give every parameter of *command* and of its subcommands the plain conversion where it
    applies, before Typer builds its own on first use. *ctx* is the root context: the
    `--help` options (click creates them on first use, from the context's help option names)
    are made now, for the commands that use the root's names."""
    if RuntimeParam is None:
        return
    names = list(ctx.help_option_names)
    stack = [command]
    while stack:
        cmd = stack.pop()
        stack.extend(getattr(cmd, "commands", {}).values())
        params = list(cmd.params)
        own_names = (getattr(cmd, "context_settings", None) or {}).get("help_option_names")
        if own_names is None or list(own_names) == names:
            help_option = cmd.get_help_option(ctx)
            if help_option is not None:
                params.append(help_option)
        for p in params:
            if not isinstance(p, _TyperParameter) or getattr(p, "_runtime_param", 0) is not None:
                continue
            desc = p.type_descriptor
            if desc.file_annotation is not None:
                continue
            convert = _converter(desc.annotation, desc.parameter_info)
            if convert is not None:
                p._runtime_param = PlainRuntimeParam(
                    parameter_info=desc.parameter_info,
                    annotation=desc.annotation,
                    convert=convert,
                    descriptor=desc,
                )


class PlainGroup(TyperGroup):
    """The root command group: installs the plain conversions before the command line is
    parsed, whichever way the app is called (`translate`, Typer's test runner)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            install(self, ctx)
        except (AttributeError, TypeError):  # pragma: no cover - Typer's internals moved
            pass  # a shortcut only: Typer's own conversion still gives every value
        return super().parse_args(ctx, args)
