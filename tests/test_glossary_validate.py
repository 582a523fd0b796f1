"""Every validation rule, each triggered by a real row of a real file, with its location."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.glossary import Concept, Glossary, Status, Term, read_glossary, validate
from translate.morph.hint import HintSyntaxError, parse_hint

DATA = Path(__file__).parent / "data" / "glossary"
LANGS = ("en", "az", "ru")


@pytest.fixture(scope="module")
def broken() -> dict[tuple[int, str], list]:
    """(line, rule) → problems, for tests/data/glossary/broken-rules.csv."""
    result = read_glossary(DATA / "broken-rules.csv", LANGS)
    found: dict[tuple[int, str], list] = {}
    for problem in [*result.problems, *validate(result.glossary, LANGS)]:
        found.setdefault((problem.location.line, problem.rule), []).append(problem)
    return found


# (line in broken-rules.csv, rule, severity, column, words expected in the message)
EXPECTED = [
    (1, "unknown-status", "error", 195, "'obsolete'"),
    (3, "duplicate-id", "error", 1, "first used on line 2"),
    (4, "id-syntax", "error", 1, "'Kyiv_City'"),
    (5, "duplicate-term", "error", 40, "'kyiv city' is listed twice"),
    (6, "allowed-and-forbidden", "error", 46, "both preferred and forbidden"),
    (8, "homograph", "warning", 43, "also a term of 'homograph'"),
    (9, "missing-preferred", "error", 54, "no preferred ru term"),
    (10, "not-nfc", "error", 37, "not in Unicode NFC"),
    (11, "spaces", "error", 33, "doubled spaces"),
    (12, "mixed-script", "error", 27, "Cyrillic 'а' U+0430"),
    (13, "az-cyrillic", "error", 42, "Cyrillic letter 'д'"),
    (14, "ru-latin", "error", 54, "Latin letter 'I'"),
    (15, "ru-unknown-word", "warning", 68, "Никол, Пашинян"),
    (16, "inflection-syntax", "error", 67, "'Зангезур like коридор'"),
    # a malformed hint covers nothing, so the unknown word is reported as well
    (16, "ru-unknown-word", "warning", 54, "Зангезур"),
    (17, "inflection-word", "warning", 63, "'Эривань'"),
    (18, "unknown-pos", "error", 13, "'phrase'"),
    (19, "case-value", "error", 33, "not 'maybe'"),
    (20, "missing-field", "error", 11, "has no domain"),
    (21, "inflection-model", "warning", 72, "'кваркозябра'"),
    (22, "inflection-adjective", "warning", 74, "'грузинскыйй'"),
    (23, "inflection-syntax", "error", 77, "'Германия=adj немецкий'"),  # adj takes no WORD=
]


@pytest.mark.parametrize(("line", "rule", "severity", "column", "words"), EXPECTED)
def test_rule_fires_on_its_row(broken, line, rule, severity, column, words):
    problems = broken.get((line, rule))
    assert problems, f"{rule} not reported on line {line}; got {sorted(broken)}"
    first = problems[0]
    assert str(first.severity) == severity
    assert first.location.column == column
    assert words in first.message
    assert first.hint, "every problem says how to fix it"
    rendered = str(first)
    assert rendered.startswith(f"{DATA / 'broken-rules.csv'}:{line}:{column}: {severity}: ")
    assert f"[{rule}]" in rendered and "\n  hint: " in rendered


def test_leading_and_trailing_spaces(broken):
    messages = [p.message for p in broken[(11, "spaces")]]
    assert any("leading space" in m and "' partnership'" in m for m in messages)
    assert any("trailing space" in m and "'strateji tərəfdaşlıq '" in m for m in messages)


def test_nothing_else_is_reported(broken):
    expected = {(line, rule) for line, rule, *_ in EXPECTED}
    assert set(broken) == expected


def test_language_level_rules():
    result = read_glossary(DATA / "broken-languages.csv", LANGS)
    problems = [*result.problems, *validate(result.glossary, LANGS)]
    got = sorted((p.location.line, p.location.column, p.rule) for p in problems)
    assert got == [
        (1, 1, "missing-language"),
        (1, 15, "csv-unknown-column"),
        (2, 33, "unknown-language"),
    ]
    missing = next(p for p in problems if p.rule == "missing-language")
    assert "'ru'" in missing.message and "ru_admitted" in missing.hint


def test_good_file_is_clean():
    result = read_glossary(DATA / "good.csv", LANGS)
    assert result.problems == []
    assert validate(result.glossary, LANGS) == []


def test_shipped_glossary_is_clean(repo_root):
    path = repo_root / "glossary" / "glossary.csv"
    if not path.exists():
        pytest.skip("glossary/glossary.csv not written yet")
    result = read_glossary(path, LANGS)
    problems = [*result.problems, *validate(result.glossary, LANGS)]
    assert [str(p) for p in problems if p.is_error] == []
    assert len(result.glossary) >= 50


def test_case_sensitive_terms_differing_in_case_are_not_duplicates():
    concept = Concept(
        id="x",
        domain="politics",
        pos="abbr",
        terms=[
            Term("ICAO", "en", case_sensitive=True),
            Term("Icao", "en", status=Status.ADMITTED, case_sensitive=True),
            Term("ИКАО", "ru", inflection="indecl"),
            Term("ИКАО", "az"),
        ],
    )
    rules = [p.rule for p in validate(Glossary([concept], ("en", "ru")), ("en", "ru"))]
    assert "duplicate-term" not in rules
    assert "az-cyrillic" in rules


def test_hint_grammar():
    items = parse_hint("Нахчыван=like караван; indecl")
    assert [(i.word, i.indeclinable, i.model) for i in items] == [
        ("Нахчыван", False, "караван"),
        (None, True, None),
    ]
    with pytest.raises(HintSyntaxError) as info:
        parse_hint("indecl;Баку like")
    assert info.value.offset == 7
