"""The defenders' toll of an attack already told: the same battle, not a second clash.

"Militants attacked an army base in Diffa, killing 12 soldiers. The army said it killed 20 of the
attackers." The second sentence reads as a clash started by the army, but the attackers it killed
are the first sentence's: ACLED codes one battle with the dead of both sides. Unlike the other
side's account (rival_accounts.py) nothing is disputed, so the record is not hedged and the
deaths add up. Cues: frontlines/data/events/attack_responses.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from frontlines.data import read_yaml
from frontlines.extract.event_folds import fold_each, take_counts
from frontlines.model import Event


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = read_yaml("events", "attack_responses.yaml")
    return {
        "back_re": [re.compile(p, re.IGNORECASE) for p in data["back_references"]],
        "max_days_after": int(data["max_days_after"]),
    }


def fold_responses(events: list[Event], places_compatible: Callable[[Event, Event], bool]) -> tuple[list[Event], list[Event]]:
    """Fold a later battle in which the defenders kill "the attackers" into the attack's battle.
    Returns (kept events, battles that took a response)."""

    def attack_of(event: Event, kept: list[Event]) -> Event | None:
        if event.event_type != "Battles" or not _names_attackers(event):
            return None
        return next((k for k in reversed(kept) if _answers(event, k) and places_compatible(k, event)), None)

    return fold_each(events, attack_of, _add_response)


def _add_response(attack: Event, response: Event) -> None:
    """The attackers' dead are other people than the defenders': the fatalities add up."""
    total = (attack.counts.fatalities or 0) + (response.counts.fatalities or 0)
    if not attack.actor2 and response.actor1 != attack.actor1:
        attack.actor2, attack.inter2 = response.actor1, response.inter1
    take_counts(attack, response, "the defenders' toll of the attack")
    if response.counts.fatalities:
        attack.counts = replace(attack.counts, fatalities=total)
        attack.fatalities = total


def _names_attackers(event: Event) -> bool:
    sentence = next((e.sentence for e in event.evidence if e.field == "event_type"), "")
    return any(p.search(sentence) for p in _cues()["back_re"])


def _answers(response: Event, attack: Event) -> bool:
    """An earlier battle of the report, the response's initiator its defender (or no defender named)."""
    if attack.event_type != "Battles" or attack.reported_as != response.reported_as or not response.actor1:
        return False
    if response.actor1 == attack.actor1 or (attack.actor2 and attack.actor2 != response.actor1):
        return False
    if attack.event_date is None or response.event_date is None:
        return True
    return 0 <= (response.event_date - attack.event_date).days <= _cues()["max_days_after"]
