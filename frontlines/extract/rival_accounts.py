"""The other side's account of a battle the report already told is that battle, disputed.

"The rebels said they had captured Bunagana on Monday. The army said on Tuesday it had repelled
the attack." made two Battles records, one per side. An ACLED coder records the fighting once
and marks it as contested. Patterns: frontlines/data/events/rival_accounts.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from frontlines.data import read_yaml
from frontlines.extract.event_folds import fold_each, take_counts
from frontlines.model import Event


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = read_yaml("events", "rival_accounts.yaml")
    return {
        "back_re": [re.compile(p, re.IGNORECASE) for p in data["back_references"]],
        "max_days_after": int(data["max_days_after"]),
    }


def fold_rival_accounts(
    events: list[Event], places_compatible: Callable[[Event, Event], bool]
) -> tuple[list[Event], list[Event]]:
    """Fold a later Battles record that points back at an earlier battle and comes from the other
    side into that battle, which becomes hedged. Returns (kept events, battles that took an account)."""

    def told_of(event: Event, kept: list[Event]) -> Event | None:
        if not _points_back(event):
            return None
        return next((k for k in kept if _retells(event, k) and places_compatible(k, event)), None)

    return fold_each(events, told_of, _take_account)


def _take_account(told: Event, event: Event) -> None:
    if not told.actor2 and event.actor1 and event.actor1 != told.actor1:
        told.actor2, told.inter2 = event.actor1, event.inter1
    told.hedged = True
    take_counts(told, event, "the other side's account of this event")


def _points_back(event: Event) -> bool:
    sentence = next(
        (e.sentence for e in event.evidence if e.field == "event_type"),
        event.evidence[0].sentence if event.evidence else "",
    )
    return event.event_type == "Battles" and any(
        p.search(sentence) for p in _cues()["back_re"]
    )


def _retells(later: Event, told: Event) -> bool:
    """Same kind of record, told earlier, from the other side (not the same initiator), days apart at most."""
    if told.event_type != "Battles" or told.reported_as != later.reported_as:
        return False
    if (
        not later.actor1
        or later.actor1 == told.actor1
        or (told.actor2 and told.actor2 != later.actor1)
    ):
        return False
    if told.event_date is None or later.event_date is None:
        return True
    return 0 <= (later.event_date - told.event_date).days <= _cues()["max_days_after"]
