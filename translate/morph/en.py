"""English: the head (last word) of a term takes plural and possessive forms.

Plurals are generated, not looked up: regular rules plus a table of irregular nouns. Where
English hesitates (`embargos`/`embargoes`, `indexes`/`indices`) both forms are produced, since a
spelling the writer chose is still the term.
"""

from __future__ import annotations

from functools import lru_cache

from translate.text.tokenize import tokenize

#: singular → plural forms that rules do not produce (lower case)
IRREGULAR: dict[str, tuple[str, ...]] = {
    "man": ("men",), "woman": ("women",), "child": ("children",), "person": ("people", "persons"),
    "foot": ("feet",), "tooth": ("teeth",), "goose": ("geese",), "mouse": ("mice",),
    "ox": ("oxen",), "louse": ("lice",), "die": ("dice", "dies"),
    "criterion": ("criteria",), "phenomenon": ("phenomena",), "datum": ("data",),
    "medium": ("media", "mediums"), "memorandum": ("memoranda", "memorandums"),
    "curriculum": ("curricula",), "referendum": ("referendums", "referenda"),
    "stratum": ("strata",), "bacterium": ("bacteria",), "symposium": ("symposia", "symposiums"),
    "index": ("indices", "indexes"), "appendix": ("appendices", "appendixes"),
    "matrix": ("matrices",), "vertex": ("vertices",), "cactus": ("cacti", "cactuses"),
    "nucleus": ("nuclei",), "radius": ("radii",), "focus": ("foci", "focuses"),
    "fungus": ("fungi",), "stimulus": ("stimuli",), "alumnus": ("alumni",),
    "syllabus": ("syllabi", "syllabuses"), "corpus": ("corpora",), "genus": ("genera",),
    "formula": ("formulae", "formulas"), "antenna": ("antennae", "antennas"),
    "vertebra": ("vertebrae",), "alga": ("algae",), "larva": ("larvae",),
    "life": ("lives",), "knife": ("knives",), "wife": ("wives",), "leaf": ("leaves",),
    "half": ("halves",), "wolf": ("wolves",), "shelf": ("shelves",), "thief": ("thieves",),
    "calf": ("calves",), "loaf": ("loaves",), "self": ("selves",), "elf": ("elves",),
    "sheaf": ("sheaves",), "scarf": ("scarves", "scarfs"), "wharf": ("wharves", "wharfs"),
    "hoof": ("hooves", "hoofs"), "dwarf": ("dwarfs", "dwarves"),
    "hero": ("heroes",), "potato": ("potatoes",), "tomato": ("tomatoes",), "echo": ("echoes",),
    "veto": ("vetoes",), "torpedo": ("torpedoes",), "embargo": ("embargoes", "embargos"),
    "cargo": ("cargoes", "cargos"), "volcano": ("volcanoes", "volcanos"),
    "mosquito": ("mosquitoes", "mosquitos"), "tornado": ("tornadoes", "tornados"),
    "sheep": ("sheep",), "fish": ("fish", "fishes"), "deer": ("deer",), "series": ("series",),
    "species": ("species",), "aircraft": ("aircraft",), "spacecraft": ("spacecraft",),
    "headquarters": ("headquarters",), "means": ("means",), "offspring": ("offspring",),
    "chassis": ("chassis",), "corps": ("corps",), "bus": ("buses", "busses"),
    "quiz": ("quizzes",), "passerby": ("passersby",),
}  # fmt: skip
#: -man words whose plural is -mans
_MAN_REGULAR = frozenset({"human", "german", "roman", "shaman", "talisman", "caiman", "ottoman"})
_VOWELS = frozenset("aeiou")


def plurals(word: str) -> tuple[str, ...]:
    """Plural forms of an English noun (lower case in, lower case out)."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if not word or not word[-1].isalpha():
        return ()
    if word.endswith("man") and word not in _MAN_REGULAR and len(word) > 3:
        return (word[:-3] + "men", word + "s")
    if word.endswith(("sis", "xis")) and len(word) > 4:  # crisis, analysis, axis
        return (word[:-2] + "es",)
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return (word + "es",)
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return (word[:-1] + "ies",)
    if word.endswith("fe") and len(word) > 3:
        return (word + "s", word[:-2] + "ves")
    return (word + "s",)


def head_forms(word: str) -> list[tuple[str, str]]:
    """(form, label) for a head word: `sg`, `pl`, `sg-poss`, `pl-poss`. Lower case."""
    out = [(word, "sg"), (word + "'s", "sg-poss")]
    if word.endswith("s"):
        out.append((word + "'", "sg-poss"))  # "Congress' decision", "Paris' mayor"
    for pl in plurals(word):
        if pl == word:
            continue
        out.append((pl, "pl"))
        out.append((pl + "'" if pl.endswith("s") else pl + "'s", "pl-poss"))
    return out


@lru_cache(maxsize=4096)
def term_forms(text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every form of a term: the last word inflects, the others stay as written. Folded."""
    toks = [t.folded for t in tokenize(text, "en")]
    if not toks:
        return ()
    head = toks[-1]
    if not any(ch.isalpha() for ch in head):
        return ((tuple(toks), "sg"),)
    if head.endswith("'s"):  # a term that is itself possessive ("People's Republic") is fixed
        return ((tuple(toks), "sg"),)
    return tuple(((*toks[:-1], f), label) for f, label in head_forms(head))


def form_label(text: str, surface_tokens: tuple[str, ...]) -> str | None:
    for toks, label in term_forms(text):
        if toks == surface_tokens:
            return label
    return None


def inflect_like(target: str, label: str) -> str:
    """`target` (a term, as written) in the form `label`; the last word changes."""
    toks = tokenize(target, "en")
    if not toks or label == "sg":
        return target
    last = toks[-1]
    word = last.text
    low = last.folded
    if label in ("pl", "pl-poss"):
        pls = plurals(low)
        if pls:
            pl = pls[0]
            word = _match_case(word, pl)
    if label.endswith("poss"):
        word = word + ("'" if label == "pl-poss" and word.lower().endswith("s") else "'s")
    return target[: last.start] + word + target[last.end :]


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
