"""Issue 15, "keep it that way": mutated input never ends in an unexpected exception.

The seed corpus is this repository's own files (catalogues, templates, glossary, seed articles)
and other tools' test files from `../shared/data/peer/` (skipped when absent). Hypothesis
mutates them (hostile tokens from the issue inserted, ranges deleted, repeated or cut short,
random bytes) and feeds them to each reader and to the CLI in process. The property: every
reader returns or raises `UserError`; every command exits 0, 1 or 2, with a message when it is 2,
and never 70 (an unexpected exception). Example counts keep each test to a few seconds.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate.errors import UserError

REPO_ROOT = Path(__file__).resolve().parent.parent
#: examples per run scale with FUZZ_SCALE (default 1: a few seconds each); a long hunt is e.g.
#: FUZZ_SCALE=50 python -m pytest tests/test_fuzz.py
SCALE = max(1, int(os.environ.get("FUZZ_SCALE", "1")))
PEER = REPO_ROOT.parent / "shared" / "data" / "peer"
MAX_SEED = 64_000

#: what the issue's hostile tester used, as bytes to insert anywhere
TOKENS = [
    b"\x00",
    b"\r",
    b"\r\n",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b'"',
    b"\\",
    b"\\x110000",
    b"\\xD800",
    b"\\777",
    b"\n\n",
    b'msgid "',
    b'msgstr "',
    b'msgctxt "',
    b"msgid_plural ",
    b"msgstr[1] ",
    b"msgstr[99] ",
    b"#~ ",
    b"#~| ",
    b"#, fuzzy\n",
    b"#, c-format\n",
    b"#| ",
    b"%s %d %1$s",
    b"Plural-Forms: nplurals=2; plural=" + b"(" * 300 + b"n" + b")" * 300 + b";\\n",
    b"Plural-Forms: nplurals=0; plural=n/0;\\n",
    b"9" * 5000,
    b"Azerbaycan" * 2000,
    b"<",
    b"&amp;",
    b"]]>",
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
    b"---\n",
    b"date: 2025-02-30\n",
    b"slug: ../../pwned\n",
    b"slug: " + b"a" * 300 + b"\n",
    b"x: " + b"[" * 3000 + b"\n",
    b"\xe2\x80\xae",
    b"\t",
    b",",
    b'"",""',
    b"```\n",
    b'target_languages = ["../../x"]\n',
    b'source_language = "klingon"\n',
    b'[tool.translate.quotes]\naz = "x"\n',
    b"[tool.translate]\n",
    b"[link](",
    b"`",
]


def _corpus() -> list[tuple[str, bytes]]:
    """(file name, bytes) of every seed file: the shipped ones, then the peers' small ones."""
    files = [
        *sorted(REPO_ROOT.glob("locales/*/LC_MESSAGES/*.po")),
        *sorted(REPO_ROOT.glob("locales/templates/*.pot")),
        REPO_ROOT / "glossary" / "glossary.csv",
        *sorted(REPO_ROOT.glob("seeds/*.md")),
    ]
    if PEER.is_dir():
        files += sorted(
            p
            for p in PEER.rglob("*")
            if p.suffix in (".po", ".pot", ".csv", ".tbx") and p.stat().st_size <= MAX_SEED
        )
    return [(p.name, p.read_bytes()) for p in files if p.is_file()]


CORPUS = _corpus()


def _of(*suffixes: str) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in CORPUS if n.endswith(suffixes)]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    name, data = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["insert", "insert", "delete", "repeat", "bytes", "cut"]))
        at = draw(st.integers(0, len(data)))
        if op == "insert":
            data = data[:at] + draw(st.sampled_from(TOKENS)) + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 200)) :]
        elif op == "repeat":
            chunk = data[at : at + draw(st.integers(1, 300))]
            data = data[:at] + chunk * draw(st.integers(2, 6)) + data[at:]
        elif op == "bytes":
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
        else:
            data = data[:at]
    return name, data


def _needs(seeds: list[tuple[str, bytes]]) -> None:
    if not seeds:
        pytest.skip("no seed files of this kind")


@contextlib.contextmanager
def _file(name: str, data: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        yield path


#: in the suite the examples are the same on every run (a fuzz find is fixed, not a flaky test);
#: a FUZZ_SCALE hunt draws new ones
DETERMINISTIC = {"derandomize": True, "database": None} if SCALE == 1 else {}

FAST = settings(
    **DETERMINISTIC,
    max_examples=60 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- the readers ------------------------------------------------------------------------------


@FAST
@given(mutated(_of(".po", ".pot")))
def test_po_reader_never_raises_unexpectedly(sample: tuple[str, bytes]) -> None:
    from translate.catalog.mo import compile_mo
    from translate.catalog.po import format_po, read_po
    from translate.catalog.validate import check_catalog, errors
    from translate.checks.loaders import read_catalogue

    _needs(_of(".po"))
    with _file(*sample) as path:
        try:
            cat = read_po(path)
        except UserError as exc:
            assert str(exc)
            return
        format_po(cat)
        if not errors(check_catalog(cat)):
            compile_mo(cat)  # where \xD800 used to fail, after check had passed
        with contextlib.suppress(UserError):
            read_catalogue(path, lang="az")


@FAST
@given(mutated(_of(".csv")))
def test_csv_reader_never_raises_unexpectedly(sample: tuple[str, bytes]) -> None:
    from translate.glossary import validate, write_csv
    from translate.glossary.csv_format import parse_csv

    result = parse_csv(sample[1], sample[0])
    assert all(str(p) for p in result.problems)
    validate(result.glossary, ("en", "az", "ru"))
    if not result.unreadable:
        write_csv(result.glossary)


# the TBX seeds are the peers' (../shared): without them hypothesis refuses the empty sample
# before the body's skip could run
@pytest.mark.skipif(not _of(".tbx"), reason="no seed files of this kind")
@FAST
@given(mutated(_of(".tbx")))
def test_tbx_reader_never_raises_unexpectedly(sample: tuple[str, bytes]) -> None:
    from translate.glossary import validate
    from translate.glossary.tbx import parse_tbx

    _needs(_of(".tbx"))
    try:
        result = parse_tbx(sample[1], sample[0], ("en", "az", "ru"))
    except UserError as exc:
        assert str(exc)
        return
    validate(result.glossary)


@FAST
@given(mutated(_of(".md")))
def test_markdown_readers_never_raise_unexpectedly(sample: tuple[str, bytes]) -> None:
    from translate.catalog.article import parse_article
    from translate.checks.loaders import parse_draft

    with _file(*sample) as path:
        with contextlib.suppress(UserError):
            parse_article(path)
        with contextlib.suppress(UserError):
            parse_draft(path)


# --- the CLI in process -----------------------------------------------------------------------

#: the commands that read each kind of file
COMMANDS = {
    ".md": [["extract"], ["build"], ["check", "-j", "1"], ["report", "-o", "r.html"]],
    ".po": [
        ["check", "-j", "1"],
        ["compile"],
        ["status"],
        ["update"],
        ["build"],
        ["report", "-o", "r.html"],
    ],
    ".csv": [
        ["glossary", "validate"],
        ["update"],
        ["check", "-j", "1"],
        ["glossary", "export", "-f", "tbx", "-o", "g.tbx"],
    ],
    ".toml": [["check", "-j", "1"], ["status"], ["update"], ["build"]],
}


def _in_process(argv: list[str]) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of the CLI run in this process (captured here, not by capsys:
    a function-scoped fixture would be shared by every Hypothesis example)."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_cli(*argv)
    return code, raw.getvalue().decode("utf-8", "replace"), err.getvalue()


@settings(
    **DETERMINISTIC,
    max_examples=8 * SCALE,
    print_blob=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_cli_on_mutated_project_files_exits_0_1_or_2(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(sorted(COMMANDS)))
    targets = {
        ".md": sorted(REPO_ROOT.glob("seeds/*.md")),
        ".po": sorted(REPO_ROOT.glob("locales/*/LC_MESSAGES/[!g]*.po")),
        ".csv": [REPO_ROOT / "glossary" / "glossary.csv"],
        ".toml": [REPO_ROOT / "pyproject.toml"],
    }[kind]
    target = data.draw(st.sampled_from(targets))
    name, mutant = data.draw(mutated([(target.name, target.read_bytes())]))
    argv = data.draw(st.sampled_from(COMMANDS[kind]))
    old = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="fuzz-project-") as tmp:
        root = Path(tmp)
        for part in ("pyproject.toml", "seeds", "glossary", "locales"):
            src = REPO_ROOT / part
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, root / part)
        (root / target.relative_to(REPO_ROOT)).write_bytes(mutant)
        os.chdir(root)
        try:
            code, out, err = _in_process(argv)
        finally:
            os.chdir(old)
    assert code in (0, 1, 2), (argv, name, code, err[-2000:])
    assert "Traceback" not in err, err[-2000:]
    if code == 2:
        assert (out + err).strip(), argv
