"""Property: any glossary the CSV schema can hold survives CSV and TBX round trips unchanged."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate.glossary import Concept, Glossary, Status, Term
from translate.glossary.csv_format import parse_csv, write_csv
from translate.glossary.tbx import parse_tbx, write_tbx

LANGS = ("en", "az", "ru")

# printable text with the characters that stress CSV and XML: commas, quotes, <, &, newlines,
# non-Latin letters; no "|" (the variant separator) and no CR (a line-ending error in CSV)
_alphabet = st.characters(
    categories=("L", "N", "P", "Zs", "S"),
    exclude_characters="|\r\u2028\u2029\x85",
)
text = st.text(_alphabet | st.sampled_from(['"', ",", "\n", "&", "<", "ə", "ё"]), max_size=20)
term_text = text.filter(lambda s: s.strip() != "")
ids = st.from_regex(r"\A[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}\Z")
hints = st.none() | st.sampled_from(["indecl", "Баку=indecl", "Нахчыван=like караван"])


@st.composite
def concepts(draw) -> Concept:
    terms: list[Term] = []
    for lang in LANGS:
        case = draw(st.booleans())
        hint = draw(hints) if lang == "ru" else None
        texts = draw(st.lists(term_text, max_size=4, unique=True))
        others = st.sampled_from([Status.ADMITTED, Status.DEPRECATED, Status.FORBIDDEN])
        statuses = [Status.PREFERRED, *draw(st.lists(others, min_size=len(texts)))]
        if texts and not draw(st.booleans()):
            statuses[0] = Status.ADMITTED  # sometimes no preferred term at all
        group = [Term(t, lang, s, case, hint) for t, s in zip(texts, statuses, strict=False)]
        order = {s: i for i, s in enumerate(Status)}
        terms += sorted(group, key=lambda t: order[t.status])
    return Concept(
        id=draw(ids),
        domain=draw(text),
        pos=draw(st.sampled_from(["noun", "propn", "adj", "verb", "abbr", ""])),
        definition=draw(text),
        note=draw(text),
        terms=terms,
    )


glossaries = st.lists(concepts(), max_size=5).map(lambda cs: Glossary(cs, LANGS, "p.csv"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries)
def test_csv_round_trip(gl):
    out = write_csv(gl)
    result = parse_csv(out.encode(), "p.csv")
    assert [p for p in result.problems if p.is_error] == []
    assert gl.same_content(result.glossary)
    assert write_csv(result.glossary) == out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries)
def test_tbx_round_trip(gl):
    result = parse_tbx(write_tbx(gl).encode(), "p.tbx", LANGS)
    assert [p for p in result.problems if p.is_error] == []
    assert gl.same_content(result.glossary)
