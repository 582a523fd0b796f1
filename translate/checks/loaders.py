"""Turn the things a user checks into `Segment`s: PO catalogues and plain drafts.

PO catalogues carry their source (the msgid) with every message. A draft does not: its blocks are
paired with the source article's blocks by position, and only when the two lists have the same
length and the same block types — a draft that gained or lost a paragraph is reported
(`alignment`) instead of being paired by guesswork, which would blame the wrong sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from translate.catalog.article import load_front_matter
from translate.catalog.blocks import FRONT_TYPES, PARAGRAPH, BlockType, markdown_blocks
from translate.catalog.language import guess_language, primary_language
from translate.catalog.po import read_po
from translate.checks.segment import Segment
from translate.checks.suppress import parse_skip_comment, parse_skip_flags
from translate.errors import Location, UserError
from translate.fileio import read_text


@dataclass
class CheckedPo:
    """The segments of one PO file, ready for the checks (not a `translate.catalog.Catalog`,
    the PO model itself: this is what the checks see of one)."""

    path: str
    lang: str
    slug: str
    segments: list[Segment]
    #: msgids of the active (non-obsolete) entries, to compare with the source article
    msgids: set[str]


#: the suppressions of a message without comments or flags (shared: most messages)
_NO_SKIP: frozenset[str] = frozenset()


def read_catalogue(path: Path, display: str | None = None, lang: str | None = None) -> CheckedPo:
    """Read a PO file; a malformed one is a UserError at its line, never a traceback.

    Through `read_po`, the reader every command uses (charset, BOM, UTF-16, CR/CRLF, syntax), so
    `check` sees the messages `update` and `compile` see. Not polib: on catalogues of 14
    messages it parses 6× faster (0.015 s against 0.093 s for 200 files, measured in
    tests/bench/bench_check.py's archive), which is a third of a check run's time with polib.
    """
    display = display or str(path)
    cat = read_po(path, display)
    lang = lang or guess_language(path, cat) or ""
    if not lang:
        raise UserError(
            "cannot tell the catalogue's language",
            location=Location(display),
            hint="add a `Language:` header, name the file `<lang>.po`, or pass --lang",
        )
    lang = primary_language(lang)
    slug = path.stem
    segments: list[Segment] = []
    msgids: set[str] = set()
    for entry in cat:  # the active messages (the header is not one)
        msgids.add(entry.msgid)
        target = entry.msgstr
        if entry.msgid_plural is not None:
            target = entry.msgstr_plural[0] if entry.msgstr_plural else ""
        # point at the msgstr line: that is where a translator's editor should jump
        line = entry.msgstr_line or entry.line
        skip = _NO_SKIP
        if entry.comments or entry.flags:
            skip = frozenset(
                parse_skip_comment("\n".join(entry.comments)) | parse_skip_flags(entry.flags)
            )
        src_file, src_line = None, 0
        if entry.references:
            ref = entry.references[0]
            src_file, _, ln = ref.rpartition(":")
            if not src_file:
                src_file, ln = ref, ""
            src_line = int(ln) if ln.isdigit() else 0
        segments.append(
            Segment(
                file=display,
                line=line,
                lang=lang,
                target=target,
                source=entry.msgid,
                msgid=entry.msgid,
                msgctxt=entry.msgctxt,
                fuzzy="fuzzy" in entry.flags,
                skip=skip,
                article=slug,
                source_file=src_file,
                source_line=src_line,
                block_type=_block_type("\n".join(entry.extracted)) if entry.extracted else None,
            )
        )
    return CheckedPo(display, lang, slug, segments, msgids)


def _block_type(comment: str | None) -> str | None:
    """The block type from the extraction's `#. type: paragraph` comment."""
    for line in (comment or "").split("\n"):
        if line.startswith("type:"):
            kind = line[5:].strip()
            return "heading" if kind.startswith("heading") else kind or None
    return None


# --- drafts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftBlock:
    type: BlockType
    text: str
    line: int
    skip: frozenset[str] = frozenset()


def parse_draft(
    path: Path, display: str | None = None, notes: list[str] | None = None
) -> list[DraftBlock]:
    """Blocks of a translated draft, typed like the catalogue extraction's (title, heading,
    paragraph, list_item, blockquote). A `.txt` draft is paragraphs separated by blank lines.

    Front matter that is not valid YAML (most often a title with an unquoted colon, `title:
    Khankendi five years on: a city rebuilt`) does not stop a check, which needs only the
    title: its lines are read as `key: value`, and *notes* says so (`build` still refuses it)."""
    display = display or str(path)
    lines = read_text(path, display).split("\n")
    if path.suffix.lower() == ".txt":
        return _text_blocks(lines)
    blocks: list[DraftBlock] = []
    body_start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is None:
            raise UserError(
                "front matter is not closed", location=Location(display, 1), hint="add a `---` line"
            )
        try:
            meta = load_front_matter(lines, end, display) or {}
        except UserError as exc:
            meta = _front_matter_lines(lines, end)
            if notes is not None:
                where = f"{exc.location.line}" if exc.location is not None else "1"
                notes.append(
                    f"front matter line {where}: {exc.message}; its lines were read as "
                    "`key: value` (quote the value for `build`)"
                )
        for kind in FRONT_TYPES:  # the front matter an edition shows: title, byline
            if isinstance(meta, dict) and meta.get(kind):
                key_line = next(
                    (i + 1 for i in range(1, end) if lines[i].lstrip().startswith(f"{kind}:")), 1
                )
                blocks.append(DraftBlock(kind, str(meta[kind]).strip(), key_line))
        body_start = end + 1
    body = "\n".join(lines[body_start:]) + "\n"
    for mb in markdown_blocks(body):
        text = mb.text
        if text:
            skip: set[str] = set()
            for comment in mb.comments:
                skip |= parse_skip_comment(comment)
            blocks.append(DraftBlock(mb.type, text, mb.first + body_start + 1, frozenset(skip)))
    return blocks


#: a front-matter line read without YAML: a key, a colon, the rest of the line
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")


def _front_matter_lines(lines: list[str], end: int) -> dict[str, str]:
    """The `key: value` lines of front matter YAML cannot read, each value the rest of its line
    (its first colon ends the key), surrounding quotes removed."""
    out: dict[str, str] = {}
    for line in lines[1:end]:
        m = _KEY_LINE.match(line)
        if m is None:
            continue
        value = m.group(2)
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        out.setdefault(m.group(1), value)
    return out


def _text_blocks(lines: list[str]) -> list[DraftBlock]:
    out: list[DraftBlock] = []
    buf: list[str] = []
    start = 0
    for i, ln in enumerate([*lines, ""]):
        if ln.strip():
            if not buf:
                start = i + 1
            buf.append(ln.strip())
        elif buf:
            out.append(DraftBlock(PARAGRAPH, " ".join(buf), start))
            buf = []
    return out
