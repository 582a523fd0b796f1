"""Every command reads a file the same way (issue 15, items 1, 7 and 8).

Old-Mac (CR-only) and Windows (CRLF) line endings, a UTF-8 byte-order mark, a UTF-16 file and
escapes that name no character: each scenario is run on a copy of a shipped catalogue or seed,
through the commands a user runs, and the assertions are what the user sees.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from translate.catalog.po import parse_po, read_po
from translate.errors import UserError
from translate.fileio import decode_text, read_text

SLUG = "aliyev-occupation-remark"
AZ_PO = f"locales/az/LC_MESSAGES/{SLUG}.po"


def translations(path: Path) -> int:
    """Active messages with a translation."""
    return sum(1 for m in read_po(path).messages if m.has_translation and not m.obsolete)


def checked_messages(out: str) -> int:
    match = re.search(r"(\d+) message\(s\) checked", out)
    assert match, out
    return int(match[1])


@pytest.mark.parametrize("newline", [b"\r", b"\r\n"], ids=["CR-only", "CRLF"])
def test_cr_and_crlf_catalogue_is_read_alike_by_every_command(
    cli, tmp_project: Path, newline: bytes
) -> None:
    po = tmp_project / AZ_PO
    before = translations(po)
    assert before == 41  # the whole seed article: title, 39 blocks, the source link
    articles = [
        p for p in tmp_project.glob("locales/*/LC_MESSAGES/*.po") if p.name != "glossary.po"
    ]
    total = sum(len(read_po(p)) for p in articles)
    # the exact scenario of issue 15, item 1
    po.write_bytes(po.read_bytes().replace(b"\n", newline))

    out = cli("check", AZ_PO, cwd=tmp_project)
    assert out.returncode in (0, 1), out.stderr
    assert checked_messages(out.stdout + out.stderr) == 41

    out = cli("report", "-o", "r.html", cwd=tmp_project)
    assert out.returncode in (0, 1), out.stderr
    assert f">{total} message(s)" in (tmp_project / "r.html").read_text(encoding="utf-8")

    out = cli("status", "--format", "json", cwd=tmp_project)
    assert out.returncode == 0, out.stderr
    rows = [r for r in json.loads(out.stdout) if r["article"] == SLUG and r["lang"] == "az"]
    assert rows and rows[0]["translated"] == 41

    out = cli("compile", cwd=tmp_project)
    assert out.returncode == 0, out.stderr
    assert "header" not in out.stderr

    out = cli("update", cwd=tmp_project)
    assert out.returncode == 0, out.stderr
    assert re.search(rf"{re.escape(AZ_PO)}: \w+; 41 kept, 0 fuzzy, 0 new, 0 obsolete", out.stdout)
    assert translations(po) == before

    out = cli("build", cwd=tmp_project)
    assert out.returncode == 0, out.stderr
    edition = (tmp_project / "build/editions/az" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert "Əliyevin «işğal» ifadəsi" in edition


def test_bom_catalogue_is_accepted_by_every_command(cli, tmp_project: Path) -> None:
    po = tmp_project / AZ_PO
    po.write_bytes(b"\xef\xbb\xbf" + po.read_bytes())
    for command in (["check", AZ_PO], ["report", "-o", "r.html"], ["compile"], ["status"]):
        out = cli(*command, cwd=tmp_project)
        assert out.returncode in (0, 1), (command, out.stderr)
        assert "unexpected text" not in out.stdout + out.stderr
    out = cli("check", AZ_PO, cwd=tmp_project)
    assert checked_messages(out.stdout + out.stderr) == 41


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_catalogue_is_named_as_utf16(cli, tmp_project: Path, encoding: str) -> None:
    po = tmp_project / AZ_PO
    text = po.read_text(encoding="utf-8")
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = b"\xfe\xff" + data
    po.write_bytes(data)
    for command in (["check", AZ_PO], ["compile"], ["update"], ["status"]):
        out = cli(*command, cwd=tmp_project)
        assert out.returncode == 2, (command, out.stdout, out.stderr)
        assert "Traceback" not in out.stderr
        assert f"{AZ_PO}:1: the file is UTF-16" in out.stderr, (command, out.stderr)
        assert "iconv -f UTF-16" in out.stderr
        assert "cp1251" not in out.stderr


@pytest.mark.parametrize("escape", [r"\x110000", r"\xD800", r"\xdfff"])
def test_escape_that_names_no_character_is_located_in_every_command(
    cli, tmp_project: Path, escape: str
) -> None:
    po = tmp_project / AZ_PO
    lines = po.read_text(encoding="utf-8").split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.startswith('msgstr "Əliyevin'))
    lines[at] = lines[at][:-1] + escape + '"'
    po.write_text("\n".join(lines), encoding="utf-8")
    for command in (["check", AZ_PO], ["report", "-o", "r.html"], ["compile"], ["build"]):
        out = cli(*command, cwd=tmp_project)
        assert out.returncode == 2, (command, out.stdout, out.stderr)
        assert "Traceback" not in out.stderr and "UnicodeEncodeError" not in out.stderr
        assert f"{AZ_PO}:{at + 1}: escape {escape}" in out.stderr, (command, out.stderr)
    for command in (["update"], ["status"]):
        out = cli(*command, cwd=tmp_project)
        assert out.returncode == 2, (command, out.stdout, out.stderr)
        assert f"{AZ_PO}:{at + 1}:" in out.stderr


def test_bom_and_crlf_seed_and_draft_read_as_plain_utf8(
    cli, tmp_project: Path, repo_root: Path
) -> None:
    seed = tmp_project / "seeds" / f"{SLUG}.md"
    seed.write_bytes(b"\xef\xbb\xbf" + seed.read_bytes().replace(b"\n", b"\r\n"))
    out = cli("extract", cwd=tmp_project)
    assert out.returncode == 0, out.stderr
    assert "front matter" not in out.stderr

    plain = (repo_root / "tests/data/drafts" / f"{SLUG}.az.md").read_bytes()
    (tmp_project / "plain.md").write_bytes(plain)
    (tmp_project / "bom.md").write_bytes(b"\xef\xbb\xbf" + plain.replace(b"\n", b"\r\n"))
    found = {}
    for name in ("plain.md", "bom.md"):
        out = cli(
            *("check", name, "--lang", "az", "--source", f"seeds/{SLUG}.md", "-f", "json"),
            cwd=tmp_project,
        )
        assert out.returncode == 1, out.stderr  # the draft has planted problems
        report = json.loads(out.stdout)
        assert report["summary"]["messages"] == 40  # a draft has no labels
        found[name] = [(f["check"], f["line"], f["message"]) for f in report["findings"]]
    assert found["bom.md"] == found["plain.md"]
    assert not any(check == "alignment" for check, _, _ in found["bom.md"])


def test_shared_decoder_contract(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xef\xbb\xbfa\r\nb\rc\n")
    assert read_text(path) == "a\nb\nc\n"
    with pytest.raises(UserError) as err:
        decode_text("é".encode("utf-32"), "f.md")
    assert "UTF-32" in err.value.message and err.value.location.line == 1
    with pytest.raises(UserError) as err:
        decode_text(b"a\rb\r\xfd\r", "f.md")
    assert str(err.value.location) == "f.md:3"


def test_parse_po_accepts_cr_only_text_directly() -> None:
    cat = parse_po('msgid ""\rmsgstr ""\r"Language: az\\n"\r\rmsgid "a"\rmsgstr "b"\r')
    assert cat.header is not None and cat.header_value("Language") == "az"
    assert [(m.msgid, m.msgstr, m.line) for m in cat.messages] == [("a", "b", 5)]


def test_utf16_seed_and_glossary_are_named_as_utf16(cli, tmp_project: Path) -> None:
    seed = tmp_project / "seeds" / f"{SLUG}.md"
    seed.write_bytes(seed.read_text(encoding="utf-8").encode("utf-16"))
    out = cli("extract", cwd=tmp_project)
    assert out.returncode == 2, out.stdout + out.stderr
    assert f"seeds/{SLUG}.md:1: the file is UTF-16LE" in out.stderr
    assert "front matter" not in out.stderr and "cp1251" not in out.stderr

    csv = tmp_project / "glossary" / "glossary.csv"
    csv.write_bytes(csv.read_text(encoding="utf-8").encode("utf-16"))
    out = cli("glossary", "validate", cwd=tmp_project)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "glossary/glossary.csv:1:1: error: the file is UTF-16LE" in out.stdout + out.stderr
    assert "WINDOWS-1251" not in out.stdout + out.stderr
