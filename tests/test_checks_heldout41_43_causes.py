"""The general cause of the one miss of held-out check sets 41-43 that was fixed (issue 10), on new
sentences (not the held-out ones) through the shipped glossary: "a third" after a verb of change
and before a preposition ("cut by a third from January") is a fraction, so a translation that
says a quarter has changed the number; "a third party", "a third term" stay ordinals."""

from __future__ import annotations

import pytest
from test_checks_heldout8_causes import numbers
from test_checks_precision import checker, run

from translate.checks.segment import Segment

__all__ = ["checker"]


CUT = "Fares will be cut by a third from January."


@pytest.mark.parametrize(
    ("lang", "target", "word"),
    [
        ("ru", "С января тарифы снизятся на четверть.", "четверть"),
        ("az", "Yanvardan tariflər dörddə bir azaldılacaq.", "dörddə bir"),
    ],
)
def test_a_changed_fraction_after_by_is_reported(checker, lang, target, word):
    assert numbers(run(checker, lang, target, CUT)) == [
        (word, f"a third of the source is missing; {word} here is not in the source")
    ]


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("ru", "С января тарифы снизятся на треть."),
        ("az", "Yanvardan tariflər üçdə bir azaldılacaq."),
    ],
)
def test_the_same_fraction_is_clean(checker, lang, target):
    assert numbers(run(checker, lang, target, CUT)) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The data was sold by a third party in May.", "В мае данные продала третья сторона."),
        ("Exports were hit by a third wave in 2021.", "В 2021 году экспорт задела третья волна."),
    ],
)
def test_an_ordinal_after_by_is_no_fraction(checker, source, target):
    assert numbers(run(checker, "ru", target, source)) == []


# --- round 9 and 10 (sets 44-49): causes fixed after one measurement -----------------------------


def article(checker, lang: str, pairs: list[tuple[str, str]]):
    return checker.check_segments(
        [Segment("d.po", i + 3, lang, t, s, article="a") for i, (s, t) in enumerate(pairs)]
    )


def test_az_until_after_the_dative_is_an_ending_of_the_term(checker):
    got = run(
        checker,
        "az",
        "44 günlük müharibəyədək ailələr şəhəri yalnız fotoşəkillərdən tanıyırdı.",
        "Until the 44-day war, families knew the city only from photographs.",
    )
    assert [f.check for f in got if f.check.startswith("term")] == []
    got = run(
        checker, "az", "İşğaladək şəhər çiçəklənirdi.", "Until the occupation, the town thrived."
    )
    assert [f.check for f in got if f.check.startswith("term")] == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "A 2-room flat attracted 27 applications.",
            "İkiotaqlı mənzilə 27 müraciət daxil olub.",
            [],
        ),
        ("A 3-storey school opened.", "Üçmərtəbəli məktəb açılıb.", []),
        # the compound is a value, not a count: a changed one is a dropped number
        (
            "A 3-room flat drew 27 applications.",
            "İkiotaqlı mənzilə 27 müraciət daxil olub.",
            [("3", "3 of the source is missing from the translation")],
        ),
        # a number before «minlərlə» counts nothing exactly: the source's number is dropped
        (
            "The programme says 122,000 tonnes of oil enter the sea every year.",
            "Proqrama görə, hər il dənizə yüz minlərlə ton neft daxil olur.",
            [("122,000", "122,000 of the source is missing from the translation")],
        ),
        (
            "The programme says 122,000 tonnes of oil enter the sea every year.",
            "Proqrama görə, hər il dənizə 120 min ton neft daxil olur.",
            [("120 min", "122,000 of the source is missing; 120 min here is not in the source")],
        ),
    ],
)
def test_az_numbers_inside_words_and_vague_plurals(checker, source, target, expected):
    assert numbers(run(checker, "az", target, source)) == expected


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        ("The Aktau Convention grants 15 nautical miles.", "Актауская конвенция даёт 15 миль.", []),
        ("The Aktau Convention grants 15 nautical miles.", "Конвенция даёт 15 миль.", ["Aktau"]),
        ("It bars forces of non-Caspian states.", "Она запрещает силы неприкаспийских стран.", []),
        ("It bars forces of non-Caspian states.", "Она запрещает силы других стран.", ["Caspian"]),
    ],
)
def test_ru_adjectives_of_a_name_that_keep_its_vowel_or_take_a_negation(
    checker, source, target, missing
):
    got = run(checker, "ru", target, source)
    assert [f.span.text for f in got if f.check == "term-missing"] == missing


def inconsistent(findings) -> list[str]:
    return [f.span.text for f in findings if f.check == "term-inconsistent"]


def test_a_sea_named_in_full_and_short_as_the_source_names_it_is_consistent(checker):
    got = article(
        checker,
        "az",
        [
            ("The Caspian Sea keeps falling.", "Xəzər dənizinin səviyyəsi enir."),
            ("Ports on the Caspian are busy.", "Xəzərdəki limanlar məşğuldur."),
            ("Ferries cross the Caspian daily.", "Bərələr hər gün Xəzəri keçir."),
        ],
    )
    assert inconsistent(got) == []
    # the full name where the source says the short one is a second variant all the same
    got = article(
        checker,
        "ru",
        [
            ("Ports on the Caspian are busy.", "Порты на Каспии загружены."),
            ("Ferries cross the Caspian daily.", "Паромы ежедневно пересекают Каспий."),
            ("Ships cross the Caspian weekly.", "Суда еженедельно пересекают Каспийское море."),
        ],
    )
    assert inconsistent(got) == ["Каспийское море"]


def test_an_abbreviation_is_no_short_form(checker):
    got = article(
        checker,
        "az",
        [
            ("The US sent a delegation.", "ABŞ nümayəndə heyəti göndərib."),
            ("The US welcomed the deal.", "ABŞ sazişi alqışlayıb."),
            ("The United States will help.", "Amerika Birləşmiş Ştatları kömək edəcək."),
        ],
    )
    assert inconsistent(got) == ["Amerika Birləşmiş Ştatları"]


# --- round 11 (sets 50-52): causes fixed after one measurement -----------------------------------


@pytest.mark.parametrize(
    ("lang", "source", "target", "expected"),
    [
        ("ru", "Qarabag reached the Round of 16.", "«Карабах» вышел в 1/8 финала.", []),
        ("az", "Qarabag reached the last 16.", "«Qarabağ» 1/8 finala çıxıb.", []),
        ("ru", "Qarabag reached the quarter-finals.", "«Карабах» вышел в 1/4 финала.", []),
        (
            "ru",
            "Qarabag reached the Round of 16.",
            "«Карабах» вышел в 1/4 финала.",
            [("16", "16 of the source is missing from the translation")],
        ),
        # a fraction that is no stage is still one
        (
            "ru",
            "Add 1/8 of the salt.",
            "Добавьте 1/4 соли.",
            [("1/4", "1/8 of the source is missing; 1/4 here is not in the source")],
        ),
        (
            "az",
            "He hit the post twice in the second half.",
            "O, ikinci hissədə iki dəfə dirəyə vurub.",
            [],
        ),
        (
            "ru",
            "He hit the post twice in the second half.",
            "Он дважды попал в штангу во втором тайме.",
            [],
        ),
        (
            "az",
            "He hit the post twice.",
            "O, üç dəfə dirəyə vurub.",
            [("üç", "twice of the source is missing; üç here is not in the source")],
        ),
    ],
)
def test_sports_notation_stages_and_twice(checker, lang, source, target, expected):
    assert numbers(run(checker, lang, target, source)) == expected


@pytest.mark.parametrize(
    ("lang", "source", "target", "missing"),
    [
        (
            "ru",
            "Zoubir restored parity in stoppage time.",
            "Зубир в компенсированное время сравнял счёт.",
            [],
        ),
        (
            "az",
            "Zoubir restored parity in stoppage time.",
            "Zubir əlavə vaxtda hesabı bərabərləşdirib.",
            [],
        ),
        (
            "az",
            "They finished with ten men after Hato's expulsion.",
            "Hatonun meydandan qovulmasından sonra onlar on nəfərlə qalıb.",
            [],
        ),
        # a foreigner's expulsion is still the concept (the glossary's renderings, not «qovulma»)
        (
            "az",
            "Migrants who overstay face expulsion.",
            "Müddəti keçirən əcnəbilər ölkədən qovulma ilə üzləşirlər.",
            ["Migrants", "expulsion"],
        ),
        (
            "ru",
            "The Treaty of Moscow and the Treaty of Kars came later.",
            "Московский и Карсский договоры появились позже.",
            [],
        ),
        (
            "az",
            "The Treaty of Moscow and the Treaty of Kars came later.",
            "Moskva və Qars müqavilələri sonra gəldi.",
            [],
        ),
        (
            "ru",
            "The Treaty of Moscow and the Treaty of Kars came later.",
            "Эти договоры появились позже.",
            ["Treaty of Moscow", "Treaty of Kars"],
        ),
    ],
)
def test_sports_senses_and_coordinated_names(checker, lang, source, target, missing):
    got = run(checker, lang, target, source)
    assert [f.span.text for f in got if f.check == "term-missing"] == missing


def ascii_words(findings) -> list[str]:
    return [f.span.text for f in findings if f.check == "az-ascii"]


def test_az_ascii_a_name_with_another_ending_and_a_word_written_so_again(checker):
    got = article(
        checker,
        "az",
        [
            ("The government moved to Ganja.", "Hökumət Gəncəyə köçdü."),
            ("She was born in Ganja in 1971.", "O, 1971-ci ildə Gencede anadan olub."),
        ],
    )
    assert ascii_words(got) == ["Gencede"]
    # «qalib» (winner) written so twice beside «qalıb» (stayed) is a word of its own
    got = article(
        checker,
        "az",
        [
            ("He stayed at home.", "O, evdə qalıb."),
            ("Pérez won in Baku.", "Peres Bakıda qalib gəlib."),
            ("Leclerc won in Monaco.", "Lekler Monakoda qalib gəlib."),
        ],
    )
    assert ascii_words(got) == []
    got = article(
        checker,
        "az",
        [
            ("He stayed at home.", "O, evdə qalıb."),
            ("He stayed in Baku.", "O, Bakıda qalib."),
        ],
    )
    assert ascii_words(got) == ["qalib"]


# --- round 12 (sets 53-55) and what the round's checks showed of the session's other rules -------


@pytest.mark.parametrize(
    ("lang", "target", "expected"),
    [
        ("ru", "По части 3 статьи 279 за это наказывают.", []),
        ("az", "279-cu maddənin 3-cü hissəsinə əsasən bu cəzalandırılır.", []),
        ("az", "279.3-cü maddəyə əsasən bu cəzalandırılır.", []),
        (
            "ru",
            "По части 4 статьи 279 за это наказывают.",
            [("4", "3 of the source is missing; 4 here is not in the source")],
        ),
    ],
)
def test_a_legal_reference_may_name_its_part_first(checker, lang, target, expected):
    source = "Under Article 279.3, this is punished."
    assert numbers(run(checker, lang, target, source)) == expected


@pytest.mark.parametrize(
    ("lang", "target", "number"),
    [
        ("ru", "Защита заявила, что 45-дневная война решила вопрос.", "45"),
        ("az", "Müdafiə bildirib ki, 45 günlük müharibə məsələni həll edib.", "45"),
    ],
)
def test_a_terms_number_changed_is_one_finding(checker, lang, target, number):
    got = run(checker, lang, target, "The defence said the 44-day war had settled the question.")
    assert [(f.check, f.span.text) for f in got if f.check != "punctuation"] == [
        ("number-mismatch", number)
    ]


def test_a_dropped_prefix_is_another_word_not_a_misspelling(checker):
    got = run(
        checker,
        "az",
        "O, şirkətin təsisçilərindən biridir.",
        "He is one of the company's co-founders.",
    )
    assert [(f.check, f.span.text) for f in got] == [("term-missing", "co-founders")]


def test_a_block_in_another_language_gets_only_untranslated(checker):
    got = article(
        checker,
        "az",
        [
            (
                "The agency will train 50 engineers in Türkiye and France.",
                "Ajans Türkiye ve Fransa'da 50 genç mühendis yetiştirecek.",
            ),
            ("Türkiye is a partner.", "Türkiyə tərəfdaşdır."),
        ],
    )
    assert [f.check for f in got] == ["untranslated"]


# --- round 13 (sets 56-58) ------------------------------------------------------------------------


def test_an_english_block_whose_only_function_word_opens_it_is_untranslated(checker):
    source = "The new agreements also covered energy links."
    got = run(checker, "az", source, source)
    assert [f.check for f in got] == ["untranslated"]


def test_a_cyrillic_abbreviation_before_an_az_ending_is_wrong_script(checker):
    got = run(
        checker,
        "az",
        "Moskva qeyd edir ki, 9-cu bənd nəzarətçi kimi ФСБ-ni göstərmişdi.",
        "Moscow notes that point 9 named the FSB as the overseer.",
    )
    assert [(f.check, f.span.text) for f in got] == [("wrong-script", "ФСБ")]


@pytest.mark.parametrize(
    ("lang", "target", "expected"),
    [
        ("ru", "Мощность сначала 15 млн т, к 2035 году — 25 млн т.", []),
        ("az", "Tutum əvvəl 15 milyon ton, 2035-ci ilədək isə 25 milyon ton olacaq.", []),
        ("ru", "Мощность сначала 15 млн т, к 2035 году — 25 т.", []),
        (
            "ru",
            "Мощность сначала 15 млн т, к 2035 году — 35 млн т.",
            [("35 млн", "25 of the source is missing; 35 млн here is not in the source")],
        ),
    ],
)
def test_mt_is_million_tonnes_or_metric_tonnes(checker, lang, target, expected):
    source = "Capacity is 15 million tonnes at first, with a target of 25 mt by 2035."
    assert numbers(run(checker, lang, target, source)) == expected


@pytest.mark.parametrize(
    ("source", "target", "misspelt"),
    [
        # a word in a longer name, the concept rendered as often as the source names it
        (
            "The Central Blood Bank opened a drive in Baku.",
            "Mərkəzi Qan Bankı Bakıda aksiyaya start verib.",
            [],
        ),
        (
            "Ferries of the Azerbaijan Caspian Shipping Company sail to Aktau.",
            "Azərbaycan Xəzər Dəniz Gəmiçiliyinin bərələri Aktauya yola düşür.",
            [],
        ),
        # the repair makes the name whole: a slip, though the name is also written right
        (
            "The Shanghai Cooperation Organization admitted two new partners.",
            "Şanxay Əməkdaşlıq Təşkilatı iki tərəfdaş qəbul edib, Şanxay Əməkdaşlık "
            "Təşkilatının sözçüsü bildirib.",
            ["Əməkdaşlık"],
        ),
    ],
)
def test_a_word_of_a_longer_name_is_no_slip_of_a_rendered_term(checker, source, target, misspelt):
    got = run(checker, "az", target, source)
    assert [f.span.text for f in got if f.check == "term-misspelled"] == misspelt


# --- round 14 (sets 59-61), fixed after the final measure -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "source", "target", "expected"),
    [
        # the Russian term in an az text is wrong-script's one finding
        (
            "az",
            "The first shots were heard in Baku after midnight.",
            "İlk atəş səsləri gecə yarısından sonra Баку-да eşidilib.",
            [("wrong-script", "Баку-да")],
        ),
        # «CCCР»: three Latin C in «СССР», repaired to the text's alphabet, not the majority
        (
            "ru",
            "Records from other former USSR republics are requested.",
            "Справки из других бывших республик CCCР запрашиваются.",
            [("mixed-script", "CCCР")],
        ),
        ("ru", "The Upper Karabakh canal was cleaned.", "Верхнекарабахский канал очищен.", []),
        (
            "ru",
            "The Upper Karabakh canal was cleaned.",
            "Верхний канал очищен.",
            [("term-missing", "Karabakh")],
        ),
    ],
)
def test_terms_in_the_other_script_and_compound_adjectives(checker, lang, source, target, expected):
    got = run(checker, lang, target, source)
    assert [(f.check, f.span.text) for f in got if f.check != "punctuation"] == expected
