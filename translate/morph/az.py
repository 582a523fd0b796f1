"""Azerbaijani: which registered term head is a text token an inflected form of?

Why analysis and not generation: a noun has ~1,000 forms (plural × possessive × case × -ki ×
copula); materialising them for a 50,000-concept glossary costs gigabytes. Instead the suffix
grammar (`az_grammar`) is spelled out once per phonological context — a few thousand short
endings per table — and a token is analysed by peeling off endings that exist in some table and
looking the remaining stem up in a plain dict of heads. Memory is one dict entry per head.

Readings a token can have for a head `h` (all folded with `translate.text.normalize.fold`):

- `h` + ending for h's context (işğal + dan, Bakı + dakı, dəhliz + ləri);
- a stem change before a vowel-initial ending: k→y, q→ğ on polysyllables (ayaq → ayağı,
  ürək → ürəyi; the unchanged loanword spelling hüquq → hüququ is accepted too), and the
  dropped last vowel of a two-syllable word ending consonant + harmonic high vowel + one of
  l r m n z f c (fikir → fikri, oğul → oğlu, sinif → sinfi; the full spelling is accepted too);
- a head that may already carry a 3rd-person possessive (dəhlizi, Respublikası) continues with
  the pronominal n (dəhlizinin, dəhlizinə, dəhlizindən) or has that possessive replaced
  (dəhlizləri, Respublikaları, dəhlizimiz); since the word alone does not say whether its final
  -ı/-i/-u/-ü is a possessive, both these and the ordinary endings of the full word are accepted;
- `h` + hyphen or apostrophe + any ending in any harmony (BMT-yə, NATO-nun, ABŞ'ın): harmony
  follows how letters are read, which spelling does not show;
- a head registered as foreign (a name kept in another language's spelling, such as Trump, read
  Tramp) + an ending of any harmony class: Trumpın, Trumpa as well as Trumpun.

Derivations (işğalçı, -lıq, -lı, -sız, -laş) are not endings of the grammar, so they never match.
Heads of three letters or fewer take only endings that rarely spell a different word, and
verb-like endings stay off bare stems (see `az_grammar._allowed` and `_VERBLIKE_ON_BARE`).

Suffix chains are reported as written after the head. When the token does not begin with the
whole head, the chain starts with one "<" per head letter removed:
`token == head[: len(head) - n] + chain[n:]` where n is the number of leading "<"
(ayaq/ayağı → "<ğı", fikir/fikri → "<<ri", dəhlizi/dəhlizləri → "<ləri").
"""

from __future__ import annotations

from dataclasses import dataclass

from translate.morph import az_grammar as g
from translate.morph.az_grammar import HIGH_VOWELS, VOWELS, Seq

SEPARATORS = "-'"

_HIGH_OF = {"a": "ı", "o": "u", "e": "i", "ö": "ü"}


@dataclass(frozen=True, slots=True)
class AzAnalysis:
    """One reading of a token: the registered head, its key, the chain, the morphemes."""

    key: int
    head: str
    chain: str
    morphemes: Seq
    reading: str  # "plain", "stem-change", "possessed", "replaced", "separator", "spoken"


def _ends_vowel(word: str) -> bool:
    return bool(word) and word[-1] in VOWELS


def _letters(word: str) -> int:
    return len(word) - word.count("-") - word.count("'")


def _context(word: str) -> tuple[str, bool, int]:
    return g.harmony_class(word), _ends_vowel(word), g.tier(_letters(word))


def possessive_split(head: str) -> str | None:
    """The stem under a final 3rd-person possessive the head may carry, or None.

    dəhlizi → dəhliz, Respublikası → respublika, bütövlüyü → bütövlük (the possessive had turned
    k into y). Only a high vowel in harmony with the stem qualifies, so kitab, ana, ölkə do not.
    """
    if len(head) < 3 or head[-1] not in HIGH_VOWELS:
        return None
    before = head[:-1]
    if before[-1] == "s" and len(before) >= 2 and before[-2] in VOWELS:
        stem = before[:-1]
    elif before[-1] in VOWELS or before[-1] in SEPARATORS:
        return None
    else:
        stem = before
    if not any(ch in VOWELS for ch in stem):
        return None
    if _HIGH_OF[g.harmony_class(stem)] != head[-1]:
        return None
    if stem[-1] == "y" and len(stem) >= 2 and stem[-2] in VOWELS and g.vowel_count(stem) >= 2:
        stem = stem[:-1] + "k"
    elif stem[-1] == "ğ" and g.vowel_count(stem) >= 2:
        stem = stem[:-1] + "q"
    return stem


def _may_alternate(head: str) -> bool:
    """k→y / q→ğ before a vowel: native polysyllables ending vowel + k/q (ayaq, ürək)."""
    return len(head) >= 3 and head[-1] in "kq" and head[-2] in VOWELS and g.vowel_count(head) >= 2


#: consonants after which a high vowel drops (fikir, şəkil, isim, burun, ağız, sinif, ovuc);
#: k/q-final words change k→y, q→ğ instead, and would otherwise read derivations such as
#: bitik → bitki, basıq → basqı as forms
_DROP_FINALS = frozenset("lrmnzfc")


def _may_drop(head: str) -> bool:
    """fikir → fikri, oğul → oğlu: two syllables, ending vowel + consonant + high vowel +
    consonant (l r m n z f c), the high vowel in harmony with the vowel before it."""
    if len(head) < 4 or g.vowel_count(head) != 2:
        return False
    c2, v2, c1, v1 = head[-1], head[-2], head[-3], head[-4]
    if c2 not in _DROP_FINALS or c1 in VOWELS or v1 not in VOWELS or v2 not in HIGH_VOWELS:
        return False
    if c2 in SEPARATORS or c1 in SEPARATORS:
        return False
    return _HIGH_OF[g.harmony_class(v1)] == v2


def _chain(head: str, token: str) -> str:
    p = 0
    limit = min(len(head), len(token))
    while p < limit and head[p] == token[p]:
        p += 1
    return "<" * (len(head) - p) + token[p:]


class AzHeadMatcher:
    """A stem table: register the inflecting (last) word of each Azerbaijani term, then ask which
    registered words a text token is an inflected form of. One dict entry per head; endings are
    shared tables (see module docstring)."""

    __slots__ = ("_foreign", "_heads", "_names", "_possessed")

    def __init__(self) -> None:
        self._heads: dict[str, int | tuple[int, ...]] = {}
        #: stem under a head's own 3rd-person possessive → that head (dəhliz → dəhlizi)
        self._possessed: dict[str, str | tuple[str, ...]] = {}
        #: heads written in a foreign orthography: harmony follows their pronunciation, which
        #: the spelling does not show (Trump, said Tramp → Trumpın), so any class's endings do
        #: (heads of four letters or more: shorter ones spell other words too often)
        self._foreign: set[str] = set()
        #: three-letter heads that are names (Çin): they take the instrumental (Çinlə)
        self._names: set[str] = set()

    def __len__(self) -> int:
        return len(self._heads)

    def add(self, head: str, key: int, *, foreign: bool = False, name: bool = False) -> None:
        """Register `head` (already folded for az) under `key`; keys and heads may repeat.
        A `foreign` head (a name in another language's spelling) takes the endings of every
        harmony class, since its vowels are not read as written. A three-letter `name` takes
        the instrumental a three-letter common word does not (`short_name_chains`)."""
        if not head:
            return
        if foreign:
            self._foreign.add(head)
        if name and g.tier(_letters(head)) == 1:
            self._names.add(head)
        old = self._heads.get(head)
        if old is None:
            self._heads[head] = key
            stem = possessive_split(head)
            if stem is not None:
                prev = self._possessed.get(stem)
                if prev is None:
                    self._possessed[stem] = head
                elif isinstance(prev, str):
                    self._possessed[stem] = (prev, head)
                else:
                    self._possessed[stem] = (*prev, head)
        elif isinstance(old, int):
            if old != key:
                self._heads[head] = (old, key)
        elif key not in old:
            self._heads[head] = (*old, key)

    def _keys(self, head: str) -> tuple[int, ...]:
        v = self._heads.get(head)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def lookup(self, token: str) -> list[tuple[int, str]]:
        """(key, suffix chain) for every registered head `token` (folded) is a form of."""
        seen: set[tuple[int, str]] = set()
        out: list[tuple[int, str]] = []
        for a in self.analyse(token):
            if (a.key, a.head) not in seen:
                seen.add((a.key, a.head))
                out.append((a.key, a.chain))
        return out

    def analyse(self, token: str) -> list[AzAnalysis]:
        """Every reading of `token`, plainest first (a head's plain reading before a stem-change
        or possessive-replacing one)."""
        heads = self._heads
        if not heads or not token:
            return []
        chains, suffixes, maxlen = g.all_chains()
        found: list[AzAnalysis] = []
        n = len(token)

        sep = max(token.rfind("-"), token.rfind("'")) if "-" in token or "'" in token else -1
        if 0 < sep < n - 1:
            base, rest = token[:sep], token[sep + 1 :]
            if base in heads and rest in g.separator_chains():
                seq = self._seq_any(rest)
                for key in self._keys(base):
                    found.append(AzAnalysis(key, base, token[sep:], seq, "separator"))

        for k in range(min(n - 1, maxlen) + 1):
            rest = token[n - k :] if k else ""
            if k and rest not in suffixes:
                break
            if rest not in chains:
                continue
            self._analyse_split(token, token[: n - k], rest, found)
        if not found and n > 4 and token[-2] == "m" and token[-1] in g.HIGH_VOWELS:
            # the question particle -mı/-mi/-mu/-mü, written joined (yeni normaldırmı "is it
            # the new normal?"), in harmony with the word before it
            base = token[:-2]
            if g.spell("I", g.harmony_class(base))[0] == token[-1]:
                for a in self.analyse(base):
                    found.append(
                        AzAnalysis(
                            a.key, a.head, a.chain + token[-2:], (*a.morphemes, "Q"), a.reading
                        )
                    )
        return found

    def _emit(self, found: list[AzAnalysis], head: str, token: str, seq: Seq, reading: str) -> None:
        chain = _chain(head, token)
        for key in self._keys(head):
            found.append(AzAnalysis(key, head, chain, seq, reading))

    def _analyse_split(self, token: str, stem: str, rest: str, found: list[AzAnalysis]) -> None:
        heads = self._heads
        if stem in heads:
            cls, ev, tier_ = _context(stem)
            seq = g.ordinary_chains(cls, ev, tier_).get(rest)
            if seq is None and ev and rest[:1] == "n" and g.bare_n_allowed(stem):
                seq = g.bare_n_chains(cls).get(rest)
            if seq is None and rest and tier_ == 1 and stem in self._names:
                seq = g.short_name_chains(cls, ev).get(rest)
            if seq is not None:
                self._emit(found, stem, token, seq, "plain")
            elif rest and tier_ == 2 and stem in self._foreign:
                for other in g.CLASSES:
                    seq = g.ordinary_chains(other, ev, tier_).get(rest)
                    if seq is not None:
                        self._emit(found, stem, token, seq, "spoken")
                        break
            if rest and possessive_split(stem) is not None:
                seq = g.possessed_chains(cls, tier_).get(rest)
                if seq is not None:
                    self._emit(found, stem, token, seq, "possessed")
        if rest and rest[0] in VOWELS and len(stem) >= 2:
            last = stem[-1]
            # k→y, q→ğ before a vowel-initial ending
            if last in "yğ" and stem[-2] in VOWELS:
                head = stem[:-1] + ("k" if last == "y" else "q")
                if head in heads and _may_alternate(head):
                    cls, ev, tier_ = _context(head)
                    seq = g.ordinary_chains(cls, ev, tier_).get(rest)
                    if seq is not None:
                        self._emit(found, head, token, seq, "stem-change")
            # dropped last vowel: fikr+i ← fikir
            if len(stem) >= 3 and last not in VOWELS and stem[-2] not in VOWELS:
                v1 = stem[-3]
                if v1 in VOWELS:
                    head = stem[:-1] + _HIGH_OF[g.harmony_class(v1)] + last
                    if head in heads and _may_drop(head):
                        cls, ev, tier_ = _context(head)
                        seq = g.ordinary_chains(cls, ev, tier_).get(rest)
                        if seq is not None:
                            self._emit(found, head, token, seq, "stem-change")
        # a possessive head whose own possessive is replaced: dəhliz+ləri ← dəhlizi
        owners = self._possessed.get(stem)
        if owners is not None and rest:
            cls, ev, tier_ = _context(stem)
            seq = g.replacing_chains(cls, ev, tier_).get(rest)
            if seq is not None:
                for head in (owners,) if isinstance(owners, str) else owners:
                    self._emit(found, head, token, seq, "replaced")

    @staticmethod
    def _seq_any(rest: str) -> Seq:
        for cls in g.CLASSES:
            for ev in (True, False):
                seq = g.ordinary_chains(cls, ev, 2).get(rest)
                if seq is not None:
                    return seq
        return ()


# --------------------------------------------------------------------------- generation


def realize(stem: str, seq: Seq, *, alternate: bool = True, pronominal: bool = False) -> str:
    """Spell `stem` + morphemes `seq`; with `alternate`, k→y / q→ğ before a vowel-initial first
    ending on a polysyllable (the official rule for native words)."""
    cls = g.harmony_class(stem)
    ev = _ends_vowel(stem)
    out = stem
    state_pron = pronominal
    for i, m in enumerate(seq):
        text, cls, ev_next, state_pron_next = g.step(cls, ev, state_pron, m)
        if i == 0 and alternate and text[0] in VOWELS and _may_alternate(out):
            out = out[:-1] + ("y" if out[-1] == "k" else "ğ")
        out += text
        ev, state_pron = ev_next, state_pron_next
    return out


def _with_possessive(seq: Seq) -> Seq:
    """Insert a 3rd-person possessive after an optional plural unless one is there already."""
    if any(m in g.POSSESSIVES for m in seq):
        return seq
    if seq[:1] == ("PL",):
        return ("PL", "P3", *seq[1:])
    return ("P3", *seq)


def _surely_possessed(head: str, stem: str) -> bool:
    """Whether a head that may end in a 3rd-person possessive surely does, by its spelling:
    vowel + sı/si/su/sü (respublikası) or a plural before it (ölkələri, Yolları): a glossary
    term is a nominative, so such a plural is no accusative."""
    return (head[-2] == "s" and head[-3] in VOWELS) or stem.endswith(("lar", "lər"))


def compound_head_possessed(head: str) -> bool:
    """Whether `head` (folded), the last word of a multi-word term, is the possessed noun of an
    izafet compound (Zəngəzur dəhlizi, Baltik ölkələri, Şanxay Əməkdaşlıq Təşkilatı), which
    takes the pronominal n before a case ending (dəhlizinə, ölkələrindən), and not a word whose
    last vowel is its own (Qırmızı Ordu, siyasi şərhçi).

    Besides the spellings `_surely_possessed` reads, a stem of two or more syllables under the
    vowel counts (dəhliz, təşkilat), unless it ends in the -çı of an agent noun (vasitəçi); a
    one-syllable stem (ord-u, gün-ü) is left undecided: ordu is a word of its own."""
    stem = possessive_split(head)
    if stem is None:
        return False
    if _surely_possessed(head, stem):
        return True
    return g.vowel_count(stem) >= 2 and not stem.endswith("ç")


def transfer_chain(
    found_head: str, chain: str, target_head: str, *, possessed: bool | None = None
) -> str | None:
    """Re-express the inflection of a found form on another head: the form of `target_head`
    with the same grammatical endings as `found_head` + `chain` (as returned by lookup).

    transfer_chain("işğal", "dan", "zəbt") → "zəbtdən"; transfer_chain("dəhlizi", "nin",
    "koridoru") → "koridorunun". `possessed` says whether the target head carries its own
    3rd-person possessive (the caller knows: multi-word terms such as "Zəngəzur dəhlizi" do);
    by default the target is read as possessed when the found form was, or when it ends in
    vowel + sı/si/su/sü. None when the chain is not an ending of `found_head`.

    Limits: k→y / q→ğ follows the rule for native words (a loanword target such as hüquq gets
    hüquğu), and vowel-dropping targets (fikir → fikri) are spelled in full: the word alone does
    not say which words are exceptions.
    """
    n = len(chain) - len(chain.lstrip("<"))
    if n > len(found_head):
        return None
    token = found_head[: len(found_head) - n] + chain[n:]
    m = AzHeadMatcher()
    m.add(found_head, 0)
    readings = m.analyse(token)
    if not readings and n == 0 and chain and found_head.endswith(chain):
        # tolerate being handed the found token itself instead of the registered head
        return transfer_chain(found_head[: -len(chain)], chain, target_head, possessed=possessed)
    if not readings:
        return None

    # the 2nd person is rare in news: dəhlizinə is dəhlizi + nə (pronominal n), not "your …";
    # but a caller who says the target is not possessed rules the possessed reading out first
    def rank(r: AzAnalysis) -> tuple[bool, bool]:
        is_possessed = r.reading in ("possessed", "replaced")
        return (possessed is False and is_possessed, "P2S" in r.morphemes)

    a = min(readings, key=rank)
    seq = a.morphemes
    if a.reading == "separator" and len(target_head) <= 5:
        # abbreviation to abbreviation: keep the separator; without vowels keep the ending too
        if not any(ch in VOWELS for ch in target_head):
            return target_head + chain
        spelled = realize(target_head, seq, alternate=False)
        return target_head + chain[0] + spelled[len(target_head) :]
    # a found form with a possessive of its own (ölkələrinə, ölkələrimizə) can only go onto a
    # possessive head as that head's possessed form: no noun takes two possessives
    found_possessed = a.reading in ("possessed", "replaced") or any(m in g.POSSESSIVES for m in seq)
    split = possessive_split(target_head)
    if possessed is None:
        possessed = split is not None and (found_possessed or _surely_possessed(target_head, split))
    if possessed and split is not None:
        seq = _with_possessive(seq)
        if seq[0] == "P3":
            return realize(target_head, seq[1:], alternate=False, pronominal=True)
        return realize(split, seq)
    return realize(target_head, seq)


def inflect(head: str, chain: str) -> str:
    """`head` + `chain`, the chain re-harmonised for `head` (chain taken from any other word:
    inflect("zəbt", "dan") → "zəbtdən", inflect("Bakı", "ın") → "bakının"). An unknown chain
    is appended as written."""
    plain = chain.lstrip("<")
    if plain[:1] in SEPARATORS:
        return head + plain
    for cls in g.CLASSES:
        for ev in (_ends_vowel(head), not _ends_vowel(head)):
            seq = g.ordinary_chains(cls, ev, 2).get(plain)
            if seq is not None:
                return realize(head, seq)
    for cls in g.CLASSES:
        seq = g.possessed_chains(cls, 2).get(plain)
        if seq is not None:
            return realize(head, seq[1:], alternate=False, pronominal=True)
    return head + plain
