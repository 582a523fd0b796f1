"""Completeness of a catalogue, counted as `msgfmt --statistics` counts.

Active messages only (no header, no obsolete). Fuzzy: flagged fuzzy and carrying a translation;
translated: a translation in every form and not fuzzy; untranslated: the rest. Words are the
source words (msgid), the unit translators are paid and planned by.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import regex

from translate.catalog.po import Catalog, Message

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}’'\-]*")


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


@dataclass
class Stats:
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def total_words(self) -> int:
        return self.translated_words + self.fuzzy_words + self.untranslated_words

    @property
    def percent(self) -> float:
        """Share of messages translated and not fuzzy (100 for an empty catalogue)."""
        return 100.0 * self.translated / self.total if self.total else 100.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["total"] = self.total
        d["total_words"] = self.total_words
        d["percent"] = round(self.percent, 1)
        return d


def state(m: Message) -> str:
    """`translated`, `fuzzy` or `untranslated`, as msgfmt classifies an active message."""
    if m.msgid_plural is not None:
        has = any(m.msgstr_plural)
        complete = bool(m.msgstr_plural) and all(m.msgstr_plural)
    else:
        has = complete = m.msgstr != ""
    if "fuzzy" in m.flags and has:
        return "fuzzy"
    return "translated" if complete else "untranslated"


def catalog_stats(cat: Catalog) -> Stats:
    s = Stats()
    for m in cat.messages:
        if m.obsolete or m.is_header:
            continue
        st = state(m)
        words = word_count(m.msgid)
        if st == "translated":
            s.translated += 1
            s.translated_words += words
        elif st == "fuzzy":
            s.fuzzy += 1
            s.fuzzy_words += words
        else:
            s.untranslated += 1
            s.untranslated_words += words
    return s


def msgfmt_style(s: Stats) -> str:
    """`N translated messages, M fuzzy translations, K untranslated messages.`"""
    parts = [f"{s.translated} translated message{'s' if s.translated != 1 else ''}"]
    if s.fuzzy:
        parts.append(f"{s.fuzzy} fuzzy translation{'s' if s.fuzzy != 1 else ''}")
    if s.untranslated:
        parts.append(f"{s.untranslated} untranslated message{'s' if s.untranslated != 1 else ''}")
    return ", ".join(parts) + "."
