"""Scripts: old Azerbaijani Cyrillic and words that mix Latin and Cyrillic letters."""

from __future__ import annotations

from translate.text.alphabet import az_cyrillic_to_latin
from translate.text.script import mixed_script_words, script_of


def test_azerbaijani_cyrillic_to_latin() -> None:
    assert az_cyrillic_to_latin("Азәрбајҹан Республикасы") == "Azərbaycan Respublikası"
    assert az_cyrillic_to_latin("Һүгуги вәрис") == "Hüquqi vəris"
    assert az_cyrillic_to_latin("Бакы шәһәри") == "Bakı şəhəri"


def test_russian_is_never_transliterated() -> None:
    assert az_cyrillic_to_latin("Ереван и Москва") == "Ереван и Москва"
    assert az_cyrillic_to_latin("Шәһәр\nЕреван") == "Şəhər\nЕреван"


def test_mixed_script_words_are_reported_with_offsets() -> None:
    text = "Кaрабах и Карабах, Bakı и Bаkı, NATO-ну"  # Latin a in the first, Cyrillic а in Bаkı
    found = mixed_script_words(text)
    assert [text[t.start : t.end] for t in found] == ["Кaрабах", "Bаkı"]


def test_script_of() -> None:
    assert script_of("Баку") == "cyrillic"
    assert script_of("Bakı") == "latin"
    assert script_of("Кaрабах") == "mixed"
    assert script_of("1920") == "none"
