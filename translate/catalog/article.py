"""Source articles: YAML front matter + Markdown body, cut into translatable blocks.

A block is what a translator translates as one unit (one gettext message): the title and the
byline (the front matter an edition shows), a heading, a paragraph, a list item or a block-quote
paragraph. Inline Markdown (emphasis, links, code spans)
stays in the block's text exactly as written, so the translator sees and keeps the markup.

Besides its text, every block remembers where it sits in the file (`start`..`end` lines) and the
markup around the text on its lines (`prefix`/`suffix`, e.g. `## ` or `- `), so an edition can be
rendered by replacing only the text and copying everything else (code blocks, rules, blank lines)
verbatim, the way po4a does. markdown-it-py (CommonMark) decides what is a block; nothing here
guesses with regular expressions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from translate.catalog.blocks import (
    AUTHOR,
    EXCERPT_NOTE,
    LABELS,
    SOURCE_LINK,
    TITLE,
    BlockType,
    markdown_blocks,
)
from translate.errors import Location, UserError
from translate.fileio import read_text
from translate.names import check_slug

#: the front-matter key that asks an edition for each label
_LABEL_KEYS: tuple[tuple[BlockType, str], ...] = (
    (SOURCE_LINK, "source_url"),
    (EXCERPT_NOTE, "excerpt"),
)

REQUIRED_KEYS = ("title", "slug", "date", "dateline", "lang", "publication")


@dataclass(frozen=True)
class Block:
    """One translatable unit of an article."""

    type: BlockType
    #: the source text, inline Markdown kept; soft line breaks joined with a space
    text: str
    #: 1-based line of the block's first line in the file
    line: int
    #: 1-based last line (inclusive) of the lines the text occupies (title: the title line)
    end: int = 0
    #: markup before the text on the first line (`## `, `- `, `> `); empty for the title
    prefix: str = ""
    #: markup after the text on the last line (closing `#`s of an ATX heading)
    suffix: str = ""
    #: heading level (1-6), 0 for other blocks
    level: int = 0


@dataclass
class Article:
    path: Path
    title: str
    slug: str
    date: dt.date
    dateline: str
    lang: str
    publication: str
    author: str | None
    blocks: list[Block]
    #: every line of the file, for rendering editions around the blocks
    lines: list[str] = field(repr=False, default_factory=list)
    #: 1-based line where the Markdown body starts (after the closing `---`)
    body_line: int = 1
    #: the whole front matter mapping, for keys this module does not interpret
    meta: dict = field(default_factory=dict, repr=False)
    #: link to the original publication (`source_url`), shown by every edition
    source_url: str | None = None
    #: the article stops before the original does (`excerpt: true`); editions say so
    excerpt: bool = False
    #: the edition's labels this article needs (types SOURCE_LINK, EXCERPT_NOTE), located at
    #: the front-matter key that asks for them
    labels: list[Block] = field(default_factory=list)

    @property
    def reference_path(self) -> str:
        """`seeds/<file>.md` as written in `#:` references (relative to the project root)."""
        return f"{self.path.parent.name}/{self.path.name}"


def load_front_matter(lines: list[str], end: int, display: str) -> object:
    """The YAML between line 1 (`---`) and *end* (the closing `---`), for seeds and drafts alike:
    every failure (bad syntax, an impossible date, a huge number, deep nesting) is a
    `UserError` at its line, never a traceback."""
    text = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(text)
    except ValueError as exc:  # PyYAML builds dates and ints itself: 2025-02-30 is a ValueError
        line = next((i + 1 for i in range(1, end) if _bad_date(lines[i])), 0)
        if line:
            hint = "write dates as real YYYY-MM-DD dates, e.g. 2025-08-30"
        else:
            line = next((i + 1 for i in range(1, end) if _HUGE_NUMBER.search(lines[i])), 2)
            hint = "quote the value to keep it as text"
        raise UserError(
            f"invalid value in front matter: {str(exc).split(';')[0]}",
            location=Location(display, line),
            hint=hint,
        ) from exc
    except RecursionError as exc:
        raise UserError(
            "front matter is nested too deeply",
            location=Location(display, 2),
            hint="front matter is flat `key: value` lines",
        ) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        col = mark.column + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc)
        raise UserError(
            f"invalid YAML in front matter: {problem}",
            location=Location(display, line, col),
            hint="quote values containing `:` or starting with a quote",
        ) from exc
    return data


def _split_front_matter(path: Path, lines: list[str]) -> tuple[dict, int, dict[str, int]]:
    """Return (front matter, index of the first body line, key -> 1-based line)."""
    if not lines or lines[0].rstrip() != "---":
        raise UserError(
            "missing YAML front matter",
            location=Location(str(path), 1),
            hint="start the file with a line `---`, the metadata (title, slug, date, dateline, "
            "lang, publication), and another `---`",
        )
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            end = i
            break
    else:
        raise UserError(
            "front matter is not closed",
            location=Location(str(path), 1),
            hint="add a line `---` after the metadata",
        )
    data = load_front_matter(lines, end, str(path))
    if not isinstance(data, dict):
        raise UserError(
            "front matter must be a mapping of `key: value` lines",
            location=Location(str(path), 2),
        )
    key_lines: dict[str, int] = {}
    for i in range(1, end):
        head = lines[i].split(":", 1)[0].strip()
        if head and not lines[i][:1].isspace() and head not in key_lines:
            key_lines[head] = i + 1
    return data, end + 1, key_lines


_HUGE_NUMBER = re.compile(r"\d{4000}")
_DATE_LIKE = re.compile(r"\b(\d{4})-(\d\d?)-(\d\d?)\b")


def _bad_date(line: str) -> bool:
    """Whether *line* holds something YAML reads as a date but the calendar has no such day."""
    for m in _DATE_LIKE.finditer(line):
        try:
            dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return True
    return False


def _check_meta(path: Path, data: dict, key_lines: dict[str, int]) -> None:
    missing = [k for k in REQUIRED_KEYS if data.get(k) in (None, "")]
    if missing:
        raise UserError(
            f"front matter lacks {', '.join(missing)}",
            location=Location(str(path), 1),
            hint="required keys: " + ", ".join(REQUIRED_KEYS),
        )
    for key in ("title", "slug", "dateline", "lang", "publication", "author", "source_url"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise UserError(
                f"front matter `{key}` must be text",
                location=Location(str(path), key_lines.get(key, 1)),
                hint="quote the value",
            )
    check_slug(data["slug"], Location(str(path), key_lines.get("slug", 1)))
    url = data.get("source_url")
    if url and not str(url).startswith(("https://", "http://")):
        raise UserError(
            f"front matter `source_url` must be an http(s) address, got {url!r}",
            location=Location(str(path), key_lines.get("source_url", 1)),
            hint="write the original's full address, e.g. https://azerbaijan.us/?p=9025",
        )
    if not isinstance(data.get("excerpt", False), bool):
        raise UserError(
            f"front matter `excerpt` must be true or false, got {data['excerpt']!r}",
            location=Location(str(path), key_lines.get("excerpt", 1)),
            hint="write `excerpt: true` when the article stops before the original does",
        )
    date = data["date"]
    if isinstance(date, str):
        try:
            data["date"] = dt.date.fromisoformat(date)
        except ValueError:
            date = None
    if not isinstance(data["date"], dt.date) or isinstance(data["date"], dt.datetime):
        raise UserError(
            f"front matter `date` must be an ISO date, got {data['date']!r}",
            location=Location(str(path), key_lines.get("date", 1)),
            hint="write it as YYYY-MM-DD, e.g. 2025-08-30",
        )


def parse_article(path: Path) -> Article:
    """Read one article; bad front matter raises UserError located at the offending line."""
    path = Path(path)
    lines = read_text(path).split("\n")  # BOM, CR/CRLF, UTF-16: as every command reads text
    if lines and lines[-1] == "":
        lines.pop()
    meta, body_start, key_lines = _split_front_matter(path, lines)
    _check_meta(path, meta, key_lines)

    title_line = key_lines.get("title", 1)
    blocks: list[Block] = [Block(TITLE, meta["title"].strip(), title_line, title_line)]
    if meta.get("author"):
        author_line = key_lines.get("author", 1)
        blocks.append(Block(AUTHOR, meta["author"].strip(), author_line, author_line))
    labels = [
        Block(kind, LABELS[kind], key_lines.get(key, 1), key_lines.get(key, 1))
        for kind, key in _LABEL_KEYS
        if meta.get(key)
    ]
    body = "\n".join(lines[body_start:]) + "\n"
    for mb in markdown_blocks(body):
        first = mb.first + body_start  # 0-based index into `lines`
        content = mb.content
        last = first + content.count("\n")
        first_text = content.split("\n", 1)[0]
        raw_first = lines[first]
        at = raw_first.find(first_text) if first_text else len(raw_first)
        prefix = raw_first[:at] if at >= 0 else ""
        last_text = content.rsplit("\n", 1)[-1]
        raw_last = lines[last]
        end_at = raw_last.rfind(last_text) if last_text else -1
        suffix = raw_last[end_at + len(last_text) :] if end_at >= 0 else ""
        blocks.append(Block(mb.type, mb.text, first + 1, last + 1, prefix, suffix, mb.level))
    return Article(
        path=path,
        title=meta["title"].strip(),
        slug=meta["slug"],
        date=meta["date"],
        dateline=meta["dateline"],
        lang=meta["lang"],
        publication=meta["publication"],
        author=meta.get("author"),
        blocks=[b for b in blocks if b.text],
        lines=lines,
        body_line=body_start + 1,
        meta=meta,
        source_url=meta.get("source_url") or None,
        excerpt=bool(meta.get("excerpt")),
        labels=labels,
    )


def load_articles(seeds_dir: Path) -> list[Article]:
    """Every `*.md` in the seeds directory, sorted by file name so output order is stable."""
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        raise UserError(
            "seeds directory not found",
            location=Location(str(seeds_dir)),
            hint="set [tool.translate] seeds in pyproject.toml",
        )
    articles = [parse_article(p) for p in sorted(seeds_dir.glob("*.md"))]
    seen: dict[str, Path] = {}
    for a in articles:
        if a.slug in seen:
            raise UserError(
                f"slug {a.slug!r} is also used by {seen[a.slug].name}",
                location=Location(str(a.path), 1),
                hint="every article needs its own slug: it names its catalogues",
            )
        seen[a.slug] = a.path
    return articles
