"""Russian form classes decided on the fifth-round tuning windows of UD Taiga train and dev
(README, "What a Russian term matches"; `tests/bench/tuning/ru_taiga-tuning-sample5.tsv` and
`-sample6.tsv`): a comparative the dictionary files under the adverb (выше of высокий), a
comparative after a nominative noun (премия выше, Любовь сильнее любой обиды), a predicative
before its subject «это» / «всё это» at the clause's end, before an emoji that ends the
clause, after a dash standing for the copula, before a particle closing the clause (Ну круто
же!), in a sentence without a verb (Нет богаче меня в мире богача!). Each class is checked
both ways: where the form is the term, and where the same spelling is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import terms_found
from test_terms_ru_forms_context import found

from translate.glossary.model import Concept, Glossary, Term
from translate.terms import TermIndex

_TERMS = (
    "высокий", "широкий", "острый", "далёкий", "большой", "грустный", "странный", "быстрый",
    "хороший", "удобный", "вкусный", "интересный", "беспомощный", "сильный", "крутой",
    "богатый", "бестактный", "независимый", "близкий", "ранний", "достаточный",
)  # fmt: skip


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return TermIndex.build(Glossary([Concept(t, terms=[Term(t, "ru")]) for t in _TERMS]))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # pymorphy3 gives высокий no comparative (it files выше under высоко)
        ("Цены на нефть сейчас выше.", [("выше", "высокий")]),
        ("Теперь цены выше, чем год назад.", [("выше", "высокий")]),
        # a comparative right after a nominative noun is said of it
        ("И премия выше в три раза, чем моя зарплата.", [("выше", "высокий")]),
        ("Зубы шире и кости острей.", [("шире", "широкий"), ("острей", "острый")]),
        # a predicative opening a clause whose subject «это», «всё это» ends it
        ("Грустно все это😥", [("Грустно", "грустный")]),
        ("Странно это!", [("Странно", "странный")]),
        ("Хорошо всё это, но мало.", [("Хорошо", "хороший")]),
        # an emoji with no punctuation after it ends the clause
        (
            "Очень удобно и вкусно😉 красивая выкладка",
            [("удобно", "удобный"), ("вкусно", "вкусный")],
        ),
        ("Интересно)) а что потом?", [("Интересно", "интересный")]),
        # a dash standing for the copula
        ("Вы все — беспомощней нервных дам.", [("беспомощней", "беспомощный")]),
        # a comparative after a nominative noun, a genitive of comparison after it
        ("Любовь сильнее любой обиды :)", [("сильнее", "сильный")]),
        # a particle closing the clause
        ("Ну круто же!", [("круто", "крутой")]),
        # a sentence without a verb
        ("Нет богаче меня в мире богача!", [("богаче", "богатый")]),
        ("Бестактнее во сто раз!", [("Бестактнее", "бестактный")]),
    ],
)
def test_predicatives_found(index: TermIndex, text: str, want: list[tuple[str, str]]) -> None:
    assert found(index, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Поднимись выше по склону.",  # after a verb: the adverb
        "Самолёт поднялся выше облаков.",
        "Петров дальше не пошёл.",  # «не» and a verb after it: the adverb
        "Цена больше не растёт.",
        "Быстро это сделай!",  # «это» is the object of the verb after it
        "Хорошо всё это знаю.",
        "Он быстрее пришёл домой.",  # a pronoun, and a verb after the comparative
        "🙂 интересно рассказал он",  # an emoji before it changes nothing
        "Он сделал это — быстро сделал.",  # a verb after the dash's word
        "Водоизмещение корабля — больше 2,5 тыс. т",  # a number: много's comparative
        "Любовь сильнее любит.",  # a verb after the comparative
        "Круто же он поступил.",  # the particle does not close the clause
        "Ты всё-равно круто-круто",  # parts of hyphenated words
        # a fragment a comma ends, before the clause with the verb
        "Независимо от погоды, мы поедем.",
        "Ближе к вечеру, когда стемнело, мы ушли.",
        "Раньше в этом доме, говорят, жил поэт.",
        "Достаточно тёплый дом.",  # an adjective after it: the adverb
    ],
)
def test_adverbs_not_claimed(index: TermIndex, text: str) -> None:
    assert found(index, text) == []


def test_translate_terms_finds_the_comparative(tmp_path: Path) -> None:
    """What a user sees: `translate terms` reports the comparative of a glossary adjective
    where it is said of something, not where it is the adverb."""
    rows = ["high,,adj,,,high,,,,,yüksək,,,,,высокий,,,,,"]
    text = "Зарплата выше, чем в прошлом году. Он поднялся выше по склону.\n"
    assert terms_found(tmp_path, rows, text, "ru") == [("выше", "high")]


@pytest.fixture(scope="module")
def measures() -> TermIndex:
    terms = ("ложка", "столовый", "чайный", "стакан", "штука", "литр", "час", "невозможный",
             "быстрый", "трудный", "хороший", "плохой")  # fmt: skip
    return TermIndex.build(Glossary([Concept(t, terms=[Term(t, "ru")]) for t in terms]))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the spoons of recipes, with or without a space, each period in its occurrence
        ("добавить 1-2 ст.л. сахара", [("ст.", "столовый"), ("л.", "ложка")]),
        ("1 ч. л. соли", [("ч.", "чайный"), ("л.", "ложка")]),
        # ст after a number and without a period is a glass; шт. a piece
        ("3 ст молока довести до кипения", [("ст", "стакан")]),
        ("Яйца — 5 шт.", [("шт.", "штука")]),
        # a predicative before an infinitive, after «который»
        ("запах, который невозможно описать словами", [("невозможно", "невозможный")]),
        # a spelling the dictionary marks as a possible predicate, before an infinitive, with
        # no other verb or modal word in its clause
        ("из представленного трудно выбрать, пожалуй", [("трудно", "трудный")]),
        ("Дома хорошо отдыхать.", [("хорошо", "хороший")]),
    ],
)
def test_measures_and_relative_clauses(
    measures: TermIndex, text: str, want: list[tuple[str, str]]
) -> None:
    assert found(measures, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "по ч. 2 ст. 105 УК РФ",  # part and article of a law
        "2 ст. литературы",  # ст. with a period after a number: not a glass
        "ст л",  # the letters without their periods
        "где быстро поесть",  # an infinitive question: the adverb
        "и быстро уйти",
        "Надо хорошо учиться.",  # a modal word is the predicate
        "Студенты плохо учиться не будут.",  # a finite verb after the infinitive
        "Он стал хорошо учиться.",
    ],
)
def test_measures_and_infinitives_not_claimed(measures: TermIndex, text: str) -> None:
    assert found(measures, text) == []


def test_hour_and_litre_stay_units(measures: TermIndex) -> None:
    assert found(measures, "2 ч. 30 мин, 2 л молока") == [("ч", "час"), ("л", "литр")]
