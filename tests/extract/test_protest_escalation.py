"""Folding an intervention into the protest told before it."""

from datetime import date

from frontlines.extract.protest_escalation import crowd_pronoun, fold_crowd_arrests, fold_interventions
from frontlines.model import Event
from frontlines.nlp import parse


def _event(sub: str, actor1: str, actor2: str = "", day: int = 8, location: str = "Nairobi") -> Event:
    return Event(
        event_id=sub, document_id="d", event_type="Protests", sub_event_type=sub, actor1=actor1, actor2=actor2,
        event_date=date(2023, 5, day), location=location,
    )


def _same_day(a: Event, b: Event) -> bool:
    return a.event_date == b.event_date and a.location == b.location


def test_intervention_folds_into_the_earlier_protest() -> None:
    protest = _event("Peaceful protest", "Protesters (Kenya)")
    police = _event("Protest with intervention", "Police Forces of Kenya", "Protesters (Kenya)")
    kept, changed = fold_interventions([protest, police], _same_day)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in kept] == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")
    ]
    assert changed == [protest]


def test_intervention_on_another_day_stays_apart() -> None:
    protest = _event("Peaceful protest", "Protesters (Kenya)")
    police = _event("Protest with intervention", "Police Forces of Kenya", day=9)
    kept, changed = fold_interventions([protest, police], _same_day)
    assert [e.sub_event_type for e in kept] == ["Peaceful protest", "Protest with intervention"]
    assert changed == []


def test_them_after_a_protest_sentence_is_the_crowd() -> None:
    doc = parse("Thousands marched in Nairobi on Saturday. Police fired tear gas to disperse them.")
    them = next(t for t in doc if t.text == "them")
    assert crowd_pronoun(them, lambda t: t.lemma_ == "march") is True
    assert crowd_pronoun(them, lambda t: False) is False


def _arrests(actor1: str = "", day: int = 8) -> Event:
    return Event(
        event_id="arrests", document_id="d", event_type="Strategic developments", sub_event_type="Arrests",
        actor1=actor1, actor2="Civilians (Kenya)", event_date=date(2023, 5, day), location="Nairobi",
    )


def test_arrests_with_no_arrester_after_a_protest_are_its_intervention() -> None:
    protest = _event("Peaceful protest", "Protesters (Kenya)")
    kept, changed = fold_crowd_arrests([protest, _arrests()], _same_day)
    assert ([e.sub_event_type for e in kept], changed) == (["Protest with intervention"], [protest])


def test_arrests_by_a_named_force_or_on_another_day_stay_apart() -> None:
    protest = _event("Peaceful protest", "Protesters (Kenya)")
    kept, changed = fold_crowd_arrests([protest, _arrests("Police Forces of Kenya"), _arrests(day=9)], _same_day)
    assert ([e.sub_event_type for e in kept], changed) == (["Peaceful protest", "Arrests", "Arrests"], [])
