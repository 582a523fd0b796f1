"""How the translations rendered each term candidate: word alignment, counted by lemma.

1. Segment pairs are cut into sentence pairs where both sides have several sentences (equal
   counts pair in order; otherwise the length-based aligner of `translate align` pairs them).
2. A word aligner (`translate.tm.wordalign`, IBM Model 1 both ways) learns from the lemmas of
   both sides: English words through their singular, target words through `translate.tm.lemmas`
   (pymorphy3 for Russian, the project's suffix grammar for Azerbaijani).
3. For each occurrence of a candidate, its rendering is the target words linked to it in either
   direction, with what lies between them, without words copied from the source (command
   names, untranslated code). An occurrence inside a longer candidate (`tree` in
   `working tree`) counts only for the longer one, unless the shorter never occurs alone.
4. Renderings are counted by lemma and shown in their dictionary form (`внешнего
   репозитория` and `внешним репозиторием` are one rendering, `внешний репозиторий`); one seen
   once is shown only for a candidate seen once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from translate.align.galechurch import Unit, align
from translate.align.sentences import split_sentences
from translate.text.normalize import fold
from translate.tm.candidates import Candidate, singular, words_and_breaks
from translate.tm.lemmas import citation_form, function_word, lemmatizer
from translate.tm.wordalign import NULL, WordAligner


def sentence_pairs(segments: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The segments cut into sentence pairs where both sides have several sentences."""
    out: list[tuple[str, str]] = []
    for source, target in segments:
        ss, ts = split_sentences(source), split_sentences(target)
        if len(ss) == 1 or len(ts) == 1:
            out.append((source, target))
        elif len(ss) == len(ts):
            out.extend(zip(ss, ts, strict=True))
        else:
            for bead in align([Unit(s) for s in ss], [Unit(t) for t in ts]):
                out.append(
                    (" ".join(ss[i] for i in bead.source), " ".join(ts[j] for j in bead.target))
                )
    return out


class _Ids(dict[str, int]):
    def __missing__(self, key: str) -> int:
        value = self[key] = len(self)
        return value


def _occurrences(
    candidates: Sequence[Candidate], sources: Sequence[list[str]]
) -> dict[int, list[tuple[int, int, int, bool]]]:
    """candidate index → (pair, start, length, inside a longer candidate) per occurrence."""
    by_first: dict[str, list[int]] = defaultdict(list)
    for ci, c in enumerate(candidates):
        by_first[c.key[0]].append(ci)
    found: dict[int, list[tuple[int, int, int, bool]]] = defaultdict(list)
    for p, words in enumerate(sources):
        low = [w.lower() for w in words]
        sing = [singular(w) for w in low]
        spans: list[tuple[int, int, int]] = []
        for k in range(len(words)):
            for ci in {*by_first.get(low[k], ()), *by_first.get(sing[k], ())}:
                key = candidates[ci].key
                n = len(key)
                if k + n <= len(words) and (*low[k : k + n - 1], sing[k + n - 1]) == key:
                    spans.append((ci, k, n))
        for ci, k, n in spans:
            nested = any(m > n and a <= k and k + n <= a + m for _, a, m in spans)
            found[ci].append((p, k, n, nested))
    return found


def renderings(
    candidates: Sequence[Candidate], segments: Sequence[tuple[str, str]], lang: str, top: int = 2
) -> None:
    """Fill each candidate's renderings in *lang* from (source, target) segments."""
    pairs = sentence_pairs(segments)
    sources = [[w for w in words_and_breaks(s) if w is not None] for s, _ in pairs]
    # the same tokens as the sources': placeholders, options and quoted code are not words
    targets = [[w for w in words_and_breaks(t) if w is not None] for _, t in pairs]
    lemma = lemmatizer(lang, {w for ws in targets for w in ws})
    minor = function_word(lang)
    src_ids, tgt_ids = _Ids(), _Ids()
    es = [[src_ids[singular(w.lower())] for w in ws] for ws in sources]
    fs = [[tgt_ids[lemma(w)] for w in ws] for ws in targets]
    aligner = WordAligner(list(zip(es, fs, strict=True)))
    common = {lemma(w) for ws in targets for w in ws if w[:1].islower()}

    #: per sentence pair: its links, and the target positions copied from the source and the
    #: function words (neither begins or ends a rendering)
    links: dict[int, tuple[list[int], list[int], set[int], set[int]]] = {}

    def read(p: int) -> tuple[list[int], list[int], set[int], set[int]]:
        if p not in links:
            source = {fold(x, lang) for x in sources[p]}
            copied = {j for j, w in enumerate(targets[p]) if fold(w, lang) in source}
            edge = copied | {j for j, w in enumerate(targets[p]) if minor(w)}
            links[p] = (*aligner.links(es[p], fs[p]), copied, edge)
        return links[p]

    for ci, occ in _occurrences(candidates, sources).items():
        alone = [o for o in occ if not o[3]]
        counted: Counter[tuple[str, ...]] = Counter()
        copies: Counter[tuple[str, ...]] = Counter()
        surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for p, k, n, _ in alone or occ:
            to_source, to_target, copied, edge = read(p)
            span = range(k, k + n)
            linked = {j for j, i in enumerate(to_source) if i in span}
            linked |= {to_target[i] for i in span if to_target[i] != NULL}
            if not linked:
                continue
            words = targets[p]
            own = sorted(linked - copied)
            pick = [j for j in own if j not in edge] or own or sorted(linked)
            a, b = pick[0], pick[-1]
            if b - a + 1 > len(pick) + 2:  # scattered: keep the head word's link alone
                head = to_target[k + n - 1]
                if head == NULL:
                    continue
                a = b = head
            a, b = _extend(aligner, es[p], fs[p], span, a, b, edge)
            key = tuple(lemma(w) for w in words[a : b + 1])
            (counted if own else copies)[key] += 1
            surfaces[key][" ".join(words[a : b + 1])] += 1
        ranked = counted.most_common() or copies.most_common()
        if ranked and ranked[0][1] < 2 <= len(alone or occ):
            ranked = _by_support(ranked)
        picked: list[tuple[str, int]] = []
        keys: list[tuple[str, ...]] = []
        for key, count in ranked:
            if count < 2 <= len(alone or occ):
                break
            if any(_inside(key, k) or _inside(k, key) for k in keys):
                continue
            keys.append(key)
            forms = [f for f, _ in surfaces[key].most_common()]
            picked.append((_decapitalise(citation_form(lang, forms, lemma), common, lemma), count))
            if len(picked) == top:
                break
        candidates[ci].renderings[lang] = picked
    for c in candidates:
        c.renderings.setdefault(lang, [])


def _extend(
    aligner: WordAligner,
    es: Sequence[int],
    fs: Sequence[int],
    span: range,
    a: int,
    b: int,
    never: set[int],
) -> tuple[int, int]:
    """Widen the rendering [a, b] to neighbours the term explains nearly as well as its own
    words: with two target words for one source word (`pipeline` → `boru kəməri`), Model 1
    links each to the term only half the time. Never over a copied or a function word."""

    def fit(j: int) -> float:
        return max(aligner.prob(fs[j], es[i]) for i in span)

    least = min(fit(j) for j in range(a, b + 1)) / 2
    while a > 0 and a - 1 not in never and fit(a - 1) >= least:
        a -= 1
    while b + 1 < len(fs) and b + 1 not in never and fit(b + 1) >= least:
        b += 1
    return a, b


def _by_support(ranked: list[tuple[tuple[str, ...], int]]) -> list[tuple[tuple[str, ...], int]]:
    """Where no rendering recurs whole, the words they share: `территорией России` and
    `территорией` both count for `территория`."""
    support = Counter({k: sum(n for big, n in ranked if _inside(k, big)) for k, _ in ranked})
    return support.most_common()


def _inside(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _decapitalise(text: str, common: set[str], lemma: Callable[[str], str]) -> str:
    """A capital from the start of a sentence or a heading off, where the word is written in
    lower case elsewhere (`Быстрая перемотка` → `быстрая перемотка`); names keep theirs."""
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and not first.isupper() and lemma(first) in common:
        return f"{first[:1].lower()}{first[1:]} {rest}".rstrip()
    return text
