"""The process pool of `translate check`: the same findings, in the same order, as one process;
an article's catalogues checked together; a malformed file reported as it is without a pool."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_cli_output

from translate.checks import Task, run_checks
from translate.checks.pool import PARALLEL_MIN_FILES, article_chunks
from translate.config import load_config

LANGS = ("az", "ru")
#: articles in the test archive: each has a catalogue per language, so the run has twice as
#: many files, over the pool's threshold
ARTICLES = PARALLEL_MIN_FILES // 2 + 3


def _archive(root: Path) -> Path:
    """ARTICLES articles, each the shipped catalogues of one seed article with its numbers
    shifted by the article's index (different texts, different number findings)."""
    archive = root / "archive"
    shipped = {
        lang: sorted(
            p
            for p in (root / "locales" / lang / "LC_MESSAGES").glob("*.po")
            if p.stem != "glossary"
        )
        for lang in LANGS
    }
    for i in range(ARTICLES):
        for lang in LANGS:
            src = shipped[lang][i % len(shipped[lang])]
            text = src.read_text(encoding="utf-8")
            if i:
                text = _shift(text, i)
            out = archive / lang / "LC_MESSAGES" / f"art-{i:02d}.po"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    return archive


def _shift(text: str, k: int) -> str:
    """The first four-digit number of each msgstr, plus *k*: a number finding of its own."""
    return re.sub(r'(?<=msgstr ")(\D*)(\d{4})', lambda m: m[1] + str(int(m[2]) + k), text)


def _tasks(archive: Path) -> list[Task]:
    # the caller's order (language first), not the pool's (article first)
    return [Task("po", str(p), str(p)) for p in sorted(archive.rglob("*.po"))]


def _inspect(checker, stats, segments):
    return (stats.file, stats.lang, len(segments), sum(len(s.target) for s in segments))


def _everything(result) -> list:
    """What a reader of the result sees: findings with their (unserialised) context, in order."""
    return (
        [(f.to_dict(), f.context, f.translation) for f in result.findings],
        [s.to_dict() for s in result.files],
        result.inspected,
    )


@pytest.mark.parametrize(("across", "jobs"), [(False, 2), (True, 3)])
def test_pool_equals_one_process_in_order(tmp_project: Path, across: bool, jobs: int):
    archive = _archive(tmp_project)
    config = load_config(tmp_project)
    tasks = _tasks(archive)
    assert len(tasks) >= PARALLEL_MIN_FILES
    runs = [
        run_checks(
            config,
            tasks,
            glossary_path=config.glossary_path,
            jobs=n,
            across=across,
            inspect=_inspect,
        )
        for n in (1, jobs)
    ]
    serial = _everything(runs[0])
    assert serial[0], "the archive has findings to compare"
    assert [f["check"] for f, _, _ in serial[0]].count("number-mismatch") >= ARTICLES - 1
    assert _everything(runs[1]) == serial
    # files and inspections in the caller's order, not the pool's
    assert [s["file"] for s in serial[1]] == [t.display for t in tasks]
    assert [i[0] for i in serial[2]] == [t.display for t in tasks]


def test_chunks_keep_articles_together_and_shrink():
    tasks = [
        Task("po", f"/x/{lang}/LC_MESSAGES/a{i:03d}.po", f"{lang}/a{i:03d}.po")
        for lang in LANGS
        for i in range(300)
    ]
    chunks = list(article_chunks(tasks, 2))
    flat = [pos for chunk in chunks for pos, _ in chunk]
    assert sorted(flat) == list(range(len(tasks)))  # every task once
    # article order: a000 (az, ru), a001 (az, ru), ...
    assert [tasks[p].display for p in flat[:4]] == [
        "az/a000.po",
        "ru/a000.po",
        "az/a001.po",
        "ru/a001.po",
    ]
    for chunk in chunks:
        names = [Path(t.path).name for _, t in chunk]
        assert len(names) == 2 * len(set(names))  # both languages of each article
    sizes = [len(c) for c in chunks]
    assert sizes == sorted(sizes, reverse=True)  # large first, small at the end
    assert sizes[-1] == 2  # the last chunk is one article


def test_chunks_keep_apart_catalogues_that_only_share_a_name():
    # many projects' `messages.po`: one group each, not one group of all of them, so the pool
    # still has work for every process
    tasks = [
        Task("po", f"/p/{i:02d}/{lang}/LC_MESSAGES/messages.po", f"{i:02d}/{lang}")
        for i in range(30)
        for lang in LANGS
    ]
    chunks = list(article_chunks(tasks, 2))
    assert len(chunks) >= 8
    for chunk in chunks:
        projects = {t.path.split("/")[2] for _, t in chunk}
        assert len(chunk) == 2 * len(projects)  # az and ru of each project together
    flat = sorted(pos for chunk in chunks for pos, _ in chunk)
    assert flat == list(range(len(tasks)))
    # outside the gettext layout nothing is grouped: `ru.po` of two projects are two files
    plain = [
        Task("po", f"/p/{i:02d}/{lang}.po", f"{i:02d}/{lang}.po")
        for i in range(2)
        for lang in LANGS
    ]
    assert sorted(len(c) for c in article_chunks(plain, 2)) == [1, 1, 1, 1]


def _break(po: Path) -> int:
    """Make *po* malformed: an unterminated string on its last msgstr; returns that line."""
    lines = po.read_text(encoding="utf-8").split("\n")
    at = max(i for i, ln in enumerate(lines) if ln.startswith('msgstr "'))
    lines[at] = 'msgstr "not closed'
    po.write_text("\n".join(lines), encoding="utf-8")
    return at + 1


@pytest.mark.parametrize("where", [[0], [ARTICLES // 2, ARTICLES - 1]])
def test_malformed_catalogue_in_a_worker_is_reported_with_its_line(
    tmp_project: Path, capsys, where: list[int]
):
    archive = _archive(tmp_project)
    broken = [archive / "ru" / "LC_MESSAGES" / f"art-{i:02d}.po" for i in where]
    lines = [_break(p) for p in broken]
    seen = []
    for jobs in ("1", "2"):
        code, out, err = run_cli_output(capsys, "check", "archive", "-j", jobs, "-f", "json")
        assert code == 2 and out == ""
        assert "Traceback" not in err
        # the first malformed file in the run, at its line, with what to do
        assert f"archive/ru/LC_MESSAGES/art-{where[0]:02d}.po:{lines[0]}:" in err
        assert "hint:" in err
        seen.append(err)
    assert seen[0] == seen[1]


def test_source_article_read_once_for_all_its_catalogues_and_again_after_an_edit(
    tmp_project: Path, monkeypatch: pytest.MonkeyPatch
):
    import translate.checks.checker as checker_mod
    from translate.checks.checker import Checker
    from translate.checks.tasks import tasks_for

    config = load_config(tmp_project)
    tasks = tasks_for(config, [])
    articles = {Path(t.path).stem for t in tasks}
    assert len(tasks) == len(LANGS) * len(articles) >= 4
    reads: list[Path] = []
    parse = checker_mod.parse_article

    def counted(path: Path):
        reads.append(Path(path))
        return parse(path)

    monkeypatch.setattr(checker_mod, "parse_article", counted)
    checker = Checker(config, config.glossary_path)
    shared = run_checks(config, tasks, glossary_path=None, checker=checker)
    assert sorted(p.stem for p in reads) == sorted(articles)  # once each, not once a language
    # the same findings as checkers that read the article for each catalogue
    fresh = [
        run_checks(config, [t], glossary_path=config.glossary_path, jobs=1).findings for t in tasks
    ]
    assert [f.to_dict() for f in shared.findings] == [
        f.to_dict() for f in sorted((f for fs in fresh for f in fs), key=lambda f: f.sort_key)
    ]
    # a new paragraph in the source: the same checker sees it, in every language
    seed = config.seeds_dir / "moscow-cant-erase-1920.md"
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\nA paragraph written after the catalogues.\n",
        encoding="utf-8",
    )
    again = run_checks(config, tasks, glossary_path=None, checker=checker)
    stale = [f for f in again.findings if "not in this catalogue" in f.message]
    assert sorted(f.lang for f in stale) == sorted(LANGS)
    assert all(f.span and f.span.text.startswith("A paragraph written") for f in stale)
