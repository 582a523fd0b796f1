"""Catalogues → TM segments, and the incremental rebuild of a project's TMs.

Every translated, non-fuzzy message (plural ones with all their forms) becomes a segment with
its origin: the article (the catalogue's slug), the line of the block in the source article
(from the `#:` reference) and the article's date (the template's POT-Creation-Date, which
`extract` sets to the article's date; else PO-Revision-Date). The neighbouring messages' source
texts are kept for in-context
(101 %) matches.

A catalogue is re-read only when its bytes changed (SHA-256 per origin, stored in the TM); its
old segments are replaced in one transaction. Catalogues that disappeared lose their segments;
segments imported from TMX or aligned are never touched by a rebuild.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from translate.catalog.language import guess_language, primary_language
from translate.catalog.po import Catalog, decode_po, parse_po
from translate.errors import Location, UserError
from translate.fileio import read_bytes
from translate.tm.store import Segment, TranslationMemory, tm_path

PO_ORIGIN = "po:"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_REF_LINE = re.compile(r":(\d+)$")


def catalogue_date(cat: Catalog) -> str | None:
    for name in ("POT-Creation-Date", "PO-Revision-Date"):
        m = _DATE.match(cat.header_value(name) or "")
        if m:
            return m.group(0)
    return None


def segments_of(cat: Catalog, article: str) -> list[Segment]:
    """The TM segments a catalogue gives (translated, not fuzzy, not obsolete)."""
    active = [m for m in cat.active if not m.is_header]
    date = catalogue_date(cat)
    out = []
    for i, m in enumerate(active):
        if m.fuzzy or not m.translated:
            continue
        line = None
        if m.references:
            hit = _REF_LINE.search(m.references[0])
            line = int(hit.group(1)) if hit else None
        out.append(
            Segment(
                source=m.msgid,
                target=m.msgstr if m.msgid_plural is None else m.msgstr_plural[0],
                context=m.msgctxt,
                prev=active[i - 1].msgid if i > 0 else None,
                next=active[i + 1].msgid if i + 1 < len(active) else None,
                article=article,
                line=line,
                date=date,
                plural=m.msgid_plural,
                forms=tuple(m.msgstr_plural) if m.msgid_plural is not None else (),
            )
        )
    return out


def _read(path: Path) -> tuple[bytes, Catalog]:
    data = read_bytes(path)
    # the PO decoding every command uses (declared charset, BOM, UTF-16, CR/CRLF)
    return data, parse_po(decode_po(data, str(path)), str(path))


def compendium(files: Sequence[Path], source_lang: str, target_lang: str) -> TranslationMemory:
    """An in-memory TM of PO catalogues, for one run: `pretranslate --tm old.po` takes a PO file
    as `msgmerge -C old.po` takes a compendium. A catalogue whose Language header names another
    language is refused (msgmerge would copy its translations without a word)."""
    tm = TranslationMemory.in_memory(source_lang, target_lang)
    try:
        for path in files:
            _, cat = _read(Path(path))
            lang = language_of(Path(path), cat)
            if lang and lang != target_lang:
                raise UserError(
                    f"this catalogue is in {lang!r}, not {target_lang!r}",
                    location=Location(str(path)),
                    hint="give a compendium of the language you pre-translate into",
                )
            tm.replace_origin(PO_ORIGIN + Path(path).name, "", segments_of(cat, Path(path).stem))
    except BaseException:
        tm.close()
        raise
    return tm


@dataclass
class BuildResult:
    path: Path
    source_lang: str
    target_lang: str
    read: int = 0
    unchanged: int = 0
    removed: int = 0
    added: int = 0
    segments: int = 0
    created: bool = False
    files: list[str] = field(default_factory=list)


def language_of(path: Path, cat: Catalog) -> str | None:
    """The catalogue's language (`guess_language`: header, `<lang>/LC_MESSAGES/`, `<lang>.po`),
    as the primary language subtag a memory is kept for."""
    lang = guess_language(path, cat)
    return primary_language(lang) if lang else None


def build(
    files: Sequence[Path],
    tm_dir: Path,
    source_lang: str,
    *,
    target_lang: str | None = None,
    root: Path | None = None,
    prune: bool = True,
) -> list[BuildResult]:
    """Bring the TM of each language pair up to date with *files* (PO catalogues).

    With *prune*, catalogues that were in a TM but are not among *files* lose their segments
    (the project-wide rebuild); explicit file lists pass `prune=False`.
    """
    parsed: dict[str, list[tuple[str, Path, bytes, Catalog]]] = {}
    for path in files:
        data, cat = _read(Path(path))
        lang = target_lang or language_of(Path(path), cat)
        if not lang:
            raise UserError(
                "cannot tell the catalogue's language",
                location=Location(str(path)),
                hint="give --lang, or set the Language header",
            )
        rel = Path(path)
        if root is not None:
            try:
                rel = Path(path).resolve().relative_to(root.resolve())
            except ValueError:
                pass
        parsed.setdefault(lang, []).append((PO_ORIGIN + rel.as_posix(), Path(path), data, cat))
    results = []
    for lang, items in sorted(parsed.items()):
        path = tm_path(tm_dir, source_lang, lang)
        created = not path.exists()
        res = BuildResult(path, source_lang, lang, created=created)
        with TranslationMemory.open(
            path, source_lang=source_lang, target_lang=lang, create=True
        ) as tm:
            known = tm.origins()
            wanted = set()
            for origin, file, data, cat in items:
                wanted.add(origin)
                digest = hashlib.sha256(data).hexdigest()
                if known.get(origin) == digest:
                    res.unchanged += 1
                    continue
                res.read += 1
                res.files.append(origin.removeprefix(PO_ORIGIN))
                res.added += tm.replace_origin(origin, digest, segments_of(cat, file.stem))
            if prune:
                for origin in known:
                    if origin.startswith(PO_ORIGIN) and origin not in wanted:
                        res.removed += tm.remove_origin(origin)
            res.segments = len(tm)
        results.append(res)
    return results
