"""Repelled attacks: the (verb, attack) pair and the defenders."""

from frontlines.extract.repelled_attacks import defenders, repelled_attack
from frontlines.nlp import parse


def _pair(text: str, word: str) -> tuple[str, str] | None:
    doc = parse(text)
    found = repelled_attack(next(t for t in doc if t.text == word))
    return None if found is None else (found[0].text, found[1].text)


def test_verb_or_attack_noun_gives_the_pair() -> None:
    assert _pair("Ukrainian troops repelled a Russian assault near Bakhmut.", "assault") == ("repelled", "assault")
    assert _pair("The army beat back an attack by jihadists on the camp.", "beat") == ("beat", "attack")
    assert _pair("Ukrainian forces fended off a Russian attack on Avdiivka.", "attack") == ("fended", "attack")


def test_unfought_or_non_attack_objects_are_not_repelled_attacks() -> None:
    assert _pair("Security forces thwarted a planned attack on a church.", "attack") is None
    assert _pair("Police foiled an attempt to smuggle weapons into the town.", "foiled") is None
    assert _pair("The army beat the rebels in the final.", "beat") is None


def test_attempt_to_storm_is_an_attack() -> None:
    assert _pair("Soldiers foiled an attempt by gunmen to storm a police station.", "attempt") == ("foiled", "attempt")


def test_defenders_are_the_subject_or_the_passive_agent() -> None:
    doc = parse("Ukrainian troops repelled a Russian assault near Bakhmut.")
    assert [t.text for t in defenders(next(t for t in doc if t.text == "assault"))] == ["troops"]
    doc = parse("A Russian assault was repelled by Ukrainian troops.")
    assert [t.text for t in defenders(next(t for t in doc if t.text == "assault"))] == ["troops"]
