"""Azerbaijani nominal suffix grammar: morphemes, slot order, vowel harmony, buffer consonants.

The grammar is small and closed, so every *suffix chain* it allows can be spelled out once per
phonological context (last vowel of the stem, vowel- or consonant-final, length tier). A few
dozen tables of a few thousand short strings each replace the ~1,000 materialised forms per term
that a generator would need: analysing a token is then "split off an ending that is in the
table for this stem's context, look the stem up", independent of glossary size.

Slot order (morphology.md): plural → possessive → case → (-ki → plural → case) → predicative,
the predicative being a copula (-dır, -(y)dı, -(y)mış, -(y)sa, -(y)kən) or a personal ending
(-(y)am, -san, -(y)ıq, -sınız; 3pl -lar after a possessive).

The personal endings follow a bare or plural stem, a possessive and the locative or ablative
(varisik, varisiyik, Bakıdayıq), not -ki and not the past, evidential and conditional copulas
(varisiydik, Bakıdakılarıq): each place an ending may follow multiplies the tables, and those
would more than double them (7,750 → 18,694 endings, 0.1 → 0.3 s to spell them out in each
process) for forms rare in news.
"""

from __future__ import annotations

from functools import cache, lru_cache

VOWELS = frozenset("aıoueəiöü")
HIGH_VOWELS = frozenset("ıiuü")

#: last-vowel classes: a (a ı), o (o u), e (e ə i), ö (ö ü)
_CLASS_OF = {
    "a": "a",
    "ı": "a",
    "o": "o",
    "u": "o",
    "e": "e",
    "ə": "e",
    "i": "e",
    "ö": "ö",
    "ü": "ö",
}
_A = {"a": "a", "o": "a", "e": "ə", "ö": "ə"}
_I = {"a": "ı", "o": "u", "e": "i", "ö": "ü"}
CLASSES = ("a", "o", "e", "ö")

#: morpheme → (after consonant, after vowel, pronominal form after a 3rd-person possessive or -ki)
#: A = 2-way vowel (a/ə), I = 4-way vowel (ı/i/u/ü), K = q after a back vowel, k after a front
#: one (-ıq/-ik/-uq/-ük); other letters are literal.
MORPHEMES: dict[str, tuple[str, str, str | None]] = {
    "PL": ("lAr", "lAr", None),
    "P1S": ("Im", "m", None),
    "P2S": ("In", "n", None),
    "P3": ("I", "sI", None),
    "P1P": ("ImIz", "mIz", None),
    "P2P": ("InIz", "nIz", None),
    "GEN": ("In", "nIn", "nIn"),
    "DAT": ("A", "yA", "nA"),
    "ACC": ("I", "nI", "nI"),
    "LOC": ("dA", "dA", "ndA"),
    "ABL": ("dAn", "dAn", "ndAn"),
    "INS": ("lA", "ylA", "ylA"),
    "KI": ("kI", "kI", None),
    "COP": ("dIr", "dIr", None),  # predicative -dır
    "PST": ("dI", "ydI", None),  # past copula -(y)dı
    "EVI": ("mIş", "ymIş", None),  # evidential copula -(y)mış
    "CND": ("sA", "ysA", None),  # conditional copula -(y)sa
    "KEN": ("kən", "ykən", None),  # -(y)kən "while being" (does not harmonise)
    "CPL": ("lAr", "lAr", None),  # plural person marker after a copula
    # personal predicative endings "I am / you are / we are / you (pl.) are …" (varisiyik,
    # tələbəyəm, müəllimsiniz); the 3rd person is COP, and its plural CPL
    "PR1S": ("Am", "yAm", None),
    "PR2S": ("sAn", "sAn", None),
    "PR1P": ("IK", "yIK", None),
    "PR2P": ("sInIz", "sInIz", None),
    # the question particle -mı, written joined after the word it asks about (normaldırmı,
    # Bakıdamı); read by `AzHeadMatcher.analyse` off the end of a token, not in the tables
    "Q": ("mI", "mI", None),
    # -dək "until", written joined after the dative (müharibəyədək, axşamadək, Bakıyadək); it
    # does not harmonise
    "TIL": ("dək", "dək", None),
}

#: P3 first: where spellings coincide the commoner reading is kept (kitabın: GEN before P2S)
POSSESSIVES = ("P3", "P1S", "P2S", "P1P", "P2P")
CASES = ("GEN", "DAT", "ACC", "LOC", "ABL", "INS")
COPULAS = ("COP", "PST", "EVI", "CND", "KEN")
PERSONS = ("PR1S", "PR2S", "PR1P", "PR2P")
#: a predicate: a copula, or a personal ending standing for the present one
PREDICATES = (*COPULAS, *PERSONS)
#: copulas a consonant-final bare stem may not take: on a bare stem -dı/-mış/-sa spell verb forms
#: (qazan "cauldron" + dı = qazandı "earned") and -kən the adjective suffix (dəyiş + kən =
#: dəyişkən "changeable"); after a case or plural they are safe (Bakıdaykən, işğaldaydı).
_VERBLIKE_ON_BARE = frozenset({"PST", "EVI", "CND", "KEN"})

#: state (last morpheme, or START) → morphemes that may follow
NEXT: dict[str, tuple[str, ...]] = {
    "START": ("PL", *CASES, *POSSESSIVES, *PREDICATES),
    "PL": (*CASES, *POSSESSIVES, *PREDICATES),
    "P1S": (*CASES, *PREDICATES),
    "P2S": (*CASES, *PREDICATES),
    "P1P": (*CASES, *PREDICATES),
    "P2P": (*CASES, *PREDICATES),
    "P3": (*CASES, *PREDICATES, "CPL"),  # varisilər "they are (its) successors"
    "GEN": ("KI", "COP"),  # -ın + mış/dı would spell the passive participle (açılmış, …)
    "LOC": ("KI", *PREDICATES),
    "ABL": PREDICATES,
    "DAT": ("TIL",),
    "TIL": (),
    "ACC": (),
    "INS": (),
    "KI": ("KIPL", *CASES, *COPULAS),
    "KIPL": (*CASES, *COPULAS),
    "COP": ("CPL",),
    "PST": ("CPL",),
    "EVI": ("CPL",),
    "CND": (),
    "KEN": (),
    "CPL": (),
    **{m: () for m in PERSONS},
}
#: after these the case endings take the pronominal n (dəhlizinə, Bakıdakını)
_PRONOMINAL_AFTER = frozenset({"P3", "KI"})

Seq = tuple[str, ...]


def harmony_class(text: str) -> str:
    """Class of the last vowel; a word without vowels (an abbreviation) is read front:
    BMT is "be-em-te"."""
    for ch in reversed(text):
        cls = _CLASS_OF.get(ch)
        if cls is not None:
            return cls
    return "e"


def vowel_count(text: str) -> int:
    return sum(1 for ch in text if ch in VOWELS)


def spell(pattern: str, cls: str) -> tuple[str, str]:
    """Spell a morpheme pattern after a word whose last vowel class is `cls`; returns the text and
    the class after it."""
    out = []
    for ch in pattern:
        if ch == "A":
            ch = _A[cls]
        elif ch == "I":
            ch = _I[cls]
        elif ch == "K":
            ch = "q" if cls in ("a", "o") else "k"
        cls = _CLASS_OF.get(ch, cls)
        out.append(ch)
    return "".join(out), cls


def _morpheme_name(state: str) -> str:
    return "PL" if state == "KIPL" else state


def step(cls: str, ends_vowel: bool, pronominal: bool, state: str) -> tuple[str, str, bool, bool]:
    """Spell morpheme `state` in a context; returns (text, new class, ends in vowel, pronominal)."""
    after_cons, after_vowel, pron = MORPHEMES[_morpheme_name(state)]
    if pronominal and pron is not None:
        pattern = pron
    elif ends_vowel:
        pattern = after_vowel
    else:
        pattern = after_cons
    text, cls = spell(pattern, cls)
    return text, cls, text[-1] in VOWELS, state in _PRONOMINAL_AFTER


@cache
def _walk(
    cls: str, ends_vowel: bool, pronominal: bool, state: str, ki_used: bool = False
) -> tuple[tuple[Seq, str], ...]:
    """Every morpheme sequence from `state` with its spelling; -ki is used at most once.
    Memoised: the continuations depend only on this small context, not on what came before."""
    out: list[tuple[Seq, str]] = [((), "")]
    for nxt in NEXT[state]:
        if state == "START" and not ends_vowel and nxt in _VERBLIKE_ON_BARE:
            continue
        if nxt == "KI" and ki_used:
            continue
        text, cls2, ev2, pr2 = step(cls, ends_vowel, pronominal, nxt)
        name = _morpheme_name(nxt)
        for seq, rest in _walk(cls2, ev2, pr2, nxt, ki_used or nxt == "KI"):
            out.append(((name, *seq), text + rest))
    return tuple(out)


#: length tiers of the head: ≤2 letters, 3 letters, ≥4 letters
def tier(length: int) -> int:
    return 0 if length <= 2 else (1 if length == 3 else 2)


_SHORT_FORBIDDEN = frozenset({"INS", *PREDICATES, "CPL"})
_TWO_LETTER_FORBIDDEN = frozenset({"P1S", "P2S", *_SHORT_FORBIDDEN})


def _bare_n(seq: Seq, ends_vowel: bool) -> bool:
    """A 2nd-person possessive -n after a vowel with no case after it (alçan, müzakirən)."""
    return ends_vowel and seq[:1] == ("P2S",) and (len(seq) == 1 or seq[1] not in CASES)


#: endings after which a stem-final vowel is the verb-forming suffix -la/-lə (işarələ-, qala-)
#: or -(ı)lda (qımılda-): + n spells the reflexive or passive verb (işarələn, qımıldan)
_VERBAL_FINALS = ("la", "lə", "da", "də")


def bare_n_allowed(stem: str) -> bool:
    """May `stem` take the bare 2nd-person -n ("your X")?

    On a vowel-final stem of one or two syllables the bare -n spells the reflexive/passive verb
    or an adjective more often than "your X" (boya+n = boyan "be painted", bitki+n = bitkin
    "exhausted", keçi+n = keçin "pass!"): 184 of 2,458 such dictionary words + n are other
    dictionary words. From three syllables on, outside the verb-forming -la/-lə/-da/-də, it is
    42 of 5,898 (0.7 %, mostly onomatopoeic -ılda verbs, now excluded) and 4 of 8,969 from four
    syllables (azstemmer word list, measured in tests/bench/eval_az.py's data): mənzərən,
    müzakirən, xəritən are "your view, your talks, your map"."""
    return vowel_count(stem) >= 3 and not stem.endswith(_VERBAL_FINALS)


def _allowed(seq: Seq, tier_: int, ends_vowel: bool) -> bool:
    """Short stems collide with other words (göz+lə = gözlə "wait!", yaz+dı = yazdı "wrote",
    ad+am = adam "man", at+a = ata "father", el+ə = elə "so", bil+im = bilim "knowledge"):
    stems of three letters take no instrumental, no copula and, when consonant-final, no bare
    1st-person singular possessive; stems of two letters, in addition, no 1st/2nd-person
    singular possessive at all and, when consonant-final, no bare dative."""
    if _bare_n(seq, ends_vowel):
        return False
    if tier_ == 2:
        return True
    if tier_ == 1:
        # the deverbal -Im spells nouns of its own from short roots (al+ım, art+ım, bil+im)
        if not ends_vowel and seq[:1] == ("P1S",):
            return False
        return not any(m in _SHORT_FORBIDDEN for m in seq)
    if any(m in _TWO_LETTER_FORBIDDEN for m in seq):
        return False
    return ends_vowel or seq[:1] != ("DAT",)


@cache
def ordinary_chains(cls: str, ends_vowel: bool, tier_: int) -> dict[str, Seq]:
    """Endings a plain noun stem of this context takes ('' for the bare form)."""
    out: dict[str, Seq] = {}
    for seq, text in _walk(cls, ends_vowel, False, "START"):
        if _allowed(seq, tier_, ends_vowel):
            out.setdefault(text, seq)
    return out


@cache
def short_name_chains(cls: str, ends_vowel: bool) -> dict[str, Seq]:
    """The instrumental endings (-la/-lə, -yla/-ylə, and what follows them) and the 3rd-person
    copulas (-dır, -dı, -mış, -sa, -kən, also after a case: Çindir, Çindədir) a three-letter name
    takes but a three-letter common stem does not (`_allowed`): Çinlə "with China" is no verb
    the way gözlə "wait!" is, and a name is no root a verb is made of (yaz+dı = yazdı "wrote").
    The personal endings stay out (ad+am = adam)."""
    out: dict[str, Seq] = {}
    name_only = frozenset({"INS", *COPULAS})
    for seq, text in _walk(cls, ends_vowel, False, "START"):
        if _allowed(seq, 2, ends_vowel) and not _allowed(seq, 1, ends_vowel):
            if any(m in name_only for m in seq) and not any(
                m in _SHORT_FORBIDDEN and m not in name_only for m in seq
            ):
                out.setdefault(text, seq)
    return out


@cache
def bare_n_chains(cls: str) -> dict[str, Seq]:
    """The bare 2nd-person -n endings (-n, -ndır, …) the ordinary tables leave out; for a
    vowel-final stem that `bare_n_allowed`."""
    out: dict[str, Seq] = {}
    for seq, text in _walk(cls, True, False, "START"):
        if _bare_n(seq, True) and _allowed(seq[1:], 2, False):
            out.setdefault(text, seq)
    return out


@cache
def possessed_chains(cls: str, tier_: int) -> dict[str, Seq]:
    """Endings after a head that already carries a 3rd-person possessive (dəhlizi + nin / nə /
    ndən / dir); sequences are given with that possessive (P3) first."""
    out: dict[str, Seq] = {}
    for seq, text in _walk(cls, True, True, "P3"):
        if text and _allowed(("P3", *seq), tier_, True):
            out.setdefault(text, ("P3", *seq))
    return out


@cache
def replacing_chains(cls: str, ends_vowel: bool, tier_: int) -> dict[str, Seq]:
    """Endings that replace a head's own 3rd-person possessive, spelled after the bare stem:
    plural + possessive (dəhliz + ləri, Respublika + ları) or another possessive (dəhliz + imiz).
    Short stems only take plural + 3rd-person possessive."""
    out: dict[str, Seq] = {}
    for seq, text in _walk(cls, ends_vowel, False, "START"):
        if not seq or seq[0] == "P3" or _bare_n(seq, True):
            # a replacing bare -In would read as the head + n (ağlamsı → ağlamsın)
            continue
        if seq[0] == "PL":
            if len(seq) < 2 or seq[1] not in POSSESSIVES:
                continue
        elif seq[0] not in POSSESSIVES:
            continue
        if tier_ < 2 and seq[:2] != ("PL", "P3"):
            continue
        if tier_ < 2 and any(m in _SHORT_FORBIDDEN for m in seq):
            continue
        out.setdefault(text, seq)
    return out


@lru_cache(maxsize=1)
def separator_chains() -> frozenset[str]:
    """Endings accepted after a hyphen or apostrophe (BMT-nin, NATO-nun, ABŞ'ın): harmony there
    follows how the letters are read, which the spelling does not show, so every variant counts."""
    out: set[str] = set()
    for cls in CLASSES:
        for ev in (False, True):
            out.update(ordinary_chains(cls, ev, 2))
    out.discard("")
    return frozenset(out)


@lru_cache(maxsize=1)
def all_chains() -> tuple[frozenset[str], frozenset[str], int]:
    """(every ending of every table, every suffix of those, the longest length): lets the
    analyser stop peeling letters off a token as soon as no ending can end that way."""
    chains: set[str] = set()
    for cls in CLASSES:  # shorter stems' tables are subsets of tier 2's
        chains.update(possessed_chains(cls, 2))
        chains.update(bare_n_chains(cls))
        for ev in (False, True):
            chains.update(ordinary_chains(cls, ev, 2))
            chains.update(replacing_chains(cls, ev, 2))
    suffixes = {c[i:] for c in chains for i in range(len(c) + 1)}
    return frozenset(chains), frozenset(suffixes), max(len(c) for c in chains)
