"""Markdown cut into translatable blocks: the one classifier for source articles and drafts.

markdown-it-py (CommonMark) decides what a block is; this module only names it (title, heading,
paragraph, list item, block quote) and joins its lines the way a message holds them. A source
article and a translated draft are read by the same code, so block i of one lines up with block i
of the other whenever the two have the same structure.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, Literal

from markdown_it import MarkdownIt

#: block types as written in the `#.` comment of each message
BlockType = Literal[
    "title",
    "author",
    "heading",
    "paragraph",
    "list item",
    "blockquote",
    "source link",
    "excerpt note",
]
TITLE: Final = "title"
HEADING: Final = "heading"
PARAGRAPH: Final = "paragraph"
LIST_ITEM: Final = "list item"
BLOCKQUOTE: Final = "blockquote"
AUTHOR: Final = "author"
#: front-matter blocks: shown by editions, translated, but not in the Markdown body; each type is
#: also its front-matter key
FRONT_TYPES: Final = (TITLE, AUTHOR)

#: the words an edition prints around an article when its front matter asks for them: a link to
#: the original (`source_url`) and a note that the article is an excerpt (`excerpt: true`). They
#: are messages like any block, so az and ru editions never show English furniture.
SOURCE_LINK: Final = "source link"
EXCERPT_NOTE: Final = "excerpt note"
LABELS: Final[dict[BlockType, str]] = {SOURCE_LINK: "Original article", EXCERPT_NOTE: "Excerpt"}

_md = MarkdownIt("commonmark")
_CONTAINERS = {"bullet_list_open", "ordered_list_open", "blockquote_open", "list_item_open"}


@dataclass(frozen=True)
class MarkdownBlock:
    """One block of a Markdown body, before it is placed in a file."""

    type: BlockType
    #: the inline content as markdown-it gives it: the block's lines, markers removed
    content: str
    #: 0-based index of the block's first line in the body
    first: int
    #: heading level (1-6), 0 for other blocks
    level: int = 0
    #: HTML blocks (comments) met since the previous block: translator directives for this one
    comments: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The message text: soft line breaks joined (`join_soft_breaks`)."""
        return join_soft_breaks(self.content)


def join_soft_breaks(content: str) -> str:
    """One message per block reads better without the source's line wrapping; a hard break
    (two trailing spaces or a backslash) stays a newline because it is meaningful."""
    parts = content.split("\n")
    out = parts[0]
    for prev, part in itertools.pairwise(parts):
        if prev.endswith("  ") or prev.endswith("\\"):
            out += "\n" + part
        else:
            out += " " + part
    return out


def markdown_blocks(body: str) -> Iterator[MarkdownBlock]:
    """The translatable blocks of a Markdown body, in order (code blocks, rules and HTML are
    not translatable: HTML blocks are passed on as the next block's `comments`)."""
    stack: list[str] = []
    opened: tuple[BlockType, int, int] | None = None
    comments: list[str] = []
    for tok in _md.parse(body):
        if tok.type in _CONTAINERS:
            stack.append(tok.type)
        elif tok.type.endswith("_close") and tok.type.replace("_close", "_open") in _CONTAINERS:
            stack.pop()
        elif tok.type == "html_block":
            comments.append(tok.content)
        elif tok.type in ("paragraph_open", "heading_open"):
            level = int(tok.tag[1]) if tok.type == "heading_open" else 0
            kind: BlockType
            if level:
                kind = HEADING
            elif stack and stack[-1] == "blockquote_open":
                kind = BLOCKQUOTE
            elif "list_item_open" in stack:
                kind = LIST_ITEM
            else:
                kind = PARAGRAPH
            opened = (kind, tok.map[0] if tok.map else 0, level)
        elif tok.type == "inline" and opened is not None:
            kind, first, level = opened
            yield MarkdownBlock(kind, tok.content, first, level, tuple(comments))
            comments = []
            opened = None
