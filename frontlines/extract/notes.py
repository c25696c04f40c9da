"""Write the one-sentence ACLED-style note for an event from its coded fields.

Notes are built from the coded fields, not copied from the article, so an analyst can see
at a glance what was coded and spot a wrong field.
"""

from __future__ import annotations

import calendar
from functools import lru_cache

from frontlines.data import read_yaml
from frontlines.model import Event, TimePrecision

UNKNOWN_ACTOR = "unidentified actors"


@lru_cache(maxsize=1)
def _templates() -> dict[str, str]:
    return read_yaml("notes", "templates.yaml")


def describe_date(event: Event) -> str:
    """ACLED notes say how exactly the date is known: 'On 28 July 2021', 'Around ...', 'In May 2021'."""
    d = event.event_date
    if d is None:
        return "On an unknown date"
    if event.time_precision == TimePrecision.MONTH:
        expression = _date_expression(event).lower()
        if expression.startswith("since"):
            return f"Since {d:%B %Y}"
        if expression and "month" not in expression and not any(m.lower() in expression for m in calendar.month_name[1:]):
            return f"In {d.year}"
        return f"In {d:%B %Y}"
    day = f"{d.day} {d:%B %Y}"
    if event.time_precision == TimePrecision.WEEK:
        return f"Around {day}"
    return f"On {day}"


def _date_expression(event: Event) -> str:
    return next((e.note for e in event.evidence if e.field == "event_date" and e.span), "")


def describe_place(event: Event) -> str:
    if event.location and event.admin1 and event.location != event.admin1:
        return f"{event.location} ({event.admin1}, {event.country})" if event.country else f"{event.location} ({event.admin1})"
    if event.location:
        return f"{event.location} ({event.country})" if event.country and event.country != event.location else event.location
    return event.country or "an unknown location"


def describe_outcome(event: Event) -> str:
    parts = []
    counts = event.counts
    if event.fatalities:
        who = " civilians" if counts.civilian_fatalities and counts.civilian_fatalities == event.fatalities else ""
        parts.append(f"killing {event.fatalities}{who}")
    for field, verb in (("captured", "capturing"), ("injured", "injuring"), ("arrested", "arresting"), ("abducted", "abducting")):
        n = getattr(counts, field)
        if n:
            parts.append(f"{verb} {n}")
    return (", " + " and ".join(parts)) if parts else ""


def write_note(event: Event) -> str:
    """One sentence: when, who, what, where, result; flags hedged reports as ACLED does ('reportedly')."""
    trigger = next((e.span.text for e in event.evidence if e.field == "event_type" and e.span), "")
    template = _templates().get(event.sub_event_type) or _templates()["Other"]
    text = template.format(
        when=describe_date(event),
        actor1=event.actor1 or UNKNOWN_ACTOR,
        actor2=event.actor2 or UNKNOWN_ACTOR,
        place=describe_place(event),
        trigger=trigger or "acted",
    )
    text += describe_outcome(event)
    if event.hedged:
        text += " (reportedly; the claim is not confirmed)"
    if event.reported_as == "background":
        text += " [background: recalled in a later report]"
    return text + "."
