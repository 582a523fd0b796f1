"""Azerbaijani Cyrillic (1958–1991) and its Latin transliteration.

Such text still circulates and matching works on a Latin copy. Only text holding letters that
exist in Azerbaijani Cyrillic alone (Ә Ғ Ҹ Ј Ҝ Ө Ү Һ) is converted, so Russian (`Ереван`) is never
turned into Latin. A module of data and lookups only: `normalize` (which transliterates while it
prepares a text) and `script` both read it, and it imports neither.
"""

from __future__ import annotations

from functools import cache

#: letters found in the Azerbaijani Cyrillic alphabet and not in Russian
AZ_ONLY_CYRILLIC = frozenset("ӘәҒғҸҹЈјҜҝӨөҮүҺһ")

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
    """True when the text holds a letter only Azerbaijani Cyrillic has (a set test in C: the
    misspelling check asks it of a window around every suspect word)."""
    return not AZ_ONLY_CYRILLIC.isdisjoint(text)


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
