"""Errors a user can act on.

Engines raise these instead of printing; the CLI turns them into `file:line:col: message`
plus a hint, exit code 2 and no traceback. Keeping location and hint as fields (not baked into
the message) lets tests and reports use them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where in a file a problem sits; line and column are 1-based, 0 means unknown."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        out = self.path
        if self.line:
            out += f":{self.line}"
            if self.column:
                out += f":{self.column}"
        return out


class UserError(Exception):
    """Bad input or bad usage: reported as a located message with a hint, exit code 2."""

    exit_code = 2

    def __init__(
        self, message: str, *, location: Location | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        prefix = f"{self.location}: " if self.location else ""
        text = f"{prefix}{self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


def unreadable(path: Path | str, exc: OSError) -> UserError:
    """The one wording for files we cannot open, so every command says it the same way."""
    reason = exc.strerror or exc.__class__.__name__
    return UserError(
        f"cannot read file: {reason}",
        location=Location(str(path)),
        hint="check the path and its permissions",
    )


def not_utf8(
    path: Path | str,
    data: bytes,
    exc: UnicodeDecodeError,
    hint: str | None = None,
    encoding: str = "utf-8",
) -> UserError:
    """The one wording for text files in another encoding: the line of the first bad byte, and
    how to convert (newsroom files saved on Windows are usually cp1251 or cp1254)."""
    head = data[: exc.start]
    newline = b"\n" if b"\n" in data or b"\r" not in data else b"\r"  # old Mac files: CR only
    line = head.count(newline) + 1
    name = "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding.upper()
    return UserError(
        f"not valid {name} text (byte 0x{data[exc.start]:02X})",
        location=Location(str(path), line),
        hint=hint or "convert the file to UTF-8, e.g. iconv -f cp1251 -t utf-8 FILE > FILE.utf8",
    )


def wide_unicode(path: Path | str, encoding: str) -> UserError:
    """A UTF-16 or UTF-32 file (recognised by its byte-order mark): say so, and how to convert;
    a cp1251 hint would send the user the wrong way."""
    return UserError(
        f"the file is {encoding} (it starts with a {encoding} byte-order mark), not UTF-8",
        location=Location(str(path), 1),
        hint=f"convert it to UTF-8, e.g. iconv -f {encoding} -t UTF-8 FILE > FILE.utf8",
    )


def unwritable(path: Path | str, exc: OSError) -> UserError:
    """The one wording for files we cannot write (read-only place, a directory in the way…)."""
    if isinstance(exc, IsADirectoryError) or Path(path).is_dir():
        return UserError(
            "cannot write file: it is a directory",
            location=Location(str(path)),
            hint="name a file inside it, or another path",
        )
    reason = exc.strerror or exc.__class__.__name__
    parent = Path(path).parent
    if isinstance(exc, NotADirectoryError):
        hint = "a parent of this path is a file, not a directory: choose another path"
    elif parent.is_dir():
        hint = f"{parent} does not accept new files here: choose another directory"
    else:
        hint = "choose a path in a directory you can write to"
    return UserError(f"cannot write file: {reason}", location=Location(str(path)), hint=hint)
