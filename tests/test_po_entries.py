"""The PO reader's whole-entry path (`_ENTRY`, `_Reader.entry`) gives exactly what reading the
same text line by line through the handler table gives: every field, every line number, and
for bad input the same error at the same line. On every catalogue we have (ours, the peers' test
files, a 20,000-message and a git catalogue) and on mutated ones (the fuzz corpus and tokens)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz import CORPUS, DETERMINISTIC, mutated

from translate.catalog.po import Catalog, _parse, decode_po
from translate.errors import UserError

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared" / "data"


def _outcome(text: str, entries: bool) -> Catalog | tuple[str, object, object]:
    try:
        return _parse(text, "x.po", entries)
    except UserError as exc:
        return (str(exc), exc.location, exc.hint)


def _same(text: str) -> None:
    whole, lines = _outcome(text, True), _outcome(text, False)
    assert whole == lines
    if isinstance(whole, Catalog) and isinstance(lines, Catalog):
        # `==` leaves out nothing a reader sets, but say it: positions and the header too
        assert [(m.line, m.msgstr_line) for m in whole.messages] == [
            (m.line, m.msgstr_line) for m in lines.messages
        ]
        assert whole.header == lines.header


def _files() -> list[Path]:
    files = [
        *REPO_ROOT.glob("locales/**/*.po"),
        *REPO_ROOT.glob("locales/**/*.pot"),
        *REPO_ROOT.glob("tests/data/**/*.po"),
    ]
    if SHARED.is_dir():
        files += [p for p in SHARED.rglob("*") if p.suffix in (".po", ".pot")]
    return sorted(files)


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_catalogue_reads_the_same_by_entries_and_by_lines(path: Path) -> None:
    try:
        text = decode_po(path.read_bytes(), str(path))
    except UserError:
        pytest.skip("not decodable: no reader gets to it")
    _same(text)


def test_the_big_catalogues_take_the_entry_path(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the point of the path: nearly every entry of a real catalogue is read whole
    from translate.catalog import po

    read_whole: list[bool] = []
    entry = po._Reader.entry

    def counting(self: po._Reader, m: re.Match[str], lineno: int) -> int:
        after = entry(self, m, lineno)
        read_whole.append(bool(after))
        return after

    monkeypatch.setattr(po._Reader, "entry", counting)
    for name in ("ru-big.po", "git-ru.po"):
        path = shared_data / name
        read_whole.clear()
        cat = po.parse_po(decode_po(path.read_bytes(), str(path)), name)
        assert sum(read_whole) >= 0.99 * len(cat.messages), (name, len(cat.messages))


SHAPES = [
    'msgid "a"\nmsgstr "b"\n',
    'msgid "a"\nmsgstr "b"',  # no final line break
    '\n\n# c\n#. e\n#: f.md:1 g.md:2\n#, fuzzy, c-format\nmsgid "a"\nmsgstr "b"\n',
    'msgctxt "k"\nmsgid ""\n"a"\n"b"\nmsgstr ""\n"c\\n"\n"d"\n',
    'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "x"\nmsgstr[1] "y"\n',
    'msgid "a"\nmsgid_plural "b"\nmsgstr[1] "x"\nmsgstr[0] "y"\n',  # out of order
    'msgid "a\\tb\\\\n\\"q\\""\nmsgstr "\\101\\x42 \\n"\n',  # octal and hex escapes
    'msgid "a"\nmsgstr "b"\n"\\x"\n',
    'msgid "a"\nmsgstr "b" \n',  # a trailing blank
    'msgid  "a"\nmsgstr\t"b"\n',
    'msgid "a"\nmsgstr "b\\\n',
    'msgid "a"\nmsgstr "b"c"\n',
    '#, fuzzy\n#| msgid "old"\nmsgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n',
    '#~ msgid "a"\n#~ msgstr "b"\n\nmsgid "c"\nmsgstr "d"\n',
    'msgid ""\nmsgstr "h"\n\nmsgid ""\nmsgstr "h2"\n',
    'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
    'msgid "a"\n\nmsgid "b"\nmsgstr ""\n',
    'msgctxt "k"\n# c\nmsgid "a"\nmsgstr "b"\n',
    'msgid "a"\nmsgstr "b"\n"c"\n"d\\q"\n',
    "#\n#x\n# \n" * 3 + 'msgid "a"\nmsgstr ""\n',
    'msgid "a"\nmsgstr[0] "b"\n',
    'msgid "a"\nmsgid_plural "b"\nmsgstr "c"\n',
    'msgid "\\xD800"\nmsgstr ""\n',
]


@pytest.mark.parametrize("text", SHAPES)
def test_usual_and_unusual_shapes_read_the_same(text: str) -> None:
    _same(text)


@settings(
    **DETERMINISTIC,
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated([(n, d) for n, d in CORPUS if n.endswith((".po", ".pot"))] or [("x.po", b"")]))
def test_mutated_catalogues_read_the_same(sample: tuple[str, bytes]) -> None:
    try:
        text = decode_po(sample[1], sample[0])
    except UserError:
        return
    _same(text)


@given(st.lists(st.sampled_from(SHAPES), min_size=1, max_size=6))
@settings(**DETERMINISTIC, max_examples=200, deadline=None)
def test_shapes_in_any_order_read_the_same(parts: list[str]) -> None:
    _same("\n".join(parts))
