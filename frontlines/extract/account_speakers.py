"""Who tells a battle: a rival account must come from the other side.

"Rebels attacked an army post, killing four soldiers, the army said. Nine rebels were killed when
troops repelled the assault, an army spokesman added." points back at the attack with the army as
actor, yet nothing is disputed: one side tells both halves. Only the side the later record makes
its actor, speaking after another side (or the reporter), contests the first account.
"""

from __future__ import annotations

from frontlines.extract.actor_dictionary import reporting_verbs
from frontlines.extract.event_folds import typing_sentence
from frontlines.extract.regime_names import state_country
from frontlines.model import Event

_SUBJECTS = {"nsubj", "nsubjpass"}


def side(name: str) -> str:
    """One key per side: a state's army, police and government speak for the same side."""
    country = state_country(name)
    return f"state of {country}" if country else name


def account_speaker(sentence: str, country: str | None) -> str | None:
    """The ACLED actor a sentence is attributed to ("…, an army spokesman added" -> the army); None when
    no attribution names an actor (the reporter's own narration, "witnesses said")."""
    from frontlines.extract.actors import normalise_actor
    from frontlines.nlp import get_nlp

    verbs = reporting_verbs()
    for tok in get_nlp()(sentence):
        said = tok.dep_ in _SUBJECTS and tok.head.lemma_.lower() in verbs
        according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "according"
        if not (said or according):
            continue
        actor = normalise_actor(tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text, country)
        if actor is not None:
            return actor.name
    return None


def told_by_other_side(told: Event, later: Event) -> bool:
    """`later` (its actor the defender of `told`) is that side's own account, after another speaker's."""
    country = told.country or later.country or None
    second = account_speaker(typing_sentence(later), country)
    if second is None or side(second) != side(later.actor1):
        return False
    first = account_speaker(typing_sentence(told), country)
    return first is None or side(first) != side(second)

