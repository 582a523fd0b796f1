"""Conversion to and from `polib.POFile`, for people who script with polib.

The project reads and writes PO files itself (`translate.catalog.po`: gettext's wrapping, `#|`
and obsolete entries kept exactly, a faster reader); polib stays what many scripts already use.
These two functions carry every field both models have, so a catalogue can go through a polib
script and back without losing a translation, a comment, a flag or a previous msgid:

>>> from translate.catalog.po import parse_po, same_content
>>> cat = parse_po('''
... msgid ""
... msgstr "Language: az\\\\n"
...
... #. type: title
... #: seeds/a.md:2
... #, fuzzy
... #| msgid "Baku"
... msgctxt "city"
... msgid "Baku city"
... msgstr "Bakı şəhəri"
... ''')
>>> po = to_polib(cat)
>>> entry = po.find("Baku city", msgctxt="city")
>>> entry.msgstr, entry.previous_msgid, entry.fuzzy, entry.occurrences
('Bakı şəhəri', 'Baku', True, [('seeds/a.md', '2')])
>>> same_content(from_polib(po), cat)
True

What does not carry over: the lines an entry was read at (`Message.line`, `msgstr_line`), and
polib's wrap width (our writer always wraps as msgcat does).
"""

from __future__ import annotations

import polib

from translate.catalog.po import Catalog, Message, parse_header


def to_polib(cat: Catalog) -> polib.POFile:
    """A `polib.POFile` with the same header, entries (obsolete ones included) and comments."""
    po = polib.POFile(wrapwidth=79, check_for_duplicates=False)
    if cat.header is not None:
        po.header = "\n".join(cat.header.comments)
        po.metadata = dict(parse_header(cat.header.msgstr))
        # polib itself keeps the header's flags here (a list), though its stubs say bool
        po.metadata_is_fuzzy = ["fuzzy"] if cat.header.fuzzy else []  # type: ignore[assignment]
    for m in cat.messages:
        po.append(_to_entry(m))
    return po


def _to_entry(m: Message) -> polib.POEntry:
    kwargs: dict[str, object] = {}
    if m.msgid_plural is not None:
        kwargs["msgid_plural"] = m.msgid_plural
        kwargs["msgstr_plural"] = dict(enumerate(m.msgstr_plural))
    entry = polib.POEntry(
        msgid=m.msgid,
        msgstr=m.msgstr,
        msgctxt=m.msgctxt,
        tcomment="\n".join(m.comments),
        comment="\n".join(m.extracted),
        occurrences=[_occurrence(r) for r in m.references],
        flags=list(m.flags),
        previous_msgctxt=m.previous_msgctxt,
        previous_msgid=m.previous_msgid,
        previous_msgid_plural=m.previous_msgid_plural,
        obsolete=m.obsolete,
        **kwargs,
    )
    entry.linenum = m.line
    return entry


def _occurrence(ref: str) -> tuple[str, str]:
    path, sep, line = ref.rpartition(":")
    return (path, line) if sep and line.isdigit() else (ref, "")


def from_polib(po: polib.POFile, path: str = "") -> Catalog:
    """A `Catalog` from a `polib.POFile` (for instance one a script built or edited)."""
    cat = Catalog(path=path or (po.fpath or ""))
    if po.metadata or po.header:
        fields = [(k, v) for k, v in po.ordered_metadata()]
        cat.set_header_fields(fields)
        assert cat.header is not None
        cat.header.comments = po.header.split("\n") if po.header else []
        cat.header.fuzzy = bool(po.metadata_is_fuzzy)
    for e in po:
        cat.messages.append(_from_entry(e))
    return cat


def _from_entry(e: polib.POEntry) -> Message:
    plural = e.msgid_plural or None
    forms = [e.msgstr_plural[i] for i in sorted(e.msgstr_plural)] if plural else []
    return Message(
        msgid=e.msgid,
        msgstr="" if plural else e.msgstr,
        msgctxt=e.msgctxt,
        msgid_plural=plural,
        msgstr_plural=forms,
        comments=e.tcomment.split("\n") if e.tcomment else [],
        extracted=e.comment.split("\n") if e.comment else [],
        references=[f"{f}:{n}" if n else f for f, n in e.occurrences],
        flags=list(e.flags),
        previous_msgctxt=e.previous_msgctxt,
        previous_msgid=e.previous_msgid,
        previous_msgid_plural=e.previous_msgid_plural,
        obsolete=bool(e.obsolete),
        line=e.linenum or 0,
    )
