"""The translation memory: one SQLite file per language pair, with a full-text index.

Why SQLite and not JSON Lines: a TM must answer "which of 100,000 (or 1,000,000) segments look
like this sentence?" in milliseconds from a fresh process. JSON Lines would have to be read and
indexed in Python on every start (seconds at 100k segments, and the whole TM in memory); SQLite
keeps the index on disk (FTS5, in the standard library's `sqlite3`), updates it in transactions
(an interrupted build or import leaves the old TM intact), and stays inspectable with the stock
`sqlite3` shell (`sqlite3 tm/en-ru.sqlite 'select source, target, article from segments'`) or
as TMX through `translate tm export`.

Fuzzy look-up is two steps, both in C: FTS5 finds the segments that share two of the query's
four rarest words (document frequencies from the index's vocabulary), among those whose length
can reach the threshold, and rapidfuzz scores that shortlist with
the Indel similarity, which is exactly gettext's fstrcmp (2·LCS / (len a + len b)). A TM of up to
`SCAN_SEGMENTS` segments is cheaper to score whole, in C, within the length window (see
`fuzzy_many`). Nothing scans the TM in Python.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Indel, LCSseq

try:
    from rapidfuzz import process_cpp_impl  # type: ignore[attr-defined]  # no stub

    _cdist, _UINT8 = process_cpp_impl.cdist, process_cpp_impl.UINT8
except ImportError:  # a rapidfuzz without its C extension: `_percent_matrix` uses numpy
    _cdist = None

from translate.errors import Location, UserError

#: the on-disk format; a file with a higher number is refused (written by a newer version)
FORMAT_VERSION = 1
#: how many FTS candidates get an exact similarity computed
SHORTLIST = 48
#: the query's rarest words that go into the FTS query (as pairs: 4 words, 6 pairs)
QUERY_WORDS = 4
#: at most this many FTS matches are scored
FTS_CANDIDATES = 400
#: up to this many segments, a TM is scored whole in C (rapidfuzz) instead of through FTS5:
#: measured on git's catalogue, 1.2 ms a query over 3,000 segments against 6 ms for FTS5
SCAN_SEGMENTS = 10_000
#: texts up to this long are screened by their LCS length first (`_screened_matrix`): measured
#: on git's template, 0.17 s of scoring becomes 0.13 s (64: 0.135 s; 255: the same as 128)
SIMD_LENGTH = 128
#: choices per LCS screening call: each run of lengths gets its own least LCS (128: 0.131 s,
#: 256: 0.127 s, 512: 0.131 s, one run for the whole window: 0.16 s)
SCREEN_RUN = 256

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
    origin TEXT NOT NULL,
    plural TEXT,
    forms TEXT
);
CREATE INDEX segments_source ON segments(source);
CREATE INDEX segments_origin ON segments(origin);
CREATE TABLE origins(origin TEXT PRIMARY KEY, digest TEXT NOT NULL, segments INTEGER NOT NULL);
CREATE VIRTUAL TABLE segments_fts USING fts5(
    source, content='segments', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE vocab(term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID;
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
    #: a plural message: its msgid_plural and every translated form (`target` is form 0)
    plural: str | None = None
    forms: tuple[str, ...] = ()

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


_COLUMNS = "source, target, context, prev, next, article, line, date, origin, plural, forms"


def _scored(text: str, t: float, rows: Iterable[tuple]) -> list[tuple[float, Segment]]:
    """(similarity in percent, segment) for the rows at or above *t*, best (then newest)
    first."""
    out = []
    for row in rows:
        sim = Indel.normalized_similarity(text, row[0], score_cutoff=t)
        if sim:
            out.append((sim * 100, _segment(row)))
    out.sort(key=lambda p: p[1].date or "", reverse=True)
    out.sort(key=lambda p: -p[0])
    return out


#: `bytes.translate` table: 1 for a non-zero score, so that `find` (memchr) jumps to the next
_NONZERO = bytes([0] + [1] * 255)


def _segment(row: tuple) -> Segment:
    forms = tuple(json.loads(row[10])) if row[10] else ()
    return Segment(*row[:10], forms)  # type: ignore[call-arg]  # a row of the table's 10 columns


def _percent_matrix(queries: list[str], choices: list[str], cutoff: float) -> bytes:
    """The Indel similarity of every query to every choice, in whole percent (0 below
    *cutoff*), as a row-major byte matrix. rapidfuzz's `process.cdist` returns it as a numpy
    array, and importing numpy costs a fresh process 0.08–0.1 s of CPU, as much as scoring
    git's whole catalogue; its C entry point returns a buffer, read here without numpy."""
    if _cdist is not None:
        matrix = _cdist(
            queries,
            choices,
            scorer=Indel.normalized_similarity,
            score_cutoff=cutoff,
            score_multiplier=100,
            dtype=_UINT8,
            workers=1,
        )
        return bytes(memoryview(matrix))
    import numpy as np  # rapidfuzz built without its C extension

    scores = process.cdist(
        queries,
        choices,
        scorer=Indel.normalized_similarity,
        score_cutoff=cutoff,
        score_multiplier=100,
        dtype=np.uint8,
        workers=1,
    )
    return scores.tobytes()


def _screened_matrix(
    queries: list[str], choices: list[str], lengths: list[int], cutoff: float
) -> bytes | bytearray:
    """`_percent_matrix` for queries of up to `SIMD_LENGTH` characters, byte for byte. The
    normalised score is the slow part of rapidfuzz's `cdist` (32 ns a pair against 15 for the
    integer LCS length, whose multi-string path packs several queries in a SIMD register), so
    the LCS comes first and rejects every pair that cannot reach the threshold (Indel
    similarity = 2·LCS / (len a + len b), with a margin below rapidfuzz's tolerance); the
    normalised scores are then computed for the columns left, a few percent. The choices are
    cut into runs of `SCREEN_RUN` by length (*lengths*, ascending), each with its own least
    LCS. Equality with `_percent_matrix` is tested on random and real texts."""
    width = len(choices)
    shortest = min(map(len, queries))
    if not shortest:  # two empty texts are 100 % alike with no common character
        return _percent_matrix(queries, choices, cutoff)
    need = max(cutoff - 0.001, 0.0) / 2  # below rapidfuzz's own tolerance at the cut-off
    cols: set[int] = set()
    for s in range(0, width, SCREEN_RUN):
        part = choices[s : s + SCREEN_RUN]
        least = int(need * (shortest + lengths[s]))
        lcs = _cdist(
            queries, part, scorer=LCSseq.similarity, score_cutoff=least, dtype=_UINT8, workers=1
        )
        flags = bytes(memoryview(lcs)).translate(_NONZERO)
        n = len(part)
        at = flags.find(1)
        while at >= 0:
            cols.add(s + at % n)
            at = flags.find(1, at + 1)
    out = bytearray(len(queries) * width)
    if not cols:
        return out
    kept = sorted(cols)
    exact = _percent_matrix(queries, [choices[c] for c in kept], cutoff)
    n = len(kept)
    flags = exact.translate(_NONZERO)
    at = flags.find(1)
    while at >= 0:
        r, j = divmod(at, n)
        out[r * width + kept[j]] = exact[at]
        at = flags.find(1, at + 1)
    return out


def _best_in_rows(
    scores: bytes | bytearray, width: int, limit: int
) -> Iterator[tuple[int, list[int]]]:
    """(row, columns) of each row of the byte matrix with a non-zero score: the columns of its
    *limit* best scores and of those that tie with the last of them, up to `8 * limit` (the
    exact similarities that rank ties of whole percents are computed afterwards, for these
    few). The matrix is sparse: its non-zero scores are found in C (`translate`, then `find`
    from one to the next), not row by row (slicing and counting 3,500 rows of git's template
    cost 0.03 s, a regex pass 0.04 s, this 0.01 s)."""
    rows: dict[int, list[tuple[int, int]]] = {}
    flags = scores.translate(_NONZERO)
    at = flags.find(1)
    while at >= 0:
        rows.setdefault(at // width, []).append((-scores[at], at % width))
        at = flags.find(1, at + 1)
    for r, found in rows.items():
        found.sort()  # best score first, then by column
        hits: list[int] = []
        level = 0
        for neg, col in found:
            if (neg != level and len(hits) >= limit) or len(hits) >= 8 * limit:
                break
            level = neg
            hits.append(col)
        yield r, hits


def _create(conn: sqlite3.Connection, source_lang: str, target_lang: str) -> None:
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


class TranslationMemory:
    """An open TM file. Use as a context manager; writes happen in transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        self.source_lang = meta["source_lang"]
        self.target_lang = meta["target_lang"]
        self._scan: dict[bool, tuple[list[int], list[str], list[int]]] | None = None
        self._size: int | None = None

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
            _create(conn, source_lang, target_lang)
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

    @classmethod
    def in_memory(cls, source_lang: str, target_lang: str) -> TranslationMemory:
        """A TM that lives only in this process: a compendium read for one run, as
        `msgmerge -C` reads its PO file (no file written, nothing to synchronise to disk)."""
        conn = sqlite3.connect(":memory:")
        _create(conn, source_lang, target_lang)
        return cls(conn, Path(":memory:"))

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
                s.plural,
                json.dumps(list(s.forms), ensure_ascii=False) if s.plural is not None else None,
            )
            for s in segments
        ]
        self._scan = self._size = None
        with self.conn:
            self._count_words(origin, -1)
            self.conn.execute("DELETE FROM segments WHERE origin = ?", (origin,))
            self.conn.executemany(
                "INSERT INTO segments(source, target, length, context, prev, next, article, "
                "line, date, origin, plural, forms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            self._count_words(origin, +1)
            self.conn.execute(
                "INSERT OR REPLACE INTO origins VALUES (?, ?, ?)", (origin, digest, len(rows))
            )
        return len(rows)

    def _count_words(self, origin: str, sign: int) -> None:
        """Keep `vocab` (words → number of segments with them) in step with *origin*'s
        segments. FTS5's own vocabulary table computes those counts by reading whole posting
        lists (0.26 s at 100k segments, growing with the TM); this one is a B-tree look-up."""
        counts: Counter[str] = Counter()
        for (source,) in self.conn.execute(
            "SELECT source FROM segments WHERE origin = ?", (origin,)
        ):
            counts.update({w.casefold() for w in _WORD.findall(source)})
        if not counts:
            return
        if sign > 0:
            self.conn.executemany(
                "INSERT INTO vocab VALUES (?, ?) "
                "ON CONFLICT(term) DO UPDATE SET doc = doc + excluded.doc",
                counts.items(),
            )
        else:
            self.conn.executemany(
                "UPDATE vocab SET doc = doc - ? WHERE term = ?",
                ((n, w) for w, n in counts.items()),
            )
            self.conn.execute("DELETE FROM vocab WHERE doc <= 0")

    def remove_origin(self, origin: str) -> int:
        self._scan = self._size = None
        with self.conn:
            self._count_words(origin, -1)
            n = self.conn.execute("DELETE FROM segments WHERE origin = ?", (origin,)).rowcount
            self.conn.execute("DELETE FROM origins WHERE origin = ?", (origin,))
        return n

    # ----------------------------------------------------------------- reading

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM segments").fetchone()[0]

    def __iter__(self) -> Iterator[Segment]:
        for row in self.conn.execute(f"SELECT {_COLUMNS} FROM segments ORDER BY id"):
            yield _segment(row)

    def exact(self, source: str, plural: str | None = None) -> list[Segment]:
        """Segments with this source (and this msgid_plural, or none), newest first."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM segments WHERE source = ? AND plural IS ? "
            "ORDER BY date DESC, id",
            (source, plural),
        )
        return [_segment(r) for r in rows]

    def exact_many(self, keys: Sequence[tuple[str, str | None]]) -> list[list[Segment]]:
        """`exact` for many (source, msgid_plural) keys, in a few queries instead of one each."""
        found: dict[tuple[str, str | None], list[Segment]] = {}
        wanted = sorted({k[0] for k in keys})
        for k in range(0, len(wanted), 900):  # SQLite's limit on bound parameters
            part = wanted[k : k + 900]
            marks = ",".join("?" * len(part))
            for row in self.conn.execute(
                f"SELECT {_COLUMNS} FROM segments WHERE source IN ({marks}) ORDER BY date DESC, id",
                part,
            ):
                seg = _segment(row)
                found.setdefault((seg.source, seg.plural), []).append(seg)
        return [found.get(key, []) for key in keys]

    def _query_words(self, text: str) -> list[str]:
        words = list(dict.fromkeys(w.casefold() for w in _WORD.findall(text)))
        if not words:
            return []
        marks = ",".join("?" * len(words))
        found = dict(
            self.conn.execute(f"SELECT term, doc FROM vocab WHERE term IN ({marks})", words)
        )
        # remove_diacritics folds terms in the vocabulary: words not found as typed still
        # reach the MATCH below, which applies the same folding
        ranked = sorted(words, key=lambda w: found.get(w, 0) or 10**12)
        known = [w for w in ranked if found.get(w)]
        return (known or ranked)[:QUERY_WORDS]

    def fuzzy(
        self, text: str, threshold: float, limit: int = SHORTLIST, plural: bool = False
    ) -> list[tuple[float, Segment]]:
        """Segments whose source is at least *threshold* (0–100) similar to *text*, best
        first, as (similarity, segment); *plural* picks plural or singular segments."""
        t = threshold / 100
        la = len(text)
        lo = math.ceil(la * t / (2 - t)) if t < 2 else la
        hi = math.floor(la * (2 - t) / t) if t > 0 else 10**9
        if self._count() <= SCAN_SEGMENTS:
            return self.fuzzy_many([text], threshold, limit=limit, plural=plural)[0]
        words = self._query_words(text)
        if not words:
            return []
        quoted = ['"' + w.replace('"', '""') + '"' for w in words]
        if len(quoted) == 1:
            query = quoted[0]
        else:
            # any two of the rarest words: a near-duplicate keeps most of them, and an AND of
            # two rare words has short posting lists (an OR of common words ranks half the TM)
            query = " OR ".join(f"({a} AND {b})" for a, b in combinations(quoted, 2))
        rows = self.conn.execute(
            f"SELECT {', '.join('s.' + c.strip() for c in _COLUMNS.split(','))} "
            "FROM segments_fts f JOIN segments s ON s.id = f.rowid "
            "WHERE segments_fts MATCH ? AND s.length BETWEEN ? AND ? "
            "AND (s.plural IS NULL) = ? LIMIT ?",
            (query, lo, hi, not plural, FTS_CANDIDATES),
        ).fetchall()
        return _scored(text, t, rows)[:limit]

    def _count(self) -> int:
        if self._size is None:
            self._size = len(self)
        return self._size

    def fuzzy_many(
        self, texts: Sequence[str], threshold: float, limit: int = SHORTLIST, plural: bool = False
    ) -> list[list[tuple[float, Segment]]]:
        """`fuzzy` for many texts. A TM of up to `SCAN_SEGMENTS` is scored whole, in C and in
        batches: texts sorted by length, 32 at a time against the segments whose length can
        reach the threshold for any of them (rapidfuzz `cdist`, SIMD for short strings).
        Measured on git's catalogue (3,000 segments, 3,500 texts): 0.7 s, against 3.0 s one
        text at a time and 9.5 s through FTS5. A larger TM goes through the index."""
        if self._count() > SCAN_SEGMENTS:
            return [self.fuzzy(x, threshold, limit, plural) for x in texts]
        t = threshold / 100
        lengths, sources, ids = self._scan_lists(plural)
        picked: list[list[int]] = [[] for _ in texts]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for k in range(0, len(order), 32):
            chunk = order[k : k + 32]
            lo = math.ceil(len(texts[chunk[0]]) * t / (2 - t))
            hi = math.floor(len(texts[chunk[-1]]) * (2 - t) / t) if t > 0 else 10**9
            a, b = bisect_left(lengths, lo), bisect_right(lengths, hi)
            if a >= b:
                continue
            queries = [texts[i] for i in chunk]
            if _cdist is not None and len(queries[-1]) <= SIMD_LENGTH:
                scores = _screened_matrix(queries, sources[a:b], lengths[a:b], t)
            else:
                scores = _percent_matrix(queries, sources[a:b], t)
            for r, hits in _best_in_rows(scores, b - a, limit):
                picked[chunk[r]] = [ids[a + h] for h in hits]
        wanted = sorted({sid for p in picked for sid in p})
        rows: dict[int, tuple] = {}
        for k in range(0, len(wanted), 900):  # SQLite's limit on bound parameters
            part = wanted[k : k + 900]
            marks = ",".join("?" * len(part))
            for row in self.conn.execute(
                f"SELECT id, {_COLUMNS} FROM segments WHERE id IN ({marks})", part
            ):
                rows[row[0]] = row[1:]
        return [
            _scored(x, t, [rows[sid] for sid in p])[:limit]
            for x, p in zip(texts, picked, strict=True)
        ]

    def _scan_lists(self, plural: bool) -> tuple[list[int], list[str], list[int]]:
        if self._scan is None:
            scan: dict[bool, tuple[list[int], list[str], list[int]]] = {
                False: ([], [], []),
                True: ([], [], []),
            }
            for sid, source, length, is_plural in self.conn.execute(
                "SELECT id, source, length, plural IS NOT NULL FROM segments ORDER BY length"
            ):
                lengths, sources, ids = scan[bool(is_plural)]
                lengths.append(length)
                sources.append(source)
                ids.append(sid)
            self._scan = scan
        return self._scan[plural]

    def stats(self) -> dict:
        return {
            "path": str(self.path),
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "segments": len(self),
            "origins": self.conn.execute("SELECT count(*) FROM origins").fetchone()[0],
            "format_version": FORMAT_VERSION,
        }
