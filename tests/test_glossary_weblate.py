"""Import of a bilingual Weblate-style CSV glossary into one language pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.errors import UserError
from translate.glossary import Status, read_weblate_csv, validate, write_csv
from translate.glossary.weblate import parse_weblate_csv

DATA = Path(__file__).parent / "data" / "glossary"


def test_weblate_csv_becomes_en_az_concepts():
    result = read_weblate_csv(DATA / "weblate-en-az.csv", "en", "az")
    gl = result.glossary
    assert gl.languages == ("en", "az")
    assert [c.id for c in gl] == [
        "occupation",
        "kiev",
        "baku",
        "karabakh",
        "icao",
        "south-caucasus",
        "caspian-sea",  # the context distinguishes the two "Caspian" rows
        "caspian-region",
    ]
    occupation = gl.get("occupation")
    assert occupation.definition == "Military seizure of a territory."
    assert occupation.note == 'Never "daxil olma".'
    assert occupation.preferred("az").text == "işğal"
    # a second row with the same source adds an admitted variant
    assert [(t.text, t.status) for t in gl.get("baku").terms_for("az")] == [
        ("Bakı", Status.PREFERRED),
        ("Bakı şəhəri", Status.ADMITTED),
    ]
    # fuzzy translations are not trusted
    assert [t.text for t in gl.get("karabakh").terms_for("az")] == ["Qarabağ"]
    assert [(p.location.line, p.rule) for p in result.problems] == [(7, "weblate-fuzzy")]
    # untranslated: only the source term
    assert [t.lang for t in gl.get("icao").terms] == ["en"]


def test_import_is_deterministic_and_writes_the_csv_schema():
    first = write_csv(read_weblate_csv(DATA / "weblate-en-az.csv", "en", "az").glossary)
    second = write_csv(read_weblate_csv(DATA / "weblate-en-az.csv", "en", "az").glossary)
    assert first == second
    assert first.splitlines()[0] == (
        "id,domain,pos,definition,note,en,en_admitted,en_deprecated,en_forbidden,en_case,"
        "az,az_admitted,az_deprecated,az_forbidden,az_case"
    )
    assert "baku,,,,,Baku,,,,,Bakı,Bakı şəhəri,,,\n" in first


def test_other_language_pair_and_flags():
    data = (
        "source,target,flags,explanation\n"
        "Kiev,Киев,forbidden,\n"
        "Kyiv,Киев,,Capital of Ukraine\n"
        "ICAO,,read-only,\n"
    ).encode()
    gl = parse_weblate_csv(data, "w.csv", "en", "ru").glossary
    assert gl.languages == ("en", "ru")
    assert gl.get("kiev").terms_for("ru")[0].status is Status.FORBIDDEN
    assert gl.get("kyiv").definition == "Capital of Ukraine"
    assert gl.get("icao").preferred("ru").text == "ICAO"  # do not translate
    # the imported glossary still needs domain and pos before it validates
    rules = {p.rule for p in validate(gl, ("en", "ru"))}
    assert "missing-field" in rules


def test_not_a_weblate_file():
    with pytest.raises(UserError, match="no source or target column") as info:
        parse_weblate_csv(b"id,en,az\nx,a,b\n", "n.csv", "en", "az")
    assert info.value.location.line == 1
    with pytest.raises(UserError, match="both 'en'"):
        parse_weblate_csv(b"source,target\n", "n.csv", "en", "en")
    with pytest.raises(UserError, match="3 fields, the header has 2") as info:
        parse_weblate_csv(b"source,target\na,b\nc,d,e\n", "n.csv", "en", "az")
    assert info.value.location.line == 3


def test_merge_into_the_glossary_keeps_the_house_line():
    from translate.glossary import Term, detect_format, load_glossary, merge_glossaries

    assert detect_format(DATA / "weblate-en-az.csv") == "weblate"
    assert detect_format(DATA / "good.csv") == "csv"
    assert detect_format(DATA / "tbx2008-okapi.tbx") == "tbx"
    base = load_glossary(DATA / "good.csv")
    extra = read_weblate_csv(DATA / "weblate-en-az.csv", "en", "az").glossary
    extra.get("baku").terms[1] = Term("Baki", "az")  # an imported preferred term
    merged = merge_glossaries(base, extra)
    assert [c.id for c in merged][: len(base)] == [c.id for c in base]
    baku = merged.get("baku")
    # the existing preferred term stays; the imported "preferred" one is only admitted
    assert [(t.text, t.status) for t in baku.terms_for("az")] == [
        ("Bakı", Status.PREFERRED),
        ("Baki", Status.ADMITTED),
        ("Bakı şəhəri", Status.ADMITTED),
    ]
    assert merged.get("south-caucasus").preferred("az").text == "Cənubi Qafqaz"
    # the base glossary itself is untouched
    assert [t.text for t in base.get("baku").terms_for("az")] == ["Bakı"]
