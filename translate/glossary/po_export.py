"""Per-language gettext glossary catalogues: `locales/<lang>/LC_MESSAGES/glossary.po` (+ `.mo`).

Each concept becomes one entry: msgctxt = concept id, msgid = the source-language preferred term,
msgstr = the target language's preferred term, and translator comments (`# `) with the note and
the admitted, deprecated and forbidden variants, so a translator's PO editor (Poedit, Lokalize,
Weblate) shows the house line next to every term.

Deterministic on purpose: entries in glossary order, fixed line wrapping, no POT-Creation-Date,
and a PO-Revision-Date that only moves when the catalogue's content does: an export whose
entries and header are unchanged keeps the date already in the file (so re-exporting changes no
byte and churns no git diff); a changed catalogue gets the current UTC minute, or
`SOURCE_DATE_EPOCH` when set (reproducible builds). `msgfmt -c` warns when the field is missing or
left at its template value, hence a real date rather than none. Plural-Forms comes
from Babel's CLDR data, because `msginit` has no entry for az. polib writes the MO: it sorts keys
by `context\\x04msgid` as glibc needs (checked by the tests with glibc's `gettext`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import polib

from translate.catalog.plural import cldr_plural_forms
from translate.errors import UserError
from translate.fileio import write_bytes_atomic, write_text_atomic
from translate.glossary.model import Glossary, Status

DOMAIN = "glossary"
PROJECT = "translate glossary"
_WRAP = 79


def _comment(concept_note: str, variants: dict[Status, list[str]]) -> str:
    lines = []
    if concept_note:
        lines += concept_note.splitlines()
    labels = {
        Status.ADMITTED: "admitted",
        Status.DEPRECATED: "deprecated",
        Status.FORBIDDEN: "forbidden",
    }
    for status, label in labels.items():
        if variants.get(status):
            lines.append(f"{label}: " + "; ".join(variants[status]))
    return "\n".join(lines)


def build_catalog(
    glossary: Glossary,
    lang: str,
    source_lang: str | None = None,
    revision_date: str = "",
) -> polib.POFile:
    """The glossary catalogue for one target language.

    Concepts without a source-language preferred term cannot be keyed and are left out; those
    without a target term are kept untranslated (msgstr ""), so `msgfmt --statistics` shows the
    gap.
    """
    source_lang = source_lang or (glossary.languages[0] if glossary.languages else "en")
    if lang == source_lang:
        raise UserError(f"{lang!r} is the source language; glossary catalogues are per target")
    po = polib.POFile(wrapwidth=_WRAP, check_for_duplicates=False)
    po.header = f"{PROJECT} ({source_lang} → {lang}), generated from the glossary. Do not edit."
    po.metadata = {
        "Project-Id-Version": PROJECT,
        "Report-Msgid-Bugs-To": "",
        "PO-Revision-Date": revision_date or _now(),
        "Last-Translator": "translate glossary export",
        "Language-Team": lang,
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": cldr_plural_forms(lang),
    }
    for concept in glossary:
        source_term = concept.preferred(source_lang)
        if source_term is None:
            continue
        target = concept.preferred(lang)
        variants: dict[Status, list[str]] = {}
        for term in concept.terms_for(lang):
            if term.status is not Status.PREFERRED:
                variants.setdefault(term.status, []).append(term.text)
        po.append(
            polib.POEntry(
                msgctxt=concept.id,
                msgid=source_term.text,
                msgstr=target.text if target else "",
                tcomment=_comment(concept.note, variants),
                comment=concept.definition,
            )
        )
    return po


def _now() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), tz=UTC) if epoch.isdigit() else datetime.now(tz=UTC)
    return moment.strftime("%Y-%m-%d %H:%M+0000")


_REVISION = re.compile(r'^"PO-Revision-Date: ([^"\\]*)\\n"$', re.MULTILINE)


def render_catalog(
    glossary: Glossary, lang: str, source_lang: str | None, existing: str | None
) -> polib.POFile:
    """The catalogue, keeping *existing*'s revision date when nothing else changed."""
    match = _REVISION.search(existing or "")
    if match:
        same = build_catalog(glossary, lang, source_lang, revision_date=match.group(1))
        if same.__unicode__() == existing:
            return same
    return build_catalog(glossary, lang, source_lang)


def catalog_path(locales_dir: Path, lang: str) -> Path:
    return Path(locales_dir) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def export_po(
    glossary: Glossary,
    locales_dir: Path,
    languages: Sequence[str],
    source_lang: str | None = None,
    *,
    mo: bool = True,
) -> list[tuple[Path, bool]]:
    """Write `<locales_dir>/<lang>/LC_MESSAGES/glossary.po` (and `.mo`) for each target language.

    Writes are atomic and skipped when the content is unchanged. Returns (path, changed) for
    every file, in order: each language's `.po`, then its `.mo`.
    """
    source_lang = source_lang or (glossary.languages[0] if glossary.languages else "en")
    written: list[tuple[Path, bool]] = []
    for lang in languages:
        if lang == source_lang:
            continue
        po_path = catalog_path(locales_dir, lang)
        try:
            existing: str | None = po_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            existing = None
        catalog = render_catalog(glossary, lang, source_lang, existing)
        written.append((po_path, write_text_atomic(po_path, catalog.__unicode__())))
        if mo:
            mo_path = po_path.with_suffix(".mo")
            written.append((mo_path, write_bytes_atomic(mo_path, catalog.to_binary())))
    return written
