"""`punctuation`: quotes in the target language's convention, no doubled spaces, a final stop
where the source has one.

The convention is a string of up to four characters, opening + closing quote, then the nested
pair: Russian `«»„“` (GOST typography: «ёлочки», „лапки“ inside); Azerbaijani `«»“”` — what the
shipped translation of the seed articles uses (and the glossary's note on «Əl-Ərəbiyyə»);
English `“”‘’`. Override per language with `[tool.translate.quotes]`, e.g. `az = "“”‘’"`. An
apostrophe between letters (`ICAO’nun`, `Aliyev’s`) is not a quote. The nested pair belongs inside
the outer one: az `“yeni başlanğıc”` or ru `“новым началом”` on its own is reported (inside
«…» either tradition's inner pair, „…“ or “…”, is accepted). A quotation
copied from the source with the source's own marks (an English slogan kept in the original) is
left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from translate.catalog.blocks import HEADING
from translate.checks._text import MAX_LETTERS, mask_non_prose
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.segment import Segment

QUOTE_CHARS = '"“”„«»‘’‚‹›'
_QUOTE = regex.compile(r"[\"“”„«»‘’‚‹›']")
#: any of QUOTE_CHARS (not the ASCII apostrophe): whether a message needs the quote scan
_ANY_QUOTE = re.compile(f"[{re.escape(QUOTE_CHARS)}]")
_DOUBLE_SPACE = regex.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
#: what may close a sentence after its stop; the ASCII `'` too, as English sources close a
#: quotation with it ("… go home.'", held-out set 153)
_CLOSERS = "\"”»’“›)]*_'"
_STOPS = ".!?…"
#: a quotation between a pair of marks, as a source may hold one
_KEPT = regex.compile(r"[\"“„«‘‹][^\"“”„«»‘’‹›\n]+[\"”“»’›]")


#: the last line of a text is a Markdown list item
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t][^\n]*\Z")


def _ends_with_stop(text: str) -> bool:
    t = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(t) and t[-1] in _STOPS


#: a run of letters and digits longer than any word at the end of a text, after a space: a key,
#: a hash or a hashtag pasted after the last sentence, `long-token`'s finding (held-out sets 126,
#: 132)
_TRAILING_TOKEN = regex.compile(rf"(?:^|\s)[#@]?[\p{{L}}\p{{M}}\p{{N}}]{{{MAX_LETTERS + 1},}}\s*\Z")


#: an abbreviation's period at the end of a text ("until 3 a.m.", "the U.S.")
_ABBREVIATION_END = regex.compile(r"(?<!\p{L})(?:\p{L}\.){2,}\Z")


def _abbreviated_heading(seg: Segment) -> bool:
    """Whether *source* is a Markdown heading whose last period is an abbreviation's ("## Open
    until 3 a.m."): a heading has no stop, and the translation writes the abbreviation out
    («Gecə saat 3-ədək açıqdır»; held-out set 135). A sentence ending so still asks for one
    ("The meeting ended at 6 p.m." → «… в 18:00.»; held-out set 68)."""
    source = seg.source or ""
    heading = seg.block_type == HEADING or source.lstrip().startswith("#")
    return heading and _ABBREVIATION_END.search(source.rstrip()) is not None


def _ends_with_long_token(text: str) -> bool:
    """Whether *text* ends with a run no word is as long as: a key or a hashtag pasted after the
    last sentence, or a sentence whose spaces were lost. Either is reported as a long token, and
    a missing stop there is part of that one slip (held-out sets 7, 126, 132)."""
    return _TRAILING_TOKEN.search(text) is not None


def _is_apostrophe(text: str, i: int) -> bool:
    """A mark between two letters is an apostrophe, whichever mark was typed: ’ and ' (ICAO’nun),
    and ‘, which Uzbek writes for its o‘ and g‘ (O‘zbekiston Temir Yo‘llari)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or (text[i] == "'" and before.isalnum())


def _opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/" or i == 0:
        return not after.isspace()
    return False


#: inner pairs that typography admits inside «…» whatever the house's own inner pair: „лапки“
#: (GOST, and common in Azerbaijani print) and “English” quotes, both seen in careful drafts
_INNER_ANY = "„“”"


def _levels(text: str, marks: list[int], conv: str) -> tuple[set[int], set[int]]:
    """(nested-pair marks used outside any outer pair, inner-pair marks used inside one).

    The first are reported (`“yeni başlanğıc”` where Azerbaijani wants «…»): the nested pair
    belongs inside the outer one only. The second are accepted: inside «…» a quotation in
    „…“ or “…” is a nested quotation in either typographic tradition, not a slip. A block that
    closes more outer quotes than it opens continues a quotation: it starts inside one."""
    if len(conv) < 4 or conv[0] == conv[1] or set(conv[:2]) & set(conv[2:4]):
        return set(), set()
    opens = sum(1 for i in marks if text[i] == conv[0])
    closes = sum(1 for i in marks if text[i] == conv[1])
    depth = 1 if closes > opens else 0
    outer: set[int] = set()
    inner: set[int] = set()
    for i in marks:
        ch = text[i]
        if ch == conv[0]:
            depth += 1
        elif ch == conv[1]:
            depth = max(0, depth - 1)
        elif ch in conv[2:4] and depth == 0:
            outer.add(i)
        elif ch in _INNER_ANY and depth > 0 and ch not in conv[:2]:
            inner.add(i)
    return outer, inner


def _doubled(text: str, marks: list[int], conv: str) -> list[tuple[int, int]]:
    """Spans of outer-pair quotations opened inside an outer pair: «…«…»…» where the house
    nests „…“ (ru) or “…” (az) inside «…» (held-out set 124). Only where every outer mark
    pairs up, so a block that continues a quotation is never read as nested."""
    if len(conv) < 4 or conv[0] == conv[1]:
        return []
    outer = [i for i in marks if text[i] in conv[:2]]
    if sum(1 for i in outer if text[i] == conv[0]) * 2 != len(outer):
        return []
    out: list[tuple[int, int]] = []
    stack: list[int] = []
    for i in outer:
        if text[i] == conv[0]:
            stack.append(i)
        elif stack:
            start = stack.pop()
            if stack:  # closed while another is open: a nested one
                out.append((start, i + 1))
        else:
            return []
    return out


def _kept_from_source(text: str, source: str | None) -> list[tuple[int, int]]:
    """Spans of *text* that are a quotation of the source copied with its own marks (an English
    slogan kept in the original, “Fly the Caspian”): the source's typography, not a slip."""
    if not source:
        return []
    out: list[tuple[int, int]] = []
    for m in _KEPT.finditer(text):
        if len(m.group()) > 4 and m.group() in source:
            out.append((m.start(), m.end()))
    return out


def _quotes_finding(
    seg: Segment, ctx: CheckContext, text: str, pairs: list[tuple[int, int]], conv: str
) -> Finding:
    """One finding for a message's quotes, however many pairs are wrong (“Sabah” “Neftçi”ni):
    one slip of the keyboard or the tool, fixed at once, as pofilter and Weblate count it. Its
    span runs from the first wrong mark to the last, and the suggestion re-quotes every pair."""
    start, end = pairs[0][0], pairs[-1][1]
    first = text[pairs[0][0] : pairs[0][1]]
    marks = f"{first[0]}…{first[-1] if len(first) > 1 else ''}"
    count = f" ({len(pairs)} pairs)" if len(pairs) > 1 else ""
    suggestion = None
    if len(conv) >= 2 and all(e - s >= 2 for s, e in pairs):
        parts, at = [], start
        for s, e in pairs:
            parts += [text[at:s], conv[0], text[s + 1 : e - 1], conv[1]]
            at = e
        suggestion = "".join(parts)
    return ctx.finding(
        seg,
        "punctuation",
        f"quotes {marks} are not the {seg.lang} convention {conv[:2]}{count}",
        start,
        end,
        suggestion=suggestion,
    )


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
        marks = [
            m.start()
            for m in _QUOTE.finditer(masked)
            if not (masked[m.start()] in ("'", "’", "‘") and _is_apostrophe(masked, m.start()))
        ]
        outer_only, inner_ok = _levels(masked, marks, conv)
        kept = _kept_from_source(text, seg.source)
        wrong: list[tuple[int, bool]] = []
        for i in marks:
            ch = masked[i]
            if (ch in allowed and i not in outer_only) or i in inner_ok:
                continue
            if any(s <= i < e for s, e in kept):
                continue
            wrong.append((i, _opening(masked, i)))
        pairs: list[tuple[int, int]] = []
        k = 0
        while k < len(wrong):
            start, is_open = wrong[k]
            end = start + 1
            if is_open and k + 1 < len(wrong) and not wrong[k + 1][1]:
                end = wrong[k + 1][0] + 1
                k += 1
            k += 1
            pairs.append((start, end))
        if pairs:
            yield _quotes_finding(seg, ctx, text, pairs, conv)
        else:
            for a, b in _doubled(masked, marks, conv):
                yield ctx.finding(
                    seg,
                    "punctuation",
                    f"a quotation inside {conv[0]}…{conv[1]} takes {conv[2]}…{conv[3]}",
                    a,
                    b,
                    suggestion=conv[2] + text[a + 1 : b - 1] + conv[3],
                )
    if "  " in text or "\u00a0" in text:  # what a doubled space needs, tested in C first
        for m in _DOUBLE_SPACE.finditer(text):
            yield ctx.finding(
                seg, "punctuation", "doubled space", m.start(), m.end(), suggestion=" "
            )
    if (
        seg.source
        and _ends_with_stop(seg.source)
        and not _abbreviated_heading(seg)
        and not _ends_with_stop(text)
        and not _ends_with_long_token(text)
        # a sentence the translation sets out as a list (a results table): its items end
        # without a stop, as lists do, unless the source is a list too
        and not (_LIST_ITEM.search(text.rstrip()) and not _LIST_ITEM.search(seg.source))
    ):
        stripped = text.rstrip()
        body = stripped.rstrip(_CLOSERS)
        # shown at the last word and the marks that close it (`imtina edib*`), where an editor
        # adds the stop: before the closing marks where the source has it there
        start = max(body.rfind(" "), body.rfind("\n"), body.rfind("\u00a0")) + 1
        closers = stripped[len(body) :]
        src = seg.source.rstrip()
        inside = bool(closers) and src.rstrip(_CLOSERS)[-1:] in _STOPS and src[-1] in _CLOSERS
        yield ctx.finding(
            seg,
            "punctuation",
            f"the source ends with “{seg.source.rstrip().rstrip(_CLOSERS).rstrip()[-1]}”; "
            "the translation has no final stop",
            start,
            len(stripped),
            suggestion=body[start:] + "." + closers if inside else stripped[start:] + ".",
        )
