"""Russian form classes of the fourth round (README, "What a Russian term matches"), decided on
the grown UD Taiga tuning sample and UD GSD dev: words the dictionary lacks (in the
glossary), coordinated predicatives, the two genders of a surname, and misspellings (not a
term's form: `check` reports them). Each class is checked both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import terms_found
from test_terms_ru_forms_context import found

from translate.checks import Checker, load_term_index
from translate.checks.segment import Segment
from translate.config import load_config
from translate.glossary.model import Concept, Glossary, Term
from translate.terms import TermIndex

_TERMS = (
    "Сона", "неронов", "русский", "инстаграмщица", "медленный", "глухой", "быстрый",
    "качественный", "интересный", "полезный",
)  # fmt: skip
_NAMES = ("Иванов", "Алиева", "Андерсон", "Телакуров")


@pytest.fixture(scope="module")
def index() -> TermIndex:
    concepts = [Concept(t, terms=[Term(t, "ru")]) for t in _TERMS]
    concepts += [Concept(t, pos="propn", terms=[Term(t, "ru")]) for t in _NAMES]
    return TermIndex.build(Glossary(concepts))


def test_a_guessed_paradigm_never_claims_another_dictionary_word(index: TermIndex) -> None:
    # «Сона» (a name the dictionary lacks) declines like «карта»: Соны, Соной; its genitive
    # plural would be spelled «сон» and its dative «соне», which are other words
    assert found(index, "Письмо Соны, разговор с Соной.") == [("Соны", "Сона"), ("Соной", "Сона")]
    assert found(index, "Крепкий сон, сказал он соне.") == []


def test_a_term_known_only_as_an_oblique_form_is_a_new_word(index: TermIndex) -> None:
    # pymorphy3 knows «неронов» only as the genitive plural of Нерон; as a glossary term it is
    # the possessive adjective, declined as pymorphy3 predicts a new word
    assert found(index, "в нероновом дворце, нероновы сады") == [
        ("нероновом", "неронов"),
        ("нероновы", "неронов"),
    ]
    assert found(index, "Два Нерона.") == []


def test_a_new_words_case_forms_come_from_its_guessed_paradigm(index: TermIndex) -> None:
    # «инстаграмщица» is not in the dictionary: pymorphy3 declines it as its own lemma
    assert found(index, "с инстаграмщицей, у инстаграмщиц") == [
        ("инстаграмщицей", "инстаграмщица"),
        ("инстаграмщиц", "инстаграмщица"),
    ]
    # a text word the dictionary lacks is not read for a lemma (the cost on every text word
    # was measured too high for what it found): the old spelling «Русския» is not «русский»
    assert found(index, "Русския земли") == []


def test_misspelt_forms_are_not_terms_but_check_reports_them(repo_root: Path) -> None:
    """Typos are decided once: `terms` does not match a misspelt form; `check` reports it as
    `term-misspelled` with the right form (shipped glossary: оккупация)."""
    config = load_config(repo_root)
    glossary, index = load_term_index(config.glossary_path)
    text = "Об оккупацыи 1920 года."
    assert [o.concept_id for o in index.find(text, "ru")] == []
    seg = Segment("draft.po", 7, "ru", text, "The occupation of 1920.", article="a")
    findings = Checker(config, glossary=glossary, index=index).check_segments([seg])
    assert [(f.check, f.span.text) for f in findings if f.span] == [
        ("term-misspelled", "оккупацыи")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Звон всё медленней и глуше, и ночь.", [("медленней", "медленный"), ("глуше", "глухой")]),
        ("Это интересно и полезно.", [("интересно", "интересный"), ("полезно", "полезный")]),
    ],
)
def test_coordinated_predicatives_share_the_clause(
    index: TermIndex, text: str, want: list[tuple[str, str]]
) -> None:
    assert found(index, text) == want


def test_coordinated_adverbs_stay_adverbs(index: TermIndex) -> None:
    assert found(index, "Он быстро и качественно сделал работу.") == []


def test_a_surnames_other_gender_is_another_person(index: TermIndex) -> None:
    assert found(index, "Иванова, Иванову, Ивановым и Ивановой") == [
        ("Иванова", "Иванов"),
        ("Иванову", "Иванов"),
        ("Ивановым", "Иванов"),  # his instrumental, also the plural's dative
    ]
    assert found(index, "Алиевой, Алиеву, об Алиеве") == [
        ("Алиевой", "Алиева"),
        ("Алиеву", "Алиева"),
    ]
    # one spelling for both genders: every form stays
    assert found(index, "Андерсона, с Андерсоном") == [
        ("Андерсона", "Андерсон"),
        ("Андерсоном", "Андерсон"),
    ]
    # a surname the dictionary lacks declines like Иванов, his forms only
    assert found(index, "Телакурову и Телакуровой") == [("Телакурову", "Телакуров")]


def test_translate_terms_declines_words_the_dictionary_lacks(tmp_path: Path) -> None:
    rows = [
        "sona,,propn,,,Sona,,,,,Sona,,,,,Сона,,,,,",
        "russian,,adj,,,Russian,,,,,rus,,,,,русский,,,,,",
        "ivanov,,propn,,,Ivanov,,,,,İvanov,,,,,Иванов,,,,,",
    ]
    got = terms_found(
        tmp_path, rows, "Соны нет. Крепкий сон. Русские земли. Иванову и Ивановой.\n", "ru"
    )
    assert got == [("Соны", "sona"), ("Русские", "russian"), ("Иванову", "ivanov")]
