"""Checks a catalogue must pass before it is compiled: those of `msgfmt -c` and more.

- header: present, `Content-Type` with a charset (UTF-8: the only one this toolkit writes),
  `Language`, and a well-formed `Plural-Forms` whose rule never yields an index ≥ nplurals;
- plural messages have exactly nplurals forms;
- msgid and translation agree on leading/trailing newlines (as `msgfmt -c`);
- printf-style placeholders are checked only where a `*-format` flag says the string is a format
  string (news prose has `%` signs, so nothing is guessed);
- in article messages (those extracted with a `type:` comment), the translation keeps every
  Markdown link target and code span of the source: a translator may move a link, not break it.

Fuzzy and untranslated messages are not checked: they are not compiled either.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from translate.catalog.plural import PluralFormsError, max_index, parse_plural_forms
from translate.catalog.po import Catalog, Message


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        loc = f"{self.path}:{self.line}" if self.line else self.path
        return f"{loc}: {self.severity}: {self.message}"


_C_DIRECTIVE = re.compile(
    r"%(?:(\d+)\$)?[-+ #0'I]*(?:\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*(?:\d+\$)?)?)?"
    r"(hh|h|ll|l|L|q|j|z|Z|t)?([diouxXeEfFgGaAcCsSpnm%]|<PRI\w+>)"
)
_C_TYPES = {
    "d": "int",
    "i": "int",
    "o": "uint",
    "u": "uint",
    "x": "uint",
    "X": "uint",
    "e": "double",
    "E": "double",
    "f": "double",
    "F": "double",
    "g": "double",
    "G": "double",
    "a": "double",
    "A": "double",
    "c": "char",
    "C": "wchar",
    "s": "string",
    "S": "wstring",
    "p": "pointer",
    "n": "count",
}
_PY_DIRECTIVE = re.compile(
    r"%(?:\(([^)]*)\))?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?([diouxXeEfFgGcrsa%])"
)
_BRACE_DIRECTIVE = re.compile(r"\{\{|\}\}|\{([^{}:!]*)(?:![rsa])?(?::[^{}]*)?\}")
_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_MD_CODE = re.compile(r"(`+)(.+?)\1", re.S)


def c_format_args(s: str) -> dict[int, str] | None:
    """Argument number → type of the printf directives; None when the string is not a valid
    format (mixed numbered and unnumbered arguments)."""
    out: dict[int, str] = {}
    numbered = unnumbered = 0
    for m in _C_DIRECTIVE.finditer(s):
        conv = m.group(3)
        if conv == "%" or conv == "m":
            continue
        size = m.group(2) or ""
        typ = (size + _C_TYPES[conv]) if not conv.startswith("<") else conv
        if m.group(1):
            numbered += 1
            out[int(m.group(1))] = typ
        else:
            unnumbered += 1
            out[unnumbered] = typ
    if numbered and unnumbered:
        return None
    return out


def python_format_args(s: str) -> tuple[dict[str, str], list[str]]:
    named: dict[str, str] = {}
    positional: list[str] = []
    for m in _PY_DIRECTIVE.finditer(s):
        if m.group(2) == "%":
            continue
        if m.group(1) is not None:
            named[m.group(1)] = m.group(2)
        else:
            positional.append(m.group(2))
    return named, positional


def brace_format_args(s: str) -> Counter[str]:
    return Counter(m.group(1) for m in _BRACE_DIRECTIVE.finditer(s) if m.group(1) is not None)


def markdown_targets(s: str) -> Counter[str]:
    """Link targets and code spans: what a translation must carry over unchanged."""
    out: Counter[str] = Counter()
    for m in _MD_LINK.finditer(s):
        out[f"link target ({m.group(1)})"] += 1
    for m in _MD_AUTOLINK.finditer(s):
        out[f"link <{m.group(1)}>"] += 1
    for m in _MD_CODE.finditer(s):
        out[f"code span {m.group(1)}{m.group(2)}{m.group(1)}"] += 1
    return out


def _translations(m: Message) -> list[tuple[str, str, str]]:
    """(label, source it translates, translation) per form."""
    if m.msgid_plural is None:
        return [("msgstr", m.msgid, m.msgstr)]
    return [
        (f"msgstr[{i}]", m.msgid if i == 0 else m.msgid_plural, s)
        for i, s in enumerate(m.msgstr_plural)
    ]


def _check_header(cat: Catalog, problems: list[Problem]) -> int | None:
    path = cat.path
    if cat.header is None:
        problems.append(Problem(path, 1, 'header entry (msgid "") is missing'))
        return None
    line = cat.header.line
    fields = {k.lower(): v for k, v in cat.header_fields()}
    ctype = fields.get("content-type")
    if ctype is None:
        problems.append(Problem(path, line, "header lacks Content-Type"))
    else:
        m = re.search(r"charset=([^\s;]+)", ctype)
        if not m or m.group(1).upper() == "CHARSET":
            problems.append(Problem(path, line, "Content-Type has no charset: write charset=UTF-8"))
        elif m.group(1).upper().replace("_", "-") not in ("UTF-8", "UTF8"):
            problems.append(Problem(path, line, f"charset {m.group(1)} is not UTF-8"))
    if not fields.get("language"):
        problems.append(Problem(path, line, "header lacks Language (e.g. Language: az)"))
    plural = fields.get("plural-forms")
    nplurals: int | None = None
    if plural is None:
        # an error even without plural messages (msgfmt -c only minds then): a catalogue
        # that gains one later must not fail in production, and `translate update` writes it
        problems.append(
            Problem(path, line, "header lacks Plural-Forms (translate update writes the CLDR rule)")
        )
    else:
        try:
            nplurals, expr = parse_plural_forms(plural)
            top = max_index(expr)
            if top >= nplurals:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"plural expression can produce index {top}, beyond nplurals={nplurals}",
                    )
                )
        except PluralFormsError as exc:
            problems.append(Problem(path, line, f"Plural-Forms: {exc}"))
    return nplurals


def check_catalog(cat: Catalog) -> list[Problem]:
    """Every problem that blocks compiling (severity error) or deserves a look (warning)."""
    problems: list[Problem] = []
    nplurals = _check_header(cat, problems)
    path = cat.path
    for m in cat.messages:
        if m.obsolete or "fuzzy" in m.flags or not m.has_translation:
            continue
        line = m.line
        if m.msgid_plural is not None and nplurals is not None:
            if len(m.msgstr_plural) != nplurals:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"{len(m.msgstr_plural)} plural forms, but the header says "
                        f"nplurals={nplurals}",
                    )
                )
        forms = _translations(m)
        for label, src, tr in forms:
            if not tr:
                continue
            if src.startswith("\n") != tr.startswith("\n"):
                problems.append(
                    Problem(path, line, f"msgid and {label} do not both begin with a newline")
                )
            if src.endswith("\n") != tr.endswith("\n"):
                problems.append(
                    Problem(path, line, f"msgid and {label} do not both end with a newline")
                )
        flags = m.flags
        if flags:
            for flag in flags:
                if flag == "c-format":
                    _check_c(m, forms, problems, path)
                elif flag == "python-format":
                    _check_python(m, forms, problems, path)
                elif flag == "python-brace-format":
                    _check_brace(m, forms, problems, path)
        if m.extracted and m.extracted[0].startswith("type: "):
            want = markdown_targets(m.msgid)
            if want:
                for label, _, tr in forms:
                    got = markdown_targets(tr)
                    for item, n in want.items():
                        if got[item] < n:
                            problems.append(
                                Problem(path, line, f"{label} lost the source's {item}")
                            )
    return problems


def _check_c(m: Message, forms, problems: list[Problem], path: str) -> None:
    plural = m.msgid_plural is not None
    for label, src, tr in forms:
        want = c_format_args(src)
        got = c_format_args(tr)
        if want is None:
            continue
        if got is None:
            problems.append(Problem(path, m.line, f"{label} mixes numbered and plain directives"))
            continue
        for arg, typ in got.items():
            if arg not in want:
                problems.append(
                    Problem(
                        path,
                        m.line,
                        f"{label}: format directive for argument {arg} has no counterpart in msgid",
                    )
                )
            elif want[arg] != typ:
                problems.append(
                    Problem(
                        path,
                        m.line,
                        f"{label}: format directive for argument {arg} is {typ}, "
                        f"msgid has {want[arg]}",
                    )
                )
        if not plural:
            for arg in want:
                if arg not in got:
                    problems.append(
                        Problem(
                            path,
                            m.line,
                            f"{label}: format directive for argument {arg} is missing",
                        )
                    )


def _check_python(m: Message, forms, problems: list[Problem], path: str) -> None:
    for label, src, tr in forms:
        wn, wp = python_format_args(src)
        gn, gp = python_format_args(tr)
        if wn or gn:
            for name, conv in gn.items():
                if name not in wn:
                    problems.append(
                        Problem(path, m.line, f"{label}: unknown placeholder %({name}){conv}")
                    )
        elif gp != wp and (m.msgid_plural is None or len(gp) > len(wp)):
            problems.append(
                Problem(path, m.line, f"{label}: placeholders {gp} do not match msgid's {wp}")
            )


def _check_brace(m: Message, forms, problems: list[Problem], path: str) -> None:
    for label, src, tr in forms:
        want = brace_format_args(src)
        got = brace_format_args(tr)
        extra = set(got) - set(want)
        if extra:
            problems.append(Problem(path, m.line, f"{label}: unknown placeholders {sorted(extra)}"))


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
