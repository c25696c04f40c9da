"""Folding one event record into another within a report: the kept record takes the larger of
each count and the folded record's evidence, noted with why it was folded.

Tolls, destruction, interventions against a protest, the other side's account and restatements
are all "this record is part of that one"; they differ only in which record is the target.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

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
