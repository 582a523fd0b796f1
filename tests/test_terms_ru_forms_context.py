"""Russian form classes that are the term only in some contexts (README, "What a Russian term
matches"): predicatives, comparatives, standard abbreviations, initials, handles, names the
dictionary knows only as indeclinable."""

from __future__ import annotations

import pytest

from translate.glossary.model import Concept, Glossary, Term
from translate.terms import TermIndex

_TERMS = (
    "независимый", "интересный", "сложный", "хороший", "близкий", "дешёвый", "возможный",
    "год", "город", "век", "миллион", "тысяча", "человек", "километр", "метр", "другой",
    "В.", "@presidentaz", "Кароль", "Бин", "миллилитр", "тонна", "низкий",
)  # fmt: skip


def index_of(terms: tuple[str, ...]) -> TermIndex:
    """An index of one Russian concept per term, named by the term."""
    return TermIndex.build(Glossary([Concept(t, terms=[Term(t, "ru")]) for t in terms]))


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return index_of(_TERMS)


def found(index: TermIndex, text: str) -> list[tuple[str, str]]:
    occs = index.find(text, "ru")
    assert all(text[o.start : o.end] == o.surface for o in occs)
    return [(o.surface, o.concept_id) for o in occs]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Азербайджан независим, страна независима.", ["независим", "независима"]),
        ("Это было интересно.", ["интересно"]),
        ("Мне интересно, что он скажет.", ["интересно"]),
        ("Сложно сказать, когда это кончится.", ["Сложно"]),
        ("Теперь цены дешевле, чем год назад.", ["дешевле"]),
        ("Так будет лучше.", ["лучше"]),
        ("Возможно, что встреча пройдёт в Баку.", ["Возможно"]),
        ("Но это всё ещё ниже уровня прошлого года.", ["ниже"]),
    ],
)
def test_predicative_forms_are_the_adjective(index: TermIndex, text: str, want: list[str]) -> None:
    got = [s for s, cid in found(index, text) if cid != "год"]
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "Он интересно рассказал о поездке.",
        "Город хорошо развит.",
        "Можно сложно объяснить простую вещь.",
        "Возможно, он прав.",
        "Он подошёл ближе к дому.",
        "Независимо от погоды мы поедем.",
    ],
)
def test_adverbs_spelled_like_predicatives_are_not(index: TermIndex, text: str) -> None:
    adjectives = {"интересный", "хороший", "сложный", "возможный", "близкий", "независимый"}
    assert not [s for s, cid in found(index, text) if cid in adjectives]


def test_standard_abbreviations_with_their_period(index: TermIndex) -> None:
    text = "В 2005 г. в г. Баку жили 1,5 млн чел. и 40 тыс. туристов; рядом 5 км и 400 м пути."
    assert found(index, text) == [
        ("г.", "год"),
        ("г.", "город"),
        ("млн", "миллион"),
        ("чел.", "человек"),
        ("тыс.", "тысяча"),
        ("км", "километр"),
        ("м", "метр"),
    ]
    assert found(index, "книги, статьи и др. документы XIX в.") == [
        ("др.", "другой"),
        ("в.", "век"),
    ]


def test_unit_symbols_take_no_period(index: TermIndex) -> None:
    """ГОСТ 8.417 writes unit symbols without a period: one after them ends the sentence."""
    assert found(index, "Подают в бокале объёмом 200 мл. Запасы: 2,5 тыс. т зерна.") == [
        ("мл", "миллилитр"),
        ("тыс.", "тысяча"),
        ("т", "тонна"),
    ]


def test_ambiguous_abbreviations_outside_their_context(index: TermIndex) -> None:
    # «м» without a number, «в» without its period, «г» neither after a number nor before a name
    text = "Сенусерт I в какой-то степени, м-да, см. г. и так далее."
    assert [cid for _, cid in found(index, text)] == []


def test_initial_needs_its_period_and_capital(index: TermIndex) -> None:
    text = "В. Путин приехал в Москву. В Москве было тепло."
    assert found(index, text) == [("В.", "В.")]


def test_handle_keeps_its_sign(index: TermIndex) -> None:
    text = "Пишет @presidentaz, а не presidentaz и не me@presidentaz."
    assert found(index, text) == [("@presidentaz", "@presidentaz")]


def test_names_the_dictionary_knows_only_indeclinable(index: TermIndex) -> None:
    assert found(index, "встреча с Каролем и Бином, у Кароль") == [
        ("Каролем", "Кароль"),
        ("Бином", "Бин"),
        ("Кароль", "Кароль"),
    ]


def test_initials_inside_a_name_keep_their_period() -> None:
    index = TermIndex.build(
        Glossary(
            [
                Concept("aliyev", terms=[Term("И. Алиев", "ru"), Term("I. Aliyev", "en")]),
                Concept("baku-city", terms=[Term("г. Баку", "ru")]),
            ]
        )
    )
    text = "Встреча с И. Алиевым прошла в г. Баку; «И Алиевым» без точки — не инициал."
    assert found(index, text) == [("И. Алиевым", "aliyev"), ("г. Баку", "baku-city")]
    assert [o.surface for o in index.find("I. Aliyev said so.", "en")] == ["I. Aliyev"]


def test_terms_written_with_periods_between_and_after() -> None:
    index = TermIndex.build(
        Glossary([Concept("us", terms=[Term("U.S.", "en"), Term("Apple Inc.", "en")])])
    )
    text = "The U.S. and Apple Inc. agreed; U. S. too, but not US or Apple Incorporated."
    assert [o.surface for o in index.find(text, "en")] == ["U.S.", "Apple Inc.", "U. S."]
