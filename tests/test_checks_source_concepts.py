"""The aligned source decides which concept a term finding is about (issue 10, the held-out
set's last false alarms): a near miss of a concept the source does not name is another word, and
a name that is right for one war and wrong for another belongs to the war the source names.
Real sentences, not the held-out set's, through the shipped glossary and the real term index."""

from __future__ import annotations

import pytest
from test_checks_precision import checker, run

__all__ = ["checker"]  # the shipped glossary's checker, a fixture shared with that module


def found(findings) -> list[tuple[str, str | None, str | None]]:
    return sorted((f.check, f.span.text if f.span else None, f.suggestion) for f in findings)


# --- term-misspelled: only for a concept the source names ----------------------------------------


def test_a_near_miss_of_a_concept_the_source_lacks_is_another_word(checker):
    # konfessiya (a denomination) is one letter from konsessiya (a concession)
    target = "Konfessiyalar arasında dialoq davam edir."
    assert found(run(checker, "az", target, "The dialogue between confessions goes on.")) == []
    # without a source nothing says which word is meant: one letter off is still reported
    assert found(run(checker, "az", target)) == [
        ("term-misspelled", "Konfessiyalar", "Konsessiyalar")
    ]


def test_a_near_miss_of_a_concept_the_source_names_is_reported(checker):
    got = run(
        checker,
        "az",
        "Dəmir yolu 2008-ci ildən konsesiya əsasında idarə olunur.",
        "The railway has been run under a concession since 2008.",
    )
    assert found(got) == [("term-misspelled", "konsesiya", "konsessiya")]
    got = run(
        checker,
        "ru",
        "Железная дорога передана в концесию в 2008 году.",
        "The railway was handed over under a concession in 2008.",
    )
    assert found(got) == [("term-misspelled", "концесию", "концессию")]


def test_two_letters_apart_need_the_source_to_name_the_term(checker):
    # konversiya (conversion): two substitutions, at two places, from konsessiya
    target = "Valyuta konversiyası bankda aparılır."
    assert found(run(checker, "az", target)) == []
    assert found(run(checker, "az", target, "Currency conversion is done at the bank.")) == []
    # one slip of the hand is still a misspelling without a source
    assert found(run(checker, "az", "Dəmir yolu konsesiyası bitir.")) == [
        ("term-misspelled", "konsesiyası", "konsessiyası")
    ]


# --- world-war-ii: the Great Patriotic War is forbidden for it, right for its own concept -------

WARS = [
    (
        "ru",
        "Ветераны Великой Отечественной войны встретились с учениками.",
        "Великой Отечественной войны",
        "Второй мировой войны",
    ),
    (
        "az",
        "Böyük Vətən müharibəsinin veteranları şagirdlərlə görüşdü.",
        "Böyük Vətən müharibəsinin",
        "İkinci Dünya müharibəsinin",
    ),
]


@pytest.mark.parametrize(("lang", "target", "span", "suggestion"), WARS)
def test_the_great_patriotic_war_for_world_war_ii_is_forbidden(
    checker, lang, target, span, suggestion
):
    for source in ("World War II veterans met pupils.", "Veterans of the Second World War met."):
        got = run(checker, lang, target, source)
        # one problem, one finding: no term-missing for the war the translation does name
        assert found(got) == [("term-forbidden", span, suggestion)]
        assert got[0].concept == "world-war-ii"


@pytest.mark.parametrize(("lang", "target", "span", "suggestion"), WARS)
def test_the_great_patriotic_war_where_the_source_names_it_is_clean(
    checker, lang, target, span, suggestion
):
    assert (
        found(run(checker, lang, target, "Veterans of the Great Patriotic War met pupils.")) == []
    )
    # a source naming neither war, or no source: the allowed reading wins
    assert found(run(checker, lang, target, "Veterans met pupils at a school.")) == []
    assert found(run(checker, lang, target)) == []
