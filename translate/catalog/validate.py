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

from translate.catalog.formats import FORMAT_FLAGS, check
from translate.catalog.plural import (
    PluralFormsError,
    form_usage,
    max_index,
    parse_plural_forms,
)
from translate.catalog.po import Catalog, Message
from translate.diagnostics import Problem, Severity
from translate.errors import Location


def problem(path: str, line: int, message: str, severity: str = "error") -> Problem:
    """A problem of a catalogue at *line* (0: the file as a whole)."""
    return Problem(Severity(severity), Location(path, line), message)


_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_MD_CODE = re.compile(r"(`+)(.+?)\1", re.S)


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


def _check_header(
    cat: Catalog, problems: list[Problem], project_rules: bool
) -> tuple[int, str] | None:
    """The header's problems. With *project_rules* (the project workflow) a catalogue must
    name its Language, carry a Plural-Forms rule and be UTF-8, so that every catalogue the
    project ships works the same at run time; without (file mode, `msgfmt -c`'s rules) those
    are warnings, and Plural-Forms is required only once a message has plural forms."""
    path = cat.path
    if cat.header is None:
        problems.append(problem(path, 1, 'header entry (msgid "") is missing'))
        return None
    soft = "error" if project_rules else "warning"
    line = cat.header.line
    if not cat.header.msgstr.strip():
        problems.append(
            problem(path, line or 1, 'header entry (msgid "") is empty: it needs Content-Type')
        )
        return None
    fields = {k.lower(): v for k, v in cat.header_fields()}
    ctype = fields.get("content-type")
    if ctype is None:
        problems.append(problem(path, line, "header lacks Content-Type", soft))
    else:
        m = re.search(r"charset=([^\s;]+)", ctype)
        if not m or m.group(1).upper() == "CHARSET":
            problems.append(
                problem(path, line, "Content-Type has no charset: write charset=UTF-8", soft)
            )
        elif m.group(1).upper().replace("_", "-") not in ("UTF-8", "UTF8"):
            problems.append(problem(path, line, f"charset {m.group(1)} is not UTF-8", soft))
    if not fields.get("language"):
        problems.append(problem(path, line, "header lacks Language (e.g. Language: az)", soft))
    plural = fields.get("plural-forms")
    rule: tuple[int, str] | None = None
    if plural is None:
        # an error even without plural messages (msgfmt -c only minds then): a catalogue
        # that gains one later must not fail in production, and `translate update` writes it
        has_plurals = any(
            m.msgid_plural is not None and not m.obsolete and m.has_translation
            for m in cat.messages
        )
        problems.append(
            problem(
                path,
                line,
                "header lacks Plural-Forms (translate update writes the CLDR rule)",
                "error" if project_rules or has_plurals else "warning",
            )
        )
    else:
        try:
            nplurals, expr = parse_plural_forms(plural)
            rule = nplurals, expr
            top = max_index(expr)
            if top >= nplurals:
                problems.append(
                    problem(
                        path,
                        line,
                        f"plural expression can produce index {top}, beyond nplurals={nplurals}",
                    )
                )
        except PluralFormsError as exc:
            problems.append(problem(path, line, f"Plural-Forms: {exc}"))
    return rule


def check_catalog(cat: Catalog, *, project_rules: bool = True) -> list[Problem]:
    """Every problem that blocks compiling (severity error) or deserves a look (warning).
    `project_rules=False` judges the header as `msgfmt -c` does (file mode)."""
    problems: list[Problem] = []
    plural = _check_header(cat, problems, project_rules)
    nplurals = plural[0] if plural else None
    path = cat.path
    for m in cat.messages:
        if m.obsolete or "fuzzy" in m.flags:
            continue
        line = m.line
        forms: list[tuple[str, str, str]] | None = None
        if m.msgid_plural is None:
            # most messages: one form, checked without building the list of forms
            if not m.msgstr:
                continue
            if "\n" in m.msgid or "\n" in m.msgstr:
                _newlines(problems, path, line, "msgstr", m.msgid, m.msgstr)
        else:
            if not any(m.msgstr_plural):
                continue
            if nplurals is not None and len(m.msgstr_plural) != nplurals:
                problems.append(
                    problem(
                        path,
                        line,
                        f"{len(m.msgstr_plural)} plural forms, but the header says "
                        f"nplurals={nplurals}",
                    )
                )
            forms = _translations(m)
            for label, src, tr in forms:
                if tr and ("\n" in src or "\n" in tr):
                    _newlines(problems, path, line, label, src, tr)
        if m.flags:
            problems.extend(problem(path, line, p) for p in format_problems(m, plural))
        if m.extracted and m.extracted[0].startswith("type: "):
            want = markdown_targets(m.msgid)
            if want:
                for label, _, tr in forms or _translations(m):
                    got = markdown_targets(tr)
                    for item, n in want.items():
                        if got[item] < n:
                            problems.append(
                                problem(path, line, f"{label} lost the source's {item}")
                            )
    return problems


def _newlines(problems: list[Problem], path: str, line: int, label: str, src: str, tr: str) -> None:
    """msgfmt -c: a translation begins and ends with a line break where its msgid does."""
    if src.startswith("\n") != tr.startswith("\n"):
        problems.append(problem(path, line, f"msgid and {label} do not both begin with a newline"))
    if src.endswith("\n") != tr.endswith("\n"):
        problems.append(problem(path, line, f"msgid and {label} do not both end with a newline"))


#: a plural form that serves at least this many n in 0..1000 gets msgfmt's strict check
OFTEN = 5


def _range(flags: list[str]) -> tuple[int, int] | None:
    for f in flags:
        m = re.fullmatch(r"\s*range:\s*(\d+)\s*\.\.\s*(\d+)\s*", f)
        if m:
            return int(m.group(1)), int(m.group(2))
    return None


def _strict_forms(m: Message, plural: tuple[int, str] | None) -> list[bool]:
    """Per msgstr form: must it consume exactly the msgid's arguments (msgfmt's rule)?"""
    forms = len(m.msgstr_plural) if m.msgid_plural is not None else 1
    if m.msgid_plural is None or forms < 2 or plural is None:
        return [True] * forms
    nplurals, expr = plural
    try:
        usage = form_usage(expr, max(nplurals, forms))
        rng = _range(m.flags)
        in_range = form_usage(expr, max(nplurals, forms), *rng) if rng else None
    except PluralFormsError:
        return [True] * forms
    return [
        usage[j] >= OFTEN and not (in_range is not None and in_range[j] <= 1) for j in range(forms)
    ]


def format_problems(m: Message, plural: tuple[int, str] | None = None) -> list[str]:
    """What `msgfmt -c` rejects in the format strings of a translated message, given the
    catalogue's (nplurals, expression). Every form is checked against msgid_plural when there is
    one, as msgfmt does."""
    kinds = [k for k in FORMAT_FLAGS if k in m.flags and f"no-{k}" not in m.flags]
    if not kinds or not m.has_translation:
        return []
    source = m.msgid if m.msgid_plural is None else m.msgid_plural
    out = []
    strict = _strict_forms(m, plural)
    for kind in kinds:
        for (label, _, tr), st in zip(_translations(m), strict, strict=True):
            problem = check(kind, source, tr, st, label)
            if problem:
                out.append(f"{kind}: {problem}")
    return out


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
