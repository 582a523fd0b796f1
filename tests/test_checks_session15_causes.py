"""Causes of false alarms fixed in the session of held-out sets 62-67 (issue 10), on new
sentences (not the held-out ones) through the shipped glossary."""

from __future__ import annotations

import pytest
from test_checks_heldout8_causes import numbers
from test_checks_precision import checker, run

__all__ = ["checker"]

# --- "1 in 5": a proportion said with "each" and an ordinal -------------------------------------

ONE_IN_FIVE = "1 in 5 households has no access to gas."


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("ru", "Каждая пятая семья не имеет доступа к газу."),
        ("ru", "Одна из пяти семей не имеет доступа к газу."),
        ("az", "Hər beşinci ailənin qaza çıxışı yoxdur."),
        ("az", "Hər beş ailədən biri qaza çıxış imkanına malik deyil."),
    ],
)
def test_one_in_n_said_with_each_is_clean(checker, lang, target):
    assert numbers(run(checker, lang, target, ONE_IN_FIVE)) == []


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("ru", "Каждая шестая семья не имеет доступа к газу."),
        ("az", "Hər altıncı ailənin qaza çıxışı yoxdur."),
    ],
)
def test_a_changed_proportion_is_still_reported(checker, lang, target):
    assert numbers(run(checker, lang, target, ONE_IN_FIVE)) == [
        ("5", "5 of the source is missing from the translation")
    ]


def test_each_without_a_proportion_does_not_stand_for_a_one(checker):
    # "1 engineer" is a count, not "1 in N": «каждом» does not account for it
    source = "The plant employs 1 engineer per shift in each of 5 units."
    target = "На каждом из 5 блоков работает по инженеру в смену."
    assert numbers(run(checker, "ru", target, source)) == [
        ("1", "1 of the source is missing from the translation")
    ]
