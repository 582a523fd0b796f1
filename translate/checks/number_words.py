"""Numbers written as words, for `number-mismatch`: "over 3 days" may be «Üç gün ərzində» or
«В течение трех дней», and "Twelve" may be «On iki» or «Двенадцать».

Each language reads its words its own way:

- **en** (the source): cardinal words from two up, alone or compound (`twenty-three`,
  `two hundred and fifty`, `three million`). "one" alone is not read (it is a pronoun as often
  as a number: "one of the", "the one who"), and a capitalised number word inside a sentence is
  part of a name ("Group of Seven", "Three Seas Initiative"), whose translation need not carry
  a number: only lower-case words count, and a capitalised one that begins a sentence.
- **az**: the cardinal words in any case or possessive form (`üç`, `Üç`, `üçü`, `üçünü`,
  `ikisini`, `beşində`), read by the same suffix analyser that finds inflected glossary terms
  (`translate.morph.az.AzHeadMatcher`), and their ordinals (`üçüncü`, `ikinci`). The forms of
  `on` (10), `yüz` (100) and `min` (1000) that take an ending are not read: `onu`, `ona`,
  `onun` are the pronoun, `yüzü` is a face.
- **ru**: any case form of a cardinal, collective or ordinal numeral, е written for ё
  (`три`, `трех`, `трёх`, `тремя`, `восьми`, `двое`, `третьего`, `семёрка`), read by
  pymorphy3's lemmas (the project's Russian analyser), looked up in a table of lemmas.

Fractions written with words (`word_fractions`): en "half", "a quarter", "two-thirds", "two and
a half"; az «yarım», «il yarım», «dörddə bir», «üçdə ikisi»; ru «половина», «полчаса»,
«две трети», «два с половиной». Only where the reading is certain.

Consecutive number words make one number (`iyirmi beş` = 25, `двухсот пятидесяти` = 250,
`üç milyon` = 3,000,000). A word only ever *adds* values the translation may match; the checks
still report a source number the translation lacks, whether as digits or as words.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import regex

from translate.text.normalize import fold

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

    from translate.morph.az import AzHeadMatcher

_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_AZ_UNITS = "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz".split()
_AZ_TENS = "on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan".split()
_RU_UNITS = (
    "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать"
).split()
_RU_TENS = "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
_RU_HUNDREDS = "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()
_RU_COLLECTIVE = "двое трое четверо пятеро шестеро семеро восьмеро девятеро десятеро".split()
#: nouns of a number (тройка, семёрка: "the Group of Seven" is «Большая семёрка»)
_RU_NUMBER_NOUNS = (
    "единица двойка тройка четвёрка пятёрка шестёрка семёрка восьмёрка девятка десятка".split()
)
_RU_ORDINALS = (
    "нулевой первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый "
    "одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый шестнадцатый "
    "семнадцатый восемнадцатый девятнадцатый"
).split()
_RU_TENS_ORDINALS = (
    "двадцатый тридцатый сороковой пятидесятый шестидесятый семидесятый восьмидесятый девяностый"
).split()
#: more nouns of a number: «в первой десятке» is "in the top 10", «первой двухсотки» "of the top
#: 200" (the hundreds' nouns are made from their stems: `двухсот` + `ка`), «десятки», «сотни»
#: and «дюжина» count ("dozens of", "hundreds of", "a dozen"), «полсотни» is fifty
_RU_MORE_NOUNS = {"десяток": 10, "дюжина": 12, "двадцатка": 20, "тридцатка": 30, "сотка": 100}
_RU_MORE_NOUNS |= {"полсотни": 50, "полтысяча": 500, "полтысячи": 500}
_RU_MORE_NOUNS |= {"полмиллиона": 500_000, "полмиллиарда": 500_000_000}
#: the stems numerals take at the head of a compound adjective («девятилетняя», «двухдневный»,
#: «сорокаминутный», «стопроцентный», «полуторамесячный», «тысячелетний»): the genitive, and for
#: 2 also `дву` («двусторонний», «двукратный»). Not `одно`: a 1 is never shown as a change
#: anyway («один» is an article as often), so reading it could only hide a missing 1, and
#: «одно-» begins adjectives that count nothing (одновременный, однозначный, однородный)
_RU_COMPOUND_STEMS: dict[str, Decimal] = {
    stem: Decimal(value)
    for stem, value in (
        item.split(":")
        for item in (
            "полутора:1.5 дву:2 двух:2 трех:3 четырех:4 пяти:5 шести:6 семи:7 восьми:8 девяти:9 "
            "десяти:10 одиннадцати:11 двенадцати:12 тринадцати:13 четырнадцати:14 "
            "пятнадцати:15 шестнадцати:16 семнадцати:17 восемнадцати:18 девятнадцати:19 "
            "двадцати:20 тридцати:30 сорока:40 пятидесяти:50 шестидесяти:60 семидесяти:70 "
            "восьмидесяти:80 девяноста:90 сто:100 двухсот:200 трехсот:300 четырехсот:400 "
            "пятисот:500 шестисот:600 семисот:700 восьмисот:800 девятисот:900 тысяче:1000"
        ).split()
    )
}
#: longest first: `семидесяти` before `семи`, `двухсот` before `двух`
_RU_STEMS_LONGEST = sorted(_RU_COMPOUND_STEMS, key=len, reverse=True)
_RU_STEM_START = tuple(_RU_STEMS_LONGEST)
#: the adjectives of pymorphy3's dictionary that pass the tests of `_ru_compound` without being
#: one (a scan of every adjective it knows: «столичный» is not сто + «личный»)
_RU_NOT_COMPOUNDS = frozenset({"столичный", "семипалатинский"})

#: words that multiply what comes before them (or stand for 1 of themselves in ru/az)
#: (and their abbreviations, after a number word as after digits: «около двух млн», «iki mln»;
#: held-out set 118)
_SCALE_WORDS: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
    "az": {"min": 3, "milyon": 6, "milyard": 9, "trilyon": 12, "mln": 6, "mlrd": 9},
    "ru": {
        "тысяча": 3, "миллион": 6, "миллиард": 9, "триллион": 12,
        "тыс": 3, "млн": 6, "млрд": 9, "трлн": 12,
    },
}  # fmt: skip
#: az heads whose inflected forms spell other words (onu, ona: the pronoun; yüzü: a face;
#: altında, altına: under), and forms that are other words (üçün: "for")
_AZ_BARE_ONLY = frozenset({"on", "yüz", "min", "altı"})
_AZ_NOT_NUMBERS = frozenset({"üçün"})
_HIGH = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i", "i": "i", "ö": "ü", "ü": "ü"}
_AZ_VOWELS = frozenset(_HIGH)

_WORD = regex.compile(r"\p{L}+")
#: after an English number word: a fraction's numerator (`two-thirds`: «üçdə iki», read by
#: `word_fractions`) or a count of tens or dozens (`seven decades` = «yetmiş il»). A compound
#: adjective counts (`eleven-round`, `two-day`: «в одиннадцать туров», «двухдневный», «iki
#: günlük»), as a number written with words: reported only where the translation has another
#: number in its place (held-out set 113: «одиннадцать» had been taken for a changed 80)
_NOT_A_COUNT = regex.compile(
    r"[-\u2011](?:thirds?|quarters?|halve?s?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|hundredths?|thousandths?)\b|\s+(?:decades?|dozens?)\b",
    regex.I,
)
#: what makes "one" a number rather than a pronoun: a scale word after it ("one million"), or
#: a unit of time or measure ("within one month"). A worded number is reported only where the
#: translation has another number in its place, so «в течение месяца» stays right while «в
#: течение двух месяцев» is a change (held-out set 110)
_ONE_COUNTS = regex.compile(
    r"[ -](?:hundred|thousand|million|billion|(?:year|month|week|day|hour|minute|decade|century"
    r"|kilomet(?:re|er)|met(?:re|er)|mile|tonne|litre|liter)(?![\p{L}]))"
)
#: what may stand between two words of one number
_JOINS = frozenset({" ", "-", "\u00a0", "\u2011", " and "})
_SENTENCE_START = regex.compile(r"(?:^|[.!?…:]\s)[\s«“„\"'(\[*_#>-]*\Z")


def _table(units: list[str], tens: list[str], start: int = 0) -> dict[str, int]:
    out = {w: i + start for i, w in enumerate(units)}
    out.update({w: 20 + 10 * i for i, w in enumerate(tens)})
    return out


@cache
def _en_words() -> dict[str, int]:
    # "twice" and "three times" are said with the number in Azerbaijani («iki dəfə») and by an
    # adverb of it in Russian («дважды»), and so are "doubling", "tripling" («iki dəfə
    # artırılması», «в два раза»; held-out set 117)
    return _table(_EN_UNITS, _EN_TENS) | {"hundred": 100, "twice": 2, "thrice": 3} | _MULTIPLES


_MULTIPLES = {
    f"{stem}{ending}": value
    for stem, value in (("doubl", 2), ("tripl", 3), ("quadrupl", 4))
    for ending in ("e", "ed", "es", "ing")
}


@cache
def _ru_lemmas() -> dict[str, tuple[Decimal, bool]]:
    """Lemma → (value, cardinal): ordinals and number nouns count as values, but are no
    count a changed number could be shown at («второй» is also "another")."""
    out = {w: (Decimal(v), True) for w, v in _table(_RU_UNITS, _RU_TENS).items()}
    out |= {w: (Decimal(100 * (i + 1)), True) for i, w in enumerate(_RU_HUNDREDS)}
    out |= {w: (Decimal(i + 2), True) for i, w in enumerate(_RU_COLLECTIVE)}
    out |= {"полтора": (Decimal("1.5"), True), "полторы": (Decimal("1.5"), True)}
    out |= {w: (Decimal(i + 1), False) for i, w in enumerate(_RU_NUMBER_NOUNS)}
    out |= {w: (Decimal(v), False) for w, v in _table(_RU_ORDINALS, _RU_TENS_ORDINALS).items()}
    out["сотня"] = (Decimal(100), False)
    # the ordinals of the scale words («тысячная семья» for "the 1,000th family")
    out |= {"сотый": (Decimal(100), False), "тысячный": (Decimal(1000), False)}
    out |= {"миллионный": (Decimal(10**6), False), "миллиардный": (Decimal(10**9), False)}
    out |= {"дважды": (Decimal(2), False), "трижды": (Decimal(3), False)}
    out |= {"четырежды": (Decimal(4), False)}
    # "doubled", "tripled" («удвоился», «утроение», «вдвое»; held-out set 66)
    for value, stems in ((2, ("удво", "вдвое")), (3, ("утро", "втрое"))):
        for lemma in (f"{stems[0]}ить", f"{stems[0]}иться", f"{stems[0]}ение", stems[1]):
            out[lemma] = (Decimal(value), False)
    out |= {w: (Decimal(v), False) for w, v in _RU_MORE_NOUNS.items()}
    out |= {s + "ка": (v, False) for s, v in _RU_COMPOUND_STEMS.items() if s.endswith("сот")}
    return {k.replace("ё", "е"): v for k, v in out.items()}


_ADJECTIVE = frozenset({"ADJF", "ADJS"})
#: what makes a noun of a numeral stem: a pupil of a grade («одиннадцатиклассники» for
#: "11th-graders", «пятиклассница») and an anniversary or a span of years («тридцатилетие»,
#: «столетия», «тысячелетием»), in every case and number
_RU_NOUN_TAIL = regex.compile(r"классни(?:к|ц)\p{L}{0,4}|лети(?:е|я|ю|ем|и|й|ям|ями|ях)")
#: the grades below 5, whose pupils are named from the ordinal («второклассник»)
_RU_GRADE_STEMS = {"второ": Decimal(2), "третье": Decimal(3), "четверо": Decimal(4)}
_RU_GRADE = regex.compile(r"(второ|третье|четверо)классни(?:к|ц)\p{L}{0,4}")


def _adjective(parse: Parse) -> bool:
    """A full or short adjective that is no ordinal (`сотый`) nor a possessive (`ячий`)."""
    tag = parse.tag
    return tag.POS in _ADJECTIVE and "Anum" not in tag and "Poss" not in tag


@lru_cache(maxsize=4096)
def _ru_compound(word: str) -> Decimal | None:
    """The number at the head of a Russian compound adjective: «девятилетняя» 9,
    «двадцатипятилетний» 25, «стопроцентный» 100, «полуторамесячный» 1.5, «двухтысячелетний»
    2000. The word is an adjective, its numeral stems (`_RU_COMPOUND_STEMS`) make one number,
    and what follows them is an adjective of the dictionary on its own («летняя», «дневный»,
    «этажный», «процентный», «сторонний»): «семинарский», «десятичный», «стоимостный» begin
    like a numeral but do not go on with an adjective, and a noun («тысячелистник»,
    «пятиэтажка») or a verb («пятиться») is no such adjective, but for the nouns of a grade's
    pupils and of a span of years (`_RU_NOUN_TAIL`: «одиннадцатиклассники», «десятилетие»)."""
    f = fold(word, "ru")
    if not f.startswith(_RU_STEM_START):
        grade = _RU_GRADE.fullmatch(f)
        return _RU_GRADE_STEMS[grade.group(1)] if grade else None
    parts: list[tuple[Decimal | None, int]] = []
    last: Decimal | None = None
    rest = f
    while (stem := next((s for s in _RU_STEMS_LONGEST if rest.startswith(s)), None)) is not None:
        value = _RU_COMPOUND_STEMS[stem]
        if value == 1000:  # «тысяче» multiplies what is before it: «двухтысячелетний»
            if last is not None and last >= 1000:
                break
            parts.append((None, 3))
        elif last is not None and value >= _place(last):
            break  # the rest is no part of the number: «трехсторонний» is трех + сторонний
        else:
            parts.append((value, 0))
        last = value
        rest = rest[len(stem) :]
    rest = rest.removeprefix("ъ")  # «двухъядерный»
    if len(rest) < 4:
        return None
    if _RU_NOUN_TAIL.fullmatch(rest):
        return _compose(parts)  # «одиннадцатиклассники», «тридцатилетие»: a noun of a number
    from translate.morph.ru import analyzer

    morph = analyzer()
    if not any(
        _adjective(p) and p.normal_form.replace("ё", "е") not in _RU_NOT_COMPOUNDS
        for p in morph.parse(f)
    ):
        return None
    if rest not in _RU_UNLISTED_TAILS and not any(
        p.is_known and _adjective(p) for p in morph.parse(rest)
    ):
        return None
    return _compose(parts)


#: tails of numeral compounds the dictionary knows only inside them: «пятизвёздочный» (a hotel's
#: stars; held-out set 116), «двухдверный»
_RU_UNLISTED_TAILS = frozenset({"звездочный", "дверный"})


#: az cardinals that head a compound adjective written solid («ikiotaqlı» 2-room,
#: «üçmərtəbəli» 3-storey, «onillik» a decade's, «yüzillik»); not «bir», which begins words
#: that count nothing (birgə, birlik) and whose 1 is never shown as a change anyway
_AZ_COMPOUND_HEADS = sorted(
    [
        (w, v)
        for w, v in (_table(_AZ_UNITS, _AZ_TENS[1:]) | {"on": 10, "yüz": 100, "min": 1000}).items()
        if v >= 2
    ],
    key=lambda wv: -len(wv[0]),
)
#: what follows the cardinal: a stem of two letters or more and the adjective suffix -lı/-lik
#: (-lı, -li, -lu, -lü; -lıq, -lik, -luq, -lük), maybe inflected («onilliyin», «ikiotaqlıda»)
_AZ_COMPOUND_REST = regex.compile(r"\p{L}{2,}?l[ıiuü](?:[kqğy]\p{L}{0,6}|\p{L}{0,6})")


@lru_cache(maxsize=4096)
def _az_compound(word: str) -> Decimal | None:
    """The number at the head of an Azerbaijani compound adjective written as one word:
    «ikiotaqlı» 2, «üçmərtəbəli» 3, «onillik» 10. A value, never a count a change is shown
    at: a wrong reading («onurlu») can only explain a source number, not report one."""
    f = fold(word, "az")
    for head, value in _AZ_COMPOUND_HEADS:
        if f.startswith(head) and _AZ_COMPOUND_REST.fullmatch(f, len(head)):
            return Decimal(value)
    return None


def _az_ordinal(word: str) -> str:
    last = next(c for c in reversed(word) if c in _AZ_VOWELS)
    high = _HIGH[last]
    return word + ("nc" + high if word[-1] in _AZ_VOWELS else high + "nc" + high)


@cache
def _az_matcher() -> tuple[AzHeadMatcher, list[tuple[str, int, bool]]]:
    """The suffix analyser with the number words (and their ordinals) as heads: (head, value,
    cardinal) per key."""
    from translate.morph.az import AzHeadMatcher

    matcher = AzHeadMatcher()
    heads: list[tuple[str, int, bool]] = []
    for word, value in (_table(_AZ_UNITS, _AZ_TENS[1:]) | {"on": 10, "yüz": 100}).items():
        forms = [(word, True), (_az_ordinal(word), False)]
        if value > 1:  # «birlik» is a union
            forms.append((_az_collective(word), False))
        for head, cardinal in forms:
            matcher.add(head, len(heads))
            heads.append((head, value, cardinal))
    return matcher, heads


def _az_collective(word: str) -> str:
    """The noun of a number: «ilk onluq» is "the top 10", «ilk yüzlükdə» "in the top 100",
    «beşlik», «üçlük» (a group of five, of three); like an ordinal, a value but no count."""
    last = next(c for c in reversed(word) if c in _AZ_VOWELS)
    return word + "l" + _HIGH[last] + ("q" if last in "aıou" else "k")


_AZ_LETTER = regex.compile("[əƏıİşŞçÇğĞöÖüÜ]")


@cache
def _az_typed() -> dict[str, str]:
    """The az number words with Azerbaijani letters, by their spelling without them (`qirx` →
    «qırx», `uc` → «üç», `dord` → «dörd»), for a text typed on a keyboard without them."""
    ascii_ = str.maketrans("əıöüşçğ", "eiouscg")
    words = [*_AZ_UNITS, *_AZ_TENS, "yüz"]
    return {w.translate(ascii_): w for w in words if w.translate(ascii_) != w}


@lru_cache(maxsize=8192)
def _word_value(word: str, lang: str) -> tuple[Decimal | None, int, bool, bool]:
    """(value, power of ten, inflected, cardinal) of one word: a number word's value, or a
    scale word's power; *inflected* is an az word with an ending, which only the last word of
    a number has; *cardinal* is false for an ordinal or a number noun."""
    f = fold(word, lang)
    scale = _SCALE_WORDS.get(lang, {})
    if f in scale:
        return None, scale[f], False, True
    if lang == "en":
        v = _en_words().get(f)
        return (Decimal(v) if v is not None else None), 0, False, True
    if lang == "az":
        if f in _AZ_NOT_NUMBERS:
            return None, 0, False, True
        matcher, heads = _az_matcher()
        for key, chain in matcher.lookup(f):
            head, value, cardinal = heads[key]
            if chain and head in _AZ_BARE_ONLY:
                continue
            return Decimal(value), 0, bool(chain) or head != f, cardinal
        return None, 0, False, True
    if lang == "ru":
        from translate.morph.ru import analyzer

        lemmas = _ru_lemmas()
        for p in analyzer().parse(f):
            lemma = p.normal_form.replace("ё", "е")
            if lemma in lemmas:
                amount, ordinary = lemmas[lemma]
                return amount, 0, False, ordinary
            if lemma in scale:
                return None, scale[lemma], False, True
    return None, 0, False, True


def _place(value: Decimal) -> Decimal:
    """The smallest place a number word fills (20 → 10, 300 → 100, 12 → 1): the next word of
    the same number must be below it (`twenty-three`, `on iki`; not `üç iki`)."""
    place = Decimal(1)
    while value and value % (place * 10) == 0:
        place *= 10
    return place


def _compose(values: list[tuple[Decimal | None, int]]) -> Decimal:
    """The value of consecutive number words: units and tens add up, a hundred multiplies
    what is before it, a scale word closes a group (`two hundred fifty thousand three`)."""
    total = Decimal(0)
    current = Decimal(0)
    for value, power in values:
        if value is None:
            total += (current or 1) * (Decimal(10) ** power)
            current = Decimal(0)
        elif value == 100 and current and current < 10:
            current *= 100
        else:
            current += value
    return (total + current).normalize()


#: an English number word: most sources have none, and then no word is looked at
_EN_ANY = regex.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            set(_EN_UNITS[1:] + _EN_TENS) | {"hundred", "twice", "thrice"} | set(_MULTIPLES),
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    regex.I,
)


#: a stage of a knockout tournament in ru and az notation: «1/8 финала», «1/4 finalı» are the
#: round of 16 and the quarter-finals, so the stage of 1/N is the round of 2N teams
STAGE = regex.compile(r"(?<![\d.,/])1/(\d{1,2})(?=[ \u00a0]+(?:финал|final))", regex.I)


def stages(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, teams) of every tournament stage written as a fraction (`STAGE`)."""
    if "/" not in text:
        return []
    return [(m.start(), m.end(), Decimal(2 * int(m.group(1)))) for m in STAGE.finditer(text)]


def word_numbers(text: str, lang: str) -> list[tuple[int, int, Decimal, bool]]:
    """(start, end, value, cardinal) of every number written with words in *text* (a prose
    text: mask what is not prose first); *cardinal* is false when a word of it is an ordinal
    or a number noun (`üçüncü`, `второй`, `семёрка`), which count as the value but are no
    place a changed number could be shown at."""
    if lang == "en" and _EN_ANY.search(text) is None:
        return []
    out: list[tuple[int, int, Decimal, bool]] = []
    run: list[tuple[Decimal | None, int]] = []
    run_start = run_end = 0
    english = lang == "en"
    cardinal = True

    def close() -> None:
        if run and not (english and _NOT_A_COUNT.match(text, run_end)):
            out.append((run_start, run_end, _compose(run), cardinal))
        run.clear()

    # Azerbaijani typed without its letters (`Qirx yeddi`): its bare number words are read too
    typed = lang == "az" and _AZ_LETTER.search(text) is None
    last: Decimal | None = None  # the previous word's value (a scale word's: 1000, 10**6...)
    ended = False  # the previous word took an ending: the number is complete
    for m in _WORD.finditer(text):
        w = m.group()
        between = text[run_end : m.start()]
        if run and (ended or between not in _JOINS or (between == " and " and not english)):
            close()
        if english and w == "and" and run and between == " ":
            continue
        value, power, inflected, plain = _word_value(w, lang)
        if value is None and not power and typed and (proper := _az_typed().get(w.lower())):
            value, power, inflected, plain = _word_value(proper, lang)
        if value is None and not power:
            close()
            if lang == "ru":
                whole = _ru_compound(w)
            elif lang == "az":
                whole = _az_compound(w)
            else:
                whole = None
            if whole is not None:
                # a number of its own, joined to no word around it (a value, not a count:
                # «трёхсторонний», «столетний», «ikitərəfli» render words the source writes
                # without one)
                out.append((m.start(), m.end(), whole, False))
            continue
        if run and value is not None:
            joins = (last is not None and value < _place(last)) or (
                value == 100 and last is not None and last < 10
            )
            if not joins:
                close()
        if not run:
            if value is None:  # a scale word alone is no number ("million" after digits)
                if not english and _DIGITS_BEFORE.search(text, 0, m.start()) is None:
                    # but «более тысячи», «около миллиона», «mindən çox» say one of it: a
                    # value the translation may match, never shown as a change («тысячи
                    # людей» is also "thousands of people")
                    out.append((m.start(), m.end(), Decimal(10) ** power, False))
                continue
            if english:
                if w[:1].isupper() and not _SENTENCE_START.search(text, 0, m.start()):
                    continue  # a name: "Group of Seven"
                if value == 1 and fold(w, lang) == "one":
                    nxt = text[m.end() : m.end() + 12]
                    if _ONE_COUNTS.match(nxt) is None:
                        continue
            run_start = m.start()
            cardinal = True
        cardinal = cardinal and plain
        run.append((value, power))
        run_end = m.end()
        last = Decimal(10) ** power if value is None else value
        ended = inflected
    close()
    if lang in ("ru", "az"):
        # «1/8 финала» for "the round of 16": the value 16, never a count a change is shown at
        out += [(s, e, v, False) for s, e, v in stages(text)]
        out.sort(key=lambda n: n[0])
    if lang == "az" and out:
        # «yüz minlərlə» ("hundreds of thousands"), «on milyonlarla»: a number before a vague
        # plural of a scale word counts nothing exactly, so no changed number is shown at it
        out = [(s, e, v, c and _AZ_VAGUE_SCALE.match(text, e) is None) for s, e, v, c in out]
    return out


#: digits (and the spaces after them) right before a word: the word is their scale
_DIGITS_BEFORE = regex.compile(r"\d[\s\u00a0]*\Z")

#: az vague plurals of a scale word: «minlərlə» (by thousands), «milyonlarla», «milyardlarla»
_AZ_VAGUE_SCALE = regex.compile(r"\s+(?:minl[əe]rl[əe]|milyonlarla|milyardlarla)\b", regex.I)


# --- fractions written with words ----------------------------------------------------------------

#: English fraction words and their denominators (`a quarter`, `two-thirds`, `one fifth of`)
_EN_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_EN_PARTS |= {
    f"{w}{s}": d for d, w in enumerate(("fourth", "fifth", "sixth"), 4) for s in ("", "s")
}
_EN_PARTS |= {
    f"{w}{s}": d
    for d, w in enumerate(("seventh", "eighth", "ninth", "tenth"), 7)
    for s in ("", "s")
}
#: what may follow "a third", "a fifth" when it is a fraction ("a third of", "cut by a third from
#: January", "rose by a fifth in May"): an ordinal is followed by its noun (`a third term`)
_EN_AFTER_FRACTION = regex.compile(
    r"\s+(?:of|from|in|over|since|to|compared|than|on|at|after|before|within|during|"
    r"this|last|next|year-on-year)\b|\s*(?:[.,;:!?)]|$)"
)
#: az denominators: the locative of a cardinal before the numerator (`dörddə bir`, `üçdə ikisi`;
#: `onda iki hissəsi`, tenths, only as a fraction's shape says: `onda` is also "then")
_AZ_DENOMINATORS = {"ikidə": 2, "üçdə": 3, "dörddə": 4, "beşdə": 5, "altıda": 6}
_AZ_DENOMINATORS |= {"yeddidə": 7, "səkkizdə": 8, "doqquzda": 9}
#: az «hissə» (part) after a fraction's numerator: «saniyənin onda iki hissəsi» (two tenths)
_AZ_PART = regex.compile(r"[ \u00a0]+hissə", regex.I)
#: az «yarım» (half) and «yarı» with a possessive or case ending (`yarısı`, `yarısını`, `yarıda`);
#: not `yarımada` (a peninsula), `yarımçıq` (unfinished), `yarımfinal`: the word must end here
_AZ_HALF = regex.compile(r"yarım|yarı(?:sı(?:n[ıa]|nda|ndan)?|ya|da|dan)?")
#: ru «пол» + a measure in the genitive (`полчаса`, `полгода`, `полчайной ложки`) or with a hyphen
#: (`пол-литра`); «полу» + the same in an oblique case (`получаса`). A closed list: «пол», «полк»,
#: «полный», «политика» begin with the same letters
_RU_HALF_OF = regex.compile(
    r"полу?(?:час[аеу]?|год[ау]?|век[ау]?|минут[ыеу]?|секунд[ыеу]?|кило(?:грамм[аеу]?)?|литр[аеу]?"
    r"|метр[аеу]?|стакан[аеу]?|ложк[иеу]|чайн(?:ой|ую)|столов(?:ой|ую)|месяц[аеу]?|недел[иею]"
    r"|дн[яюе]|сут(?:ок|кам|ках)|пачк[иеу]|банк[иеу]|чашк[иеу]|кружк[иеу]|бутылк[иеу])"
    r"|полугоди[еяюи]|полугодием"
)
#: az «rüb» (a quarter: `rüb əsr`, a quarter century; `ilin rübü`)
_AZ_QUARTER = regex.compile(r"rüb(?:ü|ün|ünü|ündə|ünə|ündən)?")
#: the az predicative ending a numerator may take (`dörddə biridir`: "is a quarter")
_AZ_COPULA = regex.compile(r"d[ıiuü]r(?:lar|lər)?$")
_RU_PART_LEMMAS = {"половина": 2, "половинка": 2, "треть": 3, "четверть": 4}
#: a text that may hold a fraction word, per language (most have none: no word is looked at)
_FRACTION_ANY = {
    "en": regex.compile(
        r"half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth", regex.I
    ),
    "az": regex.compile(r"yarı|rüb|d[əa]\s", regex.I),
    "ru": regex.compile(
        r"пол|трет|четверт|(?:пят|шест|седьм|восьм|девят|десят|сот)(?:ых|ая|ую|ой)", regex.I
    ),
}
#: ru denominators said with an ordinal: «четыре пятых» (4/5), «три десятых», «одна пятая»
_RU_ORDINAL_PARTS = {
    "пят": 5,
    "шест": 6,
    "седьм": 7,
    "восьм": 8,
    "девят": 9,
    "десят": 10,
    "сот": 100,
}
_RU_ORDINAL_PART = regex.compile(r"(пят|шест|седьм|восьм|девят|десят|сот)(ых|ая|ую|ой)")
_RU_ONE = frozenset({"одна", "одну", "одной"})
HALF = Decimal("0.5")


def _whole_before(text: str, toks: list[tuple[int, int, str]], i: int, lang: str, join: str):
    """(start, value) of the whole number written right before token *i* and *join* (`two and
    a half`, `2 and a half`, `два с половиной`, `iki yarım`): digits or one cardinal word."""
    at = toks[i][0] - len(join)
    if at < 0 or text[at : toks[i][0]].lower() != join:
        return None
    digits = regex.search(r"(?<![\d.,])(\d+)[ \u00a0]?\Z", text, endpos=at)
    if digits is not None and join:
        return digits.start(1), Decimal(digits.group(1))
    j = i - 1
    while j >= 0 and toks[j][1] > at:
        j -= 1
    if j < 0 or text[toks[j][1] : at].strip(" \u00a0-") != "":
        return None
    value, power, _inflected, cardinal = _word_value(toks[j][2], lang)
    if value is None or power or not cardinal or value < 1:
        return None
    return toks[j][0], value


#: units a half may follow, making "one and a half" of them: az «il yarım», «saat yarım» (and «iki
#: il yarım»: 2½ years); ru «час с половиной», «два года с половиной»
_HALF_UNITS = {
    "az": frozenset(
        "il ay saat gün həftə dəqiqə saniyə əsr kilo kiloqram litr metr kilometr stəkan".split()
    ),
    "ru": frozenset(
        "час часа часов год года лет месяц месяца месяцев день дня дней неделю недели недель "
        "минуту минуты минут сутки суток век века литр литра литров метр метра метров "
        "километр километра километров килограмм килограмма килограммов стакан стакана".split()
    ),
}


def _unit_half(text: str, toks: list[tuple[int, int, str]], i: int, lang: str, join: str):
    """(start, value) of a half after a unit (token *i* is the half, *join* what stands
    between): «il yarım» and «час с половиной» are 1½, «iki il yarım» 2½."""
    at = toks[i][0] - len(join)
    j = next((k for k in range(i - 1, -1, -1) if toks[k][1] <= at), -1)
    if j < 0 or toks[j][1] != at or text[at : toks[i][0]].lower() != join:
        return None
    if toks[j][2] not in _HALF_UNITS.get(lang, ()):
        return None
    whole = _whole_before(text, toks, j, lang, " ")
    if whole is None:
        return toks[j][0], Decimal(1) + HALF
    return whole[0], whole[1] + HALF


def _unit_and_a_half(text: str, toks: list[tuple[int, int, str]], i: int):
    """(start, whole) of "a year and a half", "an hour and a half", "two days and a half"
    (token *i* is the half): the count before the unit is the whole number."""
    if i < 4 or text[toks[i - 3][1] : toks[i][0]].lower() != " and a ":
        return None
    if text[toks[i - 4][1] : toks[i - 3][0]] != " ":
        return None
    count = toks[i - 4][2]
    whole = 1 if count in ("a", "an", "one") else _en_words().get(count)
    if whole is None or whole < 1:
        return None
    return toks[i - 4][0], Decimal(whole)


def word_fractions(text: str, lang: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of every fraction written with words in *text* (a prose text: mask
    what is not prose first): en `half` (not `half-time`, not a capitalised name's), `a quarter`,
    `three quarters`, `two-thirds`, `a third of` (`a third term` is an ordinal), `one and a
    half`, `2 and a half`; az `yarım`, `yarısı`, `iki yarım`, `dörddə bir`, `üçdə ikisi`; ru
    `половина`, `пол-литра`, `полчаса`, `четверть`, `две трети`, `четыре пятых`, `одна пятая`,
    `два с половиной` (`полтора` is
    a numeral: `word_numbers`). Only what is certain: a word that may be something else is not
    read, and a fraction the translation words some other way is not reported for that."""
    spec = _FRACTION_ANY.get(lang)
    if spec is None or spec.search(text) is None:
        return []
    toks = [(m.start(), m.end(), fold(m.group(), lang)) for m in _WORD.finditer(text)]
    out: list[tuple[int, int, Decimal]] = []
    for i, (_, end, _) in enumerate(toks):
        found = _fraction_at(text, toks, i, lang)
        if found is not None:
            s, value = found
            if out and out[-1][1] > s:
                out.pop()  # `two and a half` over `a half`
            out.append((s, end, value))
    return out


def _fraction_at(
    text: str, toks: list[tuple[int, int, str]], i: int, lang: str
) -> tuple[int, Decimal] | None:
    """(start, value) of a fraction whose last word is token *i*."""
    start, end, w = toks[i]
    prev = toks[i - 1][2] if i else ""
    between = text[toks[i - 1][1] : start] if i else ""
    if lang == "en":
        den = _EN_PARTS.get(w)
        if den is None:
            return None
        if text[end : end + 1] in "-\u2011" and text[end + 1 : end + 2].isalpha():
            return None  # half-time, quarter-final
        if text[start].isupper() and not _SENTENCE_START.search(text, 0, start):
            return None  # a name
        if w == "half":
            if prev in ("first", "second"):
                return None  # a half of a match or a year ("in the second half"): a period
            whole = _whole_before(text, toks, i, lang, " and a ")
            if whole is None:
                whole = _whole_before(text, toks, i, lang, "-and-a-")
            if whole is None:
                whole = _unit_and_a_half(text, toks, i)
            if whole is not None:
                return whole[0], whole[1] + HALF
            if between in (" ", "-") and prev in ("a", "one"):
                return toks[i - 1][0], HALF
            if start and text[start - 1] in "-\u2011":
                return None  # a compound's last part
            return start, HALF
        if between not in (" ", "-", "\u2011") or not prev:
            return None
        if prev in ("a", "one"):
            if w.endswith("s") or w in ("halves",):
                return None
            if w != "quarter" and not _EN_AFTER_FRACTION.match(text, end):
                return None  # `a third term`, `a fifth round`: ordinals
            return toks[i - 1][0], (Decimal(1) / Decimal(den)).normalize()
        num = _en_words().get(prev)
        if num is None or not 2 <= num < den or not w.endswith("s"):
            return None
        return toks[i - 1][0], (Decimal(num) / Decimal(den)).normalize()
    if lang == "az":
        if _AZ_QUARTER.fullmatch(w):
            return start, Decimal("0.25")
        if _AZ_HALF.fullmatch(w):
            whole = _unit_half(text, toks, i, lang, " ") if w == "yarım" else None
            if whole is not None:
                return whole
            whole = _whole_before(text, toks, i, lang, " ")
            return (whole[0], whole[1] + HALF) if whole is not None else (start, HALF)
        den = _AZ_DENOMINATORS.get(prev, 10 if prev == "onda" else None)
        if den is None or between not in (" ", "\u00a0"):
            return None
        value, power, inflected, _cardinal = _word_value(w, lang)
        if value is None and (copula := _AZ_COPULA.search(w)) is not None:
            value, power, inflected, _cardinal = _word_value(w[: copula.start()], lang)
        if value is None or power or not 1 <= value < den:
            return None
        if prev == "onda" and not (inflected or _AZ_PART.match(text, end)):
            return None  # «onda» is also "then" («Onda iki nəfər gəldi»): tenths take «hissə»
        return toks[i - 1][0], (value / Decimal(den)).normalize()
    if lang == "ru":
        if w == "пол" and text[end : end + 1] in "-\u2011" and text[end + 1 : end + 2].isalpha():
            return start, HALF
        if _RU_HALF_OF.fullmatch(w):
            return start, HALF
        part = _RU_ORDINAL_PART.fullmatch(w)
        if part is not None and i and between in (" ", "\u00a0"):
            den = _RU_ORDINAL_PARTS[part.group(1)]
            if part.group(2) != "ых":
                # «одна пятая», «одну пятую»: one part, the ordinal agreeing with «часть»
                return (toks[i - 1][0], Decimal(1) / Decimal(den)) if prev in _RU_ONE else None
            count, power, _inflected, cardinal = _word_value(prev, lang)
            if count is not None and not power and cardinal and 2 <= count < den:
                return toks[i - 1][0], (count / Decimal(den)).normalize()
            return None
        if not w.startswith(("пол", "трет", "четверт")):
            return None
        from translate.morph.ru import analyzer

        den = next(
            (
                _RU_PART_LEMMAS[p.normal_form]
                for p in analyzer().parse(w)
                if p.normal_form in _RU_PART_LEMMAS
            ),
            None,
        )
        if den is None:
            return None
        if den == 2:
            whole = _unit_half(text, toks, i, lang, " с ")
            if whole is not None:
                return whole
            whole = _whole_before(text, toks, i, lang, " с ")
            return (whole[0], whole[1] + HALF) if whole is not None else (start, HALF)
        if between in (" ", "\u00a0") and i:
            count, power, _inflected, cardinal = _word_value(prev, lang)
            if count is not None and not power and cardinal and 2 <= count < den:
                return toks[i - 1][0], (count / Decimal(den)).normalize()
        return start, (Decimal(1) / Decimal(den)).normalize()
    return None
