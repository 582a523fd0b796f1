"""Atomic file writes: a crash or a full disk never leaves a half-written catalogue behind.

A path that cannot be written (a read-only place, a directory in the way, a file where a folder
should be) raises `UserError` naming the path, so every command reports it the same way, with
exit code 2 and no traceback; the old file, if any, is left as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from translate.errors import unwritable


def write_bytes_atomic(path: Path, data: bytes) -> bool:
    """Write *data* to *path* via a temp file and rename; return False if nothing changed.

    Skipping identical content keeps file timestamps (and `make`-style builds) stable and makes
    "running twice changes nothing" literally true.
    """
    path = Path(path)
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except NotADirectoryError as exc:  # a file where a parent folder should be
        raise unwritable(path, exc) from exc
    except OSError as exc:
        if path.is_dir():
            raise unwritable(path, exc) from exc
        # unreadable but maybe writable (e.g. mode 0200): let the write below decide
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise unwritable(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise unwritable(path, exc) from exc
        raise
    return True


def write_text_atomic(path: Path, text: str) -> bool:
    """UTF-8, LF line endings; see `write_bytes_atomic`."""
    return write_bytes_atomic(path, text.encode("utf-8"))
