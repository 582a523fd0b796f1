"""Term recognition on real sentences: inflected forms found with exact spans, look-alikes not."""

from __future__ import annotations

import pytest

from translate.glossary.model import Concept, Glossary, Status, Term
from translate.terms import Occurrence, TermIndex


def _glossary() -> Glossary:
    def c(cid: str, *terms: Term) -> Concept:
        return Concept(cid, terms=list(terms))

    return Glossary(
        [
            c("occupation", Term("occupation", "en"), Term("işğal", "az"), Term("оккупация", "ru")),
            c(
                "zangezur-corridor",
                Term("Zangezur corridor", "en"),
                Term("Zəngəzur dəhlizi", "az"),
                Term("Зангезурский коридор", "ru"),
            ),
            c(
                "legal-successor",
                Term("legal successor", "en"),
                Term("hüquqi varis", "az"),
                Term("правопреемник", "ru"),
                Term("законный преемник", "ru", status=Status.DEPRECATED),
            ),
            c("red-army", Term("Red Army", "en"), Term("Красная армия", "ru")),
            c("red-army-11th", Term("11th Red Army", "en"), Term("11-я Красная армия", "ru")),
            c(
                "icao",
                Term("ICAO", "en", case_sensitive=True),
                Term("ICAO", "az", case_sensitive=True),
                Term("ИКАО", "ru", case_sensitive=True, inflection="indecl"),
            ),
            c("crisis", Term("crisis", "en")),
            c("nakhchivan", Term("Нахчыван", "ru", inflection="like караван")),
        ]
    )


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return TermIndex.build(_glossary())


def found(index: TermIndex, text: str, lang: str) -> list[tuple[str, str]]:
    occs = index.find(text, lang)
    for o in occs:
        assert text[o.start : o.end] == o.surface
    return [(o.surface, o.concept_id) for o in occs]


RU_OCCUPATION = [
    "оккупация", "оккупации", "оккупацию", "оккупацией", "оккупациею", "оккупаций",
    "оккупациям", "оккупациями", "оккупациях",
]  # fmt: skip


@pytest.mark.parametrize("form", RU_OCCUPATION)
def test_every_russian_form_of_occupation(index: TermIndex, form: str) -> None:
    text = f"Речь шла именно об {form} 1920 года."
    assert found(index, text, "ru") == [(form, "occupation")]


def test_russian_capitals_and_yo(index: TermIndex) -> None:
    assert found(index, "ОККУПАЦИИ НЕ БЫЛО", "ru") == [("ОККУПАЦИИ", "occupation")]
    assert found(index, "Оккупацией это назвал президент.", "ru") == [("Оккупацией", "occupation")]


def test_russian_derivation_is_not_the_term(index: TermIndex) -> None:
    assert found(index, "Оккупант ушёл, оккупанты остались.", "ru") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "Зангезурский коридор", "Зангезурского коридора", "Зангезурскому коридору",
        "Зангезурским коридором", "Зангезурском коридоре", "Зангезурские коридоры",
        "Зангезурских коридоров",
    ],
)  # fmt: skip
def test_russian_agreeing_phrase(index: TermIndex, phrase: str) -> None:
    text = f"Вопрос о {phrase} обсуждался в Москве."
    start = text.index(phrase)
    occs = index.find(text, "ru")
    assert [(o.start, o.end, o.concept_id) for o in occs] == [
        (start, start + len(phrase), "zangezur-corridor")
    ]


def test_russian_non_agreeing_pair_is_not_the_term(index: TermIndex) -> None:
    assert found(index, "Строительство Зангезурский коридора.", "ru") == []
    assert found(index, "Зангезурского коридор", "ru") == []


def test_russian_words_of_a_term_split_by_punctuation(index: TermIndex) -> None:
    assert found(index, "Зангезурский, коридор", "ru") == []


def test_russian_successor_and_deprecated(index: TermIndex) -> None:
    text = "Азербайджан является правопреемником АДР, а не законным преемником СССР."
    assert found(index, text, "ru") == [
        ("правопреемником", "legal-successor"),
        ("законным преемником", "legal-successor"),
    ]
    occ = index.find(text, "ru")[1]
    assert occ.status is Status.DEPRECATED and occ.term == "законный преемник"


def test_overlap_longest_concept_wins(index: TermIndex) -> None:
    text = "the entry of the 11th Red Army; the Red Army's orders"
    assert found(index, text, "en") == [
        ("11th Red Army", "red-army-11th"),
        ("Red Army's", "red-army"),
    ]
    text = "вступление 11-й Красной армии и приказы Красной армии"
    assert found(index, text, "ru") == [
        ("11-й Красной армии", "red-army-11th"),
        ("Красной армии", "red-army"),
    ]


def test_english_plural_possessive_and_boundaries(index: TermIndex) -> None:
    text = (
        "The occupation's legacy and later occupations; a preoccupation with successorship. "
        "The legal successor's duties; legal successors' rights; two crises."
    )
    assert found(index, text, "en") == [
        ("occupation's", "occupation"),
        ("occupations", "occupation"),
        ("legal successor's", "legal-successor"),
        ("legal successors'", "legal-successor"),
        ("crises", "crisis"),
    ]


def test_case_sensitive_abbreviation(index: TermIndex) -> None:
    assert found(index, "ICAO's rules, not Icao or icao.", "en") == [("ICAO's", "icao")]
    assert found(index, "ICAO-nun qaydaları", "az") == [("ICAO-nun", "icao")]
    assert found(index, "решение ИКАО, а не Икао", "ru") == [("ИКАО", "icao")]


def test_inflection_hint_like_model(index: TermIndex) -> None:
    assert found(index, "из Нахчывана в Нахчыване", "ru") == [
        ("Нахчывана", "nakhchivan"),
        ("Нахчыване", "nakhchivan"),
    ]


def test_offsets_survive_soft_hyphens_zero_width_and_nfd(index: TermIndex) -> None:
    text = "Об окку\u00adпации и о\u200bккупацией"
    occs = index.find(text, "ru")
    assert [o.surface for o in occs] == ["окку\u00adпации", "о\u200bккупацией"]
    nfd = "The occupation\u0301 ended; an occupation."  # a stray combining mark stays attached
    occs = index.find(nfd, "en")
    assert [(o.start, o.end) for o in occs] == [(nfd.index("an occ") + 3, len(nfd) - 1)]
    az = "Zəngəzur dəhlizinin açılması"
    az_nfd = az.replace("ə", "ə")  # already NFC; build a real NFD string
    import unicodedata

    az_nfd = unicodedata.normalize("NFD", "İşğaldan sonra")
    occs = index.find(az_nfd, "az")
    assert len(occs) == 1 and occs[0].start == 0
    assert unicodedata.normalize("NFC", occs[0].surface) == "İşğaldan"
    assert az_nfd[occs[0].start : occs[0].end] == occs[0].surface


def test_occurrence_is_serialisable(index: TermIndex) -> None:
    occ = index.find("оккупации", "ru")[0]
    assert isinstance(occ, Occurrence)
    assert occ.to_dict() == {
        "start": 0,
        "end": 9,
        "concept_id": "occupation",
        "lang": "ru",
        "surface": "оккупации",
        "term": "оккупация",
        "status": "preferred",
    }
