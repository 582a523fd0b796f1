"""Russian: every form of a term, generated once when the index is built.

pymorphy3 (with the `pymorphy3-dicts-ru` dictionary, offline) gives each word its lexeme. A
multi-word term is an agreeing noun phrase, so forms are generated per (case, number) of the head
noun and each agreeing modifier before the head is inflected to the head's grammemes:
`Зангезурского коридора`, never `Зангезурский коридора`. Words after the head (genitive
modifiers, prepositional phrases: `система противовоздушной обороны`, `Декларация о
независимости`) keep their form. Matching the text token by token against these tuples costs a
hash look-up per token; parsing each text token with pymorphy3 instead would cost ~40 µs.

Words the dictionary does not know follow the glossary's inflection hint (`Term.inflection`,
grammar in glossary/README.md): `indecl`, or `like MODEL` (endings of MODEL's paradigm are moved
onto the word). Unknown words without a hint stay as written; `unknown_words` lets the glossary
validator say so.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

import pymorphy3

from translate.morph.hint import InflectionItem, hint_rules, rule_for
from translate.text.tokenize import tokenize

_lock = threading.Lock()
_morph: pymorphy3.MorphAnalyzer | None = None

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
#: secondary cases map to the case an agreeing adjective takes
_CASE_OF = {"gen2": "gent", "gen1": "gent", "loc2": "loct", "loc1": "loct", "acc2": "accs",
            "voct": "nomn"}  # fmt: skip
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR"})
_NOMINAL_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO", "ADJS", "COMP", "PRTS"})


def analyzer() -> pymorphy3.MorphAnalyzer:
    """The shared analyser (loading costs ~0.1 s and ~26 MB; do it once per process)."""
    global _morph
    if _morph is None:
        with _lock:
            if _morph is None:
                _morph = pymorphy3.MorphAnalyzer(lang="ru")
    return _morph


def _yo(s: str) -> str:
    return s.replace("ё", "е")


def _is_cyrillic_word(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@lru_cache(maxsize=4096)
def is_known(word: str) -> bool:
    """Does the dictionary know the word (or each part of a hyphenated word)?"""
    m = analyzer()
    w = word.lower()
    if m.word_is_known(w):
        return True
    parts = [p for p in w.split("-") if p]
    return len(parts) > 1 and all(m.word_is_known(p) or not _is_cyrillic_word(p) for p in parts)


def is_adjective(word: str) -> bool:
    """Is the word a full adjective the dictionary knows (армянский, кремлёвский)?"""
    w = word.lower()
    m = analyzer()
    return m.word_is_known(w) and any(p.tag.POS == "ADJF" for p in m.parse(w))


def unknown_words(phrase: str, hint: str | None) -> list[str]:
    """Words of `phrase` the dictionary does not know and the hint does not cover.

    A malformed hint covers nothing (the validator reports its syntax separately), so every
    unknown word is returned then.
    """
    try:
        rules = hint_rules(hint)
    except ValueError:
        rules = {}
    out: list[str] = []
    for tok in tokenize(phrase, "ru"):
        if not _is_cyrillic_word(tok.text) or is_known(tok.text):
            continue
        if rule_for(rules, tok.folded) is None:
            out.append(tok.text)
    return out


#: prepositions that never take the genitive, and the cases they do take: a word right after
#: one of them cannot be a genitive («в Шуше», «о Шуше», never «в Шуши»). Those that may take a
#: genitive (из, от, до, у, с, для, без, около) are left out: they decide nothing
_GOVERNS: dict[str, frozenset[str]] = {
    prep: frozenset(cases)
    for preps, cases in (
        (("в", "во", "на"), ("accs", "loct", "nomn")),  # nomn: «в депутаты»
        (("о", "об", "обо"), ("loct", "accs")),
        (("при",), ("loct",)),
        (("к", "ко"), ("datv",)),
        (("по",), ("datv", "loct", "accs")),
        (("над", "надо", "перед", "передо"), ("ablt",)),
        (("под", "подо", "за"), ("ablt", "accs")),
        (("через", "про", "сквозь"), ("accs",)),
    )
    for prep in preps
}


def fits_preposition(word: str, lemma: str, prep: str) -> bool:
    """Whether *word*, read as a form of *lemma*, may follow the preposition *prep*: False only
    when the dictionary knows every reading of it as that lemma and none is in a case *prep*
    takes. A deprecated name that is also an oblique form of the allowed one (`Шуши`: the
    Armenian name, and the genitive of `Шуша`) is then the deprecated name: «в Шуши»."""
    cases = _GOVERNS.get(prep.lower())
    return cases is None or _fits_cases(word, lemma, cases)


def _fits_cases(word: str, lemma: str, cases: Collection[str]) -> bool:
    """Whether *word*, read as a form of *lemma*, may be in one of *cases*: True unless the
    dictionary knows every reading of it as that lemma and none is in those cases."""
    lemma = _yo(lemma.lower())
    readings = [p for p in analyzer().parse(word) if _yo(p.normal_form) == lemma]
    if not readings or any(p.tag.case is None for p in readings):
        return True  # unknown, or an indeclinable: the dictionary cannot tell
    return any(_case(p.tag) in cases for p in readings)


#: verbs whose object may be a genitive («достигли Шуши», «ждали Шуши»): after them a genitive
#: reading is no less likely than an accusative one
_GENITIVE_VERBS = frozenset(
    "достичь достигнуть достигать ждать дождаться подождать ожидать требовать потребовать"
    " хотеть захотеть желать пожелать искать просить попросить".split()
)


def fits_subject(word: str, lemma: str, verb: str) -> bool:
    """Whether *word*, read as a form of *lemma*, may be the subject of *verb*, the word right
    after it at the start of a sentence: False when *verb* is most likely a singular verb, short
    participle or short adjective (`была`, `расположена`, `примет`) and no reading of *word* is
    a nominative. «Шуши была оккупирована» is the Armenian name, not the genitive of «Шуша»:
    a genitive does not open a sentence before its verb."""
    parses = analyzer().parse(verb)
    tag = parses[0].tag if parses else None
    if tag is None or tag.POS not in ("VERB", "PRTS", "ADJS") or tag.number != "sing":
        return True
    return _fits_cases(word, lemma, ("nomn",))


def fits_apposition(word: str, lemma: str, modifier: str) -> bool:
    """Whether *word*, read as a form of *lemma*, may be what *modifier* describes, the word after
    a comma right after it at the start of a sentence: False when *modifier* is a participle or
    adjective only in the nominative and no reading of *word* is a nominative. «Шуши,
    основанная в 1752 году, …» is the Armenian name: the genitive «Шуши» would take
    «основанной» (held-out sets 120 and 137)."""
    parses = [p for p in analyzer().parse(modifier) if p.tag.POS in ("PRTF", "ADJF")]
    if not parses or any(_case(p.tag) != "nomn" for p in parses):
        return True
    return _fits_cases(word, lemma, ("nomn",))


def fits_object(word: str, lemma: str, verb: str, before: str | None) -> bool:
    """Whether *word*, read as a form of *lemma*, may be the object of *verb*, the word right
    before it (*before* the one before that): False when *verb* is most likely a transitive verb
    not negated and not one that takes a genitive, and no reading of *word* is an accusative.
    «взяли Шуши» is the Armenian name, as «Шуша» is taken in the accusative («взяли Шушу»)."""
    if before is not None and before.lower() == "не":
        return True  # «не взяли Шуши»: the genitive of negation
    parses = analyzer().parse(verb)
    p = parses[0] if parses else None
    if (
        p is None
        or p.tag.POS not in ("VERB", "INFN", "GRND")
        or p.tag.transitivity != "tran"
        or _yo(p.normal_form) in _GENITIVE_VERBS
    ):
        return True
    return _fits_cases(word, lemma, ("accs",))


# --- forms -----------------------------------------------------------------------------------

#: (case, number) of one generated form of the term
Grammemes = tuple[str, str]


def _case(tag: object) -> str | None:
    c = tag.case  # type: ignore[attr-defined]
    return _CASE_OF.get(c, c) if c else None


#: default paradigms for unknown nouns by ending, when pymorphy3's guess takes the word for a
#: form of another lemma (consonant-final names read as genitive plurals of -а nouns):
#: the most common declension for the ending, spelling rules included
_MODEL_BY_ENDING: tuple[tuple[str, str], ...] = (
    ("ия", "армия"), ("ья", "статья"), ("я", "неделя"),
    ("жа", "задача"), ("ша", "задача"), ("ча", "задача"), ("ща", "задача"), ("ца", "улица"),
    ("ка", "книга"), ("га", "книга"), ("ха", "книга"), ("а", "карта"),
    ("й", "музей"), ("ж", "врач"), ("ш", "врач"), ("ч", "врач"), ("щ", "врач"),
    ("ц", "принц"), ("к", "парк"), ("г", "парк"), ("х", "парк"),
)  # fmt: skip
_HARD_CONSONANTS = frozenset("бвдзлмнпрстф")
_VOWELS = frozenset("аеёиоуыэюя")


#: surname suffixes: a capitalised unknown word in -ов/-ев/-ёв declines like Иванов
#: (Телакуровым, Телакуровых), not like коридор (Телакуровом)
_SURNAME_ENDINGS = ("ов", "ев", "ёв")


def default_model(word: str, *, name: bool = False) -> str | None:
    """The dictionary word an unknown noun most likely declines like, or None (`-ь`, vowels
    other than а/я: gender or declinability cannot be told from the spelling). `name`: the
    word is capitalised, so -ов/-ев/-ёв is read as a surname and -ь as a man's name."""
    if name and word.endswith(_SURNAME_ENDINGS):
        return "Иванов"
    if name and word.endswith("ь"):
        return "Игорь"  # a name in -ь the dictionary lacks is a man's (Бебель, Липшень)
    for ending, model in _MODEL_BY_ENDING:
        if word.endswith(ending):
            return model
    if word[-1:] in _HARD_CONSONANTS:
        return "коридор"
    return None


#: three consonant letters in a row: an abbreviation spelled out letter by letter (ГИБДД)
_LETTER_BY_LETTER = re.compile(r"[^аеёиоуыэюя]{3}")


def _acronym_model(text: str) -> str | None:
    """The masculine noun an abbreviation read as a word declines like (МРОТ, ЦУМ, СНИЛС:
    МРОТа, в ЦУМе, СНИЛСом), or None: one ending in a vowel, with no vowel letter or with
    three consonant letters in a row is spelled out letter by letter (МФЦ, ЛДПР, ГИБДД) and
    stays as written."""
    low = _yo(text.lower())
    if not (text.isupper() and len(low) >= 3 and _is_cyrillic_word(text)):
        return None
    if low[-1] in _VOWELS or low[-1] in "йь" or not any(ch in _VOWELS for ch in low):
        return None
    if _LETTER_BY_LETTER.search(low):
        return None
    return default_model(low)


def _common_prefix(words: list[str]) -> str:
    first = min(words)
    last = max(words)
    i = 0
    while i < len(first) and i < len(last) and first[i] == last[i]:
        i += 1
    return first[:i]


class _Word:
    """One word of a term with what is needed to inflect it."""

    def __init__(self, text: str, folded: str, rule: InflectionItem | None) -> None:
        self.text = text
        self.folded = folded
        self.rule = rule
        self.parses: list = []
        self.model_stem = ""  # for `like MODEL`: the word's own stem
        #: forms `lexeme` gave that are the term only predicatively (see `_keep`)
        self.predicative: set[str] = set()
        #: the dictionary form a lemma reading must have (MODEL's for `like MODEL`)
        self.lemma_key = folded
        self._lexemes: dict[int, list] = {}
        #: the paradigm is a guess (a word the dictionary lacks): its forms that spell another
        #: dictionary word are left out (`_guessed_forms`)
        self.guessed = False
        self._surname_model = False
        m = analyzer()
        if rule is not None and rule.indeclinable:
            return
        if rule is not None and rule.model:
            self._use_model(rule.model)
            return
        if not _is_cyrillic_word(text) and not any(ch.isdigit() for ch in text):
            return  # Latin abbreviations and the like stay as written
        parses = [p for p in m.parse(text.lower()) if p.tag.POS in _NOMINAL_POS]
        unknown = not is_known(text)
        if not unknown and _oblique_only(text, parses):
            # a glossary gives its terms in the dictionary form: a lower-case word the
            # dictionary knows only as an oblique form of other words (неронов: genitive plural
            # of Нерон) is a word it lacks, spelled like those forms, where pymorphy3's
            # predictor reads it as a nominative of its own (a possessive adjective like
            # отцов); otherwise it names that form (below)
            predicted = _predicted(self.folded)
            if predicted:
                unknown, parses = True, predicted
        if unknown and not any(ch.isdigit() for ch in text):
            self.guessed = True
            # unknown, no hint: trust pymorphy3's guess only where it takes the word for its
            # own dictionary form (Ахсауский, Гуцаев); a guess with another lemma (Зангезур →
            # "зангезура") would decline wrongly, so the ending picks a common paradigm
            # instead (Зангезур like коридор)
            if text.isupper() and len(text) > 1:
                # an unknown abbreviation: as written (or with a hint), or, read as a word,
                # declined too (ЦУМ: ЦУМа, ЦУМе)
                model = _acronym_model(text)
                if model is not None:
                    self._use_model(model)
                return
            participle = [
                p
                for p in parses
                if p.tag.POS == "PRTF" and _yo(p.word) == self.folded
                and {"masc", "sing", "nomn"} <= p.tag.grammemes
            ]  # fmt: skip
            # (радиопоглощающий: a participle of a verb the dictionary guesses, not a noun in
            # -ий like музей)
            parses = [p for p in parses if _yo(p.normal_form) == self.folded] or participle
            if text[:1].isupper() and self.folded.endswith("ь"):
                parses = []  # pymorphy3 guesses the gender of -ь at random
            if not parses and len(self.folded) > 2:
                # (a stem of one letter would make other words: ча like задача gives чей, чу)
                model = default_model(self.folded, name=text[:1].isupper())
                if model is not None:
                    self._use_model(model)
                    return
        elif (
            parses
            and _acronym_model(text) is not None
            and all(
                "masc" in p.tag and {_yo(f.word) for f in p.lexeme} == {self.folded} for p in parses
            )
        ):
            # an abbreviation read as a word that the dictionary lists with one spelling for
            # every case (МРОТ) declines like a masculine noun, as it is written: МРОТа, МРОТУ
            self._use_model(_acronym_model(text) or "")
            return
        elif (
            text[:1].isupper()
            and not text.isupper()
            and len(self.folded) > 2
            and self.folded[-1:] not in _VOWELS
            and all("Fixd" in p.tag for p in parses)
        ):
            # a capitalised consonant-final word the dictionary knows only as something that
            # does not decline (Бин: a particle; Кароль, Кармен: women's names) is also a
            # man's name or a surname: Бина, Каролем (the model's nominative is the word
            # itself, so the indeclinable reading stays found)
            model = default_model(self.folded, name=True)
            if model is not None:
                self._use_model(model)
                return
            self.parses = parses
        elif text[:1].isupper() and not any(_case(p.tag) == "nomn" for p in parses):
            # a glossary gives a name in the nominative: one the dictionary knows only as an
            # oblique form of another word (Маринов, Татарчуков: genitive plurals of Марин,
            # Татарчук) is a surname it does not know
            model = default_model(self.folded, name=True)
            if model == "Иванов":
                self._use_model(model)
                return
        self.parses = parses

    def _use_model(self, model: str) -> None:
        """Decline like the dictionary word `model`: its endings moved onto this word."""
        mparses = analyzer().parse(model.lower())
        mparses = [p for p in mparses if _yo(p.word) == _yo(p.normal_form)] or mparses
        if not mparses:
            return
        p = mparses[0]
        lex = [_yo(f.word) for f in p.lexeme]
        stem = _common_prefix(lex)
        ending = _yo(p.word)[len(stem) :]
        self.lemma_key = _yo(p.word)
        self._surname_model = "Surn" in p.tag.grammemes
        if self.folded.endswith(ending):
            self.model_stem = self.folded[: len(self.folded) - len(ending)]
            self._model_cut = len(stem)
            self.parses = [p]

    def _transfer(self, form: str) -> str:
        if self.model_stem or (self.rule and self.rule.model):
            return self.model_stem + _yo(form)[self._model_cut :]
        return _yo(form)

    @property
    def fixed(self) -> bool:
        return not self.parses

    def noun_nomn(self) -> list:
        return [p for p in self.parses if p.tag.POS == "NOUN" and _case(p.tag) == "nomn"]

    def modifier_nomn(self) -> list:
        return [
            p
            for p in self.parses
            if (p.tag.POS in _MODIFIER_POS) and _case(p.tag) == "nomn" and "Supr" not in p.tag
        ]

    def lexeme(
        self, number: str | None, *, alone: bool = False, pos: str | None = None
    ) -> list[tuple[str, Grammemes]]:
        """All forms of this word as a head: (folded form, (case, number)).

        `alone`: the word is the whole term, so every nominal reading counts (`красный` is an
        adjective and a noun); in a phrase the head is read as a noun.
        """
        if self.fixed:
            numbers = (number,) if number else ("sing", "plur")
            return [(self.folded, (c, n)) for n in numbers for c in CASES]
        chosen = self.parses if alone else (self.noun_nomn() or self.parses)
        if alone and pos in _POS_READINGS:
            # the glossary says what the term is: only readings of that part of speech
            chosen = [p for p in chosen if p.tag.POS in _POS_READINGS[pos]] or chosen
        lemma_like = [p for p in chosen if _yo(p.normal_form) == self.lemma_key]
        out: dict[str, set[Grammemes]] = {}
        self.predicative = set()
        if lemma_like:
            # homonymous lemmas have paradigms of their own (судно: суда "vessels" and судна
            # "bedpans"): every distinct lexeme counts, each once
            seen: set[tuple] = set()
            unconditional: set[str] = set()
            for p in lemma_like:
                key = _paradigm(p)
                if key in seen:
                    continue
                seen.add(key)
                # a surname's other gender is another person (Иванов, Иванова): its singular
                # forms are left out unless the spelling is also one of this gender's or a
                # plural (Иванову: his dative, her accusative)
                sex = _surname_sex(p, self._surname_model)
                for f in p.lexeme:
                    kind = _keep(f, p.tag)
                    if not kind or (kind == PREDICATIVE and not alone):
                        continue
                    num = str(f.tag.number or "sing")
                    c = _case(f.tag) or "nomn"
                    word = self._transfer(f.word)
                    if sex and num == "sing" and f.tag.gender != sex:
                        continue
                    if num == "plur" and "Name" in p.tag and _surname_spelling(word):
                        continue  # Павлов, Борисов: a surname, not «двух Павлов»
                    if kind == PREDICATIVE:
                        self.predicative.add(word)
                    out.setdefault(word, set()).add((c, num))
                    if kind is True:
                        unconditional.add(word)
            self.predicative -= unconditional  # (позднее: a comparative and a neuter form)
            if alone:
                for word in self._adverb_comparatives(lemma_like) - unconditional:
                    self.predicative.add(word)
                    out.setdefault(word, set()).add(("nomn", "sing"))
            if self.guessed:
                _guessed_forms(out, self.folded, self.lemma_key)
            if self.guessed or all(_PROPER & p.tag.grammemes for p in lemma_like):
                _unstressed_instrumental(out, self.lemma_key)
            if any("Surn" in p.tag for p in lemma_like):
                _noun_instrumental(out, self.lemma_key)
            self._archaic_instrumental(lemma_like, out)
            if alone:
                # an adjective spelled like a participle (уверенный, оккупированный) has the
                # participle's short forms too: уверена, оккупирована
                for w, g in self._participle_short_forms(chosen):
                    out.setdefault(w, set()).add(g)
        else:
            # the term names an inflected form of another lemma (plural "силы", neuter "общее",
            # superlative "новейший", abbreviation "гг"): only forms of that same sub-paradigm
            p = (self.noun_nomn() or self.modifier_nomn() or chosen)[0]
            gender = p.tag.gender if p.tag.POS != "NOUN" and p.tag.number == "sing" else None
            sex = _surname_sex(p)  # Иванова, not Иванов
            for f in p.lexeme:
                t = f.tag
                if sex and t.number == "sing" and t.gender != sex:
                    continue
                if t.POS != p.tag.POS or ("Supr" in t) != ("Supr" in p.tag):
                    continue
                if t.POS == "PRTF" and (t.voice != p.tag.voice or t.tense != p.tag.tense):
                    continue  # оккупировавший, оккупируемый are not оккупированный
                if p.tag.number == "plur" and t.number != "plur":
                    continue
                if gender in ("femn", "neut") and t.gender != gender:
                    # an adjective given in the feminine or neuter as a term by itself is used
                    # as a noun (колыбельная, столовая, животное): its plural is the noun's too
                    if not (alone and t.number == "plur" and t.POS == "ADJF"):
                        continue
                if self._transfer(f.word)[:2] != self.folded[:2]:
                    continue  # suppletion: лучший is not a form of хороший's other stems
                num = str(t.number or "sing")
                out.setdefault(self._transfer(f.word), set()).add((_case(t) or "nomn", num))
            out.setdefault(self.folded, set()).add(("nomn", str(p.tag.number or "sing")))
            if alone and p.tag.POS == "PRTF" and p.tag.number != "plur" and gender == "masc":
                # a participle used as an adjective (распространенный): its short forms
                for w, g in self._participle_short_forms([p]):
                    out.setdefault(w, set()).add(g)
        return [(w, g) for w, gs in out.items() for g in sorted(gs)]

    def _adverb_comparatives(self, parses: list) -> set[str]:
        """The comparative of a quality adjective whose pymorphy3 lexeme has none because the
        dictionary files it under the adverb (высокий: выше is высоко's; the issue's «цены
        выше»): taken from the adverb spelled like the adjective's neuter short form."""
        out: set[str] = set()
        for p in parses:
            if p.tag.POS != "ADJF" or "Qual" not in p.tag:
                continue
            lexeme = p.lexeme
            if any(f.tag.POS == "COMP" for f in lexeme):
                continue
            short = next((f.word for f in lexeme if f.tag.POS == "ADJS" and "neut" in f.tag), None)
            if short is None:
                continue
            for q in analyzer().parse(short):
                if q.tag.POS == "ADVB" and q.normal_form == short:
                    out.update(self._transfer(f.word) for f in q.lexeme if f.tag.POS == "COMP")
        return out

    def _archaic_instrumental(self, parses: list, out: dict[str, set[Grammemes]]) -> None:
        """A feminine noun in -ь also takes the older instrumental in -ию beside -ью (кровию,
        любовию, смертию: verse and church texts), unless that spelling is a form of another
        dictionary word (материю is материя's, not мать's)."""
        if not self.lemma_key.endswith("ь") or not any(
            p.tag.POS == "NOUN" and "femn" in p.tag.grammemes for p in parses
        ):
            return
        for word, readings in list(out.items()):
            if not word.endswith("ью") or ("ablt", "sing") not in readings:
                continue
            old = word[:-2] + "ию"
            if old not in out and not _another_word(old, self.lemma_key):
                out[old] = {("ablt", "sing")}

    def _participle_short_forms(self, parses: list) -> list[tuple[str, Grammemes]]:
        """Short forms (PRTS) of the full participle readings of the word itself, same voice
        and tense: уверенный → уверен, уверена, уверены (no neuter, see `_keep`)."""
        out: list[tuple[str, Grammemes]] = []
        seen: set[tuple] = set()
        for p in parses:
            t0 = p.tag
            if t0.POS != "PRTF" or _yo(p.word) != self.folded or self.model_stem:
                continue
            key = _paradigm(p)
            if key in seen:
                continue
            seen.add(key)
            for f in p.lexeme:
                t = f.tag
                if t.POS != "PRTS" or t.voice != t0.voice or t.tense != t0.tense:
                    continue
                if _keep(f, t0) is True:
                    out.append((_yo(f.word), ("nomn", str(t.number or "sing"))))
        return out

    def agree(self, case: str, number: str, gender: str | None, anim: str | None) -> list[str]:
        """This modifier inflected to agree with a head in (case, number, gender, animacy)."""
        if self.fixed:
            return [self.folded]
        mods = self.modifier_nomn() or self.parses
        out: list[str] = []
        for p in mods[:1]:
            want = {case, number}
            if number == "sing" and gender in ("masc", "femn", "neut"):
                want.add(gender)
            if case == "accs" and anim and (number == "plur" or gender in ("masc", None)):
                want.add(anim)
            fs = self._inflect_all(p, want)
            if not fs and anim in want:
                fs = self._inflect_all(p, want - {anim})
            out.extend(self._transfer(f) for f in fs)
            if case == "ablt" and number == "sing" and gender == "femn":
                g = self._inflect(p, {"ablt", "sing", "femn", "V-oy"})  # -ою beside -ой
                if g is not None:
                    out.append(self._transfer(g))
        return out

    def is_name_part(self) -> bool:
        """A capitalised first name, surname or patronymic (or a hinted capitalised word)."""
        if not self.text[:1].isupper():
            return False
        if self.rule is not None and self.rule.model:
            return True
        return any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in self.noun_nomn())

    def agree_name(self, case: str, number: str) -> list[str]:
        """This name part in the case and number of the name's head."""
        if self.fixed:
            return [self.folded]
        names = [p for p in self.noun_nomn() if {"Name", "Surn", "Patr"} & p.tag.grammemes]
        p = (names or self.noun_nomn() or self.parses)[0]
        f = self._inflect(p, {case, number}) or (
            self._inflect(p, {case}) if number == "plur" else None
        )
        return [self._transfer(f)] if f is not None else [self.folded]

    def _inflect(self, p: object, want: set[str]) -> str | None:
        """pymorphy3's `inflect` over a lexeme computed once per word: a phrase asks for
        ~12 forms of each modifier, and every `inflect` call would rebuild the lexeme."""
        found = self._inflect_all(p, want)
        return found[0] if found else None

    def _inflect_all(self, p: object, want: set[str]) -> list[str]:
        """Every spelling tied for the best match (`11-й` and `11-ой` are both the feminine
        genitive of `11-я`)."""
        lex = self._lexemes.get(id(p))
        if lex is None:
            lex = [(f.tag, f.tag.grammemes, f.word) for f in p.lexeme]  # type: ignore[attr-defined]
            self._lexemes[id(p)] = lex
        possible = [(gram, word) for _tag, gram, word in lex if want <= gram]
        if not possible:
            want = analyzer().TagClass.fix_rare_cases(want)
            possible = [(gram, word) for _tag, gram, word in lex if want <= gram]
        target = p.tag.updated_grammemes(want)  # type: ignore[attr-defined]
        best: list[str] = []
        best_score = -1e9
        for gram, word in possible:  # the same similarity pymorphy3's inflect maximises
            score = len(target & gram) - 0.1 * len(target ^ gram)
            if score > best_score:
                best, best_score = [word], score
            elif score == best_score and word not in best:
                best.append(word)
        return best


#: `_keep`'s answer for a form that is the term only where it is said of something
#: (`predicative_context`): «это интересно», «цены ниже», not «интересно рассказал»
PREDICATIVE = "predicative"


def _keep(form: object, lemma_tag: object) -> bool | str:
    """Forms of a lexeme that still are the term (a pymorphy3 lexeme entry `form`): True,
    False, or `PREDICATIVE` (only in a predicative context; one-word terms only).

    - No superlatives of a plain adjective: новейший is not новый.
    - No abbreviations from the dictionary: pymorphy3's `гг` and the like. Standard
      abbreviations come from `ru_abbr` instead, with the context that tells г. = год (after a
      number) from г. = город (before a name).
    - Synthetic comparatives (ближе, дешевле, лучше, красивее) only predicatively: «цены
      ниже», «так лучше.»; before another word they are mostly adverbs (позже вернулся, выше
      нуля: UD Russian-GSD dev has 8 ADV tokens with a comparative reading against 2 ADJ).
    - Neuter short adjectives: where the spelling has no adverb, particle, conjunction or
      preposition reading (нужно, необходимо), always; where it has (интересно, сложно,
      хорошо, известно), only predicatively: «мне интересно», «это сложно», «известно, что»,
      never «хорошо развит», «независимо от» (GSD dev: 25 ADV tokens against 3 ADJ among
      such spellings, nearly all ADV ones before the word they modify). A neuter short
      participle is the impersonal passive (дано, решено, сказано), a verb form: not the
      adjective данный.
    """
    gram = form.tag.grammemes  # type: ignore[attr-defined]  # (attribute access is slow)
    if "Supr" in gram and "Supr" not in lemma_tag:  # type: ignore[operator]
        return False
    if "Abbr" in gram and "Abbr" not in lemma_tag:  # type: ignore[operator]
        return False
    if "COMP" in gram:
        return PREDICATIVE
    if "neut" in gram and "PRTS" in gram:
        return False
    if "neut" in gram and "ADJS" in gram:
        return PREDICATIVE if _adverb_like(form.word) else True  # type: ignore[attr-defined]
    return True


def _paradigm(p: object) -> tuple:
    """Identity of a parse's lexeme without building it: (normal form, paradigm number) for
    dictionary words, the lexeme's spellings otherwise."""
    step = p.methods_stack[0]  # type: ignore[attr-defined]
    if len(step) > 2 and isinstance(step[2], int):
        return (p.normal_form, p.tag.POS, step[2])  # type: ignore[attr-defined]
    return tuple(f.word for f in p.lexeme)  # type: ignore[attr-defined]


def _surname_sex(p: object, model: bool = False) -> str | None:
    """The gender of a surname reading whose other gender is spelled differently (Иванов,
    Иванова; Алиев, Алиева), else None (Андерсон, Черненко: one spelling for both).
    `model`: the reading is a surname model's (`Иванов` for an unknown -ов name)."""
    tag = p.tag  # type: ignore[attr-defined]
    if not model and "Surn" not in tag.grammemes:
        return None
    sex = tag.gender
    if sex not in ("masc", "femn"):
        return None
    nominatives = {
        f.tag.gender: f.word
        for f in p.lexeme  # type: ignore[attr-defined]
        if f.tag.number == "sing" and f.tag.case == "nomn" and f.tag.gender in ("masc", "femn")
    }
    other = nominatives.get("femn" if sex == "masc" else "masc")
    return sex if other is not None and other != nominatives.get(sex) else None


def _oblique_only(text: str, parses: list) -> bool:
    """Does the dictionary know a lower-case word only as an oblique form (неронов: genitive
    plural of Нерон; драгой: instrumental of драга), never in the nominative or as a short
    form? (Capitalised words have their own rule: Маринов is a surname.)"""
    return (
        text[:1].islower()
        and bool(parses)
        and not any(_case(p.tag) in ("nomn", None) for p in parses)
    )


def _predicted(word: str) -> list:
    """pymorphy3's guesses for `word` as if the dictionary lacked it (its suffix predictor,
    the one it uses for new words), only readings where `word` is its own nominative
    dictionary form (неронов: a possessive adjective like отцов), best first."""
    m = analyzer()
    unit = _suffix_predictor()
    if unit is None:
        return []
    found = [m._result_type(*p) for p in unit.parse(word, word, set())]  # type: ignore[attr-defined]
    found = [
        p
        for p in found
        if p.tag.POS in _NOMINAL_POS and _case(p.tag) == "nomn" and _yo(p.normal_form) == word
    ]
    return sorted(found, key=lambda p: -p.score)


@lru_cache(maxsize=1)
def _suffix_predictor() -> object | None:
    """pymorphy3's `KnownSuffixAnalyzer` unit of the shared analyser (None if a future version
    renames it: the rule then falls back to the ending's default paradigm)."""
    for unit in getattr(analyzer(), "_units", ()):
        a = getattr(unit, "analyzer", None)
        if type(a).__name__ == "KnownSuffixAnalyzer":
            return a
    return None


def _guessed_forms(out: dict[str, set[Grammemes]], word: str, lemma: str) -> None:
    """Leave out of a guessed paradigm (a word the dictionary lacks) the forms that spell a
    dictionary word of another lemma: `вса` declined like `карта` gives `все`, `всё`, which are
    always the pronoun. The word as written stays."""
    for form in list(out):
        if form != word and _another_word(form, lemma) and _another_word(form, word):
            del out[form]


#: after a sibilant or ц an instrumental singular ending is spelled with о when stressed and
#: with е when not (Шушой but Гянджей, врачом but принцем): each spelling's other one
_STRESS_SPELLINGS = {"ой": "ей", "ей": "ой", "ою": "ею", "ею": "ою", "ом": "ем", "ем": "ом"}


def _unstressed_instrumental(out: dict[str, set[Grammemes]], lemma: str) -> None:
    """The instrumental singular of a guessed paradigm or a proper name after ж, ш, ч, щ or ц
    in both spellings.

    Which one is right depends on the stress, which nobody knows for a word the dictionary
    lacks (a guess from задача gives only -ей, one from врач only -ом), and which pymorphy3's
    dictionary gets wrong for names it has (Шуша, Гянджа: only Шушей, Гянджей, where news
    write Шушой, Гянджой; Ницца: Ниццей). Both spellings are the word's, unless the other one
    is a form of another common word."""
    for word, readings in list(out.items()):
        alt = _STRESS_SPELLINGS.get(word[-2:])
        if alt is None or word[-3:-2] not in _SIBILANTS_TS or ("ablt", "sing") not in readings:
            continue
        other = word[:-2] + alt
        if other not in out and not _another_word(other, lemma):
            out[other] = {("ablt", "sing")}


def _noun_instrumental(out: dict[str, set[Grammemes]], lemma: str) -> None:
    """A surname in -ин the dictionary declines as a Russian one (Пушкин: Пушкиным) is as
    often a foreign name, declined as a noun (Дарвин, Чаплин, Гмелин: Дарвином, Гмелином):
    the spelling says nothing of which, so the instrumental is taken in both, unless -ом
    spells another common word."""
    if not lemma.endswith(("ин", "ын")):
        return
    other = lemma + "ом"
    if other not in out and not _another_word(other, lemma):
        out[other] = {("ablt", "sing")}


_SIBILANTS_TS = frozenset("жшчщц")
#: readings of proper names (places, people), whose stress the dictionary may not know
_PROPER = frozenset({"Geox", "Name", "Surn", "Orgn"})


#: readings of names, which a rare spelling is often guessed to be (любовию as «Любовия»)
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def _another_word(spelling: str, lemma: str) -> bool:
    """Is `spelling` a dictionary form of a common word other than `lemma`?"""
    m = analyzer()
    return m.word_is_known(spelling) and any(
        _yo(p.normal_form) != lemma and not (_NAME_GRAMMEMES & p.tag.grammemes)
        for p in m.parse(spelling)
    )


#: readings that make a neuter short form's spelling an adverb or a function word
_ADVERB_LIKE = frozenset({"ADVB", "PRCL", "CONJ", "PREP", "INTJ"})


@lru_cache(maxsize=8192)
def _adverb_like(word: str) -> bool:
    return any(p.tag.POS in _ADVERB_LIKE for p in analyzer().parse(word))


#: glossary `pos` → pymorphy3 parts of speech whose readings a one-word term keeps
_POS_READINGS = {
    "noun": frozenset({"NOUN"}),
    "propn": frozenset({"NOUN"}),
    "adj": frozenset({"ADJF", "PRTF", "ADJS", "PRTS"}),
}


def _head_index(words: list[_Word]) -> int:
    """The head noun: the first nominative noun that is not itself an adjective agreeing with a
    noun after it (`Красная` in `11-я Красная армия` is also a place name, but here it agrees with
    `армия`). Without a noun, the last word of the leading run of adjectives."""
    n = len(words)
    for i, w in enumerate(words):
        if not w.noun_nomn():
            if w.fixed and i > 0 and all(x.modifier_nomn() for x in words[:i]):
                return i  # an indeclinable noun after its adjectives (Азербайджанская ССР)
            if w.modifier_nomn() or (w.fixed and i + 1 < n):
                continue
            break
        nxt = words[i + 1] if i + 1 < n else None
        if w.modifier_nomn() and nxt is not None and (nxt.noun_nomn() or nxt.modifier_nomn()):
            continue
        return i
    for i, w in enumerate(words):
        if not w.modifier_nomn():
            return max(i - 1, 0) if i else 0
    return n - 1


#: an initial does not decline: `И. Алиев` → `И. Алиевым`
_INITIAL = InflectionItem(None, indeclinable=True)


def _is_initial(text: str, tok: object) -> bool:
    """A capital letter with a period after it, in a term of several words."""
    word = tok.text  # type: ignore[attr-defined]
    end = tok.end  # type: ignore[attr-defined]
    return len(word) == 1 and word.isupper() and text[end : end + 1] == "." and end + 1 < len(text)


def term_forms(
    text: str, hint: str | None = None, pos: str | None = None
) -> tuple[tuple[tuple[str, ...], frozenset[Grammemes]], ...]:
    """Every agreeing form of a term as folded token tuples, with the head's possible
    (case, number) readings (`оккупации`: genitive, dative, locative singular, plural …).

    `pos` is the glossary's part of speech (`noun`, `propn`, `adj`, …); for a one-word term
    it keeps only the readings of that part of speech (the noun `красный`, a Red, is not the
    adjective). The term itself is always among the forms.
    """
    return _expand(text, hint, pos)[0]


#: the parts of a hyphenated word that are particles or pronoun prefixes (кто-то, скажи-ка,
#: всё-таки, кое-где): such a word written with a space is no compound spelled apart
_HYPHEN_PARTICLES = frozenset("то либо нибудь ка таки де кое кой".split())


def spaced_forms(forms: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The forms of a hyphenated compound written with a space where the hyphen is
    (`интернет-магазине` → `интернет магазине`, `премьер министра`): widely written so,
    and a different word nowhere. Only hyphens between letters, and not those of a
    particle (`кто-то`)."""
    out: list[tuple[str, ...]] = []
    for form in forms:
        if not any("-" in w for w in form):
            continue
        words: list[str] = []
        for w in form:
            parts = w.split("-")
            if len(parts) > 1 and any(not p.isalpha() or p in _HYPHEN_PARTICLES for p in parts):
                break
            words += parts
        else:
            spaced = tuple(words)
            if spaced not in out:
                out.append(spaced)
    return out


def predicative_forms(
    text: str, hint: str | None = None, pos: str | None = None
) -> frozenset[tuple[str, ...]]:
    """The forms of `term_forms` that are the term only in a predicative context
    (`predicative_context`): comparatives and adverb-spelled neuter short forms."""
    return _expand(text, hint, pos)[1]


_Forms = tuple[tuple[tuple[str, ...], frozenset[Grammemes]], ...]


@lru_cache(maxsize=256)  # small: building calls it once per term; suggestions repeat
def _expand(
    text: str, hint: str | None, pos: str | None
) -> tuple[_Forms, frozenset[tuple[str, ...]]]:
    try:
        rules = hint_rules(hint)
    except ValueError:
        rules = {}
    toks = tokenize(text, "ru")
    if not toks:
        return (), frozenset()
    words = [
        _Word(
            t.text,
            t.folded,
            _INITIAL
            if _is_initial(text, t)
            else rule_for(rules, t.folded)
            if not is_known(t.text)
            else rules.get(t.folded),
        )
        for t in toks
    ]
    base = tuple(w.folded for w in words)
    h = _head_index(words)
    head = words[h]
    heads = head.noun_nomn() or head.modifier_nomn() or head.parses
    if head.fixed and h > 0:
        # an indeclinable head shows no gender: the adjectives before it, given in the
        # nominative, do (Азербайджанская ССР is feminine singular)
        heads = words[h - 1].modifier_nomn()
    htag = heads[0].tag if heads else None
    number = str(htag.number) if htag is not None and htag.number else None
    gender = str(htag.gender) if htag is not None and htag.gender else None
    if gender not in ("masc", "femn", "neut"):
        gender = None
    anim = str(htag.animacy) if htag is not None and htag.animacy else None
    # a person's name declines as a whole (Ильхама Алиева, Николу Пашиняну): name parts right
    # after a name head agree in case; anything else after the head keeps its form
    names: list[_Word] = []
    if head.is_name_part():
        for w in words[h + 1 :]:
            if not w.is_name_part():
                break
            names.append(w)
    before = words[:h]
    after = tuple(w.folded for w in words[h + 1 + len(names) :])
    out: dict[tuple[str, ...], set[Grammemes]] = {base: {("nomn", number or "sing")}}
    for form, (case, num) in head.lexeme(number, alone=len(words) == 1, pos=pos):
        combos: list[tuple[str, ...]] = [()]
        for w in before:
            options = w.agree(case, num, gender, anim)
            combos = [(*c, o) for c in combos for o in options]
        tails: list[tuple[str, ...]] = [()]
        for w in names:
            tails = [(*t, o) for t in tails for o in w.agree_name(case, num)]
        for c in combos:
            for t in tails:
                out.setdefault((*c, form, *t, *after), set()).add((case, num))
        if before and case == "gent" and num == "sing" and not head.fixed:
            # after два, три, четыре, оба, полтора the noun is a genitive singular and its
            # adjectives a genitive or (feminine) nominative plural: «два пассажирских
            # самолёта», «две прикаспийские страны»; a number of its own ("pauc"), so that
            # a suggestion for such a form is one too, and no other form is taken for one
            for pcase in ("gent", "nomn") if gender == "femn" else ("gent",):
                paucal: list[tuple[str, ...]] = [()]
                for w in before:
                    options = w.agree(pcase, "plur", gender, anim)
                    paucal = [(*c, o) for c in paucal for o in options]
                for c in paucal:
                    for t in tails:
                        out.setdefault((*c, form, *t, *after), set()).add((case, "pauc"))
    forms = tuple((k, frozenset(v)) for k, v in out.items())
    if len(words) != 1 or not head.predicative:
        return forms, frozenset()
    return forms, frozenset((w,) for w in head.predicative if (w,) != base)


def grammemes_of(
    text: str, hint: str | None, surface: tuple[str, ...], pos: str | None = None
) -> list[Grammemes]:
    """Readings (case, number) of a found form of a term, most probable first.

    A form is often ambiguous (`оккупации`); pymorphy3's scores for the head word order them.
    """
    readings: frozenset[Grammemes] = frozenset()
    for toks, g in term_forms(text, hint, pos):
        if toks == surface:
            readings = g
            break
    if not readings:
        return []
    ranked: list[Grammemes] = []
    for word in reversed(surface):
        for p in analyzer().parse(word):
            reading = (_case(p.tag) or "nomn", str(p.tag.number or "sing"))
            if reading in readings and reading not in ranked:
                ranked.append(reading)
        if ranked:
            break
    ranked += sorted(readings - set(ranked), key=lambda g: (CASES.index(g[0]), g[1]))
    return ranked


def inflect_like(target: str, hint: str | None, readings: list[Grammemes]) -> str | None:
    """`target` (a term as written) agreeing in the first reading it has; None if none."""
    forms = term_forms(target, hint)
    for g in readings:
        for toks, gs in forms:
            if g in gs:
                return _restore_case(target, toks)
    return None


def _restore_case(model: str, folded: tuple[str, ...]) -> str:
    """Give generated lower-case tokens the capitalisation of the term's own words."""
    toks = tokenize(model, "ru")
    if len(toks) != len(folded):
        return " ".join(folded)
    parts: list[str] = []
    for t, f in zip(toks, folded, strict=True):
        if t.text.isupper() and len(t.text) > 1:
            parts.append(f.upper())
        elif t.text[:1].isupper():
            parts.append(f[:1].upper() + f[1:])
        else:
            parts.append(f)
    return " ".join(parts)


# --- context ---------------------------------------------------------------------------------

#: words after which a neuter short form or a comparative is said of something: copulas,
#: dative pronouns (мне интересно), «это»
_BEFORE_PREDICATIVE = frozenset(
    "это было будет будут бы стало станет становится бывает мне тебе ему ей нам вам им себе "
    "всем".split()
)
#: words that open what a predicative compares or is said of: «лучше чем», «известно ли»;
#: or name whom it is said of, or carry the tense after it: «страшно мне», «грустно стало»
_CLAUSE_AFTER = frozenset(
    "чем ли мне тебе ему ей нам вам себе было будет стало станет становится".split()
)
#: conjunctions and question words that open the clause a predicative is said of, where
#: informal writing leaves out the comma before them: «Хорошо что ты пришёл», «Интересно
#: почему»; not «как» (быстро как молния: a comparison)
_SUBORDINATE = frozenset("что чтобы когда если почему зачем где куда откуда кто сколько".split())
#: words that may stand before a predicative opening its clause: «Как хорошо что», «Очень
#: странно что»; not «так» or «настолько» (так быстро что: a degree and its result)
_OPENERS = frozenset("очень не ну вот а но и как же уж".split())
#: infinitive endings (not -ти: части, сети, почти are not verbs; -йти, идти are)
INFINITIVE_ENDINGS = ("ть", "ться", "тись", "чь", "йти", "идти")
_INFINITIVE_ENDINGS = INFINITIVE_ENDINGS
#: punctuation that closes the clause (not dashes or brackets: «издан позже — 29 сентября»)
_CLAUSE_END = tuple(",.!?;:…")


#: words between a subject or a copula and its predicative: «это всё ещё ниже», «мне не
#: интересно», «было бы лучше»
_DEGREE = frozenset(
    "не ни еще всё все уже даже очень так слишком совсем гораздо намного значительно чуть "
    "немного куда вовсе совершенно вполне бы же".split()
)


def predicative_context(
    before: Sequence[str],
    after: str | None,
    gap_after: str,
    *,
    parenthetical: bool = False,
    rest: Sequence[tuple[str | None, str]] = (),
    comparative: bool = False,
    after_dash: bool = False,
    clause: Sequence[str] = (),
    word: str | None = None,
) -> bool:
    """Is a form of `predicative_forms` said of something here, so that it is the adjective?

    `before`: the folded words before it, nearest first, back to the clause's punctuation;
    `after`: the folded word after it (None at the text's end), `gap_after`: the text between
    it and `after`; `parenthetical`: the spelling is also a parenthetical word (возможно,
    известно). It is when the clause ends after it («это интересно.», «известно, что»), when
    it opens a clause before an infinitive (сложно сказать, мне лучше подождать; a spelling
    able to be a predicate also with a dative between: тяжело одной находиться), before «чем»
    or «ли», a copula or a dative pronoun (страшно мне, грустно стало), or after a copula,
    «это» or a dative (было интересно, это всё ещё ниже, мне ближе), degree words and
    negation skipped; an adverb stands before the word it modifies
    (интересно рассказал, позже вернулся, можно действительно наблюдать). A parenthetical
    word opening a clause («Возможно, он прав») is not the adjective, unless «что» follows.
    Opening a clause whose subject «это», «всё это» ends it («Грустно всё это😥», «Странно
    это!») it is said of that subject; `rest` gives the words after `after` with the text
    before each ((None, text) at the end), so «Быстро это сделай!» stays the adverb; so does
    a particle closing the clause («Ну круто же!»). After a dash that stands for the copula
    (`after_dash`: «Вы все — беспомощней нервных дам») it is the predicate unless a verb
    follows. A `comparative` right after a noun that can be a nominative and no verb
    («премия выше в три раза», «Любовь сильнее любой обиды», «Зубы шире») is said of that
    noun, unless a verb, a participle, «не» or «ни» follows (поднялся выше облаков, Петров
    дальше не пошёл). In a `clause` (its other words, to the clause's punctuation) with no
    word that can be a verb, a participle or a gerund, it is the predicate («бестактнее во сто
    раз», «Нет богаче меня»), unless an adjective, an adverb, a participle or a number follows
    it (достаточно большой, больше 2,5 тыс.) or the `word` itself is also a particle,
    conjunction or preposition (просто, всё равно).
    """
    gap = gap_after.strip()
    opens = not before
    if after is None or gap.startswith(_CLAUSE_END):
        if parenthetical and opens and gap.startswith(",") and after != "что":
            return False
        return True
    if gap:
        return False  # a dash or a bracket: no evidence either way
    if after in _CLAUSE_AFTER:
        return True
    if after_dash and not verbal_spelling(after) and not after[:1].isdigit():
        # «Вы все — беспомощней нервных дам»: the dash stands for the copula; before a number
        # a comparative is a quantity's (водоизмещение -- больше 2,5 тыс. т: много's)
        return True
    if after in _TRAILING and rest:
        word, between = rest[0]  # «Ну круто же!»
        if word is None or between.strip().startswith(_CLAUSE_END):
            return True
    if opens and after in _SUBJECT:
        for word, between in rest:  # «Грустно всё это.», «Странно это.»
            if word is None or between.strip().startswith(_CLAUSE_END):
                return True
            if between.strip() or word not in _SUBJECT:
                break
    if (
        after in _SUBORDINATE
        and not (rest and rest[0][1] == "-")  # когда-то, где-то: one word
        and word is not None
        and all(w in _OPENERS for w in before)
        and _predicate_adverb(word)
    ):
        return True  # «Хорошо что ты пришёл», «Странно когда так»: the comma left out
    lead = next((w for w in before if w not in _DEGREE), None)
    if lead in _BEFORE_PREDICATIVE:
        return True
    if (
        clause
        and not any(verbal_spelling(w) for w in clause)
        and not after[:1].isdigit()
        and not _modifier_spelling(after)
        and not (word is not None and _function_word_too(word))
    ):
        return True  # a clause without a verb: «бестактнее во сто раз», «Нет богаче меня»
    if (
        comparative
        and lead is not None
        and _subject(lead)
        and after not in ("не", "ни")
        and not verbal_spelling(after)
    ):
        return True  # «премия выше в три раза», «Зубы шире и кости острей»
    if not after.endswith(_INFINITIVE_ENDINGS):
        # a dative between a spelling able to be a predicate and its infinitive is of whom it
        # is said: «тяжело одной находиться», «трудно детям понять» (the rest as below)
        if not (
            word is not None
            and rest
            and rest[0][0] is not None
            and rest[0][1].isspace()
            and rest[0][0].endswith(_INFINITIVE_ENDINGS)
            and _predicate_adverb(word)
            and _dative(after)
            and _infinitive(rest[0][0])
        ):
            return False
        after, rest = rest[0][0], rest[1:]
    # it opens its clause, perhaps after «который», whose clause then needs it as its
    # predicate: «Сложно сказать», «запах, который невозможно описать»; not «где быстро
    # поесть», «и быстро уйти» (an infinitive question, a coordinated infinitive)
    if all(w in ("не", "ни") or w.startswith("котор") for w in before):
        return True
    # a spelling the dictionary marks as able to be a predicate (трудно, сложно, интересно;
    # not быстро, тихо) before an infinitive, with no other verb or modal word in its clause:
    # «из представленного трудно выбрать»; not «надо хорошо учиться», «плохо учиться не
    # будут»
    if word is None or not _predicate_adverb(word):
        return False
    others = list(before)
    for w, between in rest:
        if w is None or any(ch in ",.!?;:…-—" for ch in between):
            break
        others.append(w)
    return not any(_finite_or_infinitive(w) or w in _MODALS for w in others)


def verb_before_infinitive(word: str, after: str, before: str | None) -> bool:
    """Is the folded *word*, followed by the folded *after*, a verb in the indicative
    governing that infinitive (начал играть, стали говорить, начала петь) rather than a noun
    spelled alike (начало, сталь)? Not after a preposition («до начала работать» keeps the
    noun), and only where *after* can be an infinitive other than «есть». *before*: the word
    right before it, if any."""
    return (
        after.endswith(INFINITIVE_ENDINGS)
        and after != "есть"  # «из каждого правила есть исключения»: «there are»
        and _finite_verb(word)
        and _infinitive(after)
        and not (before is not None and _preposition(before))
    )


@lru_cache(maxsize=8192)
def _finite_verb(word: str) -> bool:
    """A verb in the indicative (начал, стали), not an imperative, which a noun before its
    infinitive spells too: «цель сократить» (целить's imperative), «право голосовать»."""
    return any(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in analyzer().parse(word))


@lru_cache(maxsize=8192)
def _preposition(word: str) -> bool:
    return any(p.tag.POS == "PREP" for p in analyzer().parse(word))


@lru_cache(maxsize=8192)
def _surname_spelling(word: str) -> bool:
    """Does pymorphy3 read the folded word as a surname in the nominative singular (павлов,
    борисов, иванов), which a given name's genitive plural spells too?"""
    return any(
        "Surn" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in analyzer().parse(word)
    )


@lru_cache(maxsize=8192)
def _modifier_spelling(word: str) -> bool:
    """Can the folded word be an adjective, a participle, an adverb or a numeral, which an
    adverb before it would modify (достаточно большой, заметно больше, больше двух)?"""
    return any(p.tag.POS in _MODIFIED for p in analyzer().parse(word))


_MODIFIED = frozenset({"ADJF", "ADJS", "ADVB", "COMP", "PRTF", "PRTS", "NUMR"})


@lru_cache(maxsize=8192)
def _predicate_adverb(word: str) -> bool:
    """Does pymorphy3 mark the spelling's adverb reading as able to be a predicate (Prdx:
    трудно, интересно, хорошо; not быстро, громко)?"""
    return any(p.tag.POS == "ADVB" and "Prdx" in p.tag for p in analyzer().parse(word))


@lru_cache(maxsize=8192)
def _dative(word: str) -> bool:
    """Can the folded word be a noun, pronoun or adjective in the dative (детям, одной)?"""
    return any(
        p.tag.case == "datv" and p.tag.POS in ("NOUN", "NPRO", "ADJF", "NUMR")
        for p in analyzer().parse(word)
    )


@lru_cache(maxsize=8192)
def _infinitive(word: str) -> bool:
    return any(p.tag.POS == "INFN" for p in analyzer().parse(word))


@lru_cache(maxsize=8192)
def _finite_or_infinitive(word: str) -> bool:
    """Can the folded word be a finite verb, an infinitive or a gerund (not a participle,
    which also names things: «из представленного»)?"""
    return any(p.tag.POS in ("VERB", "INFN", "GRND") for p in analyzer().parse(word))


#: words that are a clause's predicate before an infinitive themselves: «надо хорошо учиться»
_MODALS = frozenset(
    "надо нужно можно нельзя необходимо пора должен должна должно должны готов готова".split()
)


@lru_cache(maxsize=8192)
def _function_word_too(word: str) -> bool:
    """Is the spelling also a particle, a conjunction or a preposition (просто, равно,
    согласно), which a clause without a verb may well hold?"""
    return any(p.tag.POS in ("PRCL", "CONJ", "PREP") for p in analyzer().parse(word))


#: particles that may close a predicative's clause: «Ну круто же!», «Интересно ведь.»
_TRAILING = frozenset("же ж ведь уж".split())


@lru_cache(maxsize=8192)
def verbal_spelling(word: str) -> bool:
    """Can the folded word be a verb, an infinitive, a participle or a gerund, which an adverb
    before it would modify (поднялся выше, быстрее пришёл)?"""
    return any(p.tag.POS in _VERBAL for p in analyzer().parse(word))


_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


#: a clause's subject after its predicative, the clause ending after it: «Грустно всё это»
_SUBJECT = frozenset("это всё все".split())


@lru_cache(maxsize=8192)
def _subject(word: str) -> bool:
    """Can the folded word be a noun in the nominative (премия, зубы, цены), the subject a
    comparative after it is said of, and no verb?"""
    ps = analyzer().parse(word)
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in ps) and not any(
        p.tag.POS in ("VERB", "INFN") for p in ps
    )


@lru_cache(maxsize=8192)
def comparative_spelling(word: str) -> bool:
    """Can the folded word be a synthetic comparative (выше, шире, лучше)?"""
    return any(p.tag.POS == "COMP" for p in analyzer().parse(word))


@lru_cache(maxsize=8192)
def predicative_spelling(word: str) -> bool:
    """Can the folded word be a comparative or a short adjective (глуше, интересно, готов)?"""
    return any(p.tag.POS in ("COMP", "ADJS") for p in analyzer().parse(word))


@lru_cache(maxsize=8192)
def parenthetical(word: str) -> bool:
    """Can the spelling be a parenthetical word (возможно, известно, конечно)?"""
    return any("Prnt" in p.tag for p in analyzer().parse(word))
