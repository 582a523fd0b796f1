"""Fill a catalogue's untranslated messages from the TM.

- 101 % (same text, same context) and 100 % (same text) fill the message as translated, with a
  `#. tm: 100% from <article>:<line>` comment saying where it came from;
- a fuzzy match at or above the threshold (75 % by default) fills it marked `fuzzy`, with
  `#. tm: 87% from <article>:<line>` and the TM source as `#| msgid`, so PO editors show the
  difference as they do after msgmerge;
- where only numbers differ, they are replaced and the message stays fuzzy;
- a suggestion the glossary objects to (see `translate.tm.terms`) is fuzzy whatever its score,
  with one `#. tm:` line per objection.

Messages that already have a translation (fuzzy or not) are never touched: pre-translation only
adds. Plural messages are left alone (the TM holds singular segments).
"""

from __future__ import annotations

from dataclasses import dataclass

from translate.catalog.po import Catalog
from translate.tm.match import THRESHOLD, Query, lookup
from translate.tm.store import TranslationMemory
from translate.tm.terms import TermPolicy


@dataclass
class PretranslateStats:
    in_context: int = 0
    exact: int = 0
    fuzzy: int = 0
    numbers: int = 0
    #: filled suggestions that carry a glossary note
    flagged: int = 0
    #: untranslated messages left untranslated
    untranslated: int = 0

    @property
    def filled(self) -> int:
        return self.in_context + self.exact + self.fuzzy


def pretranslate(
    cat: Catalog,
    tm: TranslationMemory,
    *,
    article: str | None = None,
    threshold: float = THRESHOLD,
    policy: TermPolicy | None = None,
) -> PretranslateStats:
    """Fill *cat* in place; returns what was done."""
    stats = PretranslateStats()
    active = [m for m in cat.active if not m.is_header]
    for i, m in enumerate(active):
        if m.has_translation or m.msgid_plural is not None:
            continue
        query = Query(
            m.msgid,
            context=m.msgctxt,
            prev=active[i - 1].msgid if i > 0 else None,
            next=active[i + 1].msgid if i + 1 < len(active) else None,
            article=article,
        )
        found = lookup(tm, query, threshold=threshold, limit=1, policy=policy)
        if not found:
            stats.untranslated += 1
            continue
        best = found[0]
        seg = best.segment
        m.msgstr = best.target
        glossary_notes = [n for n in best.notes if not n.startswith("numbers replaced")]
        shown = max(best.score, 0)
        head = f"tm: {shown}% from {seg.where}"
        number_notes = [n for n in best.notes if n.startswith("numbers replaced")]
        if number_notes:
            head += "; " + "; ".join(number_notes)
        m.extracted.append(head)
        m.extracted.extend(f"tm: {n}" for n in glossary_notes)
        if best.exact:
            if best.score > 100:
                stats.in_context += 1
            else:
                stats.exact += 1
            continue
        m.fuzzy = True
        if seg.source != m.msgid:
            m.previous_msgid = seg.source
            m.previous_msgctxt = seg.context if seg.context != m.msgctxt else None
        stats.fuzzy += 1
        stats.numbers += best.numbers_replaced
        stats.flagged += bool(glossary_notes)
    return stats
