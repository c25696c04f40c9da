"""Past events that history paragraphs tell in words the trigger lexicon leaves out.

Background paragraphs recall a war's start ("The war erupted in April, when …") and a side's
expulsion ("was driven out of Mogadishu in 2011") in phrasings no news lead uses for a fresh
event; without these, whole-article background recall loses them (issue #5).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.data import read_yaml

PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = read_yaml("events", "history.yaml")
    return {key: frozenset(w.lower() for w in data[key]) for key in ("war_nouns", "outbreak_verbs", "expulsion_verbs", "expulsion_from_verbs")}


def is_war_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in _cues()["war_nouns"] or tok.lower_ in _cues()["war_nouns"]


def is_outbreak_verb(verb: Token) -> bool:
    """"erupted", "began", "broke out" (not "broke the siege")."""
    lemma = verb.lemma_.lower()
    if lemma not in _cues()["outbreak_verbs"]:
        return False
    return lemma != "break" or any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in verb.children)


def told_war_outbreak(sent: SpacySpan) -> Token | None:
    """The war noun whose outbreak is the sentence's own statement ("The war erupted in April"), or None.

    Only the main clause counts: "since the war began" and "after the conflict erupted" date
    something else (framing.is_time_anchor), and a noun phrase like "the 2021 war" tells nothing.
    """
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or not is_outbreak_verb(root):
        return None
    return next((ch for ch in root.children if ch.dep_ == "nsubj" and is_war_noun(ch)), None)


def is_expulsion(tok: Token) -> bool:
    """"was driven out of Mogadishu", "pushed the militants out of the town", "were expelled from
    the town by AU troops": a side lost a place."""
    if tok.pos_ != "VERB":
        return False
    from frontlines.extract.events import _lexicon

    territorial = _lexicon()["territorial_objects"]
    lemma = tok.lemma_.lower()
    if lemma in _cues()["expulsion_from_verbs"] and any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children):
        for prep in (c for c in tok.children if c.lower_ == "from" and c.dep_ == "prep"):
            place = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
            if place is not None and (_named_place(place) or place.lemma_.lower() in territorial):
                return True
    if lemma not in _cues()["expulsion_verbs"]:
        return False
    for out in (ch for ch in tok.children if ch.lower_ == "out" and ch.dep_ in {"prt", "prep", "advmod"}):
        of = next((ch for ch in [*out.children, *tok.children] if ch.lower_ == "of" and ch.dep_ == "prep"), None)
        place = next((ch for ch in of.children if ch.dep_ == "pobj"), None) if of is not None else None
        if place is not None and (_named_place(place) or place.lemma_.lower() in territorial):
            return True
    return False


def _named_place(tok: Token) -> bool:
    # the small model tags many towns as a person, an ORG or nothing ("out of Marawi"): nobody is driven
    # out of a person, so any proper name but a people's ("out of the Kurds'") counts
    return tok.ent_type_ in PLACE_ENTITIES or (tok.pos_ == "PROPN" and tok.ent_type_ != "NORP")


def dated_apart(first: Token, second: Token) -> bool:
    """Two coordinated actions each with its own, different date ("seized Goma in November 2012 and
    captured Bunagana in June 2022"): two events, whatever their types."""
    a, b = _own_date(first), _own_date(second)
    return a is not None and b is not None and a != b


def _own_date(verb: Token) -> str | None:
    """The text of a date phrase hanging directly on the verb ("in June 2022"), or None."""
    for child in verb.children:
        if child.dep_ not in {"prep", "npadvmod", "tmod", "obl"}:
            continue
        words = [t for t in child.subtree if t.ent_type_ == "DATE"]
        if words:
            return " ".join(t.lower_ for t in words)
    return None
