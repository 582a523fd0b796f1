"""Whether a draft's blocks pair one to one with its source article's, and if not, where not.

Source-dependent checks (terms, numbers, markup) compare block i of the draft with block i of
the source; a draft with a paragraph added or merged would be compared with the wrong text from
that point on, so the engine reports the first disagreement instead and skips those checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


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


def alignment_problem(
    blocks: Sequence[Block], src_blocks: Sequence[Block], display: str, src_ref: str, suffix: str
) -> tuple[str, int] | None:
    """(message, line) when a draft's blocks cannot be paired one to one with the source's.

    A `.txt` draft has no block types (everything is a paragraph), so only counts are compared.
    """
    typed = suffix.lower() != ".txt"
    n, m = len(blocks), len(src_blocks)
    same_types = all(b.type == s.type for b, s in zip(blocks, src_blocks, strict=False))
    if n == m and (not typed or same_types):
        return None
    first = None
    for i in range(min(n, m)):
        if typed and blocks[i].type != src_blocks[i].type:
            first = i
            break
    parts = [f"the draft has {n} blocks, the source {src_ref} has {m}"]
    if n == m:
        parts = [f"the draft and the source {src_ref} both have {n} blocks, but their types differ"]
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
