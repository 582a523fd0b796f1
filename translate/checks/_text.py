"""Small text helpers the check families share (masking markup so its letters and digits are not
mistaken for prose, words with offsets, script classes)."""

from __future__ import annotations

import regex

from translate.text.prose import inline_prose
from translate.text.script import mixed_script_words

WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ\-‐‑][\p{L}\p{M}]+)*")
#: longer than any word of az / ru / en (the longest of 248,000 az words has 26 letters, of
#: 243,000 ru words 23; see `MAX_LETTERS`): word-level checks skip such a token, and
#: `long-token` says so, whatever the source has (a checksum, a promo code: no word, and no
#: check reads it), so a 1 MB "word" costs one scan, not an analysis per prefix or deletion
MAX_WORD = 50
#: a run of letters or digits too long to be a word or a number (after URLs and code are masked)
LONG_TOKEN = regex.compile(rf"[\p{{L}}\p{{M}}\p{{N}}'’ʼ\-‐‑]{{{MAX_WORD + 1},}}")
#: longer than any real az / ru / en word: the longest of 248,000 az words (UniMorph, UD, every
#: held-out set) has 26 letters, of 243,000 ru words (UD GSD dev, the held-out sets) 23
#: («высокопроизводительного»). A run of letters this long is a sentence whose spaces were lost
#: (`Учёныепризвали…`, `оплачиватьпарковкубанковскойкартой`), unless the source has it
#: verbatim; digits are not counted, so numbers, hashes and identifiers stay `MAX_WORD`'s
MAX_LETTERS = 30
LONG_LETTERS = regex.compile(rf"[\p{{L}}\p{{M}}]{{{MAX_LETTERS + 1},}}")
LATIN = regex.compile(r"\p{Script=Latin}")
#: a Latin and a Cyrillic letter side by side: what a word mixing the scripts needs (one scan in C
#: before any tokenising)
ADJACENT_SCRIPTS = regex.compile(r"\p{Latin}\p{M}*\p{Cyrillic}|\p{Cyrillic}\p{M}*\p{Latin}")
CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
#: a run of Cyrillic letters (with their combining marks)
CYRILLIC_RUN = regex.compile(r"\p{Cyrillic}[\p{Cyrillic}\p{M}]*")


def mask_non_prose(text: str) -> str:
    """*text* with link targets, URLs, code spans and HTML tags blanked out (same length: offsets
    hold): numbers in a URL are not the article's numbers, Latin in a URL is not a Latin word,
    `armenia-azerbaijan` in a link target is not a term, `title="Moscow"` is not a rendering.
    One definition for every path (`translate.text.prose.inline_prose`)."""
    return inline_prose(text)


def non_prose_runs(text: str, pattern: regex.Pattern[str]) -> list[str]:
    """The matches of *pattern* that start inside what `mask_non_prose` blanks (code spans,
    URLs, link targets, HTML): the words or digits a translation may copy without their marks."""
    masked = mask_non_prose(text)
    if masked == text:
        return []
    return [m.group() for m in pattern.finditer(text) if masked[m.start()] != text[m.start()]]


#: a quotation, with any of the quote pairs the checks know (nested ones inside the outer)
QUOTED = regex.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"|‘[^‘’]*’")
#: a whitespace-delimited chunk that is code, not prose: a command-line option (`--strict`), a
#: path or file name (`kremlin.md`, `a/b`), an identifier (`snake_case`, `key=value`)
_CODE_CHUNK = regex.compile(r"^[(\[«“\"']*(?:-{1,2}\p{L}|\S*\p{L}[./_=]\p{L})")


#: Latin phrases of international law that Russian legal and diplomatic writing keeps in Latin
#: (`uti possidetis juris`, held-out set 111): a term of art quoted, no English left untranslated.
#: Those Russian writes in Cyrillic («де-факто», «статус-кво», «персона нон грата») are not here
LATIN_PHRASE = regex.compile(
    r"(?<!\p{L})(?:uti\ possidetis(?:\ juris)?|pacta\ sunt\ servanda|jus\ cogens|erga\ omnes"
    r"|terra\ nullius|rebus\ sic\ stantibus|lex\ (?:specialis|generalis|posterior)"
    r"|amicus\ curiae|sui\ generis|prima\ facie|mutatis\ mutandis|ultra\ vires|opinio\ juris"
    r"|ratione\ (?:materiae|personae|temporis|loci)|res\ judicata|n[eo]n?\ bis\ in\ idem"
    r"|nullum\ crimen\ sine\ lege|in\ dubio\ pro\ reo|ex\ aequo\ et\ bono"
    r"|forum\ non\ conveniens|casus\ belli|status\ quo\ ante(?:\ bellum)?)(?!\p{L})",
    regex.I | regex.X,
)


def latin_quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quotations written wholly without Cyrillic: a quotation left in the original
    language is deliberate (`«Fly the Caspian»`), a Latin word inside Russian quotes is not."""
    return [m.span() for m in QUOTED.finditer(text) if not CYRILLIC.search(m.group())]


def in_code_chunk(text: str, start: int, end: int) -> bool:
    """Whether the word at *start*:*end* is part of a code-like chunk (see `_CODE_CHUNK`)."""
    a = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    b = len(text)
    for sep in (" ", "\n"):
        i = text.find(sep, end)
        if i >= 0:
            b = min(b, i)
    return _CODE_CHUNK.match(text[a:b]) is not None


def words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


#: letters that look alike in Latin and Cyrillic (for suggestions: repair to the dominant script)
LAT_TO_CYR = str.maketrans("aceopxyABCEHKMOPTXi", "асеорхуАВСЕНКМОРТХі")
CYR_TO_LAT = str.maketrans("асеорхуАВСЕНКМОРТХіј", "aceopxyABCEHKMOPTXij")


#: Cyrillic letters without a Latin look-alike, by their sound in Azerbaijani's Latin alphabet:
#: an az word typed with one of them (`Бakıda`, the layout switched for a letter) is still the
#: word
CYR_SOUNDS_AZ = str.maketrans(
    dict(zip("бвгдзийклмнптфчшыжБГДЗИЙЛПФЧШЫЖ", "bvqdziyklmnptfçşıjBQDZİYLPFÇŞIJ", strict=True))
)


#: Latin letters without a Cyrillic look-alike, by their sound in Russian: a ru word typed with
#: one of them (`Aкtaу`) is still the word, for reading terms (never for a suggestion: a slip
#: of the keyboard layout types another letter than the sound's)
LAT_SOUNDS_RU = str.maketrans(
    dict(zip("bdfghklmnrstuvzwDFGLNRSUVZ", "бдфгхклмнрстувзвДФГЛНРСУВЗ", strict=True))
)


def repair_script(word: str, script: str | None = None, *, by_sound: bool = False) -> str | None:
    """Map look-alike letters to the word's majority script, or to *script* ("Cyrillic",
    "Latin") when given; None when some letter has no twin. *by_sound*: into Latin, a Cyrillic
    letter without a twin is read by its Azerbaijani sound (`CYR_SOUNDS_AZ`); into Cyrillic, a
    Latin one by its Russian sound (`LAT_SOUNDS_RU`)."""
    if script is None:
        lat = len(LATIN.findall(word))
        cyr = len(CYRILLIC.findall(word))
        script = "Cyrillic" if cyr >= lat else "Latin"
    fixed = word.translate(LAT_TO_CYR) if script == "Cyrillic" else word.translate(CYR_TO_LAT)
    if by_sound:
        fixed = fixed.translate(CYR_SOUNDS_AZ if script == "Latin" else LAT_SOUNDS_RU)
    if LATIN.search(fixed) and CYRILLIC.search(fixed):
        return None
    return fixed


def script_repaired(text: str, script: str | None = None) -> str:
    """*text* with each word that mixes alphabets written in its majority one, or in *script*
    (same length, so spans stay); a letter without a twin is read by its sound (`Aкtaу`,
    held-out set 126): for reading terms in a text whose slip `mixed-script` reports."""
    out = text
    for tok in mixed_script_words(text):
        fixed = repair_script(text[tok.start : tok.end], script, by_sound=True)
        if fixed is not None and len(fixed) == tok.end - tok.start:
            out = out[: tok.start] + fixed + out[tok.end :]
    return out


#: a capitalised Latin word or a number before a term, in a longer name ("Silk Way AZAL")
_NAME_WORD_BEFORE = regex.compile(r"(?:(?=\p{Lu})\p{Latin}[\p{L}\d&.'’-]*|\d+)[ \u00a0]$")
#: one after it ("AZAL Cargo", "Kaspi Bank-ı": the name ends where an az ending is joined)
_NAME_WORD_AFTER = regex.compile(
    r"[ \u00a0]((?=\p{Lu})\p{Latin}[\p{L}\d&]*|\d+)(?:['’\-][\p{L}\d]+)*"
)


def inside_kept_name(text: str, start: int, end: int, source: str) -> bool:
    """Whether `text[start:end]` is part of a longer Latin name that the translation writes as
    its source does (`AZAL Cargo`, `Kaspi Bank-ı` for "Kaspi Bank"): the translator kept a
    name, and the term inside it is the name's, neither a rendering nor a variant. «AZAL
    Bakıdan» is no such name: the source never says it."""
    starts, ends = [start], [end]
    while (m := _NAME_WORD_BEFORE.search(text, max(0, starts[-1] - 40), starts[-1])) is not None:
        starts.append(m.start())
    pos = end
    while (m := _NAME_WORD_AFTER.match(text, pos)) is not None:
        ends.append(m.end(1))
        if m.end() != m.end(1):
            break  # an ending joined to the name's last word
        pos = m.end()
    return any(text[a:b] in source for a in starts for b in ends if (a, b) != (start, end))
