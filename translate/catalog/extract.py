"""Articles → gettext templates (one POT per article).

Choices, each for a reason:
- one message per block, the block type in a `#.` comment (msgmerge drops custom flags, so a
  comment is the only place such metadata survives a merge);
- msgctxt only to tell identical blocks apart (`paragraph, occurrence 2`), never line numbers:
  a key must not change when a paragraph is inserted above it, or every translation below would
  turn fuzzy;
- no `python-format` / `c-format` flags: news prose contains `%` signs, and a format flag would
  make `msgfmt -c` reject a correct translation;
- POT-Creation-Date is the article's own date, so re-extracting unchanged input changes no byte;
- glossary guidance as `#.` comments: the preferred (and admitted) rendering per target language
  and the renderings editorial policy rejects, so translators see them in any PO editor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from translate.catalog.article import Article, Block
from translate.catalog.po import Catalog, Message, write_po
from translate.glossary.model import Concept, Glossary
from translate.names import check_slug, inside
from translate.terms import TermIndex

#: finds concept ids in an English text, in order of first occurrence
ConceptFinder = Callable[[str], list[str]]


def _quote(s: str) -> str:
    return f"\u201c{s}\u201d"


def term_comment(concept: Concept, source_lang: str, target_langs: Sequence[str]) -> str:
    """One line: `term “occupation”: az işğal; ru оккупация (not: …)`."""
    src = concept.preferred(source_lang)
    head = src.text if src else concept.id
    parts = []
    for lang in target_langs:
        allowed = [t.text for t in concept.allowed(lang)]
        if not allowed:
            continue
        part = f"{lang} " + " or ".join(_quote(t) for t in allowed)
        bad = [t.text for t in concept.disallowed(lang)]
        if bad:
            part += " (not " + ", ".join(_quote(t) for t in bad) + ")"
        parts.append(part)
    if not parts:
        return f"term {_quote(head)}: no target terms in the glossary"
    return f"term {_quote(head)}: " + "; ".join(parts)


def make_finder(glossary: Glossary, source_lang: str) -> ConceptFinder:
    """The concepts a source text names, in order of first occurrence, over the term index."""
    index = TermIndex.build(glossary)

    def find(text: str) -> list[str]:
        seen: dict[str, None] = {}
        for occ in sorted(index.find(text, source_lang)):
            seen.setdefault(occ.concept_id, None)
        return list(seen)

    return find


def header_fields(article: Article) -> list[tuple[str, str]]:
    return [
        ("Project-Id-Version", article.slug),
        ("Report-Msgid-Bugs-To", ""),
        ("POT-Creation-Date", f"{article.date.isoformat()} 00:00+0000"),
        ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language-Team", "LANGUAGE <LL@li.org>"),
        ("Language", ""),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]


def block_context(block: Block, occurrence: int) -> str | None:
    return None if occurrence == 1 else f"{block.type}, occurrence {occurrence}"


def keyed_blocks(article: Article) -> list[tuple[Block, str | None]]:
    """Every message of an article with its msgctxt: the blocks, then the edition's labels.

    Extraction and rendering both key messages through here, so a label that happens to equal a
    block ("Excerpt") gets the same context on both sides."""
    seen: dict[str, int] = {}
    out = []
    for block in [*article.blocks, *article.labels]:
        n = seen[block.text] = seen.get(block.text, 0) + 1
        out.append((block, block_context(block, n)))
    return out


def extract_article(
    article: Article,
    *,
    glossary: Glossary | None = None,
    finder: ConceptFinder | None = None,
    source_lang: str = "en",
    target_langs: Sequence[str] = ("az", "ru"),
) -> Catalog:
    """The template of one article."""
    cat = Catalog(path=f"{article.slug}.pot")
    cat.header = Message("", comments=[f"Translations of “{article.title}” ({article.slug})."])
    cat.set_header_fields(header_fields(article))
    for block, context in keyed_blocks(article):
        extracted = [f"type: {block.type}" + (f" {block.level}" if block.level else "")]
        if glossary is not None and finder is not None:
            for cid in finder(block.text):
                concept = glossary.get(cid)
                if concept is not None:
                    extracted.append(term_comment(concept, source_lang, target_langs))
        cat.messages.append(
            Message(
                block.text,
                msgctxt=context,
                extracted=extracted,
                references=[f"{article.reference_path}:{block.line}"],
            )
        )
    return cat


def template_path(locales_dir: Path, slug: str) -> Path:
    """`locales/templates/<slug>.pot`; a slug that is not a name is refused, never followed."""
    return inside(Path(locales_dir) / "templates" / f"{check_slug(slug)}.pot", locales_dir)


def extract_all(
    articles: Sequence[Article],
    locales_dir: Path,
    *,
    glossary: Glossary | None = None,
    source_lang: str = "en",
    target_langs: Sequence[str] = ("az", "ru"),
) -> list[tuple[Path, bool, Catalog]]:
    """Write every template; returns (path, written?, catalogue) per article."""
    finder = make_finder(glossary, source_lang) if glossary is not None else None
    out = []
    for article in articles:
        cat = extract_article(
            article,
            glossary=glossary,
            finder=finder,
            source_lang=source_lang,
            target_langs=target_langs,
        )
        path = template_path(locales_dir, article.slug)
        written = write_po(path, cat, keep_wrapping=False)
        out.append((path, written, cat))
    return out
