"""Suggestions: the replacement term in the form the text used."""

from __future__ import annotations

import pytest

from translate.glossary.model import Concept, Glossary, Status, Term
from translate.terms import TermIndex


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return TermIndex.build(
        Glossary(
            [
                Concept(
                    "legal-successor",
                    terms=[
                        Term("legal successor", "en"),
                        Term("successor state", "en", status=Status.ADMITTED),
                        Term("hüquqi varis", "az"),
                        Term("varis", "az", status=Status.DEPRECATED),
                        Term("правопреемник", "ru"),
                        Term("законный преемник", "ru", status=Status.DEPRECATED),
                    ],
                ),
                Concept(
                    "kyiv", terms=[Term("Kyiv", "en"), Term("Kiev", "en", status=Status.FORBIDDEN)]
                ),
            ]
        )
    )


def test_russian_suggestion_takes_case_and_number(index: TermIndex) -> None:
    occ = index.find("Она объявила себя законным преемником АДР.", "ru")[0]
    assert occ.term == "законный преемник"
    assert index.suggest(occ, "правопреемник") == "правопреемником"
    occ = index.find("ЗАКОННЫХ ПРЕЕМНИКОВ", "ru")[0]
    assert index.suggest(occ, "правопреемник") == "ПРАВОПРЕЕМНИКОВ"


def test_russian_suggestion_uses_the_replacement_terms_hint() -> None:
    index = TermIndex.build(
        Glossary(
            [
                Concept(
                    "nakhchivan",
                    terms=[
                        Term("Нахчыван", "ru", inflection="like караван"),
                        Term("Нахичевань", "ru", status=Status.DEPRECATED),
                    ],
                )
            ]
        )
    )
    occ = index.find("за Нахичеванью", "ru")[0]
    assert index.suggest(occ, "Нахчыван") == "Нахчываном"


def test_azerbaijani_suggestion_moves_the_suffix_chain(index: TermIndex) -> None:
    occ = index.find("Azərbaycan ADR-in varisidir.", "az")[0]
    assert occ.surface == "varisidir"
    assert index.suggest(occ, "hüquqi varis") == "hüquqi varisidir"


def test_english_suggestion_keeps_plural_and_possessive(index: TermIndex) -> None:
    occ = index.find("in Kiev's centre", "en")[0]
    assert index.suggest(occ, "Kyiv") == "Kyiv's"
    occ = index.find("two successor states", "en")[0]
    assert index.suggest(occ, "legal successor") == "legal successors"


def test_suggestion_falls_back_to_the_plain_term(index: TermIndex) -> None:
    occ = index.find("законный преемник", "ru")[0]
    assert index.suggest(occ, "Непонятныйтермин") == "Непонятныйтермин"


def _az_pair(cid: str, preferred: str, deprecated: str) -> Concept:
    return Concept(
        cid, terms=[Term(preferred, "az"), Term(deprecated, "az", status=Status.DEPRECATED)]
    )


@pytest.mark.parametrize(
    ("text", "preferred", "expected"),
    [
        # the possessed noun of an izafet takes the pronominal n before a case ending
        ("Baltikyanı ölkələrdən gələnlər", "Baltik ölkələri", "Baltik ölkələrindən"),
        ("Baltikyanı ölkələrdə", "Baltik ölkələri", "Baltik ölkələrində"),
        ("Baltikyanı ölkələrinə", "Baltik ölkələri", "Baltik ölkələrinə"),
        ("Baltikyanı ölkələrin", "Baltik ölkələri", "Baltik ölkələrinin"),
        ("Kaspidə", "Xəzər dənizi", "Xəzər dənizində"),
        ("Kaspiyə", "Xəzər dənizi", "Xəzər dənizinə"),
        # a last vowel that is the word's own: no possessive, no n
        ("Qırmızı Qoşuna", "Qırmızı Ordu", "Qırmızı Orduya"),
        ("tək moderatora", "yeganə vasitəçi", "yeganə vasitəçiyə"),
    ],
)
def test_azerbaijani_suggestion_onto_an_izafet_takes_the_pronominal_n(
    text: str, preferred: str, expected: str
) -> None:
    deprecated = {"Baltik": "Baltikyanı ölkələr", "Xəzər": "Kaspi", "Qırmızı": "Qırmızı Qoşun"}
    index = TermIndex.build(
        Glossary([_az_pair("c", preferred, deprecated.get(preferred.split()[0], "tək moderator"))])
    )
    occ = index.find(text, "az")[0]
    assert occ.status is Status.DEPRECATED
    assert index.suggest(occ, preferred) == expected
