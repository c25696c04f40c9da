"""Court proceedings and charges: the words name what a trial or a charge is about, not an event.

"A military court sentenced four commanders for the 2020 school attack", "a court extended the
detention of a teenager arrested last month", "arrested on charges of damaging property during
earlier protests": the attack, the arrest and the protests were told (or not) when they happened;
ACLED codes no new event from a verdict or a charge sheet. Cues: frontlines/data/events/judicial.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.data import read_yaml

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    data = read_yaml("events", "judicial.yaml")
    return {key: frozenset(w.lower() for w in data[key]) for key in ("court_nouns", "judicial_verbs", "charge_nouns")}


def _court_acts(verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The verb is a court's: its subject, or its passive's agent, is a court or a judge."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in cues["judicial_verbs"]:
        return False
    doers = [ch for ch in verb.children if ch.dep_ in SUBJECT_DEPS and ch.pos_ in {"NOUN", "PROPN"}]
    doers += [g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in cues["court_nouns"] for d in doers)


def is_judicial(sent: SpacySpan, trigger_token: int) -> bool:
    """The trigger is a court's act or sits under one, or tells what a charge is about."""
    cues = _cues()
    tok = sent.doc[trigger_token]
    chain = [tok, *(a for a in tok.ancestors if sent.start <= a.i < sent.end)]
    if any(_court_acts(t, cues) for t in chain):
        return True
    return any(t.lower_ in cues["charge_nouns"] and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in t.children) for t in chain[1:])
