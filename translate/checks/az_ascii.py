"""`az-ascii`: Azerbaijani typed without its letters (`Azerbaycan` for `Azərbaycan`, `Baki` for
`Bakı`), as happens on keyboards without an Azerbaijani layout.

Only words whose proper form is *shown* are reported: a glossary term word, or a word of the same
article written with its letters. That keeps the check honest without a dictionary (none ships
for Azerbaijani): `Azerbaycanin` is reported because `Azərbaycanın` or the term `Azərbaycan` is
there to compare with, never because it merely lacks an `ə`. Inflected forms of glossary words are
recognised by their stem; the suggested ending follows vowel harmony (a plain `e` in an ending is
`ə`; `i`/`u` take the harmony of the stem's last vowel).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from translate.checks._text import words
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.registry import group_family
from translate.checks.segment import Segment
from translate.text.normalize import fold, strip_diacritics, upper

AZ_LETTERS = frozenset("əƏıIİşŞçÇğĞöÖüÜ")
_SPECIAL_LOWER = frozenset("əışçğöü")
_BACK = frozenset("aıou")
_ROUND = frozenset("oöuü")
_VOWELS = frozenset("aıoueəiöü")


def skeleton(word: str) -> str:
    return strip_diacritics(fold(word, "az"))


def harmonise(stem: str, ending: str) -> str:
    """Restore the letters of an ASCII-typed ending after a properly spelled *stem*."""
    out = []
    last = next((c for c in reversed(stem) if c in _VOWELS), "a")
    for ch in ending:
        if ch == "e":
            ch = "ə"
        elif ch in "iı":
            if last in _ROUND:
                ch = "u" if last in _BACK else "ü"
            else:
                ch = "ı" if last in _BACK else "i"
        elif ch in "uü":
            ch = "u" if last in _BACK else "ü"
        elif ch == "o":
            ch = "o" if last in _BACK else "ö"
        if ch in _VOWELS:
            last = ch
        out.append(ch)
    return "".join(out)


def _glossary_forms(ctx: CheckContext) -> dict[str, str]:
    cached = ctx.caches.get("az-ascii.glossary")
    if cached is None:
        cached = {}
        for concept in ctx.glossary or []:
            for term in concept.terms_for("az"):
                for _, _, w in words(term.text):
                    f = fold(w, "az")
                    if len(f) >= 4 and _SPECIAL_LOWER.intersection(f):
                        cached.setdefault(skeleton(w), f)
        ctx.caches["az-ascii.glossary"] = cached
    return cached


def _recase(original: str, proper: str) -> str:
    if original.isupper() and len(original) > 1:
        return upper(proper, "az")
    if original[:1].isupper():
        return upper(proper[:1], "az") + proper[1:]
    return proper


def _ascii_fix(word: str, gloss: dict[str, str], text_forms: dict[str, str]) -> str | None:
    """The properly spelled form of an ASCII-typed *word*, when the glossary or the text shows
    it; None otherwise."""
    f = fold(word, "az")
    if len(f) < 4 or AZ_LETTERS.intersection(word) or not word.isalpha() or not word.isascii():
        return None
    proper = text_forms.get(f) or gloss.get(f)
    if proper is None:
        for cut in range(len(f) - 1, 3, -1):
            stem = gloss.get(f[:cut])
            if stem is not None:
                proper = stem + harmonise(stem, f[cut:])
                break
    if proper is None or proper == f:
        return None
    return _recase(word, proper)


def ascii_fix(word: str, ctx: CheckContext) -> str | None:
    """The glossary's properly spelled form of an ASCII-typed *word*, or None."""
    return _ascii_fix(word, _glossary_forms(ctx), {})


def ascii_repaired(text: str, ctx: CheckContext) -> str:
    """*text* with every ASCII-typed glossary word restored (for term matching)."""
    gloss = _glossary_forms(ctx)
    out = []
    last = 0
    for start, end, w in words(text):
        fixed = _ascii_fix(w, gloss, {})
        if fixed is not None:
            out.append(text[last:start] + fixed)
            last = end
    return "".join(out) + text[last:] if out else text


@group_family("az-ascii")
def check_az_ascii(segments: list[Segment], ctx: CheckContext) -> Iterator[Finding]:
    az = [s for s in segments if s.lang == "az" and s.translated and not s.fuzzy]
    if not az:
        return
    gloss = _glossary_forms(ctx)
    text_forms: dict[str, str] = {}
    tokens: dict[int, list] = defaultdict(list)
    for i, seg in enumerate(az):
        for start, end, w in words(seg.target):
            f = fold(w, "az")
            tokens[i].append((start, end, w, f))
            if len(f) >= 5 and _SPECIAL_LOWER.intersection(f):
                text_forms.setdefault(skeleton(w), f)
    for i, seg in enumerate(az):
        for start, end, w, _f in tokens[i]:
            fixed = _ascii_fix(w, gloss, text_forms)
            if fixed is None:
                continue
            yield ctx.finding(
                seg,
                "az-ascii",
                f"“{w}” is written without Azerbaijani letters: “{fixed}”",
                start,
                end,
                suggestion=fixed,
            )
