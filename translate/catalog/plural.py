"""Plural-Forms headers: CLDR defaults (via Babel) and a safe evaluator to compare rules.

Real catalogues use rules that differ in text but not in meaning (git's ru.po has four forms),
and Babel's own text changes between versions (2.19 writes the ru rule with `n % 100 < 12 ||
n % 100 > 14`), so rules are compared by evaluating them on 0..1000 and a few large numbers, never
as strings. For the project's own languages the header is gettext's conventional text, so a
committed catalogue does not change when Babel is upgraded.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEADER_RE = re.compile(r"^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", re.S)
_TOKEN_RE = re.compile(r"\s*(?:(\d+)|(n)|(&&|\|\||==|!=|<=|>=|[-+*/%<>!?:()]))")


# gettext's conventional spelling (the manual's "Plural forms" table; az as Babel ≤ 2.18 wrote
# it), kept byte-stable across Babel versions. Each is checked against CLDR by evaluation in tests.
CONVENTIONAL: dict[str, str] = {
    "az": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
}


def cldr_plural_forms(lang: str) -> str:
    """`nplurals=N; plural=EXPR;` for a language: the conventional text for az/ru/en, else
    Babel's CLDR data."""
    base = re.split(r"[-_@.]", lang, maxsplit=1)[0].lower()
    if base in CONVENTIONAL:
        return CONVENTIONAL[base]
    # imported here: validating a catalogue needs this module, and Babel's locale data would
    # cost every `translate compile` process start-up time for a look-up it rarely makes
    from babel.core import UnknownLocaleError
    from babel.messages.plurals import get_plural

    try:
        return get_plural(lang).plural_forms
    except (UnknownLocaleError, ValueError):
        return "nplurals=2; plural=(n != 1);"


class PluralFormsError(ValueError):
    pass


def parse_plural_forms(value: str) -> tuple[int, str]:
    """(nplurals, expression) from a header value; raises PluralFormsError when malformed."""
    m = _HEADER_RE.match(value or "")
    if not m:
        raise PluralFormsError(
            f"malformed Plural-Forms {value!r}: expected `nplurals=N; plural=EXPRESSION;`"
        )
    n = int(m.group(1))
    if n < 1:
        raise PluralFormsError("nplurals must be at least 1")
    expr = m.group(2)
    compile_plural(expr)
    return n, expr


#: real rules are under 200 characters (CLDR's longest, for Arabic, about 120); a longer one is
#: refused before parsing, as is nesting deeper than the recursive descent should follow
MAX_PLURAL_LENGTH = 1000
MAX_PLURAL_DEPTH = 50


@lru_cache(maxsize=64)
def compile_plural(expr: str):
    """Translate a C plural expression to a Python function (tokenised, no eval of raw text)."""
    if len(expr) > MAX_PLURAL_LENGTH:
        raise PluralFormsError(
            f"plural expression is {len(expr):,} characters long (at most {MAX_PLURAL_LENGTH:,})"
        )
    depth = deepest = 0
    for ch in expr:
        if ch in "(?":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "):":
            depth -= 1
    if deepest > MAX_PLURAL_DEPTH:
        raise PluralFormsError(
            f"plural expression is nested {deepest} levels deep (at most {MAX_PLURAL_DEPTH})"
        )
    try:
        return _compile_plural(expr)
    except (RecursionError, SyntaxError, MemoryError) as exc:  # what the depth test missed
        raise PluralFormsError("plural expression is too complex") from exc


def _compile_plural(expr: str):
    tokens: list[str] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN_RE.match(expr, pos)
        if not m or m.end() == pos:
            raise PluralFormsError(f"invalid character in plural expression: {expr[pos:]!r}")
        tokens.append(m.group(1) or m.group(2) or m.group(3))
        pos = m.end()
    # recursive descent with C precedence: ?: < || < && < ==,!= < <,> < +,- < *,/,%
    i = 0

    def peek() -> str | None:
        return tokens[i] if i < len(tokens) else None

    def take(t: str | None = None) -> str:
        nonlocal i
        if i >= len(tokens) or (t is not None and tokens[i] != t):
            raise PluralFormsError(f"malformed plural expression: {expr!r}")
        i += 1
        return tokens[i - 1]

    def ternary() -> str:
        c = lor()
        if peek() == "?":
            take("?")
            a = ternary()
            take(":")
            b = ternary()
            return f"(({a}) if ({c}) else ({b}))"
        return c

    def binary(sub, ops: dict[str, str]):
        def parse() -> str:
            left = sub()
            while peek() in ops:
                op = ops[take()]
                right = sub()
                left = f"({left} {op} {right})"
            return left

        return parse

    def unary() -> str:
        t = peek()
        if t == "!":
            take()
            return f"(not {unary()})"
        if t == "(":
            take("(")
            e = ternary()
            take(")")
            return e
        if t == "n":
            take()
            return "n"
        if t is not None and t.isdigit():
            return take()
        raise PluralFormsError(f"malformed plural expression: {expr!r}")

    mul = binary(unary, {"*": "*", "/": "//", "%": "%"})
    add = binary(mul, {"+": "+", "-": "-"})
    rel = binary(add, {"<": "<", ">": ">", "<=": "<=", ">=": ">="})
    eq = binary(rel, {"==": "==", "!=": "!="})
    land = binary(eq, {"&&": "and"})
    lor = binary(land, {"||": "or"})
    body = ternary()
    if i != len(tokens):
        raise PluralFormsError(f"malformed plural expression: {expr!r}")
    code = compile(f"lambda n: int({body})", "<plural>", "eval")
    try:
        return eval(code, {"__builtins__": {"int": int}}, {})
    except Exception as exc:  # pragma: no cover - tokens are restricted
        raise PluralFormsError(str(exc)) from exc


SAMPLE = (*range(1001), 1011, 1021, 1111, 10**6, 10**6 + 1, 10**6 + 2)


def max_index(expr: str) -> int:
    """The largest form index the rule produces on the sample numbers (division by zero →
    PluralFormsError)."""
    f = compile_plural(expr)
    try:
        return max(f(n) for n in SAMPLE)
    except ZeroDivisionError as exc:
        raise PluralFormsError("plural expression divides by zero") from exc


def equivalent(a: str, b: str) -> bool:
    """Same nplurals and the same form for every sample number."""
    na, ea = parse_plural_forms(a)
    nb, eb = parse_plural_forms(b)
    fa, fb = compile_plural(ea), compile_plural(eb)
    return na == nb and all(fa(n) == fb(n) for n in SAMPLE)


@lru_cache(maxsize=64)
def form_usage(expr: str, nplurals: int, low: int = 0, high: int = 1000) -> tuple[int, ...]:
    """How many n in low..high select each form: gettext relaxes its format check for a form
    that serves few numbers ("one file" for n = 1 needs no `%d`)."""
    f = compile_plural(expr)
    counts = [0] * nplurals
    try:
        for n in range(low, high + 1):
            j = f(n)
            if 0 <= j < nplurals:
                counts[j] += 1
    except ZeroDivisionError:
        pass
    return tuple(counts)
