"""Names that become parts of file paths: article slugs and language codes.

A slug names `<slug>.pot`, `<slug>.po` and `<slug>.html`; a language code names
`locales/<lang>/` and `build/editions/<lang>/`. Both come from files a contributor edits (front
matter, `pyproject.toml`), so they are checked as names, never trusted as paths: `../../x` or
`/abs` would otherwise make `extract`, `update` or `build` write outside the project.
`inside()` is the second line of defence, applied to every output path that is built from them.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from translate.errors import Location, UserError

#: a slug is lowercase ASCII letters, digits and hyphens (what the site uses in its URLs)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: `<slug>.pot` must fit in a file name (255 bytes on every common file system), with room to spare
MAX_SLUG = 200
#: BCP 47's shape (language, then subtags); Babel decides whether it names a known locale
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def check_slug(slug: object, location: Location | None = None) -> str:
    """*slug* if it is a valid article slug; a located `UserError` otherwise."""
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        shown = repr(slug) if len(repr(slug)) <= 80 else repr(slug)[:77] + "…"
        raise UserError(
            f"invalid slug {shown}: a slug is a name, not a path",
            location=location,
            hint="use lowercase letters a-z, digits and single hyphens, e.g. "
            "aliyev-occupation-remark",
        )
    if len(slug) > MAX_SLUG:
        raise UserError(
            f"slug is {len(slug)} characters long, more than {MAX_SLUG}",
            location=location,
            hint="it names the article's files: shorten it",
        )
    return slug


@cache
def known_language(code: str) -> bool:
    """Whether *code* is a BCP 47 tag (`az`, `ru`, `pt-BR`, `az_Latn`) that Babel's CLDR data
    knows, so plural forms and dates can be looked up for it."""
    if not _LANGUAGE_TAG.fullmatch(code):
        return False
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def check_language(code: object, location: Location | None = None, what: str = "language") -> str:
    """*code* if it is a known language tag; a located `UserError` otherwise."""
    if not isinstance(code, str) or not known_language(code):
        shown = repr(code) if len(repr(code)) <= 80 else repr(code)[:77] + "…"
        raise UserError(
            f"unknown {what} {shown}: a language is a BCP 47 tag such as az, ru or en",
            location=location,
            hint="use a language code that CLDR knows (az, ru, en, tr, pt-BR…), not a path",
        )
    return code


def inside(path: Path, base: Path) -> Path:
    """*path* if it stays under *base* once `..` is resolved; otherwise a `UserError`: an
    output path built from data never leaves its directory.

    Lexical on purpose: a symlink the user placed inside the tree (a shared catalogue, a
    `locales` folder on another disk) is theirs to make and is written through."""
    real_base = Path(os.path.normpath(os.path.abspath(base)))
    real = Path(os.path.normpath(os.path.abspath(path)))
    if real != real_base and real_base not in real.parents:
        raise UserError(
            f"refusing to write outside {base}",
            location=Location(str(path)),
            hint="slugs and language codes are names, not paths",
        )
    return path
