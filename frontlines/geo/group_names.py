"""Place words inside an armed group's name ("Islamic State Khorasan Province", "Al Qaeda in the
Arabian Peninsula") name who fought, not a place the report mentions: left out of resolution, they
can neither become a place nor pull the other names of the report towards their country."""

from __future__ import annotations

from frontlines.extract.actor_dictionary import group_aliases


def group_name_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the actor dictionary's group aliases in `text`."""
    return [(m.start(), m.end()) for pattern, _entry in group_aliases() for m in pattern.finditer(text)]


def inside_group_name(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """The name starts after a group alias begins and ends within it, as event placement reads it."""
    return any(s < start and end <= e for s, e in spans)
