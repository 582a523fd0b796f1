"""Term recognition on real sentences: inflected forms found with exact spans, look-alikes not."""

from __future__ import annotations

import unicodedata

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
            c(
                "red-army",
                Term("Red Army", "en"),
                Term("Красная армия", "ru"),
                Term("Qırmızı Ordu", "az"),
            ),
            c(
                "red-army-11th",
                Term("11th Red Army", "en"),
                Term("11-я Красная армия", "ru"),
                Term("11-ci Qırmızı Ordu", "az", status=Status.ADMITTED),
            ),
            c(
                "icao",
                Term("ICAO", "en", case_sensitive=True),
                Term("ICAO", "az", case_sensitive=True),
                Term("ИКАО", "ru", case_sensitive=True, inflection="indecl"),
            ),
            c("crisis", Term("crisis", "en")),
            c("nagorno-karabakh", Term("Nagorno-Karabakh", "en")),
            c("council", Term("council", "en")),
            c("icao-council", Term("ICAO Council", "en", case_sensitive=True)),
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


def test_azerbaijani_overlap_with_a_joined_modifier(index: TermIndex) -> None:
    text = "11-ci Qırmızı Ordunun girişi, Qırmızı Orduya qarşı"
    assert found(index, text, "az") == [
        ("11-ci Qırmızı Ordunun", "red-army-11th"),
        ("Qırmızı Orduya", "red-army"),
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


def test_case_test_answers_each_surface_for_itself(index: TermIndex) -> None:
    # the case test is remembered per term and surface: asked again, in another text and
    # spelled another way, each surface gets its own answer
    for _ in range(2):
        for text, want in (("ICAO met", ["ICAO"]), ("Icao met", []), ("the ICAO", ["ICAO"])):
            assert [s for s, _ in found(index, text, "en")] == want


def test_inflection_hint_like_model(index: TermIndex) -> None:
    assert found(index, "из Нахчывана в Нахчыване", "ru") == [
        ("Нахчывана", "nakhchivan"),
        ("Нахчыване", "nakhchivan"),
    ]


def test_offsets_survive_soft_hyphens_zero_width_and_nfd(index: TermIndex) -> None:
    text = "Об окку\u00adпации и о\u200bккупацией"
    occs = index.find(text, "ru")
    assert [o.surface for o in occs] == ["окку\u00adпации", "о\u200bккупацией"]
    nfd = unicodedata.normalize("NFD", "Bakı, İşğaldan sonra Zəngəzur dəhlizində")
    occs = index.find(nfd, "az")
    assert [unicodedata.normalize("NFC", o.surface) for o in occs] == [
        "İşğaldan",
        "Zəngəzur dəhlizində",
    ]
    for o in occs:
        assert nfd[o.start : o.end] == o.surface


AZ_OCCUPATION = [
    "işğal", "işğalı", "işğala", "işğalın", "işğalda", "işğaldan", "işğalla", "işğallar",
    "işğalları", "işğallara", "işğalların", "işğallarda", "işğallardan", "işğalımız",
    "işğalının", "işğalına", "işğalını", "işğalında", "işğalından", "işğaldır", "işğaldakı",
]  # fmt: skip


@pytest.mark.parametrize("form", AZ_OCCUPATION)
def test_every_azerbaijani_form_of_occupation(index: TermIndex, form: str) -> None:
    text = f"Tarixçilər 1920-ci ilin {form} haqqında yazır."
    start = text.index(form)
    assert [(o.start, o.end, o.concept_id) for o in index.find(text, "az")] == [
        (start, start + len(form), "occupation")
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Zəngəzur dəhlizi", "Zəngəzur dəhlizinin", "Zəngəzur dəhlizinə", "Zəngəzur dəhlizini",
        "Zəngəzur dəhlizində", "Zəngəzur dəhlizindən", "Zəngəzur dəhlizləri",
        "Zəngəzur dəhlizidir", "ZƏNGƏZUR DƏHLİZİNİN",
    ],
)  # fmt: skip
def test_azerbaijani_head_with_possessive(index: TermIndex, phrase: str) -> None:
    text = f"Prezident {phrase} barədə danışdı."
    assert found(index, text, "az") == [(phrase, "zangezur-corridor")]


@pytest.mark.parametrize(
    "phrase",
    ["hüquqi varis", "hüquqi varisi", "hüquqi varisidir", "hüquqi varisləri", "Hüquqi varisinə"],
)
def test_azerbaijani_modifier_stays_head_inflects(index: TermIndex, phrase: str) -> None:
    text = f"Azərbaycan Respublikası {phrase} kimi çıxış edir."
    assert found(index, text, "az") == [(phrase, "legal-successor")]


def test_azerbaijani_capitals_derivations_and_dotted_i(index: TermIndex) -> None:
    assert found(index, "İŞĞALINDAN SONRA", "az") == [("İŞĞALINDAN", "occupation")]
    assert found(index, "İşğalçı ordu və işğalçılar", "az") == []  # occupier: another word
    assert found(index, "ISĞAL və ışğal", "az") == []  # dotless I for İ: a different word
    assert found(index, "hüquqi, varis", "az") == []


def test_azerbaijani_in_old_cyrillic(index: TermIndex) -> None:
    text = "Зәнҝәзур дәһлизинин ачылмасы вә ишғалдан сонра"
    assert found(index, text, "az") == [
        ("Зәнҝәзур дәһлизинин", "zangezur-corridor"),
        ("ишғалдан", "occupation"),
    ]


def test_english_term_inside_a_joined_word(index: TermIndex) -> None:
    assert found(index, "post-occupation years", "en") == [("occupation", "occupation")]
    assert found(index, "ICAO-ICAO", "en") == [("ICAO", "icao"), ("ICAO", "icao")]
    text = "Nagorno-Karabakh-related talks; the Nagorno-Karabakh's status"
    assert found(index, text, "en") == [
        ("Nagorno-Karabakh", "nagorno-karabakh"),
        ("Nagorno-Karabakh's", "nagorno-karabakh"),
    ]


def test_joined_words_are_cut_the_same_way_every_time(index: TermIndex) -> None:
    # a joined word's pieces are worked out once per index and language: asked again, in
    # other texts and at other places, each text gets its own spans
    for _ in range(2):
        for text, want in (
            ("post-occupation years", [("occupation", "occupation")]),
            ("two post-occupation, post-occupation", [("occupation", "occupation")] * 2),
            (
                "Nagorno-Karabakh-related post-occupation",
                [("Nagorno-Karabakh", "nagorno-karabakh"), ("occupation", "occupation")],
            ),
            ("post-occupation", []),  # Russian reads no English term
        ):
            lang = "ru" if text == "post-occupation" else "en"
            assert found(index, text, lang) == want, text


def test_terms_wrap_across_one_line_break_but_not_a_paragraph(index: TermIndex) -> None:
    assert found(index, "the legal\nsuccessor", "en") == [("legal\nsuccessor", "legal-successor")]
    assert found(index, "legal\n\nsuccessor", "en") == []


def test_case_sensitive_mismatch_does_not_hide_a_shorter_term(index: TermIndex) -> None:
    assert found(index, "the ICAO Council met", "en") == [("ICAO Council", "icao-council")]
    assert found(index, "the icao council met", "en") == [("council", "council")]


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


def test_found_occurrences_are_plain_occurrences(index: TermIndex) -> None:
    """`find` builds its occurrences without the dataclass's `__init__`; each must still be the
    object `Occurrence(...)` makes: equal, same hash and order, same repr, and it pickles."""
    import pickle

    found = index.find("Qırmızı Ordu işğalı Zəngəzur dəhlizində başladı.", "az")
    assert len(found) == 3
    for o in found:
        same = Occurrence(o.start, o.end, o.concept_id, o.lang, o.surface, o.term, o.status)
        assert o == same and hash(o) == hash(same) and repr(o) == repr(same)
        assert not (o < same) and not (same < o)
        assert pickle.loads(pickle.dumps(o)) == same
        with pytest.raises(AttributeError):
            o.start = 0  # type: ignore[misc]


def test_az_analyses_forgotten_when_the_cache_is_full_are_made_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the per-index cache of token analyses is bounded: when a text's new tokens overflow it,
    # it starts again, and every token of that text is analysed again, not taken for a miss
    import translate.terms.index as index_module

    texts = [
        "Qırmızı Ordu və hüquqi varis",  # five tokens analysed
        "Qırmızı Ordu işğalı",  # two known, one new: six in all
        "Qırmızı Ordu işğalı, Zəngəzur dəhlizi",  # two new: too many, and all five again
    ]
    want = [found(TermIndex.build(_glossary()), t, "az") for t in texts]
    monkeypatch.setattr(index_module, "_AZ_CACHE_MAX", 6)
    small = TermIndex.build(_glossary())
    assert [found(small, t, "az") for t in texts] == want
    assert all(want) and len(small._az_cache) <= 6
