"""TBX export/import: lossless round trip, 2008 files from other tools, unsafe XML refused."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import run_translate

from translate.errors import UserError
from translate.glossary import Status, load_glossary, read_glossary, save_glossary, write_csv
from translate.glossary.tbx import TBX_NS, parse_tbx, write_tbx

DATA = Path(__file__).parent / "data" / "glossary"
NS = {"t": TBX_NS}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_export_is_tbx_basic_dca():
    gl = load_glossary(DATA / "good.csv")
    root = ET.fromstring(write_tbx(gl))
    assert root.tag == f"{{{TBX_NS}}}tbx"
    assert (root.get("type"), root.get("style"), root.get(XML_LANG)) == ("TBX-Basic", "dca", "en")
    entries = root.findall("t:text/t:body/t:conceptEntry", NS)
    assert [e.get("id") for e in entries][:2] == ["baku", "nakhchivan"]
    # ids must be XML IDs (NCName): a leading digit gets an underscore
    assert "_44-day-war" in [e.get("id") for e in entries]
    kyiv = next(e for e in entries if e.get("id") == "kyiv")
    assert kyiv.find("t:descrip[@type='subjectField']", NS).text == "geography"
    en = kyiv.find("t:langSec[@xml:lang='en']", {**NS, "xml": XML_LANG.split("}")[0][1:]})
    statuses = {
        sec.find("t:term", NS).text: sec.find("t:termNote[@type='administrativeStatus']", NS).text
        for sec in en.findall("t:termSec", NS)
    }
    assert statuses == {"Kyiv": "preferredTerm-admn-sts", "Kiev": "deprecatedTerm-admn-sts"}
    pos = {n.text for n in kyiv.iter(f"{{{TBX_NS}}}termNote") if n.get("type") == "partOfSpeech"}
    assert pos == {"properNoun"}


def test_all_four_statuses_stay_distinct():
    gl = load_glossary(DATA / "good.csv")
    tbx = write_tbx(gl)
    for value in (
        "preferredTerm-admn-sts",  # Kyiv
        "admittedTerm-admn-sts",  # Нахичевань
        "supersededTerm-admn-sts",  # Nagorno-Karabakh (deprecated)
        "deprecatedTerm-admn-sts",  # Kiev (forbidden)
    ):
        assert f">{value}<" in tbx
    back = parse_tbx(tbx.encode(), "x.tbx").glossary
    karabakh, kyiv = back.get("karabakh"), back.get("kyiv")
    assert [t.status for t in karabakh.terms_for("en")] == [Status.PREFERRED, Status.DEPRECATED]
    assert [t.status for t in kyiv.terms_for("en")] == [Status.PREFERRED, Status.FORBIDDEN]


def test_csv_tbx_csv_loses_nothing(tmp_path):
    original = load_glossary(DATA / "good.csv")
    tbx_path = tmp_path / "g.tbx"
    save_glossary(original, tbx_path)
    result = read_glossary(tbx_path, ("en", "az", "ru"))
    assert result.problems == []
    assert original.same_content(result.glossary)
    # and byte for byte once written back as CSV
    assert write_csv(result.glossary) == (DATA / "good.csv").read_text(encoding="utf-8")
    # case sensitivity and inflection hints survived
    icao = result.glossary.get("icao")
    assert all(t.case_sensitive for t in icao.terms)
    assert icao.preferred("ru").inflection == "indecl"
    assert icao.pos == "abbr"


def test_shipped_glossary_round_trips_through_tbx(repo_root):
    path = repo_root / "glossary" / "glossary.csv"
    if not path.exists():
        pytest.skip("glossary/glossary.csv not written yet")
    original = load_glossary(path)
    tbx = write_tbx(original)
    back = parse_tbx(tbx.encode(), "g.tbx", ("en", "az", "ru"))
    assert back.problems == []
    assert original.same_content(back.glossary)
    assert write_csv(back.glossary) == path.read_text(encoding="utf-8")
    assert write_tbx(back.glossary) == tbx.replace("glossary.csv", "g.tbx")


def test_export_is_deterministic():
    gl = load_glossary(DATA / "good.csv")
    assert write_tbx(gl) == write_tbx(load_glossary(DATA / "good.csv"))


def test_2008_translate_toolkit_file_imports():
    result = read_glossary(DATA / "tbx2008-translate-toolkit.tbx", ("en", "az", "ru"))
    gl = result.glossary
    assert result.problems == []
    assert gl.languages == ("en", "az")
    assert [c.id for c in gl] == ["passenger-plane", "air-defense-system"]
    plane = gl.get("passenger-plane")
    assert plane.preferred("az").text == "sərnişin təyyarəsi"
    defense = gl.get("air-defense-system")
    # no status in the file: first term preferred, the others admitted
    assert [(t.text, t.status) for t in defense.terms_for("en")] == [
        ("air-defense system", Status.PREFERRED),
        ("air defence system", Status.ADMITTED),
    ]


def test_2008_okapi_file_with_statuses_ntig_and_descripgrp():
    result = read_glossary(DATA / "tbx2008-okapi.tbx", ("en", "az", "ru"))
    gl = result.glossary
    assert result.problems == []
    assert gl.languages == ("en", "az", "ru")
    kyiv = gl.get("kyiv")
    assert kyiv.domain == "geography"
    assert kyiv.definition == "Capital of Ukraine."
    assert kyiv.pos == "propn"
    assert [(t.lang, t.text, t.status) for t in kyiv.terms] == [
        ("en", "Kyiv", Status.PREFERRED),
        ("en", "Kiev", Status.FORBIDDEN),  # ntig/termGrp, deprecatedTerm-admn-sts
        ("az", "Kiyev", Status.PREFERRED),  # sorted into configured language order
        ("ru", "Киев", Status.PREFERRED),
    ]
    karabakh = gl.get("karabakh")
    assert karabakh.note == "Nagorno-Karabakh is the Soviet-era name."
    # the 2008 name normativeAuthorization, values without -admn-sts
    assert [(t.text, t.status) for t in karabakh.terms_for("az")] == [
        ("Qarabağ", Status.PREFERRED),
        ("Dağlıq Qarabağ", Status.DEPRECATED),
    ]
    assert gl.get("icao").pos == "abbr"  # termType acronym
    # terms are located in the file
    assert (kyiv.terms[1].line, kyiv.line) == (24, 13)


def test_unknown_status_and_second_preferred_are_reported():
    tbx = """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="x"><langSet xml:lang="en">
<tig><term>one</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>two</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>three</term><termNote type="administrativeStatus">bestTerm</termNote></tig>
</langSet></termEntry></body></text></martif>"""
    result = parse_tbx(tbx.encode(), "s.tbx")
    got = [(p.location.line, p.rule, str(p.severity)) for p in result.problems]
    assert got == [(5, "tbx-preferred", "warning"), (6, "unknown-status", "error")]
    assert [t.status for t in result.glossary.concepts[0].terms] == [
        Status.PREFERRED,
        Status.ADMITTED,
        Status.ADMITTED,
    ]


@pytest.mark.parametrize(
    ("name", "words", "line"),
    [
        ("billion-laughs.tbx", "declares the entity 'lol'", 3),
        ("xxe.tbx", "declares the external entity 'secret' (file:///etc/passwd)", 3),
    ],
)
def test_unsafe_xml_is_refused(name, words, line):
    with pytest.raises(UserError) as info:
        load_glossary(DATA / name)
    assert "refusing unsafe XML" in info.value.message
    assert words in info.value.message
    assert info.value.location.line == line
    assert info.value.exit_code == 2


@pytest.mark.parametrize("name", ["billion-laughs.tbx", "xxe.tbx"])
def test_unsafe_xml_via_the_cli_exits_2_without_traceback(name, tmp_project):
    proc = run_translate("glossary", "validate", "--glossary", str(DATA / name), timeout=60)
    assert proc.returncode == 2
    assert "refusing unsafe XML" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "root:" not in proc.stdout  # /etc/passwd never read


def test_malformed_and_foreign_xml():
    with pytest.raises(UserError) as info:
        parse_tbx(b"<martif>\n<text><body></martif>", "m.tbx")
    assert info.value.message.startswith("malformed XML: mismatched tag")
    assert (info.value.location.line, info.value.location.column) == (2, 15)
    with pytest.raises(UserError, match=r"root element is <html>"):
        parse_tbx(b"<html/>", "h.tbx")


def test_regional_language_tags_map_to_configured_languages():
    data = (DATA / "tbx2008-okapi.tbx").read_bytes()
    data = data.replace(b'xml:lang="en"', b'xml:lang="en-US"').replace(
        b'xml:lang="ru"', b'xml:lang="ru-RU"'
    )
    data = data.replace(b'xml:lang="az"', b'xml:lang="az-Latn-AZ"')
    gl = parse_tbx(data, "r.tbx", ("en", "az", "ru")).glossary
    assert gl.languages == ("en", "az", "ru")
    assert gl.get("kyiv").preferred("ru").text == "Киев"
    # without configured languages the tags stay as written
    assert parse_tbx(data, "r.tbx").glossary.languages == ("en-US", "ru-RU", "az-Latn-AZ")


def _ttk(shared_data: Path, name: str) -> Path:
    path = shared_data / "peer" / "ttk" / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return path


def test_bare_and_tbx_basic_statuses_map_like_their_full_names(shared_data):
    # translate-toolkit's fixture: the bare TBX 2008 value "deprecated" beside TBX-Basic's
    result = read_glossary(_ttk(shared_data, "09-test_tbx.tbx"), ("en", "fr"))
    assert not [p for p in result.problems if p.rule == "unknown-status"]
    bus = result.glossary.get("e001")
    assert [(t.lang, t.status) for t in bus.terms] == [
        ("en", Status.FORBIDDEN),
        ("fr", Status.FORBIDDEN),
    ]
    # descrip labels are kept in the note
    assert "Translation needed: Yes" in bus.note
    assert "Translation needed: No" in result.glossary.get("e002").note


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("preferred", Status.PREFERRED),
        ("admitted", Status.ADMITTED),
        ("superseded", Status.DEPRECATED),
        ("deprecated", Status.FORBIDDEN),
        ("standardizedTerm-admn-sts", Status.PREFERRED),
        ("admittedTerm-admn-sts", Status.ADMITTED),
        ("supersededTerm-admn-sts", Status.DEPRECATED),
        ("deprecatedTerm-admn-sts", Status.FORBIDDEN),
    ],
)
def test_status_values(value, status):
    tbx = f"""<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body><termEntry id="x"><langSet xml:lang="en">
<tig><term>one</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
<tig><term>two</term><termNote type="administrativeStatus">{value}</termNote></tig>
</langSet></termEntry></body></text></martif>"""
    result = parse_tbx(tbx.encode(), "s.tbx")
    assert not result.problems
    two = next(t for t in result.glossary.concepts[0].terms if t.text == "two")
    assert two.status is status


def test_usage_note_label():
    tbx = """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body><termEntry id="x">
<descrip type="usageNote">only in headlines</descrip>
<langSet xml:lang="en"><tig><term>one</term></tig></langSet></termEntry></body></text></martif>"""
    assert parse_tbx(tbx.encode(), "s.tbx").glossary.concepts[0].note == (
        "Usage note: only in headlines"
    )


def test_unknown_status_fails_the_import_and_writes_nothing(tmp_project):
    src = tmp_project / "odd.tbx"
    src.write_text(
        """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body><termEntry id="x"><langSet xml:lang="en">
<tig><term>one</term><termNote type="administrativeStatus">bestTerm</termNote></tig>
</langSet></termEntry></body></text></martif>""",
        encoding="utf-8",
    )
    out = tmp_project / "imported.csv"
    proc = run_translate("glossary", "import", str(src), "-o", str(out), cwd=tmp_project)
    assert proc.returncode == 2
    assert "odd.tbx:3:" in proc.stderr
    assert "unknown administrative status 'bestTerm'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
