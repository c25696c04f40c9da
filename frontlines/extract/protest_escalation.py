"""A protest and the intervention against it, told in two sentences, are one ACLED event.

"Thousands marched in Nairobi on Saturday. Police fired tear gas to disperse them." ACLED codes
one demonstration by its most escalated form (Protest with intervention, actor1 the protesters,
actor2 the force that intervened), not a Peaceful protest plus a separate intervention.
Detection finds the intervention when its object is a pronoun for the crowd of the sentence
before (`crowd_pronoun`); `fold_interventions` merges it into that protest.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from frontlines.extract.event_folds import fold_each, take_counts
from frontlines.model import Event

CROWD_PRONOUNS = frozenset({"them", "they"})
# ACLED's demonstration sub-types from least to most escalated (Codebook 2023, Protests).
ESCALATION = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}
# Crowd events whose arrests are the intervention in them (fold_crowd_arrests).
CROWD_EVENT_TYPES = frozenset({"Protests", "Riots"})


def crowd_pronoun(obj: Token, is_protest_word: Callable[[Token], bool]) -> bool:
    """"disperse them": `obj` is a pronoun and the sentence before tells a protest, so it is that crowd."""
    if obj.lower_ not in CROWD_PRONOUNS or obj.sent.start == 0:
        return False
    previous = obj.doc[obj.sent.start - 1].sent
    return any(is_protest_word(t) for t in previous)


def fold_interventions(events: list[Event], compatible: Callable[[Event, Event], bool]) -> tuple[list[Event], list[Event]]:
    """Fold an intervention against protesters into the protest told before it (same place and
    day, per `compatible`): the protest takes the escalated sub-type and the intervening force as
    actor2. Returns (kept events, protests that took an intervention)."""

    def protest_of(event: Event, kept: list[Event]) -> Event | None:
        if ESCALATION.get(event.sub_event_type, 0) == 0:
            return None
        return next((k for k in kept if _intervened_in(k, event) and compatible(k, event)), None)

    return fold_each(events, protest_of, _take_intervention)


def _take_intervention(protest: Event, event: Event) -> None:
    if ESCALATION[event.sub_event_type] > ESCALATION[protest.sub_event_type]:
        protest.sub_event_type = event.sub_event_type
    force = event.actor1 if event.actor1 and event.actor1 != protest.actor1 else event.actor2
    inter = event.inter1 if force == event.actor1 else event.inter2
    if not protest.actor2 and force and force != protest.actor1:
        protest.actor2, protest.inter2 = force, inter
    take_counts(protest, event, "intervention against this protest")


def _intervened_in(protest: Event, intervention: Event) -> bool:
    return (
        protest.event_type == "Protests"
        and protest.reported_as == intervention.reported_as
        and protest.sub_event_type in ESCALATION
    )


def fold_crowd_arrests(events: list[Event], compatible: Callable[[Event, Event], bool]) -> tuple[list[Event], list[Event]]:
    """Fold an arrest that names no arrester ("Several people were detained", "Fifteen residents were
    arrested") into the protest or riot told before it, same place and day: ACLED codes arrests at a
    demonstration as the intervention in it, not as a separate Arrests event. A peaceful protest
    becomes a protest with intervention. Returns (kept events, crowd events that took an arrest)."""

    def crowd_of(event: Event, kept: list[Event]) -> Event | None:
        if event.sub_event_type != "Arrests" or event.actor1:
            return None
        return next(
            (k for k in reversed(kept) if k.event_type in CROWD_EVENT_TYPES and k.reported_as == event.reported_as and compatible(k, event)),
            None,
        )

    return fold_each(events, crowd_of, _take_arrests)


def _take_arrests(crowd: Event, arrests: Event) -> None:
    if crowd.sub_event_type == "Peaceful protest":
        crowd.sub_event_type = "Protest with intervention"
    take_counts(crowd, arrests, "arrests at this demonstration")
