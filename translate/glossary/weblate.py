"""Import of a bilingual Weblate-style CSV glossary into one language pair.

Weblate (and translate-toolkit's csv format) write a header naming the fields: `source`,
`target`, and optionally `location`, `id`, `fuzzy`, `context`, `translator_comments`,
`developer_comments`, `explanation`, `flags`. Only `source` and `target` are required; names are
matched case-insensitively and in any order; unknown columns are ignored.

Mapping: rows with the same source text and context form one concept (ids slugified from the
source, `-<context>` appended when there is one, `-2`, `-3`… on clashes: deterministic for a
given file). The first target is the preferred term, further ones admitted; a row flagged
`forbidden` gives a forbidden term instead; a `read-only` row (Weblate: "do not translate") with
an empty target keeps the source text. `developer_comments` and `explanation` become the
definition, `translator_comments` the note. Fuzzy rows are not trusted: their target is skipped
with a warning.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from translate.errors import Location, UserError, unreadable
from translate.fileio import decode_text
from translate.glossary.csv_format import LoadResult
from translate.glossary.model import Concept, Glossary, Status, Term
from translate.glossary.problems import Problem, warning
from translate.text.normalize import strip_diacritics

_TRUE = {"1", "true", "yes", "fuzzy"}


def slugify(text: str) -> str:
    """An id fragment from any text: ASCII lower case, digits and '-'."""
    return re.sub(r"[^a-z0-9]+", "-", strip_diacritics(text).lower()).strip("-")


def read_weblate_csv(path: Path, source_lang: str, target_lang: str) -> LoadResult:
    """Read a Weblate bilingual CSV glossary as concepts in (*source_lang*, *target_lang*)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    return parse_weblate_csv(data, str(path), source_lang, target_lang)


def parse_weblate_csv(data: bytes, source: str, source_lang: str, target_lang: str) -> LoadResult:
    """Parse Weblate CSV bytes; malformed files raise UserError, dubious rows are warnings."""
    if source_lang == target_lang:
        raise UserError(
            f"source and target language are both {source_lang!r}",
            hint="pass --source-lang and --target-lang, e.g. --source-lang en --target-lang az",
        )
    text = decode_text(data, source, hint="save the file as UTF-8")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise UserError(
            f"malformed CSV: {exc}",
            location=Location(source, reader.line_num),
            hint='enclose values containing commas or quotes in "…" and double inner quotes',
        ) from None
    if not rows:
        raise UserError("the file is empty", location=Location(source, 1), hint="expected a header")
    _, header = rows[0]
    names = [h.strip().lower() for h in header]
    missing = [n for n in ("source", "target") if n not in names]
    if missing:
        raise UserError(
            f"not a Weblate glossary CSV: the header has no {' or '.join(missing)} column",
            location=Location(source, 1, 1),
            hint="the first line must name the columns, at least: source,target",
        )
    col = {name: names.index(name) for name in dict.fromkeys(names)}
    problems: list[Problem] = []
    concepts: dict[tuple[str, str], Concept] = {}
    used_ids: set[str] = set()

    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise UserError(
                f"this row has {len(row)} fields, the header has {len(header)}",
                location=Location(source, line, 1),
                hint="a value containing a comma must be enclosed in double quotes",
            )

        def get(name: str, row: list[str] = row) -> str:
            return row[col[name]] if name in col else ""

        src, tgt = get("source"), get("target")
        if not src.strip():
            problems.append(
                warning(
                    Location(source, line, col["source"] + 1),
                    "row without source text skipped",
                    rule="weblate-row",
                )
            )
            continue
        context = get("context")
        flags = {f.strip() for f in re.split(r"[,\s]+", get("flags")) if f.strip()}
        key = (src, context)
        concept = concepts.get(key)
        if concept is None:
            base = slugify(src) + (f"-{slugify(context)}" if slugify(context) else "")
            base = base or "term"
            concept_id, n = base, 2
            while concept_id in used_ids:
                concept_id, n = f"{base}-{n}", n + 1
            used_ids.add(concept_id)
            concept = Concept(id=concept_id, line=line)
            concept.terms.append(Term(src, source_lang, Status.PREFERRED, line=line))
            concepts[key] = concept
        definition = get("explanation") or get("developer_comments")
        if definition and not concept.definition:
            concept.definition = definition
        note = get("translator_comments")
        if note and note not in concept.note:
            concept.note = "\n".join(filter(None, [concept.note, note]))
        if get("fuzzy").strip().lower() in _TRUE:
            problems.append(
                warning(
                    Location(source, line, 1),
                    f"fuzzy translation {tgt!r} of {src!r} skipped",
                    hint="review it in Weblate, or add it to the glossary by hand",
                    rule="weblate-fuzzy",
                )
            )
            continue
        if not tgt and "read-only" in flags:
            tgt = src
        if not tgt:
            continue
        existing = concept.terms_for(target_lang)
        if any(t.text == tgt for t in existing):
            continue
        if "forbidden" in flags:
            status = Status.FORBIDDEN
        elif any(t.status is Status.PREFERRED for t in existing):
            status = Status.ADMITTED
        else:
            status = Status.PREFERRED
        concept.terms.append(Term(tgt, target_lang, status, line=line))

    order = {s: i for i, s in enumerate(Status)}
    for concept in concepts.values():
        concept.terms.sort(key=lambda t: (t.lang != source_lang, order[t.status]))
    glossary = Glossary(
        concepts=list(concepts.values()), languages=(source_lang, target_lang), source=source
    )
    return LoadResult(glossary, problems)
