"""Term candidates: what the sources use often that the glossary lacks, and how it was rendered.

Candidates are read from the source articles (English), without a tagger:
- names: runs of capitalised words, with `of`/`the`/`and` inside (`Declaration of Independence`),
  not counting a sentence's first word when the corpus also writes it in lower case;
- noun phrases: two or three lower-case words with no stop word inside or at either end
  (`historical clarification`), and single words from three occurrences on, less the verb and
  adverb endings (-ed, -ing, -ly).
They are grouped by lemma through the English morphology (the head word's plural and
possessive: `Soviet troops` and `Soviet troop's` together), counted, and dropped when the term
index already finds a glossary term over the whole phrase.

Renderings come from the translated segments (the catalogues and the TM): for each candidate,
the target word sequences (1–3 words) that occur in the translations of the segments with the
candidate, ranked by Dice's coefficient against all segments (how exclusively they co-occur).
Russian renderings are grouped by pymorphy3's normal forms, so `Красной армии` and `Красная
армия` count together; the most frequent surface form is shown.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from translate.morph.en import plurals

if TYPE_CHECKING:  # the glossary package loads only when a glossary is given
    from translate.config import Config
    from translate.glossary.model import Glossary

_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*|\d[\d.,]*|[.,;:!?()\[\]“”\"«»—–]")
_BREAK = set('.,;:!?()[]“”"«»—–')
STOP = frozenset(
    """a an the and or but nor of to in on at by for with from into onto over under about as is
    are was were be been being has have had do does did not no this that these those it its he
    she they them his her their our we us you your i me my which who whom whose what when where
    why how than then so such very also just only even more most much many some any all each
    both few other another same own there here after before while during against between through
    since until up down out off again further once s said says say told according would could
    should will can may might must shall one two three first last new""".split()
)
_CONNECT = frozenset({"of", "the", "and"})
#: words ending in -s that are not plurals (the rules would make "news" the plural of "new")
_UNCOUNTABLE = frozenset("news series species means politics economics physics mathematics".split())
_VERBISH = ("ed", "ing", "ly")


def singular(word: str) -> str:
    """The singular of an English noun form (lower case), where the morphology confirms it."""
    w = word.removesuffix("’s").removesuffix("'s").rstrip("’'")
    if w in _UNCOUNTABLE:
        return w
    # the most specific rule first: "countries" is "country", not "countrie"
    for cand in (
        w[:-3] + "y",
        w[:-3] + "man",
        w[:-3] + "f",
        w[:-3] + "fe",
        w[:-2] + "is",
        w[:-2],
        w[:-1],
    ):
        if cand and w in plurals(cand):
            return cand
    return w


@dataclass
class Candidate:
    key: tuple[str, ...]
    count: int = 0
    forms: Counter[str] = field(default_factory=Counter)
    name: bool = False
    #: per target language, (rendering, number of segments) best first
    renderings: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The dictionary form when the sources use it, else the most frequent form."""
        lemma = " ".join(self.key)
        ranked = [form for form, _ in self.forms.most_common()]
        for same in (lambda f: f == lemma, lambda f: f.lower() == lemma):
            for form in ranked:
                if same(form):
                    return form
        return ranked[0]


def _runs(text: str) -> Iterable[list[str]]:
    """Token runs between punctuation."""
    run: list[str] = []
    for tok in _TOKEN.findall(text):
        if tok in _BREAK:
            if run:
                yield run
            run = []
        else:
            run.append(tok)
    if run:
        yield run


def _key(words: Sequence[str]) -> tuple[str, ...]:
    low = [w.lower() for w in words]
    return (*low[:-1], singular(low[-1]))


def extract(texts: Sequence[str], covered: Callable[[str], bool] | None = None) -> list[Candidate]:
    """Candidates of *texts* (source-language blocks), most frequent first."""
    lower_seen = {t for text in texts for t in _TOKEN.findall(text) if t.islower()}
    found: dict[tuple[str, ...], Candidate] = {}

    def add(words: list[str], name: bool) -> None:
        key = _key(words)
        c = found.setdefault(key, Candidate(key, name=name))
        c.name = c.name and name
        c.count += 1
        c.forms[" ".join(words)] += 1

    for text in texts:
        for run in _runs(text):
            i = 0
            while i < len(run):
                w = run[i]
                if w.lower() in STOP:  # "The", "A" never start a name
                    i += 1
                    continue
                if w[0].isupper() and not (i == 0 and w.lower() in lower_seen):
                    # a number ends a name: "Azerbaijan’s 1991 Declaration" is two
                    j = i + 1
                    while j < len(run) and (
                        run[j][0].isupper()
                        or (run[j] in _CONNECT and j + 1 < len(run) and run[j + 1][0].isupper())
                    ):
                        j += 1
                    words = run[i:j]
                    # Title Case of a heading, not a name: every word is also written in
                    # lower case elsewhere ("Why 1920 Still Matters")
                    title_case = all(x.lower() in lower_seen or x in _CONNECT for x in words)
                    if not title_case and (w.lower() not in STOP or j - i > 1):
                        add(words, True)
                    i = j
                    continue
                i += 1
            # noun phrases: lower-case words, or capitalised ones inside a sentence
            # ("Caspian pipeline", "Soviet troops"); never a number
            low = [
                w.lower()
                if w[0].isalpha() and (w.islower() or (k > 0 and w.lower() not in lower_seen))
                else None
                for k, w in enumerate(run)
            ]
            for n in (2, 3):
                for k in range(len(run) - n + 1):
                    gram = low[k : k + n]
                    if any(g is None or g in STOP for g in gram):
                        continue
                    add(run[k : k + n], False)
            for w in run:
                if w.islower() and w not in STOP and len(w) > 3 and not w.endswith(_VERBISH):
                    add([w], False)
    out = []
    for c in found.values():
        minimum = 3 if len(c.key) == 1 and not c.name else 2
        if c.count < minimum:
            continue
        if covered is not None and covered(c.text):
            continue
        out.append(c)
    # a phrase whose every occurrence is inside a longer candidate adds nothing
    kept = []
    for c in out:
        longer = [
            d
            for d in out
            if len(d.key) > len(c.key) and _contains(d.key, c.key) and d.count >= c.count
        ]
        if not longer:
            kept.append(c)
    kept.sort(key=lambda c: (-c.count, -len(c.key), c.text))
    return kept


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def renderings(
    candidates: list[Candidate],
    segments: Sequence[tuple[str, str]],
    lang: str,
    normal: Callable[[str], str] | None = None,
    top: int = 2,
) -> None:
    """Fill each candidate's renderings in *lang* from (source, target) segments."""
    grams_of: list[dict[str, str]] = []
    df: Counter[str] = Counter()
    for _, target in segments:
        words = _WORD.findall(target)
        grams: dict[str, str] = {}
        for n in (1, 2, 3):
            for k in range(len(words) - n + 1):
                surface = " ".join(words[k : k + n])
                if n == 1 and len(surface) < 4:
                    continue
                key = " ".join(normal(w) if normal else w.lower() for w in words[k : k + n])
                grams.setdefault(key, surface)
        grams_of.append(grams)
        df.update(grams.keys())
    sources = [s.lower() for s, _ in segments]
    for c in candidates:
        forms = [f.lower() for f in c.forms]
        with_c = [i for i, s in enumerate(sources) if any(f in s for f in forms)]
        if not with_c:
            continue
        co: Counter[str] = Counter()
        surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        for i in with_c:
            for key, surface in grams_of[i].items():
                co[key] += 1
                surfaces[key][surface] += 1
        scored = sorted(
            ((2 * n / (len(with_c) + df[key]), len(key.split()), key) for key, n in co.items()),
            reverse=True,
        )
        picked: list[tuple[str, int]] = []
        for dice, _, key in scored:
            if dice < 0.5 or (co[key] < 2 <= len(with_c)):
                continue
            if any(key in p or p in key for p, _ in picked):
                continue
            picked.append((surfaces[key].most_common(1)[0][0], co[key]))
            if len(picked) == top:
                break
        c.renderings[lang] = picked


def project_candidates(config: Config, glossary: Glossary | None) -> list[Candidate]:
    """The candidates of a project's source articles, with renderings from its article
    catalogues and TMs, per target language."""
    from translate.catalog.article import load_articles
    from translate.catalog.po import read_po
    from translate.tm.build import segments_of
    from translate.tm.project import article_catalogues, tm_dir
    from translate.tm.store import TranslationMemory, tm_path

    texts = [b.text for a in load_articles(config.seeds_dir) for b in a.blocks]
    covered = glossary_cover(glossary, config.source_language) if glossary else None
    found = extract(texts, covered)
    for lang in config.target_languages:
        segs: dict[tuple[str, str], None] = {}
        for path in article_catalogues(config):
            if path.parent.parent.name == lang:
                for s in segments_of(read_po(path), path.stem):
                    segs[(s.source, s.target)] = None
        db = tm_path(tm_dir(config), config.source_language, lang)
        if db.exists():
            with TranslationMemory.open(db) as tm:
                for s in tm:
                    segs[(s.source, s.target)] = None
        normal = _ru_normal if lang == "ru" else None
        renderings(found, list(segs), lang, normal)
    return found


def _ru_normal(word: str) -> str:
    from translate.morph.ru import analyzer

    parses = analyzer().parse(word.lower())
    return parses[0].normal_form if parses else word.lower()


def to_glossary(candidates: Sequence[Candidate], languages: Sequence[str]) -> Glossary:
    """The candidates as glossary concepts (CSV in the glossary's own schema): the candidate as
    the source term, each language's most frequent rendering as its preferred term, the counts
    and the other renderings in the note, for a terminologist to accept or edit."""
    from translate.glossary.model import Concept, Term

    concepts = []
    used: set[str] = set()
    for c in candidates:
        base = re.sub(r"[^a-z0-9]+", "-", c.text.lower()).strip("-") or "candidate"
        cid, n = base, 2
        while cid in used:
            cid, n = f"{base}-{n}", n + 1
        used.add(cid)
        terms = [Term(c.text, languages[0])]
        seen = []
        for lang in languages[1:]:
            found = c.renderings.get(lang) or []
            if found:
                terms.append(Term(found[0][0], lang))
            seen.append(f"{lang}: " + (", ".join(f"{r} ({k})" for r, k in found) or "none"))
        forms = ", ".join(f"{f} ({k})" for f, k in c.forms.most_common())
        note = f"candidate: {c.count} occurrence(s) ({forms}); renderings seen: " + "; ".join(seen)
        concepts.append(Concept(cid, pos="propn" if c.name else "noun", note=note, terms=terms))
    from translate.glossary.model import Glossary

    return Glossary(concepts, tuple(languages))


def glossary_cover(glossary: Glossary, lang: str) -> Callable[[str], bool]:
    """Whether a phrase is already in the glossary: glossary terms (any inflected form) cover
    every word of it, or it is part of a glossary term ("Democratic Republic")."""
    from translate.terms import load_index

    index = load_index(glossary)
    terms = [t.text.lower() for c in glossary for t in c.terms_for(lang)]

    def covered(text: str) -> bool:
        low = text.lower()
        if any(low in t for t in terms):
            return True
        spans = [(o.start, o.end) for o in index.find(text, lang)]
        return all(
            any(a <= m.start() and m.end() <= b for a, b in spans)
            for m in re.finditer(r"\w+", text)
        )

    return covered
