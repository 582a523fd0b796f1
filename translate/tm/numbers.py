"""Numbers-only differences: `In 1920, …` against a TM segment `In 1918, …`.

A newsroom repeats sentences whose only change is a date, a count or an age. When the query and
a TM source differ in nothing but their numbers (same text around them, same count of numbers),
the TM target gets the query's numbers in place of the segment's, one for one, wherever the
segment's number appears in the target as written. The result is still a fuzzy suggestion: a
number can change the grammar around it (`1 год`, `2 года`), which only a translator can judge.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def numbers(text: str) -> list[str]:
    return _NUMBER.findall(text)


def mask(text: str) -> str:
    """The text with every number replaced by `#`."""
    return _NUMBER.sub("#", text)


def replace_numbers(
    query: str, source: str, target: str
) -> tuple[str, list[tuple[str, str]]] | None:
    """The target with the query's numbers, when *query* and *source* differ only in numbers.

    Returns (new target, [(old, new), …]) or None when the texts differ otherwise, or when a
    changed number of the source cannot be found in the target as written (then replacing it
    would be a guess).
    """
    if query == source or mask(query) != mask(source):
        return None
    new_numbers, old_numbers = numbers(query), numbers(source)
    changes = [(o, n) for o, n in zip(old_numbers, new_numbers, strict=True) if o != n]
    taken: list[tuple[int, int]] = []
    edits: list[tuple[int, int, str]] = []
    for old, new in changes:
        pattern = re.compile(r"(?<![\d.,])" + re.escape(old) + r"(?![\d]|[.,]\d)")
        for m in pattern.finditer(target):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append(m.span())
                edits.append((m.start(), m.end(), new))
                break
        else:
            return None
    out = target
    for start, end, new in sorted(edits, reverse=True):
        out = out[:start] + new + out[end:]
    return out, changes
