"""Attacks fought off: "Ukrainian troops repelled a Russian assault near Bakhmut".

ACLED codes a repelled attack as an Armed clash between the attackers (actor1) and the
defenders (actor2), not as a territorial change or a disrupted weapon: the sides fought.
The mention is anchored on the attack noun so the attackers are its arguments ("Russian",
"by jihadists"); the defenders are the subject of the repelling verb. Lexicon:
frontlines/data/events/repelled_attacks.yaml.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from frontlines.data import read_yaml

OBJECT_DEPS = {"dobj", "nsubjpass"}
SUBJECT_DEPS = {"nsubj"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data = read_yaml("events", "repelled_attacks.yaml")
    sets = {key: frozenset(data[key]) for key in ("attacks", "attempts", "attempt_verbs", "unfought")}
    return {"verbs": {str(k): str(v or "") for k, v in data["verbs"].items()}, **sets}


def _is_attack(noun: Token) -> bool:
    """An attack that was fought: "a Russian assault", "an attempt to storm…", not "a planned attack"."""
    lexicon, lemma = _lexicon(), noun.lemma_.lower()
    if any(c.lower_ in lexicon["unfought"] for c in noun.children if c.dep_ in {"amod", "compound"}):
        return False
    if lemma in lexicon["attempts"]:
        return any(c.dep_ == "acl" and c.lemma_.lower() in lexicon["attempt_verbs"] for c in noun.children)
    return lemma in lexicon["attacks"]


def _repels(verb: Token) -> bool:
    particle = _lexicon()["verbs"].get(verb.lemma_.lower())
    if particle is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return not particle or any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in verb.children)


def repelled_attack(token: Token) -> tuple[Token, Token] | None:
    """(repelling verb, attack noun) when `token` is either of them, else None."""
    if token.dep_ in OBJECT_DEPS and _is_attack(token) and _repels(token.head):
        return token.head, token
    if _repels(token):
        noun = next((c for c in token.children if c.dep_ in OBJECT_DEPS and _is_attack(c)), None)
        if noun is not None:
            return token, noun
    return None


def defenders(attack: Token) -> list[Token]:
    """Heads of those who fought the attack off: the repelling verb's subject(s), coordination included."""
    found = repelled_attack(attack)
    if found is None:
        return []
    verb = found[0]
    heads = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    heads += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]  # "was repelled by…"
    return [*heads, *(c for h in heads for c in h.conjuncts)]
