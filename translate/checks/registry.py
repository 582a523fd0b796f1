"""The catalogue of checks: every check id, its default severity, and the family that runs it.

The families themselves are listed in `translate.checks.families`; this module holds data only,
so the family modules can read it without a cycle.

A *family* is one module that looks at a message once and may report several related ids (the
term family reports `term-missing`, `term-forbidden` and `term-misspelled` from one pass over the
term occurrences), so the registry maps ids to families rather than one function per id. Families
come in two scopes: `segment` (one message at a time, in any order, in any process) and `group`
(all messages of one article and language at once: consistency across a text needs the text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from translate.checks.finding import Severity

if TYPE_CHECKING:
    from translate.config import Config


@dataclass(frozen=True)
class CheckSpec:
    id: str
    severity: Severity
    family: str
    description: str
    #: needs the source text of the message (skipped for drafts checked without --source)
    needs_source: bool = False
    #: needs the glossary / term index
    needs_glossary: bool = False


CHECKS: dict[str, CheckSpec] = {}


def _spec(
    id: str,
    severity: Literal["error", "warning", "info"],
    family: str,
    description: str,
    *,
    source: bool = False,
    glossary: bool = False,
) -> None:
    CHECKS[id] = CheckSpec(id, Severity(severity), family, description, source, glossary)


# The one list of check ids (README and `translate check --list` are generated from it).
_spec(
    "term-missing",
    "error",
    "terms",
    "a concept of the source has no allowed rendering",
    source=True,
    glossary=True,
)
_spec(
    "term-forbidden", "error", "terms", "a deprecated or forbidden rendering is used", glossary=True
)
_spec(
    "term-misspelled", "warning", "terms", "a near miss (1-3 edits) of a term's form", glossary=True
)
_spec(
    "term-source-forbidden",
    "error",
    "source-terms",
    "the source uses a forbidden term",
    source=True,
    glossary=True,
)
_spec(
    "term-inconsistent",
    "warning",
    "consistency",
    "one concept rendered by different allowed variants",
    glossary=True,
)
_spec(
    "number-mismatch",
    "error",
    "numbers",
    "a number of the source is missing or changed",
    source=True,
)
_spec(
    "markup-mismatch",
    "error",
    "markup",
    "link targets, code spans or emphasis not kept",
    source=True,
)
_spec(
    "untranslated",
    "warning",
    "status",
    "the message has no translation, or it is in the source language or the wrong script",
)
_spec("fuzzy", "warning", "status", "the translation is marked fuzzy (needs review)")
_spec("mixed-script", "error", "script", "a word mixes Latin and Cyrillic letters")
_spec(
    "wrong-script",
    "warning",
    "script",
    "az text with Cyrillic letters; ru text with Latin words that are not names",
)
_spec("az-ascii", "warning", "az-ascii", "Azerbaijani written without its letters (ə ı ş ç ğ ö ü)")
_spec(
    "punctuation",
    "warning",
    "punctuation",
    "quotes not in the language's convention, doubled spaces, missing final stop",
)
_spec(
    "long-token",
    "warning",
    "limits",
    "a run too long to be a word: over 30 letters the source lacks (spaces lost), "
    "over 50 letters or digits (word checks skip it), or a checksum (32+ hexadecimal digits)",
)
_spec(
    "long-message",
    "warning",
    "limits",
    "a message over 100,000 characters: the other checks skip it",
)
_spec(
    "alignment",
    "error",
    "alignment",
    "a draft's blocks do not line up with the source article's blocks",
    source=True,
)


def resolve_severities(config: Config) -> dict[str, Severity | None]:
    """Default severities with `[tool.translate.severities]` applied; None means "off"."""
    out: dict[str, Severity | None] = {cid: spec.severity for cid, spec in CHECKS.items()}
    for cid, value in config.severities.items():
        if cid in out:
            out[cid] = None if value == "off" else Severity(value)
    return out
