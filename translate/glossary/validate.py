"""Glossary validation: every rule an editor can break, each with a located message and a fix.

Rules (rule id → severity):

- `duplicate-id` (error): two concepts share an id; `id-syntax` (error): not lower-case ASCII,
  digits and `-`; `missing-id` (error): empty `id`; `missing-field` (error): empty `domain` or
  `pos`; `unknown-pos` (error); `empty-glossary` (error): no concepts; `control-character`
  (error): NUL, ESC… or a bidi override in any field.
- `missing-language` (error): a configured language has no column at all;
  `missing-preferred` (error): a concept has no preferred term for a configured language.
- `duplicate-term` (error): a term listed twice in one concept and language;
  `allowed-and-forbidden` (error): listed as allowed (preferred/admitted) and as
  deprecated/forbidden in one concept; `homograph` (warning): the same term under two concepts in
  one language, both allowed or both not (allowed in one and forbidden in the other is a
  deliberate distinction: the checks take the concept of the aligned source).
- `not-phrase-is-term` (error): a not-phrase (`<lang>_not`) that is a term of its own concept;
  `not-phrase-unused` (warning): one that contains no term of its concept (it can hide nothing);
  `spaces` as for terms.
- `other-sense-is-term` (error): an other-sense rendering (`<lang>_other_sense`) that is also a
  term of its own concept in that language (it would excuse the term's absence by its presence);
  `spaces` as for terms.
- `unknown-language` (error): a language code Babel (CLDR) does not know. Unknown statuses are
  reported by the readers (`unknown-status`), since the model cannot hold one.
- `not-nfc` (error), `spaces` (error for terms, warning for definitions and notes): leading,
  trailing, doubled or non-plain spaces.
- `mixed-script` (error): one word mixing Latin and Cyrillic letters; `az-cyrillic` (error);
  `ru-latin` (error).
- `ru-unknown-word` (warning): a Russian word the dictionary does not know, without a hint;
  `inflection-syntax` (error), `inflection-word` / `inflection-model` / `inflection-lang`
  (warnings) for the `ru_inflection` hint.

Terms are compared with `translate.text.normalize.fold` (Turkic casing, ё = е), except when a
term is case-sensitive, where the exact text counts.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Callable, Sequence

import regex

from translate.errors import Location, UserError
from translate.glossary.model import Concept, Glossary, Term
from translate.glossary.problems import Problem, error, warning
from translate.morph.hint import HintSyntaxError, parse_hint
from translate.morph.ru import is_adjective, is_known, unknown_words
from translate.text.normalize import fold, strip_diacritics

#: parts of speech documented in glossary/README.md
PARTS_OF_SPEECH = ("noun", "propn", "adj", "verb", "abbr")

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LATIN = regex.compile(r"\p{Script=Latin}")
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_LETTERS = regex.compile(r"\p{L}+")
#: a word of a term, hyphenated compounds kept whole
_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")


#: errors that make a written glossary broken for whatever reads it next (two entries with one
#: msgctxt, an id that is a path, a term cut short at a NUL): no command writes a glossary, or a
#: catalogue made from one, that has them, even where other findings are tolerated
WRITE_BLOCKING = frozenset({"duplicate-id", "id-syntax", "missing-id", "control-character"})


class GlossaryInvalidError(UserError):
    """A glossary that must not be written (or turned into catalogues) as it is: exit code 2,
    nothing written. Carries the blocking problems, each located."""

    def __init__(self, problems: list[Problem], source: str, action: str) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            f"{len(problems)} error(s) in the glossary: {action} refused, nothing written",
            location=first.location,
            hint="fix them (`translate glossary validate` lists them all) and run again",
        )
        self.source = source

    def __str__(self) -> str:
        shown = [_relative(str(p)) for p in self.problems[:20]]
        if len(self.problems) > 20:
            shown.append(f"… and {len(self.problems) - 20} more")
        return "\n".join([*shown, super().__str__()])


def _relative(text: str) -> str:
    """A problem as the user would locate it: paths under the current directory relative."""
    cwd = os.getcwd() + os.sep
    return text[len(cwd) :] if text.startswith(cwd) else text


def require_valid(
    glossary: Glossary,
    languages: Sequence[str] | None,
    action: str,
    *,
    only: frozenset[str] | None = WRITE_BLOCKING,
) -> None:
    """Raise `GlossaryInvalidError` when *glossary* has errors (of the rules in *only*, or any
    error when *only* is None): validate before every write."""
    problems = [
        p for p in validate(glossary, languages) if p.is_error and (only is None or p.rule in only)
    ]
    if problems:
        raise GlossaryInvalidError(problems, glossary.source or "<glossary>", action)


def validate(glossary: Glossary, languages: Sequence[str] | None = None) -> list[Problem]:
    """All findings for *glossary*, sorted by location.

    *languages* are the configured languages (source first); each must have a preferred term in
    every concept. Defaults to the glossary's own languages.
    """
    languages = tuple(languages) if languages is not None else glossary.languages
    source = glossary.source or "<glossary>"
    problems: list[Problem] = []
    problems += _check_languages(glossary, languages, source)
    if not glossary.concepts:
        problems.append(
            error(
                Location(source, 1),
                "the glossary is empty: it has no concepts",
                hint="add one concept per line after the header (see glossary/README.md)",
                rule="empty-glossary",
            )
        )
    present = [lang for lang in languages if lang in glossary.languages]
    seen_ids: dict[str, Concept] = {}
    for concept in glossary:
        problems += _check_concept_fields(concept, source, seen_ids)
        for lang in present:
            if concept.preferred(lang) is None:
                problems.append(
                    error(
                        _field_loc(concept, lang, source),
                        f"concept {concept.id!r} has no preferred {lang} term",
                        hint=f"fill in the {lang!r} column",
                        rule="missing-preferred",
                    )
                )
        problems += _check_duplicates(concept, source)
        for term in concept.terms:
            problems += _check_text(concept, term, source)
        problems += _check_inflection(concept, source)
        problems += _check_not_phrases(concept, source)
        problems += _check_other_senses(concept, source)
    problems += _check_homographs(glossary, source)
    return sorted(problems, key=Problem.sort_key)


# --- locations -----------------------------------------------------------------------------


def _field_loc(concept: Concept, name: str, source: str) -> Location:
    line, column = concept.positions.get(name, (concept.line, 0))
    return Location(source, line, column)


def _term_loc(term: Term, source: str, concept: Concept, offset: int = 0) -> Location:
    if term.line:
        return Location(source, term.line, term.column + offset if term.column else 0)
    return Location(source, concept.line, 0)


def _where(concept: Concept, term: Term) -> str:
    return f"{term.lang} {term.status} term {term.text!r} of {concept.id!r}"


# --- rules ---------------------------------------------------------------------------------


def _check_languages(glossary: Glossary, languages: Sequence[str], source: str) -> list[Problem]:
    problems = []
    for lang in languages:
        if lang not in glossary.languages:
            problems.append(
                error(
                    Location(source, 1, 1),
                    f"no column for the configured language {lang!r}",
                    hint=f"add the columns {lang},{lang}_admitted,{lang}_deprecated,"
                    f"{lang}_forbidden,{lang}_case to the header, or change "
                    "target_languages in [tool.translate]",
                    rule="missing-language",
                )
            )
    for lang in dict.fromkeys([*glossary.languages, *(t.lang for c in glossary for t in c.terms)]):
        if not _known_language(lang):
            first = next((t for c in glossary for t in c.terms if t.lang == lang), None)
            loc = Location(source, first.line, first.column) if first else Location(source, 1, 1)
            problems.append(
                error(
                    loc,
                    f"unknown language code {lang!r}",
                    hint="use an ISO 639 code CLDR knows, e.g. en, az, ru (az-Cyrl for "
                    "Cyrillic Azerbaijani)",
                    rule="unknown-language",
                )
            )
    return problems


@functools.cache
def _known_language(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def _suggest_id(text: str) -> str:
    ascii_text = strip_diacritics(text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _check_concept_fields(
    concept: Concept, source: str, seen_ids: dict[str, Concept]
) -> list[Problem]:
    problems = []
    if not concept.id:
        problems.append(
            error(
                _field_loc(concept, "id", source),
                "concept without an id",
                hint="give it a stable id: lower-case ASCII letters, digits and '-'",
                rule="missing-id",
            )
        )
    elif concept.id in seen_ids:
        problems.append(
            error(
                _field_loc(concept, "id", source),
                f"duplicate id {concept.id!r} (first used on line {seen_ids[concept.id].line})",
                hint="ids are unique and never reused: rename this one, or merge the two rows",
                rule="duplicate-id",
            )
        )
    else:
        seen_ids[concept.id] = concept
        if not _ID.match(concept.id):
            problems.append(
                error(
                    _field_loc(concept, "id", source),
                    f"bad id {concept.id!r}: use lower-case ASCII letters, digits and single '-'",
                    hint=f"for example {_suggest_id(concept.id) or 'my-concept'!r}",
                    rule="id-syntax",
                )
            )
    for name in ("domain", "pos"):
        if not getattr(concept, name).strip():
            problems.append(
                error(
                    _field_loc(concept, name, source),
                    f"concept {concept.id!r} has no {name}",
                    hint="fill it in (see glossary/README.md)",
                    rule="missing-field",
                )
            )
    if concept.pos and concept.pos not in PARTS_OF_SPEECH:
        problems.append(
            error(
                _field_loc(concept, "pos", source),
                f"unknown part of speech {concept.pos!r}",
                hint="use one of: " + ", ".join(PARTS_OF_SPEECH),
                rule="unknown-pos",
            )
        )
    for name in ("id", "domain", "pos", "definition", "note"):
        value = getattr(concept, name)
        loc = _field_loc(concept, name, source)
        problems += _controls(value, loc, f"the {name} of {concept.id!r}")
        problems += _nfc(value, loc, f"the {name} of {concept.id!r}")
        severity = warning if name in ("definition", "note") else error
        problems += _spaces(value, loc, f"the {name} of {concept.id!r}", severity)
    return problems


def _key(term: Term) -> str:
    return term.text if term.case_sensitive else fold(term.text, term.lang)


def _check_duplicates(concept: Concept, source: str) -> list[Problem]:
    problems = []
    seen: dict[tuple[str, str], Term] = {}
    for term in concept.terms:
        key = (term.lang, _key(term))
        first = seen.get(key)
        if first is None:
            seen[key] = term
            continue
        if first.status.allowed != term.status.allowed:
            problems.append(
                error(
                    _term_loc(term, source, concept),
                    f"{term.lang} term {term.text!r} of {concept.id!r} is both {first.status} "
                    f"and {term.status}",
                    hint="a term is either allowed (preferred/admitted) or not "
                    "(deprecated/forbidden): remove one",
                    rule="allowed-and-forbidden",
                )
            )
        else:
            problems.append(
                error(
                    _term_loc(term, source, concept),
                    f"{term.lang} term {term.text!r} is listed twice in {concept.id!r} "
                    f"(as {first.status} and {term.status})",
                    hint="remove the second one",
                    rule="duplicate-term",
                )
            )
    return problems


def _check_not_phrases(concept: Concept, source: str) -> list[Problem]:
    problems: list[Problem] = []
    for lang, phrases in concept.not_phrases.items():
        loc = _field_loc(concept, f"{lang}_not", source)
        terms = concept.terms_for(lang)
        term_texts = {fold(t.text, lang) for t in terms}
        for phrase in phrases:
            problems += _spaces(phrase, loc, f"not-phrase {phrase!r}")
            folded = fold(phrase, lang)
            if folded in term_texts:
                problems.append(
                    error(
                        loc,
                        f"not-phrase {phrase!r} of {concept.id!r} is one of its {lang} terms",
                        hint="a not-phrase names a longer phrase that is NOT this concept; "
                        "remove it, or remove the term",
                        rule="not-phrase-is-term",
                    )
                )
            elif not any(_holds(folded, fold(t.text, lang)) for t in terms):
                problems.append(
                    warning(
                        loc,
                        f"not-phrase {phrase!r} of {concept.id!r} contains none of its {lang} "
                        "terms, so it can hide nothing",
                        hint="a not-phrase is a phrase around a term of the concept "
                        "(e.g. 'Deputy Foreign Minister' for 'deputy')",
                        rule="not-phrase-unused",
                    )
                )
    return problems


def _check_other_senses(concept: Concept, source: str) -> list[Problem]:
    problems: list[Problem] = []
    for lang, senses in concept.other_senses.items():
        loc = _field_loc(concept, f"{lang}_other_sense", source)
        terms = {fold(t.text, lang): t for t in concept.terms_for(lang)}
        for sense in senses:
            problems += _spaces(sense, loc, f"other-sense rendering {sense!r}")
            term = terms.get(fold(sense, lang))
            if term is not None:
                problems.append(
                    error(
                        loc,
                        f"other-sense rendering {sense!r} of {concept.id!r} is also its {lang} "
                        f"{term.status} term",
                        hint="an other-sense rendering translates the source word in ANOTHER "
                        "sense than this concept; remove it from one of the two columns",
                        rule="other-sense-is-term",
                    )
                )
    return problems


def _holds(phrase: str, term: str) -> bool:
    """Whether every word of *term* starts a word of *phrase* (stems: terms inflect)."""
    words = phrase.split()
    return all(any(w.startswith(t[: max(3, len(t) - 2)]) for w in words) for t in term.split())


def _check_homographs(glossary: Glossary, source: str) -> list[Problem]:
    problems = []
    # allowed and disallowed terms are separate name spaces: a term allowed for one concept and
    # forbidden for another («Zəfər Günü»: 8 November yes, 9 May no) is a deliberate
    # distinction, which the checks resolve by the concept of the aligned source
    # two case-sensitive terms that differ in letter case never match the same text (the
    # capitalised name «Anım Günü» and the generic «anım günü»): no homograph
    owners: dict[tuple[str, str, bool], list[tuple[Concept, Term]]] = {}
    for concept in glossary:
        for term in concept.terms:
            key = (term.lang, fold(term.text, term.lang), term.status.allowed)
            seen = owners.setdefault(key, [])
            owner = next(
                (
                    c
                    for c, t in seen
                    if c.id != concept.id
                    and not (t.case_sensitive and term.case_sensitive and t.text != term.text)
                ),
                None,
            )
            seen.append((concept, term))
            if owner is not None:
                problems.append(
                    warning(
                        _term_loc(term, source, concept),
                        f"homograph: {term.lang} term {term.text!r} of {concept.id!r} is also "
                        f"a term of {owner.id!r} (line {owner.line})",
                        hint="fine if the word really has two meanings; otherwise keep it in "
                        "one concept",
                        rule="homograph",
                    )
                )
    return problems


def _nfc(text: str, loc: Location, what: str) -> list[Problem]:
    if unicodedata.is_normalized("NFC", text):
        return []
    index = next((i for i, ch in enumerate(text) if unicodedata.combining(ch)), 0)
    return [
        error(
            _shift(loc, index),
            f"{what} is not in Unicode NFC (decomposed character at offset {index})",
            hint="retype the letter (an editor or spreadsheet pasted it decomposed), or "
            f"normalise the file with: uconv -x any-nfc; NFC form: "
            f"{unicodedata.normalize('NFC', text)!r}",
            rule="not-nfc",
        )
    ]


def _shift(loc: Location, offset: int) -> Location:
    return Location(loc.path, loc.line, loc.column + offset) if loc.column else loc


def _spaces(
    text: str, loc: Location, what: str, severity: Callable[..., Problem] = error
) -> list[Problem]:
    if not text:
        return []
    problems = []
    if text != text.strip():
        where = 0 if text[0].isspace() else len(text.rstrip())
        problems.append(
            severity(
                _shift(loc, where),
                f"{what} has {'leading' if where == 0 else 'trailing'} space: {text!r}",
                hint="delete the space",
                rule="spaces",
            )
        )
    inner = text.strip()
    offset = len(text) - len(text.lstrip())
    match = re.search(r"  +|[^\S ]", inner)
    if match:
        kind = "doubled spaces" if match.group().startswith("  ") else f"{match.group()!r}"
        problems.append(
            severity(
                _shift(loc, offset + match.start()),
                f"{what} contains {kind}: {text!r}",
                hint="use single plain spaces between words",
                rule="spaces",
            )
        )
    return problems


#: control characters (NUL, ESC…) and the invisible bidirectional overrides: a term holding one
#: cuts a C string short (`gettext` returns "Bak" for "Bak\0ı") or displays as another text.
#: Tab, LF and CR are reported by `_spaces`.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _controls(text: str, loc: Location, what: str) -> list[Problem]:
    match = _CONTROL.search(text)
    if match is None:
        return []
    return [
        error(
            _shift(loc, match.start()),
            f"{what} contains the control character U+{ord(match.group()):04X}",
            hint="delete it: it is invisible, and gettext cuts a text at a NUL",
            rule="control-character",
        )
    ]


def _check_text(concept: Concept, term: Term, source: str) -> list[Problem]:
    problems: list[Problem] = []
    what = f"{term.lang} term {term.text!r}"
    loc = _term_loc(term, source, concept)
    problems += _controls(term.text, loc, what)
    problems += _nfc(term.text, loc, what)
    problems += _spaces(term.text, loc, what)
    for match in _LETTERS.finditer(term.text):
        word = match.group()
        latin = _LATIN.search(word)
        cyrillic = _CYRILLIC.search(word)
        if latin and cyrillic:
            n_latin = len(_LATIN.findall(word))
            n_cyr = len(_CYRILLIC.findall(word))
            odd = latin if n_latin <= n_cyr else cyrillic
            script = "Latin" if odd is latin else "Cyrillic"
            problems.append(
                error(
                    _shift(loc, match.start() + odd.start()),
                    f"the word {word!r} in {what} mixes Latin and Cyrillic letters "
                    f"({script} {odd.group()!r} U+{ord(odd.group()):04X})",
                    hint="retype the word in one alphabet (look-alike letters such as a/а, "
                    "e/е, o/о, c/с get pasted in)",
                    rule="mixed-script",
                )
            )
    if term.lang == "az":
        cyr = _CYRILLIC.search(term.text)
        if cyr:
            problems.append(
                error(
                    _shift(loc, cyr.start()),
                    f"{what} contains the Cyrillic letter {cyr.group()!r}",
                    hint="write Azerbaijani in the Latin alphabet (1992): Ə, Ğ, I, İ, Ö, Ş, Ü, Ç",
                    rule="az-cyrillic",
                )
            )
    if term.lang == "ru":
        lat = _LATIN.search(term.text)
        if lat:
            problems.append(
                error(
                    _shift(loc, lat.start()),
                    f"{what} contains the Latin letter {lat.group()!r}",
                    hint="write Russian in Cyrillic only; Latin abbreviations such as ICAO "
                    "belong in the en column",
                    rule="ru-latin",
                )
            )
    return problems


def _check_inflection(concept: Concept, source: str) -> list[Problem]:
    problems: list[Problem] = []
    checked: set[str] = set()
    for term in concept.terms:
        hint = term.inflection
        if hint and term.lang != "ru":
            problems.append(
                warning(
                    _field_loc(concept, f"{term.lang}_inflection", source),
                    f"inflection hints are only used for Russian, not {term.lang}",
                    hint="remove it",
                    rule="inflection-lang",
                )
            )
            continue
        if term.lang != "ru":
            continue
        if hint and hint not in checked:
            checked.add(hint)
            problems += _check_hint(concept, hint, source)
        # a malformed hint covers nothing (`_check_hint` reports its syntax)
        unknown = unknown_words(term.text, hint)
        # words with Latin letters are reported as mixed-script / ru-latin already
        unknown = [w for w in unknown if not _LATIN.search(w)]
        if unknown:
            listed = ", ".join(unknown)
            problems.append(
                warning(
                    _term_loc(term, source, concept),
                    f"the Russian dictionary does not know {listed} in {_where(concept, term)} "
                    "and there is no inflection hint for it",
                    hint=f"add to ru_inflection e.g. '{unknown[0]}=indecl' or "
                    f"'{unknown[0]}=like <a dictionary word that declines the same way>'",
                    rule="ru-unknown-word",
                )
            )
    return problems


def _check_hint(concept: Concept, hint: str, source: str) -> list[Problem]:
    loc = _field_loc(concept, "ru_inflection", source)
    try:
        items = parse_hint(hint)
    except HintSyntaxError as exc:
        return [
            error(
                _shift(loc, exc.offset),
                str(exc),
                hint="grammar: ITEM (; ITEM)* with ITEM = [WORD=]indecl, [WORD=]like MODEL or "
                "adj ADJECTIVE, e.g. 'Нахчыван=like караван', 'indecl' or 'adj армянский'",
                rule="inflection-syntax",
            )
        ]
    problems = []
    term_words = {fold(w, "ru") for t in concept.terms_for("ru") for w in _WORD.findall(t.text)}
    for item in items:
        if item.word and fold(item.word, "ru") not in term_words:
            problems.append(
                warning(
                    _shift(loc, hint.find(item.word)),
                    f"the inflection hint names {item.word!r}, which is not a word of any "
                    f"Russian term of {concept.id!r}",
                    hint="write the word exactly as it appears in the term",
                    rule="inflection-word",
                )
            )
        if item.adjective and not is_adjective(item.adjective):
            problems.append(
                warning(
                    _shift(loc, hint.find(item.adjective)),
                    f"the derived adjective {item.adjective!r} is not an adjective the Russian "
                    "dictionary knows",
                    hint="write the adjective in its dictionary form, e.g. 'adj армянский'",
                    rule="inflection-adjective",
                )
            )
        if item.model and not is_known(item.model):
            problems.append(
                warning(
                    _shift(loc, hint.find(item.model)),
                    f"the model word {item.model!r} is not in the Russian dictionary",
                    hint="pick a common dictionary noun or adjective that declines the same way",
                    rule="inflection-model",
                )
            )
    return problems
