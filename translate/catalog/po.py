"""PO/POT catalogues: a small model, a fast reader and a gettext-compatible writer.

Why our own instead of polib or Babel (measured, see ../shared/design/gettext.md): polib wraps
differently from gettext and is slower than linear when writing MO files; Babel ignores `#|`
previous-msgid lines on reading, mangles them on writing and crashes on `nplurals=INTEGER`. The
merge and compile steps need all of `#|`, obsolete `#~` entries and translator comments kept
exactly, so this module reads and writes every part of the format and nothing else. polib stays
as the interoperability layer (`translate.catalog.interop`).

Every command reads a PO file through `read_po` (declared charset, BOM, UTF-16, CR/CRLF, via
`translate.fileio.decode_text`) and writes it through `write_po` (in the same charset), so no two
commands can disagree about what a file holds.

The reader takes an entry of the usual shape whole, with one regular expression (`_ENTRY`:
comments other than `#|` and `#~`, msgctxt, msgid, then msgstr or msgid_plural and msgstr[N],
one space after each keyword, strings without octal or hex escapes). Every other line goes
through a table of handlers, one at a time (`_Reader.keywords`: a '"' continues a string, a '#'
starts a comment, a keyword is looked up), and that line-by-line reading is the reference the
whole-entry one is tested against (tests/test_po_entries.py: the same fields, line numbers and
errors on every catalogue we have and on mutated ones). On ru-big.po (20,000 messages) reading
takes about half the CPU time it took before (README, "A fresh process"). The cyclic collector is
off while reading: a catalogue has no reference cycles to find.
"""

from __future__ import annotations

import codecs
import gc
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from translate.errors import Location, UserError
from translate.fileio import UTF8_BOM, decode_text, read_bytes, write_bytes_atomic

CTX_SEP = "\x04"


@dataclass
class Message:
    """One PO entry. A plural message has `msgid_plural` and `msgstr_plural` (one string per
    form); a singular one uses `msgstr`."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: list[str] = field(default_factory=list)
    #: `# ` lines (translators'), without the leading `# `
    comments: list[str] = field(default_factory=list)
    #: `#.` lines (extracted, for translators), without the leading `#. `
    extracted: list[str] = field(default_factory=list)
    #: `#:` references, one string per `file:line`
    references: list[str] = field(default_factory=list)
    #: `#,` flags, in file order (`fuzzy`, `no-wrap`, `c-format`, …)
    flags: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    #: 1-based line of the `msgid` keyword in the file read (0 for new messages)
    line: int = 0
    #: 1-based line of `msgstr` (or `msgstr[0]`): where a translator's editor should jump
    msgstr_line: int = 0

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @fuzzy.setter
    def fuzzy(self, value: bool) -> None:
        if value and "fuzzy" not in self.flags:
            self.flags.insert(0, "fuzzy")
        elif not value and "fuzzy" in self.flags:
            self.flags.remove("fuzzy")

    @property
    def translated(self) -> bool:
        """Every form has a non-empty translation (gettext's notion; fuzziness aside)."""
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural)
        return self.msgstr != ""

    @property
    def has_translation(self) -> bool:
        """Some translation text exists (what "never lose a translation" protects)."""
        if self.msgid_plural is not None:
            return any(self.msgstr_plural)
        return self.msgstr != ""

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None


#: what identifies a message in a catalogue: (msgctxt, msgid)
Key = tuple[str | None, str]


@dataclass
class Catalog:
    """Header + messages in file order (obsolete entries included, flagged).

    Also a read-only mapping of the active messages by key, as Babel's `Catalog` is: `key in
    cat`, `cat[key]`, `cat.get(key)`, `len(cat)` and iteration (messages in file order, like
    Babel's, not keys). A key is `(msgctxt, msgid)`, or a bare msgid for a message without a
    context. `messages` stays the list to edit; the index follows it as long as entries are
    added or removed through it (a message whose msgid is changed in place needs
    `reindex()`).

    >>> cat = parse_po('msgctxt "baku"\\nmsgid "Baku"\\nmsgstr "Bakı"\\n\\nmsgid "a"\\nmsgstr ""')
    >>> ("baku", "Baku") in cat, "a" in cat, "Baku" in cat, len(cat)
    (True, True, False, 2)
    >>> cat.get(("baku", "Baku")).msgstr
    'Bakı'
    >>> [m.msgid for m in cat]
    ['Baku', 'a']
    """

    messages: list[Message] = field(default_factory=list)
    header: Message | None = None
    path: str = ""
    _index: dict[Key, Message] | None = field(default=None, init=False, repr=False, compare=False)
    _obsolete_index: dict[Key, Message] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _indexed: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)

    # -- mapping of the active messages

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]

    def __getitem__(self, key: Key | str) -> Message:
        m = self.get(key)
        if m is None:
            raise KeyError(key)
        return m

    def __iter__(self) -> Iterator[Message]:
        return (m for m in self.messages if not m.obsolete)

    def __len__(self) -> int:
        return sum(1 for m in self.messages if not m.obsolete)

    def __bool__(self) -> bool:
        # a catalogue is a value, not an empty container: `cat or default` keeps an empty one
        return True

    def get(
        self, key: Key | str, default: Message | None = None, *, obsolete: bool = False
    ) -> Message | None:
        """The active message with *key* (the first obsolete one with *obsolete*), or
        *default*."""
        if isinstance(key, str):
            key = (None, key)
        if self._indexed != (id(self.messages), len(self.messages)):
            self.reindex()
        m = self._lookup(key, obsolete)
        if m is not None and m.key != key:  # its msgid was edited in place since: look again
            self.reindex()
            m = self._lookup(key, obsolete)
        return default if m is None else m

    def _lookup(self, key: Key, obsolete: bool) -> Message | None:
        index = self._obsolete_index if obsolete else self._index
        return index.get(key) if index is not None else None

    def keys(self) -> list[Key]:
        return [m.key for m in self]

    def reindex(self) -> None:
        """Rebuild the key index (after changing a message's msgctxt or msgid in place)."""
        active: dict[Key, Message] = {}
        old: dict[Key, Message] = {}
        for m in self.messages:
            (old if m.obsolete else active).setdefault(m.key, m)
        self._index, self._obsolete_index = active, old
        self._indexed = (id(self.messages), len(self.messages))

    @property
    def active(self) -> list[Message]:
        return [m for m in self.messages if not m.obsolete]

    @property
    def obsolete(self) -> list[Message]:
        return [m for m in self.messages if m.obsolete]

    def header_fields(self) -> list[tuple[str, str]]:
        return parse_header(self.header.msgstr if self.header else "")

    def header_value(self, name: str) -> str | None:
        for k, v in self.header_fields():
            if k.lower() == name.lower():
                return v
        return None

    def set_header_fields(self, fields: list[tuple[str, str]]) -> None:
        text = "".join(f"{k}: {v}\n" for k, v in fields)
        if self.header is None:
            self.header = Message("", text)
        else:
            self.header.msgstr = text


def parse_header(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            out.append((k.strip(), v.strip()))
    return out


# --------------------------------------------------------------------------- reading

_UNESCAPE = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "\\": "\\",
    '"': '"',
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "'": "'",
    "?": "?",
}


def _unescape(s: str, path: str, lineno: int) -> str:
    if "\\" not in s:
        return s
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("\\", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        if j + 1 >= n:
            raise UserError(
                "string ends with a lone backslash",
                location=Location(path, lineno),
                hint=r"write \\",
            )
        c = s[j + 1]
        if c in _UNESCAPE:
            out.append(_UNESCAPE[c])
            i = j + 2
        elif c in "01234567":
            k = j + 1
            while k < n and k < j + 4 and s[k] in "01234567":
                k += 1
            out.append(chr(int(s[j + 1 : k], 8)))
            i = k
        elif c == "x":
            k = j + 2
            while k < n and s[k] in "0123456789abcdefABCDEF":
                k += 1
            if k == j + 2:
                raise UserError("bad \\x escape", location=Location(path, lineno))
            out.append(_code_point(s[j:k], int(s[j + 2 : k], 16), path, lineno))
            i = k
        else:
            raise UserError(
                f"invalid escape sequence \\{c}",
                location=Location(path, lineno),
                hint=r"a literal backslash is written \\",
            )
    return "".join(out)


def _code_point(escape: str, value: int, path: str, lineno: int) -> str:
    """The character an escape names; beyond U+10FFFF or a UTF-16 surrogate half (which no
    file or MO can hold: it fails later as UnicodeEncodeError) is a located error now."""
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        what = "a surrogate half" if value <= 0xDFFF else "beyond U+10FFFF"
        raise UserError(
            f"escape {escape[:12]} is not a character ({what})",
            location=Location(path, lineno),
            hint="write the character itself (the file is UTF-8), or a valid \\xHH escape",
        )
    return chr(value)


def _quoted(rest: str, path: str, lineno: int) -> str:
    if rest[:1] == '"' and rest[-1:] == '"' and rest.count('"') == 2 and "\\" not in rest:
        return rest[1:-1]  # most strings: nothing to strip, check or unescape
    rest = rest.strip()
    if len(rest) < 2 or rest[0] != '"' or rest[-1] != '"':
        raise UserError(
            "expected a quoted string",
            location=Location(path, lineno),
            hint='PO strings are written "like this", one per line',
        )
    body = rest[1:-1]
    if '"' in body.replace("\\\\", "").replace('\\"', ""):
        # msgfmt: a quote ends the string, and what follows it is a syntax error
        raise UserError(
            "unescaped quote inside a string",
            location=Location(path, lineno),
            hint='write a quote inside a string as \\"',
        )
    return _unescape(body, path, lineno)


#: one quoted string on one line, as `_quoted` accepts it without stripping anything: no
#: unescaped quote, no lone backslash at its end. Possessive (`*+`) throughout: what follows each
#: repeat can never start inside it, so giving back would never find another match, and not
#: keeping the positions to go back to makes the whole-file scan a sixth faster.
_STRING = r'"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"'
#: a keyword's string and its continuation lines
_STRINGS = rf"{_STRING}(?:\n{_STRING})*+"
#: the usual shape of an entry: blank lines, comments other than `#|` and `#~`, an optional
#: msgctxt, msgid, then msgstr or msgid_plural and msgstr[N]; one space after each keyword
_ENTRY = re.compile(
    rf"""(?P<blank>\n*+)
    (?P<comments>(?:\#(?![~|])[^\n]*+\n)*+)
    (?:msgctxt\ (?P<msgctxt>{_STRINGS})\n)?
    msgid\ (?:"(?P<msgid_plain>[^"\\\n]*+)"|(?P<msgid>{_STRINGS}))\n
    (?:
        msgid_plural\ (?P<msgid_plural>{_STRINGS})\n
        (?P<plurals>(?:msgstr\[[0-9]+\]\ {_STRINGS}\n)++)
      | msgstr\ (?:"(?P<msgstr_plain>[^"\\\n]*+)"\n(?!")|(?P<msgstr>{_STRINGS})\n)
    )""",
    re.VERBOSE,
)
_PLURAL_FORM = re.compile(rf"msgstr\[([0-9]+)\] ({_STRINGS})\n")
#: an escape `_unescape` decodes to one character by the table (not octal, hex or an error)
_NOT_SIMPLE = re.compile(r"""\\[^ntr\\"abfv'?]""")
_ESCAPE = re.compile(r"\\(.)")


def _simple_escape(m: re.Match[str]) -> str:
    return _UNESCAPE[m.group(1)]


def _entry_string(strings: str) -> str | None:
    """The text of a keyword's strings matched by `_STRINGS`; None when an escape is not one
    of the table's (the lines are then read one by one, and `_unescape` decodes or locates
    it per line)."""
    s = strings[1:-1]
    if '"' in s:  # several lines; every line is "…" with no unescaped quote inside
        s = s.replace('"\n"', "")
    if "\\" not in s:
        return s
    if _NOT_SIMPLE.search(s):
        return None
    # one-character escapes never span a line break, so decoding the joined text is decoding
    # each line
    if "\\\\" in s:
        return _ESCAPE.sub(_simple_escape, s)
    # no escaped backslash: every backslash starts its own escape, and no replacement makes one
    s = s.replace("\\n", "\n").replace('\\"', '"').replace("\\t", "\t")
    return _ESCAPE.sub(_simple_escape, s) if "\\" in s else s


class _Reader:
    """The state of one parse: the entry being read, the field its continuation strings extend,
    and the comment lines waiting for the next entry.

    One method per kind of line, and `entry` for a whole entry of the usual shape. `keywords()`
    maps each PO keyword to its method, so adding a keyword is one entry in that table, as in
    polib's transition table; the per-line loop in `_read` only looks at the first character
    ('"' continues a string, '#' starts a comment) and otherwise looks the keyword up.
    """

    __slots__ = (
        "cat",
        "comments",
        "cur",
        "extracted",
        "flags",
        "path",
        "prev",
        "prev_target",
        "refs",
        "seen_msgstr",
        "table",
        "target",
    )

    def __init__(self, path: str) -> None:
        self.path = path
        self.cat = Catalog(path=path)
        self.cur: Message | None = None
        #: the field continuation strings append to ("msgid", "msgstr_plural", …); "" for none
        self.target = ""
        self.seen_msgstr = False
        # comment parts read since the last entry, handed to the next one
        self.comments: list[str] = []
        self.extracted: list[str] = []
        self.refs: list[str] = []
        self.flags: list[str] = []
        self.prev: dict[str, str] = {}
        self.prev_target = ""
        self.table: dict[str, Callable[[str, int, bool], None]] = {}

    def keywords(self) -> dict[str, Callable[[str, int, bool], None]]:
        table: dict[str, Callable[[str, int, bool], None]] = {
            "msgctxt": self.msgctxt,
            "msgid": self.msgid,
            "msgid_plural": self.msgid_plural,
            "msgstr": self.msgstr,
        }
        for i in range(6):  # the usual plural forms skip the slower general case in `other`
            table[f"msgstr[{i}]"] = partial(self.msgstr_n, i)
        self.table = table
        return table

    # -- entries

    def error(self, message: str, lineno: int, hint: str | None = None) -> UserError:
        return UserError(message, location=Location(self.path, lineno), hint=hint)

    def start(self, lineno: int, obsolete: bool) -> Message:
        prev = self.prev
        m = Message(
            "",
            comments=self.comments,
            extracted=self.extracted,
            references=self.refs,
            flags=self.flags,
            previous_msgctxt=prev.get("msgctxt"),
            previous_msgid=prev.get("msgid"),
            previous_msgid_plural=prev.get("msgid_plural"),
            obsolete=obsolete,
            line=lineno,
        )
        self.comments, self.extracted, self.refs, self.flags, self.prev = [], [], [], [], {}
        self.cur = m
        return m

    def finish(self) -> None:
        cur = self.cur
        if cur is None:
            return
        if not self.seen_msgstr:
            raise self.error("entry has no msgstr", cur.line, hint='add msgstr ""')
        if cur.msgid == "" and cur.msgctxt is None and not cur.obsolete:
            if self.cat.header is not None:
                raise self.error("duplicate header entry", cur.line)
            self.cat.header = cur
        else:
            self.cat.messages.append(cur)
        self.cur = None
        self.seen_msgstr = False
        self.target = ""

    def end(self) -> Catalog:
        self.finish()
        # the table's bound methods refer back to the reader, and the reader to the catalogue:
        # without this, a catalogue its caller dropped waits for the cyclic collector
        self.table = {}
        _check_duplicates(self.cat)
        return self.cat

    def entry(self, m: re.Match[str], lineno: int) -> int:
        """A whole entry of the usual shape (`_ENTRY`) whose first line is *lineno*, read at
        once: what its lines one by one would give. Returns the number of the line after it, or
        0, having changed nothing, when it needs its lines one by one (octal or hex escapes,
        plural forms out of order). A one-line string without escapes (most of them) comes
        from the pattern as it is (`*_plain`)."""
        blank, comments, ctxt, msgid, msgid_lines, plural, plurals, msgstr, msgstr_lines = (
            m.groups()
        )
        line = lineno + len(blank)
        if comments:
            line += comments.count("\n")
        msgctxt = None
        if ctxt is not None:
            msgctxt = _entry_string(ctxt)
            if msgctxt is None:
                return 0
            line += ctxt.count("\n") + 1
        msgstr_line = line + 1
        if msgid is None:
            msgid = _entry_string(msgid_lines)
            if msgid is None:
                return 0
            msgstr_line += msgid_lines.count("\n")
        msgid_plural = None
        forms: list[str] = []
        if msgstr is not None:
            after = msgstr_line + 1
        elif msgstr_lines is not None:
            msgstr = _entry_string(msgstr_lines)
            if msgstr is None:
                return 0
            after = msgstr_line + msgstr_lines.count("\n") + 1
        else:
            msgstr = ""
            msgid_plural = _entry_string(plural)
            if msgid_plural is None:
                return 0
            for i, form in enumerate(_PLURAL_FORM.finditer(plurals)):
                text = _entry_string(form.group(2))
                if text is None or int(form.group(1)) != i:
                    return 0
                forms.append(text)
            msgstr_line += plural.count("\n") + 1
            after = msgstr_line + plurals.count("\n")
        cur = self.cur
        if cur is not None:  # read, with its msgstr (the caller's condition)
            if cur.msgid or cur.msgctxt is not None:
                self.cat.messages.append(cur)
            else:
                self.finish()  # the header
        if comments:
            part = self.comment_part
            for text in comments[:-1].split("\n"):
                part(text)
        prev = self.prev
        previous_msgctxt = previous_msgid = previous_msgid_plural = None
        if prev:
            previous_msgctxt = prev.get("msgctxt")
            previous_msgid = prev.get("msgid")
            previous_msgid_plural = prev.get("msgid_plural")
            self.prev = {}
        self.cur = Message(
            msgid,
            msgstr,
            msgctxt,
            msgid_plural,
            forms,
            self.comments,
            self.extracted,
            self.refs,
            self.flags,
            previous_msgctxt,
            previous_msgid,
            previous_msgid_plural,
            False,
            line,
            msgstr_line,
        )  # by position: twice as fast as by keyword, for every message of a file
        self.comments, self.extracted, self.refs, self.flags = [], [], [], []
        self.target = "msgstr" if plural is None else "msgstr_plural"
        self.seen_msgstr = True
        return after

    # -- keywords: (the text after the keyword, line number, inside a `#~` obsolete entry)

    def msgctxt(self, rest: str, lineno: int, obsolete: bool) -> None:
        self.finish()
        self.start(lineno, obsolete).msgctxt = _quoted(rest, self.path, lineno)
        self.target = "msgctxt"

    def msgid(self, rest: str, lineno: int, obsolete: bool) -> None:
        cur = self.cur
        if cur is None:
            cur = self.start(lineno, obsolete)
        elif self.seen_msgstr or self.target != "msgctxt":
            self.finish()
            cur = self.start(lineno, obsolete)
        cur.line = lineno
        cur.msgid = _quoted(rest, self.path, lineno)
        self.target = "msgid"

    def msgid_plural(self, rest: str, lineno: int, obsolete: bool) -> None:
        if self.cur is None or self.target != "msgid":
            raise self.error("msgid_plural without msgid", lineno)
        self.cur.msgid_plural = _quoted(rest, self.path, lineno)
        self.target = "msgid_plural"

    def msgstr(self, rest: str, lineno: int, obsolete: bool) -> None:
        cur = self.cur
        if cur is None or self.target not in ("msgid", "msgctxt") or cur.msgid_plural is not None:
            plural = cur is not None and cur.msgid_plural is not None
            raise self.error(
                "msgstr without msgid" if cur is None else "misplaced msgstr",
                lineno,
                hint="a plural message takes msgstr[0], msgstr[1], …" if plural else None,
            )
        cur.msgstr = _quoted(rest, self.path, lineno)
        cur.msgstr_line = lineno
        self.target = "msgstr"
        self.seen_msgstr = True

    def msgstr_n(self, index: int, rest: str, lineno: int, obsolete: bool) -> None:
        cur = self.cur
        if cur is None or cur.msgid_plural is None:
            raise self.error("msgstr[N] in a message without msgid_plural", lineno)
        if index != len(cur.msgstr_plural):
            raise self.error(
                f"expected msgstr[{len(cur.msgstr_plural)}], found msgstr[{index}]", lineno
            )
        cur.msgstr_plural.append(_quoted(rest, self.path, lineno))
        if not index:
            cur.msgstr_line = lineno
        self.target = "msgstr_plural"
        self.seen_msgstr = True

    # -- other kinds of line

    def string(self, line: str, lineno: int) -> None:
        """A continuation string: it extends the field the last keyword started."""
        cur = self.cur
        target = self.target
        if cur is None or not target:
            raise self.error("string without a keyword", lineno)
        s = _quoted(line, self.path, lineno)
        if target == "msgstr_plural":
            cur.msgstr_plural[-1] += s
        else:
            setattr(cur, target, getattr(cur, target) + s)

    def comment(self, line: str, lineno: int) -> None:
        if line[1:2] == "~":  # obsolete entry: `#~ msgid …`, `#~ "…"`, `#~| msgid …`
            body = line[2:].lstrip(" \t")
            if not body:
                return
            if body[0] == '"':
                self.string(body, lineno)
            elif body[0] == "|":
                self.previous(body[1:], lineno)
            elif body[:2] == "#|":  # what this project wrote before it followed GNU
                self.previous(body[2:], lineno)
            else:
                self.other(body, lineno, True)
            return
        kind = line[1:2]
        if kind == "|":
            self.previous(line[2:], lineno)
            return
        if self.seen_msgstr:
            self.finish()
        self.comment_part(line)

    def comment_part(self, line: str) -> None:
        """A comment line other than `#|` and `#~`: its part for the next entry."""
        kind = line[1:2]
        if kind == ".":
            self.extracted.append(line[3:] if line[2:3] == " " else line[2:])
        elif kind == ":":
            self.refs.extend(line[2:].split())
        elif kind == ",":
            self.flags.extend(f.strip() for f in line[2:].split(",") if f.strip())
        else:
            self.comments.append(line[2:] if kind == " " else line[1:])

    def previous(self, body: str, lineno: int) -> None:
        """A `#|` line: the msgctxt, msgid or msgid_plural the translation was made for."""
        body = body.strip()
        if body.startswith('"'):
            if self.prev_target not in self.prev:
                raise self.error("stray #| string", lineno)
            self.prev[self.prev_target] += _quoted(body, self.path, lineno)
            return
        if self.seen_msgstr:
            self.finish()
        kw, _, rest = body.partition(" ")
        if "\t" in kw:
            kw, rest = _split_keyword(body)
        if kw not in ("msgctxt", "msgid", "msgid_plural"):
            raise self.error(f"unknown #| keyword {kw!r}", lineno)
        self.prev[kw] = _quoted(rest, self.path, lineno)
        self.prev_target = kw

    def other(self, line: str, lineno: int, obsolete: bool) -> None:
        """What the fast dispatch did not recognise: indentation, tabs after a keyword,
        msgstr[N] beyond the usual forms, the `domain` directive, or a syntax error."""
        stripped = line.strip()
        if not stripped:
            return
        if stripped[0] == '"':
            self.string(stripped, lineno)
            return
        if stripped[0] == "#" and not obsolete:
            self.comment(stripped, lineno)
            return
        kw, rest = _split_keyword(stripped)
        handler = self.table.get(kw)
        if handler is not None:
            handler(rest, lineno, obsolete)
        elif kw.startswith("msgstr[") and kw.endswith("]") and kw[7:-1].isdigit():
            self.msgstr_n(int(kw[7:-1]), rest, lineno, obsolete)
        elif kw == "domain":
            raise self.error(
                "the `domain` directive is not supported",
                lineno,
                hint="keep one domain per PO file: move the messages after it to their own file "
                "(the file name is the domain)",
            )
        else:
            raise self.error(
                f"unexpected text: {stripped[:40]!r}",
                lineno,
                hint="expected a comment (#), a keyword (msgctxt, msgid, msgstr) or a string",
            )


def _split_keyword(line: str) -> tuple[str, str]:
    """Keyword and the rest, separated by any run of blanks (GNU accepts tabs there)."""
    parts = line.split(None, 1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def parse_po(text: str, path: str = "<string>") -> Catalog:
    """Parse PO text. Syntax errors raise UserError at the offending line."""
    return _parse(text, path)


def _parse(text: str, path: str, entries: bool = True) -> Catalog:
    """`parse_po`; *entries* False reads every line through the handler table (the reference
    the whole-entry reading is tested against)."""
    if "\r" in text:  # CRLF and old-Mac CR-only text, for callers that did not use read_po
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"  # an empty last line is skipped: the same lines, and every one ends
    # Reading makes only acyclic objects (messages, their strings and lists): with the
    # collector on, its passes walk the growing catalogue again and again for nothing, a third
    # of the time of reading 20,000 messages.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read(text, path, entries)
    finally:
        if enabled:
            gc.enable()


def _read(text: str, path: str, entries: bool) -> Catalog:
    reader = _Reader(path)
    keywords = reader.keywords()
    string, comment, other, entry = reader.string, reader.comment, reader.other, reader.entry
    match = _ENTRY.match
    find = text.find
    pos, lineno, size = 0, 1, len(text)
    # Whole entries are tried where a fresh entry can start; after one that did not match at a
    # comment or a blank line, not again before the next keyword or string line, so that no
    # line is scanned more than a few times (a long run of comments before a bad line).
    whole = entries
    while pos < size:
        if whole and (reader.cur is None or reader.seen_msgstr):
            m = match(text, pos)
            if m is not None:
                after = entry(m, lineno)
                if after:
                    lineno = after
                    pos = m.end()
                    continue
            whole = entries and text[pos] not in "#\n"
        nl = find("\n", pos)
        line = text[pos:nl]
        pos = nl + 1
        if line:
            first = line[0]
            if first == '"':
                string(line, lineno)
            elif first == "#":
                comment(line, lineno)
            else:
                kw, _, rest = line.partition(" ")
                handler = keywords.get(kw)
                if handler is None:
                    other(line, lineno, False)
                else:
                    handler(rest, lineno, False)
            if first != "#":
                whole = entries
        lineno += 1
    return reader.end()


def _check_duplicates(cat: Catalog) -> None:
    keys = [(m.msgctxt, m.msgid) for m in cat.messages if not m.obsolete]
    if len(set(keys)) == len(keys):
        return
    seen: dict[tuple[str | None, str], int] = {}
    for m in cat.messages:
        if m.obsolete:
            continue
        if m.key in seen:
            raise UserError(
                "duplicate message definition",
                location=Location(cat.path, m.line),
                hint=f"first defined at line {seen[m.key]}",
            )
        seen[m.key] = m.line


def read_po(path: Path | str, display: str | None = None) -> Catalog:
    """Read a PO/POT file the way every command does: in the charset its header declares
    (`charset=CHARSET`, a template's placeholder, means UTF-8), any line endings, a UTF-8 BOM
    dropped, UTF-16 refused by name. *display* is the name used in error locations."""
    display = display or str(path)
    return parse_po(decode_po(read_bytes(path), display), display)


def decode_po(data: bytes, display: str = "<string>") -> str:
    """PO bytes as text, decoded with the charset the header declares (see `read_po`)."""
    encoding = "utf-8"
    if not data.startswith(UTF8_BOM):
        encoding = _declared_charset(data, display) or "utf-8"
    return decode_text(data, display, encoding=encoding, hint=_CONVERT_HINT)


_CONVERT_HINT = (
    "declare the file's real charset in its header (e.g. charset=CP1251), or convert it: "
    "iconv -f cp1251 -t utf-8 FILE > FILE.utf8"
)


def _declared_charset(data: bytes, display: str) -> str | None:
    """The Python codec for the header's `charset=`; None for UTF-8, a template's CHARSET or
    no declaration. An unknown charset is a located error, as with msgfmt."""
    at = data.find(b'"Content-Type:')
    if at < 0:
        return None
    end = data.find(b"\n", at)
    line = data[at : end if end >= 0 else len(data)]
    i = line.find(b"charset=")
    if i < 0:
        return None
    name = line[i + 8 :].split(b"\\", 1)[0].split(b'"', 1)[0].split(b";", 1)[0].strip()
    text = name.decode("ascii", "replace")
    if not text or text.upper() == "CHARSET":
        return None
    try:
        codec = codecs.lookup(text).name
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        lines = data[:at].count(b"\n") + 1
        raise UserError(
            f"unknown charset {text!r} in the Content-Type header",
            location=Location(display, lines),
            hint="declare charset=UTF-8 and save the file as UTF-8",
        ) from None
    return None if codec == "utf-8" else codec


# --------------------------------------------------------------------------- writing


def _entry_lines(
    m: Message,
    out: list[str],
    format_string: Callable[..., list[str]],
    format_references: Callable[[list[str]], list[str]],
) -> None:
    wrap = "no-wrap" not in m.flags
    for c in m.comments:
        out.append(f"# {c}" if c else "#")
    for c in m.extracted:
        out.append(f"#. {c}" if c else "#.")
    if m.references and not m.obsolete:
        out.extend(format_references(m.references))
    if m.flags:
        out.append("#, " + ", ".join(m.flags))
    p = "#~ " if m.obsolete else ""
    prev = "#~| " if m.obsolete else "#| "  # as GNU writes it; polib cannot read `#~ #|`
    if m.previous_msgctxt is not None:
        out.extend(format_string("msgctxt", m.previous_msgctxt, prev, wrap=wrap))
    if m.previous_msgid is not None:
        out.extend(format_string("msgid", m.previous_msgid, prev, wrap=wrap))
    if m.previous_msgid_plural is not None:
        out.extend(format_string("msgid_plural", m.previous_msgid_plural, prev, wrap=wrap))
    if m.msgctxt is not None:
        out.extend(format_string("msgctxt", m.msgctxt, p, wrap=wrap))
    out.extend(format_string("msgid", m.msgid, p, wrap=wrap))
    if m.msgid_plural is not None:
        out.extend(format_string("msgid_plural", m.msgid_plural, p, wrap=wrap))
        for i, s in enumerate(m.msgstr_plural):
            out.extend(format_string(f"msgstr[{i}]", s, p, wrap=wrap))
    else:
        out.extend(format_string("msgstr", m.msgstr, p, wrap=wrap))


def format_po(cat: Catalog) -> str:
    """The catalogue as PO text: header, active messages, then obsolete ones (gettext order)."""
    # the writer's line breaking, imported here: reading a catalogue (compile) never needs it,
    # and its tables cost a fresh process more than a small catalogue
    from translate.catalog.wrap import format_references, format_string

    out: list[str] = []
    if cat.header is not None:
        _entry_lines(cat.header, out, format_string, format_references)
    entries = [m for m in cat.messages if not m.obsolete] + [m for m in cat.messages if m.obsolete]
    for m in entries:
        if out:
            out.append("")
        _entry_lines(m, out, format_string, format_references)
    return "\n".join(out) + "\n"


def same_content(a: Catalog, b: Catalog) -> bool:
    """Equal apart from line wrapping and where entries were read from: used to leave a file
    untouched when rewriting it would only reflow it (msgmerge does the same)."""

    def norm(c: Catalog) -> list[tuple]:
        ms = [c.header] if c.header is not None else []
        ms += [m for m in c.messages if not m.obsolete] + [m for m in c.messages if m.obsolete]
        return [
            (
                m.msgid,
                m.msgstr,
                m.msgctxt,
                m.msgid_plural,
                tuple(m.msgstr_plural),
                tuple(m.comments),
                tuple(m.extracted),
                tuple(m.references) if not m.obsolete else (),
                tuple(m.flags),
                m.previous_msgctxt,
                m.previous_msgid,
                m.previous_msgid_plural,
                m.obsolete,
            )
            for m in ms
        ]

    return norm(a) == norm(b)


def write_po(path: Path | str, cat: Catalog, *, keep_wrapping: bool = True) -> bool:
    """Write atomically; with *keep_wrapping*, a file whose content would not change (only its
    line wrapping) is left alone. Returns True when the file was written."""
    path = Path(path)
    if keep_wrapping and path.exists():
        try:
            old = read_po(path)
        except UserError:
            old = None
        if old is not None and same_content(old, cat):
            return False
    return write_bytes_atomic(path, encode_po(cat, str(path)))


def declared_charset(cat: Catalog) -> str | None:
    """The charset *cat*'s header declares, as written ("KOI8-R"); None when it declares none
    or a template's CHARSET placeholder."""
    content_type = cat.header_value("Content-Type") or ""
    _, found, rest = content_type.partition("charset=")
    name = rest.split(";", 1)[0].strip() if found else ""
    return None if not name or name.upper() == "CHARSET" else name


def catalog_charset(cat: Catalog) -> str:
    """The Python codec of the charset *cat*'s header declares: what its file and MO are written
    in (msgmerge and msgfmt keep a catalogue's charset). UTF-8 when undeclared or CHARSET."""
    name = declared_charset(cat)
    if name is None:
        return "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UserError(
            f"unknown charset {name!r} in the Content-Type header",
            location=Location(cat.path, cat.header.line if cat.header else 0),
            hint="declare charset=UTF-8",
        ) from None


def encode_po(cat: Catalog, display: str = "<string>") -> bytes:
    """The PO file's bytes, in the catalogue's declared charset. A character that charset cannot
    hold (a new msgid from a UTF-8 template merged into a KOI8-R catalogue) is a located error
    with the command that converts the file, never a silent `?`."""
    text = format_po(cat)
    charset = catalog_charset(cat)
    try:
        return text.encode(charset)
    except UnicodeEncodeError as exc:
        char = text[exc.start]
        line = text[text.rfind("\n", 0, exc.start) + 1 : text.find("\n", exc.start)]
        raise UserError(
            f"{char!r} (U+{ord(char):04X}) cannot be written in the catalogue's charset "
            f"{declared_charset(cat)}, in: {line[:60]}",
            location=Location(display),
            hint="convert the catalogue to UTF-8 first (msgconv -t UTF-8 FILE.po -o FILE.po); "
            "nothing was written",
        ) from None
