"""The seed articles are the whole text as received: every block of `../shared/seeds/*.txt`
(plain text, one block a line) is a block of the matching `seeds/*.md`, in order, word for word.
Only the newsletter promotion line is page furniture and left out; the received text opens with
the dateline, which the article keeps in its front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.catalog.article import load_articles
from translate.catalog.blocks import FRONT_TYPES
from translate.catalog.render import dateline

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_SEEDS = REPO_ROOT.parent / "shared" / "seeds"
PROMOTION = "Stay Ahead with Azerbaijan.us"


def received() -> list[Path]:
    if not SHARED_SEEDS.is_dir():
        return []
    return sorted(SHARED_SEEDS.glob("*.txt"))


@pytest.mark.skipif(not received(), reason="../shared/seeds is not present")
@pytest.mark.parametrize("seed", received(), ids=lambda p: p.name)
def test_every_received_block_is_in_the_article(seed: Path) -> None:
    lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").split("\n")]
    blocks = [ln for ln in lines if ln and not ln.startswith(PROMOTION)]
    assert len(blocks) < len([ln for ln in lines if ln]), "the promotion line is in the seed"
    articles = load_articles(REPO_ROOT / "seeds")
    for article in articles:
        opening = f"{dateline(article, 'en', None)} — "
        if blocks[0].startswith(opening):
            break
    else:
        pytest.fail(f"no article in seeds/ has the dateline that opens {seed.name}")
    body = [b.text for b in article.blocks if b.type not in FRONT_TYPES]
    expected = [blocks[0].removeprefix(opening), *blocks[1:]]
    missing = [b for b in expected if b not in body]
    assert not missing, f"{article.path.name} lacks {len(missing)} block(s), first: {missing[0]}"
    assert body == expected, "every block, in order, and nothing else"


def test_short_title_lines_are_headings_and_the_lists_are_lists(repo_root: Path) -> None:
    article = next(a for a in load_articles(repo_root / "seeds") if a.slug.startswith("aliyev"))
    headings = [b.text for b in article.blocks if b.type == "heading"]
    assert headings[-6:] == [
        "From Shared History to Current Tensions",
        "The Ukraine Factor",
        "The Human Dimension",
        "Russia’s Lost Leverage",
        "A “New Normal” Ahead",
        "Bottom Line",
    ]
    items = [b.text for b in article.blocks if b.type == "list item"]
    assert len(items) == 5
    assert items[2].startswith("It no longer has a security role")
    assert items[4].startswith("Its role as exclusive mediator collapsed")
