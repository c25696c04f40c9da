"""A one-sided battle takes its initiator's opponent from another battle of the same report."""

from datetime import date

from frontlines.extract.collapse import collapse_restatements, fill_battle_opponents
from frontlines.model import Event, GeoPrecision, TimePrecision

REGIME = "Military Forces of Syria (2000-)"
REBELS = "Opposition Rebels (Syria)"


def _battle(**kw) -> Event:
    base = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": REGIME,
        "inter1": 1,
        "location": "Daraa al-Balad",
        "geo_precision": GeoPrecision.TOWN,
        "event_date": date(2021, 7, 28),
        "time_precision": TimePrecision.DAY,
    }
    base.update(kw)
    return Event(**base)


def test_offensive_without_enemy_is_against_the_side_that_fights_the_initiator_there():
    capture = _battle(sub_event_type="Non-state actor overtakes territory", actor1=REBELS, inter1=2, actor2=REGIME, inter2=1)
    offensive = _battle()
    kept, changed = collapse_restatements([capture, offensive])
    assert len(kept) == 2
    assert (offensive.actor2, offensive.inter2) == (REBELS, 2)
    assert changed == [offensive]
    assert offensive.evidence[-1].field == "actor2"


def test_no_opponent_from_another_place_day_or_framing():
    elsewhere = _battle(actor1=REBELS, inter1=2, actor2=REGIME, inter2=1, location="Tafas")
    other_day = _battle(actor1=REBELS, inter1=2, actor2=REGIME, inter2=1, event_date=date(2021, 7, 20))
    history = _battle(actor1=REBELS, inter1=2, actor2=REGIME, inter2=1, reported_as="background")
    offensive = _battle()
    assert fill_battle_opponents([elsewhere, other_day, history, offensive]) == []
    assert offensive.actor2 == ""


def test_two_different_opponents_leave_actor2_empty():
    rebels = _battle(actor1=REBELS, inter1=2, actor2=REGIME, inter2=1)
    islamic_state = _battle(actor1="Islamic State (Syria)", inter1=2, actor2=REGIME, inter2=1)
    offensive = _battle()
    assert fill_battle_opponents([rebels, islamic_state, offensive]) == []
    assert offensive.actor2 == ""


def test_only_battles_are_filled():
    capture = _battle(actor1=REBELS, inter1=2, actor2=REGIME, inter2=1)
    shelling = _battle(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    assert fill_battle_opponents([capture, shelling]) == []
