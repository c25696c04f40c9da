"""A later sentence that tells how the event before it happened, in the passive, about its target.

"Jihadists ambushed an army patrol near Teguey on Wednesday, killing 23 soldiers. The ministry
said the patrol had been attacked with explosives and suicide vehicles": the second sentence
names the first one's target with a definite article ("the patrol") and tells the manner of
the same attack. An ACLED coder records one event, not an ambush and a suicide bombing, so the
detail's counts and evidence go to the event it describes (articles_dev2.yaml, session 7).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from frontlines.extract.event_folds import fold_each, take_counts
from frontlines.extract.event_rules import VIOLENT_TYPES
from frontlines.model import Event

# "the patrol had been attacked", "the convoy was hit": a definite subject right before a passive trigger.
PASSIVE_BEFORE = r"\bthe ((?:\w+ )?(\w+)) (?:(?:had|has|have) been|was|were) $"

Compatible = Callable[[Event, Event], bool]


def fold_passive_details(events: list[Event], compatible: Compatible) -> tuple[list[Event], list[Event]]:
    """Returns (kept events, events that took a detail). `compatible(a, b)`: same place and day."""

    def described(event: Event, kept: list[Event]) -> Event | None:
        noun = _passive_subject(event)
        if noun is None or event.event_type not in VIOLENT_TYPES:
            return None
        for earlier in reversed(kept):
            if _names_target_of(noun, earlier) and _may_be(event, earlier) and compatible(earlier, event):
                return earlier
        return None

    return fold_each(events, described, lambda kept, event: take_counts(kept, event, "how the same attack was carried out"))


def _passive_subject(event: Event) -> str | None:
    """The head noun of the definite passive subject of the event's trigger, lower-cased, or None."""
    trigger = next((e for e in event.evidence if e.field == "event_type" and e.span is not None), None)
    if trigger is None or trigger.span is None:
        return None
    at = trigger.sentence.find(trigger.span.text)
    if at < 0:
        return None
    found = re.search(PASSIVE_BEFORE, trigger.sentence[:at], re.IGNORECASE)
    return found.group(2).lower() if found else None


def _names_target_of(noun: str, earlier: Event) -> bool:
    """The noun is a word of the earlier event's own sentence (its target: "an army patrol")."""
    trigger = next((e for e in earlier.evidence if e.field == "event_type"), None)
    if trigger is None:
        return False
    words = {w.lower().rstrip("s") for w in re.findall(r"\w+", trigger.sentence)}
    return noun.rstrip("s") in words


def _may_be(detail: Event, earlier: Event) -> bool:
    """A violent event told in another sentence, with no attacker of its own that differs."""
    own = next((e for e in detail.evidence if e.field == "event_type"), None)
    theirs = next((e for e in earlier.evidence if e.field == "event_type"), None)
    if own is None or theirs is None or own.sentence == theirs.sentence:
        return False
    if earlier.event_type not in VIOLENT_TYPES or earlier.reported_as != detail.reported_as:
        return False
    return not detail.actor1 or detail.actor1.startswith("Unidentified") or detail.actor1 in {earlier.actor1, earlier.actor2}
