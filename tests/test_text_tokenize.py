"""Tokens with offsets into the original text; joined forms stay one token."""

from __future__ import annotations

from itertools import accumulate

from translate.text.tokenize import (
    _SAFE_BELOW,
    _unsafe,
    pattern_for,
    token_parts,
    token_spans,
    tokenize,
    words,
)


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


def test_token_parts_cut_every_text_at_the_word_pattern_spans() -> None:
    # the `\\w` patterns (no `_` in the text), the `[^\\W_]` ones, the `regex` fallback: the
    # tokens and the gaps between them rebuild the text, at the spans `pattern_for` gives
    for text in (
        "the successors' rights, Nagorno-Karabakh's 44-day war (1920–1991)",
        "snake_case x_y _a_ a__b it's_ successors'_ s'_",
        "s' 's -s s-' x'' ''s a-'b a'-b",
        "Əliyevin sözləri — «könüllü ittifaq» BMT-nin",
        "Вооружённые си́лы Аль-Арабия",
        "été ҃слово a\u0301b",
        "中国 日本's 😀word",
        "",
        " ",
        "x",
    ):
        for lang in ("en", "az", "ru"):
            parts = token_parts(text, lang)
            assert "".join(parts) == text and len(parts) % 2 == 1
            offs = list(accumulate(map(len, parts)))
            want = [m.span() for m in pattern_for(lang).finditer(text)]
            assert list(zip(offs[0:-1:2], offs[1::2], strict=True)) == want, (text, lang)
            assert parts[1::2] == [text[s:e] for s, e in want]


def test_ascii_needs_no_check_for_characters_the_engines_read_apart() -> None:
    assert _unsafe().search("".join(map(chr, range(_SAFE_BELOW)))) is None
    assert _unsafe().search(chr(_SAFE_BELOW)) is not None  # a combining grave accent
