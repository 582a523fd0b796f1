"""`markup-mismatch`: inline Markdown that must survive translation unchanged.

Link and image targets and code spans are copied, not translated; emphasis and strong emphasis
are kept (as many `*em*`/`**strong**` spans as the source has — the words inside them change).
Parsing uses markdown-it-py (CommonMark), the parser the catalogue extraction uses, so what counts
as a link here is what counts as a link in the rendered edition; messages with no markup character
skip the parser entirely.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from markdown_it import MarkdownIt

from translate.checks.context import CheckContext
from translate.checks.finding import Finding, SpanSide
from translate.checks.segment import Segment

#: a character that may start inline markup (stdlib `re`: 8× faster than a set intersection)
_MARKUP = re.compile(r"[\[\]`*_<]")
_md = MarkdownIt("commonmark")


@lru_cache(maxsize=4096)
def inline_markup(text: str) -> tuple[Counter, Counter, Counter]:
    """(link/image targets, code spans, emphasis kinds) of one message, each as a multiset."""
    links: Counter = Counter()
    code: Counter = Counter()
    emph: Counter = Counter()
    if not _MARKUP.search(text):
        return links, code, emph
    for block in _md.parseInline(text):
        for tok in block.children or ():
            if tok.type == "link_open":
                links[str(tok.attrs.get("href", ""))] += 1
            elif tok.type == "image":
                links[str(tok.attrs.get("src", ""))] += 1
            elif tok.type == "code_inline":
                code[tok.content] += 1
            elif tok.type in ("em_open", "strong_open"):
                emph[tok.type[:-5]] += 1
    return links, code, emph


#: a single emphasis marker: a `*` that is no half of a `**`, a `_` at a word's edge
_SINGLE_MARKER = re.compile(r"(?<!\*)\*(?!\*)|(?<![\w_])_(?!_)|(?<!_)_(?![\w_])")


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


def check_markup(seg: Segment, ctx: CheckContext) -> Iterator[Finding]:
    if not seg.source or not seg.translated or seg.fuzzy:
        return
    if not (_MARKUP.search(seg.source) or _MARKUP.search(seg.target)):
        return
    s_links, s_code, s_emph = inline_markup(seg.source)
    t_links, t_code, t_emph = inline_markup(seg.target)
    for label, s, t, fmt in (
        ("link target", s_links, t_links, "]({})"),
        ("code span", s_code, t_code, "`{}`"),
    ):
        if s == t:
            continue  # kept as they are (the common case): no multiset differences to take
        missing = list((s - t).elements())
        extra = list((t - s).elements())
        for item in missing:
            changed = extra.pop(0) if extra else None
            if changed is not None:
                # shown at the source's target, the one to restore: independent reviewers point
                # there (the blind held-out writers, five sets of seven, and 25 findings of all
                # 104 sets against 19), as for a target lost outright
                loc = _locate(seg.source, item) or _locate(seg.source, fmt.format(item))
                yield ctx.finding(
                    seg,
                    "markup-mismatch",
                    f"{label} changed: the source has “{item}”, the translation “{changed}”",
                    *(loc or (None, None)),
                    where="source",
                    suggestion=item,
                )
            else:
                loc = _locate(seg.source, fmt.format(item)) or _locate(seg.source, item)
                yield ctx.finding(
                    seg,
                    "markup-mismatch",
                    f"{label} “{item}” of the source is missing from the translation",
                    *(loc or (None, None)),
                    where="source",
                    suggestion=fmt.format(item),
                )
        for item in extra:
            loc = _locate(seg.target, item)
            yield ctx.finding(
                seg,
                "markup-mismatch",
                f"{label} “{item}” is not in the source",
                *(loc or (None, None)),
            )
    if s_emph != t_emph:
        # one finding for the message, however the emphasis changed (`**` → `*` is one problem)
        def describe(c: Counter) -> str:
            return f"{c['strong']} strong, {c['em']} emphasis"

        more_in_target = t_emph["strong"] > s_emph["strong"] or t_emph["em"] > s_emph["em"]
        where: SpanSide = "translation" if more_in_target else "source"
        text = seg.target if more_in_target else seg.source
        if s_emph["strong"] != t_emph["strong"]:
            loc = _locate(text, "**") or _locate(text, "__")
        else:  # the emphasis changed, not the strong: show a single marker, not a `**`
            m = _SINGLE_MARKER.search(text)
            loc = m.span() if m is not None else None
        loc = loc or _locate(text, "**") or _locate(text, "*") or _locate(text, "_")
        yield ctx.finding(
            seg,
            "markup-mismatch",
            f"emphasis not kept: the source has {describe(s_emph)}, "
            f"the translation {describe(t_emph)}",
            *(loc or (None, None)),
            where=where,
        )
