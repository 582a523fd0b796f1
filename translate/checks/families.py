"""The check families a run executes, listed by hand.

An explicit list rather than decorators that register a module when it is imported: what runs
is readable in one place, no family depends on import order, and `registry` (ids and
severities, which the family modules read) never imports the families back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from translate.checks.az_ascii import check_az_ascii
from translate.checks.consistency import check_consistency
from translate.checks.context import CheckContext
from translate.checks.finding import Finding
from translate.checks.limits import check_limits
from translate.checks.markup import check_markup
from translate.checks.numerals import check_numbers
from translate.checks.punctuation import check_punctuation
from translate.checks.registry import CHECKS
from translate.checks.script import check_script
from translate.checks.segment import Segment
from translate.checks.source_terms import check_source_terms
from translate.checks.status import check_status
from translate.checks.terms import check_terms

#: `segment`: one message at a time, in any order, in any process; `group`: all messages of one
#: article and language at once (consistency across a text needs the text)
Scope = Literal["segment", "group"]
SegmentFn = Callable[[Segment, CheckContext], Iterable[Finding]]
GroupFn = Callable[[list[Segment], CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class Family:
    name: str
    ids: tuple[str, ...]
    scope: Scope
    fn: SegmentFn | GroupFn


def _family(name: str, scope: Scope, fn: SegmentFn | GroupFn) -> Family:
    ids = tuple(c.id for c in CHECKS.values() if c.family == name)
    if not ids:
        raise ValueError(f"no check in the registry belongs to family {name!r}")
    return Family(name, ids, scope, fn)


#: every family, in the order a message meets them
FAMILIES: tuple[Family, ...] = (
    _family("az-ascii", "group", check_az_ascii),
    _family("consistency", "group", check_consistency),
    _family("limits", "segment", check_limits),
    _family("markup", "segment", check_markup),
    _family("numbers", "segment", check_numbers),
    _family("punctuation", "segment", check_punctuation),
    _family("script", "segment", check_script),
    _family("source-terms", "segment", check_source_terms),
    _family("status", "segment", check_status),
    _family("terms", "segment", check_terms),
)
