"""Other senses of a source word, for `term-missing`: "deputy" is a member of parliament in the
glossary, but "his deputy" is an assistant and "Deputy Finance Minister" a minister's; "veteran"
is an ex-serviceman, but a "veteran firefighter" is an experienced one. A translator renders
such a word in its other sense (az «müavini», «təcrübəli»; ru «заместитель», «опытный»), and
that rendering is the evidence: where the aligned translation holds one of the concept's
`Concept.other_senses` for its language, the source word was used in that sense and the
concept's term is not missing.

Why the translation and not the source: held-out set 4 was fixed with enumerated `en_not`
phrases ("veteran coach", "Deputy Foreign Minister"), and held-out set 5 showed that an
enumeration never covers unseen text ("veteran firefighter", "Deputy Finance Minister", "his
deputy"); the few renderings of the other sense cover them all. With neither the term nor an
other-sense rendering in the translation, `term-missing` still fires.

Each rendering accounts for one occurrence of the source word, and so does each of the source's
not-phrases (`Concept.not_phrases`: "deputy heads" is rendered «заместители глав» too): in "The
deputy heads met a deputy" → «Заместители глав встретились с политиком» the one «заместители»
is the deputy heads', and the legislator is still missing. A translation that renders one
occurrence in the other sense and drops another is reported; one that renders both in the other
sense is not.

The renderings are matched inflected, by a `TermIndex` of their own (`müavin` finds «nazir
müavininin», `заместитель` «заместителю»), built on first use from the glossary: they are not
terms of the concept, so the shared index, `translate terms` and the consistency view never see
them. One index per process; a glossary without other senses costs nothing.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from translate.checks._text import mask_non_prose
from translate.glossary.model import Concept, Status, Term

if TYPE_CHECKING:
    from translate.checks.context import CheckContext
    from translate.terms.occurrence import Occurrence

_CACHE = "other_sense.index"


def _index(ctx: CheckContext):
    """The index of every other-sense rendering, and of the source-language not-phrases of the
    concepts that have any (concept ids are the concepts'), or None."""
    if _CACHE in ctx.caches:
        return ctx.caches[_CACHE]
    src = ctx.config.source_language
    concepts = [
        Concept(
            c.id,
            terms=[
                Term(r, lang, Status.PREFERRED)
                for lang, renderings in c.other_senses.items()
                for r in renderings
            ]
            + [Term(p, src, Status.PREFERRED) for p in c.not_phrases.get(src, ())],
        )
        for c in ctx.glossary or []
        if any(c.other_senses.values())
    ]
    index = None
    if concepts:
        from translate.terms.index import TermIndex  # only glossaries with other senses

        index = TermIndex.build(concepts)
    ctx.caches[_CACHE] = index
    return index


def _count(index, text: str, lang: str) -> Counter[str]:
    spans = {(o.concept_id, o.start, o.end) for o in index.find(mask_non_prose(text), lang)}
    return Counter(cid for cid, _, _ in spans)


def other_sense_counts(source: str, target: str, lang: str, ctx: CheckContext) -> Counter[str]:
    """Per concept, how many occurrences of its source word *target* renders in another sense
    (prose only): its other-sense renderings, less the source's not-phrases they may stand
    for. Empty for concepts without other senses."""
    index = _index(ctx)
    if index is None or not target:
        return Counter()
    got = _count(index, target, lang)
    if got:
        got.subtract(_count(index, source, ctx.config.source_language))
    return got


#: the capitalised words after a term that make it part of an office's title: up to three more
#: capitalised words, the last an office ("Deputy Finance Minister", "Deputy Head of the …";
#: "Deputy Ivanov" is a member of parliament, "Deputy Ivanov's aide" too)
_OFFICE = regex.compile(
    r"(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,3}?[ \u00a0]+"
    r"(?:Minister|Head|Chairman|Chairwoman|Chairperson|Chair|Director|Governor|Mayor|Speaker"
    r"|Secretary|Chief|Commissioner|Ambassador|Prosecutor|Commander|Rector|Editor)s?"
    r"(?![\p{L}\d])"
)


def in_office_title(source: str, occ: Occurrence, ctx: CheckContext) -> bool:
    """Whether a source occurrence of a common noun is written capitalised at the head of an
    office's title ("Deputy Finance Minister", "Deputy Speaker"): a title is a name, and the
    word inside it is not the glossary's concept (a *deputy* is a legislator). Any common-noun
    term: the glossary writes them in lower case, so a capital inside a title is the cue."""
    if not occ.surface[:1].isupper() or not occ.term[:1].islower():
        return False
    concept = ctx.concept(occ.concept_id)
    if concept is None or concept.pos != "noun":
        return False
    return _OFFICE.match(source, occ.end) is not None


#: an abbreviation in brackets right after the words it stands for: "average daily rate (ADR)"
_DEFINED = regex.compile(r"((?:[\p{L}'’\-]+[ \u00a0]+){1,7}?)[\p{L}'’\-]+[ \u00a0]*\(\Z")


def defined_otherwise(source: str, occ: Occurrence, ctx: CheckContext) -> bool:
    """Whether a source occurrence of an all-capital abbreviation ("ADR") is one the source
    spells out as something else: "The average daily rate (ADR) rose" is a hotel's rate, not
    the Azerbaijan Democratic Republic. The words before the bracket whose initials are the
    abbreviation's letters define it; where none of them is a term of the concept, the
    abbreviation is another one, which shares only its letters (held-out set 133)."""
    surface = occ.surface
    if len(surface) < 2 or not surface.isupper() or not surface.isalpha():
        return False
    if source[occ.end : occ.end + 1] != ")":
        return False
    m = _DEFINED.search(source, max(0, occ.start - 120), occ.start)
    if m is None:
        return False
    words = regex.findall(r"[\p{L}'’]+", source[m.start() : occ.start])
    n = len(surface)
    if len(words) < n:
        return False
    # the last words whose initials spell the abbreviation, function words allowed between
    # them ("Ministry of Digital Development", "MDD"), up to twice its letters
    for k in range(n, min(len(words), 2 * n) + 1):
        phrase = words[-k:]
        initials = [w[0] for w in phrase if w.lower() not in _FUNCTION_WORDS]
        if "".join(initials).upper() == surface:
            spelled = " ".join(phrase)
            # spelled out as the glossary knows it: a term of any concept ("Azerbaijan
            # Democratic Republic" is its own concept, the abbreviation's full name), or the
            # concept's definition ("Abbreviation of Azerbaijan Democratic Republic")
            concept = ctx.concept(occ.concept_id)
            if concept is not None and spelled.lower() in concept.definition.lower():
                return False
            return not ctx.find(spelled, ctx.config.source_language)
    return False


_FUNCTION_WORDS = frozenset("of the and for on in to a an".split())
