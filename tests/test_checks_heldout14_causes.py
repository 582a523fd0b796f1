"""The general cause of the one false alarm of the fourteenth held-out check set (issue 10), on
new sentences through the shipped glossary: a scale word that makes an adjective, ru with a
hyphen (`17-тысячный город`) and az with `-lik` (`17 minlik şəhər`), is the number times a
thousand, like `17 тыс.` and `17 min`; a changed one is still caught, shown where it is written.
"""

from __future__ import annotations

import pytest
from test_checks_heldout12_causes import numbers
from test_checks_precision import checker, run

__all__ = ["checker"]  # the shipped glossary's checker, a fixture shared with that module

SOURCE = "The town of 17,000 was rebuilt within three years."


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("ru", "17-тысячный город отстроили за три года."),
        ("ru", "Жители 17-тысячного города вернулись через три года."),
        ("az", "17 minlik şəhər üç il ərzində yenidən qurulub."),
        ("az", "17 min nəfərlik şəhər üç il ərzində yenidən qurulub."),
    ],
)
def test_a_scale_word_made_an_adjective_is_the_number(checker, lang, target):
    assert numbers(run(checker, lang, target, SOURCE)) == []


@pytest.mark.parametrize(
    ("lang", "target", "shown"),
    [
        ("ru", "18-тысячный город отстроили за три года.", "18-тысячный"),
        ("az", "18 minlik şəhər üç il ərzində yenidən qurulub.", "18 minlik"),
    ],
)
def test_a_changed_one_is_still_caught_where_it_is(checker, lang, target, shown):
    got = numbers(run(checker, lang, target, SOURCE))
    assert [(text, where) for text, where, _ in got] == [(shown, "translation")]
    assert "17,000 of the source is missing" in got[0][2]
