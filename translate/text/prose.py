"""The prose of a Markdown file, for term search: everything a reader does not read as text is
blanked out, with offsets and line numbers kept.

`translate terms seeds/x.md` must report the terms of the article, not its slug
(`aliyev-occupation-remark` is not an "occupation"), its source URL (`azerbaijan.us`), link
targets, code, or a domain or e-mail address written in the prose (`Kaspi.kz` is no «Kaspi» of
the Caspian, `siyahiyaalma.gov.az` no Azerbaijani typed in ASCII). Blanking (spaces in place of
the characters, newlines kept) rather than cutting keeps every reported line:column pointing into
the original file.
"""

from __future__ import annotations

import regex

#: only spaces, opening quotes or brackets between the start of the text or the end of a sentence
#: and a word: the word begins a sentence
SENTENCE_START = regex.compile(r"(?:^|[.!?…]\s)[\s«“„\"'(\[*_#>-]*\Z")

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.S)
#: the title's value is prose; other front matter is metadata
_TITLE = regex.compile(r"^(title:[ \t]*)(.*)$", regex.M)
_FENCE = regex.compile(
    r"^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\2[ \t]*$|\Z)", regex.S | regex.M
)
#: an inline link's or image's target with its title, between `](` and `)`: `url "title"`
LINK_TARGET = r'[^)\s]*(?:\s+"[^"]*")?'
_NOT_PROSE = regex.compile(
    r"""
      (?<=\]\()"""
    + LINK_TARGET
    + r"""(?=\))      # inline link / image target: [text](url "title")
    | ^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*             # reference definition: [ref]: url
    | <(?:https?|mailto|ftp):[^>\s]*>            # autolink
    | \b(?:https?://|www\.)[^\s)\]>]+            # bare URL
    # a bare domain or e-mail address written in the prose: mygov.az, Kaspi.kz, press@mfa.gov.az
    | (?<![\p{L}\p{N}@.\-])(?:[\w.+\-]+@)?
      (?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+
      (?-i:az|ru|com|org|net|gov|edu|info|io|kz|tr|ge|ua|uk|us|eu|int|by|uz|de|fr
      |me|tv|news|online|site|app|ai|co|am|cn|jp|ir|il)(?![\p{L}\p{N}])(?:/[^\s)\]>]*)?
    | <!--.*?-->                                 # HTML comment
    | </?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>     # HTML tag with its attributes
    | (`+)(?!`).*?(?<!`)\1(?!`)                  # code span
    """,
    regex.X | regex.S | regex.M,
)


#: a dot between a letter or digit and a lower-case letter: a domain may be there
_DOMAIN_DOT = regex.compile(r"[\p{L}\p{N}]\.[a-z]")


def _blank(text: str) -> str:
    return "".join(ch if ch == "\n" else " " for ch in text)


def inline_prose(text: str) -> str:
    """One block's prose: `text` with code spans, link targets, URLs, HTML comments and HTML tags
    (attributes included) replaced by spaces, same length. Every check and the report read
    terms, numbers, scripts and quotes through this, on the source as on the translation."""
    if "](" not in text and "`" not in text and "://" not in text and "<" not in text:
        if "www." not in text and "]:" not in text and _DOMAIN_DOT.search(text) is None:
            return text
    return _NOT_PROSE.sub(lambda m: _blank(m.group(0)), text)


def markdown_prose(text: str) -> str:
    """`text` with front matter (except the title's value), fenced code, code spans, link
    targets, URLs and HTML comments replaced by spaces; same length, same line breaks."""
    out = text
    fm = _FRONT_MATTER.match(out)
    if fm:
        block = fm.group(0)
        kept = _blank(block)
        for m in _TITLE.finditer(block):
            start, end = m.span(2)
            kept = kept[:start] + block[start:end] + kept[end:]
        out = kept + out[fm.end() :]

    def blank(m: regex.Match[str]) -> str:
        return _blank(m.group(0))

    out = _FENCE.sub(blank, out)
    return _NOT_PROSE.sub(blank, out)
