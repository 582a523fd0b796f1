"""Editions: an article rendered in one language as Markdown and as a standalone HTML page.

Blocks are replaced in place (prefix such as `## ` or `- ` kept, text translated) and every
other line is copied, so Markdown the extractor does not translate (code blocks, rules, tables)
survives untouched — po4a's approach. Translations come from the compiled MO file, which holds
no fuzzy and no obsolete entries, so neither can ever reach a reader.

The dateline is localised with Babel's CLDR long date format. Checked against the house style
("Bakı, 30 avqust 2025", "Баку, 30 августа 2025 г.", "Baku, August 30, 2025"): CLDR's az and en
patterns give exactly these; CLDR's ru pattern (`d MMMM y 'г'.`) separates the year from "г."
with U+202F NARROW NO-BREAK SPACE, which many fonts and plain-text tools mishandle, so
`DATE_PATTERNS` overrides ru with U+00A0 NO-BREAK SPACE: Russian typography keeps "г." on the
year's line, and every font has that space. The city is the glossary concept whose English
preferred term equals the front matter's `dateline`.

The front matter a reader sees is translated too: the title and the byline are messages
(`article.FRONT_TYPES`), and so are the labels of the link to the original and of the excerpt
note (`article.LABELS`). The Markdown edition keeps `source_url` in its front matter; the HTML
edition links to it visibly.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import yaml
from babel.dates import format_date
from markdown_it import MarkdownIt

from translate.catalog.article import Article
from translate.catalog.blocks import AUTHOR, EXCERPT_NOTE, FRONT_TYPES, LABELS, SOURCE_LINK, TITLE
from translate.catalog.extract import keyed_blocks
from translate.glossary.model import Glossary

#: per-language Babel date patterns overriding CLDR's "long" format (see the module docstring)
DATE_PATTERNS: dict[str, str] = {"ru": "d MMMM y\u00a0'г'."}

#: (msgctxt, msgid) → translation, or None when the catalogue has none
Translate = Callable[[str | None, str], str | None]

# html=False: raw HTML in a translation is shown as text, never injected into the page
_md = MarkdownIt("commonmark", {"html": False})


def city_name(glossary: Glossary | None, city: str, lang: str, source_lang: str = "en") -> str:
    if glossary is not None:
        for concept in glossary:
            src = concept.preferred(source_lang)
            if src is not None and src.text == city:
                target = concept.preferred(lang)
                if target is not None:
                    return target.text
    return city


def dateline(
    article: Article, lang: str, glossary: Glossary | None, source_lang: str = "en"
) -> str:
    pattern = DATE_PATTERNS.get(lang, "long")
    date = format_date(article.date, pattern, locale=lang)
    return f"{city_name(glossary, article.dateline, lang, source_lang)}, {date}"


def source_link_markdown(label: str, url: str) -> str:
    """The last line of a Markdown edition: the visible link to the original."""
    return f"[{label}](<{url}>)"


def _untranslated(context: str | None, msgid: str) -> None:
    return None


def translate_front(article: Article, tr: Translate) -> dict[str, str]:
    """Block type → translated text of the front matter an edition shows (title, author) and of
    its labels (source link, excerpt note); the source text where there is no translation."""
    return {
        block.type: tr(context, block.text) or block.text
        for block, context in keyed_blocks(article)
        if block.type in FRONT_TYPES or block.type in LABELS
    }


def translate_blocks(article: Article, tr: Translate) -> tuple[str, list[str]]:
    """(translated title, body lines) with untranslated blocks left in the source language."""
    title = article.title
    replacements: dict[int, tuple[int, str]] = {}
    for block, context in keyed_blocks(article):
        if block.type in FRONT_TYPES or block.type in LABELS:
            title = (tr(context, block.text) or block.text) if block.type == TITLE else title
            continue
        text = tr(context, block.text) or block.text
        first = block.line - 1
        replacements[first] = (block.end - 1, block.prefix + text + block.suffix)
    body: list[str] = []
    i = article.body_line - 1
    lines = article.lines
    while i < len(lines):
        if i in replacements:
            last, text = replacements[i]
            body.extend(text.split("\n"))
            i = last + 1
        else:
            body.append(lines[i])
            i += 1
    while body and not body[0].strip():
        body.pop(0)
    return title, body


def render_markdown(
    article: Article,
    lang: str,
    title: str,
    body: list[str],
    dl: str,
    front: dict[str, str] | None = None,
) -> str:
    """*front* is `translate_front`'s result; without it the byline and labels stay English."""
    front = front or translate_front(article, _untranslated)
    meta: dict[str, object] = {
        "title": title,
        "slug": article.slug,
        "date": article.date,
        "dateline": dl,
        "lang": lang,
        "publication": article.publication,
    }
    if article.author:
        meta["author"] = front[AUTHOR]
    if article.source_url:
        meta["source_url"] = article.source_url
    if article.excerpt:
        meta["excerpt"] = True
        body = [f"*{front[EXCERPT_NOTE]}*", "", *body]
    if article.source_url:
        body = [*body, "", source_link_markdown(front[SOURCE_LINK], article.source_url)]
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{head}---\n\n" + "\n".join(body).rstrip("\n") + "\n"


def render_html(
    article: Article,
    lang: str,
    title: str,
    body: list[str],
    dl: str,
    front: dict[str, str] | None = None,
) -> str:
    e = html.escape
    front = front or translate_front(article, _untranslated)
    content = _md.render("\n".join(body))
    extra = ""
    if article.author:
        extra += f'\n<p class="author">{e(front[AUTHOR])}</p>'
    if article.excerpt:
        extra += f'\n<p class="excerpt"><strong>{e(front[EXCERPT_NOTE])}</strong></p>'
    source = ""
    if article.source_url:
        label = front[SOURCE_LINK]
        source = f'<p class="source"><a href="{e(article.source_url)}">{e(label)}</a></p>\n'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n</head>\n<body>\n<article>\n"
        f"<h1>{e(title)}</h1>\n"
        f'<p class="dateline">{e(dl)}</p>{extra}\n'
        f"{content}{source}</article>\n</body>\n</html>\n"
    )
