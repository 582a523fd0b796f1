"""Gale & Church (1993) length-based alignment, with anchors, over any sequence of units.

Each unit has a length in characters and a set of anchors (numbers, glossary concepts,
quotes). The dynamic programme finds the cheapest monotone sequence of beads (1-1, 1-0, 0-1,
2-1, 1-2) where a bead's cost is Gale & Church's: −log of the probability of its length ratio
under a normal model (mean *c* = the documents' length ratio, variance s² = 6.8 per character)
and of its kind (their priors). Anchors then move the cost: every anchor both sides share makes
the bead cheaper, every anchor on one side only dearer. Used for blocks (headings, paragraphs,
list items) and, inside a block pair, for sentences.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

#: Gale & Church's priors for bead kinds (their Table 5)
PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2}
VARIANCE = 6.8
#: cost (in −log units) taken off per shared anchor, added per unshared one
SHARED = 2.0
UNSHARED = 1.5


@dataclass(frozen=True)
class Unit:
    text: str
    anchors: frozenset[str] = frozenset()
    #: "heading" or "" (a heading pairs with a heading: anything else costs extra)
    kind: str = ""

    @property
    def length(self) -> int:
        return max(len(self.text), 1)


@dataclass
class Bead:
    source: list[int]
    target: list[int]
    cost: float = 0.0
    #: the probability of the length ratio alone (1.0 for a perfect fit)
    p_length: float = 1.0
    shared: set[str] = field(default_factory=set)
    only_source: set[str] = field(default_factory=set)
    only_target: set[str] = field(default_factory=set)


def p_length(ls: int, lt: int, ratio: float, floor: float = 1.0) -> float:
    """Two-sided probability of a length difference at least this large; *floor* is the
    least mean length the variance is computed for."""
    mean = (ls + lt / ratio) / 2
    delta = (lt - ls * ratio) / math.sqrt(max(mean, floor) * VARIANCE)
    return math.erfc(abs(delta) / math.sqrt(2))


def confidence(bead: Bead, ls: int, lt: int, ratio: float) -> float:
    """How sure a bead is, in [0, 1], from its *ls* and *lt* characters and its anchors. Short
    units (headings) carry little length evidence, so their fit is judged as if they had 50
    characters. A glossary concept or a name found only in the translation is not held against
    the bead: translators add a name or render an adjective ("Russian media") with the noun
    ("Rusiya mediası"); a number found only there is."""
    p = p_length(ls, lt, ratio, floor=50) if ls and lt else bead.p_length
    against = len(bead.only_source) + sum(1 for a in bead.only_target if a.startswith("#"))
    total = len(bead.shared) + against
    agree = (len(bead.shared) + 1) / (total + 1)
    return 0.4 * p + 0.6 * agree if total else p


def bead_cost(src: Sequence[Unit], tgt: Sequence[Unit], ratio: float) -> Bead:
    kind = (len(src), len(tgt))
    a = frozenset().union(*(u.anchors for u in src)) if src else frozenset()
    b = frozenset().union(*(u.anchors for u in tgt)) if tgt else frozenset()
    # a name seen on one side only is no evidence (spellings differ across scripts)
    shared = set(a & b)
    only_s = {x for x in a - b if not x.startswith("name:")}
    only_t = {x for x in b - a if not x.startswith("name:")}
    if not src or not tgt:
        p = 1.0
        cost = -math.log(PRIORS[kind]) + 0.0
    else:
        ls = sum(u.length for u in src)
        lt = sum(u.length for u in tgt)
        p = p_length(ls, lt, ratio)
        cost = -math.log(PRIORS[kind]) - math.log(max(p, 1e-12))
        cost += -SHARED * len(shared) + UNSHARED * (len(only_s) + len(only_t))
        kinds_s = {u.kind for u in src}
        kinds_t = {u.kind for u in tgt}
        if kinds_s != kinds_t:
            cost += 6.0
    return Bead([], [], cost, p, shared, only_s, only_t)


#: how far from the diagonal (in units) the alignment looks, beyond the two sides' difference in
#: units: a path leaves the diagonal only by what was dropped or added, and a few merges or
#: splits; the band keeps the programme linear in the documents' length (a 600-block draft
#: took 20 s with the full table)
BAND = 30


def align(source: Sequence[Unit], target: Sequence[Unit], ratio: float | None = None) -> list[Bead]:
    """The cheapest monotone alignment of *source* and *target* units, searched within `BAND`
    units (plus the difference of their counts) of the diagonal."""
    n, m = len(source), len(target)
    if ratio is None:
        ls = sum(u.length for u in source) or 1
        ratio = (sum(u.length for u in target) or 1) / ls
    width = BAND + abs(n - m)

    def band(i: int) -> range:
        mid = i * m // n if n else 0
        return range(max(0, mid - width), min(m, mid + width) + 1)

    inf = float("inf")
    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int, Bead]]] = [{} for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        row = best[i]
        for j in band(i):
            here = row.get(j, inf)
            if here == inf:
                continue
            for di, dj in PRIORS:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                bead = bead_cost(source[i:ni], target[j:nj], ratio)
                total = here + bead.cost
                if total < best[ni].get(nj, inf):
                    best[ni][nj] = total
                    back[ni][nj] = (i, j, bead)
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, bead = back[i][j]
        bead.source, bead.target = list(range(pi, i)), list(range(pj, j))
        beads.append(bead)
        i, j = pi, pj
    return beads[::-1]
