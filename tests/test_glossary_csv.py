"""The canonical CSV: strict reading with located problems, deterministic writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.glossary import GlossaryFormatError, Status, load_glossary, read_glossary
from translate.glossary.csv_format import parse_csv, write_csv

DATA = Path(__file__).parent / "data" / "glossary"
GOOD = DATA / "good.csv"


def problems_of(data: bytes) -> list[tuple[int, int, str]]:
    return [(p.location.line, p.location.column, p.rule) for p in parse_csv(data, "g.csv").problems]


def test_good_file_reads_every_column_into_the_model():
    result = read_glossary(GOOD)
    assert result.problems == []
    gl = result.glossary
    assert gl.languages == ("en", "az", "ru")
    assert [c.id for c in gl][:3] == ["baku", "nakhchivan", "karabakh"]
    baku = gl.get("baku")
    assert baku.definition == "Capital of Azerbaijan, on the Caspian coast."
    assert baku.preferred("az").text == "Bakı"
    assert baku.preferred("ru").inflection == "indecl"
    nakh = gl.get("nakhchivan")
    assert [(t.text, t.status) for t in nakh.terms_for("ru")] == [
        ("Нахчыван", Status.PREFERRED),
        ("Нахичевань", Status.ADMITTED),
    ]
    # the hint applies to every Russian term of the concept
    assert {t.inflection for t in nakh.terms_for("ru")} == {"Нахчыван=like караван"}
    assert gl.get("karabakh").note == 'Use "Karabakh", not "Nagorno-Karabakh".'
    assert [t.text for t in gl.get("kyiv").disallowed("en")] == ["Kiev"]
    assert gl.get("kyiv").disallowed("en")[0].status is Status.FORBIDDEN
    icao = gl.get("icao")
    assert all(t.case_sensitive for t in icao.terms)
    assert not any(t.case_sensitive for t in baku.terms)


def test_terms_know_their_line_and_column():
    gl = load_glossary(GOOD)
    lines = GOOD.read_text(encoding="utf-8").split("\n")
    for concept in gl:
        for term in concept.terms:
            line = lines[term.line - 1]
            assert line[term.column - 1 :].startswith(term.text), (term, line)


def test_positions_after_a_multi_line_quoted_value():
    data = (
        "id,domain,pos,definition,note,en,az\n"
        'x,history,noun,"two\nlines, ""quoted""",,occupation,işğal | işğal'
        " etmə\n"
    ).encode()
    result = parse_csv(data, "m.csv")
    concept = result.glossary.concepts[0]
    assert concept.definition == 'two\nlines, ""quoted""'.replace('""', '"')
    en = concept.preferred("en")
    assert (en.line, en.column) == (3, 21)
    az = concept.preferred("az")
    assert (az.line, az.column) == (3, 32)
    # a preferred column with two terms is an error pointing at the second one
    assert [(p.location.line, p.location.column, p.rule) for p in result.problems] == [
        (3, 40, "csv-separator")
    ]


def test_writer_reproduces_the_file_byte_for_byte_and_rereads_identically():
    text = GOOD.read_text(encoding="utf-8")
    gl = load_glossary(GOOD)
    out = write_csv(gl)
    assert out == text
    again = parse_csv(out.encode(), "again.csv").glossary
    assert gl.same_content(again)
    assert write_csv(again) == out


def test_repository_glossary_round_trips_through_the_writer(repo_root):
    path = repo_root / "glossary" / "glossary.csv"
    if not path.exists():
        pytest.skip("glossary/glossary.csv not written yet")
    gl = load_glossary(path)
    assert write_csv(gl) == path.read_text(encoding="utf-8")


def test_bom_is_reported_at_line_1():
    assert problems_of(b"\xef\xbb\xbf" + GOOD.read_bytes()) == [(1, 1, "csv-bom")]


def test_crlf_is_reported_once_with_its_first_line():
    result = parse_csv(GOOD.read_bytes().replace(b"\n", b"\r\n"), "w.csv")
    assert [(p.location.line, p.rule) for p in result.problems] == [(1, "csv-line-ending")]
    assert "and 8 more line(s)" in result.problems[0].message
    assert "dos2unix" in result.problems[0].hint
    # the content is still read, so other problems could be reported in the same run
    assert len(result.glossary) == 8


def test_invalid_utf8_is_located_on_its_line_and_column():
    data = GOOD.read_bytes().replace("Bakı".encode(), "Bak\xfd".encode("latin-1"))
    result = parse_csv(data, "l.csv")
    assert [(p.location.line, p.location.column, p.rule) for p in result.problems] == [
        (2, 82, "csv-encoding")
    ]
    assert "0xFD" in result.problems[0].message
    assert result.unreadable


def test_bad_quote_and_wrong_column_count_reported_together():
    lines = GOOD.read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3].replace('"Use ""Karabakh""', '"Use "Karabakh"')  # line 4: bad quoting
    lines[6] = lines[6].replace("The 2020 war.", "The 2020 war, in Karabakh.")  # line 7: 1 more
    lines[7] = lines[7][: lines[7].rindex(",")]  # line 8: one field short
    result = parse_csv("\n".join(lines).encode(), "q.csv")
    got = [(p.location.line, p.rule) for p in result.problems]
    assert got == [(4, "csv-quoting"), (7, "csv-columns"), (8, "csv-columns")]
    assert "has 22 fields, the header has 21" in result.problems[1].message
    assert "double quotes" in result.problems[1].hint
    assert "has 20 fields" in result.problems[2].message
    # the good rows are still there
    assert {c.id for c in result.glossary} == {"baku", "nakhchivan", "kyiv", "icao", "occupation"}


def test_unclosed_quote_names_the_line_where_it_opened():
    data = (
        "id,domain,pos,en,az,ru\n"
        'a,history,noun,"occupation,işğal,оккупация\n'
        "b,history,noun,war,müharibə,война\n"
    ).encode()
    problems = parse_csv(data, "u.csv").problems
    assert [(p.location.line, p.location.column, p.rule) for p in problems] == [
        (2, 16, "csv-quoting")
    ]
    assert "opened on line 2 is never closed" in problems[0].message


def test_quote_inside_unquoted_value():
    data = b'id,domain,pos,en,az,ru\na,history,noun,the "new" normal,yeni normal,x\n'
    assert problems_of(data) == [(2, 20, "csv-quoting")]


def test_header_problems():
    data = b"id,domain,pos,en,az,az_obsolete,en_admited,definiton\n"
    problems = parse_csv(data, "h.csv").problems
    got = [(p.location.column, p.rule, p.hint) for p in problems]
    assert got[0][:2] == (21, "unknown-status")
    assert "az_admitted" in got[0][2]
    assert got[1][:2] == (33, "unknown-status")
    assert got[2] == (44, "csv-unknown-column", "did you mean 'definition'?")
    assert problems_of(b"") == [(1, 1, "csv-header")]
    assert problems_of(b"domain,pos,en\n") == [(1, 1, "csv-header")]
    assert problems_of(b"id,domain,pos,en,en\n") == [(1, 18, "csv-header")]


def test_variant_separator_must_have_spaces():
    data = b"id,domain,pos,en,en_admitted\na,x,noun,Kyiv,Kyiv city|Kyiv town\n"
    problems = parse_csv(data, "s.csv").problems
    assert [(p.location.column, p.rule) for p in problems] == [(15, "csv-separator")]
    data = b"id,domain,pos,en,en_admitted\na,x,noun,Kyiv,Kyiv city | \n"
    assert [p.rule for p in parse_csv(data, "s.csv").problems] == ["csv-separator"]


def test_load_glossary_refuses_a_malformed_file_listing_every_problem(tmp_path):
    path = tmp_path / "broken.csv"
    text = GOOD.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    with pytest.raises(GlossaryFormatError) as info:
        load_glossary(path)
    message = str(info.value)
    assert f"{path}:1:1: error: the file starts with a byte-order mark" in message
    assert "Windows line ending (CRLF)" in message
    assert info.value.exit_code == 2


def test_unreadable_and_unknown_files(tmp_path):
    from translate.errors import UserError

    with pytest.raises(UserError, match="glossary not found"):
        load_glossary(tmp_path / "missing.csv")
    with pytest.raises(UserError, match="unknown glossary format"):
        load_glossary(tmp_path / "terms.xlsx")
