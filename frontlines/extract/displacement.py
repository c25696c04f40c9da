"""Flight alone is no event: "Residents fled to nearby forests".

The catch-all rule `other` reads "fled"/"displaced"/"refugees" as a Strategic development. As
the only cue of a sentence or short report it would make a record of a flight ACLED never codes;
a mass displacement ("some 7,000 people have fled …") stays one, as the CASE gold codes it.
Lexicon: frontlines/data/events/displacement.yaml.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from frontlines.data import read_yaml
from frontlines.extract.number_words import digits_to_int, lexicon, words_to_int


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = read_yaml("events", "displacement.yaml")
    return {"lemmas": frozenset(data["lemmas"]), "mass_at_least": int(data["mass_at_least"])}


def flight_only(cue: Token) -> bool:
    """The word tells that people fled or were displaced, and not that a mass of them did."""
    lemmas = _cues()["lemmas"]
    return (cue.lemma_.lower() in lemmas or cue.lower_ in lemmas) and _people_count(cue) < _cues()["mass_at_least"]


def _people_count(cue: Token) -> int:
    """The largest number in the fleeing verb's subject ("some 7,000 people", "thousands of civilians")."""
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    values = [_value(t) for s in subjects for t in s.subtree]
    return max([v for v in values if v is not None], default=0)


def _value(tok: Token) -> int | None:
    text = tok.lower_
    return lexicon().amounts.get(text) or digits_to_int(text) or (words_to_int(text) if tok.like_num else None)
