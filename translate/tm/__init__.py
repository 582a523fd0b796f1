"""Translation memory: a store of (source, target, origin) segments with an index for fuzzy
look-up, TMX 1.4b in and out, and pre-translation that consults the glossary.

    from translate.tm import TranslationMemory, lookup
    with TranslationMemory.open("tm/en-ru.sqlite") as tm:
        for match in lookup(tm, "The Red Army entered Baku.", threshold=75):
            match.score, match.target, match.segment.where
"""

from translate.tm.match import THRESHOLD, Query, lookup
from translate.tm.pretranslate import PretranslateStats, pretranslate
from translate.tm.store import FORMAT_VERSION, Match, Segment, TranslationMemory, tm_path

__all__ = [
    "FORMAT_VERSION",
    "THRESHOLD",
    "Match",
    "PretranslateStats",
    "Query",
    "Segment",
    "TranslationMemory",
    "lookup",
    "pretranslate",
    "tm_path",
]
