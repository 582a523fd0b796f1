"""Reading text files one way, and atomic writes: a crash or a full disk never leaves a
half-written catalogue behind.

Every command reads its text inputs (PO catalogues, seeds and drafts, glossary CSV, config)
through `decode_text`/`read_text`, so a file means the same thing to `check` as to `update`: a
UTF-8 byte-order mark is accepted and dropped, UTF-16/UTF-32 files are recognised by theirs and
refused with the right conversion command, CRLF and old-Mac CR-only line endings become LF, and
undecodable bytes are a located `UserError` (exit 2). Before this, each reader decoded on its
own, and a CR-only catalogue was read as one comment line by some commands (0 messages, so
`update` dropped every translation) and as 12 messages by others.

Temp-file-and-rename is for regular files only. `-`, character devices (`/dev/stdout`, a
terminal, `/dev/null`), FIFOs and sockets are written straight through and never replaced (a
rename would turn `/dev/stdout` into a regular file, and reading them first to compare would block
or never end). A symlink is written through to its target, as editors and `msgmerge -U` do, so the
link stays a link and its target is the file that changes.

A path that cannot be written (a read-only place, a directory in the way, a file where a folder
should be) raises `UserError` naming the path, so every command reports it the same way, with
exit code 2 and no traceback; the old file, if any, is left as it was.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from translate.errors import Location, UserError, not_utf8, unreadable, unwritable, wide_unicode


def write_bytes_atomic(path: Path, data: bytes) -> bool:
    """Write *data* to *path* via a temp file and rename; return False if nothing changed.

    Skipping identical content keeps file timestamps (and `make`-style builds) stable and makes
    "running twice changes nothing" literally true.
    """
    if str(path) == "-":
        return _write_stream(path, data)
    path = Path(path)
    try:
        mode = os.stat(path).st_mode  # through symlinks: what would be written to
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    except OSError as exc:
        raise unwritable(path, exc) from exc
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return _write_stream(path, data)
    if path.is_symlink():
        if _is_magic_link(path):  # /dev/stdout -> /proc/self/fd/1 -> a file the shell opened
            return _write_stream(path, data)
        path = Path(os.path.realpath(path))
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


def _is_magic_link(path: Path) -> bool:
    """Links into /proc (`/dev/stdout`, `/dev/fd/N`) name an open file, not a place: replacing
    what they resolve to would cut the shell's redirection off from the output."""
    return os.path.realpath(path).startswith("/proc/") or str(path).startswith(("/dev/", "/proc/"))


def _write_stream(path: Path | str, data: bytes) -> bool:
    """Write to `-` (stdout) or a device / FIFO as a stream: no read-back, no temp file."""
    try:
        if str(path) == "-":
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return True
        with open(path, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise UserError(
            f"cannot write: {exc.strerror or exc.__class__.__name__}",
            location=Location(str(path)),
            hint="this is a stream or device, written straight through; choose a file instead",
        ) from exc
    return True


def write_text_atomic(path: Path, text: str) -> bool:
    """UTF-8, LF line endings; see `write_bytes_atomic`."""
    return write_bytes_atomic(path, text.encode("utf-8"))


# --------------------------------------------------------------------------- reading

UTF8_BOM = b"\xef\xbb\xbf"
#: longest first: the UTF-32 LE mark begins with the UTF-16 LE one
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32LE"),
    (b"\x00\x00\xfe\xff", "UTF-32BE"),
    (b"\xff\xfe", "UTF-16LE"),
    (b"\xfe\xff", "UTF-16BE"),
)


def wide_encoding(data: bytes) -> str | None:
    """ "UTF-16LE", "UTF-32BE", … when *data* starts with that encoding's byte-order mark."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    return None


def read_bytes(path: Path | str) -> bytes:
    """The file's bytes; an unreadable file is the shared located `UserError`."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc


def decode_text(
    data: bytes, display: Path | str, *, encoding: str = "utf-8", hint: str | None = None
) -> str:
    """*data* as text with LF line endings: UTF-8 BOM dropped, UTF-16/32 refused by name,
    undecodable bytes a located error (*hint* says how to convert that kind of file)."""
    wide = wide_encoding(data)
    if wide:
        raise wide_unicode(display, wide)
    if data.startswith(UTF8_BOM):
        data = data[3:]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise not_utf8(display, data, exc, hint=hint, encoding=encoding) from exc
    if "\r" in text:  # one C-level pass each; most files have no CR and skip both
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text(path: Path | str, display: str | None = None, *, hint: str | None = None) -> str:
    """Read a UTF-8 text file as every command should (see the module docstring); *display* is
    the name used in error locations (default: the path)."""
    return decode_text(read_bytes(path), display or str(path), hint=hint)
