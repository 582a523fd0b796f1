"""The general causes of the false alarms of the fifteenth held-out check set (issue 10), on new
sentences through the shipped glossary: gas volumes in `bcm` carry their billion (`25.2 bcm` =
«25,2 млрд кубометров» = «25,2 milyard kubmetr»); a ‘ between two letters is Uzbek's o‘ and g‘,
not a quote (O‘zbekiston); a three-letter name takes the instrumental (Çinlə: with China), which
a three-letter common word does not (gözlə is "wait!").
"""

from __future__ import annotations

import pytest
from test_checks_heldout12_causes import numbers
from test_checks_precision import checker, run

__all__ = ["checker"]  # the shipped glossary's checker, a fixture shared with that module

GAS = "Exports reached 25.2 bcm of gas, and 1.1 tcm of reserves were confirmed."


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        (
            "ru",
            "Экспорт достиг 25,2 млрд кубометров газа, подтверждено 1,1 трлн кубометров запасов.",
        ),
        ("az", "İxrac 25,2 milyard kubmetr qaza çatıb, 1,1 trilyon kubmetr ehtiyat təsdiqlənib."),
    ],
)
def test_gas_volumes_carry_their_scale(checker, lang, target):
    assert numbers(run(checker, lang, target, GAS)) == []


def test_a_changed_scale_is_still_caught(checker):
    target = "Экспорт достиг 25,2 млн кубометров газа, подтверждено 1,1 трлн кубометров запасов."
    got = numbers(run(checker, "ru", target, GAS))
    assert [(text, where) for text, where, _ in got] == [("25,2 млн", "translation")]


def test_an_uzbek_okina_is_no_quote(checker):
    source = "The head of O‘zbekiston Temir Yo‘llari visited Baku."
    target = "«O‘zbekiston Temir Yo‘llari» şirkətinin rəhbəri Bakıya səfər edib."
    assert [f for f in run(checker, "az", target, source) if f.check == "punctuation"] == []
    # a quotation in ‘…’ is still one
    got = run(checker, "az", "Nazir ‘yox’ deyib.", "The minister said ‘no’.")
    assert [f.span.text for f in got if f.check == "punctuation" and f.span] == ["‘yox’"]


def test_a_three_letter_name_takes_the_instrumental(checker):
    source = "Azerbaijan's cooperation with China has grown."
    assert [
        f
        for f in run(checker, "az", "Azərbaycanın Çinlə əməkdaşlığı genişlənib.", source)
        if f.check == "term-missing"
    ] == []
    # a translation without China still misses it
    got = run(checker, "az", "Azərbaycanın əməkdaşlığı genişlənib.", source)
    assert [f.span.text for f in got if f.check == "term-missing" and f.span] == ["China"]
