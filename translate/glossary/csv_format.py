"""The canonical glossary file: strict CSV reader and deterministic writer.

The schema is documented in `glossary/README.md`: one concept per row; columns `id`, `domain`,
`pos`, `definition`, `note`, and per language `<lang>` (preferred term), `<lang>_admitted`,
`<lang>_deprecated`, `<lang>_forbidden` (variants separated by ``" | "``), `<lang>_case`
(`yes` / `no` / empty), `<lang>_inflection` (documented for `ru`) and, optionally, `<lang>_not`:
phrases that contain a term of the concept but are not the concept (`Concept.not_phrases`), and
`<lang>_other_sense`: renderings of the source word's other senses (`Concept.other_senses`).

Why a strict reader on top of the `csv` module: a spreadsheet round trip silently adds a BOM,
CRLF line endings or a Latin-1 encoding, and a stray quote swallows the rows after it. The reader
reports each of these with its line (and column where it can tell) and keeps going, so one run
shows every problem. Column numbers are computed from the parsed values: a quoted field occupies
``2 + len(value) + value.count('"')`` characters, an unquoted one ``len(value)``.

Hints apply to every term of their language: `<lang>_case` and `<lang>_inflection` are set on
each `Term` of that language when read, and written back from the union of the terms' values.
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from translate.errors import Location, UserError, unreadable, wide_unicode
from translate.fileio import wide_encoding
from translate.glossary.model import Concept, Glossary, Status, Term
from translate.glossary.problems import Problem, error, is_format, warning

#: concept-level columns, in the order the writer emits them
BASE_COLUMNS = ("id", "domain", "pos", "definition", "note")
#: concept-level columns that must be present in the header
REQUIRED_COLUMNS = ("id", "domain", "pos")
#: suffixes of per-language columns (the bare `<lang>` column holds the preferred term)
STATUS_SUFFIXES = {
    "admitted": Status.ADMITTED,
    "deprecated": Status.DEPRECATED,
    "forbidden": Status.FORBIDDEN,
}
HINT_SUFFIXES = ("case", "inflection")
#: suffix of the optional per-language column of not-phrases (variants separated by SEPARATOR)
NOT_SUFFIX = "not"
#: suffix of the optional per-language column of other-sense renderings (two words: the header
#: is split at the language code, not at the last underscore)
OTHER_SENSE_SUFFIX = "other_sense"
#: the optional list columns: suffix → the `Concept` attribute holding them
LIST_SUFFIXES = {NOT_SUFFIX: "not_phrases", OTHER_SENSE_SUFFIX: "other_senses"}
#: separator between variants in one cell; the spaces are part of it
SEPARATOR = " | "

_LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
_BOM = b"\xef\xbb\xbf"
_MAX_ENCODING_REPORTS = 20

_QUOTE_HINT = (
    'enclose a value containing a comma, quote or line break in double quotes and double every " '
    'inside it, e.g. "the so-called ""new normal"""'
)


@dataclass
class LoadResult:
    """A glossary as far as it could be read, with every problem met on the way."""

    glossary: Glossary
    problems: list[Problem] = field(default_factory=list)

    @property
    def unreadable(self) -> bool:
        """True when the file itself is malformed (exit 2), not merely failing validation."""
        return any(is_format(p) and p.is_error for p in self.problems)


@dataclass
class _Header:
    names: list[str]
    languages: list[str]
    #: column index → (lang, kind) where kind is "preferred", a status suffix or a hint suffix
    lang_columns: dict[int, tuple[str, str]]
    base: dict[str, int]

    @functools.cached_property
    def by_lang(self) -> dict[str, dict[str, int]]:
        """lang → {kind → column index}."""
        out: dict[str, dict[str, int]] = {}
        for index, (lang, kind) in self.lang_columns.items():
            out.setdefault(lang, {})[kind] = index
        return out


def read_csv(path: Path, languages: Sequence[str] | None = None) -> LoadResult:
    """Read a glossary CSV file, collecting every problem (never raises on bad content).

    Raises `UserError` only when the file cannot be opened at all. *languages* is accepted for
    symmetry with the other readers; which languages a file has is decided by its header, and
    missing configured languages are reported by `translate.glossary.validate`.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    return parse_csv(data, str(path))


def parse_csv(data: bytes, source: str = "<glossary>") -> LoadResult:
    """Parse glossary CSV bytes; `source` is the name used in problem locations."""
    problems: list[Problem] = []
    glossary = Glossary(concepts=[], languages=(), source=source)
    decoded = _decode(data, source, problems)
    if decoded is None:
        return LoadResult(glossary, problems)
    text = _line_endings(decoded, source, problems)
    rows = _records(text, source, problems)
    if not rows:
        problems.append(
            error(
                Location(source, 1, 1),
                "the file is empty: the first line must be the header",
                hint="start with: " + ",".join(header_for(("en", "az", "ru"))),
                rule="csv-header",
            )
        )
        return LoadResult(glossary, problems)
    (header_line, header_raw, header_values), *data_rows = rows
    header = _parse_header(header_values, header_line, header_raw, source, problems)
    glossary.languages = tuple(header.languages)
    seen_blank = False
    for line, raw, values in data_rows:
        if values == []:
            if not seen_blank:
                problems.append(
                    warning(
                        Location(source, line, 1),
                        "blank line",
                        hint="delete it: every line after the header is one concept",
                        rule="csv-blank-line",
                    )
                )
            seen_blank = True
            continue
        concept = _concept(header, line, raw, values, source, problems)
        if concept is not None:
            glossary.concepts.append(concept)
    return LoadResult(glossary, problems)


# --- bytes → text ---------------------------------------------------------------------------


def _decode(data: bytes, source: str, problems: list[Problem]) -> str | None:
    wide = wide_encoding(data)
    if wide:  # a UTF-16 spreadsheet export is not "cp1251": say what it is
        refused = wide_unicode(source, wide)
        problems.append(
            error(
                Location(source, 1, 1),
                refused.message,
                hint=refused.hint or "",
                rule="csv-encoding",
            )
        )
        return None
    if data.startswith(_BOM):
        problems.append(
            error(
                Location(source, 1, 1),
                "the file starts with a byte-order mark (BOM)",
                hint="save as UTF-8 without BOM (LibreOffice: Text CSV, character set "
                "\"Unicode (UTF-8)\"; or run: sed -i '1s/^\\xEF\\xBB\\xBF//' FILE)",
                rule="csv-bom",
            )
        )
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # one problem per line (its first bad byte), not one per byte: a row typed in another
    # encoding has dozens of them
    bad_by_line: dict[int, list[int]] = {}
    pos = 0
    while pos < len(data) and len(bad_by_line) <= _MAX_ENCODING_REPORTS:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad = pos + exc.start
            bad_by_line.setdefault(data.count(b"\n", 0, bad) + 1, []).append(bad)
            pos = pos + exc.end
    for line, offsets in list(bad_by_line.items())[:_MAX_ENCODING_REPORTS]:
        first = offsets[0]
        line_start = data.rfind(b"\n", 0, first) + 1
        column = len(data[line_start:first].decode("utf-8", "replace")) + 1
        shown = " ".join(f"0x{data[o]:02X}" for o in offsets[:4])
        more = f" and {len(offsets) - 4} more" if len(offsets) > 4 else ""
        problems.append(
            error(
                Location(source, line, column),
                f"invalid UTF-8: {shown}{more}",
                hint="the file is not UTF-8 (Windows-1251 or Latin-1?): re-save it as UTF-8, "
                "e.g. iconv -f WINDOWS-1251 -t UTF-8 FILE",
                rule="csv-encoding",
            )
        )
    return data.decode("utf-8", "replace")


def _line_endings(text: str, source: str, problems: list[Problem]) -> str:
    if "\r" not in text:
        return text
    lone = text.replace("\r\n", "")
    if "\r" in lone and "\n" not in lone:
        # every line ends in CR (old Mac) or CRLF: one problem, not one per column of a file
        # read as a single line
        problems.append(
            error(
                Location(source, 1, text.index("\r") + 1),
                "CR (old Mac) line endings" if "\n" not in text else "CR and CRLF line endings",
                hint="save with LF line endings (e.g. tr '\\r' '\\n' < FILE, or your "
                "editor's Unix / LF option)",
                rule="csv-line-ending",
            )
        )
        return text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    crlf = [i + 1 for i, ln in enumerate(lines) if ln.endswith("\r")]
    bare = [i + 1 for i, ln in enumerate(lines) if "\r" in ln.rstrip("\r")]
    if crlf:
        more = f" (and {len(crlf) - 1} more line(s))" if len(crlf) > 1 else ""
        first = crlf[0]
        problems.append(
            error(
                Location(source, first, len(lines[first - 1])),
                f"Windows line ending (CRLF){more}",
                hint="save with LF line endings (e.g. dos2unix FILE, or set "
                "git config core.autocrlf input)",
                rule="csv-line-ending",
            )
        )
    for number in bare[:_MAX_ENCODING_REPORTS]:
        ln = lines[number - 1]
        problems.append(
            error(
                Location(source, number, ln.index("\r") + 1),
                "stray carriage return (CR) inside a line",
                hint="delete it; lines end with LF only",
                rule="csv-line-ending",
            )
        )
    return "\n".join(ln.replace("\r", "") for ln in lines)


def _records(text: str, source: str, problems: list[Problem]) -> list[tuple[int, str, list[str]]]:
    """CSV records as (first line, raw text, values); malformed records are reported and skipped."""
    physical = text.split("\n")
    if physical and physical[-1] == "":
        physical.pop()
    lines = [ln + "\n" for ln in physical]
    reader = csv.reader(iter(lines), strict=True)
    out: list[tuple[int, str, list[str]]] = []
    start = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            end = reader.line_num
            if "field limit" in str(exc):
                problems.append(
                    error(
                        Location(source, start, 1),
                        f"a value is longer than {csv.field_size_limit():,} characters, "
                        "the limit for one cell",
                        hint="a term or note is never that long: is a closing quote missing, or "
                        "was another file pasted in?",
                        rule="csv-columns",
                    )
                )
            else:
                problems.append(_quoting_problem(str(exc), start, end, lines, source))
            start = end + 1
            continue
        end = reader.line_num
        out.append((start, "".join(lines[start - 1 : end]), values))
        start = end + 1
    return out


def _quoting_problem(message: str, start: int, end: int, lines: list[str], source: str) -> Problem:
    if "unexpected end of data" in message:
        column = lines[start - 1].find('"') + 1 if start <= len(lines) else 0
        swallowed = "the rest of the file" if end <= start else f"everything up to line {end}"
        return error(
            Location(source, start, max(column, 1)),
            f"a quoted value opened on line {start} is never closed (it swallows {swallowed})",
            hint='add the closing " (and double any " inside the value)',
            rule="csv-quoting",
        )
    line = lines[end - 1] if end <= len(lines) else ""
    match = re.search(r'"[^",\n]', line[1:])
    column = match.start() + 2 if match else 1
    hint = _QUOTE_HINT
    if end > start:
        hint = (
            f"this record starts on line {start}: a value's opening \" there is probably not "
            "closed, so the lines after it were read as part of that value"
        )
    return error(
        Location(source, end, column),
        "bad quoting: a closing quote must be followed by a comma or the end of the line",
        hint=hint,
        rule="csv-quoting",
    )


# --- header --------------------------------------------------------------------------------


def _field_positions(line: int, raw: str, values: list[str]) -> list[tuple[int, int, bool]]:
    """(line, column, quoted) of each field's first character, derived from the parsed values."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for value in values:
        quoted = pos < len(raw) and raw[pos] == '"'
        before = raw[:pos]
        nl = before.rfind("\n")
        out.append((line + before.count("\n"), pos - nl, quoted))
        pos += 2 + len(value) + value.count('"') + 1 if quoted else len(value) + 1
    return out


def _parse_header(
    values: list[str], line: int, raw: str, source: str, problems: list[Problem]
) -> _Header:
    positions = _field_positions(line, raw, values)
    header = _Header(names=values, languages=[], lang_columns={}, base={})
    bare_langs = {v for v in values if v not in BASE_COLUMNS and _LANG_CODE.match(v)}
    expected = [*BASE_COLUMNS]
    for lang in sorted(bare_langs):
        expected += [
            lang,
            *(f"{lang}_{s}" for s in (*STATUS_SUFFIXES, *HINT_SUFFIXES, *LIST_SUFFIXES)),
        ]
    seen: dict[str, int] = {}
    for index, name in enumerate(values):
        loc = Location(source, positions[index][0], positions[index][1])
        if name in seen:
            problems.append(
                error(
                    loc,
                    f"column {name!r} appears twice (first as column {seen[name] + 1})",
                    hint="delete or rename one of them",
                    rule="csv-header",
                )
            )
            continue
        seen[name] = index
        if name in BASE_COLUMNS:
            header.base[name] = index
            continue
        lang, _, suffix = name.rpartition("_")
        if name.endswith("_" + OTHER_SENSE_SUFFIX):
            lang, suffix = name.removesuffix("_" + OTHER_SENSE_SUFFIX), OTHER_SENSE_SUFFIX
        if lang and (
            suffix in STATUS_SUFFIXES or suffix in HINT_SUFFIXES or suffix in LIST_SUFFIXES
        ):
            header.lang_columns[index] = (lang, suffix)
        elif lang and lang in bare_langs:
            problems.append(
                error(
                    loc,
                    f"unknown status {suffix!r} in column {name!r}",
                    hint=f"statuses are preferred (column {lang!r}), "
                    + ", ".join(f"{s} ({lang}_{s})" for s in STATUS_SUFFIXES),
                    rule="unknown-status",
                )
            )
            continue
        elif _LANG_CODE.match(name):
            header.lang_columns[index] = (name, "preferred")
        else:
            close = difflib.get_close_matches(name.strip().lower(), expected, n=1, cutoff=0.6)
            problems.append(
                error(
                    loc,
                    f"unknown column {name!r}",
                    hint=f"did you mean {close[0]!r}?"
                    if close
                    else "see glossary/README.md for the columns",
                    rule="csv-unknown-column",
                )
            )
            continue
        lang = header.lang_columns[index][0]
        if lang not in header.languages:
            header.languages.append(lang)
    for name in REQUIRED_COLUMNS:
        if name not in header.base:
            problems.append(
                error(
                    Location(source, line, 1),
                    f"the header has no {name!r} column",
                    hint="the header must name at least: id,domain,pos and one column per language",
                    rule="csv-header",
                )
            )
    return header


# --- rows ----------------------------------------------------------------------------------


def _concept(
    header: _Header,
    line: int,
    raw: str,
    values: list[str],
    source: str,
    problems: list[Problem],
) -> Concept | None:
    positions = _field_positions(line, raw, values)
    width = len(header.names)
    if len(values) != width:
        end_line = line + raw.count("\n") - 1
        if end_line > line:
            hint = (
                f"this row runs from line {line} to line {end_line}: "
                "a value's opening \" is probably not closed"
            )
        elif len(values) > width:
            hint = 'a value containing a comma must be enclosed in double quotes ("a, b")'
        else:
            hint = "add the missing fields (empty fields still need their commas)"
        problems.append(
            error(
                Location(source, line, 1),
                f"this row has {len(values)} fields, the header has {width}",
                hint=hint,
                rule="csv-columns",
            )
        )
        return None

    for value, (ln, col, quoted) in zip(values, positions, strict=True):
        if not quoted and '"' in value:
            problems.append(
                error(
                    Location(source, ln, col + value.index('"')),
                    f"a quote inside the unquoted value {value!r}",
                    hint=_QUOTE_HINT,
                    rule="csv-quoting",
                )
            )

    def get(name: str) -> str:
        index = header.base.get(name)
        return values[index] if index is not None else ""

    concept = Concept(
        id=get("id"),
        domain=get("domain"),
        pos=get("pos"),
        definition=get("definition"),
        note=get("note"),
        line=line,
    )
    concept.positions = {
        name: (ln, col) for name, (ln, col, _) in zip(header.names, positions, strict=True)
    }

    for lang in header.languages:
        columns = header.by_lang.get(lang, {})
        case_sensitive = False
        if "case" in columns:
            idx = columns["case"]
            flag = values[idx]
            if flag == "yes":
                case_sensitive = True
            elif flag not in ("", "no"):
                problems.append(
                    error(
                        Location(source, *positions[idx][:2]),
                        f"{header.names[idx]} must be 'yes', 'no' or empty, not {flag!r}",
                        hint="'yes' makes the terms match letter case exactly (abbreviations)",
                        rule="case-value",
                    )
                )
        inflection = values[columns["inflection"]] if "inflection" in columns else ""
        for suffix, attribute in LIST_SUFFIXES.items():
            if suffix not in columns:
                continue
            idx = columns[suffix]
            phrases = tuple(
                text
                for text, _ in _variants(
                    values[idx], positions[idx], header.names[idx], suffix, source, problems
                )
            )
            if phrases:
                getattr(concept, attribute)[lang] = phrases
        for kind in ("preferred", *STATUS_SUFFIXES):
            if kind not in columns:
                continue
            idx = columns[kind]
            status = Status.PREFERRED if kind == "preferred" else STATUS_SUFFIXES[kind]
            for text, (t_line, t_col) in _variants(
                values[idx], positions[idx], header.names[idx], kind, source, problems
            ):
                concept.terms.append(
                    Term(
                        text=text,
                        lang=lang,
                        status=status,
                        case_sensitive=case_sensitive,
                        inflection=inflection or None,
                        line=t_line,
                        column=t_col,
                    )
                )
    return concept


def _variants(
    value: str,
    position: tuple[int, int, bool],
    column_name: str,
    kind: str,
    source: str,
    problems: list[Problem],
) -> list[tuple[str, tuple[int, int]]]:
    """Split one cell into its terms, each with the (line, column) where its text starts."""
    if value == "":
        return []
    line, col, quoted = position
    parts = value.split(SEPARATOR)
    out: list[tuple[str, tuple[int, int]]] = []
    offset = 0
    for part in parts:
        before = value[:offset]
        nl = before.rfind("\n")
        if nl >= 0:
            where = (line + before.count("\n"), offset - nl)
        else:
            where = (line, col + int(quoted) + offset + before.count('"'))
        loc = Location(source, *where)
        if part.strip() == "":
            problems.append(
                error(
                    loc,
                    f"empty variant in {column_name}",
                    hint=f"separate variants with {SEPARATOR!r} and leave no empty ones",
                    rule="csv-separator",
                )
            )
        elif "|" in part:
            problems.append(
                error(
                    loc,
                    f"'|' without a space on each side in {column_name}: {part!r}",
                    hint=f"separate variants with {SEPARATOR!r} (space, bar, space)",
                    rule="csv-separator",
                )
            )
            out.append((part, where))
        else:
            out.append((part, where))
        offset += len(part) + len(SEPARATOR)
    if kind == "preferred" and len(out) > 1:
        lang = column_name
        problems.append(
            error(
                Location(source, *out[1][1]),
                f"column {column_name!r} holds {len(out)} terms; it takes only the preferred one",
                hint=f"move the others to {lang}_admitted",
                rule="csv-separator",
            )
        )
        out = out[:1]
    return out


# --- writer --------------------------------------------------------------------------------


def header_for(
    languages: Sequence[str],
    inflection_langs: Sequence[str] = ("ru",),
    not_langs: Sequence[str] = (),
    other_sense_langs: Sequence[str] = (),
) -> list[str]:
    """The column order the writer uses: concept columns, then each language's set, then the
    inflection hints, the not-phrases and the other-sense renderings of the languages that have
    any."""
    names = list(BASE_COLUMNS)
    for lang in languages:
        names += [lang, *(f"{lang}_{s}" for s in STATUS_SUFFIXES), f"{lang}_case"]
    names += [f"{lang}_inflection" for lang in languages if lang in inflection_langs]
    names += [f"{lang}_{NOT_SUFFIX}" for lang in languages if lang in not_langs]
    names += [f"{lang}_{OTHER_SENSE_SUFFIX}" for lang in languages if lang in other_sense_langs]
    return names


def write_csv(glossary: Glossary) -> str:
    """Serialise *glossary* as canonical CSV text (LF, minimal quoting, fixed column order).

    Deterministic: the same model always gives the same bytes, and reading them back gives a
    model with the same content. Raises `UserError` for what the schema cannot hold (two
    preferred terms in one language, hints that differ between terms of one language).
    """
    languages = list(glossary.languages)
    for concept in glossary:
        for lang in concept.languages:
            if lang not in languages:
                languages.append(lang)
    inflection_langs = ["ru"] + [
        lang
        for lang in languages
        if lang != "ru" and any(t.inflection for c in glossary for t in c.terms_for(lang))
    ]
    not_langs = [lang for lang in languages if any(c.not_phrases.get(lang) for c in glossary)]
    sense_langs = [lang for lang in languages if any(c.other_senses.get(lang) for c in glossary)]
    names = header_for(languages, inflection_langs, not_langs, sense_langs)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(names)
    for concept in glossary:
        row = {
            "id": concept.id,
            "domain": concept.domain,
            "pos": concept.pos,
            "definition": concept.definition,
            "note": concept.note,
        }
        for lang in languages:
            terms = concept.terms_for(lang)
            preferred = [t.text for t in terms if t.status is Status.PREFERRED]
            if len(preferred) > 1:
                raise UserError(
                    f"concept {concept.id!r} has {len(preferred)} preferred {lang} terms: "
                    + ", ".join(preferred),
                    location=Location(glossary.source or "<glossary>", concept.line),
                    hint="keep one preferred term; make the others admitted",
                )
            row[lang] = preferred[0] if preferred else ""
            for suffix, status in STATUS_SUFFIXES.items():
                row[f"{lang}_{suffix}"] = SEPARATOR.join(
                    t.text for t in terms if t.status is status
                )
            row[f"{lang}_case"] = "yes" if any(t.case_sensitive for t in terms) else ""
            hints = list(dict.fromkeys(t.inflection for t in terms if t.inflection))
            if f"{lang}_inflection" in names:
                row[f"{lang}_inflection"] = "; ".join(hints)
            elif hints:  # pragma: no cover - inflection_langs covers every language with hints
                raise AssertionError(lang)
            row[f"{lang}_{NOT_SUFFIX}"] = SEPARATOR.join(concept.not_phrases.get(lang, ()))
            row[f"{lang}_{OTHER_SENSE_SUFFIX}"] = SEPARATOR.join(concept.other_senses.get(lang, ()))
        writer.writerow([row.get(name, "") for name in names])
    return buffer.getvalue()
