"""Writing systems: Azerbaijani Cyrillic → Latin, and words that mix Latin and Cyrillic letters.

Azerbaijani was written in Cyrillic from 1958 to 1991 and such text still circulates; matching
works on a Latin copy. Only text holding letters that exist in Azerbaijani Cyrillic alone
(Ә Ғ Ҹ Ј Ҝ Ө Ү Һ) is converted, so Russian (`Ереван`) is never turned into Latin.

A word mixing scripts (`Кaрабах` with a Latin `a`) looks right to a reader but matches nothing:
`mixed_script_words` reports such words so checks can flag them.
"""

from __future__ import annotations

from functools import cache

import regex

from translate.text.normalize import AZ_ONLY_CYRILLIC
from translate.text.tokenize import Token, tokenize

# The 1958–1991 alphabet letter by letter; letters of Russian loanwords that have no single
# Azerbaijani counterpart are spelled as the 1991 reform did (Я → Ya). Ь and Ъ carry no sound.
_UPPER = {
    "А": "A", "Б": "B", "В": "V", "Г": "Q", "Ғ": "Ğ", "Д": "D", "Е": "E", "Ә": "Ə", "Ж": "J",
    "З": "Z", "И": "İ", "Ы": "I", "Ј": "Y", "К": "K", "Ҝ": "G", "Л": "L", "М": "M", "Н": "N",
    "О": "O", "Ө": "Ö", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ү": "Ü", "Ф": "F",
    "Х": "X", "Һ": "H", "Ч": "Ç", "Ҹ": "C", "Ш": "Ş", "Й": "Y", "Э": "E", "Ё": "Yo", "Ю": "Yu",
    "Я": "Ya", "Ц": "Ts", "Щ": "Şç", "Ь": "", "Ъ": "",
}  # fmt: skip


@cache
def az_cyrillic_map() -> dict[str, str]:
    """Character → Latin replacement (upper and lower case)."""
    out = dict(_UPPER)
    for cyr, lat in _UPPER.items():
        low = cyr.lower()
        if lat in ("İ",):
            out[low] = "i"
        elif lat == "I":
            out[low] = "ı"
        elif lat:
            out[low] = lat.lower()
        else:
            out[low] = ""
    return out


def is_az_cyrillic(text: str) -> bool:
    """True when the text holds a letter only Azerbaijani Cyrillic has."""
    return any(ch in AZ_ONLY_CYRILLIC for ch in text)


def az_cyrillic_to_latin(text: str) -> str:
    """Transliterate Azerbaijani Cyrillic to the Latin alphabet.

    Text without an Azerbaijani-only letter is returned unchanged (it is probably Russian).
    Lines are decided one by one, so a Russian quotation on its own line is left alone.
    """
    if not is_az_cyrillic(text):
        return text
    table = az_cyrillic_map()
    lines = text.splitlines(keepends=True)
    return "".join(
        "".join(table.get(ch, ch) for ch in line) if is_az_cyrillic(line) else line
        for line in lines
    )


_LATIN = regex.compile(r"\p{Latin}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def script_of(word: str) -> str:
    """`latin`, `cyrillic`, `mixed` (both), `other` (letters of another script) or `none`."""
    lat = _LATIN.search(word) is not None
    cyr = _CYRILLIC.search(word) is not None
    if lat and cyr:
        return "mixed"
    if lat:
        return "latin"
    if cyr:
        return "cyrillic"
    return "other" if any(ch.isalpha() for ch in word) else "none"


def mixed_script_words(text: str) -> list[Token]:
    """Words holding both Latin and Cyrillic letters, with offsets into `text`.

    Hyphenated compounds whose parts are each in one script (`NATO-ну`) are not reported: only a
    part that mixes scripts inside itself is a typing accident.
    """
    out: list[Token] = []
    for tok in tokenize(text, "und"):
        if script_of(tok.text) != "mixed":
            continue
        parts = regex.split(r"[-'’ʼ‐‑‒–]", tok.text)
        if any(script_of(p) == "mixed" for p in parts):
            out.append(tok)
    return out
