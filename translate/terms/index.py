"""The compiled term index: a glossary turned into hash tables keyed by folded words.

Finding terms in a text costs one tokenisation pass plus a few dictionary look-ups per token,
whatever the glossary's size:

- **ru, en**: every form of every term is generated when the index is built (Russian agreeing
  tuples from pymorphy3, English plural/possessive of the head) and stored under its first
  folded word; a token looks up the words that may start a term there, and the (rare) hits
  compare the following tokens.
- **az**: forms are not materialised (~1,000 per term). The last word of each term (its head) is
  registered in `translate.morph.az.AzHeadMatcher`, which analyses a text token into a stem and
  a suffix chain; the words before the head must match exactly (only the head inflects).

Overlaps: the longest match wins (`11th Red Army` over `Red Army`); distinct concepts claiming
the same span are all reported. Case-sensitive terms (`ICAO`) are matched case-insensitively
like the others and then checked against the letters of the surface, so `ICAO-nun` is found and
`Icao` is not.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, compress, pairwise

import regex

from translate.glossary.model import Glossary, Status, Term
from translate.morph import en as morph_en
from translate.morph import ru as morph_ru
from translate.morph import ru_abbr
from translate.morph.az import AzHeadMatcher, compound_head_possessed, realize, transfer_chain
from translate.terms.occurrence import Occurrence, make_occurrence
from translate.text.normalize import fold, prepare_fields, upper
from translate.text.prose import SENTENCE_START
from translate.text.tokenize import token_parts, tokenize

log = logging.getLogger(__name__)


_STATUS_RANK = {Status.PREFERRED: 0, Status.ADMITTED: 1, Status.DEPRECATED: 2, Status.FORBIDDEN: 3}
#: bound on the per-index cache of Azerbaijani token analyses (token → candidates)
_AZ_CACHE_MAX = 50_000


@dataclass(frozen=True, slots=True)
class _Entry:
    concept_id: str
    term: Term
    #: the term's words as written (NFC), for the case-sensitive check
    words: tuple[str, ...]
    #: the concept's part of speech (guides Russian readings of one-word terms)
    pos: str = ""
    #: a not-phrase of the concept (`Concept.not_phrases`), not a term: it only hides the
    #: concept's term occurrences inside it
    negative: bool = False


#: spellings no Azerbaijani word has: a name kept in its own orthography (Washington, Smith)
_FOREIGN_LETTERS = regex.compile(r"w|th|sh|ch|ph|ck|gh|oo|ee|ea|ou|[^aıoueəiöü]y$")


def _foreign_words(concept) -> frozenset[str]:
    """The words of a proper name's English terms, folded as az text is."""
    return frozenset(
        fold(w, "az") for t in concept.terms_for("en") for w in regex.findall(r"\w+", t.text)
    )


def _spelled_foreign(head: str, english: frozenset[str]) -> bool:
    """Is the az head of a proper name (*english*: its English words, empty for a common noun)
    written in a foreign orthography? Spelled as in English (Trump; not Tramp), or with letters
    or clusters Azerbaijani spelling never writes."""
    if not english:
        return False
    return head in english or _FOREIGN_LETTERS.search(head) is not None


class TermIndex:
    """Every term of a glossary, ready for `find`. Build with `TermIndex.build(glossary)` or,
    cached on disk, `translate.terms.load_index(glossary)`."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        #: lang → folded first word → entry id (one-word term, the common case) or a list of
        #: (folded following words, entry id)
        self._first: dict[str, dict[str, int | list[tuple[tuple[str, ...], int]]]] = {}
        #: lang → folded words that occur after the first word of some form (hyphen splitting)
        self._inner: dict[str, set[str]] = {}
        self._az = AzHeadMatcher()
        #: az head key → [(folded words before the head, entry id)]
        self._az_heads: list[list[tuple[tuple[str, ...], int]]] = []
        self._az_key_of: dict[str, int] = {}
        self._az_cache: dict[str, list[tuple[int, int, int]]] = {}
        #: the tokens of `_az_cache` that are forms of some head
        self._az_hit: set[str] = set()
        #: (lang, joined token) → its pieces (`_pieces`)
        self._pieces_memo: dict[tuple[str, str], list[str] | None] = {}
        #: (case-sensitive entry id, surface words) → the case test's answer
        self._case_memo: dict[tuple[int, tuple[str, ...]], bool] = {}
        #: lang → the ids of the entries `_when` has a form of (`_when_ids`)
        self._when_of: dict[str, frozenset[int]] = {}
        #: lang → (folded one-word form, entry id) → (context the form needs, "" for none;
        #: does a period right after it belong to it; the sign before it that belongs to it):
        #: ru predicatives and abbreviations (`translate.morph.ru_abbr`), initials (`В.`),
        #: handles (`@name`)
        self._when: dict[str, dict[tuple[str, int], tuple[str, bool, str]]] = {}
        #: entry id → the word gaps where the term has a period (`И. Алиев`: {0})
        self._dots: dict[int, frozenset[int]] = {}
        #: entries of several words written with a final period (`U.S.`)
        self._dotted_end: set[int] = set()

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def build(cls, glossary: Glossary | Iterable) -> TermIndex:
        """Compile every term of every concept. Russian forms come from pymorphy3 here (about
        0.4 ms per term; 50,000 trilingual concepts take ~25 s), so build once and reuse:
        `load_index` caches the result on disk (~1 s to load at that size)."""
        index = cls()
        for concept in glossary:
            foreign = _foreign_words(concept) if concept.pos == "propn" else frozenset()
            plural = _plural_concept(concept)
            for term in concept.terms:
                index._add(concept.id, term, concept.pos, foreign=foreign, plural=plural)
            for lang, phrases in getattr(concept, "not_phrases", {}).items():
                for phrase in phrases:
                    not_term = Term(phrase, lang, Status.FORBIDDEN)
                    index._add(concept.id, not_term, concept.pos, negative=True)
        return index

    def _add(
        self,
        concept_id: str,
        term: Term,
        pos: str = "",
        *,
        negative: bool = False,
        foreign: frozenset[str] = frozenset(),
        plural: bool = False,
    ) -> None:
        """*foreign*: the words of a name spelled in another language (its English terms'), whose
        Azerbaijani endings follow the pronunciation, not the written vowel. *plural*: the
        concept is a plural (its English term is), so an az plural head is one (`_az_singular`)."""
        lang = term.lang
        toks = tokenize(term.text, lang)
        if not toks:
            return
        self.__dict__.pop("_keysets", None)  # rebuilt from the tables on the next find
        self.__dict__.pop("_cased", None)
        self.__dict__.pop("_cased_words", None)
        self.__dict__.pop("_negative", None)
        self._when_of.clear()
        self._pieces_memo.clear()
        entry_id = len(self._entries)
        self._entries.append(_Entry(concept_id, term, tuple(t.text for t in toks), pos, negative))
        dots = frozenset(
            k
            for k, (a, b) in enumerate(pairwise(toks))
            if term.text[a.end : b.start].strip() == "."
        )
        if dots:
            self._dots[entry_id] = dots
        if len(toks) > 1 and term.text.rstrip().endswith("."):
            self._dotted_end.add(entry_id)
        if lang == "az":
            heads = tuple(t.folded for t in toks)
            self._add_az(
                heads,
                entry_id,
                foreign=_spelled_foreign(heads[-1], foreign),
                name=pos == "propn" and len(heads) == 1,
            )
            singular = _az_singular(toks[-1].text, heads[-1]) if plural else None
            if singular is not None:
                self._add_az((*heads[:-1], singular), entry_id)
            return
        if lang == "ru":
            forms: Iterable[tuple[str, ...]] = (
                f for f, _ in morph_ru.term_forms(term.text, term.inflection, pos or None)
            )
        elif lang == "en":
            forms = (f for f, _ in morph_en.term_forms(term.text))
        else:
            forms = (tuple(t.folded for t in toks),)
        table = self._first.setdefault(lang, {})
        inner = self._inner.setdefault(lang, set())
        forms = list(forms)
        # a hyphenated compound written with a space (`интернет магазин`); not where the
        # term's letter case or periods must be matched word by word
        spaced = (
            morph_ru.spaced_forms(forms)
            if lang == "ru" and not term.case_sensitive and entry_id not in self._dots
            else []
        )
        if len(toks) == 1:
            forms += self._add_conditions(term, toks[0].folded, forms, pos, entry_id)
        forms += spaced
        for form in forms:
            if not form:
                continue
            first, rest = form[0], form[1:]
            inner.update(rest)
            have = table.get(first)
            if have is None and not rest:
                table[first] = entry_id
                continue
            if have is None:
                table[first] = [(rest, entry_id)]
            elif isinstance(have, int):
                if have != entry_id or rest:
                    table[first] = [((), have), (rest, entry_id)]
            elif (rest, entry_id) not in have:
                have.append((rest, entry_id))

    def _add_conditions(
        self, term: Term, word: str, forms: list[tuple[str, ...]], pos: str, entry_id: int
    ) -> list[tuple[str, ...]]:
        """Record the forms of a one-word term that are the term only in some context, and
        return the abbreviation forms to add (`translate.morph.ru_abbr`)."""
        when: dict[tuple[str, int], tuple[str, bool, str]] = {}
        written = term.text.strip()
        lead = written[0] if written[:1] in _LEADS else ""
        dotted = written.endswith(".")
        # an initial or a one-letter abbreviation (В., г.) only with its period: the letter
        # alone is a preposition or a conjunction (в, с, и)
        need = ""
        if dotted and len(word) == 1:
            need = _INITIAL if written[0].isupper() else _PERIOD
        if lead or dotted:
            for form in forms:
                if len(form) == 1:
                    when[(form[0], entry_id)] = (need, dotted, lead)
        extra: list[tuple[str, ...]] = []
        if term.lang == "ru" and not lead:
            for form in morph_ru.predicative_forms(term.text, term.inflection, pos or None):
                kind = _PARENTHETICAL if morph_ru.parenthetical(form[0]) else morph_ru.PREDICATIVE
                when[(form[0], entry_id)] = (kind, dotted, "")
            one_word = [form[0] for form in forms if len(form) == 1]
            extra += [(c,) for c in ru_abbr.contractions(word, one_word) if (c,) not in forms]
            for abbr, context in ru_abbr.abbreviations(word):
                if (abbr,) not in forms:
                    extra.append((abbr,))
                    when[(abbr, entry_id)] = (
                        context.value,
                        ru_abbr.takes_period(abbr, context),
                        "",
                    )
        if when:
            self._when.setdefault(term.lang, {}).update(when)
        return extra

    def _add_az(
        self, words: tuple[str, ...], entry_id: int, *, foreign: bool = False, name: bool = False
    ) -> None:
        head, before = words[-1], words[:-1]
        self._inner.setdefault("az", set()).update(before)
        key = self._az_key_of.get(head)
        if key is None:
            key = len(self._az_heads)
            self._az_key_of[head] = key
            self._az_heads.append([])
        self._az.add(head, key, foreign=foreign, name=name)
        self._az_heads[key].append((before, entry_id))

    # --- finding ----------------------------------------------------------------------------

    def find(self, text: str, lang: str) -> list[Occurrence]:
        """Every occurrence of a glossary term in `text` (language `lang`), sorted by start.

        Offsets index the original `text` (`text[o.start:o.end] == o.surface`), whatever the
        normalisation needed: NFC, soft hyphens, zero-width characters, old Cyrillic az.
        """
        prepared, folded, starts, ends = prepare_fields(text, lang)
        parts = token_parts(folded, lang)
        if len(parts) < 2:
            return []
        toks = parts[1::2]
        if "-" in folded or "'" in folded:  # no joiner in the text: nothing to split
            split = self._split_unknown_joined(parts, toks, lang)
            if split is not parts:
                parts = split
                toks = parts[1::2]
        if lang == "ru" and _GLUED_IN_TEXT.search(folded):
            split = self._split_glued(parts, toks, lang)
            if split is not parts:
                parts = split
                toks = parts[1::2]
        cands = self._candidates(toks, parts, lang)
        if not cands:
            return []
        # token i spans offs[2 * i] to offs[2 * i + 1]: made in C, and only for a text that
        # has a candidate; spans (pairs) only for the rarer steps that read many of them
        offs = list(accumulate(map(len, parts)))
        if "@" in folded or "#" in folded:
            cands = self._outside_tags(cands, offs, folded)
            if not cands:
                return []
        when = self._when.get(lang) if lang != "az" else None
        ids = [c[2] for c in cands]
        if when and not self._when_ids(lang).isdisjoint(ids):
            spans = list(zip(offs[0:-1:2], offs[1::2], strict=True))
            cands = [
                c
                for c in cands
                if c[1] - c[0] != 1
                or (toks[c[0]], c[2]) not in when
                or _context_ok(when[(toks[c[0]], c[2])], c[0], toks, spans, folded, prepared)
            ]
            if not cands:
                return []
            ids = [c[2] for c in cands]
        entries = self._entries
        if lang == "ru":
            cands = self._not_verbs(cands, toks, parts)
            if not cands:
                return []
            ids = [c[2] for c in cands]
        cased = self._case_sensitive()
        if cased and not cased.isdisjoint(ids):
            cands = [c for c in cands if c[2] not in cased or self._case_ok(c, prepared, offs)]
            ids = [c[2] for c in cands]
        negative = self._negative_ids()
        if negative and not negative.isdisjoint(ids):
            cands = _without_not_phrases(cands, negative, entries)
            if not cands:
                return []
        out: list[Occurrence] = []
        last = None
        repeated = False  # two occurrences on one span: `_dedupe` has something to merge
        dotted_end = self._dotted_end
        for si, ei, entry_id in _resolve(cands, offs):
            entry = entries[entry_id]
            term = entry.term
            fs, fe = offs[2 * si], offs[2 * ei - 1]
            if when and ei - si == 1 and (toks[si], entry_id) in when:
                fs, fe = _with_signs(when[(toks[si], entry_id)], fs, fe, folded)
            elif ei - si > 1 and entry_id in dotted_end and folded[fe : fe + 1] == ".":
                fe += 1  # `U.S.`: the term's own final period
            if starts is None or ends is None:  # `prep.span` without the call (clean text)
                os, oe = fs, fe
            else:
                os, oe = starts[fs], ends[fe - 1]
            if (os, oe) == last:
                repeated = True
            last = (os, oe)
            out.append(
                make_occurrence(os, oe, entry.concept_id, lang, text[os:oe], term.text, term.status)
            )
        return _dedupe(out, text) if repeated else out

    def _not_verbs(
        self, cands: list[tuple[int, int, int]], toks: list[str], parts: list[str]
    ) -> list[tuple[int, int, int]]:
        """Without the one-word candidates that are a finite verb before its infinitive
        (`начал играть`, `стали говорить`: not начало, сталь), unless the term is a verb. The
        ending test first: nearly no candidate has a word like an infinitive after it."""
        n = len(toks)
        keep = []
        for c in cands:
            i = c[0]
            if (
                c[1] - i == 1
                and i + 1 < n
                and toks[i + 1].endswith(morph_ru.INFINITIVE_ENDINGS)
                and parts[2 * i + 2].isspace()
                and self._entries[c[2]].pos != "verb"
                and morph_ru.verb_before_infinitive(
                    toks[i], toks[i + 1], toks[i - 1] if i and parts[2 * i].isspace() else None
                )
            ):
                continue
            keep.append(c)
        return keep

    def _when_ids(self, lang: str) -> frozenset[int]:
        """The entries with a form in `_when` (most texts have none of them: then the context
        test is skipped as a whole), made on first use."""
        got = self._when_of.get(lang)
        if got is None:
            got = self._when_of[lang] = frozenset(e for _, e in self._when.get(lang, {}))
        return got

    def _case_ok(self, c: tuple[int, int, int], text: str, offs: list[int]) -> bool:
        """`_case_ok` for candidate *c* of a case-sensitive entry in *text* (the prepared text,
        token i at `offs[2 * i]`), remembered by entry and surface: a text's abbreviations
        (`ADR`, `AXC`) are written the same way again and again."""
        words = tuple(text[offs[2 * k] : offs[2 * k + 1]] for k in range(c[0], c[1]))
        key = (c[2], words)
        ok = self._case_memo.get(key)
        if ok is None:
            if len(self._case_memo) >= _AZ_CACHE_MAX:
                self._case_memo.clear()
            entry = self._entries[c[2]]
            ok = self._case_memo[key] = _case_ok(
                entry.words, self._cased_folded()[c[2]], list(words), entry.term.lang
            )
        return ok

    def can_cover(self, word: str, lang: str) -> bool:
        """Whether *word*, read as one token, can be part of some term occurrence: a form of a
        term's head (az), or a word of a stored form (ru, en). Every token of every match is
        one of these, so False means no text finds a term over that token (the misspelling
        check skips probing repairs that no term could accept)."""
        return self._known_whole(fold(word, lang), lang)

    def _known_whole(self, tok: str, lang: str) -> bool:
        if lang == "az":
            return tok in self._inner.get("az", ()) or bool(self._az_lookup(tok))
        return tok in self._first.get(lang, {}) or tok in self._inner.get(lang, ())

    def _split_unknown_joined(self, parts: list[str], toks: list[str], lang: str) -> list[str]:
        """A joined token (`Azerbaijan-Armenia`, `Nagorno-Karabakh-related`) that is not a form
        as a whole is matched by its parts, each run of parts that is a known form kept joined
        (longest first), so a term inside a compound is still found. *parts*: the text cut at
        its tokens (`token_parts`); returned cut at the new tokens, the joiners left between
        them as gaps (or *parts* itself when nothing is split). The joined tokens are picked
        out in C, and each one's pieces are worked out once per index (`_pieces`)."""
        out: list[str] | None = None
        done = 0  # parts before this index are in `out`
        for i in compress(range(len(toks)), map(_JOINER.search, toks)):
            pieces = self._pieces(toks[i], lang)
            if pieces is None:
                continue
            if out is None:
                out = []
            out += parts[done : 2 * i + 1]
            out += pieces
            out[-1] += parts[2 * i + 2]  # what follows the last piece, then the gap after
            done = 2 * i + 3
        if out is None:
            return parts
        out += parts[done:]
        return out

    def _split_glued(self, parts: list[str], toks: list[str], lang: str) -> list[str]:
        """A number written together with the word after it (`200г муки`, `500р`,
        `в 2005году`): the token is matched as the number and the word, the gap between them
        empty as between the parts of a joined token. Only where the whole is no known form
        and the letters are, and not where they are a numeral's own ending (`3м годам`,
        `5х`, `10ти`: the third, five, ten). *parts*, *toks*: as `_split_unknown_joined`'s."""
        out: list[str] | None = None
        done = 0
        for i, tok in enumerate(toks):
            m = _GLUED.fullmatch(tok)
            if (
                m is None
                or m.group(2) in _NUMERAL_ENDINGS
                or self._known_whole(tok, lang)
                or not self._known_whole(m.group(2), lang)
            ):
                continue
            if out is None:
                out = []
            out += parts[done : 2 * i + 1]
            out += [m.group(1), "", m.group(2)]
            done = 2 * i + 2
        if out is None:
            return parts
        out += parts[done:]
        return out

    def _pieces(self, tok: str, lang: str) -> list[str] | None:
        """The joined token *tok* cut as `_split_unknown_joined` reads it: piece, joiner,
        piece, …, piece, and what follows the last piece (an English final `'`, else ""); None
        when it is a form as a whole. Remembered per index."""
        key = (lang, tok)
        memo = self._pieces_memo
        if key in memo:
            return memo[key]
        out: list[str] | None = None
        if not self._known_whole(tok, lang):
            out = []
            # the letter runs between joiners: a token is runs joined by one `'` or `-`
            # (and in English perhaps a final `'`)
            runs = [m.span() for m in _RUN.finditer(tok)]
            k = 0
            done = 0  # where the last piece ends in `tok`
            while k < len(runs):
                j = len(runs) - 1
                while j > k and not self._known_whole(tok[runs[k][0] : runs[j][1]], lang):
                    j -= 1
                if k:
                    out.append(tok[done : runs[k][0]])
                out.append(tok[runs[k][0] : runs[j][1]])
                done = runs[j][1]
                k = j + 1
            out.append(tok[done:])
        if len(memo) >= _AZ_CACHE_MAX:
            memo.clear()
        memo[key] = out
        return out

    def _az_lookup(self, tok: str) -> list[tuple[int, int, int]]:
        """(key, 0, 0) triples for the heads `tok` is a form of; cached per index (and the
        tokens with some, in `_az_hit`)."""
        hit = self._az_cache.get(tok)
        if hit is None:
            hit = [(key, 0, 0) for key, _chain in self._az.lookup(tok)]
            if len(self._az_cache) >= _AZ_CACHE_MAX:
                self._az_cache.clear()
                self._az_hit.clear()
            self._az_cache[tok] = hit
            if hit:
                self._az_hit.add(tok)
        return hit

    def _outside_tags(
        self, cands: list[tuple[int, int, int]], offs: list[int], folded: str
    ) -> list[tuple[int, int, int]]:
        """Without the candidates that start inside a handle or a hashtag (@yabloko,
        #терраса): an account's or a tag's name is not prose, like a URL. A term written
        with its sign (`@presidentaz`, `#Карабах`) is the tag itself and stays."""
        entries = self._entries
        out = []
        for c in cands:
            s = offs[2 * c[0]]
            if (
                s > 0
                and folded[s - 1] in _LEADS
                and (s == 1 or not folded[s - 2].isalnum())
                and entries[c[2]].term.text.strip()[:1] not in _LEADS
            ):
                continue
            out.append(c)
        return out

    def _az_hits(self, toks: list[str]) -> list[int]:
        """The indices of the tokens that are forms of some head: the new ones analysed (and
        remembered, with the misses), the others found in C (`_at`)."""
        cache = self._az_cache
        new = set(toks).difference(cache)
        if new:
            if len(cache) + len(new) > _AZ_CACHE_MAX:
                cache.clear()
                self._az_hit.clear()
                new = set(toks)
            for tok in new:
                self._az_lookup(tok)
        return _at(toks, self._az_hit)

    def _candidates(
        self, toks: list[str], parts: list[str], lang: str
    ) -> list[tuple[int, int, int]]:
        """(first token, end token, entry id) of every term the tokens may hold, by token.
        Nearly every token starts no term: the ones that may are picked out in C
        (`_at`), and only they cost a Python step."""
        out: list[tuple[int, int, int]] = []
        n = len(toks)
        if lang == "az":
            heads = self._az_heads
            cache = self._az_cache
            for i in self._az_hits(toks):
                for key, _, _ in cache[toks[i]]:
                    for before, entry_id in heads[key]:
                        k = len(before)
                        if k == 0:
                            out.append((i, i + 1, entry_id))
                        elif (
                            i >= k
                            and tuple(toks[i - k : i]) == before
                            and self._joined_for(entry_id, parts, i - k, i + 1)
                        ):
                            out.append((i - k, i + 1, entry_id))
            return out
        table = self._first.get(lang)
        if not table:
            return out
        for i in _at(toks, self._first_keys(lang)):
            tok = toks[i]
            v = table[tok]
            if isinstance(v, int):
                out.append((i, i + 1, v))
                continue
            for rest, entry_id in v:
                k = len(rest)
                if k == 0:
                    out.append((i, i + 1, entry_id))
                elif (
                    i + k < n
                    and tuple(toks[i + 1 : i + 1 + k]) == rest
                    and self._joined_for(entry_id, parts, i, i + 1 + k)
                ):
                    out.append((i, i + 1 + k, entry_id))
        return out

    def _joined_for(self, entry_id: int, parts: list[str], i: int, j: int) -> bool:
        """`_joined`, except where the term itself has a period between two words (an
        initial, `г. Баку`): there the text needs it too."""
        dots = self._dots.get(entry_id) if self._dots else None
        if not dots:
            return _joined(parts, i, j)
        for a in range(i, j - 1):
            gap = parts[2 * a + 2]
            if a - i in dots:
                if not gap.startswith(".") or gap[1:].strip() or gap.count("\n") > 1:
                    return False
            elif not gap or not gap.isspace() or gap.count("\n") > 1:
                return False
        return True

    # --- suggestions ------------------------------------------------------------------------

    def suggest(self, occurrence: Occurrence, target_term: str) -> str:
        """`target_term` inflected like the found form, where the morphology can do it
        (ru: same case and number, agreeing; az: the found suffix chain moved onto the new
        head; en: plural/possessive); otherwise `target_term` as written."""
        lang = occurrence.lang
        try:
            if lang == "ru":
                hint = self._hint_for(occurrence.concept_id, "ru", occurrence.term)
                found = self._entry_of(occurrence.concept_id, "ru", occurrence.term)
                pos = found.pos or None if found is not None else None
                surface = tuple(t.folded for t in tokenize(occurrence.surface, "ru"))
                readings = morph_ru.grammemes_of(occurrence.term, hint, surface, pos)
                target_hint = self._hint_for(occurrence.concept_id, "ru", target_term)
                got = (
                    morph_ru.inflect_like(target_term, target_hint, readings) if readings else None
                )
                return _case_like(occurrence.surface, got or target_term, lang)
            if lang == "en":
                surface = tuple(t.folded for t in tokenize(occurrence.surface, "en"))
                label = morph_en.form_label(occurrence.term, surface)
                got = morph_en.inflect_like(target_term, label) if label else target_term
                return _case_like(occurrence.surface, got, lang)
            if lang == "az":
                return _case_like(
                    occurrence.surface, self._suggest_az(occurrence, target_term), lang
                )
        except Exception:  # a suggestion must never break a check
            log.debug("suggestion failed for %r", occurrence, exc_info=True)
        return target_term

    def _entry_of(self, concept_id: str, lang: str, text: str) -> _Entry | None:
        """The index entry of a glossary term; with concept_id "", any concept's."""
        by_text = self.__dict__.get("_by_text")
        if by_text is None:
            by_text = {}
            for e in self._entries:
                by_text.setdefault((e.concept_id, e.term.lang, e.term.text), e)
                by_text.setdefault(("", e.term.lang, e.term.text), e)
            self._by_text = by_text
        return by_text.get((concept_id, lang, text))

    def _hint_for(self, concept_id: str, lang: str, text: str) -> str | None:
        """The inflection hint of a glossary term (any concept's, if not the given one's)."""
        for cid in (concept_id, ""):
            e = self._entry_of(cid, lang, text)
            if e is not None and e.term.inflection:
                return e.term.inflection
        return None

    def _suggest_az(self, occurrence: Occurrence, target_term: str) -> str:
        found = tokenize(occurrence.surface, "az")
        target = tokenize(target_term, "az")
        if not found or not target:
            return target_term
        head = found[-1].folded
        term_head = tokenize(occurrence.term, "az")[-1].folded
        chain = None
        key = self._az_key_of.get(term_head)
        for k, ch in self._az.lookup(head):
            if k == key:
                chain = ch
                break
        if not chain:
            return target_term
        if _is_abbreviation(target_term):
            return _abbreviation_form(term_head, head, target_term)
        target_head = target[-1].folded
        # a multi-word target's last word may be an izafet's possessed noun (Baltik ölkələri)
        possessed = True if len(target) > 1 and compound_head_possessed(target_head) else None
        new_head = transfer_chain(head, chain, target_head, possessed=possessed)
        if new_head is None:
            return target_term
        last = target[-1]
        if last.text[:1].isupper():
            new_head = new_head[:1].replace("i", "İ").upper() + new_head[1:]
        return target_term[: last.start] + new_head + target_term[last.end :]

    # --- introspection ----------------------------------------------------------------------

    @property
    def entry_count(self) -> int:
        return len(self._entries)

    def form_count(self, lang: str) -> int:
        """Number of distinct first words stored for `lang` (az: registered heads)."""
        if lang == "az":
            return len(self._az_key_of)
        return len(self._first.get(lang, {}))

    def _case_sensitive(self) -> frozenset[int]:
        """Ids of the entries whose letter case must match, made on first use (not pickled):
        a handful of abbreviations, so the case test runs only on texts that have one."""
        cased = self.__dict__.get("_cased")
        if cased is None:
            cased = self._cased = frozenset(
                i
                for i, e in enumerate(self._entries)
                if e.term.case_sensitive or _capital_letter(e.term)
            )
        return cased

    def _negative_ids(self) -> frozenset[int]:
        """Ids of the not-phrase entries, made on first use (not pickled); usually none."""
        got = self.__dict__.get("_negative")
        if got is None:
            got = self._negative = frozenset(i for i, e in enumerate(self._entries) if e.negative)
        return got

    def _cased_folded(self) -> dict[int, tuple[str, ...]]:
        """The folded words of each case-sensitive entry, made on first use (not pickled):
        the case test compares them with every surface that matched such a term."""
        got = self.__dict__.get("_cased_words")
        if got is None:
            got = self._cased_words = {
                i: tuple(fold(w, self._entries[i].term.lang) for w in self._entries[i].words)
                for i in self._case_sensitive()
            }
        return got

    def _first_keys(self, lang: str) -> frozenset[str]:
        """The first words of `lang` as a set, made on first use (not pickled).

        Nearly every text token is not a term: a miss in a set of 600,000 strings costs one
        cache line (~100 ns measured), in a dict of the same size ~350 ns (index array, then
        entry), which at 50,000 concepts was a third of `find`'s time per token.
        """
        keysets = self.__dict__.setdefault("_keysets", {})
        keys = keysets.get(lang)
        if keys is None:
            keys = keysets[lang] = frozenset(self._first.get(lang, ()))
        return keys

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_az_cache"] = {}
        state["_az_hit"] = set()
        state["_case_memo"] = {}
        state["_pieces_memo"] = {}
        state["_when_of"] = {}
        state.pop("_by_text", None)
        state.pop("_keysets", None)
        state.pop("_cased", None)
        state.pop("_cased_words", None)
        state.pop("_negative", None)
        return state


#: the letter/digit runs of a joined token (whose other characters are its joiners)
_RUN = re.compile(r"[^'\-]+")
#: a joiner in a token
_JOINER = re.compile(r"['\-]")
#: a digit right before a letter somewhere in a text, and a token that is a number and a
#: word written together (`200г`, `2005году`)
_GLUED_IN_TEXT = re.compile(r"\d[^\W\d_]")
_GLUED = re.compile(r"(\d+)([^\W\d_]+)")
#: the endings written after a numeral's digits, which are no word of their own (3-м, 5-х,
#: 10-ти, 2-ух, 1-го, 2-й): never split off as a unit or a word
_NUMERAL_ENDINGS = frozenset(
    "м х й е я ю и мя ми ти ть ух ех ох ой ый ий ая ое ые ых ым ом ем ой ему ого го му".split()
)


def _at(toks: list[str], words: set[str] | frozenset[str]) -> list[int]:
    """The indices of the tokens that are in *words*, in order: one membership test per
    token, all in C, where a test per token was a Python step each."""
    return list(compress(range(len(toks)), map(words.__contains__, toks)))


#: signs before a one-word term that are part of it: handles and hashtags
_LEADS = frozenset("@#")
#: `_when` contexts: the form needs the period after it (г.); and a capital letter (В.)
_PERIOD = "period"
_INITIAL = "initial"
#: a predicative that is also a parenthetical word (возможно)
_PARENTHETICAL = "predicative-parenthetical"
_ROMAN = frozenset("IVXLCDM")


def _context_ok(
    want: tuple[str, bool, str],
    i: int,
    toks: list[str],
    spans: list[tuple[int, int]],
    folded: str,
    text: str,
) -> bool:
    """Does the one-token candidate at token `i` stand where its form is the term
    (`TermIndex._when`)? `text` is the prepared text, indexed like `folded`."""
    context, _dotted, lead = want
    s, e = spans[i]
    if lead and (s == 0 or folded[s - 1] != lead or (s > 1 and folded[s - 2].isalnum())):
        return False
    if not context:
        return True
    gap_before = folded[spans[i - 1][1] : s] if i else ""
    before = toks[i - 1] if i and gap_before.isspace() else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    gap_after = folded[e : spans[i + 1][0]] if after is not None else folded[e:]
    if context in (morph_ru.PREDICATIVE, _PARENTHETICAL):
        if i and gap_before == "-":
            return False  # a part of a hyphenated word (всё-равно) is no clause's predicate
        words: list[str] = []  # the words before it, nearest first, back to punctuation
        j = i
        while j > 0 and len(words) < 4 and folded[spans[j - 1][1] : spans[j][0]].isspace():
            j -= 1
            words.append(toks[j])
        after, gap_after = _next_word(i, toks, spans, folded)
        if morph_ru.predicative_context(
            words,
            after,
            gap_after,
            parenthetical=context == _PARENTHETICAL,
            rest=_rest(i, after, toks, spans, folded),
            comparative=morph_ru.comparative_spelling(toks[i]),
            after_dash=bool(i) and _dash_before(folded[spans[i - 1][1] : s]),
            clause=_clause(i, toks, spans, folded),
            word=toks[i],
        ):
            return True
        # coordinated predicatives share the clause («звон всё медленней и глуше,»): the word
        # after «и» decides for both
        if after not in _COORDINATING or not gap_after.isspace():
            return False
        k = next(k for k in range(i + 1, len(toks)) if toks[k] == after)
        if k + 1 >= len(toks) or not folded[spans[k][1] : spans[k + 1][0]].isspace():
            return False
        if not morph_ru.predicative_spelling(toks[k + 1]):
            return False
        return _context_ok((morph_ru.PREDICATIVE, False, ""), k + 1, toks, spans, folded, text)
    if context in (_PERIOD, _INITIAL):
        return folded[e : e + 1] == "." and (context == _PERIOD or text[s:e].isupper())
    if context == ru_abbr.Context.ANYWHERE.value:
        return True
    if context == ru_abbr.Context.WITH_PERIOD.value:
        return folded[e : e + 1] == "."
    if context in _AFTER_NUMBERS:
        if context == ru_abbr.Context.AFTER_NUMBER_DOT.value and folded[e : e + 1] != ".":
            return False
        if _before_spoon(i, toks, spans, folded):
            return False  # «1 ч. л.»: a teaspoon, not an hour
        j = i - 1
        if j > 0 and toks[j] in ru_abbr.NUMBER_WORDS and gap_before.strip() in ("", "."):
            j -= 1  # 2,5 тыс. т
        gap = folded[spans[j][1] : spans[j + 1][0]] if j >= 0 else " "
        if j < 0 or not (gap.isspace() or (not gap and j == i - 1)):
            return False  # a space between, or nothing: a number glued to it (200г)
        prev = text[spans[j][0] : spans[j][1]]
        if not (prev[:1].isdigit() or all(c in _ROMAN for c in prev)):
            return False
        if context in (ru_abbr.Context.AFTER_YEAR.value, ru_abbr.Context.AFTER_QUANTITY.value):
            year = _year(j, toks, spans, folded, prev, dotted=folded[e : e + 1] == ".")
            return year == (context == ru_abbr.Context.AFTER_YEAR.value)
        return True
    if context == ru_abbr.Context.BEFORE_NUMBER_DOT.value:  # ст. 105, ч. 2, т. II
        if folded[e : e + 1] != "." or after is None or gap_after.strip() != ".":
            return False
        nxt = text[spans[i + 1][0] : spans[i + 1][1]]
        if not (nxt[:1].isdigit() or all(c in _ROMAN for c in nxt)):
            return False
        # a unit symbol's spelling after a number is the unit: «2 ч. 30 мин» is an hour's
        return not (
            toks[i] in ru_abbr.UNIT_SYMBOLS
            and i
            and gap_before.isspace()
            and toks[i - 1][:1].isdigit()
        )
    if context == ru_abbr.Context.BEFORE_SPOON.value:  # ст. л., ч. л.
        return _before_spoon(i, toks, spans, folded)
    if context == ru_abbr.Context.AFTER_NUMBER_BARE.value:
        return folded[e : e + 1] != "." and _context_ok(
            (ru_abbr.Context.AFTER_NUMBER.value, False, lead), i, toks, spans, folded, text
        )
    if context == ru_abbr.Context.SPOON.value:
        return (
            folded[e : e + 1] == "."
            and i > 0
            and toks[i - 1] in ("ст", "ч")
            and gap_before.strip() == "."
        )
    if context == ru_abbr.Context.BEFORE_NAME.value:
        return (
            after is not None and gap_after.strip() in ("", ".") and text[spans[i + 1][0]].isupper()
        )
    if context == ru_abbr.Context.AFTER_AND.value:
        return before == "и"
    if context == ru_abbr.Context.AFTER_N.value:
        return i > 0 and gap_before.strip() == "." and toks[i - 1] == "н"
    return True


_AFTER_NUMBERS = frozenset(
    c.value
    for c in (
        ru_abbr.Context.AFTER_NUMBER,
        ru_abbr.Context.AFTER_NUMBER_DOT,
        ru_abbr.Context.AFTER_YEAR,
        ru_abbr.Context.AFTER_QUANTITY,
    )
)
#: the last run of digits of a number token (1948, 1941-1945, 1990-х)
_LAST_DIGITS = regex.compile(r"(\d+)\D*$")
#: the prepositions a year of three digits follows: «в 988 г.», «с 862 г.»
_DATE_PREPOSITIONS = frozenset("в во с со до к по от после около между".split())


def _year(
    j: int, toks: list[str], spans: list[tuple[int, int]], folded: str, prev: str, *, dotted: bool
) -> bool:
    """Does the number at token `j` (written `prev`) read as a year before «г.»: four digits
    last (2005, 21.12.1948, 1941-1945), a Roman numeral, or three digits after a preposition
    with the abbreviation's period («в 988 г.»)? Otherwise it is a quantity: «200 г муки»,
    «1,5 г соли» (a decimal's digits after its comma), so г is грамм."""
    if not prev[:1].isdigit():
        return True  # a Roman numeral
    m = _LAST_DIGITS.search(prev)
    digits = m.group(1) if m else ""
    if j > 0 and folded[spans[j - 1][1] : spans[j][0]] == "," and toks[j - 1].isdigit():
        return False  # 1,5: a decimal
    if len(digits) == 4:
        return True
    return (
        dotted
        and len(digits) == 3
        and j > 0
        and folded[spans[j - 1][1] : spans[j][0]].isspace()
        and toks[j - 1] in _DATE_PREPOSITIONS
    )


#: conjunctions that coordinate two predicatives: «медленней и глуше», «сложно, но интересно»
_COORDINATING = frozenset({"и", "или", "но", "а", "да"})
#: emoticons made of brackets: «интересно)))»
_BRACKET_SMILEY = regex.compile(r"[()]{2,}")


def _next_word(
    i: int, toks: list[str], spans: list[tuple[int, int]], folded: str
) -> tuple[str | None, str]:
    """The word after token `i` that tells whether it is said of something, and the text
    between them with emoji left out: pictographs and bracket smileys («шикарно♥️», «лучше😉.»,
    «интересно)))») decorate the clause, they do not continue it, and where no punctuation
    follows them they end it («Очень удобно и вкусно😉 красивая выкладка»: the text becomes
    "."), unless a verb follows («Он шикарно 😉 выступил»); a word repeated for emphasis
    («страшно страшно страшно мне») is the same predicative, so the word after the last
    repetition counts."""
    end = spans[i][1]
    k = i + 1
    while k < len(toks):
        gap = folded[end : spans[k][0]]
        if not any(ch.isalnum() for ch in toks[k]) or (toks[k] == toks[i] and gap.isspace()):
            end = spans[k][1]
            k += 1
            continue
        break
    after = toks[k] if k < len(toks) else None
    gap = folded[end : spans[k][0]] if after is not None else folded[end:]
    if gap and not gap.isspace():
        gap = _BRACKET_SMILEY.sub("", "".join(ch for ch in gap if not _decoration(ch)))
        if not gap.strip() and after is not None:
            # an emoji with no punctuation after it ends the clause, unless a verb follows
            # that the word before it modifies («Он шикарно 😉 выступил»)
            gap = " " if morph_ru.verbal_spelling(after) else "."
    return after, gap


def _clause(i: int, toks: list[str], spans: list[tuple[int, int]], folded: str) -> list[str]:
    """The other words of token `i`'s clause, back to clause punctuation, a dash or an emoji
    and forth to the sentence's end, twelve words each way at most; [] where a comma, a colon
    or a dash ends it first (a fragment of a longer sentence: «Ближе к вечеру, мы ушли»)."""
    out: list[str] = []
    j = i
    while j > 0 and len(out) < 12 and not _clause_break(folded[spans[j - 1][1] : spans[j][0]]):
        j -= 1
        out.append(toks[j])
    k = i
    while k + 1 < len(toks):
        gap = folded[spans[k][1] : spans[k + 1][0]]
        if _clause_break(gap) and (
            any(ch in _BREAKS for ch in gap) or not morph_ru.verbal_spelling(toks[k + 1])
        ):  # (an emoji before a verb does not end the clause: «Он шикарно 😉 выступил»)
            return out if _sentence_end(gap) else []
        if len(out) >= 24:
            return []
        k += 1
        out.append(toks[k])
    return out


def _sentence_end(gap: str) -> bool:
    """Does the text between two words end the sentence (. ! ? …, an emoji or a smiley)?"""
    if any(ch in ",;:—-" for ch in gap):
        return False
    return any(ch in ".!?…" or _decoration(ch) for ch in gap) or bool(_BRACKET_SMILEY.search(gap))


def _clause_break(gap: str) -> bool:
    """Does the text between two words end a clause: punctuation, a dash, an emoji or a
    bracket smiley?"""
    return any(ch in _BREAKS or _decoration(ch) for ch in gap) or bool(_BRACKET_SMILEY.search(gap))


_BREAKS = frozenset(",.!?;:…—-")


def _before_spoon(i: int, toks: list[str], spans: list[tuple[int, int]], folded: str) -> bool:
    """Is token `i` (with its period) the adjective of «ст. л.», «ч. л.» (a spoon)?"""
    e = spans[i][1]
    return (
        i + 1 < len(toks)
        and folded[e : e + 1] == "."
        and toks[i + 1] == "л"
        and folded[e : spans[i + 1][0]].strip() == "."
        and folded[spans[i + 1][1] : spans[i + 1][1] + 1] == "."
    )


def _dash_before(gap: str) -> bool:
    """Is the text before a word a dash standing for the copula («Вы все — беспомощней»), not
    a hyphen joining a word (всё-равно)? The prepared text writes – as -, not —."""
    return "—" in gap or ("-" in gap and gap != "-")


def _rest(
    i: int, after: str | None, toks: list[str], spans: list[tuple[int, int]], folded: str
) -> list[tuple[str | None, str]]:
    """The next words after `after` (the word after token `i`), up to three, each with the
    text before it; (None, text) where the text ends."""
    out: list[tuple[str | None, str]] = []
    if after is None:
        return out
    k = next(k for k in range(i + 1, len(toks)) if toks[k] == after)
    while len(out) < 3:
        word, gap = _next_word(k, toks, spans, folded)
        out.append((word, gap))
        if word is None:
            break
        k = next(j for j in range(k + 1, len(toks)) if toks[j] == word)
    return out


def _decoration(ch: str) -> bool:
    """A pictograph, a variation selector or a joiner: emoji, not punctuation."""
    return unicodedata.category(ch) in _DECORATION


_DECORATION = frozenset({"So", "Sk", "Cf", "Mn", "Me", "Co", "Cs"})


def _with_signs(want: tuple[str, bool, str], s: int, e: int, folded: str) -> tuple[int, int]:
    """The span of a one-token occurrence with the signs that belong to it: a handle's `@`,
    an abbreviation's period."""
    _context, dotted, lead = want
    if lead and s > 0 and folded[s - 1] == lead:
        s -= 1
    if dotted and folded[e : e + 1] == ".":
        e += 1
    return s, e


def _without_not_phrases(
    cands: list[tuple[int, int, int]], negative: frozenset[int], entries: list[_Entry]
) -> list[tuple[int, int, int]]:
    """The term candidates, without the not-phrases and without every candidate of a concept
    that lies inside one of that concept's not-phrases (other concepts' terms there stay)."""
    nots = [c for c in cands if c[2] in negative]
    out = []
    for c in cands:
        if c[2] in negative:
            continue
        cid = entries[c[2]].concept_id
        if any(n[0] <= c[0] and c[1] <= n[1] and entries[n[2]].concept_id == cid for n in nots):
            continue
        out.append(c)
    return out


def _capital_letter(term: Term) -> bool:
    """A Russian term that is one capital letter (`К`, an initial or a letter's name written
    without its period): in lower case the letter is a preposition, conjunction or pronoun
    (к, с, в, и, а, я), so it is matched in capitals only, like an abbreviation."""
    written = term.text.strip()
    return term.lang == "ru" and len(written) == 1 and ("А" <= written <= "Я" or written == "Ё")


def _joined(parts: list[str], i: int, j: int) -> bool:
    """Tokens i..j-1 are separated by spaces only: no punctuation between the words of a term,
    no paragraph break (a single line break is text wrapping). *parts*: `token_parts`."""
    for a in range(i, j - 1):
        gap = parts[2 * a + 2]
        if not gap or not gap.isspace() or gap.count("\n") > 1:
            return False  # an empty gap: parts of one joined token, not a multi-word term
    return True


def _case_ok(
    term_words: tuple[str, ...],
    term_folded: tuple[str, ...],
    surface_words: list[str],
    lang: str,
) -> bool:
    """Case-sensitive terms: every letter the surface shares with the term has the term's case
    (the suffix after it, as in `ICAO-nun`, is free). *term_folded*: the term words folded."""
    if len(term_words) != len(surface_words):
        return False
    for tw, tf, sw in zip(term_words, term_folded, surface_words, strict=True):
        sf = fold(sw, lang)
        n = 0
        while n < len(tf) and n < len(sf) and tf[n] == sf[n]:
            n += 1
        # letter case only: ё written as е (Соединенные Штаты) is the same letter here, as
        # everywhere in matching
        if n == 0 or any(a.isupper() != b.isupper() for a, b in zip(tw[:n], sw[:n], strict=False)):
            return False
    return True


def _resolve(cands: list[tuple[int, int, int]], offs: list[int]) -> list[tuple[int, int, int]]:
    """Longest match wins inside each group of overlapping candidates; equal spans all stay.
    *offs*: token i spans `offs[2 * i]` to `offs[2 * i + 1]`."""
    if len(cands) < 2:
        return cands  # one term in the text (often): nothing to order or to overlap
    end = 0
    for c in cands:
        if c[0] < end:
            break
        end = c[1]
    else:
        return cands  # in order and no two overlap (the common case): all stay, as they are
    cands.sort(key=lambda c: (c[0], -c[1]))
    if all(a[1] <= b[0] for a, b in pairwise(cands)):
        return cands  # no two overlap (the common case): all stay, and they are in order
    out: list[tuple[int, int, int]] = []
    group: list[tuple[int, int, int]] = []
    group_end = -1
    for c in cands:
        if group and c[0] >= group_end:
            out.extend(_pick(group, offs))
            group = []
        group.append(c)
        group_end = max(group_end, c[1]) if len(group) > 1 else c[1]
    if group:
        out.extend(_pick(group, offs))
    out.sort(key=lambda c: (c[0], c[1]))
    return out


def _pick(group: list[tuple[int, int, int]], offs: list[int]) -> list[tuple[int, int, int]]:
    if len(group) == 1:
        return group
    ordered = sorted(group, key=lambda c: (-(offs[2 * c[1] - 1] - offs[2 * c[0]]), c[0]))
    chosen: list[tuple[int, int, int]] = []
    for c in ordered:
        if all(c[1] <= d[0] or c[0] >= d[1] or (c[0], c[1]) == (d[0], d[1]) for d in chosen):
            chosen.append(c)
    return chosen


def _plural_concept(concept: object) -> bool:
    """Whether the concept's preferred English term ends in a plural noun ("Baltic states",
    "Bolsheviks"): then an Azerbaijani head in -lar/-lər is a plural ending, not a word's own
    letters (`dollar`, «ABŞ dolları» for "US dollar")."""
    preferred = getattr(concept, "preferred", None)
    term = preferred("en") if preferred is not None else None
    if term is None:
        return False
    last = term.text.split()[-1] if term.text.split() else ""
    return last[-1:] == "s" and last[-2:] != "ss" and last.lower() not in _NOT_PLURAL


#: English words in -s that are no plurals
_NOT_PLURAL = frozenset("news series species means politics economics physics gas bus".split())


def _az_singular(word: str, folded: str) -> str | None:
    """The singular of an Azerbaijani term's plural head written in lower case («ölkələr» →
    «ölkə», «ölkələri» → «ölkəsi»), or None. Azerbaijani counts in the singular: "the three
    Baltic states" is «üç Baltik ölkəsi», «üç Baltikyanı ölkə» (held-out set 111), and a
    deprecated plural is as deprecated in the singular. A capitalised head is a name's («Hava
    Yolları», «Birləşmiş Ştatları»), which has no singular."""
    if not word[:1].islower():
        return None
    if folded.endswith(("ları", "ləri")) and len(folded) > 6:
        return realize(folded[:-4], ("P3",), alternate=False)
    if folded.endswith(("lar", "lər")) and len(folded) > 5:
        return folded[:-3]
    return None


def _dedupe(occs: list[Occurrence], text: str = "") -> list[Occurrence]:
    """One occurrence per (span, concept), by `_rank`; in ru, a preposition before the span
    may rule the allowed reading out (`_ruled_out`)."""
    if len(occs) < 2:
        return occs
    if all(a.start != b.start or a.end != b.end for a, b in pairwise(occs)):
        return occs  # spans all distinct (and in order): nothing to merge or reorder
    best: dict[tuple[int, int, str], Occurrence] = {}
    for o in occs:
        k = (o.start, o.end, o.concept_id)
        have = best.get(k)
        if have is None:
            best[k] = o
        elif _rank(o) < _rank(have):
            if not _ruled_out(o, have, text):
                best[k] = o
        elif _ruled_out(have, o, text):
            best[k] = o
    return sorted(best.values(), key=lambda o: (o.start, o.end, o.concept_id))


#: the word before a span, and what separates it from the span (spaces only)
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+\Z")
#: an Azerbaijani noun with a 3rd-person possessive and a case ending after it (`konfransına`,
#: `sədrinin`, `sahəsində`), or a plural possessive (`nümayəndələri`, `təşkilatlarına`): the
#: second noun of an izafet. A bare possessive (`konfransı`) may be an accusative, and `qarşı`,
#: `yeni` are no such nouns
_AZ_POSSESSED = regex.compile(
    r"(?:l[aə]r[ıi](?:n(?:a|ə|da|də|dan|dən|ın|in|ı|i))?"
    r"|[^aıoueəiöü\W][ıiuü]n(?:a|ə|da|də|dan|dən|ın|in|un|ün)"
    r"|[aıoueəiöü]s[ıiuü]n(?:a|ə|da|də|dan|dən|ın|in|un|ün))$"
)
#: az postpositions that take the dative: a bare «diaspora» before one is «diaspor»'s dative
_AZ_DATIVE_POSTPOSITIONS = frozenset(
    "görə qarşı doğru qədər dək tərəf aid dair məxsus rəğmən nisbətən kimi".split()
)
#: the rest of a clause, up to its stop
_CLAUSE = regex.compile(r"[^.!?;:\n]*")
#: an az infinitive (`yanaşmaq`, `etmək`): a verb a fronted dative may be the complement of
_AZ_INFINITIVE = regex.compile(r"\w(?:maq|mək)(?!\w)", regex.I)
#: a Russian time: «в мае», «в 2026 году», «вчера», «летом» (a sentence's adverbial, no noun)
_RU_TIME = (
    r"(?:во?[ \u00a0]+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре"
    r"|ноябре|декабре|\d{4}[ \u00a0]+году)|вчера|сегодня|завтра|теперь|сейчас|ныне|летом|зимой"
    r"|весной|осенью)"
)
#: a time that opens a Russian sentence before its subject: «В мае», «В 2026 году», «Вчера»
_TIME_OPENING = regex.compile(rf"(?:^|[.!?…]\s)[\s«“„\"'(]*{_RU_TIME},?[ \u00a0]+\Z", regex.I)
#: a time right after a span: «в 2021 году», «в мае», «вчера»
_TIME_AFTER = regex.compile(rf"[ \u00a0]+{_RU_TIME}(?=[ \u00a0])", regex.I)
#: the word after a comma right after a span
_COMMA_WORD_AFTER = re.compile(r",[ \u00a0]+(\w+)")
#: the word right after a span, after spaces only
_WORD_AFTER = re.compile(r"[ \u00a0]+(\w+)")
#: the word before a one-word first conjunct and «и» / «или»
_CONJUNCT_BEFORE = re.compile(r"(\w+)[ \u00a0]+\w+[ \u00a0]+(?:и|или)[ \u00a0]+\Z", re.I)


def _ruled_out(allowed: Occurrence, other: Occurrence, text: str) -> bool:
    """Whether the words around a span rule out *allowed*, an oblique form of the allowed
    term, where *other* is the deprecated or forbidden term written exactly. In az, a possessed
    noun after it makes it an izafet's nominative (`_AZ_POSSESSED`), and so does the start of a
    sentence, where it is the subject. In ru, `Шуши` is the genitive of `Шуша` and the Armenian
    name, and only the name fits after «в» (the genitive never follows it:
    `morph.ru.fits_preposition`), as the subject of «была» at the start of a sentence or after a
    time that opens it (`fits_subject`) or as the object of «взяли» (`fits_object`)."""
    if (
        allowed.lang == "az"
        and _STATUS_RANK.get(allowed.status, 9) < 2
        and _STATUS_RANK.get(other.status, 9) >= 2
        and " " not in allowed.term
        and fold(other.surface, "az") == fold(other.term, "az")
    ):
        # «diaspora konfransına», «Diaspora nümayəndələri»: before a possessed noun the word is
        # an izafet's first noun, a nominative, so the deprecated «diaspora», not the dative of
        # «diaspor» («diaspora girov kimi yanaşmaq» stays the dative; held-out sets 99, 120)
        after = _WORD_AFTER.match(text, allowed.end)
        if after is None:
            return False
        nxt = fold(after.group(1), "az")
        if _AZ_POSSESSED.search(nxt) is not None:
            return True
        # first in its sentence, the bare form is the subject, a nominative («Diaspora
        # Londonda … təşkil edib»: three blind writers of three, held-out sets 99, 120, 130),
        # unless a postposition that takes the dative follows («Diaspora görə») or the clause
        # has an infinitive it may be the complement of («Diaspora girov kimi yanaşmaq olmaz»,
        # the dative: a sentence without a subject)
        if SENTENCE_START.search(text, 0, allowed.start) is None:
            return False
        if nxt in _AZ_DATIVE_POSTPOSITIONS:
            return False
        clause = _CLAUSE.match(text, allowed.end)
        return clause is None or _AZ_INFINITIVE.search(clause.group()) is None
    if (
        allowed.lang != "ru"
        or _STATUS_RANK.get(allowed.status, 9) >= 2
        or _STATUS_RANK.get(other.status, 9) < 2
        or " " in allowed.term
        or fold(other.surface, "ru") != fold(other.term, "ru")
    ):
        return False
    word, term = allowed.surface, allowed.term
    m = _WORD_BEFORE.search(text, 0, allowed.start)
    if m is None or _TIME_OPENING.search(text, 0, allowed.start) is not None:
        # first in its sentence, or after a time that opens it («В мае Шуши примет…»,
        # held-out set 129): no noun before it to govern a genitive
        # a time between the subject and its verb is skipped: «Шуши в 2021 году была
        # объявлена…» (held-out set 144)
        time = _TIME_AFTER.match(text, allowed.end)
        after = _WORD_AFTER.match(text, time.end() if time is not None else allowed.end)
        opening = m is not None or SENTENCE_START.search(text, 0, allowed.start) is not None
        if not opening:
            return False
        if after is None:
            # «Шуши, основанная …»: a participle in the nominative describes the subject
            described = _COMMA_WORD_AFTER.match(text, allowed.end)
            return described is not None and not morph_ru.fits_apposition(
                word, term, described.group(1)
            )
        return not morph_ru.fits_subject(word, term, after.group(1))
    if m.group(1).lower() in ("и", "или"):
        # a second conjunct shares the first one's preposition: «в Ханкенди и Шуши»
        m = _CONJUNCT_BEFORE.search(text, 0, allowed.start)
        if m is None:
            return False
    if not morph_ru.fits_preposition(word, term, m.group(1)):
        return True
    before = _WORD_BEFORE.search(text, 0, m.start(1))
    return not morph_ru.fits_object(word, term, m.group(1), before and before.group(1))


def _rank(o: Occurrence) -> tuple[int, int, int]:
    """An allowed reading first (az `diaspora` is the dative of the preferred `diaspor` before it
    is the deprecated nominative `diaspora`; ru `Шуши` the genitive of `Шуша` before the
    forbidden `Шуши`), then the term written exactly as the surface, then the best status."""
    exact = fold(o.surface, o.lang) == fold(o.term, o.lang)
    rank = _STATUS_RANK.get(o.status, 9)
    return (0 if rank < 2 else 1, 0 if exact else 1, rank)


#: how Azerbaijani letters are spoken when an abbreviation is read letter by letter
_AZ_LETTER_NAMES = dict(
    zip(
        "abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
        (
            "a be ce çe de e ə fe ge ğe he xe ı i je ka qe el em en o ö pe er es şe te u ü ve ye ze"
        ).split(),
        strict=True,
    )
)
_AZ_VOWELS = frozenset("aeəıioöuü")


def _is_abbreviation(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return " " not in term and len(letters) >= 2 and all(c.isupper() for c in letters)


def _spoken_az(abbreviation: str) -> str:
    """How an Azerbaijani reader says an abbreviation, for the harmony of its endings: as a word
    when it reads as one (AZAL, ŞƏT, ICAO: a vowel, no two consonants at either end, no three
    anywhere), else letter by letter (SSRİ: es-es-er-i, AXC: a-xe-ce)."""
    word = fold(abbreviation, "az")
    letters = [c for c in word if c.isalpha()]
    pattern = "".join("v" if c in _AZ_VOWELS else "c" for c in letters)
    if "v" in pattern and "ccc" not in pattern and "cc" not in (pattern[:2], pattern[-2:]):
        return "".join(letters)
    return "".join(_AZ_LETTER_NAMES.get(c, c) for c in letters)


def _abbreviation_form(term_head: str, found: str, abbreviation: str) -> str:
    """*abbreviation* with the case ending of *found* (a form of *term_head*), after a hyphen and
    harmonised with how the abbreviation is spoken: `Azərbaycan Hava Yollarına` → `AZAL-a`,
    `Şanxay Əməkdaşlıq Təşkilatının` → `ŞƏT-in`, `Sovet İttifaqına` → `SSRİ-yə`. The full
    name's own possessive (`Yolları`, `Təşkilatı`) is part of the name, not of the ending."""
    matcher = AzHeadMatcher()
    matcher.add(term_head, 0)
    readings = matcher.analyse(found)
    if not readings:
        return abbreviation
    best = min(readings, key=lambda r: (r.reading not in ("possessed", "separator"), r.reading))
    seq = tuple(m for m in best.morphemes if m not in ("P3", "P2S"))
    if not seq:
        return abbreviation
    spoken = _spoken_az(abbreviation)
    ending = realize(spoken, seq, alternate=False)[len(spoken) :]
    return f"{abbreviation}-{ending}" if ending else abbreviation


def _case_like(surface: str, word: str, lang: str) -> str:
    """Upper-case the suggestion when the found text was written in capitals."""
    letters = [c for c in surface if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return upper(word, lang)
    return word
