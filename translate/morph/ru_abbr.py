"""Standard Russian abbreviations: the word each stands for, and where it does.

A glossary term `миллион` should be found in «1,5 млн», `год` in «в 2005 г.»: the abbreviation
is the same word in the same sentence. pymorphy3's dictionary lists such abbreviations as words
of their own (`млн`, `г`), so they come from this table instead. The table holds only
abbreviations fixed by the standards newsrooms follow, never ad-hoc clippings:

- ГОСТ Р 7.0.12-2011 «Сокращение слов и словосочетаний на русском языке» (тыс., млн, млрд,
  трлн, г., гг., в., вв., чел., руб., коп., долл., др., ул., обл., н. э.; and, only with their
  period, бывш., зам., проф., акад., доц., просп., пос., респ., оз., примеч., реж.; фр. after a
  number);
- ГОСТ 8.417-2002 «Единицы величин» (the unit symbols км, м, см, мм, кг, г, мг, т, л, мл, га,
  ч, мин, сут); ГОСТ Р 7.0.12 also gives р. (рубль), мес. and нед.;
- the measures recipes, shops and ads write (ст. л., ч. л., ст for стакан, шт., гр for грамм,
  сек), each only in the context where it is that word (not «ч. 2 ст. 105 УК»: part and article
  of a law);
- ГОСТ Р 7.0.12's parts of a law, a book or an address, only with the period and before their
  number (ст. 105, ч. 2, т. II, с. 45, д. 5, кв. 12, тел. 8 800…);
- contractions written with a hyphen, which decline by their last letters (`CONTRACTIONS`:
  кол-во, кол-ва, р-н, в р-не).

An abbreviation that also spells another word, or stands for several, is the word only in the
context the `Context` names: «г.» after a year is год (2005 г.), after a quantity грамм (200 г
муки), before a name город (г. Баку); «м» is метр after a number and nothing otherwise; «см.»
without a number is «смотри», «мл.» «младший». A period after a word abbreviation belongs to
it (the occurrence covers it); unit symbols take none, so a period after them ends the sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class Context(Enum):
    """Where an abbreviation stands for its word."""

    ANYWHERE = "anywhere"
    #: right after a number (digits or a Roman numeral): 5 км, 2005 г.
    AFTER_NUMBER = "after-number"
    #: the same, and with its period: XX в. («Сенусерт I в какой-то степени»: a preposition)
    AFTER_NUMBER_DOT = "after-number-dot"
    #: right before a capitalised word: г. Баку
    BEFORE_NAME = "before-name"
    #: right after «и»: и др.
    AFTER_AND = "after-and"
    #: right after «н.»: н. э.
    AFTER_N = "after-n"
    #: only with its period: бывш., проф. (without it the letters are a clipping or a typo)
    WITH_PERIOD = "with-period"
    #: a spoon's adjective, with its period and right before «л.»: ст. л., ч. л.
    BEFORE_SPOON = "before-spoon"
    #: «л.» right after «ст.» or «ч.»: ложка (after a number л is литр)
    SPOON = "spoon"
    #: right after a number and without a period: 3 ст молока (стакан); «ч. 2 ст. 105 УК» is
    #: an article, «2 ст. л.» a spoon
    AFTER_NUMBER_BARE = "after-number-bare"
    #: right after a number that reads as a year: 2005 г., 21.12.1948 г., «в 988 г.» (a
    #: number of three digits after a preposition, with the period), a Roman numeral
    AFTER_YEAR = "after-year"
    #: right after a number that does not read as a year: 200 г муки, 1,5 г соли (грамм)
    AFTER_QUANTITY = "after-quantity"
    #: with its period, right before a number (digits or a Roman numeral): ст. 105, ч. 2,
    #: т. II, д. 5, кв. 12 (not «т. е.», «ст. л.»); a unit symbol's spelling not after a
    #: number too («2 ч. 30 мин» is an hour's)
    BEFORE_NUMBER_DOT = "before-number-dot"


#: full word (folded, ё as е) → its abbreviations (folded, without the period) and where each
#: stands for it
TABLE: dict[str, tuple[tuple[str, Context], ...]] = {
    "тысяча": (("тыс", Context.ANYWHERE),),
    "миллион": (("млн", Context.ANYWHERE),),
    "миллиард": (("млрд", Context.ANYWHERE),),
    "триллион": (("трлн", Context.ANYWHERE),),
    "человек": (("чел", Context.ANYWHERE),),
    "рубль": (("руб", Context.ANYWHERE), ("р", Context.AFTER_NUMBER)),  # р. alone: река
    "копейка": (("коп", Context.ANYWHERE),),
    "доллар": (("долл", Context.ANYWHERE),),
    "год": (("г", Context.AFTER_YEAR), ("гг", Context.ANYWHERE)),
    "город": (("г", Context.BEFORE_NAME),),
    "век": (("в", Context.AFTER_NUMBER_DOT), ("вв", Context.ANYWHERE)),
    "улица": (("ул", Context.ANYWHERE),),
    "область": (("обл", Context.ANYWHERE),),
    "другой": (("др", Context.AFTER_AND),),
    "эра": (("э", Context.AFTER_N),),
    # titles, places and adjectives of ГОСТ Р 7.0.12 whose abbreviation spells nothing else
    "бывший": (("бывш", Context.WITH_PERIOD),),
    "заместитель": (("зам", Context.WITH_PERIOD),),
    "профессор": (("проф", Context.WITH_PERIOD),),
    "академик": (("акад", Context.WITH_PERIOD),),
    "доцент": (("доц", Context.WITH_PERIOD),),
    "проспект": (("просп", Context.WITH_PERIOD),),
    "поселок": (("пос", Context.WITH_PERIOD),),
    "республика": (("респ", Context.WITH_PERIOD),),
    "озеро": (("оз", Context.WITH_PERIOD),),
    "примечание": (("примеч", Context.WITH_PERIOD),),
    "режиссер": (("реж", Context.WITH_PERIOD),),
    "франк": (("фр", Context.AFTER_NUMBER_DOT),),  # фр. alone: «французский»
    "километр": (("км", Context.ANYWHERE),),
    # г is the symbol of грамм, and of год after a year: the number tells them apart
    "грамм": (("г", Context.AFTER_QUANTITY), ("гр", Context.AFTER_NUMBER)),
    "миллиграмм": (("мг", Context.AFTER_NUMBER),),
    "гектар": (("га", Context.AFTER_NUMBER),),  # га alone: an interjection
    "миллиметр": (("мм", Context.AFTER_NUMBER),),  # мм alone: «hmm»
    "сантиметр": (("см", Context.AFTER_NUMBER),),  # см. alone: «see»
    "метр": (("м", Context.AFTER_NUMBER),),
    "килограмм": (("кг", Context.ANYWHERE),),
    "тонна": (("т", Context.AFTER_NUMBER),),  # т. е., т. к.
    "литр": (("л", Context.AFTER_NUMBER),),
    "миллилитр": (("мл", Context.AFTER_NUMBER),),  # мл. сержант: «младший»
    "час": (("ч", Context.AFTER_NUMBER),),
    "минута": (("мин", Context.AFTER_NUMBER),),
    "секунда": (("сек", Context.AFTER_NUMBER),),  # сек alone: сечь's past
    "сутки": (("сут", Context.ANYWHERE),),
    "неделя": (("нед", Context.WITH_PERIOD),),
    "месяц": (("мес", Context.ANYWHERE),),
    # measures of recipes and shops (not in the standards above, but fixed by usage; each
    # only where nothing else reads so): ст. л. and ч. л. (столовая, чайная ложка), ст after a
    # number and without a period (стакан), шт. (штука)
    "ложка": (("л", Context.SPOON),),
    "столовый": (("ст", Context.BEFORE_SPOON),),
    "чайный": (("ч", Context.BEFORE_SPOON),),
    "стакан": (("ст", Context.AFTER_NUMBER_BARE),),
    "штука": (("шт", Context.AFTER_NUMBER),),
    # the parts of a law, a book or an address that a number follows (ГОСТ Р 7.0.12): «по ч. 2
    # ст. 105 УК», «т. 2, с. 45», «гл. IV», «д. 5, кв. 12»; each spells a preposition, a unit
    # or another word's clipping elsewhere, so only with its period and before the number
    "статья": (("ст", Context.BEFORE_NUMBER_DOT),),
    "часть": (("ч", Context.BEFORE_NUMBER_DOT),),
    "пункт": (("п", Context.BEFORE_NUMBER_DOT),),
    "подпункт": (("подп", Context.BEFORE_NUMBER_DOT),),
    "глава": (("гл", Context.BEFORE_NUMBER_DOT),),
    "раздел": (("разд", Context.BEFORE_NUMBER_DOT),),
    "том": (("т", Context.BEFORE_NUMBER_DOT),),
    "страница": (("с", Context.BEFORE_NUMBER_DOT),),
    "рисунок": (("рис", Context.BEFORE_NUMBER_DOT),),
    "таблица": (("табл", Context.BEFORE_NUMBER_DOT),),
    "приложение": (("прил", Context.BEFORE_NUMBER_DOT),),
    "дом": (("д", Context.BEFORE_NUMBER_DOT),),
    "квартира": (("кв", Context.BEFORE_NUMBER_DOT),),
    "корпус": (("корп", Context.BEFORE_NUMBER_DOT),),
    "телефон": (("тел", Context.BEFORE_NUMBER_DOT),),
}

#: contractions written with a hyphen (ГОСТ Р 7.0.12's «стяжение»: the first letters and the
#: last ones of the word): full word (folded) → its contraction. Each declines by its last
#: letters, as the word does (кол-во, кол-ва, кол-вом; р-н, в р-не; г-жа, г-жи), spells no
#: dictionary word, and needs no context. `пр-во` (правительство or производство) is left out.
CONTRACTIONS: dict[str, str] = {
    "количество": "кол-во",
    "министерство": "м-во",
    "государство": "гос-во",
    "общество": "о-во",
    "товарищество": "т-во",
    "издательство": "изд-во",
    "хозяйство": "х-во",
    "район": "р-н",
    "господин": "г-н",
    "госпожа": "г-жа",
    "гражданин": "гр-н",
    "гражданка": "гр-ка",
    "доктор": "д-р",
    "университет": "ун-т",
    "институт": "ин-т",
    "библиотека": "б-ка",
    "завод": "з-д",
    "фабрика": "ф-ка",
    "комбинат": "к-т",
    "остров": "о-в",
    "полуостров": "п-ов",
}


def contractions(word: str, forms: Iterable[str]) -> list[str]:
    """The contraction of a one-word term (folded, ё as е) in each of its *forms* that keeps
    the letters the contraction drops: «количества» → «кол-ва», «району» → «р-ну». A form
    whose stem differs there (господа, граждане: plurals ГОСТ abbreviates otherwise) has
    none."""
    short = CONTRACTIONS.get(word)
    if short is None:
        return []
    head, tail = short.split("-")
    cut = len(word) - len(tail)
    out: list[str] = []
    for form in forms:
        if len(form) > cut and form[: cut + 1] == word[: cut + 1]:
            spelled = f"{head}-{form[cut:]}"
            if spelled not in out:
                out.append(spelled)
    return out


#: unit symbols (ГОСТ 8.417-2002) are written without a period: one after them ends the
#: sentence («объёмом 200 мл.») and is not part of the occurrence
UNIT_SYMBOLS = frozenset("км мм см м кг т л мл ч мин мг га".split())

#: number words written as abbreviations: «2,5 тыс. т», «5 млн км» count as after a number
NUMBER_WORDS = frozenset("тыс млн млрд трлн".split())


def abbreviations(word: str) -> tuple[tuple[str, Context], ...]:
    """The standard abbreviations of a one-word term (folded, ё as е), with their contexts."""
    return TABLE.get(word, ())


def takes_period(abbreviation: str, context: Context | None = None) -> bool:
    """Does a period right after the abbreviation belong to it (г., тыс., the л. of ст. л.;
    not км, мл)?"""
    if context in (Context.SPOON, Context.BEFORE_SPOON, Context.BEFORE_NUMBER_DOT):
        return True
    if context == Context.AFTER_QUANTITY:
        return False  # г for грамм is a unit symbol; г. for год a word abbreviation
    return abbreviation not in UNIT_SYMBOLS
