"""Which language a catalogue is in, from what the file itself says.

Its own module, importing nothing heavy: `check` needs it for every catalogue it reads, and must
not pay for the gettext steps' imports (MO writing, validation) to get it.
"""

from __future__ import annotations

import re
from pathlib import Path

from translate.catalog.po import Catalog

_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@[A-Za-z0-9]+)?$")


def guess_language(path: Path, cat: Catalog | None) -> str | None:
    """The catalogue's language: its `Language` header, else the `<lang>/LC_MESSAGES/` folder,
    else a file named `<lang>.po` (GNU's `po/fr.po`, `ru_RU.po`); None when nothing says (the
    merge then keeps the header). A file name counts only when CLDR knows it as a locale, so an
    article slug that merely looks like a code (`war.po`, `fed.po`) is not taken for one."""
    value = cat.header_value("Language") if cat is not None and cat.header else None
    if value and _LANG.match(value.strip()):
        return value.strip()
    parts = Path(path).parts
    if len(parts) >= 3 and parts[-2] == "LC_MESSAGES" and _LANG.match(parts[-3]):
        return parts[-3]
    stem = Path(path).stem
    return stem if _LANG.match(stem) and is_known_locale(stem) else None


def is_known_locale(code: str) -> bool:
    """Whether CLDR (Babel's locale data) has *code*: `ru_RU`, `pt-BR`, `sr@latin` alike."""
    from babel.localedata import exists  # only when a file name is all there is to go on

    return exists(code.split("@")[0].replace("-", "_"))


def primary_language(code: str) -> str:
    """`ru` of `ru_RU`, `pt-BR`, `sr@latin`: the checks and the memories are per language."""
    return code.replace("_", "-").split("-")[0].split("@")[0].lower()
