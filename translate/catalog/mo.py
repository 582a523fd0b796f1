"""Binary MO catalogues, as glibc, GNU gettext and Python's `gettext` read them.

Keys are sorted by the UTF-8 bytes of `msgctxt\\x04msgid` (Babel sorts by (msgid, context) and
glibc's binary search then misses messages with a context). No hash table (its size field is
0): glibc falls back to binary search, and the output stays a pure function of the input. The
file is assembled from lists joined once; polib and Babel concatenate bytes in a loop, which is
slower than linear on big catalogues.
"""

from __future__ import annotations

import codecs
import struct
from collections.abc import Iterable

from translate.catalog.po import CTX_SEP, Catalog, Message, catalog_charset

MAGIC = 0x950412DE


def mo_entries(cat: Catalog) -> list[tuple[bytes, bytes]]:
    """(key, value) pairs that go into the MO: the header and every translated, non-fuzzy,
    non-obsolete message, encoded in the catalogue's charset as msgfmt does (the MO header
    names it, and gettext converts from it at run time)."""
    charset = catalog_charset(cat)
    out: list[tuple[bytes, bytes]] = []
    if cat.header is not None and cat.header.msgstr:
        # like msgfmt: the template's creation date says nothing about the translation and
        # would make MO files differ between otherwise identical builds
        header = "".join(
            ln
            for ln in cat.header.msgstr.splitlines(keepends=True)
            if not ln.startswith("POT-Creation-Date:")
        )
        out.append((b"", header.encode(charset)))
    for m in cat.messages:
        if m.obsolete or "fuzzy" in m.flags:
            continue
        if m.msgid_plural is not None:
            if not m.msgstr_plural or not all(m.msgstr_plural):
                continue
            key = m.msgid + "\0" + m.msgid_plural
            value = "\0".join(m.msgstr_plural)
        else:
            if not m.msgstr:
                continue
            key = m.msgid
            value = m.msgstr
        if m.msgctxt is not None:
            key = m.msgctxt + CTX_SEP + key
        out.append((key.encode(charset), value.encode(charset)))
    return out


def write_mo(entries: Iterable[tuple[bytes, bytes]]) -> bytes:
    """The MO file for (key, value) byte pairs; byte-for-byte reproducible."""
    items = sorted(entries)
    n = len(items)
    header_size = 28
    orig_table = header_size
    trans_table = orig_table + 8 * n
    strings_start = trans_table + 8 * n
    offsets: list[int] = []
    pool: list[bytes] = []
    pos = strings_start
    for key, _ in items:
        offsets.append(len(key))
        offsets.append(pos)
        pool.append(key)
        pool.append(b"\0")
        pos += len(key) + 1
    for _, value in items:
        offsets.append(len(value))
        offsets.append(pos)
        pool.append(value)
        pool.append(b"\0")
        pos += len(value) + 1
    head = struct.pack("<7I", MAGIC, 0, n, orig_table, trans_table, 0, strings_start)
    return b"".join([head, struct.pack(f"<{4 * n}I", *offsets), *pool])


def compile_mo(cat: Catalog) -> bytes:
    return write_mo(mo_entries(cat))


def read_mo(data: bytes) -> dict[bytes, bytes]:
    """Parse an MO file (little- or big-endian) into key → value bytes; for tests and checks."""
    magic = struct.unpack("<I", data[:4])[0]
    if magic == MAGIC:
        e = "<"
    elif struct.unpack(">I", data[:4])[0] == MAGIC:
        e = ">"
    else:
        raise ValueError("not an MO file")
    _, _, n, o, t = struct.unpack(e + "5I", data[:20])
    out: dict[bytes, bytes] = {}
    for i in range(n):
        klen, koff = struct.unpack(e + "2I", data[o + 8 * i : o + 8 * i + 8])
        vlen, voff = struct.unpack(e + "2I", data[t + 8 * i : t + 8 * i + 8])
        out[data[koff : koff + klen]] = data[voff : voff + vlen]
    return out


def message_key(m: Message) -> bytes:
    key = m.msgid if m.msgid_plural is None else m.msgid + "\0" + m.msgid_plural
    if m.msgctxt is not None:
        key = m.msgctxt + CTX_SEP + key
    return key.encode("utf-8")


def mo_charset(table: dict[bytes, bytes]) -> str:
    """The Python codec an MO file's strings are in, from its header (as gettext reads it)."""
    header = table.get(b"", b"").decode("ascii", "replace")
    _, found, rest = header.partition("charset=")
    name = rest.split("\n", 1)[0].split(";", 1)[0].strip() if found else ""
    try:
        return codecs.lookup(name).name if name and name.upper() != "CHARSET" else "utf-8"
    except LookupError:
        return "utf-8"
