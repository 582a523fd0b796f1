"""English heads: plural (irregular too) and possessive."""

from __future__ import annotations

from translate.morph.en import inflect_like, plurals, term_forms


def test_plurals() -> None:
    assert plurals("crisis") == ("crises",)
    assert plurals("man") == ("men",)
    assert "chairmen" in plurals("chairman")
    assert plurals("german") == ("germans",)
    assert plurals("army") == ("armies",)
    assert plurals("day") == ("days",)
    assert plurals("corridor") == ("corridors",)
    assert plurals("embargo") == ("embargoes", "embargos")
    assert plurals("match") == ("matches",)


def test_only_the_head_inflects() -> None:
    got = {" ".join(t) for t, _ in term_forms("legal successor")}
    assert got == {
        "legal successor", "legal successor's", "legal successors", "legal successors'",
    }  # fmt: skip
    got = {" ".join(t) for t, _ in term_forms("Declaration of Independence")}
    assert "declarations of independence" not in got


def test_inflect_like() -> None:
    assert inflect_like("Zangezur corridor", "pl") == "Zangezur corridors"
    assert inflect_like("crisis", "pl-poss") == "crises'"
    assert inflect_like("legal successor", "sg-poss") == "legal successor's"
    assert inflect_like("successor state", "pl-poss") == "successor states'"
