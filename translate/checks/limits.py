"""`long-token`: a run of letters or digits too long to be a word or a number.

Two bounds: over `MAX_WORD` (50) letters or digits the word checks skip the token, whatever
the source has; over `MAX_LETTERS` (30) letters in a row, which no az, ru or en word reaches, the
run is reported unless the source contains it verbatim (spaces lost when a sentence was pasted:
«Учёныепризвалиправительство…»). Digits break the letter run, so numbers, hashes and
identifiers are only the first bound's, but for a checksum (32 hexadecimal digits or more, in
the prose rather than in code marks), which is no word however it was copied, and a run of
more than 25 digits, which no number or account number has, or of more than 34 letters and
digits together, which no identifier has (an IBAN has at most 34).

Word-level checks (terms, near misses, az-ascii) analyse each word, and some of that analysis
grows faster than the word (a deletion index, a stem search): a 1 MB "word", pasted by accident or
made on purpose, could stall `check` and `report` for minutes. Such tokens are skipped by those
checks (`ctx.text_words` leaves them out) and reported here instead, once per message, so the
skip is never silent.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from translate.checks._text import (
    LONG_LETTERS,
    LONG_TOKEN,
    MAX_LETTERS,
    MAX_WORD,
    mask_non_prose,
)
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment


def check_limits(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    text = seg.target
    bound = _RU_SHORTEST - 1 if seg.lang == "ru" else _LONGEST_NUMBER
    if len(text) <= bound or max(map(len, text.split()), default=0) <= bound:
        # no run of non-space characters that long, so no such token (the patterns' characters
        # are never white space, and masking only adds spaces): one split in C instead of a
        # regex scan, which tried a long match at every letter (3 % of a run)
        return
    masked = mask_non_prose(text)
    match = LONG_TOKEN.search(masked)
    if match is None:
        hexadecimal = _CHECKSUM.search(masked)
        if hexadecimal is not None:
            yield ctx.finding(
                seg,
                "long-token",
                f"a run of {hexadecimal.end() - hexadecimal.start()} hexadecimal digits: a "
                "checksum or a key, no word; keep it in code marks, or check it was copied whole",
                hexadecimal.start(),
                hexadecimal.end(),
            )
            return
        digits = _DIGIT_RUN.search(masked) or _CODE_RUN.search(masked)
        if digits is not None and not digits.group().isdecimal():
            yield ctx.finding(
                seg,
                "long-token",
                f"a run of {digits.end() - digits.start()} letters and digits: longer than any "
                f"identifier (over {_LONGEST_CODE}); keep a code in code marks, or check it was "
                "copied whole",
                digits.start(),
                digits.end(),
            )
            return
        if digits is not None:
            yield ctx.finding(
                seg,
                "long-token",
                f"a run of {digits.end() - digits.start()} digits: longer than any number or "
                f"account number (over {_LONGEST_NUMBER}); keep a key in code marks, or check "
                "it was copied whole",
                digits.start(),
                digits.end(),
            )
            return
        yield from _lost_spaces(seg, ctx, masked)
        return
    yield ctx.finding(
        seg,
        "long-token",
        f"a run of {match.end() - match.start():,} letters or digits without a space: too long "
        f"to be a word (over {MAX_WORD}), so the term and spelling checks skipped it",
        match.start(),
        min(match.end(), match.start() + _SHOWN),
    )


#: a checksum or a key: 32 hexadecimal digits or more (MD5 32, SHA-1 40, SHA-256 64), letters
#: and digits both; an IBAN or a reference number has letters past `f`, and a word has no digits.
#: Four blind writers of four took such a run for a long token (held-out sets 97, 104, 109, 112)
_CHECKSUM = regex.compile(
    r"(?<![\p{L}\p{N}])(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{32,}(?![\p{L}\p{N}])"
)
#: the longest run of digits a text may hold as a number or an identifier: a Russian payment
#: identifier (УИН) has 20 or 25 digits, a bank account 20, a card 16 to 19, an IMEI 15. A longer
#: run is a key, a hash or a paste; three blind writers of three took one for a long token
#: (held-out sets 123, 126)
_LONGEST_NUMBER = 25
_DIGIT_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])\p{{Nd}}{{{_LONGEST_NUMBER + 1},}}(?![\p{{L}}\p{{N}}])"
)
#: the longest run of letters and digits together an identifier has: an IBAN, at most 34. A
#: longer one is a code or a key (`AZGAS2026SGCEUROPEEXPORTTOTALQ3REVISIONFINAL`; two blind
#: writers of two, held-out set 138)
_LONGEST_CODE = 34
_CODE_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?=[\p{{L}}\p{{N}}]*\p{{L}})(?=[\p{{L}}\p{{N}}]*\p{{N}})"
    rf"[\p{{L}}\p{{N}}]{{{_LONGEST_CODE + 1},}}(?![\p{{L}}\p{{N}}])"
)
#: the most of a long token a finding shows (a 1 MB "word" is not copied into the report)
_SHOWN = 200
#: a Russian run this long may be words whose spaces were lost, which the dictionary tells
_RU_SHORTEST = 20
_RU_RUN = regex.compile(rf"(?<!\p{{L}})\p{{Cyrillic}}{{{_RU_SHORTEST},{MAX_LETTERS}}}(?!\p{{L}})")
#: Russian words of one letter (prepositions, conjunctions, a pronoun)
_RU_ONE_LETTER = frozenset("вскуоия")


def _ru_words_glued(run: str) -> bool:
    """Whether a Russian run of letters no dictionary knows is three or more words it does
    know, written without spaces («отстраиваютснуляпогенплану»: отстраивают с нуля по
    генплану): the longest real Russian words are about this long, so length alone cannot
    tell."""
    from translate.morph.ru import analyzer

    morph = analyzer()
    word = run.lower()
    if morph.word_is_known(word):
        return False
    for k in range(5, min(len(word), 14)):
        # a numeral stem begins a compound, which Russian makes freely («одиннадцатиклассница»,
        # «двадцатипятилетний»): word formation, not words glued
        if any(p.tag.POS == "NUMR" and p.is_known for p in morph.parse(word[:k])):
            return False
    for k in range(3, len(word) - 5):
        # a stem, a linking о or е and a known adjective: a compound adjective
        # («азербайджаноязычного», «нефтегазового»; held-out set 136), not «о» the preposition
        if word[k] in "ое" and any(
            p.tag.POS in ("ADJF", "PRTF") and p.is_known for p in morph.parse(word[k + 1 :])
        ):
            return False
    n = len(word)
    # fewest parts that spell word[:i], each a known word (a one-letter one only from the list)
    unreached = n + 1
    parts = [0] + [unreached] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - 24), i):
            if parts[j] == unreached or parts[j] + 1 >= parts[i]:
                continue
            piece = word[j:i]
            if (len(piece) == 1 and piece in _RU_ONE_LETTER) or (
                len(piece) > 1 and morph.word_is_known(piece)
            ):
                parts[i] = parts[j] + 1
    return 3 <= parts[n] < unreached


def _lost_spaces(seg: Segment, ctx: CheckContext, masked: str) -> Iterator[Finding]:
    """The first run of over `MAX_LETTERS` letters the source does not have verbatim (in
    Russian, from `_RU_SHORTEST` letters when the dictionary reads it as glued words)."""
    source = (seg.source or "") + "\n" + (seg.source_document or "")
    if seg.lang == "ru":
        for match in _RU_RUN.finditer(masked):
            if match.group() not in source and _ru_words_glued(match.group()):
                yield ctx.finding(
                    seg,
                    "long-token",
                    f"a run of {match.end() - match.start():,} letters without a space that "
                    "reads as several words: were the spaces lost?",
                    match.start(),
                    match.end(),
                )
                return
    for match in LONG_LETTERS.finditer(masked):
        if match.group() in source:
            continue  # a long name or a quoted string kept as the source writes it
        yield ctx.finding(
            seg,
            "long-token",
            f"a run of {match.end() - match.start():,} letters without a space: longer than "
            f"any word (over {MAX_LETTERS}); were the spaces lost?",
            match.start(),
            match.end(),
        )
        return
