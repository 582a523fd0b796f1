"""Numbers inside words, for `number-mismatch` (issue 10; false alarms of held-out sets 24 and
25: «девятилетняя девочка» for "a 9-year-old girl", «первой двухсотки» for "of the top 200"), on
new sentences through the shipped glossary and the real term index:

1. a Russian compound adjective with a numeral stem carries its number («двухдневный»,
   «двадцатипятилетний», «стопроцентный», «полуторамесячный», «тысячелетний»), and a word that
   only begins like a numeral stem («семинарский», «столичный», «десятичный») carries none;
2. Russian nouns of a number («первая десятка» for "top 10", «двухсотка», «дюжина», «полсотни»)
   and their az counterparts («ilk onluq», «ilk yüzlük») are values the translation may match,
   never a false alarm of their own.

Both are values, not counts (like ordinals): a changed number is still caught, at the source's
number when the translation writes it only inside such a word.
"""

from __future__ import annotations

import pytest
from test_checks_precision import checker, run

from translate.checks.number_words import word_numbers

__all__ = ["checker"]  # the shipped glossary's checker, a fixture shared with that module


def numbers(findings) -> list[tuple[str | None, str]]:
    return [
        (f.span.text if f.span else None, f.span.where if f.span else "")
        for f in findings
        if f.check == "number-mismatch"
    ]


# --- 1. compound adjectives ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "The 47-year-old driver and an 8-year-old boy were taken to hospital.",
            "47-летний водитель и восьмилетний мальчик доставлены в больницу.",
        ),
        (
            "The minister began a 2-day visit to Tbilisi.",
            "Министр начал двухдневный визит в Тбилиси.",
        ),
        ("Fire broke out in a 3-storey building.", "Пожар вспыхнул в трёхэтажном здании."),
        ("Fire broke out in a 3-storey building.", "Пожар вспыхнул в трехэтажном здании."),
        ("The 5-year plan was approved.", "Пятилетний план утверждён."),
        ("A 10 km race closed the streets.", "Десятикилометровый забег перекрыл улицы."),
        ("The museum marks its 25th year.", "Музей отмечает двадцатипятилетний юбилей."),
        ("The deal is 100% secure.", "Сделка стопроцентная."),
        (
            "After a 1.5-month break, talks resumed.",
            "После полуторамесячного перерыва переговоры возобновились.",
        ),
        ("The 1000-year-old fortress was restored.", "Тысячелетнюю крепость отреставрировали."),
        ("The 24-hour strike ended.", "Двадцатичетырехчасовая забастовка завершилась."),
        ("The 7-seat minibus overturned.", "Семиместный микроавтобус перевернулся."),
        ("A 2-year-old and a 40-minute wait.", "Двухлетний ребёнок и сорокаминутное ожидание."),
    ],
)
def test_compound_adjective_carries_its_number(checker, source, target):
    assert numbers(run(checker, "ru", target, source)) == []


@pytest.mark.parametrize(
    ("source", "target", "shown"),
    [
        # the number written inside a word is a value: the changed one is shown at the source's
        ("A 10-year-old boy was injured.", "Пострадал девятилетний мальчик.", ("10", "source")),
        (
            "Officials met for 2 days in 2024.",
            "Чиновники провели трёхдневную встречу в 2024 году.",
            ("2", "source"),
        ),
        # a digit the translation writes in its place is shown as before
        (
            "The 8-year-old girl stayed 3 days.",
            "Восьмилетняя девочка провела там 4 дня.",
            ("4", "translation"),
        ),
    ],
)
def test_changed_number_beside_a_compound_is_still_caught(checker, source, target, shown):
    assert numbers(run(checker, "ru", target, source)) == [shown]


@pytest.mark.parametrize(
    ("source", "target", "shown"),
    [
        # words that merely begin like a numeral stem hold no number to hide the change with
        ("The capital's seminar drew 100 people.", "Столичный семинар собрал 10 человек.", "10"),
        ("The 7 seminar rooms were full.", "Все 8 семинарских аудиторий были заполнены.", "8"),
        ("It cost 10 manat.", "Стоимостная оценка: 11 манатов.", "11"),
        ("The 10 decimal places are shown.", "Показано 12 десятичных знаков.", "12"),
    ],
)
def test_a_word_only_beginning_like_a_numeral_holds_no_number(checker, source, target, shown):
    assert numbers(run(checker, "ru", target, source)) == [(shown, "translation")]


def test_compound_is_a_value_not_a_count(checker):
    # "three-day" is no number of the English source (a compound there too): the «трёхдневный»
    # of the translation is not a change of the "two" rendered «оба»
    src = "The two leaders held a three-day summit."
    assert numbers(run(checker, "ru", "Оба лидера провели трёхдневный саммит.", src)) == []


def test_compound_is_a_number_of_its_own():
    def read(text: str) -> list[tuple[str, int]]:
        return [(text[s:e], int(v)) for s, e, v, _ in word_numbers(text, "ru")]

    assert read("двадцать девятилетних детей") == [("двадцать", 20), ("девятилетних", 9)]
    assert read("двухтысячелетний город и стопятидесятилетний дом") == [
        ("двухтысячелетний", 2000),
        ("стопятидесятилетний", 150),
    ]
    assert read("трёхсторонняя встреча, двухъядерный процессор") == [
        ("трёхсторонняя", 3),
        ("двухъядерный", 2),
    ]
    # nouns, verbs, adverbs, names and adjectives that only begin like a numeral stem; «одно-»
    # is not read at all (a 1 is never shown as a change, and «одновременный» counts nothing)
    text = (
        "семинар семиотика пятиться сорокопут столица стоимость тысячелистник одновременно "
        "однако одноклассник одноэтажный столичный стоячий семинарский десятичный стоимостный "
        "пятиэтажка двухсотый"
    )
    assert read(text) == []
    # but the nouns of a grade's pupils and of a span of years hold the number of their stem
    assert read("одиннадцатиклассники и второклассница, десятилетие и двухсотлетия") == [
        ("одиннадцатиклассники", 11),
        ("второклассница", 2),
        ("десятилетие", 10),
        ("двухсотлетия", 200),
    ]


# --- 2. nouns of a number -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        ("ru", "Baku entered the top 10 cities.", "Баку вошёл в первую десятку городов."),
        ("ru", "Baku stays in the top 10.", "Баку остаётся в первой десятке."),
        ("ru", "It holds 34% of the top 200.", "На неё приходится 34 % первой двухсотки."),
        ("ru", "It is in the top 500.", "Он входит в первую пятисотку."),
        ("ru", "About 100 people came.", "Пришла сотня человек."),
        ("ru", "The top 20 clubs met.", "Встретилась двадцатка лучших клубов."),
        ("ru", "The top 3 were named.", "Названа тройка лидеров."),
        ("ru", "The top 5 were named.", "Названа пятёрка лидеров."),
        ("ru", "The top 5 were named.", "Названа пятерка лидеров."),
        ("ru", "The top 7 were named.", "Названа семёрка лучших."),
        ("ru", "A 12-member jury.", "Жюри из дюжины человек."),
        ("ru", "About 50 houses burned.", "Сгорели полсотни домов."),
        ("ru", "About 200 people came.", "Пришли две сотни человек."),
        ("ru", "Nearly 500,000 people voted.", "Проголосовали почти полмиллиона человек."),
        ("az", "Baku entered the top 10 cities.", "Bakı şəhərlərin ilk onluğuna daxil oldu."),
        ("az", "It is in the top 100.", "O, ilk yüzlükdədir."),
        ("az", "It is in the top 200.", "O, ilk iki yüzlükdədir."),
        ("az", "The top 5 were named.", "İlk beşlik açıqlandı."),
    ],
)
def test_noun_of_a_number_is_its_value(checker, lang, source, target):
    assert numbers(run(checker, lang, target, source)) == []


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        ("ru", "The leaders met in 2020.", "Тройка лидеров встретилась в 2020 году."),
        ("ru", "Hundreds of people came.", "Пришли сотни человек."),
        ("ru", "Dozens of houses burned.", "Сгорели десятки домов."),
        ("az", "The leaders met in 2020.", "Liderlər üçlüyü 2020-ci ildə görüşdü."),
    ],
)
def test_noun_of_a_number_is_no_false_alarm_of_its_own(checker, lang, source, target):
    assert numbers(run(checker, lang, target, source)) == []


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        ("ru", "Baku entered the top 10 cities.", "Баку вошёл в первую двадцатку городов."),
        ("ru", "The top 4 were named.", "Названа тройка лидеров."),
        ("az", "Baku entered the top 10 cities.", "Bakı şəhərlərin ilk iyirmiliyinə daxil oldu."),
    ],
)
def test_changed_number_behind_a_noun_is_caught_at_the_source(checker, lang, source, target):
    got = numbers(run(checker, lang, target, source))
    assert len(got) == 1 and got[0][1] == "source"


# --- az: ages and durations already read -------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "shown"),
    [
        ("9 yaşlı qız xəsarət aldı.", None),
        ("Doqquz yaşlı qız xəsarət aldı.", None),
        ("On yaşlı qız xəsarət aldı.", "On"),
        ("8 yaşlı qız xəsarət aldı.", "8"),
    ],
)
def test_az_age_is_read_with_digits_or_words(checker, target, shown):
    got = numbers(run(checker, "az", target, "A 9-year-old girl was hurt."))
    assert got == ([] if shown is None else [(shown, "translation")])


def test_az_duration_is_read(checker):
    src = "The minister began a 2-day visit."
    assert numbers(run(checker, "az", "Nazir iki günlük səfərə başladı.", src)) == []
    assert numbers(run(checker, "az", "Nazir üç günlük səfərə başladı.", src)) == [
        ("üç", "translation")
    ]
