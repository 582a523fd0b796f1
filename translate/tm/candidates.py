"""Term candidates: what the sources use often that the glossary lacks, and how it was rendered.

Candidates are read from the source texts (English) without a tagger (see the README for why):
- names: runs of capitalised words, with `of`/`the`/`and` inside (`Declaration of Independence`),
  not counting a sentence's first word when the corpus also writes it in lower case. In a
  heading set in Title Case (most of its words capitalised: `Why 1920 Still Matters`) a
  capital says nothing, so there a word counts as a name only when the body text also
  capitalises it mid-sentence, or it is an acronym (`Ukraine Factor` gives `Ukraine`);
- noun phrases: two or three words with no stop word inside or at either end, whose last word
  can head a noun phrase and whose first word is not mostly a verb (`create branch` is not
  one); and single words from three occurrences on that are nouns by the evidence below.
  Literal text is skipped: printf placeholders, command-line options, identifiers
  (`core.editor`, `GIT_DIR`) and spans in ASCII single quotes or backticks that hold code
  (`'git rebase --continue'`).
- Part of speech from the corpus itself: a word is seen as a noun where it ends a phrase begun
  by a determiner or a preposition (`the commit`, `an invalid object`, `over Russian
  territory`), as a verb after `to`, a modal or `not` (`unable to read`, `cannot create`), as
  an adjective after a copula (`is empty`) or where it mostly stands in front of another content
  word (`current branch`). A single word needs noun evidence (at least one in five of its verb
  uses: `commit`, `merge`), or no other evidence and mostly phrase-final use; words ending in
  -ed, -ing and -ly need a determiner right before them (`the encoding`). Evidence is counted
  per singular, so `exists` and `exist` share theirs.
They are grouped by lemma through the English morphology (the head word's plural and
possessive: `Soviet troops` and `Soviet troop's` together), counted, and dropped when the term
index already finds a glossary term over the whole phrase, or when a longer candidate holds
every occurrence.

Renderings (`translate.tm.candidate_renderings`) come from the translated segments (catalogues
and TM) through a word aligner trained on the same segments; `translate.tm.candidates_project`
puts the two together for a project.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from translate.morph.en import plurals

if TYPE_CHECKING:  # the glossary package loads only when a glossary is given
    from translate.glossary.model import Glossary

#: literal text first (a placeholder, an option, an identifier), then words, numbers and breaks
_TOKEN = re.compile(
    r"(?P<code>%<?[A-Za-z_]\w*>|%[-+ #0-9.*]*(?:l|ll|h|z|j|t)?[a-zA-Z]"
    r"|(?<![\w’'])--?[A-Za-z][\w\-]*"
    r"|[^\W\d][\w\-]*(?:[._/][\w\-]+)+|[\w\-]*_[\w\-]*|<[\w\-]+>)"
    r"|(?P<word>[^\W\d_](?:[\w’'\-]*[^\W_])?)"
    r"|(?P<num>\d[\d.,]*)"
    r"|(?P<punct>[.,;:!?()\[\]{}“”\"«»—–…'`=|/\\])"
)
#: a quoted literal of software messages: 'git add <file>', `--force`
_QUOTED = re.compile(r"(?<![\w’'])'([^'\n]{1,80})'(?![\w’])|`([^`\n]{1,80})`")
STOP = frozenset(
    """a an the and or but nor of to in on at by for with from into onto over under about as is
    are was were be been being has have had do does did not no this that these those it its he
    she they them his her their our we us you your i me my which who whom whose what when where
    why how than then so such very also just only even more most much many some any all each
    both few other another same own there here after before while during against between through
    since until up down out off again further once s said says say told according would could
    should will can may might must shall one two three first last new cannot can't don't
    doesn't didn't won't isn't aren't wasn't couldn't shouldn't wouldn't hasn't haven't let
    still yet already now today however therefore thus instead rather whether either neither
    within without upon via per whereas because though although unless please yes
    given found done known shown seen made taken written gone got put set
    together later back like inside outside else otherwise too well ever never always
    often""".split()
)
_CONNECT = frozenset({"of", "the", "and"})
#: words ending in -s that are not plurals (the rules would make "news" the plural of "new")
_UNCOUNTABLE = frozenset("news series species means politics economics physics mathematics".split())
_VERBISH = ("ed", "ing", "ly")
_DETERMINERS = frozenset(
    "a an the this that these those each every no any some its their your his her our my "
    "another which whose".split()
)
#: a noun phrase follows these too: "over Russian territory", "from remote"
_PREPOSITIONS = frozenset(
    "of in on at by for with from into onto over under about against between through during "
    "without within upon via per across behind beyond near toward towards".split()
)
_BEFORE_VERB = frozenset(
    "to cannot can't can will would should could must please may might don't didn't "
    "doesn't won't shall it he she they we i you who already also never always".split()
)
_COPULA = frozenset("is are was were be been being become becomes seems remains".split())


@lru_cache(maxsize=100_000)
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


def _unquote(text: str) -> str:
    """*text* with quoted code cut out (a break in its place); a quoted word stays."""

    def repl(m: re.Match[str]) -> str:
        inner = m.group(1) or m.group(2) or ""
        if " " in inner.strip() or any(t.lastgroup == "code" for t in _TOKEN.finditer(inner)):
            return " | "
        return f" | {inner} | "

    return _QUOTED.sub(repl, text)


def words_and_breaks(text: str) -> list[str | None]:
    """The word tokens of *text* in order, None where a phrase cannot continue (punctuation,
    a number, literal code)."""
    out: list[str | None] = []
    for m in _TOKEN.finditer(_unquote(text)):
        out.append(m.group() if m.lastgroup == "word" else None)
    return out


def _runs(text: str) -> Iterable[list[str]]:
    """Word runs between breaks."""
    run: list[str] = []
    for tok in words_and_breaks(text):
        if tok is None:
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


def _title_case(text: str, runs: list[list[str]]) -> bool:
    """A heading in Title Case: short, no full stop at the end (`Ilham Aliyev met Vladimir
    Putin.` is a sentence of names), most of its content words capitalised."""
    content = [w for run in runs for w in run if w.lower() not in STOP]
    if len(content) < 2 or sum(len(r) for r in runs) > 15 or text.rstrip().endswith("."):
        return False
    return sum(w[0].isupper() for w in content) >= 0.75 * len(content)


@dataclass
class _Evidence:
    """How the corpus uses a word (lower case): as a noun, a verb, an adjective."""

    noun: Counter[str] = field(default_factory=Counter)
    #: a determiner right before it (the only noun evidence a word in -ing/-ed/-ly counts)
    noun_next_to_det: Counter[str] = field(default_factory=Counter)
    verb: Counter[str] = field(default_factory=Counter)
    adjective: Counter[str] = field(default_factory=Counter)
    #: the last word of a phrase (a stop word, a break or the end follows): where heads go
    final: Counter[str] = field(default_factory=Counter)
    final_not_to: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)

    def add_uses(self, tokens: list[str | None]) -> None:
        """First pass: what comes before each word (a verb after `to`, an adjective after
        `is`)."""
        low = [singular(t.lower()) if t is not None else None for t in tokens]
        for i, w in enumerate(low):
            if w is None:
                continue
            self.total[w] += 1
            prev = low[i - 1] if i else None
            if prev in _BEFORE_VERB or prev == "not":
                self.verb[w] += 1
            elif prev in _COPULA:
                self.adjective[w] += 1

    def add_phrases(self, tokens: list[str | None]) -> None:
        """Second pass: where phrases end (before a stop word, a break, a past form or a word
        mostly used as a verb) and which of them a determiner began."""
        low = [singular(t.lower()) if t is not None else None for t in tokens]
        det_at = -1  # where the current phrase's determiner is, or -1
        for i, w in enumerate(low):
            if w is None:
                det_at = -1
                continue
            nxt = low[i + 1] if i + 1 < len(low) else None
            final = (
                nxt is None
                or nxt in STOP
                or nxt.endswith("ed")
                or 2 * self.verb[nxt] > self.total[nxt]
            )
            if final:
                self.final[w] += 1
                if nxt != "to":  # "unable to", "able to": an adjective's complement
                    self.final_not_to[w] += 1
            if w in _DETERMINERS or w in _PREPOSITIONS:
                det_at = i
                continue
            if w in STOP:
                det_at = -1
                continue
            if det_at >= 0 and final:
                self.noun[w] += 1
                if det_at == i - 1 and low[det_at] in _DETERMINERS:
                    self.noun_next_to_det[w] += 1

    def nounish(self, word: str) -> bool:
        """May *word* (lower case) head a term (as a noun)?"""
        w = singular(word)
        if 4 * self.final[w] < self.total[w]:
            return False  # mostly in front of another word: a modifier (current, valid)
        if w.endswith(_VERBISH):
            return self.noun_next_to_det[w] > 0
        n = self.noun[w]
        if n:  # a noun at least once in five of its verb uses (commit, merge, update)
            return 5 * n >= self.verb[w] and 2 * n >= self.adjective[w]
        if self.verb[w] or self.adjective[w]:
            return False
        return 2 * self.final_not_to[w] >= self.total[w]

    def verbish(self, word: str) -> bool:
        w = singular(word)
        return self.verb[w] > self.noun[w]


def extract(texts: Sequence[str], covered: Callable[[str], bool] | None = None) -> list[Candidate]:
    """Candidates of *texts* (source-language blocks), most frequent first."""
    tokenized = [words_and_breaks(t) for t in texts]
    lower_seen = {t for toks in tokenized for t in toks if t is not None and t.islower()}
    evidence = _Evidence()
    for toks in tokenized:
        evidence.add_uses(toks)
    for toks in tokenized:
        evidence.add_phrases(toks)
    run_lists = [list(_runs(t)) for t in texts]
    titles = [_title_case(t, runs) for t, runs in zip(texts, run_lists, strict=True)]
    # capitalised inside a sentence of body text: a name wherever it appears
    named = {
        w
        for runs, title in zip(run_lists, titles, strict=True)
        if not title
        for run in runs
        for w in run[1:]
        if w[0].isupper()
    }
    found: dict[tuple[str, ...], Candidate] = {}

    def add(words: list[str], name: bool) -> None:
        key = _key(words)
        c = found.setdefault(key, Candidate(key, name=name))
        c.name = c.name and name
        c.count += 1
        c.forms[" ".join(words)] += 1

    def capital(w: str, k: int, title: bool) -> bool:
        """Is *w* at *k* of its run written as a name?"""
        if not w[0].isupper() or w.lower() in STOP:
            return False
        if title:
            return w in named or (w.isupper() and len(w) > 1)
        return not (k == 0 and w.lower() in lower_seen)

    for runs, title in zip(run_lists, titles, strict=True):
        for run in runs:
            names: set[tuple[int, int]] = set()
            i = 0
            while i < len(run):
                if not capital(run[i], i, title):
                    i += 1
                    continue
                # a break ends a name: "Azerbaijan’s 1991 Declaration" is two
                j = i + 1
                while j < len(run) and (
                    capital(run[j], j, title)
                    or (
                        run[j] in _CONNECT
                        and j + 1 < len(run)
                        and capital(run[j + 1], j + 1, title)
                    )
                ):
                    j += 1
                add(run[i:j], True)
                names.add((i, j))
                i = j
            # noun phrases: lower-case words, or capitalised ones inside a sentence
            # ("Caspian pipeline", "Soviet troops"), or any word of a Title Case heading
            shown = [
                w if not title or capital(w, k, True) else w.lower() for k, w in enumerate(run)
            ]
            low = [
                w.lower()
                if w.islower() or title or (k > 0 and w.lower() not in lower_seen)
                else None
                for k, w in enumerate(run)
            ]
            for n in (2, 3):
                for k in range(len(run) - n + 1):
                    gram = low[k : k + n]
                    if (k, k + n) in names or any(g is None or g in STOP for g in gram):
                        continue  # a name is counted once, as a name
                    first, last = gram[0], gram[-1]
                    assert first is not None and last is not None
                    if evidence.verbish(first) or last.endswith("ly"):
                        continue
                    if not (evidence.nounish(last) or evidence.noun[singular(last)]):
                        continue
                    add(shown[k : k + n], False)
            for k, w in enumerate(low):
                if w and w not in STOP and len(w) > 3 and shown[k].islower():
                    if evidence.nounish(w):
                        add([shown[k]], False)
    out = []
    for c in found.values():
        minimum = 3 if len(c.key) == 1 and not c.name else 2
        if c.count < minimum:
            continue
        if covered is not None and covered(c.text):
            continue
        out.append(c)
    # a phrase whose every occurrence is inside a longer candidate adds nothing
    inside: Counter[tuple[str, ...]] = Counter()
    for d in out:
        for n in range(1, len(d.key)):
            for i in range(len(d.key) - n + 1):
                sub = (*d.key[i : i + n - 1], singular(d.key[i + n - 1]))
                inside[sub] = max(inside[sub], d.count)
    kept = [c for c in out if inside[c.key] < c.count]
    kept.sort(key=lambda c: (-c.count, -len(c.key), c.text))
    return kept


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
