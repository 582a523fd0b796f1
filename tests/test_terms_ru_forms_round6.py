"""Russian form classes of the sixth round (README, "What a Russian term matches"): the unit and
word abbreviations of recipes, shops and ads after a number (`200 г муки` is грамм, `2005 г.`
stays год; `гр`, `р.`, `мес`, `сек`, `сут.`, `мг`, `га`), and an abbreviation read as a word
that declines (`МРОТу`, `в ЦУМе`, `СНИЛСом`) while one spelled out letter by letter does not
(`ЛДПР`, `МФЦ`). Each class is checked both ways: where the form is the term, and where the
same spelling is another word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import terms_found
from test_terms_ru_forms_context import found, index_of

from translate.terms import TermIndex

_TERMS = (
    "грамм", "год", "город", "рубль", "месяц", "неделя", "секунда", "сутки", "миллиграмм",
    "гектар", "МРОТ", "ЦУМ", "СНИЛС", "ЛДПР", "МФЦ", "ФСИН", "река",
)  # fmt: skip


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return index_of(_TERMS)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # г after a quantity is грамм, a unit symbol: a period after it ends the sentence
        ("Мука 200 г, сахар 100 г.", [("г", "грамм"), ("г", "грамм")]),
        ("Добавьте 1,5 г соли и 0,5 г перца.", [("г", "грамм"), ("г", "грамм")]),
        ("Взять 200 гр муки и 50 гр. масла.", [("гр", "грамм"), ("гр.", "грамм")]),
        # after a year it stays год, with its period
        ("Он родился в 2005 г. в Баку.", [("г.", "год")]),
        ("Приказ от 21.12.1948 г. отменён.", [("г.", "год")]),
        ("Крещение Руси в 988 г. описано в летописи.", [("г.", "год")]),
        ("Цена 500 р. за штуку, доставка 200 р", [("р.", "рубль"), ("р", "рубль")]),
        (
            "Через 3 мес. будет готово, а через 2 нед. начнём.",
            [("мес.", "месяц"), ("нед.", "неделя")],
        ),
        ("Рекорд: 9,58 сек, отдых 2 сут.", [("сек", "секунда"), ("сут.", "сутки")]),
        ("По 5 мг два раза в день; 100 га земли.", [("мг", "миллиграмм"), ("га", "гектар")]),
    ],
)
def test_measures_after_a_number(index: TermIndex, text: str, want: list[tuple[str, str]]) -> None:
    assert found(index, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Подожди сек, я сейчас.",  # no number: сек may be сечь's past
        "Га! Вот это да.",  # an interjection
        "На р. Волге тихо.",  # р. before a name is река, which the table does not give
        "Она пришла с работы, а гр. Иванов ушёл.",  # гр. without a number: гражданин
    ],
)
def test_measure_spellings_without_a_number_are_not(index: TermIndex, text: str) -> None:
    assert found(index, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Привязать пенсии к МРОТу или МРОТУ?", [("МРОТу", "МРОТ"), ("МРОТУ", "МРОТ")]),
        ("Купила в ЦУМе, у ЦУМа очередь.", [("ЦУМе", "ЦУМ"), ("ЦУМа", "ЦУМ")]),
        ("Номер СНИЛСа совпадает со СНИЛСом отца.", [("СНИЛСа", "СНИЛС"), ("СНИЛСом", "СНИЛС")]),
    ],
)
def test_abbreviations_read_as_words_decline(
    index: TermIndex, text: str, want: list[tuple[str, str]]
) -> None:
    assert found(index, text) == want


def test_abbreviations_spelled_letter_by_letter_stay_as_written(index: TermIndex) -> None:
    text = "В МФЦ и в ЛДПР, не в МФЦе и не в ЛДПРе; ФСИН, не ФСИНа."
    assert found(index, text) == [("МФЦ", "МФЦ"), ("ЛДПР", "ЛДПР"), ("ФСИН", "ФСИН")]


def test_translate_terms_finds_grams_and_the_year(tmp_path: Path) -> None:
    """What a user sees: `translate terms` reports грамм in a recipe and год after a year,
    and a declined abbreviation read as a word."""
    rows = [
        "gram,,noun,,,gram,,,,,qram,,,,,грамм,,,,,",
        "year,,noun,,,year,,,,,il,,,,,год,,,,,",
        "minwage,,abbr,,,minimum wage,,,,,,,,,,МРОТ,,,,,",
    ]
    text = "В 2019 г. рецепт: 200 г муки. Пенсии привязали к МРОТу.\n"
    assert terms_found(tmp_path, rows, text, "ru") == [
        ("г.", "year"),
        ("г", "gram"),
        ("МРОТу", "minwage"),
    ]


def test_a_surname_in_in_takes_both_instrumentals() -> None:
    """A foreign surname the dictionary declines like Пушкин is written declined as a noun
    (Гмелином, Дарвином): both instrumentals are the name's; the Russian one stays."""
    index = index_of(("Гмелин", "Дарвин", "Пушкин"))
    text = "Ломоносов с Гмелином, спор с Дарвином, встреча с Пушкиным и с Гмелиным."
    assert found(index, text) == [
        ("Гмелином", "Гмелин"),
        ("Дарвином", "Дарвин"),
        ("Пушкиным", "Пушкин"),
        ("Гмелиным", "Гмелин"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("На самом деле с двумя парнями очень тяжело одной находиться...", ["тяжело"]),
        ("Трудно детям понять это.", ["Трудно"]),
        ("Сложно человеку объяснить, что он неправ.", ["Сложно"]),
        # not a spelling able to be a predicate, or no infinitive after the dative
        ("Быстро детям объяснить не вышло.", []),
        ("Она тяжело матери досталась.", []),
        ("Он трудно детям давался.", []),
    ],
)
def test_a_predicative_with_a_dative_before_its_infinitive(text: str, want: list[str]) -> None:
    index = index_of(("тяжёлый", "трудный", "сложный", "быстрый"))
    assert [s for s, _ in found(index, text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Мука 200г, сахар 100гр.", [("г", "грамм"), ("гр.", "грамм")]),
        ("Цена 500р, доставка через 3мес.", [("р", "рубль"), ("мес.", "месяц")]),
        ("Родился в 2005г. в Баку, в 2005году.", [("г.", "год"), ("году", "год")]),
        # a numeral's own ending is no unit: «к 3м годам» is «к третьим годам»
        ("К 3м годам стало легче, за 5х считается.", [("годам", "год")]),
    ],
)
def test_a_number_glued_to_its_word(
    index: TermIndex, text: str, want: list[tuple[str, str]]
) -> None:
    assert found(index, text) == want
