"""`translate terms`: text and JSON output, standard input, unreadable files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import GLOSSARY_CSV_HEADER, run_translate

ROWS = [
    "occupation,history,noun,,,occupation,,,,,işğal,,,,,оккупация,,,,,",
    "legal-successor,law,noun,,,legal successor,,,,,hüquqi varis,,,,,правопреемник,,"
    "законный преемник,,,",
    "icao,organisation,abbr,,,ICAO,,,,yes,ICAO,,,,yes,ИКАО,,,,yes,indecl",
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "glossary.csv").write_text(
        "\n".join([GLOSSARY_CSV_HEADER, *ROWS]) + "\n", encoding="utf-8"
    )
    return tmp_path


def run(project: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`translate terms ARGS` on the test glossary, with a term-index cache of its own."""
    return run_translate(
        "terms",
        *args,
        "--glossary",
        "glossary.csv",
        cwd=project,
        stdin=stdin,
        env={"TRANSLATE_CACHE_DIR": str(project / "cache")},
    )


def test_text_output_names_file_line_concept_and_status(project: Path) -> None:
    (project / "a.md").write_text(
        "# Заголовок\n\nРечь об ОККУПАЦИИ и о законном преемнике.\n", encoding="utf-8"
    )
    out = run(project, "a.md", "--lang", "ru")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "a.md:3:9: occupation (preferred) ОККУПАЦИИ ← оккупация"
    assert lines[1] == "    Речь об ОККУПАЦИИ и о законном преемнике."
    assert lines[2] == (
        "a.md:3:23: legal-successor (deprecated) законном преемнике ← законный преемник"
    )
    assert "\x1b[" not in out.stdout  # no colour when not writing to a terminal


def test_json_output_from_standard_input(project: Path) -> None:
    text = "Bakı\nİŞĞALINDAN sonra ICAO-nun qərarı, Icao deyil.\n"
    out = run(project, "-", "--lang", "az", "--format", "json", stdin=text)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert rows == [
        {
            "start": 5,
            "end": 15,
            "concept_id": "occupation",
            "lang": "az",
            "surface": "İŞĞALINDAN",
            "term": "işğal",
            "status": "preferred",
            "file": "<stdin>",
            "line": 2,
        },
        {
            "start": 22,
            "end": 30,
            "concept_id": "icao",
            "lang": "az",
            "surface": "ICAO-nun",
            "term": "ICAO",
            "status": "preferred",
            "file": "<stdin>",
            "line": 2,
        },
    ]
    assert text[5:15] == "İŞĞALINDAN"


def test_jsonl_gives_the_json_objects_one_per_line(project: Path) -> None:
    (project / "a.txt").write_text('ICAO.\nНет: ОККУПАЦИИ [x]\t"q"\n', encoding="utf-8")
    (project / "b.txt").write_text("оккупация\n", encoding="utf-8")
    as_json = run(project, "a.txt", "b.txt", "--lang", "ru", "--format", "json")
    as_lines = run(project, "a.txt", "b.txt", "--lang", "ru", "--format", "jsonl")
    assert as_lines.returncode == 0, as_lines.stderr
    rows = [json.loads(line) for line in as_lines.stdout.splitlines()]
    assert rows == json.loads(as_json.stdout)
    assert [(r["file"], r["line"], r["surface"]) for r in rows] == [
        ("a.txt", 2, "ОККУПАЦИИ"),
        ("b.txt", 1, "оккупация"),
    ]
    empty = run(project, "-", "--lang", "ru", "--format", "jsonl", stdin="ничего\n")
    assert (empty.returncode, empty.stdout) == (0, "")
    assert run(project, "-", "--lang", "ru", "--format", "json", stdin="x").stdout == "[]\n"


def test_text_output_prints_the_line_as_written(project: Path) -> None:
    # brackets, backslashes and :emoji: codes are text, not console markup
    (project / "a.txt").write_text("[b]оккупация\\ :smile:\r\n", encoding="utf-8")
    out = run(project, "a.txt", "--lang", "ru")
    assert out.stdout.splitlines() == [
        "a.txt:1:4: occupation (preferred) оккупация ← оккупация",
        "    [b]оккупация\\ :smile:",
    ]


def test_several_files_and_english_forms(project: Path) -> None:
    (project / "a.txt").write_text("The legal successors' claims.\n", encoding="utf-8")
    (project / "b.txt").write_text("A preoccupation, not an occupation.\n", encoding="utf-8")
    out = run(project, "a.txt", "b.txt", "--lang", "en", "--format", "json")
    assert [(r["file"], r["surface"]) for r in json.loads(out.stdout)] == [
        ("a.txt", "legal successors'"),
        ("b.txt", "occupation"),
    ]


def test_unreadable_file_exits_2_with_a_located_message(project: Path) -> None:
    out = run(project, "missing.md", "--lang", "ru")
    assert out.returncode == 2
    assert "missing.md: cannot read file" in out.stderr
    assert "Traceback" not in out.stderr
    (project / "bad.txt").write_bytes("строка\n".encode() + "ошибка".encode("cp1251"))
    out = run(project, "bad.txt", "--lang", "ru")
    assert out.returncode == 2
    assert "bad.txt:2: not valid UTF-8 text" in out.stderr


def test_bad_language_is_a_usage_error(project: Path) -> None:
    (project / "a.txt").write_text("x", encoding="utf-8")
    out = run(project, "a.txt", "--lang", "de")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_missing_or_malformed_glossary_exits_2(project: Path) -> None:
    (project / "a.txt").write_text("оккупация", encoding="utf-8")
    (project / "glossary.csv").unlink()
    out = run(project, "a.txt", "--lang", "ru")
    assert out.returncode == 2
    assert "glossary.csv: glossary not found" in out.stderr
    (project / "glossary.csv").write_text('id,domain\n"broken,x\n', encoding="utf-8")
    out = run(project, "a.txt", "--lang", "ru")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_markdown_counts_prose_not_metadata_code_or_link_targets(project: Path) -> None:
    (project / "a.md").write_text(
        "---\n"
        'title: "The occupation of 1920"\n'
        "slug: occupation-1920\n"
        "source_url: https://example.org/occupation\n"
        "---\n"
        "\n"
        "The [occupation](https://example.org/occupation) began; `occupation` is code.\n"
        "\n"
        "```\n"
        "occupation\n"
        "```\n",
        encoding="utf-8",
    )
    (project / "a.txt").write_text("slug: occupation-1920\n", encoding="utf-8")
    proc = run(project, "a.md", "a.txt", "--lang", "en", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    hits = [(o["file"], o["line"], o["start"], o["surface"]) for o in json.loads(proc.stdout)]
    text = (project / "a.md").read_text(encoding="utf-8")
    title_at = text.index("occupation")
    link_at = text.index("[occupation]") + 1
    # the title and the link text, at their offsets in the original file; plain text is as is
    assert hits == [
        ("a.md", 2, title_at, "occupation"),
        ("a.md", 7, link_at, "occupation"),
        ("a.txt", 1, 6, "occupation"),
    ]
