"""Issue #5, known gaps in sentence-level detection (session 7; sentences written for these tests):
two captures of differently named places in one sentence are two events, "took the town" is a
capture, a protest "ahead of" which forces deploy is yet to happen, and a background takeover
("has since seized") stays background."""

from __future__ import annotations

from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _events(text: str) -> list[tuple[str, str, bool]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text, m.background) for s in doc.sents for m in detect_events(s)]


def test_two_captures_of_named_places_are_two_events() -> None:
    assert _events("M23 fighters captured Rutshuru on Sunday and later took the town of Goma.") == [
        ("Non-state actor overtakes territory", "captured", False),
        ("Non-state actor overtakes territory", "took", False),
    ]


def test_one_place_and_its_airport_is_one_capture() -> None:
    assert _events("Rebels captured the town of Saraqeb and its airport on Monday.") == [
        ("Non-state actor overtakes territory", "captured", False),
    ]


def test_protest_ahead_of_which_police_deploy_is_no_event() -> None:
    assert _events("Police were deployed ahead of protests in Nairobi on Tuesday.") == []
