from datetime import date

from frontlines.merge.rules import actor_key, haversine_km, load_rules, same_event
from frontlines.model import GeoPrecision, TimePrecision
from tests.store.factories import event


def _pair(**b_overrides):
    a = event("a", document_id="d1")
    b = event("b", document_id="d2", **b_overrides)
    return a, b


def test_same_report_from_two_outlets():
    a, b = _pair(latitude=32.62, longitude=36.11, actor1="Military Forces of Syria (2000-) Fourth Division")
    assert same_event(a, b)


def test_same_document_never_merges():
    a = event("a", document_id="d1")
    assert not same_event(a, event("b", document_id="d1"))


def test_dates_within_precision():
    assert same_event(*_pair(event_date=date(2021, 7, 29)))
    assert not same_event(*_pair(event_date=date(2021, 7, 31)))
    assert same_event(*_pair(event_date=date(2021, 8, 3), time_precision=TimePrecision.WEEK))
    assert not same_event(*_pair(event_date=None))


def test_location_distance_and_region_precision():
    assert round(haversine_km(32.6189, 36.1021, 32.7356, 35.9917), 1) == 16.6
    assert not same_event(*_pair(location="Tafas", latitude=32.7356, longitude=35.9917))
    assert same_event(*_pair(location="Dar'a", latitude=32.9, longitude=36.3, geo_precision=GeoPrecision.REGION))
    assert not same_event(*_pair(admin1="Rural Damascus", geo_precision=GeoPrecision.REGION))
    assert not same_event(*_pair(country="Jordan"))


def test_type_families_and_actors():
    assert not same_event(*_pair(event_type="Battles", sub_event_type="Armed clash"))
    a = event("a", document_id="d1", event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Syria)", actor2="")
    b = event("b", document_id="d2", event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Syria)", actor2="Civilians (Syria)")
    assert not same_event(a, b)  # protesters vs rioters: no shared actor
    b.actor1 = "Protesters (Syria)"
    assert same_event(a, b)
    assert not same_event(*_pair(actor1="Hayat Tahrir al-Sham", actor2="Islamic State (Syria)"))
    assert same_event(*_pair(actor1="", actor2=""))  # unknown actors do not block


def test_actor_key_drops_qualifiers():
    rules = load_rules()
    assert actor_key("Military Forces of Syria (2000-)", rules) == "syria"
    assert actor_key("Unidentified Armed Group (Syria)", rules) == ""


def test_background_and_new_do_not_merge():
    assert not same_event(*_pair(reported_as="background"))
