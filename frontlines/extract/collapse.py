"""Collapse restatements of one event inside one report into a single record.

A report often states its main event twice (the lead paragraph, then details with the day
and the toll). An ACLED coder records it once, with the most specific date, the territorial
sub-type if territory changed hands, and the fullest counts.
"""

from __future__ import annotations

from dataclasses import replace

from frontlines.model import Counts, Event, TimePrecision

# When two restatements disagree on the sub-type, the more specific outcome wins.
SUB_TYPE_PRIORITY = {
    "Non-state actor overtakes territory": 3,
    "Government regains territory": 3,
    "Armed clash": 1,
}


def same_event(a: Event, b: Event) -> bool:
    if (a.event_type, a.actor1, a.reported_as) != (b.event_type, b.actor1, b.reported_as):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    if a.actor2 and b.actor2 and a.actor2 != b.actor2:
        return False
    if a.sub_event_type != b.sub_event_type and not (
        a.sub_event_type in SUB_TYPE_PRIORITY and b.sub_event_type in SUB_TYPE_PRIORITY
    ):
        return False
    return _dates_compatible(a, b)


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.event_date is None or b.event_date is None:
        return True
    if a.event_date == b.event_date:
        return True
    loose = max(int(a.time_precision or 1), int(b.time_precision or 1))
    window = 7 if loose == TimePrecision.WEEK else 31 if loose == TimePrecision.MONTH else 0
    return abs((a.event_date - b.event_date).days) <= window


def absorb(kept: Event, other: Event) -> None:
    """Fold `other` into `kept`: most precise date and location, fullest counts, all evidence."""
    if other.event_date is not None and (
        kept.event_date is None or int(other.time_precision or 9) < int(kept.time_precision or 9)
    ):
        kept.event_date, kept.time_precision = other.event_date, other.time_precision
    if SUB_TYPE_PRIORITY.get(other.sub_event_type, 0) > SUB_TYPE_PRIORITY.get(kept.sub_event_type, 0):
        kept.sub_event_type = other.sub_event_type
    if other.location and (
        not kept.location or int(other.geo_precision or 9) < int(kept.geo_precision or 9)
    ):
        for field in ("location", "admin1", "admin2", "country", "iso", "latitude", "longitude", "geo_precision"):
            setattr(kept, field, getattr(other, field))
    for field in ("actor2", "inter2", "assoc_actor_1", "assoc_actor_2", "civilian_targeting"):
        if not getattr(kept, field) and getattr(other, field):
            setattr(kept, field, getattr(other, field))
    kept.counts = max_counts(kept.counts, other.counts)
    kept.fatalities = kept.counts.fatalities or 0
    kept.hedged = kept.hedged and other.hedged
    kept.confidence = max(kept.confidence, other.confidence)
    kept.evidence.extend(replace(e, note=(e.note + " (restated)").strip()) for e in other.evidence)


def max_counts(a: Counts, b: Counts) -> Counts:
    merged = {}
    for field in Counts.__dataclass_fields__:
        values = [v for v in (getattr(a, field), getattr(b, field)) if v is not None]
        merged[field] = max(values) if values else None
    return Counts(**merged)


def collapse_restatements(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """Returns (kept, changed): `changed` are kept events that absorbed others and need a new note."""
    kept: list[Event] = []
    changed: list[Event] = []
    for event in events:
        target = next((k for k in kept if same_event(k, event)), None)
        if target is None:
            kept.append(event)
        else:
            absorb(target, event)
            if target not in changed:
                changed.append(target)
    return kept, changed
