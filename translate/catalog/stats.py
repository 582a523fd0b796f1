"""Completeness of a catalogue, counted as `msgfmt --statistics` counts.

Active messages only (no header, no obsolete), classified by the first form as msgfmt does:
untranslated when it is empty, else fuzzy when flagged, else translated. An empty header counts
as one untranslated message, as in msgfmt. Words are the
source words (msgid), the unit translators are paid and planned by.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from translate.catalog.po import Catalog, Message


@cache
def _word() -> Any:
    # compiled on first use: importing `regex` costs a fresh `translate compile` process more
    # than it spends counting
    import regex

    return regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}’'\-]*")


def word_count(text: str) -> int:
    return sum(1 for _ in _word().finditer(text))


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
    """`translated`, `fuzzy` or `untranslated`, as msgfmt classifies an active message: by its
    first form only (a plural entry with msgstr[0] filled and msgstr[1] empty counts as
    translated, one with msgstr[0] empty as untranslated even when fuzzy)."""
    if m.msgid_plural is not None:
        first = m.msgstr_plural[0] if m.msgstr_plural else ""
    else:
        first = m.msgstr
    if not first:
        return "untranslated"
    return "fuzzy" if "fuzzy" in m.flags else "translated"


def catalog_stats(cat: Catalog) -> Stats:
    s = Stats()
    if cat.header is not None and not cat.header.msgstr.strip():
        s.untranslated += 1  # msgfmt counts an empty header as an untranslated message
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
