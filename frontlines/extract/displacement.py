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
    nouns = read_yaml("events", "triggers.yaml")["nouns"]
    return {
        "lemmas": frozenset(data["lemmas"]),
        "mass_at_least": int(data["mass_at_least"]),
        "cause_preps": frozenset(data["cause_preps"]),
        "event_nouns": frozenset(w for family in data["cause_families"] for w in nouns[family]),
    }


def flight_only(cue: Token) -> bool:
    """The word tells that people fled or were displaced, and not that a mass of them did on its own
    account: a flight "since the attack" is the toll of an event the report codes from its own words."""
    lemmas = _cues()["lemmas"]
    if not (cue.lemma_.lower() in lemmas or cue.lower_ in lemmas):
        return False
    return _people_count(cue) < _cues()["mass_at_least"] or _fled_event(cue)


def _fled_event(cue: Token) -> bool:
    """"have fled … since the attack", "fleeing the fighting": the flight is named by the violence it follows."""
    nouns = _cues()["event_nouns"]
    preps = _cues()["cause_preps"]
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [g for c in cue.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objects)


def _people_count(cue: Token) -> int:
    """The largest number in the fleeing verb's subject ("some 7,000 people", "thousands of civilians")."""
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    values = [_value(t) for s in subjects for t in s.subtree]
    return max([v for v in values if v is not None], default=0)


def _value(tok: Token) -> int | None:
    text = tok.lower_
    return lexicon().amounts.get(text) or digits_to_int(text) or (words_to_int(text) if tok.like_num else None)
