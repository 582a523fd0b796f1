"""TMX 1.4b in and out, as OmegaT, memoQ and Trados exchange translation memories.

Export writes one `<tu>` per segment with a `<tuv xml:lang>` per language and the origin as
`<prop type="x-article|x-line|x-context|x-prev|x-next">` (TMX reserves `x-` for tool-specific
properties); the date becomes the `creationdate` attribute in TMX's `YYYYMMDDThhmmssZ` form.
Characters XML 1.0 cannot carry (C0 controls but tab and newline) cannot be exported: such
segments are counted and left out, never written broken.

Import reads what other tools write: `xml:lang` (1.4) or `lang` (1.1 habits), region subtags
(`EN-US`, `ru-RU`), OmegaT's `prev`/`next` context properties, inline codes inside `<seg>`
(`<bpt>`, `<ept>`, `<ph>`, `<it>` keep their native code text, `<hi>` its content). It refuses,
before anything is written: malformed XML, entity declarations and external references (XXE),
a root other than `<tmx>`, a version other than 1.1–1.4 (OmegaT writes its project memory as
1.1), and a header without `srclang`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from translate import __version__
from translate.errors import Location, UserError, unreadable
from translate.glossary.tbx import parse_xml_safely
from translate.tm.store import Segment

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: TMX 1.4b says version="1.4"; OmegaT writes its project memory and level-1 files as 1.1,
#: whose structure 1.4 kept (only `lang` became `xml:lang`)
VERSIONS = ("1.1", "1.2", "1.3", "1.4", "1.4b")
_BAD_XML_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TMX_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})T\d{6}Z?$")
_INLINE_CODE = {"bpt", "ept", "ph", "it", "ut"}


def _tmx_date(iso: str | None) -> str | None:
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    return iso.replace("-", "") + "T000000Z"


def _text(s: str) -> str:
    return escape(s).replace("\r", "&#13;")


def write_tmx(
    segments: Iterable[Segment], source_lang: str, target_lang: str
) -> tuple[str, int, int]:
    """The TMX document, the number of units written and the number left out."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="translate" creationtoolversion="{__version__}" '
        f'segtype="paragraph" o-tmf="translate-tm" adminlang="en" '
        f'srclang={quoteattr(source_lang)} datatype="plaintext"/>',
        "  <body>",
    ]
    written = skipped = 0
    for s in segments:
        if _BAD_XML_CHAR.search(s.source + s.target + (s.context or "")):
            skipped += 1
            continue
        date = _tmx_date(s.date)
        out.append(f"    <tu creationdate={quoteattr(date)}>" if date else "    <tu>")
        for name, value in (
            ("x-article", s.article),
            ("x-line", str(s.line) if s.line else None),
            ("x-context", s.context),
            ("x-prev", s.prev),
            ("x-next", s.next),
        ):
            if value is not None and not _BAD_XML_CHAR.search(value):
                out.append(f'      <prop type="{name}">{_text(value)}</prop>')
        out.append(
            f"      <tuv xml:lang={quoteattr(source_lang)}><seg>{_text(s.source)}</seg></tuv>"
        )
        out.append(
            f"      <tuv xml:lang={quoteattr(target_lang)}><seg>{_text(s.target)}</seg></tuv>"
        )
        out.append("    </tu>")
        written += 1
    out += ["  </body>", "</tmx>", ""]
    return "\n".join(out), written, skipped


@dataclass
class TmxImport:
    """What a TMX file holds, per target language; nothing is written until it is all read."""

    source_lang: str
    segments: dict[str, list[Segment]] = field(default_factory=dict)
    skipped: int = 0


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def _seg_text(seg: ET.Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        name = _local(child.tag)
        if name in _INLINE_CODE:
            parts.append("".join(child.itertext()))
        else:  # hi, sub: their text is part of the segment
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _date(element: ET.Element) -> str | None:
    for attr in ("creationdate", "changedate"):
        m = _TMX_DATE.match(element.get(attr) or "")
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None


def parse_tmx(data: bytes, source: str, default_source_lang: str = "en") -> TmxImport:
    """Read a TMX document; every refusal is a located UserError."""
    try:
        root, positions = parse_xml_safely(data, source)
    except UserError as exc:
        if exc.hint and "TBX" in exc.hint:
            exc.hint = exc.hint.replace("TBX", "TMX")
        raise

    def loc(element: ET.Element) -> Location:
        line, col = positions.get(id(element), (0, 0))
        return Location(source, line, col)

    if _local(root.tag) != "tmx":
        raise UserError(
            f"not a TMX file: the root element is <{_local(root.tag)}>, not <tmx>",
            location=loc(root),
            hint="export a TMX 1.4 file from the tool (OmegaT, memoQ, Trados)",
        )
    version = root.get("version")
    if version not in VERSIONS:
        raise UserError(
            f'TMX version {version!r} is not supported; this reads TMX 1.4b (version="1.4")',
            location=loc(root),
            hint="export the memory as TMX 1.4 (OmegaT, memoQ and Trados all can)",
        )
    header = next((c for c in root if _local(c.tag) == "header"), None)
    if header is None:
        raise UserError(
            "the TMX file has no <header>", location=loc(root), hint="TMX 1.4 requires one"
        )
    srclang = (header.get("srclang") or "").strip()
    if not srclang:
        raise UserError(
            "the TMX <header> has no srclang attribute",
            location=loc(header),
            hint='add srclang="en" (the language the memory translates from) to <header>',
        )
    result = TmxImport(default_source_lang if srclang == "*all*" else _primary(srclang))
    body = next((c for c in root if _local(c.tag) == "body"), None)
    name = Path(source).stem
    for tu in body if body is not None else []:
        if _local(tu.tag) != "tu":
            continue
        src = _primary(tu.get("srclang") or "") or result.source_lang
        if src == "*all*":
            src = result.source_lang
        props = {
            p.get("type"): (p.text or "") for p in tu if _local(p.tag) == "prop" and p.get("type")
        }
        texts: dict[str, str] = {}
        date = _date(tu)
        for tuv in tu:
            if _local(tuv.tag) != "tuv":
                continue
            lang = _primary(tuv.get(XML_LANG) or tuv.get("lang") or "")
            seg = next((c for c in tuv if _local(c.tag) == "seg"), None)
            if lang and seg is not None:
                texts.setdefault(lang, _seg_text(seg))
                date = date or _date(tuv)
        source_text = texts.pop(src, None)
        if src != result.source_lang or not source_text or not texts:
            result.skipped += 1
            continue
        line = props.get("x-line", "")
        for lang, target in texts.items():
            if not target:
                continue
            result.segments.setdefault(lang, []).append(
                Segment(
                    source=source_text,
                    target=target,
                    context=props.get("x-context"),
                    prev=props.get("x-prev", props.get("prev")),
                    next=props.get("x-next", props.get("next")),
                    article=props.get("x-article") or Path(props.get("file", name)).stem,
                    line=int(line) if line.isdigit() else None,
                    date=date,
                )
            )
    return result


def read_tmx(path: Path, default_source_lang: str = "en") -> tuple[bytes, TmxImport]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    return data, parse_tmx(data, str(path), default_source_lang)
