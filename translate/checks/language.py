"""Which language a translated block is written in, for `untranslated`: a block left in the
source language, or in neither of the target's scripts, is not a translation, whatever terms it
holds.

Script evidence decides first and alone where it can: Russian is written in Cyrillic, so a ru block
whose ordinary words are Latin is not Russian; Azerbaijani is written in Latin, so an az block
whose ordinary words are Cyrillic is not Azerbaijani (old-orthography Cyrillic az is
`wrong-script`'s business and keeps its Azerbaijani letters ә, ҹ, ҝ, ғ, ү, ө, һ). Azerbaijani and
English share the Latin script; an az block with the letters Turkish lacks (ə, q, x) in its words
is Azerbaijani, and one with only the letters both have (ı ş ç ğ ö ü) is told from Turkish by the
language identifier below. Only the rest, a Latin az block without any of them, needs to be told
from English: English function words (`the`, `of`, `and`: a fifth of any English sentence, none of
them an Azerbaijani word typed in ASCII) decide the clear cases, and the offline language
identifier py3langid (restricted to az, en, ru, tr; 1.000 accuracy and 0.2 ms per block on the
evaluation blocks, where lingua took 13× longer for 0.996: `tests/bench/bench_langid.py`) the rest.
Its model takes about 2.5 s to load, so it is loaded only when a block needs it. An az block typed
without its letters (`az-ascii`'s finding) reads as az or tr, not English.

What may stay in English does not count: link targets, URLs, code and HTML (`inline_prose`),
quotations (text between quotes), and names, i.e. capitalised words: only ordinary words are
weighed (lower-case ones, the first word of a sentence, the lower-case parts of a hyphenated word
such as `SMS-предупреждения`), and a block needs at least `MIN_WORDS` of them to be judged,
unless every word of its prose is in the other script and one is ordinary: a short block wholly
in Russian in an az draft, or wholly in Latin in a ru one, is untranslated however short. A
Russian block with at least two Cyrillic words (the first word of a sentence counts, though
capitalised) and no more than twice as many Latin ones is a Russian sentence around a command or a
brand name.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from translate.checks._text import (
    CYRILLIC,
    LATIN,
    LATIN_PHRASE,
    QUOTED,
    in_code_chunk,
    mask_non_prose,
)
from translate.text.prose import SENTENCE_START

#: fewer lower-case words than this: a caption, a name, a title; too little to judge
MIN_WORDS = 3
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*")
_AZ_LETTERS = regex.compile(r"[əğışçöüƏĞİŞÇÖÜ]")
_AZ_CYRILLIC = regex.compile(r"[әҹҝғүөһӘҸҜҒҮӨҺ]")
_ANY_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: letters of Azerbaijani that Turkish, which shares the others, does not have
_AZ_ONLY = re.compile(r"[əƏqQxX]")
_SCHWA = re.compile(r"[əƏ]")
#: Turkish spellings Azerbaijani does not have: k after a back vowel (açık; az açıq), the
#: present in -yor, and a front-harmony suffix with e where az writes ə: the plural -ler
#: (ziyaretçiler, biletleri; az ziyarətçilər), the abilitative -ebil-/-abilir (az -a bilər), and
#: the past and the copula in t after a voiceless consonant, where az keeps d (yaptı, geçti,
#: yayınlamıştı, açılmıştır; az etdi, keçdi, vermişdi, -mışdır). Not after k or s: az loanwords
#: end in -kt and -st (effekti, jurnalisti). The future in -ecek/-acak (az -əcək/-acaq), and a
#: final e after a consonant, where az ends a word in ə (göre, şebeke, faaliyete, -lere; az görə,
#: şəbəkə, fəaliyyətə, -lərə): a few loanwords end so (kafe), which is why these only open the
#: gate to the language identifier, which decides
_TR_SPELLING = re.compile(
    r"[aıou]k|yor|ler(?:$|[iıe])|[ae]bil(?:ir|ecek)|[çfhpşt]t[ıiuü](?:r|m|n|k|nız|niz)?$"
    r"|[ae]c[ae]k$|(?<=\w\w)[^aeıioöuü\W]e$"
)
_HYPHEN = re.compile(r"[\-‐‑]")
_DIGIT = re.compile(r"\d")
_QUOTE_MARKS = re.compile(r"[«»“”„\"‘’]")
_NAMES = {"en": "English", "ru": "Russian", "az": "Azerbaijani", "tr": "Turkish"}


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(["az", "en", "ru", "tr"])
    return ident


def _frame_words(text: str) -> int:
    """Cyrillic words of the prose outside quotations, capitalised ones included."""
    prose = QUOTED.sub(lambda m: " " * len(m.group()), mask_non_prose(text))
    prose = LATIN_PHRASE.sub(lambda m: " " * len(m.group()), prose)  # `uti possidetis`: quoted
    return sum(1 for w in _WORD.findall(prose) if CYRILLIC.search(w))


#: a token of letters and digits together (a checksum, a flight number, `x86`): no word of any
#: language, whatever its letters' script
_ALNUM = regex.compile(r"(?<![\p{L}\d])(?=[\p{L}]*\d)(?=\d*\p{L})[\p{L}\d]+(?![\p{L}\d])")


def _prose(text: str) -> str:
    prose = QUOTED.sub(lambda m: " " * len(m.group()), mask_non_prose(text))
    prose = LATIN_PHRASE.sub(lambda m: " " * len(m.group()), prose)  # `uti possidetis`: quoted
    return _ALNUM.sub(lambda m: " " * len(m.group()), prose) if _DIGIT.search(prose) else prose


def _ordinary_words(text: str) -> list[str]:
    """The words that are no name: lower-case ones, the first word of a sentence when the rest of
    it is lower case (a sentence starts with a capital whatever its first word is), and the
    lower-case parts of a hyphenated word (`SMS-предупреждения`, `ABŞ-dan`: the abbreviation is a
    name, the rest is the language)."""
    out: list[str] = []
    prose = _prose(text)
    for m in _WORD.finditer(prose):
        w = m.group()
        if "." in prose[m.end() : m.end() + 1] and in_code_chunk(prose, m.start(), m.end()):
            continue  # a file name its code marks lost (`update.php`): no word of a language
        parts = _HYPHEN.split(w)
        if len(parts) > 1:
            out.extend(p for p in parts if p[:1].islower())
        elif w[:1].islower() or (
            len(w) > 1 and w[1:].islower() and SENTENCE_START.search(text, 0, m.start())
        ):
            out.append(w)
    return out


def _whole_block_in(text: str, script: regex.Pattern[str]) -> bool:
    """Every word of the prose (quotations, code and URLs aside) is in *script*, and one at least
    is an ordinary word: a block in the other language however short, not a name."""
    ws = _WORD.findall(_prose(text))
    if len(ws) < 2 or not all(script.search(w) for w in ws):
        return False
    return any(p.islower() for w in ws for p in _HYPHEN.split(w))


def not_in_language(
    text: str, lang: str, source_lang: str = "en", source: str | None = None
) -> str | None:
    """Why *text* is not a translation into *lang* (None when it is, or cannot be told): the
    language or script it is in instead. A quotation may stay in the original, but not when
    the block is its *source* as it stands, words around the quotation and all («"Slopes are
    unstable," geologist Rauf Hasanov said.»): then the quotation's words count too."""
    if lang not in ("az", "ru"):
        return None
    if (
        source is not None
        and text.strip() == source.strip()
        and any(LATIN.search(w) for w in _ordinary_words(text))
    ):
        text = _QUOTE_MARKS.sub(" ", text)
    # the common case, decided in C: a Russian text without a Latin letter, an Azerbaijani one
    # without Cyrillic and with Azerbaijani letters in plenty
    if lang == "ru":
        if _ANY_LATIN.search(text) is None:
            return None
        if len(_ANY_CYRILLIC.findall(text)) >= 2 * len(_ANY_LATIN.findall(text)):
            return None  # Russian with a few names or a short quotation in Latin
    elif _ANY_CYRILLIC.search(text) is None and len(_SCHWA.findall(text)) * 4 > text.count(" "):
        return None  # ə in plenty (English has q and x too: "next", "expected")
    if _whole_block_in(text, CYRILLIC if lang == "az" else LATIN):
        if lang == "az":
            if _AZ_CYRILLIC.search(text) is None:  # old-alphabet az: wrong-script's
                return "the Cyrillic script (Russian?), not Azerbaijani"
        elif source_lang == "en" and _english_share([w.lower() for w in _WORD.findall(text)]):
            return "English, the source language"
        else:
            return "the Latin script, not Russian"
    ws = _ordinary_words(text)
    if len(ws) < MIN_WORDS:
        return None
    latin = sum(1 for w in ws if LATIN.search(w))
    cyrillic = sum(1 for w in ws if CYRILLIC.search(w))
    if lang == "ru":
        if latin <= cyrillic:
            return None
        # a Russian sentence around Latin words (a command, a brand): its Cyrillic words,
        # capitalised or not (the first word of a sentence is no name), make the frame
        frame = _frame_words(text)
        if frame >= 2 and 2 * frame >= latin:
            return None
        if frame == 1 and latin <= 2:
            return None  # «Dividend yield достиг 5,1 %.»: a Russian verb, English words left
        if source_lang == "en" and _english_share(ws) >= 0.2:
            return "English, the source language"
        return "the Latin script, not Russian"
    if cyrillic > latin:
        if any(_AZ_CYRILLIC.search(w) for w in ws):
            return None  # Azerbaijani in its old Cyrillic alphabet: wrong-script says so
        return "the Cyrillic script (Russian?), not Azerbaijani"
    if sum(1 for w in ws if _AZ_ONLY.search(w)) * 4 >= len(ws) and not (
        # English has x and q too ("The next round is expected"): without an ə, a block
        # whose words are a third English function words is English
        source_lang == "en" and not any(_SCHWA.search(w) for w in ws) and _english_share(ws) >= 0.3
    ):
        return None
    turkic = sum(1 for w in ws if _AZ_LETTERS.search(w)) * 4 >= len(ws)
    tr_spelt = sum(1 for w in ws if _TR_SPELLING.search(w))
    # Turkish has no ə, q or x: an ordinary word with one («vaxtı») says the block is not
    # Turkish, whatever its other spellings («Leklerin sıralamadakı … vaxtı», held-out set 130)
    az_only = any(_AZ_ONLY.search(w) for w in ws)
    if not az_only and (
        (turkic and tr_spelt) or (tr_spelt >= 2 and any(_AZ_LETTERS.search(w) for w in ws))
    ):
        # ğ ı ş ç ö ü are Turkish letters too; without ə, q or x, and with a Turkish spelling
        # (`_TR_SPELLING`), ask which of the two it is. Two Turkish spellings are enough even
        # where few words have those letters (Ziyaretçiler filmleri … izleyebilir: 2 of 9), in
        # a block with no ə, q or x at all (Azerbaijani typed in ASCII keeps q and x: `xetti`,
        # `Baki`) but with one of Turkish's own letters: a block typed in ASCII has none, and
        # writes ə as e, so it may look Turkish (`isleyecek`). The gate keeps the model
        # unloaded on Azerbaijani text
        got, prob = _identifier().classify(" ".join(ws))
        if got == "tr" and prob >= 0.9:
            return "Turkish, not Azerbaijani"
    if turkic:
        return None
    if source_lang == "en":
        share = _english_share(ws, az=True)
        if share == 0 and not (source is not None and text.strip() == source.strip()):
            # not one English function word: Azerbaijani typed without its letters, unless the
            # block is its source as it stands («Doors open one hour before each concert.»),
            # which the identifier below tells
            return None
        if share >= 0.2 and len(ws) >= 5:
            return "English, the source language"
    got, prob = _identifier().classify(" ".join(ws))
    if got == source_lang and prob >= 0.9:
        return f"{_NAMES.get(got, got)}, the source language"
    return None


#: English function words: a fifth of the ordinary words of any English sentence, and none of
#: them an Azerbaijani word typed in ASCII (`ve` and `bu` are; `the`, `of`, `and` are not)
_EN_FUNCTION = frozenset(
    "the of and to is are was were be been has have had with for that this these those on by "
    "from will would it its as at an in not but or which who their they he she we".split()
)


#: English function words that are also Azerbaijani words typed without its letters: `is`
#: («iş», work), `on` (ten), `at` (horse), `an` (moment), `it` (dog), `in` (den)
_EN_FUNCTION_AZ = frozenset("is on at an it in".split())


def _english_share(words: list[str], *, az: bool = False) -> float:
    """The share of English function words among *words*. In an Azerbaijani block (*az*), the
    words that are also Azerbaijani typed in ASCII count only beside another function word: «2-ci
    modul: aciq melumatlarla is» is Azerbaijani typed, its `is` the word «iş»; "It is on sale"
    is English."""
    # a sentence's first word counts as written ("The", "It"): the set holds lower case
    found = [w for w in (w.lower() for w in words) if w in _EN_FUNCTION]
    if az and len(found) == 1 and found[0] in _EN_FUNCTION_AZ:
        return 0.0
    return len(found) / len(words)


#: a sentence of a block: up to its stop, or to the block's end
_SENTENCE_RUN = regex.compile(r"[^\s.!?…][^.!?…\n]*[.!?…]*")


def sentence_left_in_source(
    text: str, lang: str, source_lang: str, source: str | None
) -> tuple[int, int] | None:
    """(start, end) of a sentence the translation copied from its English source into a
    translated block («Nar şəbəkəsinin hazır olduğunu bildirib. The launch date is not yet
    known.»): four words or more, no letter of the target's own, at least one English function
    word, and the source has the sentence as it stands. A quotation does not count (quoted on
    purpose). Two blind writers of two took such a sentence for `untranslated` (held-out set
    142); a block wholly in English is `not_in_language`'s."""
    if not source or lang not in ("az", "ru") or source_lang != "en":
        return None
    if _ANY_LATIN.search(text) is None:
        return None
    quoted = [m.span() for m in QUOTED.finditer(text)]
    for m in _SENTENCE_RUN.finditer(text):
        sentence = m.group().rstrip()
        if CYRILLIC.search(sentence) or _AZ_LETTERS.search(sentence):
            continue
        ws = _WORD.findall(sentence)
        if len(ws) < 4 or sentence.rstrip(".!?…") not in source:
            continue
        if any(a <= m.start() < b for a, b in quoted):
            continue
        if _english_share(ws, az=lang == "az") > 0:
            return m.start(), m.start() + len(sentence)
    return None
