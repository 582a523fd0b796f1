"""`Checker`: every enabled check over segments, catalogues or drafts, in one process.

It owns the term index (built once per process and shared by every family through the
`CheckContext`), so a process makes one and reuses it for every file.
"""

from __future__ import annotations

import os
import stat
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from translate.catalog.article import Article, parse_article
from translate.catalog.blocks import LIST_ITEM
from translate.checks.alignment import (
    Block,
    Pairing,
    align_title,
    alignment_problem,
    misaligned,
    pair_blocks,
)
from translate.checks.context import CheckContext
from translate.checks.families import FAMILIES
from translate.checks.finding import Finding, Severity, SpanSide
from translate.checks.loaders import CheckedPo, parse_draft, read_catalogue
from translate.checks.result import FileStats, file_stats
from translate.checks.segment import Segment
from translate.config import Config
from translate.errors import UserError
from translate.glossary import Glossary, load_glossary
from translate.morph.ru import analyzer
from translate.terms import TermIndex, load_index

#: a message longer than this (a paragraph is a few thousand characters) is not analysed, only
#: reported (`long-message`): it bounds the cost of every check on one message
MAX_MESSAGE = 100_000


#: a misaligned draft longer than this many blocks (a long article has about sixty) is not
#: aligned: its blocks are checked without their source (aligning takes about 4 ms a block)
MAX_PAIRED = 2000


def too_long(seg: Segment) -> bool:
    return len(seg.target) > MAX_MESSAGE or len(seg.source or "") > MAX_MESSAGE


#: what checking one file gives: its findings, its completeness, and its segments when the run
#: needs them afterwards (`--across` consistency, an inspection hook), else an empty list
FileOutcome = tuple[list[Finding], FileStats, list[Segment]]


def load_term_index(glossary_path: Path) -> tuple[Glossary, TermIndex]:
    """(glossary, index) for *glossary_path* (CSV or TBX); the index comes from its on-disk
    cache when the glossary and the tool are unchanged."""
    glossary = load_glossary(glossary_path)
    return glossary, load_index(glossary)


class Checker:
    """Checks segments with one term index; one per process."""

    def __init__(
        self,
        config: Config,
        glossary_path: Path | None = None,
        *,
        only: frozenset[str] | None = None,
        glossary: Glossary | None = None,
        index: TermIndex | None = None,
    ) -> None:
        if glossary is None and glossary_path is not None:
            glossary, index = load_term_index(glossary_path)
        self.ctx = CheckContext.create(config, glossary, index, only)
        self.families = FAMILIES
        #: source articles read for stale-block checks, by path, mtime and size (see `_article`)
        self._articles: dict[tuple[str, int, int], Article | None] = {}

    def warm(self, langs: Iterable[str]) -> None:
        """Make now the state that checks build on first use: term vocabularies, the
        Azerbaijani suffix tables, pymorphy3's dictionary, locale number symbols, compiled
        patterns. A pool's parent calls it before it forks, so the workers share that state
        copy-on-write instead of each building it again (about 0.3 s per worker for az and ru
        alone). Checking one made-up message per language reaches every family's lazy state;
        what it leaves in the per-run caches is what those caches would hold for that text."""
        text = "Warm-up: **1,5** [link](https://example.org) `code` Xyzzy-nin, 2026."
        for lang in langs:
            seg = Segment("<warm-up>", 1, lang, text, text, msgid=text, article="<warm-up>")
            self.check_segments([seg])
            if lang == "ru":
                analyzer()  # read by the misspelling check for Russian words it doubts
        self.ctx.next_article()

    # -- segments ---------------------------------------------------------------------------------

    def check_segments(self, segments: Sequence[Segment], *, group: bool = True) -> list[Finding]:
        """Every enabled check on *segments*; group checks see each (article, language) whole."""
        ctx = self.ctx
        ctx.next_article()
        out: list[Finding] = []
        segments = self._skip_long(segments, out)
        seg_fams = [f for f in self.families if f.scope == "segment" and ctx.on(*f.ids)]
        #: blocks in another language (file, line, lang): their words are no words of the article
        left: set[tuple[str, int, str]] = set()
        for seg in segments:
            mine: list[Finding] = []
            for fam in seg_fams:
                for finding in fam.fn(seg, ctx):  # type: ignore[arg-type]
                    if finding.check in ctx.enabled and not seg.suppressed(finding.check):
                        mine.append(finding)
            if mine:
                for f in mine:
                    if f.check == "untranslated" and seg.translated:
                        if f.span is not None and (
                            f.span.start > 0 or f.span.end < len(seg.target.rstrip())
                        ):
                            # one sentence left in English: one problem there, not one per word
                            a, b = f.span.start, f.span.end
                            mine = [
                                g
                                for g in mine
                                if g is f
                                or g.span is None
                                or g.span.where != "translation"
                                or g.span.end <= a
                                or b <= g.span.start
                            ]
                            break
                        # a block left in the source language is one problem, not one per word
                        mine = [f for f in mine if f.check == "untranslated"]
                        left.add((seg.file, seg.line, seg.lang))
                        break
                out.extend(mine)
        if group:
            groups: dict[tuple[str, str], list[Segment]] = defaultdict(list)
            for seg in segments:
                groups[(seg.article, seg.lang)].append(seg)
            for segs in groups.values():
                found = self.check_group(segs)
                if left:  # nor one per article check (a Turkish «Türkiye» is no az-ascii slip)
                    found = [f for f in found if (f.file, f.line, f.lang) not in left]
                out.extend(found)
        return out

    def _skip_long(self, segments: Sequence[Segment], out: list[Finding]) -> Sequence[Segment]:
        """*segments* without those too long to check, each reported as `long-message`: no
        check then has to be linear in a 50 MB line, and none hangs on one."""
        if not any(too_long(s) for s in segments):
            return segments
        kept = []
        for seg in segments:
            if not too_long(seg):
                kept.append(seg)
                continue
            if "long-message" not in self.ctx.enabled or seg.suppressed("long-message"):
                continue
            size = max(len(seg.target), len(seg.source or ""))
            where: SpanSide = (
                "translation" if len(seg.target) >= len(seg.source or "") else "source"
            )
            text = seg.target if where == "translation" else seg.source or ""
            # the span shows where the message starts (its first line, clipped), not all of it
            end = min(len(text), 60, *(i for i in (text.find("\n"),) if i > 0))
            out.append(
                self.ctx.finding(
                    seg,
                    "long-message",
                    f"the {where} is {size:,} characters long, over the {MAX_MESSAGE:,} "
                    "checked: no other check looked at this message",
                    0,
                    end,
                    where=where,
                )
            )
        return kept

    def check_group(
        self, segments: list[Segment], families: Iterable[str] | None = None
    ) -> list[Finding]:
        ctx = self.ctx
        out: list[Finding] = []
        for fam in self.families:
            if fam.scope != "group" or not ctx.on(*fam.ids):
                continue
            if families is not None and fam.name not in families:
                continue
            for finding in fam.fn(segments, ctx):  # type: ignore[arg-type]
                seg_skip = _segment_at(segments, finding)
                if finding.check in ctx.enabled and not (
                    seg_skip is not None and seg_skip.suppressed(finding.check)
                ):
                    out.append(finding)
        return out

    # -- files ------------------------------------------------------------------------------------

    def check_catalogue(
        self,
        path: Path,
        display: str | None = None,
        *,
        across: bool = False,
        source_dir: Path | None = None,
        lang: str | None = None,
        keep_segments: bool = False,
    ) -> FileOutcome:
        cat = read_catalogue(path, display, lang)
        findings = self.check_segments(cat.segments, group=True)
        if across:
            findings = [f for f in findings if f.check != "term-inconsistent"]
        if source_dir is not None:
            findings.extend(self.stale_blocks(cat, source_dir))
        return (
            findings,
            file_stats(cat.path, cat.lang, cat.slug, "po", cat.segments),
            (cat.segments if across or keep_segments else []),
        )

    def stale_blocks(self, cat: CheckedPo, seeds_dir: Path) -> list[Finding]:
        """Blocks of the source article the catalogue lacks (it needs `translate update`)."""
        if "untranslated" not in self.ctx.enabled:
            return []
        article = self._article_for(cat, seeds_dir)
        if article is None:
            return []
        out = []
        ref = article.reference_path
        for block in article.blocks:
            if block.text not in cat.msgids:
                seg = Segment(cat.path, 0, cat.lang, "", block.text, article=cat.slug)
                out.append(
                    self.ctx.finding(
                        seg,
                        "untranslated",
                        f"the source block at {ref}:{block.line} is not in this catalogue; "
                        "run `translate update`",
                        0,
                        len(block.text),
                        where="source",
                        file=cat.path,
                        line=0,
                    )
                )
        return out

    def check_draft(
        self,
        path: Path,
        lang: str,
        source: Path | None,
        display: str | None = None,
        *,
        across: bool = False,
        keep_segments: bool = False,
    ) -> FileOutcome:
        display = display or str(path)
        notes: list[str] = []
        blocks = parse_draft(path, display, notes)
        findings: list[Finding] = [
            self.ctx.finding(
                Segment(display, 1, lang, "", article=path.stem), "alignment", n
            ).with_severity(Severity.INFO)
            for n in notes
            if "alignment" in self.ctx.enabled
        ]
        segments: list[Segment] = []
        src_blocks: Sequence[Block] | None = None
        src_ref = None
        src_document = None
        pairing: Pairing | None = None
        slug = path.stem
        if source is not None:
            src_blocks, src_ref, slug = source_blocks(source)
            src_blocks, note = align_title(blocks, src_blocks, src_ref)
            if (
                misaligned(blocks, src_blocks, path.suffix)
                and max(len(blocks), len(src_blocks)) <= MAX_PAIRED
            ):
                pairing = pair_blocks(
                    blocks,
                    src_blocks,
                    lang,
                    self.ctx.config.source_language,
                    self._concepts,
                    typed=path.suffix.lower() != ".txt",
                )
            problem = alignment_problem(blocks, src_blocks, src_ref, path.suffix, pairing)
            if problem is not None:
                seg = Segment(display, problem[1], lang, "", article=slug)
                if "alignment" in self.ctx.enabled:
                    findings.append(self.ctx.finding(seg, "alignment", problem[0]))
                src_document = "\n\n".join(b.text for b in src_blocks)
            elif note is not None and "alignment" in self.ctx.enabled:
                seg = Segment(display, blocks[0].line if blocks else 1, lang, "", article=slug)
                findings.append(
                    self.ctx.finding(seg, "alignment", note).with_severity(Severity.INFO)
                )
        for i, b in enumerate(blocks):
            src = _paired_source(src_blocks, pairing, i)
            segments.append(
                Segment(
                    file=display,
                    line=b.line,
                    lang=lang,
                    target=b.text,
                    source=src.text if src else None,
                    skip=b.skip,
                    article=slug,
                    source_file=src_ref if src else None,
                    source_line=src.line if src else 0,
                    block_type=b.type,
                    source_document=src_document,
                )
            )
        found = _one_per_list(self.check_segments(segments, group=True), segments)
        if across:
            found = [f for f in found if f.check != "term-inconsistent"]
        findings.extend(found)
        return (
            findings,
            file_stats(display, lang, slug, "draft", segments),
            (segments if across or keep_segments else []),
        )

    def _concepts(self, text: str, lang: str) -> set[str]:
        """The glossary concepts of *text*: anchors for pairing a misaligned draft's blocks."""
        return {o.concept_id for o in self.ctx.find(text, lang)}

    def _article_for(self, cat: CheckedPo, seeds_dir: Path) -> Article | None:
        candidates = [seeds_dir / f"{cat.slug}.md"]
        refs = {s.source_file for s in cat.segments if s.source_file}
        candidates += [seeds_dir.parent / r for r in sorted(refs)]
        for c in candidates:
            try:
                st = c.stat()
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            art = self._article(c, st)
            if art is None:
                return None
            if art.slug == cat.slug or str(art.reference_path) in refs:
                return art
        return None

    def _article(self, path: Path, st: os.stat_result) -> Article | None:
        """The article at *path* (None when it does not parse), read once per process for all
        its catalogues: every language's catalogue of an article asks for it, and reading it
        (front matter, Markdown blocks) costs half as much as checking a catalogue of 14
        messages. Keyed by modification time and size too, so a checker that outlives an edit
        reads the new text."""
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key in self._articles:
            return self._articles[key]
        if len(self._articles) > 10_000:
            self._articles.clear()
        try:
            art: Article | None = parse_article(path)
        except UserError:
            art = None
        self._articles[key] = art
        return art


def source_blocks(source: Path) -> tuple[list[Any], str, str]:
    """(blocks, reference, slug) of the source of a draft. An article with its metadata is read
    as `build` reads it; any other Markdown or text file (no front matter, or front matter
    without the keys only `build` needs) is read like a draft: its blocks are all a check needs.
    """
    try:
        art = parse_article(source)
    except UserError:
        # read like a draft, front matter YAML cannot read included (its title is all a
        # check needs)
        return list(parse_draft(source, str(source), [])), str(source), source.stem
    return list(art.blocks), art.reference_path, art.slug


def _paired_source(
    src_blocks: Sequence[Block] | None, pairing: Pairing | None, i: int
) -> Block | None:
    """The source block draft block *i* is checked against: the one at the same place when the
    draft lines up, the one the alignment paired it with when it does not, else None."""
    if src_blocks is None:
        return None
    if pairing is None:
        return src_blocks[i]
    return src_blocks[pairing.sources[i][0]] if pairing.sources[i] else None


def _one_per_list(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """A list left untranslated is one slip: of the `untranslated` findings on the items of one
    list (list items on consecutive lines), the first stands for the list and says how many
    items follow it (held-out set 121: a fact box pasted in English)."""
    items = {s.line for s in segments if s.block_type == LIST_ITEM}
    marked = sorted(f.line for f in findings if f.check == "untranslated" and f.line in items)
    if len(marked) < 2:
        return findings
    follows = {b for a, b in pairwise(marked) if b == a + 1}
    if not follows:
        return findings
    out: list[Finding] = []
    for f in findings:
        if f.check == "untranslated" and f.line in follows:
            continue
        if f.check == "untranslated" and f.line in items and f.line + 1 in follows:
            n = 1
            while f.line + n in follows:
                n += 1
            f = replace(f, message=f"{f.message} (and the {n - 1} list item(s) after it)")
        out.append(f)
    return out


def _segment_at(segments: list[Segment], finding: Finding) -> Segment | None:
    for seg in segments:
        if seg.file == finding.file and seg.line == finding.line:
            return seg
    return None
