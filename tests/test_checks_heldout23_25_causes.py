"""The general causes of the false alarms of held-out check sets 23-25 (issue 10), on new
sentences through the shipped glossary: a domain or e-mail address written in the prose is no
prose (`Kaspi.kz` is no «Kaspi» of the Caspian, `siyahiyaalma.gov.az` no Azerbaijani typed in
ASCII); a number written in several runs (a fiscal year, a phone number) is one number to its
reader, so one finding shows it; the Azerbaijani question particle -mı after a term's form.
"""

from __future__ import annotations

import pytest
from test_checks_heldout12_causes import numbers
from test_checks_precision import checker, ids, run

__all__ = ["checker"]


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        (
            "az",
            "Kazakh lender Kaspi.kz has no plans to enter the market.",
            "Qazaxıstanın Kaspi.kz bankı bazara daxil olmağı planlaşdırmır.",
        ),
        (
            "az",
            "Fill in the form at siyahiyaalma.gov.az using the code.",
            "Formanı kodla siyahiyaalma.gov.az saytında doldurun.",
        ),
        ("ru", "Write to press@mfa.gov.az.", "Пишите на press@mfa.gov.az."),
    ],
)
def test_a_domain_in_the_prose_is_no_prose(checker, lang, source, target):
    assert run(checker, lang, target, source) == []


def test_the_caspian_outside_a_domain_is_still_checked(checker):
    got = run(
        checker,
        "az",
        "Kaspi dənizində yeni yataq tapılıb.",
        "A new field was found in the Caspian Sea.",
    )
    assert ("term-forbidden", "Kaspi") in ids(got)


FISCAL = "Analysts expect the peg to hold through fiscal year 2025/26."


@pytest.mark.parametrize(
    ("lang", "target", "shown"),
    [
        (
            "az",
            "Analitiklər məzənnənin 2024/25 maliyyə ili ərzində qorunacağını gözləyir.",
            "2024/25",
        ),
        ("ru", "Аналитики ожидают, что привязка сохранится в 2024/25 финансовом году.", "2024/25"),
    ],
)
def test_a_changed_fiscal_year_is_one_finding(checker, lang, target, shown):
    got = numbers(run(checker, lang, target, FISCAL))
    assert [(text, where) for text, where, _ in got] == [(shown, "translation")]
    assert got[0][2].startswith("2025/26 of the source is missing")


def test_one_changed_run_is_shown_as_that_run(checker):
    got = numbers(run(checker, "ru", "Привязка сохранится в 2025/27 финансовом году.", FISCAL))
    assert [text for text, _, _ in got] == ["27"]


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Call the police on (018) 642-20-02.", "(018) 642-20-02"),
        ("Call the hotline on +994 12 555 55 55.", "+994 12 555 55 55"),
    ],
)
def test_a_dropped_phone_number_is_one_finding(checker, source, shown):
    got = numbers(run(checker, "ru", "Звоните в полицию.", source))
    assert [(text, where) for text, where, _ in got] == [(shown, "source")]


def test_separate_numbers_stay_separate(checker):
    got = numbers(
        run(checker, "ru", "В 2021 году 16 стран подписали.", "In 2020 15 countries signed.")
    )
    assert [text for text, _, _ in got] == ["2021", "16"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Q: Is remote learning the new normal?", "Sual: Distant təhsil yeni normaldırmı?"),
        ("Was it an occupation?", "Bu işğalmı idi?"),
        ("Is the meeting in Baku?", "Görüş Bakıdamı keçiriləcək?"),
    ],
)
def test_the_question_particle_follows_a_terms_form(checker, source, target):
    assert [f for f in run(checker, "az", target, source) if f.check.startswith("term-")] == []


def test_a_deprecated_form_with_the_question_particle_is_still_reported(checker):
    got = run(checker, "az", "Görüş Dağlıq Qarabağdamı keçiriləcək?", "Is the meeting in Karabakh?")
    forbidden = [f for f in got if f.check == "term-forbidden"]
    assert [f.span.text for f in forbidden] == ["Dağlıq Qarabağdamı"]
    assert forbidden[0].suggestion == "Qarabağdamı"
