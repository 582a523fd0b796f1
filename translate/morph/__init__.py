"""Morphology, one module per language, each answering one question for the term index: which
surface forms belong to a term (`ru`, `en`: forms are generated when the index is built), or
which registered head a text token is a form of (`az`: tokens are analysed against a stem
table, because materialising ~1,000 forms per Azerbaijani term does not fit in memory).

- `translate.morph.en.term_forms(text)` → [(folded tokens, label)]
- `translate.morph.ru.term_forms(text, hint, pos)` → [(folded tokens, {(case, number)})];
  `unknown_words(phrase, hint)` for the glossary validator
- `translate.morph.az.AzHeadMatcher` / `transfer_chain` (analysis of heads)
"""
