"""The translation memory: one SQLite file per language pair, with a full-text index.

Why SQLite and not JSON Lines: a TM must answer "which of 100,000 (or 1,000,000) segments look
like this sentence?" in milliseconds from a fresh process. JSON Lines would have to be read and
indexed in Python on every start (seconds at 100k segments, and the whole TM in memory); SQLite
keeps the index on disk (FTS5, in the standard library's `sqlite3`), updates it in transactions
(an interrupted build or import leaves the old TM intact), and stays inspectable with the stock
`sqlite3` shell (`sqlite3 tm/en-ru.sqlite 'select source, target, article from segments'`) or
as TMX through `translate tm export`.

Fuzzy look-up is two steps, both in C: FTS5 ranks segments sharing the query's rarest words
(BM25) among those whose length can reach the threshold, and rapidfuzz scores that shortlist with
the Indel similarity, which is exactly gettext's fstrcmp (2·LCS / (len a + len b)). Nothing
scans the TM in Python.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Indel

from translate.errors import Location, UserError

#: the on-disk format; a file with a higher number is refused (written by a newer version)
FORMAT_VERSION = 1
#: how many FTS candidates get an exact similarity computed
SHORTLIST = 48
#: at most this many of the query's rarest words go into the FTS query
QUERY_WORDS = 8

_WORD = re.compile(r"\w+")

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE segments(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    length INTEGER NOT NULL,
    context TEXT,
    prev TEXT,
    next TEXT,
    article TEXT,
    line INTEGER,
    date TEXT,
    origin TEXT NOT NULL
);
CREATE INDEX segments_source ON segments(source);
CREATE INDEX segments_origin ON segments(origin);
CREATE TABLE origins(origin TEXT PRIMARY KEY, digest TEXT NOT NULL, segments INTEGER NOT NULL);
CREATE VIRTUAL TABLE segments_fts USING fts5(
    source, content='segments', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE segments_vocab USING fts5vocab(segments_fts, row);
CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
    INSERT INTO segments_fts(rowid, source) VALUES (new.id, new.source);
END;
CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, source) VALUES ('delete', old.id, old.source);
END;
"""


@dataclass(frozen=True)
class Segment:
    """One source/target pair and where it came from."""

    source: str
    target: str
    #: msgctxt of the message it came from
    context: str | None = None
    #: source texts of the neighbouring messages (for in-context matches)
    prev: str | None = None
    next: str | None = None
    #: article slug (or TMX file name), 1-based line in the source article, ISO date
    article: str | None = None
    line: int | None = None
    date: str | None = None
    #: the file it was read from (catalogue path or `tmx:NAME`); rebuilt per origin
    origin: str = ""

    @property
    def where(self) -> str:
        if self.article and self.line:
            return f"{self.article}:{self.line}"
        return self.article or self.origin or "?"


@dataclass(frozen=True)
class Match:
    """A TM segment judged against a query: score 101 (exact in context), 100 (exact) or the
    similarity in percent, less any glossary penalty."""

    segment: Segment
    score: int
    #: the target to use: the segment's, with numbers replaced when only numbers differ
    target: str
    numbers_replaced: bool = False
    #: why the score was lowered or what to look at (glossary terms, numbers)
    notes: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        return self.score >= 100 and not self.notes and not self.numbers_replaced

    def to_dict(self) -> dict:
        s = self.segment
        return {
            "score": self.score,
            "source": s.source,
            "target": self.target,
            "numbers_replaced": self.numbers_replaced,
            "notes": list(self.notes),
            "article": s.article,
            "line": s.line,
            "date": s.date,
            "context": s.context,
            "origin": s.origin,
        }


def pair_name(source_lang: str, target_lang: str) -> str:
    return f"{source_lang}-{target_lang}"


def tm_path(directory: Path, source_lang: str, target_lang: str) -> Path:
    """`tm/en-ru.sqlite`: one TM per language pair."""
    return Path(directory) / f"{pair_name(source_lang, target_lang)}.sqlite"


_COLUMNS = "source, target, context, prev, next, article, line, date, origin"


def _segment(row: tuple) -> Segment:
    return Segment(*row)


class TranslationMemory:
    """An open TM file. Use as a context manager; writes happen in transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        self.source_lang = meta["source_lang"]
        self.target_lang = meta["target_lang"]

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        source_lang: str | None = None,
        target_lang: str | None = None,
        create: bool = False,
    ) -> TranslationMemory:
        """Open (or, with *create*, make) a TM. A file from a newer format version, or not a
        TM at all, is a UserError."""
        path = Path(path)
        if not path.exists():
            if not create:
                raise UserError(
                    "no translation memory here",
                    location=Location(str(path)),
                    hint="run `translate tm build` (or `translate tm import FILE.tmx`) first",
                )
            if source_lang is None or target_lang is None:
                raise ValueError("a new TM needs its languages")
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.new")
            tmp.unlink(missing_ok=True)
            conn = sqlite3.connect(tmp)
            with conn:
                conn.executescript(_SCHEMA)
                conn.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [
                        ("format", "translate-tm"),
                        ("format_version", str(FORMAT_VERSION)),
                        ("source_lang", source_lang),
                        ("target_lang", target_lang),
                    ],
                )
            conn.close()
            tmp.replace(path)
        try:
            conn = sqlite3.connect(path)
            meta = dict(conn.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise UserError(
                f"not a translation memory ({exc})",
                location=Location(str(path)),
                hint="TM files are SQLite databases written by `translate tm build`",
            ) from None
        if meta.get("format") != "translate-tm":
            conn.close()
            raise UserError(
                "not a translation memory (no translate-tm format marker)",
                location=Location(str(path)),
                hint="TM files are SQLite databases written by `translate tm build`",
            )
        version = int(meta.get("format_version", "0"))
        if version > FORMAT_VERSION:
            conn.close()
            raise UserError(
                f"TM format version {version} is newer than this tool reads "
                f"(version {FORMAT_VERSION})",
                location=Location(str(path)),
                hint="upgrade translate, or rebuild this TM with `translate tm build`",
            )
        if source_lang and target_lang:
            have = (meta.get("source_lang"), meta.get("target_lang"))
            if have != (source_lang, target_lang):
                conn.close()
                raise UserError(
                    f"this TM is {have[0]}→{have[1]}, not {source_lang}→{target_lang}",
                    location=Location(str(path)),
                    hint="pick the TM of the language pair you work on",
                )
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- writing

    def origin_digest(self, origin: str) -> str | None:
        row = self.conn.execute("SELECT digest FROM origins WHERE origin = ?", (origin,)).fetchone()
        return row[0] if row else None

    def origins(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT origin, digest FROM origins"))

    def replace_origin(self, origin: str, digest: str, segments: Iterable[Segment]) -> int:
        """Put *segments* in place of everything *origin* gave before (one transaction)."""
        rows = [
            (
                s.source,
                s.target,
                len(s.source),
                s.context,
                s.prev,
                s.next,
                s.article,
                s.line,
                s.date,
                origin,
            )
            for s in segments
        ]
        with self.conn:
            self.conn.execute("DELETE FROM segments WHERE origin = ?", (origin,))
            self.conn.executemany(
                "INSERT INTO segments(source, target, length, context, prev, next, article, "
                "line, date, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO origins VALUES (?, ?, ?)", (origin, digest, len(rows))
            )
        return len(rows)

    def remove_origin(self, origin: str) -> int:
        with self.conn:
            n = self.conn.execute("DELETE FROM segments WHERE origin = ?", (origin,)).rowcount
            self.conn.execute("DELETE FROM origins WHERE origin = ?", (origin,))
        return n

    # ----------------------------------------------------------------- reading

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM segments").fetchone()[0]

    def __iter__(self) -> Iterator[Segment]:
        for row in self.conn.execute(f"SELECT {_COLUMNS} FROM segments ORDER BY id"):
            yield _segment(row)

    def exact(self, source: str) -> list[Segment]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM segments WHERE source = ? ORDER BY date DESC, id", (source,)
        )
        return [_segment(r) for r in rows]

    def _query_words(self, text: str) -> list[str]:
        words = list(dict.fromkeys(w.casefold() for w in _WORD.findall(text)))
        if not words:
            return []
        marks = ",".join("?" * len(words))
        rows = self.conn.execute(
            f"SELECT term, doc FROM segments_vocab WHERE term IN ({marks})", words
        ).fetchall()
        # remove_diacritics folds terms in the vocabulary: words not found as typed still
        # reach the MATCH below, which applies the same folding
        found = dict(rows)
        ranked = sorted(words, key=lambda w: found.get(w, 0) or 10**12)
        known = [w for w in ranked if found.get(w)]
        return (known or ranked)[:QUERY_WORDS]

    def fuzzy(
        self, text: str, threshold: float, limit: int = SHORTLIST
    ) -> list[tuple[float, Segment]]:
        """Segments whose source is at least *threshold* (0–100) similar to *text*, best
        first, as (similarity, segment)."""
        words = self._query_words(text)
        if not words:
            return []
        t = threshold / 100
        la = len(text)
        lo = int(la * t / (2 - t)) if t < 2 else la
        hi = int(la * (2 - t) / t) + 1 if t > 0 else 10**9
        query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self.conn.execute(
            f"SELECT {', '.join('s.' + c.strip() for c in _COLUMNS.split(','))} "
            "FROM segments_fts f JOIN segments s ON s.id = f.rowid "
            "WHERE segments_fts MATCH ? AND s.length BETWEEN ? AND ? "
            "ORDER BY f.rank LIMIT ?",
            (query, lo, hi, limit),
        ).fetchall()
        out = []
        cutoff = t
        for row in rows:
            sim = Indel.normalized_similarity(text, row[0], score_cutoff=cutoff)
            if sim:
                out.append((sim * 100, _segment(row)))
        out.sort(key=lambda p: p[1].date or "", reverse=True)  # newest first among equals
        out.sort(key=lambda p: -p[0])
        return out

    def stats(self) -> dict:
        return {
            "path": str(self.path),
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "segments": len(self),
            "origins": self.conn.execute("SELECT count(*) FROM origins").fetchone()[0],
            "format_version": FORMAT_VERSION,
        }
