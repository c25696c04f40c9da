"""A passive sentence about the earlier event's target tells how that event happened (session 7)."""

from __future__ import annotations

from datetime import date

from frontlines.extract.collapse import collapse_restatements
from frontlines.model import Counts, Event, Evidence, GeoPrecision, Span, TimePrecision

LEAD = "Jihadists ambushed an army patrol near Teguey on Wednesday, killing 23 soldiers, the ministry said."
DETAIL = "The ministry said the patrol had been attacked with explosives and suicide vehicles."


def _event(event_id: str, sentence: str, trigger: str, event_type: str, sub: str, day: date, dead: int = 0, **kw) -> Event:
    at = sentence.index(trigger)
    return Event(
        event_id=event_id, event_type=event_type, sub_event_type=sub, location="Teguey", geo_precision=GeoPrecision.TOWN,
        event_date=day, time_precision=TimePrecision.DAY, counts=Counts(fatalities=dead), fatalities=dead,
        evidence=[Evidence("event_type", sentence, Span(at, at + len(trigger), trigger))], **kw,
    )


def _ambush() -> Event:
    return _event("ambush", LEAD, "ambushed", "Battles", "Armed clash", date(2024, 3, 20), 23,
                  actor1="Islamic State (Sahel)", inter1=2, actor2="Military Forces of Niger (2023-)", inter2=1)


def test_the_manner_of_the_same_attack_folds_into_it() -> None:
    detail = _event("detail", DETAIL, "attacked", "Explosions/Remote violence", "Suicide bomb", date(2024, 3, 20),
                    actor1="Unidentified Armed Group (Niger)", inter1=2)
    kept, changed = collapse_restatements([_ambush(), detail])
    assert [e.event_id for e in kept] == ["ambush"]
    assert [e.event_id for e in changed] == ["ambush"]
    assert (kept[0].event_type, kept[0].fatalities) == ("Battles", 23)
    assert kept[0].evidence[-1].note == "(how the same attack was carried out)"


def test_another_day_or_an_untold_target_stays_its_own_event() -> None:
    later = _event("later", "On Friday, the patrol was attacked with a roadside bomb.", "attacked",
                   "Explosions/Remote violence", "Remote explosive/landmine/IED", date(2024, 3, 22))
    market = _event("market", "The market was shelled by insurgents on Wednesday.", "shelled",
                    "Explosions/Remote violence", "Shelling/artillery/missile attack", date(2024, 3, 20))
    kept, _ = collapse_restatements([_ambush(), later, market])
    assert [e.event_id for e in kept] == ["ambush", "later", "market"]


def test_a_named_other_attacker_stays_its_own_event() -> None:
    other = _event("other", "The ministry said the patrol had been attacked by Wagner fighters.", "attacked",
                   "Violence against civilians", "Attack", date(2024, 3, 20), actor1="Wagner Group", inter1=8)
    kept, _ = collapse_restatements([_ambush(), other])
    assert [e.event_id for e in kept] == ["ambush", "other"]
