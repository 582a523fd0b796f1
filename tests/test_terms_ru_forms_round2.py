"""Russian form classes decided on the UD Taiga tuning sample (README, "What a Russian term
matches"): emoji and repetition around a predicative, a dative or a copula after it, hyphenated
words, handles and hashtags, the older instrumental in -ию, adjectives used as nouns, and the
abbreviations of ГОСТ Р 7.0.12 that need their period. Each class is checked both ways: where
the form is the term, and where the same spelling is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import terms_found
from test_terms_ru_forms_context import found

from translate.glossary.model import Concept, Glossary, Term
from translate.terms import TermIndex

_TERMS = (
    "шикарный", "хороший", "страшный", "грустный", "равный", "интересный", "терраса",
    "яблоко", "#Карабах", "@presidentaz", "кровь", "любовь", "мать", "колыбельная", "столовая",
    "бывший", "заместитель", "профессор", "франк", "режиссёр",
)  # fmt: skip


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return TermIndex.build(Glossary([Concept(t, terms=[Term(t, "ru")]) for t in _TERMS]))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("🔥шикарно♥️", [("шикарно", "шикарный")]),
        ("Они сделают нашу жизнь лучше😉. Посмотрим.", [("лучше", "хороший")]),
        ("Было шикарно))) Спасибо!", [("шикарно", "шикарный")]),
        ("Еду на коне, страшно страшно мне.", [("страшно", "страшный")] * 2),
        ("Всё же грустно стало мне на таинственном коне.", [("грустно", "грустный")]),
        ("Интересно было бы узнать.", [("Интересно", "интересный")]),
    ],
)
def test_predicative_before_emoji_repetition_dative_or_copula(
    index: TermIndex, text: str, want: list[tuple[str, str]]
) -> None:
    assert found(index, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Он шикарно 😉 выступил.",  # an emoji between an adverb and its verb changes nothing
        "Он страшно кричал.",
        "Мне всё-равно.",  # part of a hyphenated word
        "Он хорошо 👍 сделал свою работу.",
    ],
)
def test_adverbs_stay_adverbs_around_emoji_and_hyphens(index: TermIndex, text: str) -> None:
    assert found(index, text) == []


def test_handles_and_hashtags_are_not_prose(index: TermIndex) -> None:
    text = "@yabloko ответило: #терраса #яблоко, но на террасе яблоко."
    assert found(index, text) == [("террасе", "терраса"), ("яблоко", "яблоко")]
    # a term written with its sign is the tag itself
    assert found(index, "Тег #Карабах и @presidentaz.") == [
        ("#Карабах", "#Карабах"),
        ("@presidentaz", "@presidentaz"),
    ]
    # an e-mail address is not a handle: unchanged
    assert found(index, "пишите на info@яблоко") == [("яблоко", "яблоко")]


def test_older_instrumental_in_iyu(index: TermIndex) -> None:
    text = "Розовой кровию налились щеки, первой любовию и кровью."
    assert found(index, text) == [
        ("кровию", "кровь"),
        ("любовию", "любовь"),
        ("кровью", "кровь"),
    ]
    # «материю» is a form of материя, not the older instrumental of мать
    assert found(index, "Он купил материю, а с матерью не говорил.") == [("матерью", "мать")]


def test_adjective_used_as_a_noun_has_its_plural(index: TermIndex) -> None:
    assert found(index, "Он спел две колыбельные в столовых и в столовой.") == [
        ("колыбельные", "колыбельная"),
        ("столовых", "столовая"),
        ("столовой", "столовая"),
    ]


def test_abbreviations_that_need_their_period(index: TermIndex) -> None:
    text = "РГИСИ (бывш. СПбГАТИ), зам. министра, проф. Иванов, реж. Тарковский, 25 фр. в год."
    assert found(index, text) == [
        ("бывш.", "бывший"),
        ("зам.", "заместитель"),
        ("проф.", "профессор"),
        ("реж.", "режиссёр"),
        ("фр.", "франк"),
    ]
    # without the period, or «фр.» without a number (французский), they are not the term
    assert found(index, "бывш СПбГАТИ, проф союз, фр. слово «шарм»") == []


def test_translate_terms_finds_the_new_classes_and_skips_hashtags(tmp_path: Path) -> None:
    rows = [
        "former,,adj,,,former,,,,,keçmiş,,,,,бывший,,,,,",
        "lullaby,,noun,,,lullaby,,,,,layla,,,,,колыбельная,,,,,",
        "terrace,,noun,,,terrace,,,,,terras,,,,,терраса,,,,,",
    ]
    got = terms_found(tmp_path, rows, "Театр (бывш. ДК) ищет колыбельные. #терраса\n", "ru")
    assert got == [("бывш.", "former"), ("колыбельные", "lullaby")]
