"""Folding one event record into another within a report: the kept record takes the larger of
each count and the folded record's evidence, noted with why it was folded.

Tolls, destruction, interventions against a protest, the other side's account and restatements
are all "this record is part of that one"; they differ only in which record is the target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import replace
from functools import cache

from frontlines.data import read_yaml
from frontlines.model import Counts, Event


def max_counts(a: Counts, b: Counts) -> Counts:
    merged = {}
    for field in Counts.__dataclass_fields__:
        values = [v for v in (getattr(a, field), getattr(b, field)) if v is not None]
        merged[field] = max(values) if values else None
    return Counts(**merged)


def take_counts(target: Event, other: Event, note: str, fields: Collection[str] | None = None) -> None:
    """`other`'s counts and evidence (only that of `fields`, if given) go to `target`, the evidence noted."""
    target.counts = max_counts(target.counts, other.counts)
    target.fatalities = target.counts.fatalities or 0
    target.evidence.extend(
        replace(e, note=(e.note + f" ({note})").strip()) for e in other.evidence if fields is None or e.field in fields
    )


def fold_each(
    events: list[Event],
    target_of: Callable[[Event, list[Event]], Event | None],
    merge: Callable[[Event, Event], None],
) -> tuple[list[Event], list[Event]]:
    """Each event with a target (`target_of(event, kept so far)`) is merged into it and dropped.
    Returns (kept events, targets that took one), each target listed once."""
    kept: list[Event] = []
    changed: list[Event] = []
    for event in events:
        target = target_of(event, kept)
        if target is None:
            kept.append(event)
            continue
        merge(target, event)
        if target not in changed:
            changed.append(target)
    return kept, changed


@cache
def _back_reference_cues(file_name: str) -> tuple[tuple[re.Pattern[str], ...], int]:
    data = read_yaml("events", file_name)
    return tuple(re.compile(p, re.IGNORECASE) for p in data["back_references"]), int(data["max_days_after"])


def battle_points_back(event: Event, cue_file: str) -> bool:
    """A Battles record whose typing sentence refers back to a battle already told (`cue_file`'s patterns)."""
    patterns, _ = _back_reference_cues(cue_file)
    return event.event_type == "Battles" and any(p.search(typing_sentence(event)) for p in patterns)


def typing_sentence(event: Event) -> str:
    """The sentence the event was typed from (else its first evidence's)."""
    return next(
        (e.sentence for e in event.evidence if e.field == "event_type"),
        event.evidence[0].sentence if event.evidence else "",
    )


def other_side_of_battle(later: Event, told: Event, cue_file: str) -> bool:
    """`later` is told by the other side of the earlier battle `told`: same framing, a different initiator
    (the defender, when one is named), at most `cue_file`'s max_days_after later."""
    if told.event_type != "Battles" or told.reported_as != later.reported_as:
        return False
    if not later.actor1 or later.actor1 == told.actor1 or (told.actor2 and told.actor2 != later.actor1):
        return False
    if told.event_date is None or later.event_date is None:
        return True
    return 0 <= (later.event_date - told.event_date).days <= _back_reference_cues(cue_file)[1]
