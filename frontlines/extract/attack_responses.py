"""The defenders' toll of an attack already told: the same battle, not a second clash.

"Militants attacked an army base in Diffa, killing 12 soldiers. The army said it killed 20 of the
attackers." The second sentence reads as a clash started by the army, but the attackers it killed
are the first sentence's: ACLED codes one battle with the dead of both sides. Unlike the other
side's account (rival_accounts.py) nothing is disputed, so the record is not hedged and the
deaths add up. Cues: frontlines/data/events/attack_responses.yaml.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from frontlines.extract.event_folds import (
    battle_points_back,
    fold_each,
    other_side_of_battle,
    take_counts,
)
from frontlines.model import Event

CUES = "attack_responses.yaml"


def fold_responses(events: list[Event], places_compatible: Callable[[Event, Event], bool]) -> tuple[list[Event], list[Event]]:
    """Fold a later battle in which the defenders kill "the attackers" into the attack's battle.
    Returns (kept events, battles that took a response)."""

    def attack_of(event: Event, kept: list[Event]) -> Event | None:
        if not battle_points_back(event, CUES):
            return None
        return next((k for k in reversed(kept) if other_side_of_battle(event, k, CUES) and places_compatible(k, event)), None)

    return fold_each(events, attack_of, add_response)


def add_response(attack: Event, response: Event) -> None:
    """The attackers' dead are other people than the defenders': the fatalities add up."""
    total = (attack.counts.fatalities or 0) + (response.counts.fatalities or 0)
    if not attack.actor2 and response.actor1 != attack.actor1:
        attack.actor2, attack.inter2 = response.actor1, response.inter1
    take_counts(attack, response, "the defenders' toll of the attack")
    if response.counts.fatalities:
        attack.counts = replace(attack.counts, fatalities=total)
        attack.fatalities = total
