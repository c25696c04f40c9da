"""A short report's main event is typed from its whole text; long reports keep per-sentence typing."""

from __future__ import annotations

import pytest

from frontlines.extract import event_model, events
from frontlines.extract.event_rules import event_label
from frontlines.extract.main_event import (
    SHORT_REPORT_SENTENCES,
    SHORT_REPORT_WORDS,
    type_short_report,
)
from frontlines.extract.types import EventLabel, EventMention
from frontlines.model import Span
from frontlines.nlp import parse


def _mention(sub_event_type: str, score: float, start: int, *, background: bool = False) -> EventMention:
    return EventMention(event_label(sub_event_type, score), Span(start, start + 5, "xxxxx"), start, Span(0, 100, ""), background=background)


@pytest.fixture
def whole_text_says(monkeypatch: pytest.MonkeyPatch):
    """Make classify_text answer `label` (None: not an ACLED event) for any text."""

    def set_label(label: EventLabel | None) -> None:
        monkeypatch.setattr(event_model, "enabled", lambda: True)
        monkeypatch.setattr(events, "classify_text", lambda text: label)

    return set_label


def test_short_report_main_event_takes_the_whole_texts_type_and_keeps_its_score(whole_text_says) -> None:
    whole_text_says(event_label("Protest with intervention", 0.9))
    rallied = _mention("Peaceful protest", 0.8, 0)
    history = _mention("Armed clash", 0.8, 10, background=True)
    typed = type_short_report(parse("Hundreds rallied in the capital. Police later fired tear gas."), [history, rallied])
    assert typed[0] is history
    assert typed[1].label == event_label("Protest with intervention", 0.8)
    assert typed[1].trigger == rallied.trigger and not typed[1].civilian_targeting


def test_short_report_the_whole_text_calls_no_event_drops_its_live_mentions(whole_text_says) -> None:
    whole_text_says(None)
    blast = _mention("Remote explosive/landmine/IED", 0.8, 0)
    history = _mention("Armed clash", 0.8, 10, background=True)
    assert type_short_report(parse("A gas cylinder exploded in a restaurant kitchen."), [blast, history]) == [None, history]


def test_long_reports_and_runs_without_the_model_keep_their_mentions(whole_text_says, monkeypatch: pytest.MonkeyPatch) -> None:
    whole_text_says(event_label("Attack", 0.9))
    clash = _mention("Armed clash", 0.8, 0)
    many_words = parse(" ".join(["Gunmen attacked the village"] * (SHORT_REPORT_WORDS // 4 + 1)) + ".")
    assert type_short_report(many_words, [clash]) == [clash]
    many_sentences = parse(" ".join(["Gunmen attacked the village."] * (SHORT_REPORT_SENTENCES + 1)))
    assert type_short_report(many_sentences, [clash]) == [clash]
    monkeypatch.setattr(event_model, "enabled", lambda: False)
    assert type_short_report(parse("Gunmen attacked the village."), [clash]) == [clash]
    assert type_short_report(parse("Nothing happened."), []) == []
