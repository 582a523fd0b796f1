"""`translate align`: our own editions un-aligned and re-aligned, and edited pairs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from translate.align import align_article, split_sentences
from translate.align.galechurch import Unit, align
from translate.catalog.po import read_po
from translate.glossary import load_glossary

SLUGS = ("aliyev-occupation-remark", "moscow-cant-erase-1920")


@pytest.fixture(scope="module")
def editions(tmp_path_factory, cli) -> Path:
    """This repository rendered by `translate build`: the published editions."""
    from conftest import REPO_ROOT

    root = tmp_path_factory.mktemp("editions")
    for name in ("pyproject.toml", "seeds", "glossary", "locales"):
        src = REPO_ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, root / name)
    r = cli("build", cwd=root)
    assert r.returncode == 0, r.stderr
    return root


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("lang", ["az", "ru"])
def test_realign_our_own_editions(editions, cli, slug, lang):
    out = editions / f"{slug}.{lang}.po"
    r = cli(
        "align",
        f"seeds/{slug}.md",
        f"build/editions/{lang}/{slug}.md",
        "--lang",
        lang,
        "-o",
        str(out),
        cwd=editions,
    )
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # nothing merged, split or unpaired
    got = read_po(out)
    pot = read_po(editions / f"locales/templates/{slug}.pot")
    # exactly the messages `translate extract` makes
    assert [(m.msgctxt, m.msgid) for m in got.active if not m.is_header] == [
        (m.msgctxt, m.msgid) for m in pot.active if not m.is_header
    ]
    shipped = {
        m.key: m.msgstr for m in read_po(editions / f"locales/{lang}/LC_MESSAGES/{slug}.po").active
    }
    for m in got.active:
        if not m.is_header:
            assert m.msgstr == shipped[m.key], m.msgid
            assert not m.fuzzy
            assert any(c.startswith("align: ") for c in m.extracted)
    n = len(pot.active)
    assert f"{n} messages: {n} aligned, 0 fuzzy" in r.stdout
    if shutil.which("msgfmt"):
        check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)], capture_output=True)
        assert check.returncode == 0, check.stderr


def _edit(editions: Path, lang: str, how: str) -> Path:
    slug = SLUGS[0]
    parts = (
        (editions / f"build/editions/{lang}/{slug}.md").read_text(encoding="utf-8").split("\n\n")
    )
    # parts: 0 front matter, 1 lead paragraph (two sentences), 2 heading, 3-6 paragraphs
    if how == "merged":
        parts = [*parts[:3], parts[3] + " " + parts[4], *parts[5:]]
    elif how == "split":
        first, second = parts[1].split(". ", 1)
        parts = [parts[0], first + ".", second, *parts[2:]]
    elif how == "swapped":
        parts = [*parts[:3], parts[5], parts[4], parts[3], *parts[6:]]
    elif how == "dropped":
        parts = [*parts[:6], *parts[7:]]
    elif how == "no-front-matter":
        parts = parts[1:]
    path = editions / f"{how}.{lang}.md"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def _align(editions: Path, lang: str, how: str):
    glossary = load_glossary(editions / "glossary/glossary.csv")
    slug = SLUGS[0]
    result = align_article(
        editions / f"seeds/{slug}.md", _edit(editions, lang, how), lang, glossary=glossary
    )
    shipped = {
        m.key: m.msgstr for m in read_po(editions / f"locales/{lang}/LC_MESSAGES/{slug}.po").active
    }
    msgs = [m for m in result.catalog.active if not m.is_header]
    # a misalignment is never silent: a translation that is not the right one is fuzzy
    for m in msgs:
        if m.msgstr and m.msgstr != shipped[m.key]:
            assert m.fuzzy, (how, m.msgid)
    return result, msgs, shipped


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_merged_paragraphs_are_cut_between_sentences(editions, lang):
    result, msgs, shipped = _align(editions, lang, "merged")
    assert (
        len(result.notes) == 1
        and "merged: translation block renders source blocks" in result.notes[0]
    )
    fuzzy = [m for m in msgs if m.fuzzy]
    assert len(fuzzy) == 2
    for m in fuzzy:
        assert m.msgstr == shipped[m.key]  # the cut fell between the two paragraphs
        assert "merges this block with its neighbour" in m.comments[-1]
    assert all(m.msgstr == shipped[m.key] for m in msgs)


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_split_paragraph_is_joined_and_fuzzy(editions, lang):
    result, msgs, shipped = _align(editions, lang, "split")
    assert len(result.notes) == 1 and "split: translation blocks at lines" in result.notes[0]
    (m,) = [m for m in msgs if m.fuzzy]
    assert m.msgstr == shipped[m.key]
    assert "splits this block in two" in m.comments[-1]


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_reordered_paragraphs_are_never_aligned_silently(editions, lang):
    result, msgs, shipped = _align(editions, lang, "swapped")
    assert any("has no counterpart" in n for n in result.notes)
    wrong_or_missing = [m for m in msgs if m.msgstr != shipped[m.key]]
    assert wrong_or_missing and all(m.fuzzy or not m.msgstr for m in wrong_or_missing)


def test_dropped_paragraph_is_left_untranslated_and_listed(editions):
    result, msgs, _shipped = _align(editions, "ru", "dropped")
    (note,) = result.notes
    assert "source block has no counterpart in the translation (left untranslated)" in note
    assert sum(1 for m in msgs if not m.msgstr) == 1


def test_translation_without_front_matter(editions):
    result, msgs, shipped = _align(editions, "ru", "no-front-matter")
    assert not result.notes
    title = msgs[0]
    assert title.msgstr == ""  # the title lives in the front matter
    assert all(m.msgstr == shipped[m.key] for m in msgs[1:])


def test_sentences():
    assert split_sentences(
        "Gen. Tukhachevsky arrived. Then «the 11th Army» came! Was it? Yes."
    ) == ["Gen. Tukhachevsky arrived.", "Then «the 11th Army» came!", "Was it?", "Yes."]
    assert split_sentences("В 1920 г. Баку занят. «Это так», — сказал он.") == [
        "В 1920 г. Баку занят.",
        "«Это так», — сказал он.",
    ]


def test_a_long_document_is_aligned_within_its_band_and_finds_what_was_dropped():
    """400 blocks with the 10th and the 390th dropped: the path leaves the diagonal at both
    ends, and the banded programme (linear in the length) still finds both gaps."""
    lengths = [40 + (i * 37) % 200 for i in range(400)]
    src = [Unit("x" * n, frozenset({f"#{i}"})) for i, n in enumerate(lengths)]
    tgt = [
        Unit("y" * round(n * 1.1), frozenset({f"#{i}"}))
        for i, n in enumerate(lengths)
        if i not in (10, 390)
    ]
    beads = align(src, tgt)
    assert [b.source for b in beads if not b.target] == [[10], [390]]
    assert all(len(b.source) == len(b.target) == 1 for b in beads if b.target)
