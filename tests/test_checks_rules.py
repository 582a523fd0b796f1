"""Each check on real sentences: planted problems give the right id at the right place; clean,
inflected uses give nothing. Uses the shipped glossary and the real term index."""

from __future__ import annotations

import pytest

from translate.checks import Checker, load_term_index
from translate.checks.segment import Segment
from translate.config import Config, load_config


@pytest.fixture(scope="module")
def checker(repo_root) -> Checker:
    config = load_config(repo_root)
    glossary, index = load_term_index(config.glossary_path)
    return Checker(config, glossary=glossary, index=index)


def run(checker: Checker, lang: str, target: str, source: str | None = None, **kw):
    seg = Segment("draft.po", 7, lang, target, source, article="a", **kw)
    return checker.check_segments([seg])


def only(findings, check: str):
    return [f for f in findings if f.check == check]


def spans(findings, check: str) -> list[str]:
    return [f.span.text for f in findings if f.check == check and f.span]


# --- clean text: nothing at all ----------------------------------------------------------------

CLEAN = [
    (
        "az",
        "In April 1920 the Red Army occupied Azerbaijan, and Baku fell.",
        "1920-ci ilin aprelində Qırmızı Ordu Azərbaycanı işğal etdi və Bakı süqut etdi.",
    ),
    (
        "az",
        "The Zangezur corridor will link mainland Azerbaijan with Nakhchivan.",
        "Zəngəzur dəhlizi Azərbaycanın əsas hissəsini Naxçıvanla birləşdirəcək.",
    ),
    (
        "ru",
        "Aliyev called the entry of the Red Army into Azerbaijan in April 1920 an occupation.",
        "Алиев назвал вступление Красной армии в Азербайджан в апреле 1920 года оккупацией.",
    ),
    (
        "ru",
        "Talks on the Zangezur corridor resumed in Moscow.",
        "Переговоры о Зангезурском коридоре возобновились в Москве.",
    ),
    (
        "ru",
        "The ADR survived just 23 months, a “voluntary union.”",
        "АДР просуществовала всего 23 месяца, «добровольный союз».",
    ),
]


@pytest.mark.parametrize(("lang", "source", "target"), CLEAN)
def test_clean_inflected_text_gives_nothing(checker, lang, source, target):
    assert run(checker, lang, target, source) == []


# --- terminology ---------------------------------------------------------------------------------


def test_term_forbidden_with_inflected_suggestion(checker):
    target = "Dağlıq Qarabağda vəziyyət gərgin idi."
    found = only(
        run(checker, "az", target, "The situation in Karabakh was tense."), "term-forbidden"
    )
    assert len(found) == 1
    f = found[0]
    assert f.severity == "error" and f.concept == "karabakh"
    assert target[f.span.start : f.span.end] == "Dağlıq Qarabağda"
    assert f.suggestion == "Qarabağda"


def test_term_forbidden_russian(checker):
    target = "Ситуация в Нагорном Карабахе оставалась напряжённой."
    found = only(
        run(checker, "ru", target, "The situation in Karabakh remained tense."), "term-forbidden"
    )
    assert [f.span.text for f in found] == ["Нагорном Карабахе"]
    assert found[0].suggestion and found[0].suggestion.lower().startswith("карабах")


def test_term_missing_points_at_the_source_term(checker):
    source = "Mammadov spoke about the Zangezur corridor."
    found = only(run(checker, "az", "Məmmədov yol haqqında danışdı.", source), "term-missing")
    assert [f.concept for f in found] == ["zangezur-corridor"]
    f = found[0]
    assert f.span.where == "source" and source[f.span.start : f.span.end] == "Zangezur corridor"
    assert f.suggestion == "Zəngəzur dəhlizi"


def test_term_source_forbidden(checker):
    found = only(
        run(checker, "ru", "Он прибыл в Киев.", "He arrived in Kiev."), "term-source-forbidden"
    )
    assert len(found) == 1 and found[0].span.text == "Kiev" and found[0].lang == "en"
    assert found[0].suggestion == "Kyiv"


@pytest.mark.parametrize(
    ("lang", "source", "target", "word"),
    [
        ("az", "The Zangezur corridor is open.", "Zəngəzor dəhlizi açıqdır.", "Zəngəzor"),
        ("ru", "The Zangezur corridor.", "Строительство Зангузурского коридора.", "Зангузурского"),
        ("ru", "The occupation of 1920.", "Об оккупацыи 1920 года.", "оккупацыи"),
    ],
)
def test_term_misspelled(checker, lang, source, target, word):
    findings = run(checker, lang, target, source)
    found = only(findings, "term-misspelled")
    assert [f.span.text for f in found] == [word]
    assert not only(findings, "term-missing")  # one problem, one finding


def test_term_inconsistent_within_an_article(checker):
    segs = [
        Segment("a.po", 1, "ru", "Нахчыван — эксклав.", "Nakhchivan is an exclave.", article="a"),
        Segment("a.po", 5, "ru", "Дорога в Нахчыван.", "The road to Nakhchivan.", article="a"),
        Segment("a.po", 9, "ru", "Граница Нахичевани.", "The border of Nakhchivan.", article="a"),
    ]
    found = only(checker.check_segments(segs), "term-inconsistent")
    assert [(f.line, f.span.text) for f in found] == [(9, "Нахичевани")]
    assert found[0].severity == "warning"


# --- numbers, markup -----------------------------------------------------------------------------


def test_numbers_locale_formats_ordinals_and_changes(checker):
    ok = run(
        checker,
        "ru",
        "В 1 000 случаев 11-я армия, 44-дневная война.",
        "In 1,000 cases the 11th army, 44-day war.",
    )
    assert not only(ok, "number-mismatch")
    ok = run(
        checker,
        "az",
        "1.000 halda XI ordu, 44 günlük müharibə.",
        "In 1,000 cases the 11th army, 44-day war.",
    )
    assert not only(ok, "number-mismatch")
    bad = only(run(checker, "az", "1921-ci ildə.", "In 1920."), "number-mismatch")
    assert [f.span.text for f in bad] == ["1921"] and bad[0].suggestion == "1920"
    gone = only(run(checker, "ru", "Всего месяцев.", "Just 23 months."), "number-mismatch")
    assert gone[0].span.where == "source" and gone[0].span.text == "23"


def test_markup_link_target_code_and_emphasis(checker):
    source = "See [the report](https://example.org/r) and `code` in **bold**."
    assert not only(
        run(checker, "ru", "См. [доклад](https://example.org/r) и `code` **жирным**.", source),
        "markup-mismatch",
    )
    bad = only(
        run(checker, "ru", "См. [доклад](https://example.org/x) и code жирным.", source),
        "markup-mismatch",
    )
    texts = [f.message for f in bad]
    assert any("https://example.org/x" in t for t in texts)
    assert any("code span" in t for t in texts)
    assert any("emphasis not kept: the source has 1 strong" in t for t in texts)


# --- scripts, az-ascii, punctuation, status ------------------------------------------------------


def test_mixed_and_wrong_script(checker):
    f = run(checker, "ru", "Войска вошли в Кaрабах и это был statement.")
    assert (
        spans(f, "mixed-script") == ["Кaрабах"]
        and only(f, "mixed-script")[0].suggestion == "Карабах"
    )
    assert spans(f, "wrong-script") == ["statement"]
    # an English word that is a glossary term in English is still English in Russian text
    f = run(checker, "ru", "Это была occupation.")
    assert spans(f, "wrong-script") == ["occupation"]
    f = run(checker, "az", "Prezident Москва haqqında danışdı, Telegram-kanal.")
    assert spans(f, "wrong-script") == ["Москва"] and not only(f, "mixed-script")
    # names in Latin are normal in Russian news text
    f = run(checker, "ru", "Телеканал Al Arabiya и NATO.", "Al Arabiya and NATO.")
    assert not only(f, "wrong-script") and not only(f, "mixed-script")


def test_az_ascii(checker):
    f = only(run(checker, "az", "Azerbaycanin paytaxtı Baki şəhəridir."), "az-ascii")
    # two words of one block typed without their letters: one slip, one finding, whose
    # suggestion repairs both
    assert [(x.span.text, x.suggestion) for x in f] == [
        ("Azerbaycanin paytaxtı Baki", "Azərbaycanın paytaxtı Bakı"),
    ]
    assert "“Azerbaycanin”, “Baki”" in f[0].message


def test_punctuation(checker):
    f = only(run(checker, "ru", 'Он сказал "нет"  и ушёл', "He said “no” and left."), "punctuation")
    assert [x.span.text for x in f] == ['"нет"', "  ", "ушёл"]
    assert f[0].suggestion == "«нет»"
    assert not run(checker, "az", "O, «işğal» sözünü işlətdi.", "He used the word “occupation.”")
    assert not run(checker, "ru", "Он сказал «нет» и ушёл.", "He said “no” and left.")


def test_quotes_configurable(repo_root):
    config = Config(root=repo_root, quotes={"az": "“”‘’"})
    checker = Checker(config)
    seg = Segment("x.po", 1, "az", "O, «işğal» sözünü işlətdi.", "He used “occupation.”")
    assert [f.check for f in checker.check_segments([seg])] == ["punctuation"]
    seg = Segment("x.po", 1, "az", "O, “işğal” sözünü işlətdi.", "He used “occupation.”")
    assert checker.check_segments([seg]) == []


def test_untranslated_and_fuzzy(checker):
    assert [f.check for f in run(checker, "az", "", "Hello.")] == ["untranslated"]
    f = run(checker, "az", "Salam 1921", "Hello 1920.", fuzzy=True)
    # content checks wait until the review, but a stale number is what the review must fix
    assert sorted(x.check for x in f) == ["fuzzy", "number-mismatch"]
    f = run(checker, "az", "Salam 1920", "Hello 1920.", fuzzy=True)
    assert [x.check for x in f] == ["fuzzy"]


def test_suppression_and_severities(repo_root):
    seg = Segment(
        "x.po", 1, "ru", 'Он сказал "нет"', "He said “no.”", skip=frozenset({"punctuation"})
    )
    config = load_config(repo_root)
    assert Checker(config).check_segments([seg]) == []
    seg = Segment("x.po", 1, "ru", 'Он сказал "нет"', "He said “no.”")
    quiet = Config(root=repo_root, severities={"punctuation": "off"})
    assert Checker(quiet).check_segments([seg]) == []
    loud = Config(root=repo_root, severities={"punctuation": "error"})
    assert {str(f.severity) for f in Checker(loud).check_segments([seg])} == {"error"}


# --- long tokens and a warmed checker ------------------------------------------------------------


@pytest.mark.parametrize(
    ("chunk", "flagged"),
    [
        ("a" * 101, True),  # over the longest word checked
        ("1" * 51, True),  # a number over it (a checksum, a code)
        ("1" * 25, False),  # the longest number a text may hold (a payment identifier)
        ("1" * 26, True),  # digits past any number or account number
        ("a" * 31, True),  # letters in a row over any word: spaces lost
        ("a" * 30, False),
        ("x1" * 17, False),  # 34 letters and digits: an IBAN's length at most
        ("x1" * 18, True),  # longer than any identifier (held-out set 138)
        ("a1" * 25, True),  # but hexadecimal: a checksum
        ("Qarabağ-" * 13 + "da", True),  # hyphens join letters into one run
        ("." * 300, False),  # a long chunk without a letter or digit is no token
        ("a" * 30 + ".." + "b" * 30, False),  # two runs, each short enough
    ],
)
def test_long_token_at_its_limit(checker, chunk: str, flagged: bool):
    target = "Bakıda bu gün " + chunk + " yazıldı, və hamı bunu oxudu."
    found = only(run(checker, "az", target, "Today in Baku this was written."), "long-token")
    assert bool(found) is flagged
    if flagged:
        assert found[0].span.start == target.index(chunk)


def test_a_warmed_checker_finds_what_a_fresh_one_finds(repo_root):
    """A pool's parent warms its checker before forking; the workers' findings must be those
    of a checker that was never warmed."""
    config = load_config(repo_root)
    glossary, index = load_term_index(config.glossary_path)
    messages = [(lang, tr, src) for lang, src, tr in CLEAN] + [
        ("az", "Dağlıq Qarabağda vəziyyət gərgin idi, Zəngəzorun yolu 1921.", "Karabakh, 1920."),
        ("ru", "Ситуация в Нагорном Карабахе, 1921.", "The situation in Karabakh, 1920."),
    ]
    results = []
    for warm in (False, True):
        checker = Checker(config, glossary=glossary, index=index)
        if warm:
            checker.warm(config.target_languages)
        results.append([run(checker, lang, tr, src) for lang, tr, src in messages])
    assert results[0] == results[1]
    assert any(results[0])  # the planted problems were found at all
