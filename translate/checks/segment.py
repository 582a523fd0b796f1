"""What the checks look at: one translated unit (a PO message or a draft block) and its source.

Both PO catalogues and plain drafts become `Segment`s, so every check works on either without
knowing where the text came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Segment:
    #: the file findings point to (the PO catalogue or the draft)
    file: str
    #: 1-based line of the message (PO: the entry's `msgid` line; draft: the block's first line)
    line: int
    lang: str
    #: the translation ("" when untranslated)
    target: str
    #: the source text (the msgid, or the aligned source block); None when there is no source
    source: str | None = None
    msgid: str | None = None
    msgctxt: str | None = None
    fuzzy: bool = False
    #: check ids suppressed on this message ("all" suppresses every check)
    skip: frozenset[str] = field(default_factory=frozenset)
    #: grouping key for per-article checks (the article slug)
    article: str = ""
    #: where the source text lives (`seeds/<slug>.md`, line) when known
    source_file: str | None = None
    source_line: int = 0
    #: block type (paragraph, heading, list item, ...) when known
    block_type: str | None = None
    #: the whole source document, when this draft block has no source block because the draft's
    #: blocks could not be aligned with the source's: what the article is about still scopes
    #: the near-miss search of `term-misspelled`
    source_document: str | None = None

    @property
    def translated(self) -> bool:
        # `bool(target.strip())` without copying the text: every family asks, every message
        target = self.target
        return target != "" and not target.isspace()

    def suppressed(self, check: str) -> bool:
        return check in self.skip or "all" in self.skip
