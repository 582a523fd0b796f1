"""`az-ascii`: Azerbaijani typed without its letters (`Azerbaycan` for `Azərbaycan`, `Baki` for
`Bakı`), as happens on keyboards without an Azerbaijani layout.

Only words whose proper form is *shown* are reported: a glossary term word, or a word of the same
article written with its letters. A word typed with some of its letters but not all
(`Azerbaycanın`, `dunyasında`: a keyboard without ə, or a slip) is reported against a glossary
stem of five letters or more, its typed ending kept; a word of parts joined by a hyphen or an
apostrophe (`Baki-da`) is read part by part. That keeps the check honest without a dictionary
(none ships for Azerbaijani): `Azerbaycanin` is reported because `Azərbaycanın` or the term
`Azərbaycan` is there to compare with, never because it merely lacks an `ə`. Inflected forms of
glossary words are recognised by their stem; the suggested ending follows vowel harmony (a plain
`e` in an ending is `ə`; `i`/`u` take the harmony of the stem's last vowel).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from translate.checks import az_lexicon
from translate.checks._text import MAX_WORD, QUOTED, inside_kept_name, mask_non_prose, words
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment
from translate.morph.az import AzHeadMatcher
from translate.text.normalize import fold, strip_diacritics, upper
from translate.text.prose import SENTENCE_START

AZ_LETTERS = frozenset("əƏıIİşŞçÇğĞöÖüÜ")
_SPECIAL_LOWER = frozenset("əışçğöü")
_BACK = frozenset("aıou")
_ROUND = frozenset("oöuü")
_VOWELS = frozenset("aıoueəiöü")
_SEPARATOR = re.compile("['’ʼ\\-‐‑]")
#: the forms of «demək» (to say) written with ASCII letters only: news reports speech in every
#: block, and each form has a twin with ə that is another verb or a noun (`deyib` «dəyib» hit,
#: `demirdi` «dəmirdi» was iron), so the ASCII spelling is the verb, not a slip. Bare `demir`
#: ("does not say") is the verb only where its clause ends («…keçdiyini demir:», `_CLAUSE_END`):
#: elsewhere «dəmir yolu» typed in ASCII is the likelier reading
_SAYS = re.compile(r"de(?:yib|yir|yirdi|yirdim|mirdi|di|dim|dik|diyi|yil|yilir|yilib|yin|sin)")
_SAYS_NOT = re.compile(r"demir(?:lər)?")
#: what ends a clause after its verb: a stop, a colon, a semicolon, a comma, a dash, the end
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.:;,!?…—–)»”]|\Z)")


def skeleton(word: str) -> str:
    return strip_diacritics(fold(word, "az"))


def harmonise(stem: str, ending: str) -> str:
    """Restore the letters of an ASCII-typed ending after a properly spelled *stem*."""
    out = []
    last = next((c for c in reversed(stem) if c in _VOWELS), "a")
    for ch in ending:
        if ch == "e":
            ch = "ə"
        elif ch in "iı":
            if last in _ROUND:
                ch = "u" if last in _BACK else "ü"
            else:
                ch = "ı" if last in _BACK else "i"
        elif ch in "uü":
            ch = "u" if last in _BACK else "ü"
        elif ch == "o":
            ch = "o" if last in _BACK else "ö"
        if ch in _VOWELS:
            last = ch
        out.append(ch)
    return "".join(out)


def _abbreviation(word: str) -> bool:
    """An all-caps ASCII word, alone or before an ending (ICAO, ICAO-nun, NATO'ya, UNESCO-da):
    an abbreviation is spelled as its letters, so its I is a capital i, never a dotless ı."""
    head = _SEPARATOR.split(word, 1)[0]
    return len(head) > 1 and head.isupper() and head.isascii()


def _glossary_forms(ctx: CheckContext) -> dict[str, str]:
    cached = ctx.caches.get("az-ascii.glossary")
    if cached is None:
        cached = {}
        for concept in ctx.glossary or []:
            for term in concept.terms_for("az"):
                for _, _, w in words(term.text):
                    if _abbreviation(w):  # ICAO: its I is a capital i, not a dotless ı
                        continue
                    f = fold(w, "az")
                    if len(f) >= 4 and _SPECIAL_LOWER.intersection(f):
                        cached.setdefault(skeleton(w), f)
                    elif len(f) >= 5 and w[:1].isupper() and f.isalpha():
                        # a name without Azerbaijani letters (`Moskva`) is still a stem whose
                        # typed ending may lack them (`Moskvadaki` for «Moskvadakı»)
                        cached.setdefault(f, f)
        ctx.caches["az-ascii.glossary"] = cached
    return cached


def _longest_stem(ctx: CheckContext, gloss: dict[str, str]) -> int:
    """The longest glossary skeleton: no longer prefix of a word can be a glossary stem, so the
    stem search costs at most this many look-ups however long the word (a 1 MB "word" used to
    try every one of its prefixes: quadratic, minutes)."""
    longest = ctx.caches.get("az-ascii.longest")
    if longest is None:
        longest = ctx.caches["az-ascii.longest"] = max(map(len, gloss), default=0)
    return longest


def _recase(original: str, proper: str) -> str:
    if original.isupper() and len(original) > 1:
        return upper(proper, "az")
    if original[:1].isupper():
        return upper(proper[:1], "az") + proper[1:]
    return proper


@dataclass(frozen=True, slots=True)
class _WordInfo:
    """What this check needs to know about one word form (cached: word forms repeat)."""

    #: skeleton → proper form, when the word shows Azerbaijani letters (a "text form")
    shows: tuple[str, str] | None
    #: an ASCII-only word that might be Azerbaijani typed without its letters
    candidate: bool
    #: skeleton of the word (the look-up key for candidates)
    key: str
    #: the fix the glossary alone gives (recased), or None
    gloss_fix: str | None
    #: typed with some of its Azerbaijani letters but not all (`Azerbaycanın`), or in parts
    #: joined by a hyphen or an apostrophe (`Baki-da`): only the glossary's fix is shown
    partial: bool = False


def _info(word: str, ctx: CheckContext) -> _WordInfo:
    cache: dict[str, _WordInfo] = ctx.caches.setdefault("az-ascii.words", {})
    hit = cache.get(word)
    if hit is not None:
        return hit
    if len(cache) > 300_000:
        cache.clear()
    if len(word) > MAX_WORD:  # not a word: `long-token` reports it
        hit = cache[word] = _WordInfo(None, False, "", None)
        return hit
    f = fold(word, "az")
    shows = None
    candidate = False
    key = ""
    gloss_fix = None
    # an all-caps ASCII word is an abbreviation as often as a word in capitals (ICAO, NATO,
    # UNESCO): it is spelled as its letters, so its I is no dotless ı («ıcao») and it shows no
    # proper form; only the glossary may still say it lacks letters (SUSA for ŞUŞA)
    caps = _abbreviation(word)
    if _SEPARATOR.search(word):
        hit = cache[word] = _joined_info(word, ctx)
        return hit
    # an ASCII word shows no Azerbaijani letter: the ı of its fold is its capital I
    # (`Ismayilli` for `İsmayıllı`, held-out set 27), a candidate like any other
    if _SPECIAL_LOWER.intersection(f) and not caps and not word.isascii():
        proper = _glossary_proper(skeleton(word), ctx, PARTIAL_STEM, ending=f)
        if (
            proper is not None
            and proper != f
            and _lacks_letters(f, proper)
            and not spelling_slip(f, proper)
        ):
            # some letters typed, some not (`Azerbaycanın`: ı typed, ə not): a word that shows
            # Azerbaijani letters is no proper form of its own here
            hit = cache[word] = _WordInfo(None, True, "", _recase(word, proper), True)
            return hit
        if len(f) >= 5:
            shows = (skeleton(word), f)
    elif (
        (len(f) >= 4 or (len(f) == 3 and word.islower() and _lexicon_form(f) is not None))
        and word.replace("İ", "I").isascii()
        and word.isalpha()
    ):
        # a three-letter word only where the dictionary has one spelling for it and not it as
        # typed (`hec`: «heç»; held-out set 179)
        # a capital İ, typed where nothing else is (`İttifaqinda`: the ending lost its ı), shows
        # no letter of its own: its fold is the plain i of an ASCII word
        candidate = True
        key = skeleton(word)
        proper = _glossary_proper(key, ctx, 4)
        if proper is not None and proper != f:
            gloss_fix = _recase(word, proper)
    hit = cache[word] = _WordInfo(shows, candidate, key, gloss_fix)
    return hit


#: the shortest glossary stem a word typed with some of its Azerbaijani letters is read against:
#: a four-letter stem is one letter from real words typed in full (`bakirə` is not `Bakı` plus
#: an ending: its i, typed beside an ə, is meant); measured on the UniMorph and UD Azerbaijani
#: forms and the project's catalogues (`README`, *az-ascii*)
PARTIAL_STEM = 5


def _glossary_proper(
    key: str, ctx: CheckContext, shortest: int, ending: str | None = None
) -> str | None:
    """The glossary word whose skeleton is *key*, or the longest glossary stem of at least
    *shortest* letters that starts it, with the rest of *key* as an ending in vowel harmony;
    or, given the word as typed in *ending*, with that word's own ending: where a word shows
    Azerbaijani letters, its ending's i or ı is as meant (`Naxçıvanskinin`, a surname, is no
    `Naxçıvan` with a broken ending)."""
    gloss = _glossary_forms(ctx)
    proper = gloss.get(key)
    if proper is not None or len(key) <= shortest:
        return proper if proper is not None and len(key) >= shortest else None
    for cut in range(min(len(key) - 1, _longest_stem(ctx, gloss)), shortest - 1, -1):
        stem = gloss.get(key[:cut])
        if stem is not None:
            proper = stem + (harmonise(stem, key[cut:]) if ending is None else ending[cut:])
            # the rest must be an ending the stem takes: `aktiv` is no «Aktı» + `v` (held-out
            # set 122), though `Bakida` is «Bakı» + `da`
            return proper if _takes_ending(stem, proper) else None
    return None


@lru_cache(maxsize=8192)
def _takes_ending(stem: str, proper: str) -> bool:
    """Whether *proper* is *stem* with an ending of the Azerbaijani grammar."""
    matcher = AzHeadMatcher()
    matcher.add(stem, 0)
    return bool(matcher.lookup(proper))


def _name_stem(key: str, names: dict[str, dict[str, str]]) -> str | None:
    """The form of *key* (an ASCII word's skeleton) made from a name the article writes with
    its letters: the two share five letters or more, and what follows is an ending (up to
    three letters after the name as written, up to five in *key*, put in harmony):
    `gencede` from «Gəncə» or «Gəncəyə»."""
    best = None
    for skel, proper in names.get(key[:5], {}).items():
        n = 0
        for a, b in zip(key, skel, strict=False):
            if a != b:
                break
            n += 1
        if n >= 5 and len(skel) - n <= 3 and len(key) - n <= 5 and n < len(key):
            if best is None or n > best[0]:
                best = (n, proper[:n] + harmonise(proper[:n], key[n:]))
    return best[1] if best is not None else None


#: letters written for their Azerbaijani twin as a spelling slip, not for want of a keyboard:
#: the dotted i for the dotless ı (`Naxçivan`), c for ç (`Naxcıvan`), g for ğ (`işgal`)
_SLIP_TWINS = frozenset({("i", "ı"), ("c", "ç"), ("g", "ğ")})


def spelling_slip(typed: str, proper: str) -> bool:
    """Whether *typed* (folded), a word that shows other Azerbaijani letters, misses *proper*
    by one letter only, an i for a ı, a c for a ç or a g for a ğ: a misspelling of the word
    (`term-misspelled`), as the blind writers of 18 held-out entries marked it against one,
    not a word typed without its letters, whose ə and ü a keyboard lacks (`Azerbaycanın`,
    `Turkiyə`: 24 entries against 5)."""
    if len(typed) != len(proper) or not _SPECIAL_LOWER.intersection(typed):
        return False
    diff = [(a, b) for a, b in zip(typed, proper, strict=True) if a != b]
    return len(diff) == 1 and diff[0] in _SLIP_TWINS


def _lacks_letters(typed: str, proper: str) -> bool:
    """Whether *typed* differs from *proper* only by ASCII twins of its Azerbaijani letters
    (never a special letter where *proper* has another one)."""
    return len(typed) == len(proper) and all(
        a == b or (a not in _SPECIAL_LOWER and a == skeleton(b))
        for a, b in zip(typed, proper, strict=True)
    )


def _joined_info(word: str, ctx: CheckContext) -> _WordInfo:
    """A word of parts joined by a hyphen or an apostrophe (`Baki-da`, `Qarabag-Zengezur`):
    each part is read as a word of its own; the word is a candidate when a part has a
    glossary fix, and the fix keeps the joins as typed."""
    parts = _SEPARATOR.split(word)
    if len(parts) < 2 or _abbreviation(word):
        return _WordInfo(None, False, "", None)
    out, at, changed = [], 0, False
    for part in parts:
        info = _info(part, ctx) if part else None
        fix = info.gloss_fix if info is not None and info.candidate else None
        out.append(fix if fix is not None else part)
        changed = changed or fix is not None
        at += len(part)
        if at < len(word):
            out.append(word[at])
            at += 1
    if not changed:
        return _WordInfo(None, False, "", None)
    return _WordInfo(None, True, "", "".join(out), True)


def ascii_fix(word: str, ctx: CheckContext) -> str | None:
    """The glossary's properly spelled form of an ASCII-typed *word*, or None."""
    return _info(word, ctx).gloss_fix


def ascii_repaired(text: str, ctx: CheckContext) -> str:
    """*text* with every ASCII-typed glossary word restored (for term matching)."""
    out = []
    last = 0
    for start, end, w in words(text):
        fixed = _info(w, ctx).gloss_fix
        if fixed is not None:
            out.append(text[last:start] + fixed)
            last = end
    return "".join(out) + text[last:] if out else text


def _split(w: str, ctx: CheckContext) -> list[tuple[int, str]] | None:
    """The parts (offset, part) of a word joined by a hyphen or an apostrophe that the glossary
    cannot repair as a whole (`Samaxi-Bakı`, «Şamaxı-Bakı»): each part is then a word of its
    own, to be compared with the article's spellings; None for any other word."""
    if not _SEPARATOR.search(w) or _abbreviation(w):
        return None
    info = _info(w, ctx)
    if info.shows is not None or info.candidate:
        return None
    out, at = [], 0
    for part in _SEPARATOR.split(w):
        if part:
            out.append((at, part))
        at += len(part) + 1
    return out


def _with_parts(ws: list[str], rest: set[str], ctx: CheckContext) -> list[str]:
    out = [w for w in ws if w in rest]
    if not any(_SEPARATOR.search(w) for w in out):
        return out  # no joined word (nearly every text): nothing to split
    split: list[str] = []
    for w in out:
        parts = _split(w, ctx)
        split.extend([w] if parts is None else [p for _, p in parts])
    return split


def _parts_at(ws: list[tuple[int, int, str]], ctx: CheckContext) -> Iterator[tuple[int, int, str]]:
    for start, end, w in ws:
        parts = _split(w, ctx)
        if parts is None:
            yield start, end, w
        else:
            yield from ((start + at, start + at + len(p), p) for at, p in parts)


def _quoted_from_source(seg: Segment, start: int, word: str) -> bool:
    """Whether *word*, at *start* of the translation, stands inside quotes and the source has
    it as a word: a brand or a title kept as written («Azeri Light» for "Azeri Light"), where
    a place typed in ASCII (`Fuzuli`, which English spells so too) stands in no quotes."""
    if not any(q.start() < start < q.end() for q in QUOTED.finditer(seg.target)):
        return False
    pattern = rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])"
    return re.search(pattern, seg.source or "") is not None


#: an Azerbaijani letter (the capital I aside: English has it)
_ANY_AZ_LETTER = re.compile("[əƏıİşŞçÇğĞöÖüÜ]")
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: the ending of a word typed without its ə: a suffix Azerbaijani writes with ə after a front
#: vowel (`marketlerinde`, `zerbeni`, `meruzelerine`, `yerlesir`), or one with i after a back
#: vowel, where Azerbaijani writes ı (`binasinda`, `limaninin`)
_TYPED_ENDING = re.compile(
    r"(?:ler|lerin|leri|lere|lerde|lerden|lerle|lerine|lerinde|lerinden|de|den|nde|nden|ye|ne|"
    r"le|eni|enin|esi|esini|esinin|esine|esinde|mek|mekde|ecek|ecekdir|erek|eyib|eyir|ilen|"
    r"ulen|lesdir\w*|lesme\w*|lesir|lesib|m[iu]s)$"
    r"|[aou][^\Waeiouıəöü\d_]+(?:inda|indan|inin|ini|ina|isi|sini|sinda|sindan|sinin)$"
)
#: frequent words whose only spelling has Azerbaijani letters (və, ilə, görə, üzrə, üçün, …)
_TYPED_WORDS = frozenset("ve ile gore uzre ucun cox her bele ise qeder elave".split())
_EN_FUNCTION = frozenset("the of and to is are was were with for that this on by from will".split())


def typed_block(text: str) -> str | None:
    """Whether a whole block is Azerbaijani typed on a keyboard without its letters: five words
    or more, not one Azerbaijani letter among them, and words whose endings or whose very
    spelling only such typing makes (`marketlerinde`, `binasinda`, `ve`). Azerbaijani prose
    without one of ə ı ş ç ğ ö ü is rare and has none of these («Minimum pensiya 320
    manatdan 340 manata qalxacaq.»); English is `untranslated`'s, and its function words
    keep it out here. No dictionary ships, so no fix is offered."""
    if _ANY_AZ_LETTER.search(text) is not None:
        return None
    ws = _LETTERS.findall(mask_non_prose(text))
    if len(ws) < 5:
        return None
    # lower-case words, and the first (a sentence's capital says nothing of a name)
    lower = [w for i, w in enumerate(ws) if w[:1].islower() or (i == 0 and w[1:].islower())]
    if sum(1 for w in lower if w in _EN_FUNCTION) * 5 >= len(ws):
        return None
    typed = (w for w in lower if w in _TYPED_WORDS or (len(w) > 4 and _TYPED_ENDING.search(w)))
    return next(typed, None)


#: what ends a run of typed words: a sentence's or a clause's mark, a quotation's, a bracket
_RUN_BREAK = re.compile(r"[.!?;:()«»\"“”„]")


def typed_run(text: str) -> tuple[int, int, list[str]] | None:
    """(start, end, words) of a run of Azerbaijani typed without its letters inside a block that
    has them elsewhere: the second half of a sentence typed on another keyboard («Agentlik 20
    avtobus əlavə etdikdən sonra Koroglu avtobus qovsaginda novbeler azalib», held-out sets 150,
    151). Three words or more in a row with no Azerbaijani letter, two of them with an ending
    or a spelling only such typing makes (`typed_block`'s signs), no English function word
    and no Turkish present in -yor among them. One such word alone is no evidence: without a
    dictionary, `sakini`, `deyib` and `polisi` are words."""
    masked = QUOTED.sub(lambda m: " " * len(m.group()), mask_non_prose(text))
    run: list[re.Match[str]] = []
    for m in (*_WORD_AT.finditer(masked), None):
        if (
            m is not None
            and _ANY_AZ_LETTER.search(m.group()) is None
            and not (run and _RUN_BREAK.search(masked, run[-1].end(), m.start()))
        ):
            run.append(m)
            continue
        if len(run) >= 3:
            ws = [r.group() for r in run]
            signs = [
                r
                for r in run
                if r.group()[:1].islower()
                and _SAYS.fullmatch(r.group()) is None  # «deyib»: the verb «demək»
                and (
                    r.group() in _TYPED_WORDS
                    or (len(r.group()) > 4 and _TYPED_ENDING.search(r.group()) is not None)
                )
            ]
            if len(signs) >= 2 and not any(w.lower() in _EN_FUNCTION or "yor" in w for w in ws):
                return signs[0].start(), signs[-1].end(), [r.group() for r in signs]
        run = [m] if m is not None and _ANY_AZ_LETTER.search(m.group()) is None else []
    return None


#: a colon before a capital: what follows it may open a sentence of its own («… hesablayır:
#: Kend Teserrufati Nazirliyi …», held-out set 159)
_AFTER_COLON = re.compile(r":\s[\s«“„\"'(]*\Z")


def _opens_sentence(text: str, start: int) -> bool:
    return (
        SENTENCE_START.search(text, 0, start) is not None
        or _AFTER_COLON.search(text, 0, start) is not None
    )


def _lexicon_candidate(seg: Segment, start: int, end: int, word: str) -> bool:
    """Whether a word may be read against the dictionary: not an abbreviation, not a part of a
    joined word (`agdam-sdk`), not a word the source has as it stands (a loanword or a name
    the source spells so: "parity is not a dogma")."""
    text = seg.target
    if word.isupper() or (start and text[start - 1] in "-‐‑'’/_") or text[end : end + 1] in "-‐‑":
        return False
    source = (seg.source or "").casefold()
    return not (source and re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", source))


def _lexicon_fix(word: str, initial: bool) -> str | None:
    """The dictionary's spelling of an ASCII *word* it does not have as typed (`olke` →
    «ölkə», `sirketinden` → «şirkətindən»), recased; or, where the list lacks the form, a
    dictionary stem of six letters or more with the typed ending in harmony, an ending the
    grammar gives it (`qiymetlerinde` → «qiymətlərində» from «qiymət»). None where the word
    is a dictionary word, or one with a short ending of its own (`uzunu`, `donur`: the list
    holds few of a word's forms), or where the list has more than one spelling for it
    (`seher`: «səhər» or «şəhər»; the finding could not say which)."""
    f = fold(word, "az")
    proper = _lexicon_form(f)
    if proper is None:
        return None
    if f not in _TYPED_WORDS and any(
        az_lexicon.known(f[:cut]) for cut in range(max(3, len(f) - 2), len(f))
    ):
        return None
    if word[:1].isupper() and not initial and not az_lexicon.is_name(proper):
        return None  # a capital inside a sentence: a name (`Kuru`, the spaceport; no «kürü»)
    return _recase(word, proper)


@lru_cache(maxsize=65536)
def _lexicon_form(f: str) -> str | None:
    if az_lexicon.known(f):  # a word of the list as typed (`Almaniya`): no stem of it is asked
        return None  # about (`almanı` + `ya`, held-out set 170)
    found = az_lexicon.spellings(f)
    if found:
        return found[0] if len(found) == 1 and _lacks_letters(f, found[0]) else None
    for cut in range(len(f) - 1, LEXICON_STEM - 1, -1):
        stems = az_lexicon.spellings(f[:cut])
        if not stems:
            continue
        if _LOAN_IYA.search(f, max(0, cut - 2)):
            return None  # a loanword's -iya (`diplomatiya`), no ending of `diplomat` or `diplomatı`
        if len(stems) > 1 or not _lacks_letters(f[:cut], stems[0]):
            return None
        proper = stems[0] + harmonise(stems[0], f[cut:])
        return proper if _takes_ending(stems[0], proper) else None
    return None


#: a loanword's -iya/-iyə (diplomatiya, strategiya): no ending the grammar puts after a stem
_LOAN_IYA = re.compile(r"iy[aə]")

#: the shortest dictionary stem an ASCII word is read against with an ending of its own: four
#: letters reach real words typed in full (`kend` «kənd» + `i` is no slip of `kendi`)
LEXICON_STEM = 6


def _reads_as_az(seg: Segment, source_lang: str) -> bool:
    """Whether the block reads as Azerbaijani (not English or Turkish left in it), before a word
    of it is reported on the dictionary's word alone."""
    from translate.checks.language import not_in_language, sentence_left_in_source

    if not_in_language(seg.target, "az", source_lang, seg.source) is not None:
        return False
    return sentence_left_in_source(seg.target, "az", source_lang, seg.source) is None


def _says(word: str, text: str, end: int) -> bool:
    """Whether *word*, ending at `text[end]`, is a form of «demək» (to say) that has no
    Azerbaijani letter."""
    lower = word.lower()
    if _SAYS.fullmatch(lower) is not None:
        return True
    return _SAYS_NOT.fullmatch(lower) is not None and _CLAUSE_END.match(text, end) is not None


def _in_handle(text: str, start: int, end: int) -> bool:
    """Whether the word is part of a handle, a hashtag or an identifier (`@azersu_official`,
    `#qarabag`): a name typed as the platform takes it, no Azerbaijani word."""
    return (start > 0 and text[start - 1] in "@#_") or text[end : end + 1] == "_"


#: a word with a q or an x and another Azerbaijani letter: no Turkish or German word has both
_AZ_NOT_TURKISH = re.compile(r"\b(?=\w*[qxQX])(?=\w*[ıöüşçğİÖÜŞÇĞ])\w+")


def _source_spellings(source: str | None) -> dict[str, str]:
    """The source's words with Azerbaijani letters, by skeleton (a title or a name the English
    source quotes as written: "Ağ Günlər"), where the source has any Azerbaijani word at all:
    a ə, or a q or x beside another Azerbaijani letter ("Böyük Qayıdış", held-out set 171).
    Turkish and German names share ı, ü, ö, ş, ç, but Turkish writes no ə, q or x."""
    if not source or ("ə" not in source.lower() and _AZ_NOT_TURKISH.search(source) is None):
        return {}
    out: dict[str, str] = {}
    for _, _, w in words(mask_non_prose(source)):
        if _ANY_AZ_LETTER.search(w) is not None:
            out.setdefault(skeleton(w), w)
    return out


def _kept_without_letters(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A Russian translation that keeps an Azerbaijani title or name in Latin, as the source
    writes it, but without its letters («Ag Gunler» for "Ağ Günlər"; held-out set 162): the
    source shows the spelling."""
    shown = _source_spellings(seg.source)
    if not shown:
        return
    slips = [
        (start, end, w, _recase(w, fold(shown[key], "az")))
        for start, end, w in words(mask_non_prose(seg.target))
        if w.isascii()
        and (key := skeleton(w)) in shown
        and _lacks_letters(fold(w, "az"), fold(shown[key], "az"))
        and fold(w, "az") != fold(shown[key], "az")
    ]
    if slips:
        yield _finding(seg, ctx, slips)


def check_az_ascii(segments: list[Segment], ctx: CheckContext) -> Iterator[Finding]:
    for seg in segments:
        if seg.lang == "ru" and seg.translated and not seg.fuzzy and seg.source:
            yield from _kept_without_letters(seg, ctx)
    az = [s for s in segments if s.lang == "az" and s.translated and not s.fuzzy]
    if not az:
        return
    text_forms: dict[str, str] = {}
    candidates: list[tuple[Segment, list[_WordInfo]]] = []
    typed: Counter[str] = Counter()  # ASCII candidates by skeleton, every occurrence
    #: the text forms written with a capital (names, mostly), by their first five letters
    names: dict[str, dict[str, str]] = {}
    # words that neither show Azerbaijani letters nor could lack them (most words of a text):
    # one set difference per message drops them instead of a look-up per word
    neutral: set[str] = ctx.caches.setdefault("az-ascii.neutral", set())
    if len(neutral) > 300_000:
        neutral.clear()
    for seg in az:
        ws = ctx.text_words(mask_non_prose(seg.target))  # a URL's words are no az words
        if neutral.issuperset(ws):
            continue
        rest = set(ws) - neutral
        found = []
        for w in _with_parts(ws, rest, ctx):
            info = _info(w, ctx)
            if info.shows is None and not info.candidate:
                neutral.add(w)
                continue
            if info.shows is not None:
                text_forms.setdefault(*info.shows)
                if w[:1].isupper() and not w.isupper() and len(info.shows[0]) >= 5:
                    names.setdefault(info.shows[0][:5], {}).setdefault(*info.shows)
            elif info.candidate:
                found.append(info)
                typed[info.key] += 1
        if found:
            candidates.append((seg, found))
    # a whole block typed without the letters is one finding over the block (below), whatever
    # spellings of its words the article shows
    typed_blocks = {
        id(seg): typed_word for seg in az if (typed_word := typed_block(seg.target)) is not None
    }
    flagged: set[int] = set()  # blocks with a finding of their words: one finding a block
    for seg, infos in candidates:
        if id(seg) in typed_blocks:
            continue
        if not any(
            i.gloss_fix is not None
            or i.key in text_forms
            or (names and _name_stem(i.key, names))
            or az_lexicon.has_skeleton(i.key)
            # a form the list lacks, read against a stem it has (`kendleri`: «kənd»; set 180)
            or _lexicon_form(i.key) is not None
            for i in infos
        ):
            continue  # ASCII words, but none with a proper form in sight
        slips: list[tuple[int, int, str, str]] = []
        source = seg.source or seg.source_document or ""
        for start, end, w in _parts_at(words(mask_non_prose(seg.target)), ctx):
            info = _info(w, ctx)
            if (
                not info.candidate
                or _in_handle(seg.target, start, end)
                or _says(w, seg.target, end)
            ):
                continue
            proper = None if w.isupper() or info.partial else text_forms.get(info.key)
            if proper is not None and typed[info.key] > 1:
                # written so again and again, it is a word of its own, not a slip: «qalib»
                # (winner) beside «qalıb» (stayed), «deyib» beside «dəyib»
                proper = None
            if proper is None and names and w[:1].isupper() and not w.isupper():
                # a name the article writes with its letters, here with another ending
                # (`Gencede` beside «Gəncə», «Gəncəyə»)
                proper = _name_stem(info.key, names)
            fixed = _recase(w, proper) if proper is not None else info.gloss_fix
            from_lexicon = False
            if fixed is None and not info.partial:
                fixed = _lexicon_fix(w, _opens_sentence(seg.target, start))
                from_lexicon = fixed is not None
                if from_lexicon and not _lexicon_candidate(seg, start, end, w):
                    continue
            if fixed is None or fixed == w:
                continue
            if from_lexicon and not _reads_as_az(seg, ctx.config.source_language):
                continue  # an English or a Turkish block: `untranslated`'s
            if proper is not None and seg.source and _quoted_from_source(seg, start, w):
                continue  # a name in quotes as the source writes it («Azeri Light»)
            if w[:1].isupper() and source and inside_kept_name(seg.target, start, end, source):
                continue  # a name as the source spells it (`Mehmet Emin Resulzade`)
            slips.append((start, end, w, fixed))
        if slips:
            flagged.add(id(seg))
            yield _finding(seg, ctx, slips)
    # a typed run has two signs: a candidate word (five letters or more) or a frequent word
    runs_in = {id(seg) for seg, _ in candidates}
    for seg in az:
        if id(seg) in typed_blocks or id(seg) in flagged:
            continue
        if id(seg) not in runs_in and _TYPED_WORDS.isdisjoint(ctx.text_words(seg.target)):
            continue
        if (run := typed_run(seg.target)) is not None:
            start, end, signs = run
            yield ctx.finding(
                seg,
                "az-ascii",
                f"{', '.join(f'“{w}”' for w in signs)} and the words around them are written "
                "without Azerbaijani letters (ə ı ş ç ğ ö ü)",
                start,
                end,
            )
    for seg in az:
        if (word := typed_blocks.get(id(seg))) is not None:
            text = seg.target.rstrip()
            yield ctx.finding(
                seg,
                "az-ascii",
                "the block is written without Azerbaijani letters (none of ə ı ş ç ğ ö ü), "
                f"though words such as “{word}” need them",
                len(text) - len(text.lstrip()),
                len(text),
            )


def _finding(seg: Segment, ctx: CheckContext, slips: list[tuple[int, int, str, str]]) -> Finding:
    """One finding for a block's words typed without their letters: one slip of the keyboard,
    fixed at once (the suggestion repairs every word from the first to the last)."""
    start, end = slips[0][0], slips[-1][1]
    if len(slips) == 1:
        w, fixed = slips[0][2], slips[0][3]
        what = f"“{w}” is written without {'' if w.isascii() else 'some of its '}"
        return ctx.finding(
            seg,
            "az-ascii",
            f"{what}Azerbaijani letters: “{fixed}”",
            start,
            end,
            suggestion=fixed,
        )
    suggestion = seg.target[start:end]
    for a, b, _, fixed in reversed(slips):
        suggestion = suggestion[: a - start] + fixed + suggestion[b - start :]
    typed = ", ".join(f"“{w}”" for _, _, w, _ in slips)
    fixes = ", ".join(f"“{f}”" for *_, f in slips)
    return ctx.finding(
        seg,
        "az-ascii",
        f"{typed} are written without Azerbaijani letters: {fixes}",
        start,
        end,
        suggestion=suggestion,
    )
