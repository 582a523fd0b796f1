"""The general causes of the errors of held-out check sets 20-22 (issue 10), on new sentences
through the shipped glossary: a Turkish block spelt with the future in -ecek and words ending in
e where Azerbaijani writes ə; a phrase of the other alphabet is one `wrong-script` finding; an
English month left in a Russian date is no name; a number the source gives twice and the
translation once, beside a number of the translation's own, is the changed one; a term word one
letter short that happens to be a rare indeclinable name in pymorphy3's dictionary is a typo.
"""

from __future__ import annotations

import pytest
from test_checks_heldout12_causes import numbers
from test_checks_precision import checker, ids, run

__all__ = ["checker"]


def _of(findings, check):
    return [f.span.text for f in findings if f.check == check and f.span]


@pytest.mark.parametrize(
    "target",
    [
        "Yetkililere göre şebeke yıl sonuna kadar tamamen faaliyete geçecek.",
        "Sergi salonu gelecek hafta ziyaretçilere açılacak.",
    ],
)
def test_a_turkish_block_is_untranslated(checker, target):
    source = "The network will be fully operational by the end of the year, officials said."
    assert _of(run(checker, "az", target, source), "untranslated") == [target]


@pytest.mark.parametrize(
    "target",
    [
        "Rəsmilərin sözlərinə görə, şəbəkə ilin sonunadək tam fəaliyyətə başlayacaq.",
        # Azerbaijani typed in ASCII writes ə as e, and may look Turkish: no Turkish letter
        "Sebeke ilin sonuna kimi tam isleyecek.",
        "Bakıda yeni kafe açılıb, menyuda espresso və latte var.",
    ],
)
def test_azerbaijani_is_not_taken_for_turkish(checker, target):
    source = "The network will be fully operational by the end of the year, officials said."
    assert _of(run(checker, "az", target, source), "untranslated") == []


@pytest.mark.parametrize(
    ("lang", "source", "target", "phrase"),
    [
        (
            "ru",
            "Aliyev leaves to a standing ovation.",
            "Алиева провожают под standing ovation.",
            "standing ovation",
        ),
        (
            "ru",
            "Tickets sold out in two days.",
            "Билеты раскупили за два дня — sold out.",
            "sold out",
        ),
        ("az", "He met Wang Yi on 3 September.", "O, sentyabrın 3-də Ван И ilə görüşüb.", "Ван И"),
    ],
)
def test_a_phrase_of_the_other_alphabet_is_one_finding(checker, lang, source, target, phrase):
    got = [f for f in run(checker, lang, target, source) if f.check == "wrong-script"]
    assert [f.span.text for f in got] == [phrase]
    assert f"“{phrase}”" in got[0].message


def test_words_apart_are_separate_findings(checker):
    got = run(checker, "ru", "Это был good и online план.", "It was a good and online plan.")
    assert _of(got, "wrong-script") == ["good", "online"]


def test_an_english_month_in_a_russian_date_is_reported(checker):
    source = "Independence was restored on 18 October 1991."
    target = "Независимость была восстановлена 18 October 1991 года."
    assert _of(run(checker, "ru", target, source), "wrong-script") == ["October"]
    # in a name it is a name
    assert (
        _of(
            run(
                checker,
                "ru",
                "Theresa May посетила Баку в мае.",
                "Theresa May visited Baku in May.",
            ),
            "wrong-script",
        )
        == []
    )


PLENUM = "The Plenum decided by seven votes to two; the two dissenting judges wrote opinions."


def test_a_repeated_value_that_changed_is_caught(checker):
    source = PLENUM
    target = (
        "Пленум принял решение семью голосами против трёх; двое несогласных судей написали мнения."
    )
    got = numbers(run(checker, "ru", target, source))
    assert [(text, where) for text, where, _ in got] == [("трёх", "translation")]
    assert "two of the source is missing" in got[0][2]


@pytest.mark.parametrize(
    "target",
    [
        # every value is there, and the translation's own number is no change of one
        "Пленум принял решение семью голосами против двух в 2024 году; двое судей написали мнения.",
        # a value given twice and rendered twice
        "Пленум принял решение семью голосами против двух; двое несогласных судей написали мнения.",
    ],
)
def test_counting_does_not_invent_a_change(checker, target):
    source = PLENUM
    assert numbers(run(checker, "ru", target, source)) == []


def test_a_term_one_letter_short_is_misspelt_even_when_a_rare_name_spells_it(checker):
    source = "Armenia's parliament is expected to ratify the treaty."
    got = run(checker, "ru", "Ожидается, что парламент Армени ратифицирует договор.", source)
    assert ("term-misspelled", "Армени") in ids(got)
    # a real word near a term is still a word: «Армен» (a given name) beside no Armenia
    got = run(
        checker,
        "ru",
        "Армен Саркисян выступил в парламенте.",
        "Armen Sarkissian spoke in parliament.",
    )
    assert [f for f in got if f.check.startswith("term-")] == []
