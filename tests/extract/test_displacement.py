"""Flight as a cue: no event alone, unless a mass of people fled."""

from frontlines.extract.displacement import flight_only
from frontlines.nlp import parse


def _flight_only(text: str, word: str) -> bool:
    doc = parse(text)
    return flight_only(next(t for t in doc if t.text == word))


def test_uncounted_or_small_flight_is_flight_only() -> None:
    assert _flight_only("Residents fled to nearby forests.", "fled") is True
    assert _flight_only("Hundreds of families fled their homes.", "fled") is True


def test_mass_displacement_is_not_flight_only() -> None:
    assert _flight_only("Some 7,000 people have fled from villages around Chibok.", "fled") is False
    assert _flight_only("Thousands of civilians are fleeing Fallujah.", "fleeing") is False


def test_other_words_are_not_flight() -> None:
    assert _flight_only("Security forces imposed a curfew in the town.", "curfew") is False


def test_flight_told_after_an_event_is_that_events_toll() -> None:
    assert _flight_only("Thousands of people have fled to the town of Kaya since the attack.", "fled") is True
    assert _flight_only("Thousands of civilians are fleeing the fighting in Fallujah.", "fleeing") is True
    assert _flight_only("Some 7,000 people have fled from villages around Chibok.", "fled") is False
