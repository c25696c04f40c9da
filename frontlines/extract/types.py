"""Intermediate results passed between extraction stages and the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from frontlines.model import Counts, Span, TimePrecision


@dataclass(frozen=True)
class EventLabel:
    """An ACLED classification of a piece of text."""

    event_type: str
    sub_event_type: str
    disorder_type: str
    score: float = 1.0


@dataclass
class EventMention:
    """One event found in one sentence; spans are document offsets."""

    label: EventLabel
    trigger: Span  # the word(s) that express the action, e.g. "captured"
    trigger_token: int  # index of the trigger's head token in the spaCy Doc
    sentence: Span
    civilian_targeting: bool = False
    hedged: bool = False
    background: bool = False
    confidence: float = 0.5


@dataclass
class Actor:
    name: str  # normalised ACLED-style name, e.g. "Military Forces of Syria (2000-)"
    inter: int  # ACLED inter code 1..8
    span: Span | None = None  # where the mention is in the document
    mention: str = ""  # surface text


@dataclass
class ActorRoles:
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)


@dataclass
class DateResolution:
    date: date
    precision: TimePrecision
    span: Span | None = None  # the expression that gave the date (document offsets)
    expression: str = ""


@dataclass
class CountResult:
    counts: Counts
    spans: dict[str, Span] = field(default_factory=dict)  # count field -> supporting span
