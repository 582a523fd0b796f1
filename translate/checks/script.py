"""`mixed-script` and `wrong-script`: letters from the wrong alphabet.

A Latin `a` inside `Кaрабах` looks right and silently defeats every search and term check, so a
word mixing scripts is an error. Whole words in the other alphabet are `wrong-script`: Cyrillic in
Azerbaijani (written in Latin since 1992), and lower-case Latin words in Russian (names and
abbreviations such as `Al Arabiya` or `ICAO`, capitalised, are normal in Russian news text, as
is a Latin word of a glossary term; an English word left in lower case is not: the English source
contains it, which is exactly the problem). A word of the source's code (`pip install x`) whose
code marks the translation lost is not one: `markup-mismatch` reports the lost code span. Nor is a
lower-case name the source has verbatim, told from a word by its shape (`e-tabib`, `mp3`: a
one-letter part before a hyphen, or a digit; `_kept_name`), or the lower-case part of a Latin name
the source writes the same way after a capitalised word (`Dunaliella salina`; `_name_continues`),
or a one-letter label or symbol the source has as a word (`4(b)`, `p < 0,05`; `_symbol`), or a
handle or hashtag (`@presidentaz`, `#novruz`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from translate.checks._text import (
    ADJACENT_SCRIPTS,
    CYRILLIC,
    CYRILLIC_RUN,
    LATIN,
    LATIN_PHRASE,
    MAX_LETTERS,
    WORD,
    in_code_chunk,
    latin_quotations,
    mask_non_prose,
    non_prose_runs,
    repair_script,
    words,
)
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.language import not_in_language
from translate.checks.segment import Segment
from translate.text.normalize import fold
from translate.text.script import mixed_script_words


def _glossary_latin_words(ctx: CheckContext, lang: str) -> frozenset[str]:
    """Latin words the glossary itself uses in *lang*'s terms (allowed there by definition)."""
    key = f"script.latin.{lang}"
    cached = ctx.caches.get(key)
    if cached is None:
        found: set[str] = set()
        for concept in ctx.glossary or []:
            for term in concept.terms_for(lang):
                for _, _, w in words(term.text):
                    if LATIN.search(w):
                        found.add(fold(w, "en"))
        cached = ctx.caches[key] = frozenset(found)
    return cached


def _code_words(text: str) -> Counter[str]:
    """Words of a text's code spans, URLs and HTML (what `mask_non_prose` blanks)."""
    return Counter(non_prose_runs(text, WORD))


def _lost_code_words(source: str, target: str) -> Counter[str]:
    """Words of the source's code and URLs that the translation does not carry as code: the
    translation's prose word is such code with its marks lost (markup-mismatch's finding). A
    word the translation keeps in its own link (`/schools` of a kept URL) is no lost code, and
    the same word in its prose (`Список schools`) is English left untranslated."""
    return _code_words(source) - _code_words(target)


#: the shape of a name rather than a word: a one-letter part before a hyphen (`e-tabib`, `e-gov`,
#: `x-ray` at worst) or a digit (`mp3`, `4g`, `covid-19`). A plain English word has neither, so
#: "online" or "long-term" left untranslated is still reported
_NAME_SHAPE = regex.compile(r"^\p{L}[\-‐‑]\p{L}|\d")


def _kept_name(text: str, start: int, end: int, source: str) -> bool:
    """Whether the word at `text[start:end]`, with the digits and hyphenated parts it is written
    with (`mp3` is read as the word `mp`), is a lower-case name the translation keeps exactly as
    its source writes it (a portal, an app, a format): it has a name's shape and the source has
    it verbatim."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _JOINERS):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in _JOINERS):
        end += 1
    return _kept_part(text[start:end].strip("-‐‑"), source)


def _kept_part(part: str, source: str) -> bool:
    """Whether *part* (a Latin token, or the Latin part of a word of two scripts: `e-mail` of
    «e-mail-адрес») has a name's shape and the source writes it as a word of its own."""
    if _NAME_SHAPE.search(part) is None:
        return False
    return (
        regex.search(rf"(?<![\p{{L}}\d\-]){regex.escape(part)}(?![\p{{L}}\d])", source) is not None
    )


_JOINERS = "-‐‑"

#: a capitalised Latin word and the spaces after it, ending where the next word starts
#: (or an initial with its period: the genus of `E. coli`)
_CAPITALISED_BEFORE = regex.compile(
    r"(?<![\p{L}\d])\p{Lu}(?:[\p{Latin}\p{M}'’]+|(?<=\p{Latin})\.)[ \u00a0]\Z"
)


#: where a capital says nothing of a name: a text's or a sentence's first word
_SENTENCE_START = regex.compile(r"(?:^|[.!?…]\s+|\n[#>*\-+\d. ]*|[«“\"(]\s*)\Z")


#: a capitalised Latin word after a space: the word before it begins a name
_NEXT_NAME_WORD = regex.compile(r"[ \u00a0](?=\p{Lu})\p{Latin}")


def _common_in_source(word: str, source: str) -> bool:
    """Whether a capitalised Latin word is a common word of the source, capitalised only where
    the translation's sentence starts ("The escalation …" → «Escalation на границе …»): the
    source writes it in lower case, and nowhere capitalised inside a sentence, so it is an
    English word left untranslated, not a name (`Apple`, `Brent`)."""
    if len(word) < 3 or not word[1:].islower() or not source:
        return False
    source = mask_non_prose(source)  # `masdar.ae` in a link is no lower-case word of the prose
    lower = regex.search(rf"(?<![\p{{L}}\d\-]){word.lower()}(?![\p{{L}}\d])", source)
    if lower is None:
        return False
    for m in regex.finditer(rf"(?<![\p{{L}}\d\-]){word}(?![\p{{L}}\d])", source):
        if _SENTENCE_START.search(source, max(0, m.start() - 12), m.start()) is None:
            return False  # capitalised inside a sentence: a name
    return True


def _name_continues(text: str, start: int, end: int, source: str) -> bool:
    """Whether the lower-case word at `text[start:end]` ends a Latin name the source writes the
    same way, after a capitalised word: a species (`Dunaliella salina`, `Homo sapiens`), a
    product (`Apple watch`). The pair is copied verbatim, so the word is the name's, not an
    English word left untranslated; a lone lower-case word is still reported, and so is a pair
    whose capital only opens a quotation, in both texts («Double counting — первородный грех»,
    held-out set 129; a species opens a sentence as it is: `Listeria monocytogenes`)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    name = before.group().rstrip() + " " + text[start:end]
    pattern = rf"(?<![\p{{L}}\d]){regex.escape(name)}(?![\p{{L}}\d])"
    found = [m.start() for m in regex.finditer(pattern, source)]
    if not found:
        return False
    return not all(
        _opens_quotation(t, i) for t, i in ((text, before.start()), *((source, i) for i in found))
    )


#: an opening quotation mark right before a word
_QUOTE_OPENS = regex.compile(r"[«“„\"‘'][ \u00a0]*\Z")


def _opens_quotation(text: str, i: int) -> bool:
    return _QUOTE_OPENS.search(text, max(0, i - 3), i) is not None


#: Latin letters that look like a Russian one-letter word (а, о, с, у, к): typed on the wrong
#: keyboard layout, one of them is a typo, not a symbol, unless it is a bracketed label `(a)`
_HOMOGLYPH_WORDS = frozenset("acoyk")


def _symbol(text: str, start: int, source: str) -> bool:
    """Whether the one-letter Latin word at *start* is a symbol the source writes as a word of
    its own: a list label (`4(b)`), a variable or a statistic (`p < 0.05`, `n = 1,204`), copied
    as it is. An English word left untranslated is longer: English's one-letter words are `a`
    and `I`, and a stray `a` comes with the rest of its sentence, whose other words are
    reported. A letter that looks like a Russian word (`c` for «с») counts only as a bracketed
    label, as it would be the wrong keyboard layout anywhere else."""
    letter = text[start]
    if letter in _HOMOGLYPH_WORDS and text[start - 1 : start + 2] != f"({letter})":
        return False
    if _UNIT.match(text, _chunk_start(text, start)):
        return False  # `15 m/s`: a unit after a number, Latin in Russian text
    return regex.search(rf"(?<![\p{{L}}\d'’]){letter}(?![\p{{L}}\d'’])", source) is not None


def check_script(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    if not seg.translated or seg.fuzzy:
        return
    text = mask_non_prose(seg.target)
    has_lat = LATIN.search(text) is not None
    has_cyr = CYRILLIC.search(text) is not None
    if not has_lat:
        return
    if not has_cyr and (
        # a Russian block without one Cyrillic word: a block in another language is
        # `untranslated`'s, but a lone English word is this check's («- completion: 2027»)
        seg.lang != "ru"
        or not_in_language(seg.target, seg.lang, ctx.config.source_language, seg.source)
    ):
        return
    mixed: list[tuple[int, int]] = []
    if ctx.on("mixed-script") and ADJACENT_SCRIPTS.search(text):
        for tok in mixed_script_words(text):
            word = text[tok.start : tok.end]
            if seg.lang == "ru" and _CHESS_MOVE.fullmatch(word):
                continue  # «Кf3», «Сb5»: a Russian piece letter on a Latin square
            mixed.append((tok.start, tok.end))
            yield ctx.finding(
                seg,
                "mixed-script",
                f"“{word}” mixes Latin and Cyrillic letters",
                tok.start,
                tok.end,
                suggestion=repair_script(word, by_sound=seg.lang == "az"),
            )
    if not ctx.on("wrong-script") or seg.lang not in ("az", "ru"):
        return
    # words of the other alphabet next to each other, with only spaces between them, are one
    # slip (a phrase left in English, «standing ovation»; a name pasted in Cyrillic, «Ван И»),
    # and so are the parts of a unit joined by a dot or a slash («кВт·ч», «км/ч»): one
    # finding, as an editor fixes them at once
    run: list[tuple[int, int]] = []
    for start, end in [*_wrong_script_words(seg, ctx, text, mixed), (-1, -1)]:
        if run and (start < 0 or text[run[-1][1] : start].strip(_JOINING)):
            a, b = run[0][0], run[-1][1]
            b += text[b : b + 1] in ("²", "³")  # a unit's power is the unit's (`m³`)
            phrase = text[a:b]
            many = len(run) > 1
            if seg.lang == "az":
                what = f"Cyrillic word{'s' if many else ''} “{phrase}” in Azerbaijani text"
                message = f"{what} (Latin alphabet since 1992)"
            else:
                what = f"Latin word{'s' if many else ''} “{phrase}” in Russian text"
                message = (
                    f"{what} (not a name: translate or transliterate {'them' if many else 'it'})"
                )
            yield ctx.finding(seg, "wrong-script", message, a, b)
            run = []
        if start >= 0:
            run.append((start, end))


#: a move in Russian figurine notation: a Cyrillic piece letter (Кр король, Ф ферзь, Л ладья,
#: С слон, К конь) before a Latin square, as Russian chess writing has it (held-out set 113)
_CHESS_MOVE = regex.compile(r"(?:Кр|[ФЛСК])[a-h1-8]?[x:×]?[a-h][1-8][+#]?")
#: unit symbols written in upper and lower case, which Russian writes in Cyrillic («за kWh» for
#: «за кВт·ч»; held-out set 119): no name, whatever their capitals. All-capital symbols (`MW`,
#: `GB`) are left out, as they look like any abbreviation
_UNIT_SYMBOLS = frozenset(
    "kWh MWh GWh TWh kW kV kVA kHz MHz GHz THz kbit Mbit Gbit Tbit kbps Mbps Gbps kPa MPa hPa "
    "mAh dB".split()
)
#: unit symbols Russian writes in Latin after a number (`424 ppm`, held-out set 129), as it
#: has no short Cyrillic one
_LATIN_IN_RUSSIAN = frozenset({"ppm", "ppb"})
#: a Latin word without a vowel letter: no English word, an abbreviation or a name written in
#: lower case (`bp`, held-out set 117); after a number (`15 km`) it is a unit, still reported
_NO_VOWEL = regex.compile(r"[b-df-hj-np-tv-xz]+")
#: a unit of two short Latin parts after a number (`40 km/h`, `5 m/s`), which a slash makes look
#: like a path, or of one with a power (`120 m³`, `120 m³/s`), which makes it look like an
#: identifier
_UNIT = regex.compile(
    r"(?<=\d[ \u00a0]?)\p{Latin}{1,3}"
    r"(?:[²³](?:/\p{Latin}{1,3}[²³]?)?|/\p{Latin}{1,3}[²³]?)(?!\p{L})"
)


def _chunk_start(text: str, start: int) -> int:
    """Where the whitespace-delimited chunk holding the word at *start* begins."""
    return (
        max(text.rfind(" ", 0, start), text.rfind("\u00a0", 0, start), text.rfind("\n", 0, start))
        + 1
    )


#: what may stand between two words of one slip: spaces, and the dots and slash of a unit
_JOINING = " \u00a0·⋅∙/²³"
#: the Latin part of a word of two scripts, with its own hyphens (`e-mail` of `e-mail-адрес`)
_LATIN_PART = regex.compile(r"\p{Latin}+(?:[\-‐‑]\p{Latin}+)*")

#: English month and weekday names: capitalised, yet no names («18 October 1991 года»)
_CALENDAR = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
#: a capitalised Latin word right before or after: the calendar word is part of a name
_CAPITALISED_NEIGHBOUR = regex.compile(
    r"\p{Lu}[\p{Latin}\p{M}]*[ \u00a0]\Z|\A[ \u00a0]\p{Lu}\p{Latin}"
)


def _calendar_word(text: str, start: int, end: int, word: str) -> bool:
    """Whether the capitalised *word* is an English month or weekday left untranslated: not
    beside another capitalised Latin word, as in a name (`Theresa May`, `Black Friday`)."""
    if word.lower() not in _CALENDAR:
        return False
    before = _CAPITALISED_NEIGHBOUR.search(text[max(0, start - 30) : start])
    after = _CAPITALISED_NEIGHBOUR.search(text[end : end + 30])
    return before is None and after is None


#: a span set off with emphasis (`*Municipal Elections, 29 January 2025*`, `_The Economist_`)
_EMPHASIS = regex.compile(r"(?<![*\w])\*(?!\*)([^*\n]+?)\*(?![*\w])|(?<!\w)_([^_\n]+?)_(?!\w)")


def _kept_titles(text: str, source: str) -> list[tuple[int, int]]:
    """Spans of emphasised runs of two Latin words or more, without Cyrillic, beginning with a
    capital, that the source sets off the same way: the title of a report or a book kept as
    published, as a quotation left in its language is (held-out set 140)."""
    out = []
    for m in _EMPHASIS.finditer(text):
        inner = m.group(1) or m.group(2) or ""
        if CYRILLIC.search(inner) or len(WORD.findall(inner)) < 2 or inner not in source:
            continue
        if not inner.lstrip()[:1].isupper():
            continue  # a title begins with a capital; `*fair rule*` is an English phrase
        out.append(m.span())
    return out


def _wrong_script_words(
    seg: Segment, ctx: CheckContext, text: str, mixed: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Spans of the words of the other alphabet that are no name, quotation or code."""
    quoted = latin_quotations(text) if seg.lang == "ru" else []
    if seg.lang == "ru" and "s" in text:  # every phrase of the list has an s
        quoted += [m.span() for m in LATIN_PHRASE.finditer(text)]
    if seg.lang == "ru" and seg.source and ("*" in text or "_" in text):
        quoted += _kept_titles(text, seg.source)
    code = Counter[str]()
    if seg.lang == "ru" and seg.source:
        code = _lost_code_words(seg.source, seg.target)
    for start, end, word in words(text):
        if any(s < end and start < e for s, e in mixed):
            continue
        if end - start > MAX_LETTERS:
            continue  # no word: `long-token`'s finding, which word checks leave alone
        if any(s <= start and end <= e for s, e in quoted):
            continue  # a quotation left in the original language, on purpose
        lat = LATIN.search(word) is not None
        cyr = CYRILLIC.search(word) is not None
        if lat and cyr:
            if seg.lang == "az":
                # a Cyrillic part before an Azerbaijani ending (`ФСБ-ni`): the part is the slip
                for m in CYRILLIC_RUN.finditer(word):
                    yield start + m.start(), start + m.end()
            else:
                # a compound of two scripts (`Telegram-каналах`, `SMS-рассылка`): a name or an
                # abbreviation is fine in ru, an English word is not (`online-слушания`)
                for m in _LATIN_PART.finditer(word):
                    a, b = start + m.start(), start + m.end()
                    if (
                        (
                            m.group().islower()
                            # «Offshore-проект» opening a sentence for "The offshore project"
                            or (m.start() == 0 and _common_in_source(m.group(), seg.source or ""))
                        )
                        and len(m.group()) >= 3
                        and fold(m.group(), "en") not in _glossary_latin_words(ctx, seg.lang)
                        and not (seg.source and _kept_part(m.group(), seg.source))
                    ):
                        yield a, b
            continue
        if seg.lang == "az" and cyr:
            yield start, end
        elif (
            seg.lang == "ru"
            and lat
            and (
                word == word.lower()
                or word in _UNIT_SYMBOLS
                or _calendar_word(text, start, end, word)
                or (
                    _common_in_source(word, seg.source or "")
                    and _NEXT_NAME_WORD.match(text, end) is None  # «The Washington Post»
                )
            )
        ):
            if fold(word, "en") in _glossary_latin_words(ctx, seg.lang):
                continue
            if start and text[start - 1] in "@#":
                continue  # a handle or a hashtag (`@presidentaz`, `#novruz`): a name
            if (
                in_code_chunk(text, start, end)
                and word not in _UNIT_SYMBOLS
                and not _UNIT.match(text, _chunk_start(text, start))
            ):
                continue  # `--strict`, `kremlin.md`: code, whether or not it is marked as such
                # (not a unit after a number, `40 km/h`: a Latin unit in Russian text)
            if word in code:
                continue  # the source's code, its marks lost: markup-mismatch's finding
            if text[end : end + 1].isdecimal() or (start and text[start - 1].isdecimal()):
                continue  # `11.1.2-h3`, `x86`, `4k`: letters glued to digits, an identifier
                # (not to a power: `m³` is a unit)
            # a draft whose blocks do not line up has no source block, but its source article
            # still says what it keeps as written
            source = seg.source or seg.source_document
            if source and _kept_name(text, start, end, source):
                continue  # `e-tabib`, `mp3`: a service's or a product's name, as in the source
            if len(word) == 1 and seg.source and _symbol(text, start, seg.source):
                continue  # `4(b)`, `p < 0,05`, `n = 1204`: a label or a symbol, as in the source
            if (
                len(word) > 1
                and source
                and _NO_VOWEL.fullmatch(word)
                and not text[:start].rstrip(" \u00a0")[-1:].isdecimal()  # `15 km`: a unit
                and regex.search(rf"(?<![\p{{L}}\d]){word}(?![\p{{L}}\d])", source)
            ):
                continue  # `bp`, `pwc`: no English word has no vowel, a name kept as written
            if word in _LATIN_IN_RUSSIAN and text[:start].rstrip(" \u00a0")[-1:].isdecimal():
                continue  # `424 ppm`: Russian science news keeps the symbol in Latin
            if source and _name_continues(text, start, end, source):
                continue  # `Dunaliella salina`: a two-word name, as in the source
            if "ə" in word and _CAPITALISED_BEFORE.search(text, max(0, start - 40), start):
                continue  # `ASAN xidmət`: an Azerbaijani name kept as Baku writes it
            yield start, end
