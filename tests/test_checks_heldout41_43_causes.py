"""The general cause of the one miss of held-out check sets 41-43 that was fixed (issue 10), on new
sentences (not the held-out ones) through the shipped glossary: "a third" after a verb of change
and before a preposition ("cut by a third from January") is a fraction, so a translation that
says a quarter has changed the number; "a third party", "a third term" stay ordinals."""

from __future__ import annotations

import pytest
from test_checks_precision import checker, run

__all__ = ["checker"]


def numbers(findings) -> list[tuple[str | None, str]]:
    return [
        (f.span.text if f.span else None, f.message)
        for f in findings
        if f.check == "number-mismatch"
    ]


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
