"""What a run checks: the files `translate check [PATHS]` (and `translate report`) name, as tasks.

A task is plain data (paths as strings) so it crosses into pool workers by pickling.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from translate.catalog.article import load_articles, parse_article
from translate.checks.display import display_path
from translate.checks.result import FileKind
from translate.config import Config
from translate.errors import Location, UserError


@dataclass(frozen=True)
class Task:
    kind: FileKind
    path: str
    display: str
    lang: str | None = None
    source: str | None = None


def discover_catalogues(config: Config) -> list[Path]:
    """Every article catalogue of every target language under `locales/`, sorted.

    A catalogue belongs to an article when its file name is the article's slug; other catalogues
    (the glossary's own `glossary.po`) are not articles and are left alone.
    """
    seeds = config.seeds_dir
    slugs = {a.slug for a in load_articles(seeds)} if seeds.is_dir() else set()
    out: list[Path] = []
    for lang in config.target_languages:
        d = config.locales_dir / lang / "LC_MESSAGES"
        if d.is_dir():
            out.extend(p for p in sorted(d.glob("*.po")) if p.stem in slugs)
    return out


def _no_such_file(p: Path) -> UserError:
    return UserError(
        "no such file",
        location=Location(str(p)),
        hint="check the path; with no PATHS, translate check takes every catalogue",
    )


def tasks_for(
    config: Config,
    paths: Sequence[Path],
    *,
    lang: str | None = None,
    source: Path | None = None,
) -> list[Task]:
    """What `translate check [PATHS]` checks: PO files as catalogues (in a directory: every
    `*.po` but the glossary's own `glossary.po`), anything else as a draft. *lang* overrides a
    catalogue's `Language` header."""
    root = config.root
    if not paths:
        return [Task("po", str(p), display_path(p, root)) for p in discover_catalogues(config)]
    tasks: list[Task] = []
    for p in paths:
        if p.is_dir():
            tasks.extend(
                Task("po", str(q), display_path(q, root), lang)
                for q in sorted(p.rglob("*.po"))
                if q.name != "glossary.po"
            )
        elif p.suffix.lower() == ".po":
            if not p.exists():
                raise _no_such_file(p)
            tasks.append(Task("po", str(p), display_path(p, root), lang))
        else:
            if not p.exists():
                raise _no_such_file(p)
            if p.suffix.lower() == ".md" and _is_source(p, config) and lang is None:
                # a source article on its own (pre-commit passes seeds/*.md): its catalogues
                tasks.extend(_catalogues_of(p, config))
                continue
            if not lang:
                raise UserError(
                    "a draft needs its language",
                    location=Location(str(p)),
                    hint="pass --lang az (or ru), and --source seeds/<article>.md to align blocks",
                )
            tasks.append(
                Task("draft", str(p), display_path(p, root), lang, str(source) if source else None)
            )
    return tasks


def _is_source(p: Path, config: Config) -> bool:
    try:
        return p.resolve().parent == config.seeds_dir.resolve()
    except OSError:
        return False


def _catalogues_of(p: Path, config: Config) -> list[Task]:
    slug = parse_article(p).slug
    out = []
    for lang in config.target_languages:
        po = config.locales_dir / lang / "LC_MESSAGES" / f"{slug}.po"
        if po.is_file():
            out.append(Task("po", str(po), display_path(po, config.root)))
    return out
