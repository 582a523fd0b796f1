"""compile's format-string verdicts are msgfmt -c's: every case below was run through GNU
msgfmt 0.21 when the table was written (the expectation column), and is run through the
installed msgfmt again here whenever there is one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from translate.catalog.po import read_po
from translate.catalog.validate import check_catalog

MSGFMT = shutil.which("msgfmt")
TWO = "nplurals=2; plural=(n != 1);"

# (flags, msgid, msgid_plural or None, msgstr or forms, Plural-Forms, msgfmt -c accepts)
CASES = [
    # issue 11 §3: accepted before, rejected by msgfmt (they fail at run time)
    ("c-format", "%g%*g", None, "%*g%g", TWO, False),
    ("python-format", "%g%*g", None, "%*g%g", TWO, False),
    ("c-format", "%s", None, "%s%", TWO, False),
    ("c-format", "x", None, "100%", TWO, False),
    ("python-format", "%d", None, "%d%", TWO, False),
    ("python-format", "%d", None, "%", TWO, False),
    ("python-format", "%(value)s", None, "%s", TWO, False),
    ("python-format", "%s", None, "%(value)s", TWO, False),
    ("python-format", "%(v)s %(w)s", None, "%(v)s", TWO, False),
    ("python-format", "%(a)s", None, "x", TWO, False),
    # issue 11 §3: rejected before, accepted by msgfmt
    ("python-format", "%s", None, "%r", TWO, True),
    ("python-format", "%d", None, "%i", TWO, True),
    ("python-format", "%d", None, "%u", TWO, True),
    ("python-format", "%e", None, "%g", TWO, True),
    ("python-format", "%e", None, "%f", TWO, True),
    ("python-brace-format", "{}{}{}", None, "{2}{1}{0}", TWO, True),
    # python-format, more
    ("python-format", "%s", None, "%d", TWO, False),
    ("python-format", "%c", None, "%s", TWO, False),
    ("python-format", "%a", None, "%s", TWO, True),
    ("python-format", "%ld", None, "%d", TWO, True),
    ("python-format", "%s", None, "%y", TWO, False),
    ("python-format", "%(v)s", None, "%(v)s %(w)s", TWO, False),
    ("python-format", "%(v)s", None, "%(v)d", TWO, False),
    ("python-format", "%(v)s", None, "%(v)r", TWO, True),
    ("python-format", "%(v)s", None, "%(v)s %(v)d", TWO, False),
    ("python-format", "%(v)s %(v)d", None, "%(v)s", TWO, True),
    ("python-format", "x", None, "%(v)*d", TWO, False),
    ("python-format", "%*d", None, "%d %d", TWO, True),
    ("python-format", "%.*f", None, "%f %d", TWO, False),
    ("python-format", "%s %(v)s", None, "%s", TWO, True),
    ("python-format", "%s", None, "x", TWO, False),
    ("python-format", "x", None, "%s", TWO, False),
    ("python-format", "%%", None, "x", TWO, True),
    ("python-format", "%d%%", None, "%d", TWO, True),
    ("python-format", "%(a)s", None, "%(a)s %(a)s", TWO, True),
    ("python-format", "x", None, "%(a", TWO, False),
    ("python-format", "%5.2f", None, "%f", TWO, True),
    ("python-format", "%-5s", None, "%s", TWO, True),
    # c-format
    ("c-format", "%d", None, "%i", TWO, True),
    ("c-format", "%d", None, "%u", TWO, False),
    ("c-format", "%x", None, "%u", TWO, True),
    ("c-format", "%e", None, "%g", TWO, True),
    ("c-format", "%a", None, "%f", TWO, True),
    ("c-format", "%lf", None, "%f", TWO, True),
    ("c-format", "%Lf", None, "%f", TWO, False),
    ("c-format", "%ld", None, "%d", TWO, False),
    ("c-format", "%hd", None, "%d", TWO, False),
    ("c-format", "%lld", None, "%qd", TWO, True),
    ("c-format", "%zd", None, "%d", TWO, False),
    ("c-format", "%Zd", None, "%zd", TWO, True),
    ("c-format", "%jd", None, "%td", TWO, False),
    ("c-format", "%c", None, "%d", TWO, False),
    ("c-format", "%lc", None, "%c", TWO, False),
    ("c-format", "%C", None, "%lc", TWO, True),
    ("c-format", "%s", None, "%S", TWO, False),
    ("c-format", "%ls", None, "%S", TWO, True),
    ("c-format", "%p", None, "%s", TWO, False),
    ("c-format", "%m", None, "x", TWO, True),
    ("c-format", "%s %d", None, "%2$d %1$s", TWO, True),
    ("c-format", "%s %d", None, "%2$d", TWO, False),
    ("c-format", "%s %d", None, "%1$s %d", TWO, False),
    ("c-format", "%s %d", None, "%s", TWO, False),
    ("c-format", "%s", None, "%s %s", TWO, False),
    ("c-format", "%1$s", None, "%1$s %1$s", TWO, True),
    ("c-format", "%1$s", None, "%1$d", TWO, False),
    ("c-format", "x", None, "%1$s %1$d", TWO, False),
    ("c-format", "%1$*2$d", None, "%1$*2$d", TWO, True),
    ("c-format", "%*d", None, "%d %d", TWO, True),
    ("c-format", "%Id", None, "%d", TWO, True),
    ("c-format", "%'d", None, "%d", TWO, True),
    ("c-format", "%y", None, "%y", TWO, True),
    ("c-format", "x", None, "%y", TWO, False),
    ("c-format", "%<PRId64>", None, "%<PRId64>", TWO, True),
    ("c-format", "%<PRIu32>", None, "%u", TWO, False),
    ("c-format", "x", None, "%<FOO>", TWO, False),
    ("c-format", "%%", None, "x", TWO, True),
    ("no-c-format", "%d file", None, "%s", TWO, True),
    # python-brace-format (gettext 0.21 names an argument by field and format spec)
    ("python-brace-format", "{0}{1}", None, "{1}", TWO, False),
    ("python-brace-format", "{0}{1}", None, "{1}{0}", TWO, True),
    ("python-brace-format", "{a}{b}", None, "{b}", TWO, False),
    ("python-brace-format", "{a}", None, "{a}{b}", TWO, False),
    ("python-brace-format", "{a} {a}", None, "{a}", TWO, True),
    ("python-brace-format", "{} x", None, "y", TWO, True),
    ("python-brace-format", "{a}", None, "{}", TWO, False),
    ("python-brace-format", "{0}", None, "{0.x}{0[1]}", TWO, False),
    ("python-brace-format", "{0.x}", None, "{0.x}", TWO, True),
    ("python-brace-format", "{a!r}", None, "{a!s}", TWO, True),
    ("python-brace-format", "{a!r:x}", None, "{a:x}", TWO, True),
    ("python-brace-format", "{a:>10}", None, "{a}", TWO, False),
    ("python-brace-format", "{a:>10}", None, "{a:>10}", TWO, True),
    ("python-brace-format", "{a:{w}}", None, "{a:{w}}", TWO, True),
    ("python-brace-format", "{a:{w}}", None, "{a}{w}", TWO, False),
    ("python-brace-format", "{a", None, "{a}", TWO, True),
    ("python-brace-format", "{a}", None, "{a", TWO, False),
    ("python-brace-format", "{a}", None, "{a}}", TWO, True),
    ("python-brace-format", "x", None, "{a!z}", TWO, False),
    ("python-brace-format", "x", None, "{a b}", TWO, False),
    ("python-brace-format", "x", None, "{1a}", TWO, False),
    ("python-brace-format", "x", None, "{-1}", TWO, False),
    ("python-brace-format", "x", None, "{a:{b:{c}}}", TWO, False),
    ("python-brace-format", "{{a}}", None, "x", TWO, True),
    ("python-brace-format", "x", None, "}}", TWO, True),
    # plural forms: each against msgid_plural; relaxed for a form that serves few numbers
    ("c-format", "%d file", "%d files", ["one file", "%d files"], TWO, True),
    ("c-format", "%d file", "%d files", ["%d file", "files"], TWO, False),
    ("c-format", "%d file", "%s files", ["%s file", "%s files"], TWO, True),
    ("c-format", "%d file", "%d files", ["%d file", ""], TWO, False),
    ("c-format", "%d file", "%d files", ["file", "%d files"], "nplurals=2; plural=(n>3);", True),
    ("c-format", "%d file", "%d files", ["file", "%d files"], "nplurals=2; plural=(n>4);", False),
    ("c-format", "%d file", "%d files", ["file"], "nplurals=1; plural=0;", False),
    ("c-format", "%d file", "%d files", ["%d file"], "nplurals=1; plural=0;", True),
    ("c-format", "%d f %s", "%d fs %s", ["%d f", "%d fs %s"], TWO, True),
    ("c-format", "%d f %s", "%d fs %s", ["%s f", "%d fs %s"], TWO, False),
    ("c-format, range: 0..4", "%d f", "%d fs", ["%d f", "fs"], "nplurals=2; plural=(n>0);", False),
    ("c-format, range: 0..4", "%d f", "%d fs", ["f", "%d fs"], "nplurals=2; plural=(n>0);", True),
    ("c-format, range: 0..3", "%d f", "%d fs", ["f", "%d fs"], "nplurals=2; plural=(n>4);", False),
    ("python-format", "%d file", "%d files", ["one file", "%d files"], TWO, False),
    ("python-format", "%(n)d file", "%(n)d files", ["one file", "%(n)d files"], TWO, True),
    ("python-format", "%(n)d file", "%(n)d files", ["%(x)d file", "%(n)d files"], TWO, False),
    ("python-format", "%(n)d file", "%(n)d files", ["%(n)s file", "%(n)d files"], TWO, False),
    ("python-format", "%(n)d file", "%(n)d files", ["%d file", "%(n)d files"], TWO, False),
    ("python-format", "%d file", "%d files", ["%s file", "%s files"], TWO, False),
    ("python-brace-format", "{n} file", "{n} files", ["one file", "{n} files"], TWO, True),
    ("python-brace-format", "{n} file", "{n} files", ["{x} file", "{n} files"], TWO, True),
    ("python-brace-format", "{n} file", "{n} files", ["one file", "files"], TWO, False),
    ("python-brace-format", "{n} file", "{m} files", ["{n} file", "{n} files"], TWO, False),
    ("python-brace-format", "{n} file", "{n} files", ["{n file", "{n} files"], TWO, False),
]


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _po(flags: str, msgid: str, plural: str | None, msgstr, rule: str) -> str:
    head = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: xx\\n"\n"Plural-Forms: {rule}\\n"\n\n#, {flags}\nmsgid {_q(msgid)}\n'
    )
    if plural is None:
        return head + f"msgstr {_q(msgstr)}\n"
    forms = "".join(f"msgstr[{i}] {_q(s)}\n" for i, s in enumerate(msgstr))
    return head + f"msgid_plural {_q(plural)}\n" + forms


def _ids(case) -> str:
    flags, msgid, plural, msgstr, _, ok = case
    return f"{flags}:{msgid}|{plural}->{msgstr}:{'ok' if ok else 'bad'}"


@pytest.mark.parametrize("case", CASES, ids=[_ids(c) for c in CASES])
def test_verdict_is_msgfmts(case, tmp_path: Path) -> None:
    *po_args, accepted = case
    path = tmp_path / "t.po"
    path.write_text(_po(*po_args), encoding="utf-8")
    problems = check_catalog(read_po(path))
    assert (not problems) == accepted, problems
    if MSGFMT:
        r = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True)
        assert (r.returncode == 0) == accepted, r.stderr.decode(errors="replace")
