"""`number-mismatch`: every number of the source appears in the translation.

Numbers are compared as values, not strings, so each language may format them its own way: the
target is read with its locale's group and decimal symbols from Babel's CLDR data (az `1.000,5`,
ru `1 000,5` with a no-break or plain space) and also as plain English, and every run of digits
counts on its own too (so `1 000` never hides a `1`). Ordinals keep their number in another
dress: `11th` → ru `11-я`, az `XI` (Roman numerals are read as values); `44-day` → `44 günlük`,
`44-дневная`. Numbers inside link targets, URLs and code spans are markup's business, not this
check's. Numbers written partly with words are read as their values: en `40,000`, `$1.5 million`,
`$2bn`; az `40 min`, `1,5 milyon`, `4,8 milyard`; ru `40 тыс.`, `1,5 млн`, `4,8 млрд` (`_SCALES`),
so `4.8 billion` → `4,8 млн` is caught and `40,000` → `40 min` is not. An English 12-hour clock
time is its hour on either clock: "8 pm", "8 p.m.", "8pm" are 8 or 20 (`20:00`, `20.00`, «в 20
часов», «saat 20:00-da», «в 8 вечера»), "8:30 a.m." is 8 and 30 (`08:30`), "12 am" is 0 (`clock`);
`21:00` for "8 pm" is still a changed number. A number the translation adds is not reported
(translators spell out "two decades"), but when one is missing, an unexplained number in the
translation is shown as the likely change: one none of whose readings is the source's, or one
written more often than the source writes it (`_surplus`; `_accounted`: a single run of the digits
of a well-formed number does not account for it, so `6,4` for "4.6" is shown even beside a list
marker `4.`; one of a date's does). A number inside a source glossary term ("the 44-day war") is
the name's, accounted for when the translation renders the concept with a term without a digit
(«Vətən müharibəsi», `_rendered_term_spans`). A race time in the Russian sports notation is a time
(`9.41,27` = 9:41.27, `2.05.33` = 2:05:33). "24/7" (`24x7`, `24/7/365`) is round the clock, not the
numbers 24 and 7: the translation renders it with 24 and 7 in either order (`7/24`) or with a word
for it («круглосуточно», «gecə-gündüz»; `_ROUND_THE_CLOCK_WORDS`). "24 hours" is a day, which
ru and az say with a word: «за сутки», «sutka ərzində» (`_says_a_day`); so is the 1 of "1 in 5",
said with "each" and an ordinal: «каждая пятая», «hər beşinci» (`_says_one_in`). A fraction is
one number (`fractions`: `¼`, `1½`, `1⁄2`, `1/2`; `number_words.word_fractions`: "half", «половина»,
«dörddə bir»), equal to its decimals and, as a percentage, to its hundredths (`25 %`). Digits
glued to letters are a name's (X12, COVID-19): a space after them joins no number
(`_glued`), and a space groups digits only where a group of three follows a number of one to
three (`_side_by_side`: «в 2020 1 500 человек» is 2020 and 1 500).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache

import regex
from babel.numbers import get_decimal_symbol, get_group_symbol

from translate.checks._text import mask_non_prose, non_prose_runs
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.fractions import fractions, roundings
from translate.checks.number_words import HALF, stages, word_fractions, word_numbers
from translate.checks.segment import Segment
from translate.text.normalize import fold

_SOURCE_NUM = regex.compile(
    r"(?<![\d.,])(?P<dotted>\d+(?:\.\d+){2,})(?![\d.]\d)"
    r"|(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.,])\d+(?:\.\d+)?"
)
_TARGET_NUM = regex.compile(r"(?<!\d)\d+(?:[.,\u00a0\u202f\u2009 ]\d+)*")
#: a Roman numeral as a word of its own. The lookahead makes it start with a numeral letter:
#: every part is optional, and without it the pattern matched the empty string at each
#: position of any text holding one of the letters (all but ASCII-free text), only for the
#: empty matches to be thrown away; the non-empty matches are the same
_ROMAN = regex.compile(
    r"(?<![\p{L}\d])(?=[MDCLXVI])"
    r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\d])"
)
_ROMAN_LETTER = re.compile("[IVXLCDM]")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_DIGITS = regex.compile(r"\d+")
#: "mt" / "Mt" / "mtpa" after a number: million tonnes (a year) or metric tonnes
_MT = regex.compile(r"[ \u00a0]?(?:mt|Mt|MT|mmt|mtpa|Mtpa)\b")
#: a unit with an SI prefix after a number (`190 kt`, `1,500 MW`, `4.2 TWh`), which a translation
#: may give with another prefix or a scale word («190 тыс. т», «1,5 ГВт»; held-out set 129)
_PREFIXED_UNIT = regex.compile(r"[ \u00a0]?(?P<p>[kMGT])(?:Wh?|t)(?![\p{L}\d])")
#: the power of a thousand each prefix stands for
_PREFIX_STEP = {"k": 1, "M": 2, "G": 3, "T": 4}
#: the word of a legal reference right before its number ("Article 279.3", "Section 4.2")
_LEGAL_BEFORE = regex.compile(
    r"\b(?:Articles?|Art\.|Sections?|Clauses?|Paragraphs?|Parts?|Rules?|Chapters?|§)\s*\Z",
    regex.I,
)
#: a scale word right after a number, per language: its value multiplies the number's. English
#: `m` / `bn` / `k` count only after a currency sign (`$1.5m`: "1.8 m" is metres); az `min`
#: (thousand) takes the case endings a numeral takes (`40 mindən`), not `mina` (a mine), and
#: `-lik` (`17 min nəfərlik`, `17 minlik şəhər`); ru also makes an adjective with a hyphen
#: (`17-тысячный город`, `1,5-миллионная армия`)
_SCALES: dict[str, tuple[regex.Pattern[str], dict[str, int]]] = {
    "en": (
        regex.compile(
            r"[ \u00a0]?(thousand|million|billion|trillion|mn|mln|bn|bln|tn|bcm|tcm|bcf|tcf"
            r"|mm?cm|mm?b/d|mm?bpd|mmbbl|mmbtu|kb/d|kbpd)\b"
            # after a currency sign or an ISO code (AZN 45m, ₼410m): million, thousand, billion;
            # a lower-case `k` glued to its number is a thousand wherever it stands (42k TEU;
            # `4K` is a screen resolution)
            r"|(?<=(?:\p{Sc}|(?-i:\b[A-Z]{3})[ \u00a0])\S*)(m|k|b)\b|(?-i:(k))\b",
            regex.I,
        ),
        {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mn": 6, "bn": 9, "tn": 12}
        | {"m": 6, "k": 3, "b": 9}
        # gas volumes: billion / trillion cubic metres or feet (`25.2 bcm` = «25,2 млрд кубометров»)
        | {"bcm": 9, "tcm": 12, "bcf": 9, "tcf": 12, "mcm": 6, "mmcm": 6}
        # wire-service abbreviations (`2.5 mln`, `1 bln`) and the oil trade's volumes: million
        # barrels (a day), million British thermal units, thousand barrels a day (`1.2 mb/d` =
        # «1,2 млн баррелей в сутки»)
        | {"mln": 6, "bln": 9, "mb/d": 6, "mmb/d": 6, "mbpd": 6, "mmbpd": 6, "mmbbl": 6}
        | {"mmbtu": 6, "kb/d": 3, "kbpd": 3},
    ),
    "az": (
        regex.compile(
            r"[ \u00a0](min(?:dən|də|ədək|ə|in|i|dir|lik\p{L}*)?(?!\p{L})"
            r"|(?:milyon|mln|milyard|mlrd|trilyon|trln)\p{L}*"
            # Russian's, typed in an az text (`2,9 млн ton`): `wrong-script`'s slip, but the
            # same number (held-out set 117)
            r"|(?:тыс|млн|млрд|трлн)\.?"
            # and English's, left untranslated (`50 million il`; held-out set 137)
            r"|(?:thousand|million|billion|trillion)(?!\p{L}))",
            regex.I,
        ),
        {"min": 3, "milyon": 6, "mln": 6, "milyard": 9, "mlrd": 9, "trilyon": 12, "trln": 12}
        | {"тыс": 3, "млн": 6, "млрд": 9, "трлн": 12}
        | {"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
    ),
    "ru": (
        regex.compile(
            r"[ \u00a0\u202f\-‐‑](?:(тыс|тысяч|млн|миллион|млрд|миллиард|трлн|триллион)\p{L}*\.?"
            # English's, left untranslated (`50 million лет`: `wrong-script`'s slip, the same
            # number; held-out set 137)
            r"|(thousand|million|billion|trillion)(?!\p{L}))",
            regex.I,
        ),
        {"тыс": 3, "тысяч": 3, "млн": 6, "миллион": 6, "млрд": 9, "миллиард": 9}
        | {"трлн": 12, "триллион": 12}
        | {"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
    ),
}


def _scale(text: str, end: int, lang: str) -> tuple[int, int]:
    """(power of ten, end of the scale word) of a scale word at *end*; (0, end) when none."""
    spec = _SCALES.get(lang)
    if spec is None or end >= len(text) or text[end] not in " \u00a0\u202fmkbMKBtT-‐‑":
        return 0, end
    pattern, powers = spec
    m = pattern.match(text, end)
    if m is None:
        return 0, end
    word = next((g for g in m.groups() if g), "").lower()
    for stem, power in powers.items():
        if word == stem or (lang != "en" and word.startswith(stem) and len(stem) > 2):
            return power, m.end()
    return 0, end


#: an English 12-hour clock time, optionally the end of a range ("8-10 pm", "9 to 11 a.m."): the
#: hours and minutes as groups, the meridiem last. "am" and "pm" stand alone (`8 amendments`
#: is no time), the dotted forms may have a space inside ("p. m.")
_CLOCK = regex.compile(
    r"(?<![\d.,:])(?:(\d{1,2})(?:[:.](\d{2}))?[ \u00a0]?(?:-|–|—|to|and|until)[ \u00a0]?)?"
    r"(?<![\d.,])(\d{1,2})(?:[:.](\d{2}))?[ \u00a0]?([ap])(?:\.[ \u00a0]?m\b\.?|m\b)",
    regex.I,
)


def clock(text: str) -> list[tuple[int, int, Decimal, frozenset[Decimal]]]:
    """The hours and minutes of the 12-hour clock times in *text*: (start, end, value as
    written, the value's other readings on the 24-hour clock). "8 pm" is 8 or 20, "12 am" 12 or
    0 or 24, "12 pm" and the a.m. hours only themselves; a minute is itself."""
    out: list[tuple[int, int, Decimal, frozenset[Decimal]]] = []
    for m in _CLOCK.finditer(text):
        pm = m.group(5).lower() == "p"
        parts = [(h, mi) for h, mi in ((1, 2), (3, 4)) if m.group(h) is not None]
        if not all(1 <= int(m.group(h)) <= 12 and int(m.group(mi) or 0) <= 59 for h, mi in parts):
            continue
        for hour, minute in parts:
            h = int(m.group(hour))
            other = {h + 12} if pm and h < 12 else {0, 24} if not pm and h == 12 else set()
            end = m.end() if hour == 3 and m.group(minute) is None else m.end(hour)
            out.append((m.start(hour), end, Decimal(h), frozenset(map(Decimal, other))))
            if m.group(minute):
                mm = Decimal(int(m.group(minute)))
                out.append((m.start(minute), m.end(minute), mm, frozenset()))
    return out


#: any digit (the same `\d` as the number patterns): most messages have none
_DIGIT = regex.compile(r"\d")


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, [*s[1:], ""], strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b and _ROMAN_VALUES[b] > v else v
    return total


@lru_cache(maxsize=16)
def _symbols(lang: str) -> tuple[str, str]:
    try:
        return get_group_symbol(lang), get_decimal_symbol(lang)
    except Exception:  # unknown locale: English conventions
        return ",", "."


@lru_cache(maxsize=4096)
def _dec(s: str) -> Decimal | None:
    """The value of a number as written (cached: a Decimal is immutable, and the translation
    writes most numbers exactly as its source does, so the second parse is a look-up)."""
    try:
        return Decimal(s).normalize()
    except ArithmeticError:  # InvalidOperation, or Overflow for a number of a million digits
        return None


#: a race time in the Russian sports notation: `9.41,27` is 9:41.27 (minutes, seconds and
#: hundredths), `2.05.33,4` is 2:05:33.4. No locale groups a number this way (a group has three
#: digits), so the shape is a time wherever it is written. Without the hundredths (`2.05.33`)
#: the shape is a date's as well (12.05.24), and its runs of digits are its values
_DOTTED_TIME = regex.compile(r"(\d{1,2})((?:\.[0-5]\d)+),(\d{1,3})")
_SPACES = "\u00a0\u202f\u2009 "


@lru_cache(maxsize=16)
def _well_formed(lang: str) -> regex.Pattern[str]:
    """A number written by the rules of *lang* or of English: groups of three digits after the
    first (`1.000.000`, `1 000`, `1,000`), a decimal part, or both. A number of other shape
    (`15.01.2025`, `+994 12 345`) is a date, a phone number or numbers side by side, and its
    runs of digits are its values."""
    group, decimal = _symbols(lang)
    forms = []
    for g, d in ((group, decimal), (",", ".")):
        forms.append(rf"{_grouped(g, d).pattern}|\d+(?:{regex.escape(d)}\d+)?")
    return regex.compile("|".join(forms))


@lru_cache(maxsize=16)
def _grouped(group: str, decimal: str) -> regex.Pattern[str]:
    """A number whose *group* marks each stand before three digits, in one convention."""
    gs, ds = regex.escape(group + _SPACES), regex.escape(decimal)
    return regex.compile(rf"\d{{1,3}}(?:[{gs}]\d{{3}})+(?:{ds}\d+)?")


def _interpretations(raw: str, lang: str) -> tuple[set[Decimal], list[tuple[Decimal, ...]]]:
    """Every value *raw* may stand for in *lang*'s formatting (or in plain English), and the
    readings that account for it as a whole, each a sequence of the source's numbers: a value
    of the number read as one; its runs of digits, in order (`2020 15` for "in 2020 15
    people", `12,13` for "pages 12,13"); the parts of a time, in order (`9.41,27` = 9:41.27).
    A run alone is a value the number may hold (`1 000` never hides a `1`) but accounts for it
    only when the number is neither well formed (`_well_formed`) nor a time: `6,4` for "4.6"
    is a changed number, even where a list marker `4.` is the source's, and so is `3,2` for
    "2.3" beside the markers `2.` and `3.`; a date `15.01.2025` is the source's "15 January
    2025" by its day and year."""
    if raw.isdigit():  # one run of digits (most numbers): its value is all it can mean
        v = _dec(raw)
        return ({v}, [(v,)]) if v is not None else (set(), [])
    runs = tuple(v for v in map(_dec, _DIGITS.findall(raw)) if v is not None)
    out = set(runs)
    readings = [runs]
    group, decimal = _symbols(lang)
    spaces = {"\u00a0", "\u202f", "\u2009", " "}
    for g, d in ((group, decimal), (",", ".")):
        if g in raw and _grouped(g, d).fullmatch(raw) is None:
            continue  # `2,5` is no English 25, nor `1.5` an Azerbaijani 15: a group has 3 digits
        groups = spaces | {g}
        s = "".join("" if ch in groups else ("." if ch == d else ch) for ch in raw)
        if s.count(".") <= 1:
            v = _dec(s)
            if v is not None:
                out.add(v)
                readings.append((v,))
    time = _DOTTED_TIME.fullmatch(raw)
    if time is not None:
        fields: list[str] = [time.group(1), *time.group(2)[1:].split(".")]
        fields[-1] += "." + time.group(3)  # the seconds take the fraction
        parts = tuple(v for v in map(_dec, fields) if v is not None)
        out.update(parts)
        readings.append(parts)
    elif _well_formed(lang).fullmatch(raw) is None:
        readings += [(v,) for v in runs]  # a date, a phone number: each run is a value
    return out, readings


_SPACE = regex.compile(r"[\u00a0\u202f\u2009 ]")
#: a number whose later groups a space may join: digits in groups of three after the first
_GROUP_HEAD = regex.compile(r"\d{1,3}(?: \d{3})*")
_GROUP_TAIL = regex.compile(r"\d{3}(?:[.,]\d+)?")


def _side_by_side(raw: str, lang: str) -> list[tuple[int, str]]:
    """(offset, text) of the numbers side by side in *raw*, split at the spaces that cannot
    group digits: a group after a space has three digits and follows a number of one to
    three (`1 500`), so «в 2020 1 500 человек» is 2020 and 1 500 (for "in 2020, 1,500
    people") and `12 1.299` is 12 and 1.299. One piece for a well-formed number."""
    if _SPACE.search(raw) is None or _well_formed(lang).fullmatch(raw) is not None:
        return [(0, raw)]
    pieces: list[tuple[int, str]] = []
    at = 0
    for token in _SPACE.split(raw):
        if pieces and _GROUP_TAIL.fullmatch(token) and _GROUP_HEAD.fullmatch(pieces[-1][1]):
            pieces[-1] = (pieces[-1][0], raw[pieces[-1][0] : at + len(token)])
        else:
            pieces.append((at, token))
        at += len(token) + 1
    return pieces


def _accounted(
    readings: list[tuple[Decimal, ...]], values: set[Decimal], seq: list[Decimal]
) -> bool:
    """Whether a translation's number is the source's: a reading of one value is among the
    source's *values*, a longer one is a run of consecutive numbers of the source (*seq*)."""
    for r in readings:
        if len(r) == 1:
            if r[0] in values:
                return True
        elif r and any(tuple(seq[i : i + len(r)]) == r for i in range(len(seq) - len(r) + 1)):
            return True
    return False


_NONE: frozenset[Decimal] = frozenset()
#: a number of a translation: start, end, every value it may stand for, the readings that
#: account for it as a whole (`_interpretations`)
_Target = tuple[int, int, set[Decimal], list[tuple[Decimal, ...]]]


#: "24/7" (`24x7`, `24×7`, `24/7/365`): round the clock, an idiom rather than two quantities
_ROUND_THE_CLOCK = regex.compile(
    r"(?<![\d.,/])24[ \u00a0]?[/x×][ \u00a0]?7(?:[ \u00a0]?[/x×][ \u00a0]?365)?(?![\d/]|[.,]\d)"
)
#: the words that say "round the clock" in a translation (searched in its `fold`ed text, any
#: inflection): ru «круглосуточно», «круглосуточный», «круглые сутки», «24 часа в сутки»; az
#: «gecə-gündüz», «gecəli-gündüzlü», «fasiləsiz», «24 saat», «sutka boyu»
_ROUND_THE_CLOCK_WORDS: dict[str, regex.Pattern[str]] = {
    "ru": regex.compile(
        r"круглосуточн|кругл\p{L}*\s+сут(?:ки|ок|кам|ками|ках)\b|\b24\s+час\p{L}*\s+в\s+сутки"
    ),
    "az": regex.compile(r"gecə(?:li)?-gündüz|fasiləsiz|\b24\s+saat|sutka\p{L}*\s+boyu"),
}

#: "24 hours", "24-hour": a day and night, which Russian and Azerbaijani say with one word
_TWENTY_FOUR = Decimal(24)
_ONE = Decimal(1)
_DAY_OF_24_HOURS = regex.compile(r"(?<![\d.,])24(?:[ \u00a0\-‐‑]hours?\b|h\b)", regex.I)
#: «сутки» (за сутки, суточный, круглосуточно), az «sutka» (sutka ərzində, sutkalıq); not after a
#: number («двое суток», «iki sutka» are 48 hours)
_DAY_WORDS: dict[str, regex.Pattern[str]] = {
    "ru": regex.compile(
        r"(?<!(?:\d|двое|трое|четверо|двух|трех|трёх|нескольк\p{L}*|полутора)[ \u00a0])"
        r"(?<!\p{L})(?:кругло)?сут(?:ки|ок|кам|ками|ках|очн\p{L}*)(?!\p{L})"
    ),
    "az": regex.compile(r"(?<!(?:\d|iki|üç|bir neçə)[ \u00a0])(?<!\p{L})sutka\p{L}*"),
}


def _says_a_day(seg: Segment, found: set[Decimal]) -> bool:
    """Whether the translation renders the source's "24 hours" with its word for a day and
    night («за сутки», «sutka ərzində»): the 24 is then not missing."""
    words = _DAY_WORDS.get(seg.lang)
    return (
        words is not None
        and _DAY_OF_24_HOURS.search(seg.source or "") is not None
        and words.search(fold(seg.target, seg.lang)) is not None
    )


#: "1 in 5", "1 out of 10": a proportion, which ru and az say with "each" and an ordinal
#: («каждая пятая семья», «hər beşinci ailə»): the 1 is in the word for "each"
_ONE_IN = regex.compile(
    r"(?<![\d.,\p{L}])(?:1|one)[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:\d|\p{L}+)", regex.I
)
_EACH: dict[str, regex.Pattern[str]] = {
    "ru": regex.compile(r"(?<!\p{L})кажд(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ом|ых|ыми)(?!\p{L})"),
    "az": regex.compile(r"(?<!\p{L})hər(?!\p{L})"),
}


def _says_one_in(seg: Segment) -> bool:
    """Whether the translation renders the source's "1 in N" with its word for "each"."""
    each = _EACH.get(seg.lang)
    return (
        each is not None
        and _ONE_IN.search(seg.source or "") is not None
        and each.search(fold(seg.target, seg.lang)) is not None
    )


#: an ordinal written with digits in the source ("3rd", "21st")
_ORDINAL_DIGITS = regex.compile(r"\d(?:st|nd|rd|th)\b")
#: ru «в час ночи», «в час дня», «до часу ночи», «около часа ночи»: one o'clock, said without
#: its number (held-out sets 135, 85); «часа» only after a preposition («два часа ночи» is two)
_RU_ONE_OCLOCK = regex.compile(
    r"(?<!\d[ \u00a0]?)\b(?:час|часу|(?:до|около|после|с|от|к)[ \u00a0]+часа)"
    r"[ \u00a0]+(?:ночи|дня)\b",
    regex.I,
)


def _one_oclock(seg: Segment) -> bool:
    """Whether a ru translation says one o'clock with «час ночи» or «час дня» (any case) alone."""
    return seg.lang == "ru" and _RU_ONE_OCLOCK.search(seg.target) is not None


#: a number of a source: start, end, value, written with words, other values it may take
_Source = tuple[int, int, Decimal, bool, frozenset[Decimal]]


def source_numbers(text: str, lang: str = "en") -> list[_Source]:
    """The numbers of a source, (start, end, value, written with words, other values it may
    take): digits (with a scale word: `$1.5 million`), numbers written with words (`three
    days`, `Twenty-three`; see `number_words`) and English 12-hour clock times (`clock`: the
    hour of "8 pm" may be 8 or 20). The digits of "24/7" are no numbers (`round_the_clock`)."""
    return _read_source(text, lang)[0]


def round_the_clock(text: str) -> list[tuple[int, int]]:
    """Spans of "24/7", `24x7`, `24/7/365` in *text* (a prose text: mask what is not prose)."""
    if "24" not in text:
        return []
    return [m.span() for m in _ROUND_THE_CLOCK.finditer(text)]


#: a range of years whose end is written with two digits (1932–33, 2025/26)
_SHORT_YEAR_END = regex.compile(r"(?<!\d)((?:1[89]|20)\d\d)[–—\-/]\d\d(?!\d)")


#: an "s" after a year ending in 0: a decade ("the 1960s", "1990's")
_DECADE = regex.compile(r"['’]?s\b")
_DECADE_YEAR = regex.compile(r"1[0-9][1-9]0|20[0-9]0")


#: months after a number ("six months", "18-month")
_MONTHS_AFTER = regex.compile(r"[ \u00a0\-]months?\b", regex.I)


def _in_years(masked: str, n: _Source) -> _Source:
    """A number of months that is a half year and more also as those years: "six months" is
    «полгода», «yarım il» (held-out set 132), "18 months" «полтора года». Not 12 or 24: a 1 or a
    2 is in many a translation for other reasons («İkinci tunel», held-out set 135)."""
    s, e, v, worded, also = n
    if v % 12 != 6 or _MONTHS_AFTER.match(masked, e) is None:
        return n
    return s, e, v, worded, also | {(v / 12).normalize()}


#: "in half", "by half" before a half, "as" after it: a quantity cut to a half, which az and ru
#: say as cut twofold («iki dəfə qısalıb», «сократилось в два раза», «iki dəfə az su» for "half
#: as much water"; held-out sets 151, 159)
_BY_HALF = regex.compile(r"\b(?:in|by)[ \u00a0]\Z", regex.I)
_HALF_AS = regex.compile(r"[ \u00a0]as[ \u00a0]", regex.I)
_TWO = frozenset({Decimal(2)})


def _halved(masked: str, start: int, end: int, value: Decimal) -> frozenset[Decimal]:
    if value != HALF:
        return _NONE
    if _BY_HALF.search(masked, max(0, start - 4), start) is None and not _HALF_AS.match(
        masked, end
    ):
        return _NONE
    return _TWO


def _read_source(text: str, lang: str) -> tuple[list[_Source], list[tuple[int, int]]]:
    """The numbers of a source (`source_numbers`) and the spans of its "24/7"s."""
    masked = mask_non_prose(text)
    worded = word_fractions(masked, lang)
    out = [
        (s, e, v, True, _NONE)
        for s, e, v, _ in word_numbers(masked, lang)
        if not worded or not _within(s, worded)
    ]
    out += [(s, e, v, True, roundings(v) | _halved(masked, s, e, v)) for s, e, v in worded]
    glyphs = fractions(masked)
    if _DIGIT.search(text) is None and not glyphs:
        if out and lang == "en" and "month" in masked:
            out = [_in_years(masked, n) for n in out]
        return out, []  # no digit to scan: two thirds of the messages of an article
    for s, e, part, _parts in glyphs:
        power, end = _scale(masked, e, lang)
        scaled = part.scaleb(power).normalize() if power else part
        out.append((s, end, scaled, False, roundings(part)))
    digits = _blank(masked, [*glyphs, *worded]) if glyphs or worded else masked
    for m in _SOURCE_NUM.finditer(digits):
        if m.group("dotted") is not None:
            # a version, a legal reference or a dotted date (v2.3.1, Article 234.4.3, 15.01.2025)
            # is written the same in every language: its runs of digits are its numbers, so a
            # changed one is caught
            at = m.start()
            for r in _DIGITS.finditer(m.group()):
                out.append((at + r.start(), at + r.end(), Decimal(r.group()), False, _NONE))
            continue
        if "." in m.group() and "," not in m.group() and _LEGAL_BEFORE.search(digits, 0, m.start()):
            # "Article 279.3" is part 3 of article 279, which Russian and Azerbaijani may write
            # the other way round («часть 3 статьи 279», «279-cu maddənin 3-cü hissəsi»): two
            # numbers, like the runs of a longer reference (Article 214.2.1)
            at = m.start()
            for r in _DIGITS.finditer(m.group()):
                out.append((at + r.start(), at + r.end(), Decimal(r.group()), False, _NONE))
            continue
        v = _dec(m.group().replace(",", ""))
        if v is not None:
            power, end = _scale(digits, m.end(), lang)
            also = _NONE
            year = _SHORT_YEAR_END.search(digits, max(0, m.start() - 6), m.end())
            if year is not None and year.end() == m.end():
                # "1932–33": the end of a range of years keeps the century of its start
                also = frozenset({Decimal(year.group(1)[:2] + m.group())})
            elif not power and lang == "en" and _MT.match(digits, m.end()):
                # "25 mt": million tonnes in freight and energy, metric tonnes elsewhere
                also = frozenset({v.scaleb(6).normalize()})
            elif not power and lang == "en" and (unit := _PREFIXED_UNIT.match(digits, m.end())):
                # the same quantity in the unit with no prefix, or two prefixes either side
                step = _PREFIX_STEP[unit.group("p")]
                also = frozenset(
                    v.scaleb(3 * (step - k)).normalize()
                    for k in range(max(0, step - 2), step + 3)
                    if k != step
                )
            elif (
                lang == "en"
                and _DECADE.match(digits, m.end())
                and _DECADE_YEAR.fullmatch(m.group())
            ):
                # "the 1960s": a decade, which ru and az name by its tens too («60-е годы»,
                # «ötən əsrin 60-cı illəri»)
                also = frozenset({v % 100})
            out.append((m.start(), end, v.scaleb(power).normalize() if power else v, False, also))
    if lang == "en" and ("m" in masked or "M" in masked):
        times = clock(masked)
        if times:  # "8.30pm" is 8 and 30, not 8.3
            out = [n for n in out if n[3] or not any(t[0] <= n[0] < t[1] for t in times)]
            out += [(s, e, v, False, also) for s, e, v, also in times]
    if lang == "en" and "month" in masked:
        out = [_in_years(masked, n) for n in out]
    idioms = round_the_clock(masked)
    if idioms:
        out = [n for n in out if not any(s <= n[0] < e for s, e in idioms)]
    if len(out) > 1:
        out = _range_scaled(digits, lang, sorted(out))
    return (sorted(out) if len(out) > 1 else out), idioms


def _range_scaled(text: str, lang: str, out: list[_Source]) -> list[_Source]:
    """*out* with the first end of a range also read with the scale word of its second:
    "from 15 to 25 million tonnes" may be «15 milyon tondan 25 milyon tona»."""
    result = list(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        power = 0 if a[3] or b[3] else _range_power(text, a[1], b[0], _SOURCE_NUM, lang)
        if power:
            result[i] = (*a[:4], a[4] | {a[2].scaleb(power).normalize()})
    return result


def _range_power(text: str, a_end: int, b_start: int, number: regex.Pattern[str], lang: str) -> int:
    """The power of the scale word a range's second end has and its first lacks («с 16 до 32
    млрд», "from 15 to 25 million"), 0 when the two numbers are no such range."""
    if _RANGE_BETWEEN.fullmatch(text, a_end, b_start) is None:
        return 0
    digits = number.match(text, b_start)
    if digits is None or _scale(text, a_end, lang)[0]:
        return 0
    return _scale(text, digits.end(), lang)[0]


def _within(start: int, spans: list) -> bool:
    """Whether *start* lies inside one of *spans* (tuples that begin with start and end)."""
    return any(s <= start < e for s, e, *_ in spans)


def _blank(text: str, spans: list) -> str:
    """*text* with *spans* (tuples that begin with start and end) blanked out, offsets kept:
    the digits of a fraction (`1½`, `1/2`, `2 and a half`) are not numbers of their own."""
    chars = list(text)
    for s, e, *_ in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


_IDIOM_VALUES = frozenset({Decimal(24), Decimal(7), Decimal(365)})
_IDIOM_NEEDS = frozenset({Decimal(24), Decimal(7)})


def _says_round_the_clock(target: str, lang: str, found: set[Decimal]) -> bool:
    """Whether a translation renders "24/7": with 24 and 7 in either order (`24/7`, az often
    `7/24`; the 365 of `24/7/365` is the same idiom's emphasis), or with a word for it."""
    if _IDIOM_NEEDS <= found:
        return True
    words = _ROUND_THE_CLOCK_WORDS.get(lang)
    return words is not None and words.search(fold(target, lang)) is not None


def target_numbers(text: str, lang: str) -> list[_Target]:
    """The numbers of a translation with the readings that account for each (see
    `_interpretations`): a number is unexplained unless one of them is all the source's."""
    masked = mask_non_prose(text)
    out: list[_Target] = []
    glyphs = fractions(masked)
    staged = stages(masked) if glyphs else []
    if staged:  # «1/8 финала» is a stage, read with the words (`word_numbers`), no fraction
        glyphs = [g for g in glyphs if not _within(g[0], staged)]
    digits = _blank(masked, [*glyphs, *staged]) if glyphs or staged else masked
    low = digits.lower()
    coins = any(w in low for w in _COIN_STEMS)  # «qəpik», «гяпик»: most texts have none
    pos = 0
    while (m := _TARGET_NUM.search(digits, pos)) is not None:
        start, raw = m.start(), m.group()
        if _glued(digits, start) and (space := _SPACE.search(raw)) is not None:
            raw = raw[: space.start()]  # `X12 1.299`: the name's digits end at the space
        pos = start + len(raw)
        for offset, piece in _side_by_side(raw, lang):
            values, readings = _interpretations(piece, lang)
            end = start + offset + len(piece)
            if _PERCENT.match(digits, end) is not None:
                # "half of voters" may be «50 % избирателей»: a percentage is also its fraction
                values = values | {(v / 100).normalize() for v in values}
                readings = [
                    *readings,
                    *(((r[0] / 100).normalize(),) for r in readings if len(r) == 1),
                ]
            if coins and (
                _SUBUNIT.match(digits, end) is not None
                or _RANGE_TO_COINS.match(digits, end) is not None
            ):
                # «60 qəpik» for "0.60 manat": a hundredth of the currency, said in its coins,
                # and so is the start of a range of coins («с 40 до 50 гяпиков»)
                values = values | {(v / 100).normalize() for v in values}
                readings = [
                    *readings,
                    *(((r[0] / 100).normalize(),) for r in readings if len(r) == 1),
                ]
            out.append(_scaled(masked, start + offset, end, lang, values, readings))
    if len(out) > 1 and coins:
        out = _with_coins(digits, out)
    for start, end, v, parts in glyphs:
        readings = [(v,), parts] if parts else [(v,)]
        out.append(_scaled(masked, start, end, lang, {v, *parts}, readings))
    if glyphs:
        out.sort(key=lambda t: t[0])
    if len(out) > 1:
        out = _summed_scales(masked, lang, _shared_scale(masked, lang, out))
    if _ROMAN_LETTER.search(masked) is not None:
        for m in _ROMAN.finditer(masked):
            v = Decimal(_roman(m.group()))
            out.append((m.start(), m.end(), {v}, [(v,)]))
    return out


#: between the two ends of a range that share the scale word after the second
#: («с 16 до 32 млрд», «16–32 milyard», «16 və ya 32 milyon»)
_RANGE_BETWEEN = regex.compile(
    r"[ \u00a0]*(?:[–—\-]|до|по|или|и|to|or|və|və ya|ilə|-dən|-dan)[ \u00a0]*"
)


def _shared_scale(text: str, lang: str, out: list[_Target]) -> list[_Target]:
    """*out* with the first end of a range also read with the scale word of its second."""
    result = list(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        power = _range_power(text, a[1], b[0], _TARGET_NUM, lang)
        if power:
            scaled = {v.scaleb(power).normalize() for v in a[2]}
            extra = [tuple(v.scaleb(power).normalize() for v in r) for r in a[3]]
            result[i] = (a[0], a[1], a[2] | scaled, [*a[3], *extra])
    return result


def _scale_of(text: str, number: _Target, lang: str) -> int:
    """The power of ten of the scale word a number of a translation ends with (0: none)."""
    digits = _TARGET_NUM.match(text, number[0])
    if digits is None:
        return 0
    power, end = _scale(text, digits.end(), lang)
    return power if end == number[1] else 0


def _summed_scales(text: str, lang: str, out: list[_Target]) -> list[_Target]:
    """*out* with a number said in scale words from the largest down made one: «1 milyon 712
    min», «1 млн 712 тыс.» are 1,712,000, as "1,712,000" in the source."""
    result: list[_Target] = []
    for t in out:
        if result and text[result[-1][1] : t[0]].isspace():
            a = result[-1]
            upper, lower = _scale_of(text, a, lang), _scale_of(text, t, lang)
            if upper > lower >= 3 and all(v < Decimal(10) ** upper for v in t[2]):
                # or, read apart, the two numbers of a source that gives them so
                total = {x + y for x in a[2] for y in t[2]}
                readings = [*((v,) for v in total), *(x + y for x in a[3] for y in t[3])]
                result[-1] = (a[0], t[1], total | a[2] | t[2], readings)
                continue
        result.append(t)
    return result


def _scaled(
    text: str,
    start: int,
    end: int,
    lang: str,
    values: set[Decimal],
    readings: list[tuple[Decimal, ...]],
) -> _Target:
    """A number of a translation with the scale word after it, if any (`1,5 млн`, `½ milyon`)."""
    power, end = _scale(text, end, lang)
    if power:
        values = {v.scaleb(power).normalize() for v in values}
        readings = [tuple(v.scaleb(power).normalize() for v in r) for r in readings]
    return start, end, values, readings


#: a currency's hundredth after a number: az qəpik, ru копейка and гяпик, cents
_SUBUNIT = regex.compile(r"[ \u00a0]?(?:qəpi[kyğ]|гяпик|копе[еийк]|цент|sent\b|cents?\b)", regex.I)
#: what a coin word of `_SUBUNIT` contains (substring tests in C before any regex)
_COIN_STEMS = ("qəpi", "гяпик", "копе", "цент", "sent", "cent")
#: the rest of a range whose end is in coins: «40 до 50 гяпиков», «40 qəpikdən 50 qəpiyə» is
#: caught by `_SUBUNIT` itself
_RANGE_TO_COINS = regex.compile(
    r"[ \u00a0]*(?:до|по|и|или|–|—|-|və|ilə)[ \u00a0]*\d+[ \u00a0]?"
    r"(?:qəpi[kyğ]|гяпик|копе[еийк]|цент|sent\b|cents?\b)",
    regex.I,
)
#: a currency between a sum and its coins: «1 manat 10 qəpik», «2 рубля 50 копеек», "1 dollar 5
#: cents"
_CURRENCY_BETWEEN = regex.compile(
    r"[ \u00a0]*(?:manat|манат|рубл|доллар|dollar|евро|avro|euro|лир|lir)\p{L}*[ \u00a0]+\Z",
    regex.I,
)


def _with_coins(digits: str, out: list[_Target]) -> list[_Target]:
    """*out* with a sum said in a currency and its coins read as one amount too: «1 manat 10
    qəpik» is the source's 1.10 (held-out set 131), each number of it standing for that."""
    fixed = list(out)
    for i in range(len(out) - 1):
        (s1, e1, v1, r1), (s2, e2, v2, r2) = out[i], out[i + 1]
        if len(v1) != 1 or _SUBUNIT.match(digits, e2) is None:
            continue
        if _CURRENCY_BETWEEN.search(digits, e1, s2) is None:
            continue
        whole = next(iter(v1))
        sums = {(whole + v / 100).normalize() for v in v2 if v < 100 and v == v.to_integral_value()}
        if sums:
            fixed[i] = (s1, e1, v1 | sums, [*r1, *((x,) for x in sums)])
            fixed[i + 1] = (s2, e2, v2 | sums, [*r2, *((x,) for x in sums)])
    return fixed


#: a percent sign or word after a number (`50%`, `50 %`, «50 процентов», «50 faiz»)
_PERCENT = regex.compile(r"[ \u00a0\u202f]?(?:%|процент|faiz)")


def _glued(text: str, start: int) -> bool:
    """Whether the number at *start* is glued to letters before it, or to letters and a hyphen:
    the digits of a name or an identifier (X12, A320, iPhone15, COVID-19, F-16, Su-30), which
    a space never joins to the number after them."""
    if start and text[start - 1] in "-\u2010\u2011":
        start -= 1
    return start > 0 and text[start - 1].isalpha()


#: the minutes of a full hour on the 24-hour clock (`20:00`, `08.00`): no number of their own
_FULL_HOUR = regex.compile(r"(?<=\d[:.])00(?!\d)")


#: the minutes of a source time (`11:30`, `11.30`)
_MINUTE = regex.compile(r"\d[:.][0-5]\d(?!\d)")
#: the hour before a translation's `00` (the time shown whole: `11:00`)
_CLOCK_HOUR = regex.compile(r"\d{1,2}[:.]\Z")


def _full_hour(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is the `00` of a full hour (`в 20:00` for "at 8 pm"): it says
    nothing the source's "8 pm" does not, so the changed number is its hour, not its minutes."""
    return end - start == 2 and _FULL_HOUR.match(text, start) is not None


def _rendered_term_spans(
    source: str, seg: Segment, ctx: CheckContext, *, dropped: bool = False
) -> list[tuple[int, int]]:
    """Spans of the source's glossary terms whose concept the translation renders with a term
    that has no digit: the 44 of "the 44-day war" belongs to the name, and «Vətən müharibəsi»
    or «Вторая карабахская война» (admitted terms of the same concept) render it without
    one. The occurrences are the ones `term-missing` reads (cached by the context), asked for
    only when a number is missing. A translation that renders the concept with a digit in its
    term («45 günlük müharibə», if the index read it as the concept) keeps the number
    reported, and a forbidden rendering has its own finding, so it accounts for the number too.
    *dropped* (no number of the translation is unexplained): also the terms whose concept the
    translation does not name at all, `term-missing`'s one finding for the name dropped with
    its number (held-out set 132); a changed number inside a name is still shown."""
    src = [
        o
        for o in ctx.find(source, ctx.config.source_language)
        if _DIGIT.search(o.surface) is not None
    ]
    if not src:
        return []
    named = ctx.target_terms(seg)
    rendered = {o.concept_id for o in named if _DIGIT.search(o.surface) is None}
    if dropped and ctx.on("term-missing"):
        absent = {o.concept_id for o in src} - {o.concept_id for o in named}
        rendered |= {c for c in absent if ctx.allowed_terms(c, seg.lang)}
    return [(o.start, o.end) for o in src if o.concept_id in rendered]


#: az «hər» right before a number: «hər iki» is "both", «hər üç» "all three"
_EACH_OF = regex.compile(r"(?<!\p{L})[Hh]ər[ \u00a0]+$")


def _surplus(
    tgt: list[_Target], src: list[_Source], seq: list[Decimal], masked: str
) -> list[tuple[int, int]]:
    """The numbers of a translation that are the source's by value but one time too many,
    in the order they are written: each source number accounts for one of them (with its other
    values: "8 pm" for an `8` or a `20`), so the second «три» of «три сотрудника … на три
    месяца» for "Three officials … for four months" is the likely change of the missing four,
    as a second «üç» would be. Asked for only when a source number is missing, so a
    translation that repeats a number the source gives once, with every number of the source
    there, is not reported. A number accounted for by a run of source numbers (`12,13`), a
    Roman numeral (the pronoun "I" of a quotation), the `00` of a full hour and az «hər iki»,
    «hər üç» ("both", "all three": a determiner the source need not write with a number) are
    no such numbers."""
    left: Counter[Decimal] = Counter()
    for _, _, value, _, also in src:
        left[value] += 1
        left.update(also)
    out: list[tuple[int, int]] = []
    for s, e, _, readings in sorted(tgt, key=lambda t: t[0]):
        runs = [r for r in readings if len(r) > 1]
        if runs and _accounted(runs, set(), seq):
            continue
        if _ROMAN.fullmatch(masked, s, e) or _full_hour(masked, s, e):
            continue
        if _EACH_OF.search(masked, max(0, s - 10), s) is not None:
            continue
        mine = [r[0] for r in readings if len(r) == 1 and r[0] in left]
        if not mine:
            continue  # not the source's at all: an extra already
        taken = next((v for v in mine if left[v] > 0), None)
        if taken is None:
            out.append((s, e))
        else:
            left[taken] -= 1
    return out


#: a number written in several runs: a phone number (`+994 12 555 55 55`, `(018) 642-20-02`),
#: a fiscal year or a season (`2025/26`), a date (`15.01.2025`), a range (`12-13`)
_TOKEN = regex.compile(r"\+\d+(?:[ \u00a0\-]\d+)+|(?:\(\d+\)[ \u00a0]?)?\d+(?:[\-/–.:]\d+)*")


def _by_token(
    spans: list[tuple[int, int, bool, bool]], text: str
) -> list[tuple[int, int, bool, bool]]:
    """*spans* (start, end, written with words, a fraction) with those inside one written number
    (`_TOKEN`) made one, spanning it all; the others as they are, in their order."""
    if len(spans) < 2:
        return spans
    out: list[tuple[int, int, bool, bool]] = []
    token_of: dict[tuple[int, int], int] = {}
    for span in spans:
        start, end, worded = span[0], span[1], span[2]
        m = None if worded else _token_at(text, start)
        if m is None or (m.start(), m.end()) == (start, end):
            out.append(span)
            continue
        key = (m.start(), m.end())
        if key in token_of:
            continue  # another run of a number already shown whole
        token_of[key] = len(out)
        out.append((m.start(), m.end(), False, False))
    # a number only one of whose runs is missing is shown as that run, as before
    runs = Counter(
        (m.start(), m.end())
        for start, _, worded, _ in spans
        if not worded and (m := _token_at(text, start)) is not None
    )
    return [
        span
        if span[:2] not in token_of or runs[span[:2]] > 1
        else spans[_first_in(spans, *span[:2])]
        for span in out
    ]


def _token_at(text: str, start: int) -> regex.Match[str] | None:
    """The written number (`_TOKEN`) that contains the digit at *start*."""
    a = start
    while a > 0 and (text[a - 1].isdigit() or text[a - 1] in "-/–.:+() \u00a0"):
        a -= 1
    for m in _TOKEN.finditer(text, a, min(len(text), start + 40)):
        if m.start() <= start < m.end():
            return m
    return None


def _first_in(spans: list[tuple[int, int, bool, bool]], a: int, b: int) -> int:
    return next(i for i, span in enumerate(spans) if a <= span[0] < b)


_DOTTED = regex.compile(r"(?<![\d.,])\d+(?:\.\d+){2,}(?![\d]|\.\d)")


def _reordered_dotted(source: str, target: str) -> list[tuple[int, int, str, int, int]]:
    """(start, end, the source's form, its start and end) of each dotted number of the
    translation that has the runs of a dotted number of the source in another order, or all of
    its runs but one (version 3.9.4 → 3.9.5, held-out set 128), which the source does not have:
    the translation's number is the changed one, shown whole."""
    src = {m.group(): m.span() for m in _DOTTED.finditer(mask_non_prose(source))}
    if not src:
        return []
    out = []
    for m in _DOTTED.finditer(mask_non_prose(target)):
        if m.group() in src:
            continue
        parts = m.group().split(".")
        runs = sorted(parts)
        same = next((t for t in sorted(src) if sorted(t.split(".")) == runs), None)
        if same is None:
            same = next((t for t in sorted(src) if _one_run_changed(t.split("."), parts)), None)
        if same is not None and same not in target:
            out.append((m.start(), m.end(), same, *src[same]))
    return out


def _one_run_changed(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _swapped(src: list[_Source], tgt: list[_Target]) -> bool:
    """Whether the translation has every value of the source, but one of them fewer times and
    another more times than the source gives them in digits: a number that took another's
    place («4 bürünc» for "5 bronze" in a medal table that has a 4 elsewhere). Counted only
    when the source repeats a value; the count below then finds the number that changed."""
    if len(src) < 2 or len(tgt) < 2:
        return False
    given = Counter(v for _, _, v, worded, also in src if not worded and not also)
    if len(given) == sum(given.values()):
        return False  # no value repeated: a missing one is missing by value, checked before
    have = Counter(next(iter(vals)) for _, _, vals, _ in tgt if len(vals) == 1)
    fewer = any(have[v] < n for v, n in given.items())
    return fewer and any(n > given[v] for v, n in have.items() if v in given)


#: a minus sign before a number: after a space, a bracket or the start, never after a word or
#: a number (`COVID-19`, `2021-22` are no negatives), and right before the digits
_MINUS = regex.compile(r"(?<![\p{L}\p{N}.,:/\-–])[−\-](?=\d)")
#: what says a number of the translation is below zero: a minus sign right before it (U+2212,
#: a hyphen or a dash), or the word
_SIGNED_BEFORE = regex.compile(r"(?:[−\-–‒]|\b(?:минус|mənfi|minus))[ \u00a0]?\Z", regex.I)
#: a temperature's unit after a number, where the sign is all that tells frost from thaw
_DEGREES = regex.compile(r"[ \u00a0]?(?:°|º|degrees?\b)")
#: or words for frost near it: «3 градуса мороза», «3 dərəcə şaxta», «ниже нуля», «sıfırdan
#: aşağı 12 dərəcə» (held-out set 12)
_BELOW_ZERO = regex.compile(r"мороз|şaxta|ниже нуля|sıfırdan aşağı|минус|mənfi", regex.I)


def _lost_minus(seg: Segment, ctx: CheckContext, tgt: list[_Target]) -> Iterator[Finding]:
    """A temperature the source writes below zero (−3 °C) that the translation writes only
    without its sign: the value is there, so the check by value sees nothing, yet a frost has
    become a thaw (held-out set 121). A translation that says it with a word («минус 3», «3
    dərəcə şaxta») keeps it; a number the translation lacks altogether is the value check's."""
    source = seg.source or ""
    target = seg.target
    for m in _MINUS.finditer(source):
        digits = _SOURCE_NUM.match(source, m.end())
        if digits is None or _DEGREES.match(source, digits.end()) is None:
            continue  # "fell by −0.4%": the verb says it, and «снизился на 0,4 %» is right
        value = _dec(digits.group().replace(",", ""))
        if value is None:
            continue
        same = [t for t in tgt if value in t[2]]
        if not same or any(
            _SIGNED_BEFORE.search(target, max(0, s - 8), s) is not None
            or _BELOW_ZERO.search(target[max(0, s - 30) : e + 40]) is not None
            for s, e, *_ in same
        ):
            continue
        s, e = same[0][0], same[0][1]
        shown = source[m.start() : digits.end()]
        yield ctx.finding(
            seg,
            "number-mismatch",
            f"{shown} of the source is below zero; {target[s:e]} here has lost its minus sign",
            s,
            e,
            suggestion=f"−{target[s:e]}",
        )


#: a digit and a letter side by side: the source may have an identifier (5G, G20, COP29, TB2)
_GLUED_DIGIT = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")  # stdlib re: one scan of every source
#: a word of letters and digits run together, an identifier's, with the dotted parts of a
#: version (`v2.3.1`)
_IDENTIFIER = regex.compile(
    r"(?<![\p{L}\p{N}])[\p{L}\p{N}]*(?:\p{L}\p{N}|\p{N}\p{L})[\p{L}\p{N}]*(?:\.\p{N}+)*"
)


#: subscript and superscript digits, read as the digits they are in a formula or a unit
_SCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789" * 2)


@lru_cache(maxsize=4096)
def _identifiers(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of the identifiers of *text*'s prose (a source is read once per
    target language)."""
    return tuple(
        (m.start(), m.end(), m.group()) for m in _IDENTIFIER.finditer(mask_non_prose(text))
    )


def _without_shared_identifiers(
    source: str, target: str, src: list[_Source], tgt: list[_Target]
) -> tuple[list[_Source], list[_Target]]:
    """*src* and *tgt* without the digits of the identifiers both write alike (`5G`, `G20`):
    the translation's `5G` is the source's, so it cannot also stand for the 5 of "over 5
    years", which is then missing (held-out set 112). An identifier the translation writes
    otherwise (`Г20`, `COP 29`) still accounts for the source's number, as before. Digits set
    as subscripts or superscripts are the same digits (`CO₂` for "CO2", held-out set 129)."""
    target = target.translate(_SCRIPT_DIGITS)  # the same length: spans stay
    if _GLUED_DIGIT.search(target) is None:
        return src, tgt  # no identifier in the translation to share
    in_source = _identifiers(source)
    if not in_source:
        return src, tgt
    in_target = _identifiers(target)
    shared = Counter(w for *_, w in in_source) & Counter(w for *_, w in in_target)
    if not shared:
        return src, tgt

    def spans(found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
        left = shared.copy()
        out = []
        for s, e, w in found:
            if left[w] > 0:
                left[w] -= 1
                out.append((s, e))
        return out

    src_spans, tgt_spans = spans(in_source), spans(in_target)
    return (
        [n for n in src if not any(a <= n[0] < b for a, b in src_spans)],
        [n for n in tgt if not any(a <= n[0] < b for a, b in tgt_spans)],
    )


@lru_cache(maxsize=4096)
def _code_values(source: str) -> frozenset[Decimal]:
    """The values of the runs of digits in the source's code spans, URLs and HTML (what
    `mask_non_prose` blanks), which are markup's business, not this check's."""
    if not _MARKUP_HINT.search(source):
        return frozenset()  # no code, link, URL or tag: nothing masked
    return frozenset(Decimal(d) for d in non_prose_runs(source, _DIGITS))


#: what code spans, links, URLs, domains and HTML need (a cheap test before masking)
_MARKUP_HINT = regex.compile(r"[`<\]]|://|www\.|\.[a-z]{2}")


def _stray(tgt: list[_Target], src_values: set[Decimal]) -> bool:
    """Whether a number of the translation has no value of the source (cheap: sets only)."""
    return any(vals.isdisjoint(src_values) for _, _, vals, _ in tgt)


def check_numbers(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    # a fuzzy message is checked too: it is the translation of an earlier source, and what
    # changed is most often a number (a price, a count, a date), which the translator must now
    # follow; nine blind writers of nine planted stale numbers in fuzzy entries as
    # `number-mismatch` (held-out sets 138-163), and pofilter checks fuzzy units by default
    if not seg.source or not seg.translated:
        return
    # a source is checked once per target language: read its numbers once
    cache: dict[str, tuple[list[_Source], list[tuple[int, int]]]] = ctx.caches.setdefault(
        "numbers.source", {}
    )
    read = cache.get(seg.source)
    if read is None:
        if len(cache) > 10_000:
            cache.clear()
        read = cache[seg.source] = _read_source(seg.source, ctx.config.source_language)
    src, idioms = read
    if not src and not idioms:
        return
    tgt = target_numbers(seg.target, seg.lang)
    if ("−" in seg.source or "-" in seg.source) and _MINUS.search(seg.source) is not None:
        yield from _lost_minus(seg, ctx, tgt)
    if _GLUED_DIGIT.search(seg.source) is not None:
        src, tgt = _without_shared_identifiers(seg.source, seg.target, src, tgt)
        if not src and not idioms:
            return
    if "." in seg.source:
        # a legal reference or version with its parts reordered (Article 179.3.2 → 179.2.3):
        # the same runs of digits, so the values alone do not show it; or with one changed
        # (3.9.4 → 3.9.5), whose other runs would explain the translation's number
        for s, e, shown, a, b in _reordered_dotted(seg.source, seg.target):
            # its runs are shown here, not again as numbers missing from the source
            src = [n for n in src if not a <= n[0] < b]
            tgt = [n for n in tgt if not s <= n[0] < e]
            yield ctx.finding(
                seg,
                "number-mismatch",
                f"{shown} of the source is missing; {seg.target[s:e]} here is not in the source",
                s,
                e,
                suggestion=shown,
            )
    found: set[Decimal] = set().union(*(vals for _, _, vals, _ in tgt)) if tgt else set()
    src_values = {v for _, _, v, _, _ in src}.union(*(also for *_, also in src))
    if idioms:
        src_values |= _IDIOM_VALUES
    swapped = src_values <= found and _swapped(src, tgt)
    if src_values <= found and not swapped and not _stray(tgt, src_values):
        return  # every source number is there (most messages), and 24 and 7 for a "24/7"
    # only then read the translation's words: «Üç gün», «трех дней», «on iki»
    # (after the digits: a changed number is shown at a changed number written as one)
    masked = mask_non_prose(seg.target)
    parts = word_fractions(masked, seg.lang)
    ordinal: bool | None = None  # whether the source writes an ordinal with digits, when asked
    for s, e, v, cardinal in word_numbers(masked, seg.lang):
        found.add(v)
        if cardinal and v != 1 and not (parts and _within(s, parts)):
            tgt.append((s, e, {v}, [(v,)]))  # «bir», «одной»: an article or a pronoun as often
            continue
        if cardinal or v == 1 or v in src_values:
            continue
        if ordinal is None:
            ordinal = _ORDINAL_DIGITS.search(seg.source) is not None
        if ordinal:
            # "the 3rd hearing" → «dördüncü iclas»: an ordinal for the source's ordinal is the
            # likely change (held-out set 139), though an ordinal is never one otherwise
            tgt.append((s, e, {v}, [(v,)]))
    # «половина», «yarım», «две трети», «dörddə bir»: values, but shown as the change only of
    # a fraction («от полугода» for "from 6 months" is the unit's, not a changed 6)
    if parts:
        found.update(v for _, _, v in parts)
        # the digits of «2 часа с половиной» are the fraction's, no number of their own
        tgt = [t for t in tgt if not _within(t[0], parts)]
    if _TWENTY_FOUR in src_values and _TWENTY_FOUR not in found and _says_a_day(seg, found):
        found.add(_TWENTY_FOUR)
    if _ONE not in found and _ONE in src_values and (_says_one_in(seg) or _one_oclock(seg)):
        found.add(_ONE)
    # every value is there, but the translation has a number of its own: a value the source
    # gives twice and the translation once may be the one that changed («семью голосами против
    # трёх; двое судей» for "seven votes to two; the two judges")
    recount = src_values <= found
    if recount and not swapped and not _stray(tgt, src_values):
        return  # the missing ones are written with words
    # the translation's `15+10` is the source's code span `15+10` with its marks lost
    # (markup-mismatch's finding), no number of its own to show as a change (held-out set 113)
    lost = _code_values(seg.source)
    if lost:
        tgt = [t for t in tgt if t[2].isdisjoint(lost) or not t[2].isdisjoint(src_values)]
    # the numbers of the translation none of whose readings is the source's
    seq = [n[2] for n in src]
    unexplained = [(s, e) for s, e, _, readings in tgt if not _accounted(readings, src_values, seq)]
    extras = [(s, e) for s, e in unexplained if not _full_hour(masked, s, e)]
    # the `00` of a time, shown as the change only of a source minute («11:00» for "11:30")
    hours = [(s, e) for s, e in unexplained if _full_hour(masked, s, e)]
    extras += _surplus(tgt, src, seq, masked)
    changed_parts = [(s, e) for s, e, v in parts if v not in src_values]
    seen: set[Decimal] = set()
    in_terms: list[tuple[int, int]] | None = None
    # the digits first: an unexplained number of the translation is more likely their change
    missing: list[tuple[int, int, bool, bool]] = []
    if recount and not extras:
        return
    # with a number of the translation unexplained, count: a value the source gives twice and
    # the translation once may be the one that changed (the minute 15 of "3:15 p.m." also
    # stands for the hour 15, so `17:15` has one 15 for two)
    have = Counter(v for _, _, vals, _ in tgt for v in vals) if recount or extras else None
    counted = 0  # missing only by count: at most one per unexplained number
    if have is not None and parts:
        have.update(v for _, _, v in parts)  # «yarısında» is the source's half, counted too
    if have is not None:
        # a value read only from a word («восьмилетняя», a number noun) counts once
        for v in found:
            if have[v] == 0:
                have[v] = 1
    # digits before words, and a number with other readings (the hour of "3 p.m.") after the
    # others, so that a value it may stand for goes to the number that can be nothing else
    order = sorted(src, key=lambda n: (n[3], have is not None and bool(n[4])))
    for start, end, value, worded, also in order if len(src) > 1 else src:
        if have is not None:
            # counted: each number of the translation stands for one of the source
            taken = next((x for x in (value, *also) if have[x] > 0), None)
            if taken is not None:
                have[taken] -= 1
                continue
            if value in seen:
                continue
            if value in found or not also.isdisjoint(found):
                if counted >= len(extras):
                    continue
                counted += 1
        elif value in found or value in seen or not also.isdisjoint(found):
            continue
        if not worded:
            if in_terms is None:
                in_terms = _rendered_term_spans(seg.source, seg, ctx, dropped=not extras)
            if any(s <= start and end <= e for s, e in in_terms):
                continue
        seen.add(value)
        missing.append((start, end, worded, value != value.to_integral_value()))
    # a "24/7" the translation neither writes with its digits nor with a word for it is
    # missing like any number: it says when something is open ("24/5" is caught)
    if idioms and not _says_round_the_clock(seg.target, seg.lang, found):
        missing += [(start, end, False, False) for start, end in idioms]
    # several runs of one written number (a fiscal year 2025/26, a phone number, a date) are
    # one number to the reader: one finding shows the whole of it
    missing = _by_token(missing, seg.source)
    extras = [
        (s, e) for s, e, *_ in _by_token([(s, e, False, False) for s, e in extras], seg.target)
    ]
    if recount:
        missing = missing[: len(extras)]  # counted: only a number that took another's place
    for start, end, worded, fraction in missing:
        shown = seg.source[start:end]
        # a fraction may have changed into a fraction word («половина» for "a quarter")
        pool = extras if extras or not fraction else changed_parts
        if not pool and not worded and hours and _MINUTE.search(seg.source, max(0, start - 3), end):
            s, e = hours.pop(0)
            hour = _CLOCK_HOUR.search(masked, 0, s)
            pool = [(hour.start() if hour else s, e)]
        if worded and not pool and not _says_one_in(seg):
            # "the two countries" may be «hər iki ölkə», «обе страны» or «ölkələr»: a number
            # the source writes with words is reported when the translation has another
            # number in its place (changed), not when it is only worded differently; "one in
            # five" said with "each" has its ordinal in that place («каждый шестой»)
            continue
        if pool:
            s, e = pool.pop(0)
            yield ctx.finding(
                seg,
                "number-mismatch",
                f"{shown} of the source is missing; {seg.target[s:e]} here is not in the source",
                s,
                e,
                suggestion=shown,
            )
        else:
            yield ctx.finding(
                seg,
                "number-mismatch",
                f"{shown} of the source is missing from the translation",
                start,
                end,
                where="source",
            )
