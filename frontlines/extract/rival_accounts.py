"""The other side's account of a battle the report already told is that battle, disputed.

"The rebels said they had captured Bunagana on Monday. The army said on Tuesday it had repelled
the attack." made two Battles records, one per side. An ACLED coder records the fighting once
and marks it as contested. When one side tells both ("..., the army said. Nine rebels were killed
when troops repelled the assault, an army spokesman added") nothing is contested: the later record
is the defenders' toll of the same battle (attack_responses.py). Patterns:
frontlines/data/events/rival_accounts.yaml.
"""

from __future__ import annotations

from collections.abc import Callable

from frontlines.extract.account_speakers import told_by_other_side
from frontlines.extract.attack_responses import add_response
from frontlines.extract.event_folds import (
    battle_points_back,
    fold_each,
    other_side_of_battle,
    take_counts,
)
from frontlines.model import Event

CUES = "rival_accounts.yaml"


def fold_rival_accounts(
    events: list[Event], places_compatible: Callable[[Event, Event], bool]
) -> tuple[list[Event], list[Event]]:
    """Fold a later Battles record that points back at an earlier battle, its actor the battle's other side,
    into that battle: hedged when that side tells it, a toll added when the first speaker does.
    Returns (kept events, battles that took an account)."""

    def told_of(event: Event, kept: list[Event]) -> Event | None:
        if not battle_points_back(event, CUES):
            return None
        return next((k for k in kept if other_side_of_battle(event, k, CUES) and places_compatible(k, event)), None)

    return fold_each(events, told_of, _take_account)


def _take_account(told: Event, event: Event) -> None:
    if not told_by_other_side(told, event):
        add_response(told, event)
        return
    if not told.actor2 and event.actor1 and event.actor1 != told.actor1:
        told.actor2, told.inter2 = event.actor1, event.inter1
    told.hedged = True
    take_counts(told, event, "the other side's account of this event")
