"""The general cause of the errors on the eighth held-out check set (issue 10), on new sentences
(not the held-out ones) through the shipped glossary and the real term index: a number that is
part of a source term's name ("the 44-day war") is accounted for when the translation names the
concept with a term of its own that has no number, and is still reported when changed or
dropped otherwise."""

from __future__ import annotations

import pytest
from test_checks_precision import checker, run

__all__ = ["checker"]  # the shipped glossary's checker, a fixture shared with that module


def numbers(findings) -> list[tuple[str | None, str]]:
    return [
        (f.span.text if f.span else None, f.message)
        for f in findings
        if f.check == "number-mismatch"
    ]


SOURCE = "A museum of the 44-day war opened in the old railway station."


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("az", "Köhnə dəmiryolu vağzalında Vətən müharibəsi muzeyi açılıb."),
        ("az", "Köhnə dəmiryolu vağzalında İkinci Qarabağ müharibəsinin muzeyi açılıb."),
        ("ru", "В здании старого вокзала открылся музей Второй карабахской войны."),
        ("ru", "В здании старого вокзала открылся музей Второй нагорно-карабахской войны."),
    ],
)
def test_a_number_inside_a_term_rendered_without_it_is_accounted_for(checker, lang, target):
    assert numbers(run(checker, lang, target, SOURCE)) == []


def test_the_term_rendered_with_its_number_is_clean(checker):
    target = "Köhnə dəmiryolu vağzalında 44 günlük müharibə muzeyi açılıb."
    assert numbers(run(checker, "az", target, SOURCE)) == []


@pytest.mark.parametrize(
    ("lang", "target", "shown"),
    [
        ("az", "Köhnə dəmiryolu vağzalında 45 günlük müharibə muzeyi açılıb.", "45"),
        ("ru", "В здании старого вокзала открылся музей 45-дневной войны.", "45"),
    ],
)
def test_a_changed_number_of_the_term_is_still_caught(checker, lang, target, shown):
    got = numbers(run(checker, lang, target, SOURCE))
    assert len(got) == 1 and got[0][0] == shown


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("az", "Köhnə dəmiryolu vağzalında müharibə muzeyi açılıb."),
        ("ru", "В здании старого вокзала открылся военный музей."),
    ],
)
def test_a_term_dropped_with_its_number_is_one_finding(checker, lang, target):
    # the concept not named at all: `term-missing` says so, and its number went with it (two
    # blind writers of three, held-out sets 108 and 132, expected that one finding only)
    found = run(checker, lang, target, SOURCE)
    assert numbers(found) == []
    assert [f.check for f in found if f.check == "term-missing"] == ["term-missing"]


def test_a_number_outside_the_term_is_still_checked(checker):
    source = "Veterans of the 44-day war planted 300 trees."
    clean = "Vətən müharibəsinin veteranları 300 ağac əkib."
    assert numbers(run(checker, "az", clean, source)) == []
    changed = numbers(run(checker, "az", "Vətən müharibəsinin veteranları 30 ağac əkib.", source))
    assert len(changed) == 1 and changed[0][0] == "30" and "300" in changed[0][1]
    dropped = numbers(
        run(checker, "ru", "Ветераны Второй карабахской войны посадили деревья.", source)
    )
    assert len(dropped) == 1 and dropped[0][0] == "300"
