"""TBX (ISO 30042) export and import.

Export writes TBX-Basic in the 2019 DCA structure (`<tbx type="TBX-Basic" style="dca">`,
`conceptEntry/langSec/termSec`). Import reads that, and the 2008 structure
(`martif/text/body/termEntry/langSet/tig|ntig`) written by translate-toolkit, Okapi, OmegaT and
Weblate.

Mapping between the model and TBX data categories (standard ones wherever TBX-Basic has them):

======================  ===================================================================
model                   TBX
======================  ===================================================================
Concept.id              `conceptEntry/@id`; ids starting with a digit (`44-day-war`) get a
                        leading `_` because `@id` is an XML ID (NCName); import strips it
Concept.domain          `<descrip type="subjectField">` on the concept
Concept.definition      `<descrip type="definition">` on the concept
Concept.note            `<note>` on the concept
Concept.pos             `<termNote type="partOfSpeech">` on every term: noun→noun,
                        propn→properNoun, adj→adjective, verb→verb, adv→adverb; abbr→noun plus
                        `<termNote type="termType">abbreviation</termNote>`; other values→other,
                        plus `<note>translate:pos=VALUE</note>` on the concept (also used when
                        the concept has no terms to carry it)
Term.status             `<termNote type="administrativeStatus">`: preferred→
                        preferredTerm-admn-sts, admitted→admittedTerm-admn-sts,
                        deprecated→supersededTerm-admn-sts, forbidden→deprecatedTerm-admn-sts
Term.case_sensitive     `<note>translate:case-sensitive</note>` on the term (no data category)
Term.inflection         `<note>translate:inflection=HINT</note>` on the term (no data category)
Concept.not_phrases     `<note>translate:not=PHRASE</note>` on the language section, one per
                        phrase (no data category)
Concept.other_senses    `<note>translate:other-sense=RENDERING</note>` on the language section,
                        one per rendering (no data category: they are not terms of the concept)
======================  ===================================================================

Why deprecated↔superseded and forbidden↔deprecated: in ISO 12620 a *superseded* term is a
formerly used rendering replaced by another, which is what our `deprecated` means ("Nagorno-
Karabakh"); a *deprecated* term is one an authority evaluated and rejected, which is our
`forbidden` ("Kiev"). Tools that flag "do not use" terms (Weblate among them, which also reads
the non-standard values `forbidden` and `obsolete`) look at `deprecatedTerm-admn-sts`, so the
forbidden terms stay forbidden there. On import `standardizedTerm`, `legalTerm` and
`regulatedTerm` count as preferred, `obsolete` as deprecated, and the 2008 name
`normativeAuthorization` is read like `administrativeStatus`. The bare values of TBX 2008 files
(`deprecated`, `superseded`, `admitted`, `preferred`, as translate-toolkit writes them) mean what
their `…Term-admn-sts` forms mean; any other value stops an import with nothing written, since a
guess could turn a rejected term into an allowed one. A `descrip` keeps its type as a label in
the note ("Usage note: …", "Translation needed: Yes"). A term without a status is
preferred if it is the first of its language in the entry, admitted otherwise (what
translate-toolkit files mean).

XML is parsed with defusedxml: entity declarations and external references are refused (billion
laughs, XXE), DTDs are never fetched, nothing touches the network.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from translate.errors import Location, UserError, unreadable
from translate.glossary.csv_format import LoadResult
from translate.glossary.model import Concept, Glossary, Status, Term
from translate.glossary.problems import Problem, error, warning
from translate.text.normalize import strip_diacritics

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

STATUS_TO_TBX = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.DEPRECATED: "supersededTerm-admn-sts",
    Status.FORBIDDEN: "deprecatedTerm-admn-sts",
}
# keys: the value lowercased without `-admn-sts` (TBX-Basic), or the bare TBX 2008 / ISO 12620
# picklist values that translate-toolkit writes (`deprecated`, `admitted`, …)
_TBX_TO_STATUS = {
    "preferred": Status.PREFERRED,
    "standardized": Status.PREFERRED,
    "legal": Status.PREFERRED,
    "regulated": Status.PREFERRED,
    "admitted": Status.ADMITTED,
    "superseded": Status.DEPRECATED,
    "deprecated": Status.FORBIDDEN,
    "preferredterm": Status.PREFERRED,
    "standardizedterm": Status.PREFERRED,
    "legalterm": Status.PREFERRED,
    "regulatedterm": Status.PREFERRED,
    "admittedterm": Status.ADMITTED,
    "supersededterm": Status.DEPRECATED,
    "obsolete": Status.DEPRECATED,
    "deprecatedterm": Status.FORBIDDEN,
    "forbidden": Status.FORBIDDEN,
}
POS_TO_TBX = {
    "noun": "noun",
    "propn": "properNoun",
    "adj": "adjective",
    "verb": "verb",
    "adv": "adverb",
    "abbr": "noun",
}
_TBX_TO_POS = {v: k for k, v in POS_TO_TBX.items() if k != "abbr"}
_ABBREVIATION_TYPES = {"abbreviation", "acronym", "initialism", "shortForm"}
NOTE_CASE = "translate:case-sensitive"
NOTE_INFLECTION = "translate:inflection="
NOTE_POS = "translate:pos="
NOTE_NOT = "translate:not="
NOTE_OTHER_SENSE = "translate:other-sense="

_STATUS_RANK = {s: i for i, s in enumerate(Status)}


# --- export --------------------------------------------------------------------------------


def _xml_id(concept_id: str) -> str:
    return "_" + concept_id if concept_id[:1].isdigit() or not concept_id else concept_id


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def write_tbx(glossary: Glossary) -> str:
    """Serialise *glossary* as TBX-Basic (2019 DCA); deterministic, UTF-8, LF."""
    source_lang = glossary.languages[0] if glossary.languages else "en"
    root = ET.Element(
        "tbx", {"xmlns": TBX_NS, "type": "TBX-Basic", "style": "dca", XML_LANG: source_lang}
    )
    header = _sub(root, "tbxHeader")
    file_desc = _sub(header, "fileDesc")
    source_desc = _sub(file_desc, "sourceDesc")
    name = Path(glossary.source).name if glossary.source else "glossary"
    _sub(source_desc, "p", f"Exported by translate from {name}")
    body = _sub(_sub(root, "text"), "body")
    languages = list(glossary.languages)
    for concept in glossary:
        for lang in concept.languages:
            if lang not in languages:
                languages.append(lang)
    for concept in glossary:
        entry = _sub(body, "conceptEntry", id=_xml_id(concept.id))
        if concept.domain:
            _sub(entry, "descrip", concept.domain, type="subjectField")
        if concept.definition:
            _sub(entry, "descrip", concept.definition, type="definition")
        if concept.note:
            _sub(entry, "note", concept.note)
        if concept.pos and (concept.pos not in POS_TO_TBX or not concept.terms):
            _sub(entry, "note", NOTE_POS + concept.pos)
        for lang in languages:
            terms = concept.terms_for(lang)
            phrases = concept.not_phrases.get(lang, ())
            senses = concept.other_senses.get(lang, ())
            if not terms and not phrases and not senses:
                continue
            lang_sec = _sub(entry, "langSec", **{XML_LANG: lang})
            for phrase in phrases:
                _sub(lang_sec, "note", NOTE_NOT + phrase)
            for sense in senses:
                _sub(lang_sec, "note", NOTE_OTHER_SENSE + sense)
            for term in terms:
                term_sec = _sub(lang_sec, "termSec")
                _sub(term_sec, "term", term.text)
                if concept.pos:
                    _sub(term_sec, "termNote", POS_TO_TBX.get(concept.pos, "other"),
                         type="partOfSpeech")  # fmt: skip
                    if concept.pos == "abbr":
                        _sub(term_sec, "termNote", "abbreviation", type="termType")
                _sub(term_sec, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
                if term.case_sensitive:
                    _sub(term_sec, "note", NOTE_CASE)
                if term.inflection:
                    _sub(term_sec, "note", NOTE_INFLECTION + term.inflection)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


# --- safe parsing ----------------------------------------------------------------------------


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers where each element starts, for located messages."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.positions: dict[int, tuple[int, int]] = {}

    def start(self, tag, attrs):
        element = super().start(tag, attrs)
        expat = self.parser.parser
        self.positions[id(element)] = (expat.CurrentLineNumber, expat.CurrentColumnNumber + 1)
        return element


def parse_xml_safely(data: bytes, source: str) -> tuple[ET.Element, dict[int, tuple[int, int]]]:
    """Parse untrusted XML; refuse entity declarations and external references with UserError.

    Returns the root and element start positions (keyed by `id(element)`, 1-based line/column).
    """
    builder = _LineBuilder()
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except defusedxml.DefusedXmlException as exc:
        expat = parser.parser
        name = getattr(exc, "name", None) or ""
        system_id = getattr(exc, "sysid", None) or getattr(exc, "system_id", None)
        if system_id:
            what = f"declares the external entity {name!r} ({system_id})"
        elif name:
            what = f"declares the entity {name!r}"
        else:
            what = "uses an external reference"
        raise UserError(
            f"refusing unsafe XML: the file {what}; entity expansion and external "
            "references are disabled (billion-laughs and XXE protection)",
            location=Location(source, expat.CurrentLineNumber, expat.CurrentColumnNumber + 1),
            hint="TBX needs no entity declarations: remove the <!DOCTYPE [...]> internal subset "
            "and write the characters directly",
        ) from None
    except LookupError as exc:  # <?xml encoding="TF-8"?>: expat asks Python for the codec
        raise UserError(
            f"the XML declaration names an unknown encoding: {exc}",
            location=Location(source, 1),
            hint='declare encoding="UTF-8" (or leave the declaration out)',
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        message = re.sub(r": line \d+, column \d+$", "", str(exc))
        raise UserError(
            f"malformed XML: {message}",
            location=Location(source, line, column + 1),
            hint="the file is not well-formed XML; fix it or re-export it from its tool",
        ) from None
    return root, builder.positions


# --- import --------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _lang_of(element: ET.Element) -> str:
    return element.get(XML_LANG) or element.get("lang") or ""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_diacritics(text).lower()).strip("-")


def read_tbx(path: Path, languages: Sequence[str] | None = None) -> LoadResult:
    """Read a TBX file (2019 DCA or 2008 martif); unsafe or malformed XML raises UserError."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    return parse_tbx(data, str(path), languages)


def parse_tbx(data: bytes, source: str, languages: Sequence[str] | None = None) -> LoadResult:
    """Parse TBX bytes into a glossary; content problems are collected, not raised."""
    root, positions = parse_xml_safely(data, source)
    problems: list[Problem] = []

    def loc(element: ET.Element) -> Location:
        line, column = positions.get(id(element), (0, 0))
        return Location(source, line, column)

    kind = _local(root.tag)
    if kind not in ("tbx", "martif"):
        raise UserError(
            f"not a TBX file: the root element is <{kind}>, expected <tbx> (TBX 2019) or "
            "<martif> (TBX 2008)",
            location=loc(root),
            hint="export the termbase as TBX from its tool",
        )
    entry_tag = "conceptEntry" if kind == "tbx" else "termEntry"
    entries = [el for el in root.iter() if _local(el.tag) in ("conceptEntry", "termEntry")]
    body = next((el for el in root.iter() if _local(el.tag) == "body"), None)
    if body is None:
        raise UserError(
            "not a TBX file: no <text><body> element",
            location=loc(root),
            hint=f"TBX terms live in <text><body><{entry_tag}>…",
        )
    source_lang = _lang_of(root) or (languages[0] if languages else "en")
    glossary = Glossary(concepts=[], languages=(), source=source)
    lang_order: list[str] = [source_lang]
    glossary.concepts = [_read_entry(entry, loc, lang_order, problems) for entry in entries]
    # entries without an id (translate-toolkit writes none) get one from their source term;
    # explicit ids are kept as written, duplicates included (validation reports those)
    used_ids = {c.id for c in glossary if c.id}
    for concept in glossary:
        if not concept.id:
            concept.id = _unique_id(concept, used_ids, source_lang)
            used_ids.add(concept.id)
    if languages:
        mapped = {lang: _configured(lang, languages) for lang in lang_order}
        lang_order = list(dict.fromkeys(mapped.values()))
        for concept in glossary:
            concept.terms = [
                dataclasses.replace(t, lang=mapped.get(t.lang, t.lang)) for t in concept.terms
            ]
    present = {t.lang for c in glossary for t in c.terms}
    order = [lang for lang in (*(languages or ()), *lang_order) if lang in present]
    glossary.languages = tuple(dict.fromkeys(order))
    rank = {lang: i for i, lang in enumerate(glossary.languages)}
    for concept in glossary:
        concept.terms.sort(key=lambda t: (rank.get(t.lang, len(rank)), _STATUS_RANK[t.status]))
    return LoadResult(glossary, problems)


def _configured(tag: str, languages: Sequence[str]) -> str:
    """Map a regional tag onto a configured language: `ru-RU` → `ru`, `az-Latn-AZ` → `az`
    (tools write either). Tags that match a configured language exactly, or none, stay."""
    if tag in languages:
        return tag
    folded = tag.replace("_", "-").lower()
    for lang in languages:
        if folded == lang.lower() or folded.split("-")[0] == lang.lower():
            return lang
    return tag


def _unique_id(concept: Concept, used: set[str], source_lang: str) -> str:
    preferred = concept.preferred(source_lang) or (concept.terms[0] if concept.terms else None)
    base = (_slug(preferred.text) if preferred else "") or "concept"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _descendants(element: ET.Element, name: str) -> list[ET.Element]:
    return [el for el in element.iter() if el is not element and _local(el.tag) == name]


def _children(element: ET.Element, *names: str) -> list[ET.Element]:
    return [el for el in element if _local(el.tag) in names]


def _text(element: ET.Element) -> str:
    return "".join(element.itertext()).strip()


def _raw(element: ET.Element) -> str:
    """Text as written: our own exports keep leading/trailing spaces, so round trips are exact."""
    return "".join(element.itertext())


def _labelled(kind: str, value: str) -> str:
    """A `descrip` value with its type as a label (`usageNote` → "Usage note: …",
    "Translation needed: Yes"): without it, "Yes" means nothing in the note."""
    if not kind:
        return value
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind).strip()
    return f"{words[:1].upper() + words[1:].lower()}: {value}"


def _read_entry(
    entry: ET.Element,
    loc: Callable[[ET.Element], Location],
    lang_order: list[str],
    problems: list[Problem],
) -> Concept:
    raw_id = entry.get("id", "")
    concept = Concept(id=raw_id[1:] if raw_id.startswith("_") else raw_id)
    where = loc(entry)
    concept.line = where.line
    concept.positions["id"] = (where.line, where.column)
    notes: list[str] = []
    # concept-level data: direct children and those wrapped in descripGrp
    for element in [*_children(entry, "descrip", "note"), *(
        el for grp in _children(entry, "descripGrp") for el in _children(grp, "descrip", "note")
    )]:  # fmt: skip
        value = _raw(element)
        kind = element.get("type", "")
        if _local(element.tag) == "note" and value.startswith(NOTE_POS):
            concept.pos = value.removeprefix(NOTE_POS)
        elif _local(element.tag) == "note":
            notes.append(value)
        elif kind == "subjectField":
            concept.domain = value
        elif kind == "definition" and not concept.definition:
            concept.definition = value
        elif value:
            notes.append(_labelled(kind, value))
    pos_values: list[str] = []
    abbreviation = False
    for lang_sec in _children(entry, "langSec", "langSet"):
        lang = _lang_of(lang_sec)
        if not lang:
            problems.append(
                error(
                    loc(lang_sec),
                    "language section without xml:lang",
                    hint='add xml:lang="…" with the language code',
                    rule="tbx-structure",
                )
            )
            continue
        for prefix, held in (
            (NOTE_NOT, concept.not_phrases),
            (NOTE_OTHER_SENSE, concept.other_senses),
        ):
            phrases = tuple(
                v.removeprefix(prefix)
                for v in (_raw(n) for n in _children(lang_sec, "note"))
                if v.startswith(prefix) and v.removeprefix(prefix)
            )
            if phrases:
                held[lang] = phrases
        if lang not in lang_order:
            lang_order.append(lang)
        # a definition in a language section (TBX-Basic allows it there too)
        for descrip in _children(lang_sec, "descrip") + [
            d for g in _children(lang_sec, "descripGrp") for d in _children(g, "descrip")
        ]:
            if descrip.get("type") == "definition" and not concept.definition:
                concept.definition = _raw(descrip)
        seen_preferred = False
        for index, term_sec in enumerate(_children(lang_sec, "termSec", "tig", "ntig")):
            term_el = next(iter(_descendants(term_sec, "term")), None)
            if term_el is None or not _text(term_el):
                problems.append(
                    error(
                        loc(term_sec),
                        "term section without a term",
                        hint="add <term>…</term> or delete the section",
                        rule="tbx-structure",
                    )
                )
                continue
            text = "".join(term_el.itertext())
            status: Status | None = None
            case_sensitive = False
            inflection: str | None = None
            for note in _descendants(term_sec, "termNote"):
                kind = note.get("type", "")
                value = _text(note)
                if kind in ("administrativeStatus", "normativeAuthorization"):
                    status = _TBX_TO_STATUS.get(value.removesuffix("-admn-sts").lower())
                    if status is None:
                        # kept only so validation can list every problem; an import with
                        # this error stops before writing (a guess could allow a rejected term)
                        problems.append(
                            error(
                                loc(note),
                                f"unknown administrative status {value!r}",
                                hint="use one of: " + ", ".join(STATUS_TO_TBX.values()),
                                rule="unknown-status",
                            )
                        )
                        status = Status.ADMITTED
                elif kind == "partOfSpeech":
                    pos_values.append(value)
                elif kind == "termType" and value in _ABBREVIATION_TYPES:
                    abbreviation = True
            for note in _descendants(term_sec, "note") + [
                d for d in _descendants(term_sec, "descrip") if d.get("type") != "definition"
            ]:
                value = _text(note)
                if value == NOTE_CASE:
                    case_sensitive = True
                elif value.startswith(NOTE_INFLECTION):
                    inflection = value.removeprefix(NOTE_INFLECTION) or None
                elif value:
                    label = note.get("type", "") if _local(note.tag) == "descrip" else ""
                    notes.append(f"{lang} {text!r}: {_labelled(label, value)}")
            if status is None:
                status = Status.PREFERRED if index == 0 else Status.ADMITTED
            if status is Status.PREFERRED:
                if seen_preferred:
                    problems.append(
                        warning(
                            loc(term_el),
                            f"a second preferred {lang} term {text!r} in one entry; "
                            "imported as admitted",
                            hint="mark one term per language as preferredTerm-admn-sts",
                            rule="tbx-preferred",
                        )
                    )
                    status = Status.ADMITTED
                seen_preferred = True
            where = loc(term_el)
            concept.terms.append(
                Term(
                    text=text,
                    lang=lang,
                    status=status,
                    case_sensitive=case_sensitive,
                    inflection=inflection,
                    line=where.line,
                    column=where.column,
                )
            )
    concept.note = "\n".join(dict.fromkeys(n for n in notes if n))
    if concept.pos:  # written as a note: a value TBX has no category for, or no terms
        pass
    elif abbreviation:
        concept.pos = "abbr"
    elif pos_values:
        concept.pos = _TBX_TO_POS.get(pos_values[0], pos_values[0])
    return concept
