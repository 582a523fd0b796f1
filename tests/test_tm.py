"""`translate tm build|lookup|export|import`: the translation memory, as a user sees it."""

from __future__ import annotations

import json
import random
import re
import sqlite3
from pathlib import Path

import pytest

from translate.catalog.po import read_po, write_po
from translate.tm import TranslationMemory, lookup
from translate.tm.numbers import replace_numbers
from translate.tm.tmx import parse_tmx, write_tmx

DATA = Path(__file__).parent / "data" / "tm"


def _translated(po: Path) -> list:
    return [
        m
        for m in read_po(po).active
        if not m.is_header and m.translated and not m.fuzzy and m.msgid_plural is None
    ]


def test_build_puts_every_translated_message_in_one_tm_per_pair(tmp_project, cli):
    r = cli("tm", "build", cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    assert "tm/en-az.sqlite: created" in r.stdout and "tm/en-ru.sqlite: created" in r.stdout
    po = tmp_project / "locales/ru/LC_MESSAGES/moscow-cant-erase-1920.po"
    expected = {(m.msgid, m.msgstr) for m in _translated(po)}
    expected |= {
        (m.msgid, m.msgstr)
        for m in _translated(tmp_project / "locales/ru/LC_MESSAGES/aliyev-occupation-remark.po")
    }
    with TranslationMemory.open(tmp_project / "tm/en-ru.sqlite") as tm:
        segs = list(tm)
    assert {(s.source, s.target) for s in segs} == expected
    # origin: the article, the block's line in the source article, the article's date
    first = next(m for m in _translated(po) if m.msgctxt is None)
    seg = next(s for s in segs if s.source == first.msgid)
    assert seg.article == "moscow-cant-erase-1920"
    assert f"seeds/moscow-cant-erase-1920.md:{seg.line}" == first.references[0]
    assert seg.date == read_po(po).header_value("POT-Creation-Date")[:10]


def test_build_is_incremental(tmp_project, cli):
    cli("tm", "build", cwd=tmp_project)
    again = cli("tm", "build", cwd=tmp_project)
    assert "0 catalogue(s) read, 2 unchanged" in again.stdout
    po = tmp_project / "locales/ru/LC_MESSAGES/moscow-cant-erase-1920.po"
    cat = read_po(po)
    first = next(m for m in cat.active if not m.is_header)
    old = first.msgstr
    first.msgstr += " (ред.)"
    write_po(po, cat)
    r = cli("tm", "build", cwd=tmp_project)
    assert "tm/en-ru.sqlite: updated" in r.stdout and "1 catalogue(s) read, 1 unchanged" in r.stdout
    assert "tm/en-az.sqlite: unchanged" in r.stdout
    with TranslationMemory.open(tmp_project / "tm/en-ru.sqlite") as tm:
        targets = [s.target for s in tm.exact(first.msgid)]
    assert targets == [old + " (ред.)"]
    po.unlink()
    r = cli("tm", "build", cwd=tmp_project)
    assert "tm/en-ru.sqlite: updated; 41 segments" in r.stdout and "-9 removed" in r.stdout
    with TranslationMemory.open(tmp_project / "tm/en-ru.sqlite") as tm:
        assert not tm.exact(first.msgid)
        assert {s.article for s in tm} == {"aliyev-occupation-remark"}
        # the word counts that rank FTS queries follow every replacement and removal
        counts: dict[str, int] = {}
        for seg in tm:
            for w in {w.casefold() for w in re.findall(r"\w+", seg.source)}:
                counts[w] = counts.get(w, 0) + 1
        assert dict(tm.conn.execute("SELECT term, doc FROM vocab")) == counts


def test_newer_format_version_is_refused(tmp_project, cli):
    cli("tm", "build", cwd=tmp_project)
    db = tmp_project / "tm/en-ru.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'format_version'")
    conn.close()
    r = cli("tm", "lookup", "Baku", "--lang", "ru", cwd=tmp_project)
    assert r.returncode == 2
    assert "TM format version 99 is newer than this tool reads" in r.stderr
    assert "Traceback" not in r.stderr
    r = cli("tm", "build", cwd=tmp_project)
    assert r.returncode == 2 and "newer" in r.stderr


def test_lookup_text_and_json(tmp_project, cli):
    cli("tm", "build", cwd=tmp_project)
    po = tmp_project / "locales/ru/LC_MESSAGES/aliyev-occupation-remark.po"
    m = next(m for m in _translated(po) if len(m.msgid) > 80)
    r = cli("tm", "lookup", m.msgid, "--lang", "ru", cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("100%  aliyev-occupation-remark:")
    assert m.msgstr in r.stdout
    edited = m.msgid[:-1] + " indeed."
    r = cli("tm", "lookup", edited, "--lang", "ru", "-f", "json", cwd=tmp_project)
    found = json.loads(r.stdout)
    assert found[0]["target"] == m.msgstr and 75 <= found[0]["score"] < 100
    assert found[0]["article"] == "aliyev-occupation-remark" and found[0]["line"]
    r = cli("tm", "lookup", "Completely unrelated words here.", "--lang", "ru", cwd=tmp_project)
    assert r.returncode == 1 and "no match at or above 75%" in r.stderr


def test_numbers_only_difference():
    assert replace_numbers(
        "In April 1920, 11 divisions", "In April 1918, 9 divisions", "В апреле 1918 года 9 дивизий"
    ) == ("В апреле 1920 года 11 дивизий", [("1918", "1920"), ("9", "11")])
    # a number that is not in the target as written: no guess
    assert replace_numbers("In 1920", "In 1918", "В тысяча девятьсот восемнадцатом") is None
    assert replace_numbers("In 1920 X", "In 1918 Y", "В 1918") is None


def test_tmx_round_trip(tmp_project, cli, tmp_path):
    cli("tm", "build", cwd=tmp_project)
    out = tmp_path / "en-ru.tmx"
    r = cli("tm", "export", "--format", "tmx", "--lang", "ru", "-o", str(out), cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    assert "translation units" in r.stdout
    fresh = tmp_path / "fresh"
    r = cli("tm", "import", str(out), "--tm-dir", str(fresh), cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    with (
        TranslationMemory.open(tmp_project / "tm/en-ru.sqlite") as a,
        TranslationMemory.open(fresh / "en-ru.sqlite") as b,
    ):

        def key(s):
            return (s.source, s.target, s.context, s.prev, s.next, s.article, s.line, s.date)

        assert sorted(map(key, a)) == sorted(map(key, b))
        assert len(a) == 50  # 41 + 9 shipped ru messages


def test_tmx_export_escapes_and_skips_what_xml_cannot_carry():
    from translate.tm import Segment

    segs = [
        Segment('a < b & "c"\r\nd', "а < б & «в»\r\nг", article="x", line=3, date="2024-01-02"),
        Segment("bell \x07", "звонок \x07"),
    ]
    text, written, skipped = write_tmx(segs, "en", "ru")
    assert (written, skipped) == (1, 1)
    back = parse_tmx(text.encode(), "x.tmx")
    (seg,) = back.segments["ru"]
    assert (seg.source, seg.target, seg.line, seg.date) == (
        segs[0].source,
        segs[0].target,
        3,
        "2024-01-02",
    )


def test_import_tmx_written_as_omegat_writes_it(tmp_project, cli):
    r = cli("tm", "import", str(DATA / "omegat-level2.tmx"), cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    assert "imported 3 segment(s)" in r.stdout
    r = cli("tm", "import", str(DATA / "omegat-project_save.tmx"), cwd=tmp_project)
    assert "tm/en-az.sqlite: imported 1 segment(s)" in r.stdout
    with TranslationMemory.open(tmp_project / "tm/en-ru.sqlite") as tm:
        segs = {s.source: s for s in tm}
        got = lookup(tm, "The Red Army entered Baku in April 1921.")
    # inline codes keep their native text; OmegaT's context properties are kept
    assert segs["Read <b0>the statement</b0> in full."].target == (
        "Прочитайте <b0>заявление</b0> полностью."
    )
    alt = segs["Mammadov stressed this."]
    assert (alt.prev, alt.article, alt.date) == (
        "History as Context, Not Provocation",
        "moscow",
        "2024-03-13",
    )
    assert got[0].target == "Красная армия вошла в Баку в апреле 1921 года."
    assert got[0].numbers_replaced and got[0].score < 100
    # importing the same file again replaces, never duplicates
    cli("tm", "import", str(DATA / "omegat-level2.tmx"), cwd=tmp_project)
    with TranslationMemory.open(tmp_project / "tm/en-ru.sqlite") as tm:
        assert len(tm) == 3


BROKEN = {
    "malformed": (
        b'<tmx version="1.4"><header srclang="en"/><body><tu></body></tmx>',
        "malformed XML",
    ),
    "xxe": (
        b'<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        b'<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg>'
        b"</tuv></tu></body></tmx>",
        "refusing unsafe XML",
    ),
    "version": (
        b'<tmx version="2.0"><header srclang="en"/><body/></tmx>',
        "TMX version '2.0' is not supported",
    ),
    "srclang": (
        b'<tmx version="1.4"><header adminlang="en"/><body/></tmx>',
        "has no srclang attribute",
    ),
    "root": (b"<martif><text/></martif>", "not a TMX file"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_tmx_is_refused_and_nothing_is_written(tmp_project, cli, case):
    data, message = BROKEN[case]
    bad = tmp_project / f"{case}.tmx"
    bad.write_bytes(data)
    r = cli("tm", "import", str(bad), cwd=tmp_project)
    assert r.returncode == 2
    assert message in r.stderr and f"{case}.tmx:" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_project / "tm").exists()


def test_large_tm_goes_through_the_full_text_index(tmp_path, monkeypatch):
    """Above SCAN_SEGMENTS segments the shortlist comes from FTS5 (two of the rarest words);
    both paths must find the same near-duplicates, plural segments only for plural queries."""
    from translate.tm import Segment, store
    from translate.tm.match import Query

    segs = [
        Segment(f"The pipeline number {i} carries gas from the Caspian shelf to Europe.", f"т{i}")
        for i in range(50)
    ]
    segs.append(
        Segment("The Red Army entered Baku in April.", "Красная армия вошла в Баку в апреле.")
    )
    segs.append(
        Segment(
            "One file changed",
            "изменён 1 файл",
            plural="%d files changed",
            forms=("изменён %d файл", "изменено %d файла", "изменено %d файлов"),
        )
    )
    with TranslationMemory.open(
        tmp_path / "t.sqlite", source_lang="en", target_lang="ru", create=True
    ) as tm:
        tm.replace_origin("x", "d", segs)
        queries = [
            "The Red Army entered Baku in late April.",
            "The pipeline number 7 carries oil from the Caspian shelf to Europe.",
        ]
        scanned = [sorted((m.score, m.target) for m in lookup(tm, q)) for q in queries]
        monkeypatch.setattr(store, "SCAN_SEGMENTS", 0)
        tm._size = None
        indexed = [sorted((m.score, m.target) for m in lookup(tm, q)) for q in queries]
        assert indexed == scanned
        assert [t for _, t in indexed[0]] == ["Красная армия вошла в Баку в апреле."]
        assert lookup(tm, queries[1])[0].target == "т7"
        plural = lookup(tm, Query("One file changed.", plural="%d files changed"))
        assert [m.segment.forms for m in plural] == [segs[-1].forms]
        assert not lookup(tm, "One file changed.")


def test_scan_reads_rapidfuzz_scores_without_numpy_and_with_it_alike(tmp_path, monkeypatch):
    """A small TM is scored whole through rapidfuzz's C `cdist`, whose byte matrix is read
    without importing numpy; a rapidfuzz without that entry point goes through numpy. Both
    find the same suggestions, best first, the best `limit` of many near-duplicates."""
    from rapidfuzz.distance import Indel

    from translate.tm import Segment, store

    segs = [
        Segment(f"The pipeline number {i} carries gas from the Caspian shelf.", f"т{i}")
        for i in range(40)
    ]
    segs.append(Segment("Talks on Karabakh resumed in Brussels.", "Переговоры возобновились."))
    queries = [
        "The pipeline number 7 carries oil from the Caspian shelf.",
        "Talks on Karabakh resumed in Brussels on Monday.",
        "Nothing like any segment at all.",
    ]
    with TranslationMemory.open(
        tmp_path / "t.sqlite", source_lang="en", target_lang="ru", create=True
    ) as tm:
        tm.replace_origin("x", "d", segs)

        def found() -> list[list[tuple[int, str]]]:
            return [[(m.score, m.target) for m in lookup(tm, q, limit=3)] for q in queries]

        with_c = found()
        monkeypatch.setattr(store, "_cdist", None)
        assert found() == with_c
    # gettext's fstrcmp in percent, as msgmerge shows it: 2·LCS / (len a + len b)
    best = int(100 * Indel.normalized_similarity(queries[0], segs[7].source))
    assert with_c[0][0] == (best, "т7") and len(with_c[0]) == 3
    assert [t for _, t in with_c[1]] == ["Переговоры возобновились."]
    assert with_c[2] == []


def test_a_file_that_is_not_a_tm_is_refused(tmp_project, cli):
    fake = tmp_project / "notes.sqlite"
    fake.write_text("not a database\n", encoding="utf-8")
    r = cli("tm", "lookup", "Baku", "--lang", "ru", "--tm", str(fake), cwd=tmp_project)
    assert r.returncode == 2 and "not a translation memory" in r.stderr
    assert "Traceback" not in r.stderr
    r = cli("tm", "lookup", "Baku", "--lang", "ru", cwd=tmp_project)
    assert r.returncode == 2 and "run `translate tm build`" in r.stderr
    r = cli("tm", "import", "missing.tmx", cwd=tmp_project)
    assert r.returncode == 2 and "missing.tmx" in r.stderr and "Traceback" not in r.stderr


def _near_copies(rng: random.Random, n: int) -> list[str]:
    """Texts of 1-140 characters that share words and characters (az, ru and en letters), many
    of them edits of each other, so that similarities fall on both sides of any threshold."""
    words = ["commit", "branch", "ağac", "şəhər", "Qarabağ", "ветка", "ёлка", "file", "is", "a"]
    base = [" ".join(rng.choices(words, k=rng.randint(1, 14)))[:140] for _ in range(n // 2)]
    edited = []
    for text in base:
        chars = list(text)
        for _ in range(rng.randint(0, 6)):
            at = rng.randrange(len(chars) + 1)
            if rng.random() < 0.5 and at < len(chars):
                del chars[at]
            else:
                chars.insert(at, rng.choice("aəıioё .,"))
        edited.append("".join(chars) or "x")
    return base + edited


@pytest.mark.parametrize("threshold", [0.4, 0.6, 0.75, 0.9, 1.0])
def test_screened_scores_equal_the_full_cdist(threshold: float) -> None:
    """The LCS screening is an exact shortcut: the same byte matrix as scoring every pair."""
    from translate.tm import store

    if store._cdist is None:
        pytest.skip("rapidfuzz without its C extension: no screening")
    rng = random.Random(int(threshold * 100))
    for _ in range(20):
        choices = sorted(_near_copies(rng, 600), key=len)
        queries = sorted(rng.sample(choices, 32), key=len)
        lengths = [len(c) for c in choices]
        full = store._percent_matrix(queries, choices, threshold)
        assert full.count(0) < len(full)  # the case is not trivial
        assert bytes(store._screened_matrix(queries, choices, lengths, threshold)) == full
    # texts of one length, each query with 40 distinct letters, each choice a query with k of
    # them replaced by digits: LCS 40 - k, similarities in steps of 2.5 %, so that some fall
    # just above the threshold, where a screen that is too strict would drop a pair
    letters, digits = "abcdefghijklmnopqrstuvwxyzəğıöşüçабвгдеёжзийклмн", "0123456789" * 4
    queries = ["".join(rng.sample(letters, 40)) for _ in range(32)]
    choices = []
    for k in range(41):
        for q in rng.sample(queries, 12):
            chars = list(q)
            for at in rng.sample(range(40), k):
                chars[at] = rng.choice(digits)
            choices.append("".join(chars))
    full = store._percent_matrix(queries, choices, threshold)
    least = round(threshold * 100)
    assert sum(full.count(v) for v in range(least, least + 4)) >= 12  # just above the threshold
    assert bytes(store._screened_matrix(queries, choices, [40] * len(choices), threshold)) == full
