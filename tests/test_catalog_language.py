"""Which language a catalogue is in when its header does not say: GNU's `po/fr.po` layout,
Babel's `ru_RU.po`, `<lang>/LC_MESSAGES/`; and `--lang` for a language outside the project's
targets. Any gettext file, not only this project's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_translate

# a catalogue without a Language header, with a changed number and a broken placeholder
NO_HEADER = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Orangutan has 12 bananas."
msgstr "{translation}"
"""


def _po(tmp_path: Path, rel: str, translation: str) -> Path:
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(NO_HEADER.format(translation=translation), encoding="utf-8")
    return path


def _check(tmp_path: Path, *args: str):
    out = run_translate("check", *args, "-f", "json", cwd=tmp_path)
    assert "Traceback" not in out.stderr
    return out


@pytest.mark.parametrize(
    ("rel", "lang", "translation"),
    [
        ("po/fr.po", "fr", "L'orang-outan a 13 bananes."),  # GNU gettext's own layout
        ("i18n/ru_RU.po", "ru", "У орангутана 13 бананов."),  # Babel's locale file names
        ("po/pt-BR.po", "pt", "O orangotango tem 13 bananas."),
        ("po/sr@latin.po", "sr", "Orangutan ima 13 banana."),
        ("locale/de/LC_MESSAGES/app.po", "de", "Der Orang-Utan hat 13 Bananen."),
    ],
)
def test_the_language_comes_from_the_file_name_when_the_header_is_silent(
    tmp_path, rel, lang, translation
):
    _po(tmp_path, rel, translation)
    out = _check(tmp_path, rel)
    assert out.returncode == 1, out.stderr  # the changed number is an error, not a refusal
    got = json.loads(out.stdout)
    assert [f["check"] for f in got["findings"]] == ["number-mismatch"]
    assert got["files"][0]["lang"] == lang


@pytest.mark.parametrize("rel", ["po/war.po", "po/news.po", "articles/fed.po"])
def test_a_slug_that_only_looks_like_a_code_is_not_taken_for_a_language(tmp_path, rel):
    _po(tmp_path, rel, "Orangutan 12 banan.")
    out = _check(tmp_path, rel)
    assert out.returncode == 2
    assert "cannot tell the catalogue's language" in out.stderr
    assert "hint:" in out.stderr and "--lang" in out.stderr


def test_lang_outside_the_targets_runs_the_checks_that_need_no_glossary(tmp_path):
    _po(tmp_path, "messages.po", "Orang-Utan hat 13 Bananen.")
    out = _check(tmp_path, "messages.po", "--lang", "de")
    assert out.returncode == 1, out.stderr
    assert [f["check"] for f in json.loads(out.stdout)["findings"]] == ["number-mismatch"]


def test_an_unknown_language_code_is_still_refused_with_a_hint(tmp_path):
    _po(tmp_path, "messages.po", "Orang-Utan hat 12 Bananen.")
    out = _check(tmp_path, "messages.po", "--lang", "dx")
    assert out.returncode == 2
    assert "unknown language 'dx'" in out.stderr
    assert "--lang az" in out.stderr


def test_the_memory_files_a_catalogue_under_its_primary_language(tmp_path):
    from translate.catalog.po import read_po
    from translate.tm.build import language_of

    path = _po(tmp_path, "po/ru_RU.po", "Орангутан ест 12 бананов.")
    assert language_of(path, read_po(path)) == "ru"
    other = _po(tmp_path, "po/war.po", "x")
    assert language_of(other, read_po(other)) is None
