"""Published translation ↔ source article: block then sentence alignment with anchors (numbers,
glossary concepts through the term index, names, quotations), a confidence per pair, output as
the article's catalogue.

    from translate.align import align_article
    result = align_article(Path("seeds/x.md"), Path("published/ru/x.md"), "ru", glossary=g)
    result.catalog  # the template's messages, translated; low-confidence ones fuzzy
    result.notes    # merged, split and unpaired blocks
"""

from translate.align.document import LOW, AlignResult, Pair, align_article
from translate.align.sentences import split_sentences

__all__ = ["LOW", "AlignResult", "Pair", "align_article", "split_sentences"]
