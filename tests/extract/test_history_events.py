"""History paragraphs (issue #5, texts written for these tests): a war's outbreak told as the
sentence's statement, a side driven out of a place, and coordinated past events each dated."""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.extract.history_events import (
    dated_apart,
    is_expulsion,
    told_war_outbreak,
)
from frontlines.nlp import parse


def _word(text: str, word: str) -> Token:
    return next(t for t in parse(text) if t.text == word)


def test_war_outbreak_is_told_only_by_the_main_clause() -> None:
    told = told_war_outbreak(next(parse("The war erupted in April, when the army and the RSF turned on each other.").sents))
    assert told is not None and told.text == "war"
    assert told_war_outbreak(next(parse("Since the war began in April, more than 5 million people have fled.").sents)) is None
    assert told_war_outbreak(next(parse("The civil war broke the economy.").sents)) is None


def test_driven_out_of_a_place_is_an_expulsion_but_out_of_homes_is_not() -> None:
    assert is_expulsion(_word("Al-Shabaab was driven out of Mogadishu by African Union troops in August 2011.", "driven")) is True
    assert is_expulsion(_word("Troops pushed the militants out of the town in 2017.", "pushed")) is True
    assert is_expulsion(_word("Thousands were driven out of their homes in 2019.", "driven")) is False


def test_coordinated_actions_with_their_own_dates_are_apart() -> None:
    doc = parse("M23 rebels seized Goma in November 2012 and captured Bukavu in February 2022.")
    assert dated_apart(doc[2], doc[8]) is True
    same = parse("Rebels seized Goma and captured Sake in November 2012.")
    assert dated_apart(same[1], same[4]) is False
