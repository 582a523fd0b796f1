"""Fill a catalogue's untranslated messages from the TM.

- 101 % (same text, same context) and 100 % (same text) fill the message as translated, with a
  `#. tm: 100% from <article>:<line>` comment saying where it came from;
- a fuzzy match at or above the threshold (75 % by default) fills it marked `fuzzy`, with
  `#. tm: 87% from <article>:<line>` and the TM source as `#| msgid`, so PO editors show the
  difference as they do after msgmerge;
- where only numbers differ, they are replaced and the message stays fuzzy;
- a suggestion the glossary objects to (see `translate.tm.terms`) is fuzzy whatever its score,
  with one `#. tm:` line per objection;
- a plural message takes a plural segment's forms; when the counts differ (another
  Plural-Forms), it is fuzzy and says so.

Messages that already have a translation (fuzzy or not) are never touched: pre-translation only
adds.
"""

from __future__ import annotations

from dataclasses import dataclass

from translate.catalog.po import Catalog
from translate.tm.match import THRESHOLD, Query, lookup_many
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
    todo = [i for i, m in enumerate(active) if not m.has_translation]
    queries = [
        Query(
            active[i].msgid,
            context=active[i].msgctxt,
            prev=active[i - 1].msgid if i > 0 else None,
            next=active[i + 1].msgid if i + 1 < len(active) else None,
            article=article,
            plural=active[i].msgid_plural,
        )
        for i in todo
    ]
    # the best suggestion only; a penalised one still gives way to a clean second, as the
    # fuzzy search keeps 5 candidates and exact matches are judged before it is skipped
    results = lookup_many(tm, queries, threshold=threshold, limit=1, policy=policy)
    for i, found in zip(todo, results, strict=True):
        m = active[i]
        if not found:
            stats.untranslated += 1
            continue
        best = found[0]
        seg = best.segment
        glossary_notes = [n for n in best.notes if not n.startswith("numbers replaced")]
        shape_note = None
        if m.msgid_plural is not None:
            forms = list(seg.forms)
            want = len(m.msgstr_plural) or len(forms)
            if len(forms) != want:
                shape_note = f"plural forms: {len(forms)} in the TM, {want} here"
                forms = (forms + [forms[-1]] * want)[:want]
            m.msgstr_plural = forms
        else:
            m.msgstr = best.target
        shown = max(best.score, 0)
        head = f"tm: {shown}% from {seg.where}"
        number_notes = [n for n in best.notes if n.startswith("numbers replaced")]
        if number_notes:
            head += "; " + "; ".join(number_notes)
        m.extracted.append(head)
        m.extracted.extend(f"tm: {n}" for n in glossary_notes)
        if shape_note:
            m.extracted.append(f"tm: {shape_note}")
        if best.exact and shape_note is None:
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
