"""Domain notations a newsroom's sources use and their translations render in other words
(issue 10, found by probing before held-out sets 20-22 were measured): wire and oil-trade
abbreviations that carry a scale (`2.5 mln`, `1.2 mb/d`, `3 mcm`), "24 hours" said as a day
(«за сутки», «sutka ərzində»), and one-letter labels and symbols copied from the source (`4(b)`,
`p < 0,05`), which are not English words left untranslated.
"""

from __future__ import annotations

import pytest
from test_checks_heldout12_causes import numbers
from test_checks_precision import checker, run

__all__ = ["checker"]


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        ("ru", "The project costs EUR 2.5 mln.", "Стоимость проекта — 2,5 млн евро."),
        ("az", "The project costs EUR 2.5 mln.", "Layihənin dəyəri 2,5 milyon avrodur."),
        ("ru", "Reserves are put at 1 bln barrels.", "Запасы оцениваются в 1 млрд баррелей."),
        ("ru", "Output reached 1.2 mb/d.", "Добыча достигла 1,2 млн баррелей в сутки."),
        ("az", "Output reached 1.2 mb/d.", "Hasilat gündəlik 1,2 milyon barelə çatıb."),
        ("ru", "Exports were 650 kb/d.", "Экспорт составил 650 тыс. баррелей в сутки."),
        ("az", "It will ship 3 mcm of gas a day.", "Gündə 3 milyon kubmetr qaz ixrac ediləcək."),
    ],
)
def test_abbreviations_carry_their_scale(checker, lang, source, target):
    assert numbers(run(checker, lang, target, source)) == []


def test_a_changed_scale_after_an_abbreviation_is_caught(checker):
    got = numbers(
        run(checker, "ru", "Добыча достигла 1,2 млрд баррелей в сутки.", "Output reached 1.2 mb/d.")
    )
    assert [(text, where) for text, where, _ in got] == [("1,2 млрд", "translation")]


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("ru", "За сутки выпало 42 мм осадков."),
        ("ru", "В течение суток выпало 42 мм осадков."),
        ("az", "Sutka ərzində 42 mm yağış yağıb."),
    ],
)
def test_twenty_four_hours_is_a_day(checker, lang, target):
    assert numbers(run(checker, lang, target, "It rained 42 mm in 24 hours.")) == []


@pytest.mark.parametrize(
    ("lang", "target", "shown"),
    [
        ("ru", "За двое суток выпало 42 мм осадков.", "двое"),  # 48 hours
        ("ru", "За 12 часов выпало 42 мм осадков.", "12"),
        ("az", "İki sutka ərzində 42 mm yağış yağıb.", "İki"),
    ],
)
def test_another_span_of_days_is_still_caught(checker, lang, target, shown):
    got = numbers(run(checker, lang, target, "It rained 42 mm in 24 hours."))
    assert [text for text, _, _ in got] == [shown]


def test_a_day_word_does_not_stand_for_24_days(checker):
    got = numbers(
        run(checker, "ru", "За сутки выпало 42 мм осадков.", "It rained 42 mm in 24 days.")
    )
    assert [text for text, _, _ in got] == ["24"]


def _latin(findings):
    return [f.span.text for f in findings if f.check == "wrong-script" and f.span]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "Under paragraph 4(b) of Article 7, the fee is 50 manats.",
            "Согласно пункту 4(b) статьи 7, сбор составляет 50 манатов.",
        ),
        (
            "Under paragraph 4(a) of Article 7, the fee is 50 manats.",
            "Согласно пункту 4(a) статьи 7, сбор составляет 50 манатов.",
        ),
        (
            "The study (p < 0.05, n = 1,204) was published.",
            "Исследование (p < 0,05, n = 1204) опубликовано.",
        ),
    ],
)
def test_a_label_or_symbol_from_the_source_is_no_english_word(checker, source, target):
    assert _latin(run(checker, "ru", target, source)) == []


@pytest.mark.parametrize(
    ("source", "target", "latin"),
    [
        # a Latin c typed for the preposition «с»: the wrong keyboard layout, not a symbol
        ("He met a minister with a delegation.", "Он встретился c министром и делегацией.", ["c"]),
        ("Option b is better.", "Вариант x лучше.", ["x"]),  # not the source's letter
        ("It was a good plan.", "Это был good план.", ["good"]),
    ],
)
def test_other_latin_words_are_still_reported(checker, source, target, latin):
    assert _latin(run(checker, "ru", target, source)) == latin


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Follow @presidentaz for updates.", "Следите за обновлениями в аккаунте @presidentaz."),
        ("Follow #novruz for updates.", "Следите за обновлениями по хештегу #novruz."),
    ],
)
def test_a_handle_or_hashtag_is_a_name(checker, source, target):
    assert _latin(run(checker, "ru", target, source)) == []
    # the same word without its @ is an English word left in the text
    assert _latin(run(checker, "ru", target.replace("@", "").replace("#", ""), source)) != []


def _missing(findings):
    return [f.span.text for f in findings if f.check == "term-missing" and f.span]


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        # a court's or a university's president is its chair or rector
        (
            "az",
            "The President of the Constitutional Court read the ruling.",
            "Konstitusiya Məhkəməsinin sədri qərarı oxuyub.",
        ),
        (
            "ru",
            "The university's president opened the conference.",
            "Ректор университета открыл конференцию.",
        ),
        # Azerbaijan's parliament by its name
        (
            "az",
            "The bill was passed by parliament.",
            "Qanun layihəsi Milli Məclis tərəfindən qəbul edilib.",
        ),
        ("ru", "The bill was passed by parliament.", "Законопроект был принят Милли Меджлисом."),
        # the glossary's words in the senses of other desks
        ("ru", "The patient suffered a cardiac arrest.", "У пациента произошла остановка сердца."),
        ("az", "The government offered tax concessions.", "Hökumət vergi güzəştləri təklif edib."),
        ("ru", "Both sides made concessions.", "Обе стороны пошли на уступки."),
        (
            "ru",
            "The board reached gender parity.",
            "В совете директоров достигнуто гендерное равенство.",
        ),
        (
            "ru",
            "The defender's expulsion changed the game.",
            "Удаление защитника изменило ход игры.",
        ),
    ],
)
def test_a_glossary_word_in_another_desks_sense(checker, lang, source, target):
    assert _missing(run(checker, lang, target, source)) == []


@pytest.mark.parametrize(
    ("lang", "source", "target", "missing"),
    [
        # neither the term nor a rendering of the other sense: still missing
        (
            "ru",
            "President Aliyev received the delegation.",
            "Алиев принял делегацию.",
            ["President"],
        ),
        ("az", "He was kept under arrest.", "O, nəzarətdə saxlanılıb.", ["arrest"]),
    ],
)
def test_the_concept_is_still_asked_for(checker, lang, source, target, missing):
    assert _missing(run(checker, lang, target, source)) == missing
