"""Whether a draft's blocks pair one to one with its source article's, and if not, which do.

Source-dependent checks (terms, numbers, markup) compare a draft block with its source block.
Pairing block i with block i would compare a draft with a paragraph dropped or merged with the
wrong text from that point on, so a draft whose blocks do not pair one to one is aligned the way
`translate align` aligns a published edition (Gale–Church over lengths, with numbers, quotes and
glossary concepts as anchors, `translate.align.galechurch`). Blocks the alignment pairs with
confidence keep their checks; the others (a merged or split block, an added one, a pair whose
length or numbers disagree) are checked without a source, and the `alignment` finding says
which blocks those are and where the draft departs from the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from translate.align.anchors import anchors, latin_script
from translate.align.galechurch import Unit, align, confidence, p_length
from translate.text.prose import LINK_TARGET


class Block(Protocol):
    """A block of a draft or of an article: its type, text and first line."""

    @property
    def type(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def line(self) -> int: ...


def _titled(block: Block) -> bool:
    return block.type in ("title", "heading")


def align_title(
    blocks: Sequence[Block], src_blocks: Sequence[Block], src_ref: str
) -> tuple[Sequence[Block], str | None]:
    """The source blocks a draft lines up with, and a note when that is not all of them.

    A title is optional in a draft: a draft without one lines up with the source's body (the
    source's title is then not checked, and the note says so), and so is the rest of the front
    matter: a draft without any lines up with the body without the byline too. A first heading
    stands for a title on either side: a plain Markdown file has no front matter to hold one."""
    if not blocks or not src_blocks or not _titled(src_blocks[0]):
        return src_blocks, None
    first = src_blocks[0]
    if _titled(blocks[0]):
        titled = src_blocks
        if blocks[0].type != first.type:
            titled = [_Retyped(first, blocks[0].type), *src_blocks[1:]]
        if _pairs(blocks, titled) or not _pairs(blocks, src_blocks[1:]):
            return titled, None
        # the draft's first heading is the body's first subheading, not its title («## Nazir»
        # for the source's "## The minister", the title left out): fall through to the body
    if len(blocks) == len(src_blocks) - 1:
        what = "title" if first.type == "title" else "first heading"
        return src_blocks[1:], (
            f"the draft has no title: its blocks are aligned with the source's body, after its "
            f"{what} ({src_ref}:{first.line}), which is not checked"
        )
    if first.type == "title" and not any(b.type in _FRONT_ONLY for b in blocks):
        # a draft without front matter has no byline either: the source's body alone
        body = [b for b in src_blocks[1:] if b.type not in _FRONT_ONLY]
        if len(body) == len(blocks) and len(body) < len(src_blocks) - 1:
            return body, (
                f"the draft has no front matter: its blocks are aligned with the source's body; "
                f"the source's title and byline ({src_ref}:{first.line}) are not checked"
            )
    return src_blocks, None


def _pairs(blocks: Sequence[Block], src_blocks: Sequence[Block]) -> bool:
    """Whether two block lists pair one to one, type by type."""
    return len(blocks) == len(src_blocks) and all(
        b.type == s.type for b, s in zip(blocks, src_blocks, strict=True)
    )


#: blocks only a front matter holds besides the title: the byline, and the labels it asks for
_FRONT_ONLY = frozenset({"author", "source link", "excerpt note"})


class _Retyped:
    """A block seen with another type (a source's title standing for the draft's heading)."""

    def __init__(self, block: Block, type: str) -> None:
        self.type = type
        self.text = block.text
        self.line = block.line


def misaligned(blocks: Sequence[Block], src_blocks: Sequence[Block], suffix: str) -> bool:
    """Whether a draft's blocks fail to pair one to one, type by type, with the source's.

    A `.txt` draft has no block types (everything is a paragraph), so only counts are compared.
    """
    if len(blocks) != len(src_blocks):
        return True
    return suffix.lower() != ".txt" and not _pairs(blocks, src_blocks)


def alignment_problem(
    blocks: Sequence[Block],
    src_blocks: Sequence[Block],
    src_ref: str,
    suffix: str,
    pairing: Pairing | None = None,
) -> tuple[str, int] | None:
    """(message, line) when a draft's blocks cannot be paired one to one with the source's:
    where the draft departs from the source (from *pairing*, else the first block whose type
    differs), and which blocks the source-dependent checks skipped."""
    if not misaligned(blocks, src_blocks, suffix):
        return None
    n, m = len(blocks), len(src_blocks)
    parts = [f"the draft has {n} blocks, the source {src_ref} has {m}"]
    if n == m:
        parts = [f"the draft and the source {src_ref} both have {n} blocks, but their types differ"]
    if pairing is not None and pairing.problems:
        shown = pairing.problems[:3]
        parts += [what for _, what in shown]
        if len(pairing.problems) > 3:
            parts.append(f"and {len(pairing.problems) - 3} more difference(s)")
        skipped = [blocks[i].line for i in pairing.unpaired]
        paired = n - len(skipped)
        if not n:
            parts.append("the draft has nothing to check against the source")
        elif not skipped:
            parts.append(
                "every draft block was paired with its source block by length, numbers and "
                "terms, and checked against it: make the blocks correspond"
            )
        elif not paired:
            parts.append(
                "no draft block could be paired with a source block: source-dependent checks "
                "were skipped: make the blocks correspond and re-run"
            )
        else:
            where = ", ".join(map(str, skipped[:8])) + (" …" if len(skipped) > 8 else "")
            parts.append(
                f"the {paired} draft block(s) paired with a source block by length, numbers and "
                f"terms were checked against it; source-dependent checks were skipped for "
                f"draft line(s) {where}: make the blocks correspond and re-run"
            )
        return "; ".join(parts), shown[0][0]
    typed = suffix.lower() != ".txt"
    first = None
    for i in range(min(n, m)):
        if typed and blocks[i].type != src_blocks[i].type:
            first = i
            break
    if first is not None:
        b, s = blocks[first], src_blocks[first]
        parts.append(
            f"they agree up to block {first} and differ at block {first + 1}: "
            f"draft line {b.line} is a {b.type}, source line {s.line} is a {s.type} "
            f"(“{_clip(s.text)}”)"
        )
        line = b.line
    else:
        k = min(n, m)
        extra = blocks[k:] if n > m else src_blocks[k:]
        who = "draft" if n > m else "source"
        parts.append(
            f"the first {k} blocks agree in type; the {who} has {len(extra)} more, from line "
            f"{extra[0].line} (“{_clip(extra[0].text)}”)"
        )
        line = extra[0].line if n > m else (blocks[-1].line if blocks else 1)
    parts.append("source-dependent checks were skipped: make the blocks correspond and re-run")
    return "; ".join(parts), line


def _clip(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


#: a pair of blocks below this alignment confidence is not compared (as `translate align`
#: leaves such a pair fuzzy)
SURE = 0.5

#: a pair outside the departures is trusted down to this length fit (Gale–Church's probability of
#: its length ratio; `translate align` calls a pair below 0.2 an unusual length ratio)
PLAUSIBLE = 0.2

#: what a block is, for pairing: a heading pairs with a heading, a list item with a list item
_KIND = {"title": "heading", "heading": "heading", "list_item": "list", "blockquote": "quote"}


@dataclass
class Pairing:
    """Which source blocks each draft block is compared with, and what departs from the source.

    `sources[i]` is the index of the source block draft block i is checked against, as a list
    of one, or empty when the block has no sure counterpart (a merged block is not compared
    with the two it holds: to lengths a merge and a dropped block look alike, and the dropped
    block's terms and numbers would be reported again, as missing).
    `problems` are (draft line, what) in draft order.
    """

    sources: list[list[int]]
    problems: list[tuple[int, str]] = field(default_factory=list)

    @property
    def unpaired(self) -> list[int]:
        return [i for i, s in enumerate(self.sources) if not s]


#: a Markdown link's target: not read, so no part of a block's length (a translation that lost
#: it, held-out set 176, is no shorter to its reader)
_LINK_TARGET = re.compile(r"\]\(" + LINK_TARGET + r"\)")


def _shown(text: str) -> str:
    """A block's text as a reader sees it, for its length: without its links' targets."""
    return _LINK_TARGET.sub("]", text) if "](" in text else text


def pair_blocks(
    blocks: Sequence[Block],
    src_blocks: Sequence[Block],
    lang: str,
    src_lang: str,
    concepts: Callable[[str, str], set[str]] | None = None,
    *,
    typed: bool = True,
) -> Pairing:
    """Pair a draft's blocks with its source's when they do not pair one to one.

    A 1-1 bead of the alignment whose block kinds agree and whose confidence reaches `SURE` is
    a pair; a source block the alignment leaves alone was dropped, a draft block it
    leaves alone was added, a draft block spread over two beads' worth of source was split."""

    def kind(b: Block) -> str:
        return _KIND.get(b.type, b.type if b.type != "paragraph" else "") if typed else ""

    names = latin_script(lang, " ".join(b.text for b in blocks[:20]))
    tgt = [Unit(_shown(b.text), anchors(b.text, lang, concepts, names), kind(b)) for b in blocks]
    src = [
        Unit(_shown(b.text), anchors(b.text, src_lang, concepts, names), kind(b))
        for b in src_blocks
    ]
    ls = sum(u.length for u in src) or 1
    ratio = (sum(u.length for u in tgt) or 1) / ls
    beads = align(src, tgt, ratio)
    # the documents' length ratio counts a dropped or added block too: measured again on the
    # blocks paired one to one, it is the translation's own (a dropped paragraph of a short
    # draft otherwise makes every pair look too long; a merge or a split keeps the text)
    ones = [b for b in beads if len(b.source) == 1 and len(b.target) == 1]
    if ones and any(not b.source or not b.target for b in beads):
        ls1 = sum(src[b.source[0]].length for b in ones)
        ratio = sum(tgt[b.target[0]].length for b in ones) / ls1
        beads = align(src, tgt, ratio)
    pairing = Pairing([[] for _ in blocks])
    odd = [k for k, b in enumerate(beads) if len(b.source) != 1 or len(b.target) != 1]
    done = 0  # draft blocks the beads so far hold: a dropped block is met before block `done`
    for k, bead in enumerate(beads):
        si, ti = bead.source, bead.target
        done += len(ti)
        if not ti:
            at = blocks[min(done, len(blocks) - 1)].line if blocks else 1
            s = src_blocks[si[0]]
            pairing.problems.append(
                (
                    at,
                    f"the source's {s.type} at line {s.line} (“{_clip(s.text)}”) is not in "
                    "the draft",
                )
            )
            continue
        t = blocks[ti[0]]
        if not si:
            pairing.problems.append(
                (t.line, f"draft line {t.line} (“{_clip(t.text)}”) is not in the source")
            )
            continue
        lines = " and ".join(str(src_blocks[i].line) for i in si)
        if len(ti) == 2:
            pairing.problems.append(
                (
                    t.line,
                    f"the source's {src_blocks[si[0]].type} at line {lines} is split over "
                    f"draft lines {t.line} and {blocks[ti[1]].line}",
                )
            )
            continue
        if len(si) == 2:
            # a merge and a dropped block look alike to lengths: compared with both source
            # blocks, a dropped one's terms and numbers would be reported again, as missing
            pairing.problems.append(
                (
                    t.line,
                    f"draft line {t.line} stands for the source's blocks at lines {lines} "
                    "(merged, or one of them left out)",
                )
            )
            continue
        s = src_blocks[si[0]]
        if src[si[0]].kind != tgt[ti[0]].kind:
            pairing.problems.append(
                (t.line, f"draft line {t.line} is a {t.type}, source line {s.line} a {s.type}")
            )
            continue
        ls_, lt_ = src[si[0]].length, tgt[ti[0]].length
        # before the first departure and after the last, the alignment pairs the blocks as their
        # places do: trusted as a draft that lines up is, unless their lengths disagree (a
        # changed number must not unpair a block: number-mismatch is there to report it)
        outside = not odd or k < odd[0] or k > odd[-1]
        if confidence(bead, ls_, lt_, ratio) >= SURE or (
            outside and p_length(ls_, lt_, ratio, floor=50) >= PLAUSIBLE
        ):
            pairing.sources[ti[0]] = [si[0]]
    return pairing
