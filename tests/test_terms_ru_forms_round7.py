"""Russian form classes of the seventh round (README, "What a Russian term matches"): contractions
written with a hyphen, which decline by their last letters (`кол-во`, `кол-ва`, `в р-не`,
`г-жи`); a hyphenated compound term written with a space (`интернет магазин`); a predicative
opening a clause before «что», «когда», «почему» … with the comma left out (`Хорошо что ты
пришёл`); and a one-capital-letter term, matched in capitals only (`К`, not the preposition
`к`); and the parts of a law, a book or an address before a number (`ч. 2 ст. 105`,
`т. II, с. 45`, `д. 5, кв. 12`). Each class is checked both ways: where the form is the
term, and where the same spelling is another word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import terms_found
from test_terms_ru_forms_context import found, index_of

from translate.terms import TermIndex

_TERMS = (
    "количество", "район", "господин", "госпожа", "министерство", "университет", "остров",
    "кол", "интернет-магазин", "премьер-министр", "Ростов-на-Дону", "хороший", "странный",
    "интересный", "удобный", "важный", "быстрый", "лёгкий", "ранний",
)  # fmt: skip


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return index_of(_TERMS)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Кол-во мест ограничено.", [("Кол-во", "количество")]),
        (
            "С большим кол-вом людей, без нужного кол-ва.",
            [("кол-вом", "количество"), ("кол-ва", "количество")],
        ),
        ("Квартира в р-не вокзала, р-н тихий.", [("р-не", "район"), ("р-н", "район")]),
        ("Г-ну Иванову и г-же Петровой.", [("Г-ну", "господин"), ("г-же", "госпожа")]),
        (
            "Приказ м-ва обороны; в ун-те; о-ва Курильские.",
            [("м-ва", "министерство"), ("ун-те", "университет"), ("о-ва", "остров")],
        ),
        # the full words as before
        (
            "Количество районов, господа и университеты.",
            [
                ("Количество", "количество"),
                ("районов", "район"),
                ("господа", "господин"),
                ("университеты", "университет"),
            ],
        ),
    ],
)
def test_contractions_with_a_hyphen_decline(
    index: TermIndex, text: str, want: list[tuple[str, str]]
) -> None:
    assert found(index, text) == want


def test_a_contraction_is_not_its_first_letters() -> None:
    """Without the full word in the glossary, `кол` (a stake) does not claim the `кол` of
    `кол-во`: the contraction is one word. With it, the contraction is количество only."""
    assert found(index_of(("количество", "кол")), "Вбил кол, кол-во людей.") == [
        ("кол", "кол"),
        ("кол-во", "количество"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Заказал в интернет магазине.", [("интернет магазине", "интернет-магазин")]),
        ("Встреча с премьер министром.", [("премьер министром", "премьер-министр")]),
        ("В Ростове на Дону жарко.", [("Ростове на Дону", "Ростов-на-Дону")]),
        # the hyphenated spelling as before
        (
            "В интернет-магазине и у премьер-министра.",
            [("интернет-магазине", "интернет-магазин"), ("премьер-министра", "премьер-министр")],
        ),
        # the words apart with something between them are two words
        ("Интернет, магазин и премьер. Министр ушёл.", []),
    ],
)
def test_a_hyphenated_term_written_with_a_space(
    index: TermIndex, text: str, want: list[tuple[str, str]]
) -> None:
    assert found(index, text) == want


def test_a_particle_hyphen_is_not_spelled_apart() -> None:
    """`кто-то` written `кто то` is no compound spelled apart: such terms keep their hyphen."""
    index = index_of(("кто-то",))
    assert found(index, "Кто-то пришёл.") == [("Кто-то", "кто-то")]
    assert found(index, "Кто то пришёл.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Хорошо что ты пришёл.", ["Хорошо"]),
        ("Странно что никто не заметил", ["Странно"]),
        ("Очень удобно что есть доставка 👍", ["удобно"]),
        ("Интересно почему он ушёл?", ["Интересно"]),
        ("Как хорошо когда все дома!", ["хорошо"]),
        ("Важно чтобы все пришли.", ["Важно"]),
        # a degree and its result, a comparison, a word after a verb, «когда-то»: adverbs
        ("Он бегал так быстро что никто не догнал.", []),
        ("Сделал так хорошо что все ахнули.", []),
        ("Я хорошо знаю что делать.", []),
        ("Хорошо когда-то жили.", []),
        ("Легко как пёрышко взлетел.", []),
        ("Раньше когда я был молод, всё было иначе.", []),
        # a spelling the dictionary does not mark as able to be a predicate (быстро)
        ("Быстро что ли нельзя?", []),
    ],
)
def test_a_predicative_before_a_clause_without_the_comma(
    index: TermIndex, text: str, want: list[str]
) -> None:
    assert [s for s, _ in found(index, text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Осуждён по ч. 2 ст. 105 УК РФ.", [("ч.", "часть"), ("ст.", "статья")]),
        ("Возбуждено дело по ст.228 УК, п. 3.", [("ст.", "статья"), ("п.", "пункт")]),
        (
            "Собр. соч., т. II, с. 45; гл. IV.",
            [("т.", "том"), ("с.", "страница"), ("гл.", "глава")],
        ),
        (
            "Адрес: д. 5, кв. 12, тел. 8 800 500-00-00.",
            [("д.", "дом"), ("кв.", "квартира"), ("тел.", "телефон")],
        ),
    ],
)
def test_parts_of_a_law_a_book_or_an_address_before_a_number(
    text: str, want: list[tuple[str, str]]
) -> None:
    index = index_of(
        ("статья", "часть", "пункт", "том", "страница", "глава", "дом", "квартира", "телефон")
    )
    assert found(index, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no number after it, or no period: a preposition, «то есть», a spoon, a name
        ("Пришёл с другом, т. е. с братом; 2 ст. л. сахара; Д. Медведев и д 5.", []),
        # a unit symbol after a number stays the unit: an hour, a ton
        ("Через 2 ч. 30 мин, груз 5 т. 200 кг.", [("ч", "час"), ("т", "тонна")]),
    ],
)
def test_the_same_letters_elsewhere_are_other_words(text: str, want: list[tuple[str, str]]) -> None:
    index = index_of(("статья", "часть", "том", "страница", "дом", "час", "тонна"))
    assert found(index, text) == want


def test_a_capital_letter_term_is_not_the_preposition() -> None:
    """A term that is one capital letter (a title's `К`, an initial without its period) is
    matched in capitals only: in lower case the letter is a preposition (к, с, в)."""
    index = index_of(("К", "С"))
    assert found(index, "Антикиллер Д.К: к дому, с другом; агент К и С.") == [
        ("К", "К"),
        ("К", "К"),
        ("С", "С"),
    ]


def test_translate_terms_finds_contractions_and_spaced_compounds(tmp_path: Path) -> None:
    """What a user sees: `translate terms` reports количество in `кол-ва`, район in `р-не`,
    the online shop written with a space, and «Хорошо что» without its comma; `к` stays out."""
    rows = [
        "amount,,noun,,,amount,,,,,miqdar,,,,,количество,,,,,",
        "district,,noun,,,district,,,,,rayon,,,,,район,,,,,",
        "eshop,,noun,,,online shop,,,,,onlayn mağaza,,,,,интернет-магазин,,,,,",
        "good,,adj,,,good,,,,,yaxşı,,,,,хороший,,,,,",
        "k,,propn,,,K,,,,,K,,,,,К,,,,,",
    ]
    text = "Хорошо что в р-не есть интернет магазин: большое кол-ва товаров к празднику.\n"
    assert terms_found(tmp_path, rows, text, "ru") == [
        ("Хорошо", "good"),
        ("р-не", "district"),
        ("интернет магазин", "eshop"),
        ("кол-ва", "amount"),
    ]


def test_a_given_names_plural_that_spells_a_surname_is_the_surname() -> None:
    """«Павлов», «Борисов» are the genitive plural of Павел, Борис, and far more often a
    surname: a given name's term does not claim them; its other forms and the surname's own
    term stay."""
    index = index_of(("Павел", "Борис", "Павлов"))
    text = "Павел и Борис пришли к Павлу; Павлов и Борисов ушли."
    assert found(index, text) == [
        ("Павел", "Павел"),
        ("Борис", "Борис"),
        ("Павлу", "Павел"),
        ("Павлов", "Павлов"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb in the indicative before its infinitive is the verb: начал, стали
        ("Он начал играть, она начала петь, люди стали говорить.", []),
        # after a preposition, before «есть», or before no infinitive it is the noun
        ("С начала года, до начала работать; из стали делать ножи.", ["начала", "начала", "стали"]),
        ("Из каждого правила есть исключения; начало положено.", ["правила", "начало"]),
        # a noun before its infinitive whose verb reading is an imperative (целить) stays
        ("Цель сократить явку.", ["Цель"]),
    ],
)
def test_a_verb_before_its_infinitive_is_not_a_noun_spelled_alike(
    text: str, want: list[str]
) -> None:
    index = index_of(("начало", "сталь", "правило", "цель"))
    assert [s for s, _ in found(index, text)] == want
