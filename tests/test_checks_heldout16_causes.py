"""The general causes of the false alarms of held-out check sets 16 and 17 (issue 10), on new
sentences through the shipped glossary: a scale letter after a currency code or sign (`AZN 45m`,
`₼410m`) and a lower-case `k` glued to its number (`42k TEU`) carry their scale; a dotted version
or legal reference (`v2.3.1`, `Article 234.4.3`) is its runs of digits, written the same in every
language. A changed one is still caught; `45m` alone may be metres and `4K` a resolution.
"""

from __future__ import annotations

import pytest
from test_checks_heldout12_causes import numbers
from test_checks_precision import checker, run

__all__ = ["checker"]  # the shipped glossary's checker, a fixture shared with that module


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        ("az", "The fee was AZN 45m.", "Haqq 45 milyon manatdır."),
        ("ru", "The contract is worth up to ₼410m.", "Стоимость контракта — до 410 млн манатов."),
        ("ru", "Throughput reached 42k TEU.", "Перевалка достигла 42 тыс. TEU."),
        ("az", "Throughput reached 42k TEU.", "Aşırım 42 min TEU-ya çatıb."),
        ("az", "Version v2.3.1 fixes a bug.", "v2.3.1 versiyası xətanı aradan qaldırır."),
        ("ru", "Under Article 234.4.3 of the Code.", "По статье 234.4.3 кодекса."),
        ("ru", "The tower is 45m tall.", "Высота башни 45 м."),
        ("ru", "The camera records 4K video.", "Камера снимает видео в 4K."),
    ],
)
def test_scales_and_dotted_references_read_as_written(checker, lang, source, target):
    assert numbers(run(checker, lang, source=source, target=target)) == []


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        ("ru", "The contract is worth up to ₼410m.", "Стоимость контракта — до 410 тыс. манатов."),
        ("ru", "The tower is 45m tall.", "Стоимость — 45 млн."),
        ("az", "Under Article 234.4.3 of the Code.", "Məcəllənin 234.4.2-ci maddəsi ilə."),
    ],
)
def test_a_changed_one_is_still_caught(checker, lang, source, target):
    assert numbers(run(checker, lang, source=source, target=target)) != []


# --- set 17: a dictionary word one letter from a word of a longer term, beside its other words ---


def test_a_real_surname_beside_the_terms_first_name_is_a_misspelling(checker):
    source = "President Ilham Aliyev expressed condolences."
    got = run(checker, "ru", "Президент Ильхам Алеев выразил соболезнования.", source)
    assert [(f.check, f.span.text if f.span else None, f.suggestion) for f in got] == [
        ("term-misspelled", "Алеев", "Алиев")
    ]


def test_the_same_surname_alone_is_a_name_of_its_own(checker):
    got = run(
        checker, "ru", "Господин Алеев выразил соболезнования.", "Mr Aleev expressed condolences."
    )
    assert [f for f in got if f.check == "term-misspelled"] == []
