"""Tokens with offsets into the original text; joined forms stay one token."""

from __future__ import annotations

from translate.text.tokenize import pattern_for, token_spans, tokenize, words


def surfaces(text: str, lang: str) -> list[str]:
    toks = tokenize(text, lang)
    for t in toks:
        assert text[t.start : t.end]  # never empty
    return [text[t.start : t.end] for t in toks]


def test_joined_forms_are_single_tokens() -> None:
    assert surfaces("BMT-nin və NATO-nun qərarı", "az") == ["BMT-nin", "və", "NATO-nun", "qərarı"]
    assert surfaces("телеканал Аль-Арабия сообщил", "ru") == ["телеканал", "Аль-Арабия", "сообщил"]
    assert surfaces("the successor’s duty", "en") == ["the", "successor’s", "duty"]


def test_quotes_and_dashes_do_not_join() -> None:
    assert surfaces("“occupation” — 'Red Army'", "en") == ["occupation", "Red", "Army"]
    assert surfaces("1920–1991", "en") == ["1920–1991"]  # a joined range stays findable whole


def test_english_plural_possessive_keeps_its_apostrophe() -> None:
    assert surfaces("the successors' rights", "en") == ["the", "successors'", "rights"]
    assert surfaces("the successors' rights", "ru") == ["the", "successors", "rights"]


def test_folded_keys() -> None:
    toks = tokenize("İŞĞALINDAN sonra", "az")
    assert [t.folded for t in toks] == ["işğalından", "sonra"]
    assert words("Вооружённые силы", "ru") == ["вооруженные", "силы"]


def test_offsets_with_invisible_characters() -> None:
    text = "\ufeffZəngəzur\u200b dəhli\u00adzi"
    toks = tokenize(text, "az")
    assert [t.text for t in toks] == ["Zəngəzur", "dəhlizi"]
    assert [text[t.start : t.end] for t in toks] == ["Zəngəzur", "dəhli\u00adzi"]


def test_token_spans_read_every_text_as_the_word_pattern_does() -> None:
    # the fast `re` path and the `regex` fallback (combining marks, scripts past the compared
    # range) give the spans `pattern_for` gives
    for text in (
        "the successors' rights, Nagorno-Karabakh's 44-day war (1920–1991)",
        "s' 's -s s-' x'' ''s",
        "Əliyevin sözləri — «könüllü ittifaq» BMT-nin",
        "Вооружённые си́лы Аль-Арабия",
        "été ҃слово",
        "中国 日本's 😀word",
        "",
    ):
        for lang in ("en", "az", "ru"):
            want = [m.span() for m in pattern_for(lang).finditer(text)]
            assert token_spans(text, lang) == want, (text, lang)
