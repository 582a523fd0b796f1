"""`punctuation`: quotes in the target language's convention, no doubled spaces, a final stop
where the source has one.

The convention is a string of up to four characters, opening + closing quote, then the nested
pair: Russian `«»„“` (GOST typography: «ёлочки», „лапки“ inside); Azerbaijani `«»“”` — what the
shipped translation of the seed articles uses (and the glossary's note on «Əl-Ərəbiyyə»);
English `“”‘’`. Override per language with `[tool.translate.quotes]`, e.g. `az = "“”‘’"`. An
apostrophe between letters (`ICAO’nun`, `Aliyev’s`) is not a quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from translate.checks._text import mask_non_prose
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment

QUOTE_CHARS = '"“”„«»‘’‚‹›'
_QUOTE = regex.compile(r"[\"“”„«»‘’‚‹›']")
#: any of QUOTE_CHARS (not the ASCII apostrophe): whether a message needs the quote scan
_ANY_QUOTE = re.compile(f"[{re.escape(QUOTE_CHARS)}]")
_DOUBLE_SPACE = regex.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_CLOSERS = '"”»’“›)]*_'
_STOPS = ".!?…"


def _ends_with_stop(text: str) -> bool:
    t = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(t) and t[-1] in _STOPS


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or (text[i] == "'" and before.isalnum())


def _opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/" or i == 0:
        return not after.isspace()
    return False


def check_punctuation(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    if not seg.translated or seg.fuzzy:
        return
    text = seg.target
    conv = ctx.quotes(seg.lang)
    # masking is needed only around quotes, and most messages have none (masking only blanks
    # characters, so a text without quote characters has none once masked)
    masked = mask_non_prose(text) if _ANY_QUOTE.search(text) is not None else ""
    if _ANY_QUOTE.search(masked) is not None:
        allowed = set(conv)
        wrong: list[tuple[int, bool]] = []
        for m in _QUOTE.finditer(masked):
            i = m.start()
            ch = masked[i]
            if ch in ("'", "’") and _is_apostrophe(masked, i):
                continue
            if ch in allowed:
                continue
            wrong.append((i, _opening(masked, i)))
        k = 0
        while k < len(wrong):
            start, is_open = wrong[k]
            end = start + 1
            if is_open and k + 1 < len(wrong) and not wrong[k + 1][1]:
                end = wrong[k + 1][0] + 1
                k += 1
            k += 1
            quoted = text[start:end]
            suggestion = None
            if len(quoted) >= 2 and len(conv) >= 2:
                suggestion = conv[0] + quoted[1:-1] + conv[1]
            yield ctx.finding(
                seg,
                "punctuation",
                f"quotes {quoted[0]}…{quoted[-1] if len(quoted) > 1 else ''} are not the "
                f"{seg.lang} convention {conv[:2]}",
                start,
                end,
                suggestion=suggestion,
            )
    if "  " in text or "\u00a0" in text:  # what a doubled space needs, tested in C first
        for m in _DOUBLE_SPACE.finditer(text):
            yield ctx.finding(
                seg, "punctuation", "doubled space", m.start(), m.end(), suggestion=" "
            )
    if seg.source and _ends_with_stop(seg.source) and not _ends_with_stop(text):
        stripped = text.rstrip()
        start = max(0, len(stripped) - 1)
        yield ctx.finding(
            seg,
            "punctuation",
            f"the source ends with “{seg.source.rstrip().rstrip(_CLOSERS).rstrip()[-1]}”; "
            "the translation has no final stop",
            start,
            len(stripped),
            suggestion=stripped[start:] + ".",
        )
