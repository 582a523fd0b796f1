"""`translate glossary candidates` beside translate-toolkit's poterminology, on our articles.

    python tests/bench/compare_poterminology.py

poterminology (installed in a separate venv, /tmp/tt-venv, created when missing) reads the
article templates; ours reads the same articles. For each list: how many terms, how many the
glossary already has (the term index finds a glossary term over the whole phrase, in any
inflected form), and how many are inflected forms of another entry of the same list.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.catalog.po import read_po  # noqa: E402
from translate.config import load_config  # noqa: E402
from translate.glossary import load_glossary  # noqa: E402
from translate.tm.candidates import _key, glossary_cover  # noqa: E402
from translate.tm.candidates_project import project_candidates  # noqa: E402

TT = Path("/tmp/tt-venv")


def poterminology(pots: list[Path]) -> list[str]:
    exe = TT / "bin" / "poterminology"
    if not exe.exists():
        venv.create(TT, with_pip=True)
        subprocess.run([TT / "bin" / "pip", "install", "-q", "translate-toolkit"], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "terms.pot"
        subprocess.run([exe, *map(str, pots), "-o", str(out)], check=True, capture_output=True)
        return [m.msgid for m in read_po(out).active if m.msgid]


def main() -> None:
    config = load_config(ROOT)
    glossary = load_glossary(config.glossary_path)
    in_glossary = glossary_cover(glossary, "en")

    theirs = poterminology(sorted((config.locales_dir / "templates").glob("*.pot")))
    ours = [c.text for c in project_candidates(config, glossary)]
    for name, terms in (("poterminology", theirs), ("translate glossary candidates", ours)):
        known = [t for t in terms if in_glossary(t)]
        keys = [_key(t.split()) for t in terms]
        dupes = len(keys) - len(set(keys))
        print(
            f"{name}: {len(terms)} terms; {len(known)} already in the glossary; "
            f"{dupes} inflected duplicates"
        )
        print("   ", ", ".join(terms[:60]))
    new_theirs = {_key(t.split()) for t in theirs if not in_glossary(t)}
    both = [t for t in ours if _key(t.split()) in new_theirs]
    print(f"ours also in poterminology's list: {len(both)} of {len(ours)}: {', '.join(both)}")


if __name__ == "__main__":
    main()
