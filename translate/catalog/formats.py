"""Format strings as `msgfmt -c` judges them: c-format, python-format, python-brace-format.

Written from GNU gettext's documented rules (manual, "Format Strings") and checked case by case
against `msgfmt -c` 0.21 (tests/test_catalog_formats.py runs the real tool where installed). The
verdict has two parts, as in gettext:

- each string must be a *valid* format string of its language; a msgid that is not valid is not
  checked at all (msgfmt does the same: the flag was then wrong, not the translation), a msgstr
  that is not valid while its msgid is, is an error (a lone trailing `%` fails at run time);
- the translation must consume the same arguments: *strict* (same arguments, same types) or,
  for plural forms that serve only a handful of numbers (like "one file" for n = 1), *relaxed*
  (a subset). Which forms are relaxed is decided by evaluating the plural rule, as gettext does.

Argument types follow what a call site can pass. C: `%d`=`%i`, `%o`/`%u`/`%x`/`%X` unsigned,
every floating conversion alike, sizes (`hh h l ll j z t`, `L` for long double) significant, `*`
width or precision an extra `int` argument. Python: `%d %i %o %u %x %X` one integer type,
`%e %f %g …` one float type, `%s %r %a` one "any" type, `%c` its own; a msgid using a mapping
(`%(name)s`) needs a mapping in the msgstr. Python brace: gettext 0.21 names an argument by its
field *and* its format spec (`{a:>10}` and `{a}` are different arguments), and `{}` (automatic
numbering) is not a valid directive: both are kept here, so that compile never accepts what
msgfmt -c rejects (README, "Documented deviations").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

FORMAT_FLAGS = ("c-format", "python-format", "python-brace-format")


class InvalidFormat(ValueError):
    """The string is not a valid format string of its language; the message says why."""


@dataclass
class Args:
    """The arguments a format string consumes: by position (type per position) and by name."""

    positional: list[str] = field(default_factory=list)
    named: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- C (printf)

_C_SIZES = ("hh", "ll", "h", "l", "L", "q", "j", "z", "Z", "t")
_C_SIZE_NAME = {
    "hh": "char",
    "h": "short",
    "": "",
    "l": "long",
    "ll": "longlong",
    "q": "longlong",
    "L": "longlong",
    "j": "intmax",
    "z": "size",
    "Z": "size",
    "t": "ptrdiff",
}
_PRI = re.compile(r"PRI([diouxX])(8|16|32|64|LEAST(?:8|16|32|64)|FAST(?:8|16|32|64)|MAX|PTR)>")


def _c_type(size: str, conv: str) -> str:
    if conv in "di":
        return _C_SIZE_NAME[size] + "int"
    if conv in "ouxX":
        return _C_SIZE_NAME[size] + "uint"
    if conv in "eEfFgGaA":
        return "longdouble" if size == "L" else "double"
    if conv == "c":
        return "wchar" if size == "l" else "char"
    if conv == "C":
        return "wchar"
    if conv == "s":
        return "wstring" if size == "l" else "string"
    if conv == "S":
        return "wstring"
    if conv == "p":
        return "pointer"
    return _C_SIZE_NAME[size] + "count"  # n


def _digits(s: str, i: int) -> int:
    while i < len(s) and s[i].isdigit():
        i += 1
    return i


def parse_c(s: str) -> Args:
    """printf directives in argument order; InvalidFormat when printf would misbehave."""
    numbered: dict[int, str] = {}
    unnumbered: list[str] = []
    i, n, k = 0, len(s), 0

    def add(number: int | None, typ: str) -> None:
        if number is None:
            unnumbered.append(typ)
            return
        if number == 0:
            raise InvalidFormat(f"in directive {k}, argument number 0 is not allowed")
        if numbered.get(number, typ) != typ:
            raise InvalidFormat(
                f"the string refers to argument number {number} in incompatible ways"
            )
        numbered[number] = typ

    def number_at(j: int) -> tuple[int | None, int]:
        end = _digits(s, j)
        if end > j and end < n and s[end] == "$":
            return int(s[j:end]), end + 1
        return None, j

    while True:
        i = s.find("%", i)
        if i < 0:
            break
        k += 1
        i += 1
        if i < n and s[i] == "%":
            i += 1
            continue
        number, i = number_at(i)
        while i < n and s[i] in "-+ #0'I":
            i += 1
        for _ in range(2):  # width, then precision
            if i < n and s[i] == "*":
                star, i = number_at(i + 1)
                if (star is None) != (number is None):
                    raise InvalidFormat("the string mixes numbered and unnumbered arguments")
                add(star, "int")
            else:
                i = _digits(s, i)
            if i < n and s[i] == ".":
                i += 1
                continue
            break
        size = next((z for z in _C_SIZES if s.startswith(z, i)), "")
        i += len(size)
        if i >= n:
            raise InvalidFormat("the string ends in the middle of a directive")
        conv = s[i]
        i += 1
        if conv == "<":
            m = _PRI.match(s, i)
            if not m:
                raise InvalidFormat(f"in directive {k}, <…> is not an ISO C 99 format macro")
            i = m.end()
            add(number, f"{'u' if m.group(1) in 'ouxX' else ''}int{m.group(2)}")
        elif conv == "m":
            continue
        elif conv in "diouxXeEfFgGaAcCsSpn":
            add(number, _c_type(size, conv))
        else:
            raise InvalidFormat(f"in directive {k}, {conv!r} is not a valid conversion")
    if numbered and unnumbered:
        raise InvalidFormat("the string mixes numbered and unnumbered arguments")
    if numbered:
        for want in range(1, max(numbered) + 1):
            if want not in numbered:
                raise InvalidFormat(
                    f"the string refers to argument number {max(numbered)} "
                    f"but ignores argument number {want}"
                )
        return Args([numbered[j] for j in range(1, max(numbered) + 1)])
    return Args(unnumbered)


# --------------------------------------------------------------------------- Python %

_PY_TYPE = {
    **dict.fromkeys("diouxX", "integer"),
    **dict.fromkeys("eEfFgG", "float"),
    **dict.fromkeys("sra", "any"),
    "c": "char",
}


def parse_python(s: str) -> Args:
    """`%` directives: positional (a tuple) or named (a mapping), never both."""
    out = Args()
    i, n, k = 0, len(s), 0
    while True:
        i = s.find("%", i)
        if i < 0:
            break
        k += 1
        i += 1
        name = None
        if i < n and s[i] == "(":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"(": 1, ")": -1}.get(s[j], 0)
                j += 1
            if depth:
                raise InvalidFormat("the string ends in the middle of a directive")
            name, i = s[i + 1 : j - 1], j
        while i < n and s[i] in "-+ #0":
            i += 1
        for _ in range(2):
            if i < n and s[i] == "*":
                out.positional.append("integer")
                i += 1
            else:
                i = _digits(s, i)
            if i < n and s[i] == ".":
                i += 1
                continue
            break
        if i < n and s[i] in "hlL":
            i += 1
        if i >= n:
            raise InvalidFormat("the string ends in the middle of a directive")
        conv = s[i]
        i += 1
        if conv == "%":
            continue
        typ = _PY_TYPE.get(conv)
        if typ is None:
            raise InvalidFormat(f"in directive {k}, {conv!r} is not a valid conversion")
        if name is None:
            out.positional.append(typ)
        elif out.named.setdefault(name, typ) != typ:
            raise InvalidFormat(f"the string refers to the argument {name!r} in incompatible ways")
    if out.named and out.positional:
        raise InvalidFormat("the string mixes named arguments and unnamed ones (or a `*`)")
    return out


# --------------------------------------------------------------------------- Python str.format

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+")
_ATTR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _brace_field(s: str, i: int) -> int:
    """End of the field name starting at *i* (name, then `.attr` / `[key]` parts)."""
    m = _IDENT.match(s, i)
    if not m:
        what = s[i] if i < len(s) else "the end"
        raise InvalidFormat(f"{what!r} cannot start a field name")
    i = m.end()
    while i < len(s) and s[i] in ".[":
        if s[i] == ".":
            m = _ATTR.match(s, i + 1)
            if not m:
                raise InvalidFormat("an attribute name is missing after '.'")
            i = m.end()
        else:
            end = s.find("]", i + 1)
            if end <= i + 1 or "}" in s[i + 1 : end]:
                raise InvalidFormat("an index is missing in '[…]'")
            i = end + 1
    return i


def parse_brace(s: str) -> Args:
    """`{field!conv:spec}` directives, each named by field and spec as gettext 0.21 does."""
    out = Args()
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "}":
            i += 2 if s.startswith("}}", i) else 1
            continue
        if c != "{":
            i += 1
            continue
        if s.startswith("{{", i):
            i += 2
            continue
        start = i + 1
        i = _brace_field(s, start)
        name = s[start:i]
        if i < n and s[i] == "!":
            if i + 1 >= n or s[i + 1] not in "rsa":
                raise InvalidFormat("unterminated directive (conversion must be !r, !s or !a)")
            i += 2
        if i < n and s[i] == ":":
            spec_start, i, nested = i, i + 1, False
            while i < n and s[i] != "}":
                if s.startswith("{{", i):
                    i += 2
                elif s[i] == "{":
                    if nested:
                        raise InvalidFormat("the string ends in the middle of a directive")
                    i = _brace_field(s, i + 1)
                    if i >= n or s[i] != "}":
                        raise InvalidFormat("no more nesting is allowed in a format spec")
                    nested = True
                    i += 1
                else:
                    i += 1
            name += s[spec_start:i]
        if i >= n or s[i] != "}":
            raise InvalidFormat("unterminated directive")
        i += 1
        out.named[name] = "any"
    return out


# --------------------------------------------------------------------------- comparison

PARSERS: dict[str, Callable[[str], Args]] = {
    "c-format": parse_c,
    "python-format": parse_python,
    "python-brace-format": parse_brace,
}


def compare(kind: str, source: Args, target: Args, strict: bool, label: str) -> str | None:
    """Why *target* (a translation) cannot stand in for *source*, or None."""
    if kind == "python-brace-format" and not strict:
        return None  # msgfmt -c checks nothing more for a form that serves few numbers
    if kind == "python-format":
        if source.named and target.positional:
            return f"msgid uses a mapping (%(name)s), {label} a tuple (%s)"
        if source.positional and target.named:
            return f"msgid uses a tuple (%s), {label} a mapping (%(name)s)"
    for name, typ in sorted(target.named.items()):
        if name not in source.named:
            return f"{label} has the argument {name!r}, which msgid lacks"
        if source.named[name] != typ:
            return f"{label}: argument {name!r} has another type than in msgid"
    if strict:
        for name in sorted(source.named):
            if name not in target.named:
                return f"{label} lacks the argument {name!r}"
    want, got = source.positional, target.positional
    if kind == "python-format" or strict:
        if (want or got) and len(want) != len(got):
            return f"{label} has {len(got)} format directives, msgid {len(want)}"
    elif len(got) > len(want):
        return f"{label} has {len(got)} format directives, msgid {len(want)}"
    for pos, (a, b) in enumerate(zip(want, got, strict=False), 1):
        if a != b:
            return f"{label}: the directive for argument {pos} is {b}, msgid's is {a}"
    return None


def check(kind: str, source: str, target: str, strict: bool, label: str) -> str | None:
    """The problem `msgfmt -c` sees with translation *target* of *source*, or None."""
    parse = PARSERS[kind]
    try:
        want = parse(source)
    except InvalidFormat:
        return None
    try:
        got = parse(target)
    except InvalidFormat as exc:
        name = kind.removesuffix("-format").replace("-", " ")
        return f"{label} is not a valid {name} format string, unlike msgid: {exc}"
    return compare(kind, want, got, strict, label)
