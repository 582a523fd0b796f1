"""`translate glossary candidates`: what the sources use often and the glossary lacks."""

from __future__ import annotations

import csv
import io

from translate.glossary.csv_format import parse_csv
from translate.tm.candidates import extract, singular


def test_singular_through_the_morphology():
    words = ("troops", "countries", "analyses", "men", "aliyev’s", "wolves", "news")
    assert [singular(w) for w in words] == [
        "troop",
        "country",
        "analysis",
        "man",
        "aliyev",
        "wolf",
        "news",
    ]


def test_inflected_forms_are_counted_together():
    texts = [
        "The Soviet troops entered the city.",
        "Historians studied Soviet troop movements.",
        "A Soviet troop's orders were read. The Caspian pipeline was opened.",
        "Talks on the Caspian pipeline resumed; the Caspian pipelines carry gas.",
    ]
    found = {c.key: c for c in extract(texts)}
    pipeline = found[("caspian", "pipeline")]
    assert pipeline.count == 3 and set(pipeline.forms) == {"Caspian pipeline", "Caspian pipelines"}
    assert found[("soviet", "troop")].count == 3  # troops, troop, troop’s together
    # what the glossary covers is dropped
    assert ("caspian", "pipeline") not in {c.key for c in extract(texts, lambda t: "Caspian" in t)}


def test_cli_text_and_csv_in_the_glossary_schema(tmp_project, cli):
    r = cli("glossary", "candidates", cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    heads = [ln.split(None, 1) for ln in lines if not ln.startswith("      ")]
    assert heads and all(int(n) >= 2 for n, _ in heads)
    # what the glossary has (in any form) is not a candidate: Aliyev, Karabakh, occupation…
    texts = [t.split("  (forms")[0] for _, t in heads]
    assert "territory" in texts  # ("history" is the glossary's "history lesson" now)
    assert not {"Aliyev", "occupation", "Red Army", "Democratic Republic"} & set(texts)
    # every candidate shows its renderings in both languages
    assert sum(ln.startswith("      ru: ") for ln in lines) == len(heads)
    r = cli("glossary", "candidates", "-f", "csv", "-o", "cand.csv", cwd=tmp_project)
    assert r.returncode == 0, r.stderr
    data = (tmp_project / "cand.csv").read_bytes()
    loaded = parse_csv(data, "cand.csv")
    assert not [p for p in loaded.problems if p.severity == "error"], loaded.problems
    header = (tmp_project / "glossary/glossary.csv").read_text(encoding="utf-8").splitlines()[0]
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    assert set(rows[0]) <= set(header.split(","))
    territory = next(row for row in rows if row["en"] == "territory")
    assert territory["note"].startswith("candidate: 3 occurrence(s)")
    assert territory["ru"] and territory["az"]
