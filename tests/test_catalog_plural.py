"""Plural-Forms: the project's languages get gettext's conventional header whatever Babel's
version, and rules are compared by what they compute, not how they are spelled."""

from __future__ import annotations

import gettext

import pytest

from translate.catalog.plural import cldr_plural_forms, equivalent, parse_plural_forms

# Spelled as in the gettext manual's "Plural forms" table (ru with the outer parentheses that the
# committed catalogues already carry).
GETTEXT_MANUAL = {
    "az": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
}


@pytest.mark.parametrize("lang", ["az", "ru", "en", "ru_RU", "az-Latn"])
def test_header_is_gettexts_text_without_asking_babel(lang, monkeypatch):
    def babel_must_not_decide(_lang):
        raise AssertionError("Babel consulted for a conventional rule")

    import babel.messages.plurals

    # plural.py imports get_plural when it needs it, so the patch is where it comes from
    monkeypatch.setattr(babel.messages.plurals, "get_plural", babel_must_not_decide)
    base = lang[:2]
    assert cldr_plural_forms(lang) == GETTEXT_MANUAL[base]


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_header_computes_cldr_rule(lang):
    from babel.messages.plurals import get_plural

    ours = parse_plural_forms(cldr_plural_forms(lang))
    cldr = parse_plural_forms(get_plural(lang).plural_forms)
    assert ours[0] == cldr[0]
    f_ours, f_cldr = gettext.c2py(ours[1]), gettext.c2py(cldr[1])
    assert [f_ours(n) for n in range(1001)] == [f_cldr(n) for n in range(1001)]


def test_equivalent_evaluates_rather_than_compares_text():
    babel_219_ru = (
        "nplurals=3; plural=n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && "
        "(n % 100 < 12 || n % 100 > 14) ? 1 : 2;"
    )
    assert equivalent(GETTEXT_MANUAL["ru"], babel_219_ru)
    # the same on 0..110, different from n = 111 on
    wrong = (
        "nplurals=3; plural=(n%10==1 && n!=11 ? 0 : n%10>=2 && n%10<=4 && (n<10 || n>=20) ? 1 : 2);"
    )
    assert not equivalent(GETTEXT_MANUAL["ru"], wrong)
    assert not equivalent(GETTEXT_MANUAL["az"], "nplurals=2; plural=(n > 1);")
    assert not equivalent(GETTEXT_MANUAL["az"], "nplurals=3; plural=(n != 1);")
