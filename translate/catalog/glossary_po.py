"""Per-language gettext glossary catalogues: `locales/<lang>/LC_MESSAGES/glossary.po` (+ `.mo`).

Each concept becomes one entry: msgctxt = concept id, msgid = the source-language preferred term,
msgstr = the target language's preferred term, and translator comments (`# `) with the note and
the admitted, deprecated and forbidden variants and the renderings of the source word's other
senses (`other senses: müavin`: "his deputy" is no legislator), so a translator's PO editor
(Poedit, Lokalize, Weblate) shows the house line next to every term.

Deterministic on purpose: entries in glossary order, fixed line wrapping, no POT-Creation-Date,
and a PO-Revision-Date that only moves when the catalogue's content does: an export whose
entries and header are unchanged keeps the date already in the file (so re-exporting changes no
byte and churns no git diff); a changed catalogue gets the current UTC minute, or
`SOURCE_DATE_EPOCH` when set (reproducible builds). `msgfmt -c` warns when the field is missing or
left at its template value, hence a real date rather than none. Plural-Forms comes
from Babel's CLDR data, because `msginit` has no entry for az.

Written through the same PO writer and MO compiler as the article catalogues
(`translate.catalog.po`, `translate.catalog.mo`), so every catalogue the project ships is wrapped
as `msgcat` wraps it and sorted as glibc needs (polib wrapped the header differently). It lives
in `catalog`, not `glossary`: a glossary does not know about gettext, a catalogue may know
about the glossary.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from translate.catalog.mo import compile_mo
from translate.catalog.plural import cldr_plural_forms
from translate.catalog.po import Catalog, Message, parse_po, same_content, write_po
from translate.errors import UserError
from translate.fileio import write_bytes_atomic
from translate.glossary.model import Glossary, Status

DOMAIN = "glossary"
PROJECT = "translate glossary"
_WRAP = 79


def _comment(
    concept_note: str, variants: dict[Status, list[str]], other_senses: tuple[str, ...] = ()
) -> list[str]:
    lines: list[str] = []
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
    if other_senses:
        lines.append("other senses: " + "; ".join(other_senses))
    return _wrap_comment(lines, "# ")


def _wrap_comment(lines: list[str], prefix: str) -> list[str]:
    """Long comment lines wrapped at the catalogue width (with their `# ` or `#. ` prefix), as
    the export has always written them: msgcat leaves comments alone, so this is ours to keep."""
    out: list[str] = []
    for line in lines:
        if len(line) + len(prefix) > _WRAP:
            out.extend(textwrap.wrap(line, _WRAP - len(prefix), break_long_words=False))
        else:
            out.append(line)
    return out


def build_catalog(
    glossary: Glossary,
    lang: str,
    source_lang: str | None = None,
    revision_date: str = "",
) -> Catalog:
    """The glossary catalogue for one target language.

    Concepts without a source-language preferred term cannot be keyed and are left out; those
    without a target term are kept untranslated (msgstr ""), so `msgfmt --statistics` shows the
    gap.
    """
    source_lang = source_lang or (glossary.languages[0] if glossary.languages else "en")
    if lang == source_lang:
        raise UserError(f"{lang!r} is the source language; glossary catalogues are per target")
    cat = Catalog()
    cat.set_header_fields(
        [
            ("Project-Id-Version", PROJECT),
            ("Report-Msgid-Bugs-To", ""),
            ("PO-Revision-Date", revision_date or _now()),
            ("Last-Translator", "translate glossary export"),
            ("Language-Team", lang),
            ("Language", lang),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("Plural-Forms", cldr_plural_forms(lang)),
        ]
    )
    assert cat.header is not None
    cat.header.comments = [
        f"{PROJECT} ({source_lang} → {lang}), generated from the glossary. Do not edit."
    ]
    for concept in glossary:
        source_term = concept.preferred(source_lang)
        if source_term is None:
            continue
        target = concept.preferred(lang)
        variants: dict[Status, list[str]] = {}
        for term in concept.terms_for(lang):
            if term.status is not Status.PREFERRED:
                variants.setdefault(term.status, []).append(term.text)
        cat.messages.append(
            Message(
                msgid=source_term.text,
                msgstr=target.text if target else "",
                msgctxt=concept.id,
                comments=_comment(concept.note, variants, concept.other_senses.get(lang, ())),
                extracted=_wrap_comment(concept.definition.splitlines(), "#. "),
            )
        )
    return cat


def _now() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), tz=UTC) if epoch.isdigit() else datetime.now(tz=UTC)
    return moment.strftime("%Y-%m-%d %H:%M+0000")


_REVISION = re.compile(r'^"PO-Revision-Date: ([^"\\]*)\\n"$', re.MULTILINE)


def render_catalog(
    glossary: Glossary, lang: str, source_lang: str | None, existing: str | None
) -> Catalog:
    """The catalogue, keeping *existing*'s revision date when nothing else changed (line
    wrapping aside: a file another writer wrapped differently gets ours, not a new date)."""
    match = _REVISION.search(existing or "")
    if match and existing is not None:
        same = build_catalog(glossary, lang, source_lang, revision_date=match.group(1))
        try:
            old = parse_po(existing)
        except UserError:
            return build_catalog(glossary, lang, source_lang)
        if same_content(old, same):
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
            existing: str | None = po_path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            existing = None  # rewritten from the glossary below
        catalog = render_catalog(glossary, lang, source_lang, existing)
        written.append((po_path, write_po(po_path, catalog, keep_wrapping=False)))
        if mo:
            mo_path = po_path.with_suffix(".mo")
            written.append((mo_path, write_bytes_atomic(mo_path, compile_mo(catalog))))
    return written
