"""How findings name a file: relative to where the user stands, when it is below it."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(p: Path, root: Path) -> str:
    """The path as findings show it: relative to the current directory when it is inside it,
    else to the project *root*, else as given.

    String arithmetic on absolute paths, not `resolve()`: that costs a system call per path
    component, a third of a second for 4,000 catalogues. Not `Path.relative_to` either: on a
    path outside both bases it raises twice, and building and raising those errors was most of
    the 0.3 s `translate check ARCHIVE` spent naming 4,000 catalogues before the pool started."""
    if not p.is_absolute() and ".." not in p.parts:
        return str(p)
    absolute = os.path.normpath(p if p.is_absolute() else Path.cwd() / p)
    for base in (os.getcwd(), str(root)):
        rel = _below(absolute, base)
        if rel is not None:
            return rel
    return str(p)


def _below(path: str, base: str) -> str | None:
    """`str(Path(path).relative_to(base))` for a normalised absolute *path*, None where that
    raises; pathlib itself where strings could disagree with its rules (POSIX `//` roots,
    Windows drives and case)."""
    if os.sep != "/" or path.startswith("//") or base.startswith("//"):
        try:
            return str(Path(path).relative_to(base))
        except ValueError:
            return None
    if path == base:
        return "."
    prefix = base if base.endswith("/") else base + "/"
    if base.startswith("/") and path.startswith(prefix) and path != prefix:
        return path[len(prefix) :]
    return None
