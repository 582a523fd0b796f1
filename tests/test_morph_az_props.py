"""Properties of the Azerbaijani matcher: whatever the generator spells, the analyser finds;
a found form re-spelled on its own head gives the form back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translate.morph import az_grammar as g
from translate.morph.az import AzHeadMatcher, realize, transfer_chain

CONS = "bcçdfgğhxjklmnprsştvyz"
BACK, FRONT = "aıou", "eəiöü"


@st.composite
def stems(draw: st.DrawFn) -> str:
    """Harmonic two- to four-syllable stems, some ending in a vowel, some in k/q."""
    vowels = draw(st.sampled_from([BACK, FRONT]))
    word = draw(st.sampled_from(CONS))
    for _ in range(draw(st.integers(2, 4))):
        word += draw(st.sampled_from(vowels)) + draw(st.sampled_from(CONS))
    ending = draw(st.sampled_from(["", "", "vowel", "kq"]))
    if ending == "vowel":
        word = word[:-1]
    elif ending == "kq":
        word = word[:-1] + ("q" if vowels == BACK else "k")
    return word


@st.composite
def stem_and_chain(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    stem = draw(stems())
    cls = g.harmony_class(stem)
    table = g.ordinary_chains(cls, stem[-1] in g.VOWELS, 2)
    seqs = sorted(set(table.values()))
    return stem, draw(st.sampled_from(seqs))


@settings(max_examples=400, deadline=None)
@given(stem_and_chain(), st.booleans())
def test_every_generated_form_is_found(sc: tuple[str, tuple[str, ...]], alternate: bool) -> None:
    stem, seq = sc
    m = AzHeadMatcher()
    m.add(stem, 7)
    form = realize(stem, seq, alternate=alternate)
    assert 7 in {k for k, _ in m.lookup(form)}, (stem, seq, form)


@settings(max_examples=300, deadline=None)
@given(stem_and_chain())
def test_transfer_to_the_same_head_gives_the_form_back(sc: tuple[str, tuple[str, ...]]) -> None:
    stem, seq = sc
    m = AzHeadMatcher()
    m.add(stem, 1)
    form = realize(stem, seq)
    for _key, chain in m.lookup(form):
        assert transfer_chain(stem, chain, stem, possessed=False) == form


@settings(max_examples=300, deadline=None)
@given(stems(), st.sampled_from(sorted(set(g.possessed_chains("e", 2).values()))))
def test_possessed_heads_take_pronominal_n(stem: str, seq: tuple[str, ...]) -> None:
    head = realize(stem, ("P3",), alternate=False)
    m = AzHeadMatcher()
    m.add(head, 3)
    form = realize(stem, seq, alternate=False)
    assert 3 in {k for k, _ in m.lookup(form)}, (head, seq, form)
