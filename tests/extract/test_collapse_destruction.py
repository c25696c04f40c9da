from datetime import date

from frontlines.extract.collapse import collapse_restatements
from frontlines.model import Counts, Event, TimePrecision


def _event(sub: str, event_type: str, **kw) -> Event:
    base = {
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": "Military Forces of Myanmar (2021-)",
        "inter1": 1,
        "location": "Sagaing",
        "event_date": date(2023, 5, 8),
        "time_precision": TimePrecision.DAY,
    }
    base.update(kw)
    return Event(**base)


def test_burning_by_the_attackers_that_day_folds_into_the_attack():
    attack = _event("Attack", "Violence against civilians", event_id="a", counts=Counts(fatalities=12), fatalities=12)
    burning = _event("Looting/property destruction", "Strategic developments", event_id="b")
    kept, changed = collapse_restatements([attack, burning])
    assert [e.event_id for e in kept] == ["a"] and changed == [attack] and kept[0].fatalities == 12


def test_looting_by_others_or_on_another_day_stays_its_own_event():
    attack = _event("Attack", "Violence against civilians", event_id="a")
    rioters = _event("Looting/property destruction", "Strategic developments", event_id="b", actor1="Rioters (Myanmar)", inter1=5)
    later = _event("Looting/property destruction", "Strategic developments", event_id="c", event_date=date(2023, 5, 9))
    kept, changed = collapse_restatements([attack, rioters, later])
    assert [e.event_id for e in kept] == ["a", "b", "c"] and changed == []


def test_unattributed_destruction_folds_into_the_riot_of_that_place_and_day():
    riot = _event("Violent demonstration", "Riots", event_id="r", actor1="", inter1=None, location="Nairobi")
    looting = _event("Looting/property destruction", "Strategic developments", event_id="l", actor1="", inter1=None, location="Nairobi")
    kept, changed = collapse_restatements([riot, looting])
    assert [e.event_id for e in kept] == ["r"] and changed == [riot]


def test_destruction_by_a_named_other_actor_or_another_day_stays_beside_the_riot():
    riot = _event("Violent demonstration", "Riots", event_id="r", actor1="Rioters (Myanmar)", inter1=5)
    soldiers = _event("Looting/property destruction", "Strategic developments", event_id="s")
    later = _event("Looting/property destruction", "Strategic developments", event_id="n", actor1="", inter1=None, event_date=date(2023, 5, 9))
    kept, changed = collapse_restatements([riot, soldiers, later])
    assert [e.event_id for e in kept] == ["r", "s", "n"] and changed == []
