"""A published translation → the catalogue of its source article.

1. Both files are cut into blocks the way `translate extract` cuts the source (title from the
   front matter, then headings, paragraphs, list items, quotes). A translation without front
   matter is read as a body only.
2. Blocks are aligned with Gale–Church plus anchors (numbers, glossary concepts through the
   inflection-aware term index, Latin-script names, quotations). Beads can be 1-1, 1-0, 0-1, and
   2-1 or 1-2: blocks the translator merged or split.
3. Inside a 1-1 pair whose sentence counts differ, the sentences are aligned the same way; a
   sentence left without a counterpart lowers the pair's confidence. A merged translation block
   is cut between its two source blocks where the sentence alignment puts the boundary.
4. The catalogue is the template `translate extract` makes for the source (same msgids,
   msgctxts, comments and references), with each pair's translation filled in. Every pair gets a
   confidence in [0, 1]; below `LOW` (and for every merge or split) the message is fuzzy with a
   translator comment saying why. Front-matter values (title, dateline, …) pair by key.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from translate.align.anchors import anchors, latin_script
from translate.align.galechurch import Bead, Unit, align, confidence, p_length
from translate.align.sentences import split_sentences
from translate.catalog.article import Article, Block, parse_article
from translate.catalog.blocks import EXCERPT_NOTE, FRONT_TYPES, HEADING, SOURCE_LINK, TITLE
from translate.catalog.extract import extract_article, make_finder
from translate.catalog.merge import merge
from translate.catalog.po import Catalog, Message
from translate.catalog.render import source_link_markdown
from translate.fileio import read_text
from translate.glossary.model import Glossary

#: pairs below this confidence come out fuzzy
LOW = 0.5


@dataclass
class Pair:
    """One aligned pair of source and translation blocks (indices into the body blocks)."""

    source: list[int]
    target: list[int]
    confidence: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class AlignResult:
    catalog: Catalog
    pairs: list[Pair]
    #: merged, split and unpaired blocks, for stderr: never silent
    notes: list[str]
    fuzzy: int = 0
    translated: int = 0


def _read_translation(path: Path, source: Article) -> Article:
    """The translation as an Article; without front matter, its body with the source's meta."""
    text = read_text(path)  # BOM, CR/CRLF, UTF-16: as every command reads text
    if text.startswith("---"):
        return parse_article(path)
    meta = {k: source.meta[k] for k in ("slug", "date", "dateline", "lang", "publication")}
    meta["title"] = "-"  # required by the reader; the title block is dropped below
    head = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n"
    with tempfile.TemporaryDirectory() as tmp:
        fake = Path(tmp) / path.name
        fake.write_text(head + text, encoding="utf-8")
        art = parse_article(fake)
    shift = head.count("\n")
    blocks = [
        Block(b.type, b.text, b.line - shift, b.end - shift, b.prefix, b.suffix, b.level)
        for b in art.blocks
        if b.type != TITLE
    ]
    art.path, art.blocks, art.meta = path, blocks, {}
    return art


def _concept_finder(glossary: Glossary | None) -> Callable[[str, str], set[str]] | None:
    if glossary is None:
        return None
    from translate.terms import load_index

    index = load_index(glossary)

    def find(text: str, lang: str) -> set[str]:
        return {o.concept_id for o in index.find(text, lang)}

    return find


def _unit(block: Block, lang: str, find: Callable | None, names: bool) -> Unit:
    return Unit(
        block.text,
        anchors(block.text, lang, find, names),
        "heading" if block.type == HEADING else "",
    )


def _confidence(
    bead: Bead, src: list[Block], tgt: list[Block], ratio: float
) -> tuple[float, list[str]]:
    """The bead's confidence (`galechurch.confidence`) and what lowers it, for the comment."""
    reasons = []
    ls = sum(len(b.text) for b in src)
    lt = sum(len(b.text) for b in tgt)
    conf = confidence(bead, ls, lt, ratio)
    p = p_length(ls, lt, ratio, floor=50) if ls and lt else bead.p_length
    if p < 0.2:
        reasons.append(f"unusual length ratio ({lt / max(ls, 1):.2f} characters per source one)")
    nums_s = sorted(a[1:] for a in bead.only_source if a.startswith("#"))
    nums_t = sorted(a[1:] for a in bead.only_target if a.startswith("#"))
    if nums_s:
        reasons.append("numbers only in the source: " + ", ".join(nums_s))
    if nums_t:
        reasons.append("numbers only in the translation: " + ", ".join(nums_t))
    cs = sorted(a.split(":", 1)[1] for a in bead.only_source if a.startswith("concept:"))
    ct = sorted(a.split(":", 1)[1] for a in bead.only_target if a.startswith("concept:"))
    if cs:
        reasons.append("glossary concepts not found in the translation: " + ", ".join(cs))
    if ct:
        reasons.append("glossary concepts not in the source: " + ", ".join(ct))
    return conf, reasons


def _sentence_check(
    src: str, tgt: str, s_lang: str, t_lang: str, find: Callable | None
) -> list[str]:
    """Reasons from aligning the sentences of a 1-1 pair whose sentence counts differ."""
    ss, ts = split_sentences(src), split_sentences(tgt)
    if len(ss) == len(ts):
        return []
    beads = align(
        [Unit(s, anchors(s, s_lang, find)) for s in ss],
        [Unit(t, anchors(t, t_lang, find)) for t in ts],
    )
    out = []
    for b in beads:
        if b.source and not b.target:
            out.append(f"source sentence {b.source[0] + 1} has no counterpart in the translation")
        elif b.target and not b.source:
            out.append(f"translation sentence {b.target[0] + 1} has no counterpart in the source")
    return out


def _cut_merged(
    first: str, second: str, tgt: str, s_lang: str, t_lang: str, find: Callable | None
) -> tuple[str, str] | None:
    """Cut a translation block that renders two source blocks, where the sentence alignment
    puts the boundary between them; None when it cannot (one sentence)."""
    s1, s2, ts = split_sentences(first), split_sentences(second), split_sentences(tgt)
    if len(ts) < 2:
        return None
    units = [Unit(s, anchors(s, s_lang, find)) for s in s1 + s2]
    beads = align(units, [Unit(t, anchors(t, t_lang, find)) for t in ts])
    cut = None
    for b in beads:
        if b.source and b.target and max(b.source) < len(s1):
            cut = max(b.target) + 1
    if cut is None or cut >= len(ts):
        return None
    return " ".join(ts[:cut]), " ".join(ts[cut:])


def align_article(
    source_path: Path,
    translation_path: Path,
    lang: str,
    *,
    glossary: Glossary | None = None,
    source_lang: str = "en",
    target_langs: tuple[str, ...] = ("az", "ru"),
) -> AlignResult:
    source = parse_article(Path(source_path))
    translation = _read_translation(Path(translation_path), source)
    finder = make_finder(glossary, source_lang) if glossary is not None else None
    pot = extract_article(
        source,
        glossary=glossary,
        finder=finder,
        source_lang=source_lang,
        target_langs=tuple(target_langs),
    )
    cat = merge(None, pot, lang)
    find = _concept_finder(glossary)
    # the title and the byline are front matter: they pair by key below, not by position
    s_blocks = [b for b in source.blocks if b.type not in FRONT_TYPES]
    t_blocks = [b for b in translation.blocks if b.type not in FRONT_TYPES]
    # an edition's own lines, no blocks of the source: the excerpt note and the link to the original
    labels: dict[str, str] = {}
    if (source.excerpt or translation.excerpt) and t_blocks:
        first = t_blocks[0].text
        if len(first) > 2 and first[0] == first[-1] == "*":
            labels[EXCERPT_NOTE], t_blocks = first[1:-1], t_blocks[1:]
    if source.source_url and t_blocks:
        head, _, tail = t_blocks[-1].text.partition("](")
        if head.startswith("[") and f"[{head[1:]}]({tail}" == source_link_markdown(
            head[1:], source.source_url
        ):
            labels[SOURCE_LINK], t_blocks = head[1:], t_blocks[:-1]
    names = latin_script(lang, " ".join(b.text for b in t_blocks))
    ratio = (sum(len(b.text) for b in t_blocks) or 1) / (sum(len(b.text) for b in s_blocks) or 1)
    beads = align(
        [_unit(b, source_lang, find, names) for b in s_blocks],
        [_unit(b, lang, find, names) for b in t_blocks],
        ratio,
    )
    by_line: dict[int, Message] = {}
    for m in cat.messages:
        if m.references:
            by_line.setdefault(int(m.references[0].rsplit(":", 1)[1]), m)
    notes: list[str] = []
    pairs: list[Pair] = []
    result = AlignResult(cat, pairs, notes)
    t_name = str(translation_path)

    def fill(block: Block, text: str, conf: float, reasons: list[str], fuzzy: bool) -> None:
        m = by_line.get(block.line)
        if m is None or m.msgid != block.text:
            return
        m.msgstr = text
        m.extracted.append(f"align: confidence {conf:.2f}")
        if fuzzy or conf < LOW:
            m.fuzzy = True
            m.comments.append("align: " + ("; ".join(reasons) or f"low confidence {conf:.2f}"))
            result.fuzzy += 1
        else:
            result.translated += 1

    for bead in beads:
        src = [s_blocks[i] for i in bead.source]
        tgt = [t_blocks[j] for j in bead.target]
        conf, reasons = _confidence(bead, src, tgt, ratio)
        pairs.append(Pair(bead.source, bead.target, conf, reasons))
        if not tgt:
            notes.append(
                f"{source_path}:{src[0].line}: source block has no counterpart in the "
                "translation (left untranslated)"
            )
            continue
        if not src:
            notes.append(
                f"{t_name}:{tgt[0].line}: translation block has no counterpart in the "
                "source (left out)"
            )
            continue
        if len(src) == 1 and len(tgt) == 1:
            more = _sentence_check(src[0].text, tgt[0].text, source_lang, lang, find)
            if more:
                reasons += more
                conf = min(conf, 0.45)
                pairs[-1].confidence = conf
            fill(src[0], tgt[0].text, conf, reasons, False)
        elif len(tgt) == 2:
            notes.append(
                f"{t_name}:{tgt[0].line}: split: translation blocks at lines "
                f"{tgt[0].line} and {tgt[1].line} render source block "
                f"{source_path}:{src[0].line}"
            )
            why = [
                *reasons,
                f"the translation splits this block in two (lines {tgt[0].line}, "
                f"{tgt[1].line}); joined",
            ]
            fill(src[0], tgt[0].text + " " + tgt[1].text, conf, why, True)
        else:
            notes.append(
                f"{t_name}:{tgt[0].line}: merged: translation block renders source "
                f"blocks {source_path}:{src[0].line} and {src[1].line}"
            )
            cut = _cut_merged(src[0].text, src[1].text, tgt[0].text, source_lang, lang, find)
            if cut is None:
                why = [
                    *reasons,
                    f"the translation merges this block with the next one (line {tgt[0].line}); "
                    "not cut",
                ]
                fill(src[0], tgt[0].text, conf, why, True)
            else:
                why = [
                    *reasons,
                    f"the translation merges this block with its neighbour (line {tgt[0].line}); "
                    "cut between sentences",
                ]
                fill(src[0], cut[0], conf, why, True)
                fill(src[1], cut[1], conf, why, True)
    # front matter (the title, and any other value extracted from it) pairs by key
    for key, value in source.meta.items():
        other = translation.meta.get(key)
        if isinstance(value, str) and isinstance(other, str) and other.strip() and key != "lang":
            for m in cat.messages:
                if m.msgid == value.strip() and not m.msgstr and value.strip() != other.strip():
                    m.msgstr = other.strip()
                    m.extracted.append("align: from the front matter")
                    result.translated += 1
    for kind, text in labels.items():
        for m in cat.messages:
            if f"type: {kind}" in m.extracted and not m.msgstr:
                m.msgstr = text
                m.extracted.append(f"align: the edition's {kind}")
                result.translated += 1
    return result
