"""Azerbaijani head matching: forms found, derivations and look-alikes not found."""

from __future__ import annotations

import pytest

from translate.morph.az import AzHeadMatcher, inflect, possessive_split, transfer_chain
from translate.text.normalize import fold

HEADS = {
    "işğal": 1,
    "dəhlizi": 2,  # Zəngəzur dəhlizi
    "varis": 3,  # hüquqi varis
    "bakı": 4,
    "qarabağ": 5,
    "ayaq": 6,
    "ürək": 7,
    "ICAO": 8,  # folds to "ıcao", like the text does
    "BMT": 9,
    "ABŞ": 10,
    "NATO": 11,
    "fikir": 12,
    "oğul": 13,
    "respublikası": 14,
    "bütövlüyü": 15,
    "ad": 16,
    "göz": 17,
    "hüquq": 18,
    "təyyarəsi": 19,
    "nostalgiyası": 20,
}


@pytest.fixture(scope="module")
def matcher() -> AzHeadMatcher:
    m = AzHeadMatcher()
    for head, key in HEADS.items():
        m.add(fold(head, "az"), key)
    return m


def keys(m: AzHeadMatcher, word: str) -> set[int]:
    return {k for k, _ in m.lookup(fold(word, "az"))}


# Each form taken from a real newsroom sentence (the sentence is given once per group).
# "Ermənistanın 30 illik işğalı dövründə ... işğaldan azad edilmiş ərazilərdə ..."
ISGAL_FORMS = [
    "işğal", "işğalı", "işğalın", "işğala", "işğalda", "işğaldan", "işğalla", "işğalları",
    "işğalımız", "işğalındadır", "işğaldakı", "işğalından", "işğalının", "işğalına", "işğaldır",
    "işğaldadır", "işğallar", "işğallardan", "işğalınızdan", "işğalındakı", "işğaldakılar",
]  # fmt: skip


@pytest.mark.parametrize("word", ISGAL_FORMS)
def test_every_case_of_isgal(matcher: AzHeadMatcher, word: str) -> None:
    assert keys(matcher, word) == {1}


def test_chain_is_the_ending_after_the_head(matcher: AzHeadMatcher) -> None:
    assert matcher.lookup("işğaldan") == [(1, "dan")]
    assert matcher.lookup("işğal") == [(1, "")]
    assert matcher.lookup("işğalındadır") == [(1, "ındadır")]


@pytest.mark.parametrize(
    ("word", "chain"),
    [
        # "Zəngəzur dəhlizinin açılması regionda nəqliyyat xəritəsini dəyişəcək."
        ("dəhlizinin", "nin"),
        ("dəhlizinə", "nə"),
        ("dəhlizini", "ni"),
        ("dəhlizində", "ndə"),
        ("dəhlizindən", "ndən"),
        ("dəhlizidir", "dir"),
        ("dəhliziylə", "ylə"),
        ("dəhlizindəki", "ndəki"),
        ("dəhlizi", ""),
        # "Nəqliyyat dəhlizləri Cənubi Qafqazı Avropaya bağlayır." — own possessive replaced
        ("dəhlizləri", "<ləri"),
        ("dəhlizlərinin", "<lərinin"),
        ("dəhlizlərindən", "<lərindən"),
        ("dəhlizimiz", "miz"),
    ],
)
def test_possessed_head_dehlizi(matcher: AzHeadMatcher, word: str, chain: str) -> None:
    assert (2, chain) in matcher.lookup(word)


def test_chain_rebuilds_token(matcher: AzHeadMatcher) -> None:
    for word in ["dəhlizləri", "ayağı", "fikri", "respublikaları", "bütövlüklərimiz", "bmt-yə"]:
        for key, chain in matcher.lookup(word):
            head = fold(next(h for h, k in HEADS.items() if k == key), "az")
            n = len(chain) - len(chain.lstrip("<"))
            assert head[: len(head) - n] + chain[n:] == word


@pytest.mark.parametrize(
    "word",
    # "Azərbaycan SSR-in hüquqi varisidir." / "SSRİ-nin hüquqi varisləri ..." / "varisinin"
    ["varis", "varisi", "varisidir", "varisləri", "varisinin", "varislərindən", "varisə"],
)
def test_varis(matcher: AzHeadMatcher, word: str) -> None:
    assert keys(matcher, word) == {3}


@pytest.mark.parametrize(
    "word",
    # "Nümayəndə heyəti Bakıya gəlib; Bakıda görüşlər ... Bakıdakı səfirlik ... Bakının mərkəzi"
    ["Bakı", "Bakıya", "Bakıda", "Bakıdakı", "Bakının", "Bakıdan", "Bakını", "Bakıdır", "Bakıyla"],
)
def test_baki(matcher: AzHeadMatcher, word: str) -> None:
    assert keys(matcher, word) == {4}


@pytest.mark.parametrize(
    "word", ["Qarabağ", "Qarabağa", "Qarabağın", "Qarabağda", "Qarabağı", "Qarabağdan"]
)
def test_qarabag(matcher: AzHeadMatcher, word: str) -> None:
    assert keys(matcher, word) == {5}


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("ayağı", 6),  # q → ğ before a vowel
        ("ayağa", 6),
        ("ayağımız", 6),
        ("ayaqda", 6),  # no change before a consonant
        ("ayaqı", 6),  # unchanged spelling accepted too
        ("ürəyi", 7),  # k → y
        ("ürəyindən", 7),
        ("ürəkdən", 7),
        ("hüququ", 18),  # loanword keeps q
        ("hüquqları", 18),
    ],
)
def test_k_q_alternation(matcher: AzHeadMatcher, word: str, key: int) -> None:
    assert keys(matcher, word) == {key}


def test_no_alternation_before_consonant(matcher: AzHeadMatcher) -> None:
    assert keys(matcher, "ayağda") == set()
    assert keys(matcher, "ürəydə") == set()


@pytest.mark.parametrize(
    ("word", "key"),
    [("fikri", 12), ("fikrimizi", 12), ("fikirlər", 12), ("fikirdə", 12), ("oğlu", 13),
     ("oğlunun", 13), ("oğullar", 13)],
)  # fmt: skip
def test_vowel_drop(matcher: AzHeadMatcher, word: str, key: int) -> None:
    assert keys(matcher, word) == {key}


def test_vowel_drop_needs_vowel_initial_ending(matcher: AzHeadMatcher) -> None:
    assert keys(matcher, "fikrdə") == set()


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("ICAO-nun", 8),
        ("ICAO'nun", 8),
        ("BMT-yə", 9),
        ("BMT-nin", 9),
        ("BMT-də", 9),
        ("BMT-dəki", 9),
        ("ABŞ-ın", 10),
        ("ABŞ-a", 10),
        ("ABŞ’ın", 10),  # typographic apostrophe, folded to '
        ("NATO-nun", 11),
        ("NATO-ya", 11),
    ],
)
def test_abbreviations_after_separator(matcher: AzHeadMatcher, word: str, key: int) -> None:
    assert keys(matcher, word) == {key}


def test_separator_needs_a_real_ending(matcher: AzHeadMatcher) -> None:
    assert keys(matcher, "BMT-zəngəzur") == set()
    assert keys(matcher, "NATO-çu") == set()


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("Respublikasının", 14),
        ("Respublikasına", 14),
        ("Respublikasında", 14),
        ("respublikaları", 14),
        ("bütövlüyünü", 15),
        ("bütövlüyünə", 15),
        ("bütövlüyündən", 15),
        ("təyyarəsinin", 19),
        ("təyyarələri", 19),
        ("nostalgiyasını", 20),
    ],
)
def test_heads_carrying_a_possessive(matcher: AzHeadMatcher, word: str, key: int) -> None:
    assert keys(matcher, word) == {key}


@pytest.mark.parametrize(
    "word",
    [
        "işğalçı",  # occupier, a derivation
        "işğalçılar",
        "işğalçılıq",
        "işğallıq",
        "işğalsız",
        "varislik",
        "Bakılı",  # a native of Baku
        "Qarabağlı",
        "Qarabağlılar",
        "dəhlizsiz",
        "adam",  # man, not ad + am
        "ada",  # island
        "adamlar",
        "gözlə",  # wait!, not göz + lə
        "gözləmək",
        "gözəl",  # beautiful: starts with göz
        "fikirləş",  # think (verb)
        "ayaqqabı",  # shoe: starts with ayaq
        "nataşa",
        "bakıxanov",
        "qarabağnamə",
    ],
)
def test_not_a_form(matcher: AzHeadMatcher, word: str) -> None:
    assert keys(matcher, word) == set(), word


def test_upper_case_through_fold(matcher: AzHeadMatcher) -> None:
    assert fold("İŞĞALINDAN", "az") == "işğalından"
    assert keys(matcher, "İŞĞALINDAN") == {1}
    assert keys(matcher, "DƏHLİZİNİN") == {2}
    assert keys(matcher, "BAKIDAKI") == {4}
    # I/i confusion: "İŞGALİNDAN" with dotted İ for I is not the same word
    assert keys(matcher, "İŞĞALİNDAN") == set()
    # plain str.lower() would make BAKI into "baki", which is not Bakı
    assert keys(matcher, "BAKI".lower()) == set()


def test_several_keys_and_heads() -> None:
    m = AzHeadMatcher()
    m.add("işğal", 1)
    m.add("işğal", 2)
    m.add("zəbt", 1)
    assert sorted(m.lookup("işğaldan")) == [(1, "dan"), (2, "dan")]
    assert m.lookup("zəbtdən") == [(1, "dən")]
    assert len(m) == 2


def test_short_stems_are_strict() -> None:
    m = AzHeadMatcher()
    m.add("ad", 1)
    m.add("söz", 2)
    m.add("yaz", 3)
    assert m.lookup("adlar") == [(1, "lar")]
    assert m.lookup("adı") == [(1, "ı")]
    assert m.lookup("adam") == []
    assert m.lookup("ada") == []
    assert m.lookup("sözə") == [(2, "ə")]
    assert m.lookup("sözlə") == []  # no instrumental on three-letter stems (gözlə, sözlə…)
    assert m.lookup("yazdır") == []  # no copula: yazdır is "make write"
    assert m.lookup("yazdı") == []


def test_possessive_split() -> None:
    assert possessive_split("dəhlizi") == "dəhliz"
    assert possessive_split("respublikası") == "respublika"
    assert possessive_split("bütövlüyü") == "bütövlük"
    assert possessive_split("kitab") is None
    assert possessive_split("ölkə") is None
    assert possessive_split("dəhlizı") is None  # out of harmony: not a possessive


@pytest.mark.parametrize(
    ("found", "chain", "target", "expected"),
    [
        ("işğal", "dan", "zəbt", "zəbtdən"),
        ("işğal", "ın", "zəbt", "zəbtin"),
        ("qarabağ", "dan", "qarabağ", "qarabağdan"),
        ("işğal", "a", "qarabağ", "qarabağa"),
        ("bakı", "ya", "gəncə", "gəncəyə"),
        ("işğal", "a", "bakı", "bakıya"),
        ("dəhlizi", "nin", "koridoru", "koridorunun"),
        ("dəhlizi", "ndən", "koridoru", "koridorundan"),
        ("dəhlizi", "<ləri", "koridoru", "koridorları"),
        ("dəhlizi", "nə", "koridoru", "koridoruna"),
        ("bakı", "nın", "gəncə", "gəncənin"),
        ("bakı", "na", "gəncə", "gəncəsinə"),  # Bakına can only be possessed: its -na
        ("ayaq", "<ğı", "qulaq", "qulağı"),
        ("bmt", "-nin", "atət", "atət-in"),
        ("bmt", "-nin", "mdb", "mdb-nin"),  # no vowel to harmonise with: kept as found
        ("bmt", "-nin", "təşkilatı", "təşkilatının"),
        ("işğal", "da", "respublikası", "respublikasında"),
        ("işğal", "lar", "respublikası", "respublikaları"),
    ],
)
def test_transfer_chain(found: str, chain: str, target: str, expected: str) -> None:
    assert transfer_chain(found, chain, target) == expected


def test_transfer_chain_possessed_flag() -> None:
    assert transfer_chain("bmt", "-yə", "təşkilatı", possessed=True) == "təşkilatına"
    assert transfer_chain("bmt", "-yə", "təşkilatı", possessed=False) == "təşkilatıya"
    assert transfer_chain("işğal", "çı", "zəbt") is None


def test_inflect() -> None:
    assert inflect("zəbt", "dan") == "zəbtdən"
    assert inflect("bakı", "ın") == "bakının"
    assert inflect("ordu", "lardan") == "ordulardan"
    assert inflect("dəhlizi", "nin") == "dəhlizinin"


def test_unimorph_recall(shared_data) -> None:
    rows = [
        line.split("\t")
        for line in (shared_data / "unimorph-aze-nouns-dev.tsv").read_text("utf-8").splitlines()
        if line
    ]
    m = AzHeadMatcher()
    lemmas = sorted({fold(r[0], "az") for r in rows})
    for i, lem in enumerate(lemmas):
        m.add(lem, i)
    index = {lem: i for i, lem in enumerate(lemmas)}
    found = sum(index[fold(r[0], "az")] in {k for k, _ in m.lookup(fold(r[1], "az"))} for r in rows)
    assert found / len(rows) >= 0.995
    # no form of one lemma is claimed by another
    for r in rows:
        claimed = {k for k, _ in m.lookup(fold(r[1], "az"))}
        assert claimed <= {index[fold(r[0], "az")]}, r


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("Bakıdakılar", 4),  # -ki, then plural
        ("Bakıdakıları", 4),
        ("Bakıdakılardan", 4),
        ("Bakıdakını", 4),  # pronominal n after -ki
        ("Bakıdaydı", 4),  # past copula after a case
        ("Bakıdaymış", 4),
        ("Bakıdaysa", 4),
        ("Bakıdaykən", 4),
        ("Bakıydı", 4),  # copula on a vowel-final bare stem takes y
        ("varisidirlər", 3),
        ("varislərdir", 3),
        ("işğaldaydı", 1),
        ("işğalındakılar", 1),
        ("dəhlizinindir", 2),
    ],
)
def test_ki_and_copulas(matcher: AzHeadMatcher, word: str, key: int) -> None:
    assert keys(matcher, word) == {key}


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("varisiyik", 3),  # possessive + 1pl predicative: "we are (its) successor"
        ("varisiyəm", 3),
        ("varisisən", 3),
        ("varisisiniz", 3),
        ("varisik", 3),  # plain stem + 1pl
        ("varisəm", 3),
        ("varislərik", 3),  # plural + 1pl
        ("Bakıdayıq", 4),  # case + 1pl: back harmony, q
        ("Bakıdansınız", 4),
        ("dəhlizindəyik", 2),
    ],
)
def test_personal_predicatives(matcher: AzHeadMatcher, word: str, key: int) -> None:
    assert keys(matcher, word) == {key}


def test_short_stems_take_no_personal_predicative(matcher: AzHeadMatcher) -> None:
    # ad + am would read «adam» (man) as "I am a name"; göz + əm, göz + ük likewise
    assert keys(matcher, "adam") == set()
    assert keys(matcher, "gözəm") == set()
    assert keys(matcher, "gözük") == set()


def test_verblike_endings_stay_off_bare_stems() -> None:
    m = AzHeadMatcher()
    m.add("qazan", 1)  # cauldron; also the verb "earn"
    m.add("dəyiş", 2)
    m.add("bitki", 3)  # plant
    m.add("bitik", 4)
    m.add("açıl", 5)
    assert m.lookup("qazandı") == []  # earned
    assert m.lookup("qazanmış") == []
    assert m.lookup("qazansa") == []
    assert m.lookup("qazandadır") == [(1, "dadır")]
    assert m.lookup("dəyişkən") == []  # changeable
    assert m.lookup("bitkin") == []  # exhausted, not "your plant"
    assert m.lookup("bitkinə") == [(3, "nə")]  # "to your plant" keeps a case after -n
    assert m.lookup("bitkini") == [(3, "ni")]
    assert {k for k, _ in m.lookup("bitkidən")} == {3}  # no vowel drop bitik → bitki
    assert m.lookup("bitki") == [(3, "")]
    assert m.lookup("açılmış") == []


def test_forms_are_found_for_many_heads_without_materialising() -> None:
    import tracemalloc

    heads = [f"{a}{b}stan" for a in "bcdfgklmnprst" for b in ("ar", "əl", "ur", "ik", "ön")]
    heads += [f"təşkilat{n}ı" for n in "bcdfgklmnprst"]
    tracemalloc.start()
    m = AzHeadMatcher()
    for i, h in enumerate(heads * 200):
        m.add(h + str(i // len(heads)) if i >= len(heads) else h, i)
    used = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(m) == len(heads) * 200
    assert used < 200 * len(heads) * 200  # ~ a dict entry per head, not ~1,000 forms
    assert {k for k, _ in m.lookup("barstanlarımızdan")} == {heads.index("barstan")}
    assert {k for k, _ in m.lookup("təşkilatbının")} == {heads.index("təşkilatbı")}


def test_bare_second_person_n_from_three_syllables() -> None:
    """-n after a vowel is "your X" on long stems; on short ones it spells verbs (boyan)."""
    m = AzHeadMatcher()
    for i, head in enumerate(("mənzərə", "müzakirə", "xəritə", "bacı", "boya", "işarələ")):
        m.add(head, i)
    assert m.lookup("mənzərən") == [(0, "n")]
    assert m.lookup("müzakirən") == [(1, "n")]
    assert m.lookup("xəritəndir") == [(2, "ndir")]
    assert m.lookup("bacın") == []  # two syllables: keçin, boyan, bitkin are other words
    assert m.lookup("boyan") == []  # be painted
    assert m.lookup("işarələn") == []  # the verb işarələ- + n: be marked
    assert m.lookup("bacına") == [(3, "na")]  # with a case after it the reading is safe


def test_foreign_head_takes_endings_of_every_harmony_class():
    from translate.morph.az import AzHeadMatcher

    m = AzHeadMatcher()
    m.add("smith", 0, foreign=True)  # spoken with a back vowel by some, front by others
    m.add("kitab", 1)
    assert [k for k, _ in m.lookup("smithə")] == [0]
    assert [k for k, _ in m.lookup("smitha")] == [0]
    assert [k for k, _ in m.lookup("smithun")] == [0]
    assert m.lookup("smithuz") == []  # still only endings of the grammar (-uq is "we are")
    assert m.lookup("kitabə") == []  # a native head keeps its harmony
