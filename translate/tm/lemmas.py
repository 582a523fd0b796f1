"""Lemmas of translated words, so a term's renderings are counted together in every case.

The aligner (`translate.tm.wordalign`) learns from lemmas, not surfaces: `коммита`, `коммитом`
and `коммиты` are one word to it, and so are `ərazisi`, `ərazisinə` and `ərazini`, so the few
hundred segments of a newsroom archive are enough to tell which word renders a term.

- Russian: pymorphy3's normal form of the first parse (offline dictionary, ~40 µs a word,
  cached per word type). A phrase's citation form agrees: the head noun goes to the nominative
  singular and the adjectives and participles before it follow its gender
  (`внешнего репозитория` → `внешний репозиторий`); words after the head keep their case
  (`сообщения коммита` → `сообщение коммита`).
- Azerbaijani: there is no dictionary, so the stem is the shortest word of the same corpus that
  the project's suffix grammar (`translate.morph.az.AzHeadMatcher`) says the word is a form of
  (`ərazisinə` → `ərazi` when `ərazi` occurs); a one-word rendering is shown as that stem. A
  phrase is shown in its least inflected written form, because the last word of an izafet
  keeps its possessive (`Rusiya ərazisi`).
- Other languages: case-folded words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from translate.text.normalize import fold, upper

#: an Azerbaijani stem shorter than this is too likely a different word (ər, ad, an)
_AZ_MIN_STEM = 4


@lru_cache(maxsize=200_000)
def _ru_lemma(word: str) -> str:
    from translate.morph.ru import analyzer

    low = fold(word, "ru")
    parses = analyzer().parse(low)
    return parses[0].normal_form.replace("ё", "е") if parses else low


def az_lemmatizer(vocabulary: Iterable[str]) -> Callable[[str], str]:
    """A lemma function for Azerbaijani words, from the words a corpus uses."""
    from translate.morph.az import AzHeadMatcher

    heads = sorted({fold(w, "az") for w in vocabulary})
    matcher = AzHeadMatcher()
    for key, head in enumerate(heads):
        if len(head) >= _AZ_MIN_STEM:
            matcher.add(head, key)
    memo: dict[str, str] = {}

    def lemma(word: str) -> str:
        low = fold(word, "az")
        hit = memo.get(low)
        if hit is None:
            stems = [heads[key] for key, _ in matcher.lookup(low)]
            hit = min(stems, key=len) if stems else low
            memo[low] = hit
        return hit

    return lemma


def lemmatizer(lang: str, vocabulary: Iterable[str] = ()) -> Callable[[str], str]:
    """The lemma function for words of *lang* (*vocabulary*: the corpus's words, for az)."""
    if lang == "ru":
        return _ru_lemma
    if lang == "az":
        return az_lemmatizer(vocabulary)
    return lambda word: fold(word, lang)


#: Azerbaijani function words (conjunctions, postpositions, particles): never at a rendering's edge
_AZ_FUNCTION = frozenset(
    "və ki ilə bu o da də üçün kimi isə həm amma ancaq lakin yəni yaxud və ya ya görə qədər "
    "sonra əvvəl artıq hələ belə bir".split()
)
_RU_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


def function_word(lang: str) -> Callable[[str], bool]:
    """Whether a word of *lang* is a function word (a preposition, conjunction or particle),
    which a rendering does not begin or end with (`над территорией` is `территория`)."""
    if lang == "ru":
        return _ru_function
    if lang == "az":
        return lambda word: fold(word, "az") in _AZ_FUNCTION
    return lambda word: False


@lru_cache(maxsize=50_000)
def _ru_function(word: str) -> bool:
    from translate.morph.ru import analyzer

    parses = analyzer().parse(fold(word, "ru"))
    return bool(parses) and parses[0].tag.POS in _RU_FUNCTION_POS


def citation_form(lang: str, surfaces: Sequence[str], lemma: Callable[[str], str]) -> str:
    """The dictionary form of a rendering, from its written forms (most frequent first) and
    the corpus's lemma function."""
    if lang == "ru":
        return _ru_citation(surfaces[0])
    shortest = min(surfaces, key=len)  # the least inflected: ərazisi before ərazisindən
    if lang == "az" and " " not in shortest:
        stem = lemma(shortest)  # a word of the corpus: ərazi
        return upper(stem[:1], "az") + stem[1:] if shortest[:1].isupper() else stem
    return shortest


_MODIFIERS = frozenset({"ADJF", "PRTF"})


def _ru_citation(phrase: str) -> str:
    from translate.morph.ru import analyzer

    morph = analyzer()
    words = phrase.split()
    parses = [morph.parse(w) for w in words]
    head = next(
        (i for i, ps in enumerate(parses) if ps and ps[0].tag.POS == "NOUN"),
        None,
    )
    if head is None:
        if len(words) == 1 and parses[0]:
            return parses[0][0].normal_form
        return phrase
    if any(not ps or ps[0].tag.POS not in _MODIFIERS for ps in parses[:head]):
        return phrase  # not a noun phrase with its adjectives first: leave it as written
    noun = parses[head][0]
    number = "plur" if noun.tag.number == "plur" and "Pltm" in noun.tag else "sing"
    lemma = noun.inflect({"nomn", number})
    if lemma is None:
        return phrase
    gender = noun.tag.gender
    out = []
    for ps in parses[:head]:
        wanted = {"nomn", number} | ({gender} if gender and number == "sing" else set())
        form = ps[0].inflect(wanted)
        out.append(form.word if form is not None else ps[0].word)
    out.append(lemma.word)
    out.extend(words[head + 1 :])
    return _restore_case(" ".join(out), phrase)


def _restore_case(text: str, model: str) -> str:
    """Capitals where the written form had them (pymorphy3 answers in lower case)."""
    words = text.split()
    for i, m in enumerate(model.split()[: len(words)]):
        if m[:1].isupper():
            words[i] = m if m.isupper() and len(m) > 1 else words[i][:1].upper() + words[i][1:]
    return " ".join(words)
