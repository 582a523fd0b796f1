"""`translate glossary candidates`: what the sources use often and the glossary lacks."""

from __future__ import annotations

import csv
import io

from translate.glossary.csv_format import parse_csv
from translate.tm.candidate_renderings import renderings, sentence_pairs
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


# A word that appears in every segment of the term ("Чиновники", from "Officials") co-occurs
# with it more exclusively than the rendering, which also translates "line" elsewhere: Dice's
# coefficient picks the wrong word here, the aligner explains "Чиновники" by "Officials".
PIPELINE_RU = [
    (
        "Officials said the pipeline opened in May.",
        "Чиновники сообщили, что трубопровод открылся в мае.",
    ),
    ("Officials inspected the pipeline twice.", "Чиновники осмотрели трубопровод дважды."),
    ("Officials blamed the pipeline operator.", "Чиновники обвинили оператора трубопровода."),
    ("Officials met in Baku.", "Чиновники встретились в Баку."),
    ("The line carries gas to Europe.", "Трубопровод перекачивает газ в Европу."),
    ("Engineers repaired the line quickly.", "Инженеры отремонтировали трубопровод быстро."),
]


def test_the_rendering_wins_over_a_word_that_always_co_occurs():
    found = extract([s for s, _ in PIPELINE_RU])
    renderings(found, PIPELINE_RU, "ru")
    by_key = {c.key: c for c in found}
    pipeline = by_key[("pipeline",)].renderings["ru"]
    assert pipeline[0][0] == "трубопровод"  # in the dictionary form, not трубопровода
    assert not any("чиновник" in r.lower() for r, _ in pipeline)
    assert by_key[("official",)].renderings["ru"][0][0].lower() == "чиновник"


def test_azerbaijani_renderings_are_grouped_through_the_suffix_grammar():
    segments = [
        ("The pipeline opened in May.", "Boru kəməri may ayında açıldı."),
        ("Officials inspected the pipeline.", "Rəsmilər boru kəmərini yoxladılar."),
        ("Repairs of the pipeline began.", "Boru kəmərinin təmiri başladı."),
        ("Gas flows through the pipeline.", "Qaz boru kəməri ilə axır."),
    ]
    found = extract([s for s, _ in segments])
    renderings(found, segments, "az")
    pipeline = next(c for c in found if c.key == ("pipeline",))
    # kəməri, kəmərini, kəmərinin are one rendering, shown in its least inflected form
    assert pipeline.renderings["az"][0] == ("boru kəməri", 4)


def test_title_case_heading_is_not_a_name():
    texts = [
        "Why History Still Matters",
        "The history of the region is long, and history still matters to many.",
        "The Ukraine Factor",
        "Talks with Ukraine resumed after a pause in the talks.",
        "Historians said the talks were about history.",
        "Ilham Aliyev met Vladimir Putin.",  # a sentence of names, not a heading
        "Ilham Aliyev spoke.",
    ]
    found = {c.key: c for c in extract(texts)}
    assert not [k for k in found if "still" in k or "matters" in k or "matter" in k]
    assert found[("ukraine",)].name and found[("ukraine",)].count == 2
    assert found[("history",)].count == 4 and not found[("history",)].name
    assert found[("ilham", "aliyev")].name and found[("ilham", "aliyev")].count == 2


def test_software_messages_verbs_and_literals_are_not_terms():
    texts = [
        "unable to read the index",
        "cannot read index file '%s'",
        "use 'git add <file>...' to mark resolution",
        "use 'git add <file>...' to update what will be committed",
        "could not write the index",
        "the index is corrupt; run --repair",
        "%s: not a valid index",
    ]
    keys = {c.key for c in extract(texts)}
    assert ("index",) in keys
    assert ("read",) not in keys and ("write",) not in keys  # verbs (after to, cannot)
    assert not [k for k in keys if "git" in k or "repair" in k or "s" in k]  # literals


def test_segments_are_cut_into_sentence_pairs_before_alignment():
    two = (
        "The pipeline opened in May. Officials praised the operator.",
        "Трубопровод открылся в мае. Чиновники похвалили оператора.",
    )
    assert sentence_pairs([two]) == [
        ("The pipeline opened in May.", "Трубопровод открылся в мае."),
        ("Officials praised the operator.", "Чиновники похвалили оператора."),
    ]
    # the translation merged two sentences: the length-based aligner keeps them together
    merged = (
        "Talks resumed. They lasted an hour. The ministers then met the press in Baku.",
        "Переговоры возобновились и длились час. Затем министры встретились с прессой в Баку.",
    )
    pairs = sentence_pairs([merged])
    assert pairs == [
        ("Talks resumed. They lasted an hour.", "Переговоры возобновились и длились час."),
        (
            "The ministers then met the press in Baku.",
            "Затем министры встретились с прессой в Баку.",
        ),
    ]
