"""The compiled index is cached on disk, keyed by content, and survives a corrupted cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.glossary.model import Concept, Glossary, Term
from translate.terms import TermIndex, default_cache_dir, glossary_digest, load_index


def _glossary(ru: str = "оккупация") -> Glossary:
    return Glossary([Concept("occupation", terms=[Term("işğal", "az"), Term(ru, "ru")])])


def test_load_index_writes_then_reads_the_cache(tmp_path: Path) -> None:
    index = load_index(_glossary(), cache_dir=tmp_path)
    files = list(tmp_path.glob("terms-*.pickle"))
    assert len(files) == 1
    again = load_index(_glossary(), cache_dir=tmp_path)
    assert isinstance(again, TermIndex) and again is not index
    assert [o.surface for o in again.find("об оккупации и işğaldan", "ru")] == ["оккупации"]
    assert [o.surface for o in again.find("işğaldan sonra", "az")] == ["işğaldan"]


def test_the_key_follows_the_glossary_content(tmp_path: Path) -> None:
    assert glossary_digest(_glossary()) == glossary_digest(_glossary())
    assert glossary_digest(_glossary()) != glossary_digest(_glossary("аннексия"))
    load_index(_glossary(), cache_dir=tmp_path)
    index = load_index(_glossary("аннексия"), cache_dir=tmp_path)
    assert len(list(tmp_path.glob("terms-*.pickle"))) == 2
    assert [o.surface for o in index.find("аннексии", "ru")] == ["аннексии"]


def test_corrupted_cache_is_rebuilt_silently(tmp_path: Path) -> None:
    load_index(_glossary(), cache_dir=tmp_path)
    (path,) = tmp_path.glob("terms-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle at all")
    index = load_index(_glossary(), cache_dir=tmp_path)
    assert [o.surface for o in index.find("оккупацией", "ru")] == ["оккупацией"]
    assert path.read_bytes()[:1] == b"\x80" and b"not a pickle" not in path.read_bytes()


def test_unwritable_cache_directory_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    index = load_index(_glossary(), cache_dir=blocker / "sub")
    assert index.find("оккупация", "ru")


def test_cache_directory_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRANSLATE_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("TRANSLATE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "translate"


def test_the_key_follows_the_morphology_code(tmp_path: Path) -> None:
    """An index built by older morphology must not be loaded: the key hashes morph/*.py."""
    import shutil
    import subprocess
    import sys

    import translate

    pkg = tmp_path / "translate"
    shutil.copytree(Path(translate.__file__).parent, pkg)
    code = (
        "from translate.glossary.model import Concept, Glossary, Term\n"
        "from translate.terms import glossary_digest\n"
        "print(glossary_digest(Glossary([Concept('c', terms=[Term('işğal', 'az')])])))\n"
    )

    def digest() -> str:
        run = subprocess.run(
            [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
        )
        return run.stdout.strip()

    before = digest()
    with (pkg / "morph" / "az_grammar.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# a changed suffix table\n")
    assert digest() != before


def test_file_index_is_keyed_by_the_files_bytes_and_never_parsed_when_warm(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import translate.glossary
    from translate.glossary import write_tbx
    from translate.terms import load_file_index

    gloss = tmp_path / "glossary.tbx"
    gloss.write_text(write_tbx(_glossary()), encoding="utf-8")
    cache = tmp_path / "cache"
    cold = load_file_index(gloss, ("az", "ru"), cache_dir=cache)
    assert [o.surface for o in cold.find("об оккупации", "ru")] == ["оккупации"]

    def parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a warm run parsed the glossary")

    with monkeypatch.context() as m:
        m.setattr(translate.glossary, "load_glossary", parse)
        warm = load_file_index(gloss, ("az", "ru"), cache_dir=cache)
    assert [o.surface for o in warm.find("об оккупации", "ru")] == ["оккупации"]
    # an edited file is a new key: its index is built from the new content
    gloss.write_text(write_tbx(_glossary("аннексия")), encoding="utf-8")
    edited = load_file_index(gloss, ("az", "ru"), cache_dir=cache)
    assert [o.surface for o in edited.find("об оккупации и аннексии", "ru")] == ["аннексии"]


def test_a_malformed_glossary_file_fails_every_time_and_is_not_cached(tmp_path: Path) -> None:
    from translate.errors import UserError
    from translate.terms import load_file_index

    gloss = tmp_path / "glossary.tbx"
    gloss.write_text("<martif><text><body><termEntry", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(UserError):
            load_file_index(gloss, ("az", "ru"), cache_dir=tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("*.pickle"))
