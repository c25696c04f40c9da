from datetime import date

from frontlines.extract.collapse import collapse_restatements
from frontlines.model import Counts, Event, GeoPrecision, TimePrecision


def _battle(**kw) -> Event:
    base = dict(
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Syrian rebels",
        actor2="Military Forces of Syria (2000-)",
        location="Nayrab",
        geo_precision=GeoPrecision.TOWN,
        event_date=date(2020, 2, 14),
        time_precision=TimePrecision.WEEK,
    )
    base.update(kw)
    return Event(**base)


def test_lead_and_detail_of_one_battle_become_one_record_with_the_precise_date_and_toll():
    lead = _battle(sub_event_type="Non-state actor overtakes territory", event_id="a")
    detail = _battle(event_id="b", event_date=date(2020, 2, 11), time_precision=TimePrecision.DAY,
                     counts=Counts(fatalities=12), fatalities=12)
    kept, changed = collapse_restatements([lead, detail])
    assert [e.event_id for e in kept] == ["a"]
    assert changed == kept
    assert (kept[0].sub_event_type, kept[0].event_date, kept[0].time_precision, kept[0].fatalities) == (
        "Non-state actor overtakes territory", date(2020, 2, 11), TimePrecision.DAY, 12)


def test_different_initiators_or_days_stay_separate():
    a = _battle(event_date=date(2020, 2, 11), time_precision=TimePrecision.DAY)
    b = _battle(actor1="Military Forces of Syria (2000-)", actor2="Syrian rebels")
    c = _battle(event_date=date(2020, 2, 12), time_precision=TimePrecision.DAY)
    kept, changed = collapse_restatements([a, b, c])
    assert len(kept) == 3 and changed == []


def test_unidentified_armed_men_in_the_detail_are_the_rebels_of_the_lead_in_the_same_region():
    lead = _battle(event_id="lead", actor1="Opposition Rebels (Syria)", inter1=2, location="Daraa",
                   admin1="Daraa", geo_precision=GeoPrecision.REGION)
    detail = _battle(event_id="detail", actor1="Unidentified Armed Group (Syria)", inter1=3,
                     location="Daraa al-Balad", admin1="Daraa", geo_precision=GeoPrecision.NEAR_TOWN,
                     counts=Counts(fatalities=7, captured=70), fatalities=7)
    kept, _ = collapse_restatements([lead, detail])
    assert len(kept) == 1
    e = kept[0]
    assert (e.actor1, e.location, e.geo_precision, e.fatalities, e.counts.captured) == (
        "Opposition Rebels (Syria)", "Daraa al-Balad", GeoPrecision.NEAR_TOWN, 7, 70)


def test_an_unidentified_group_never_absorbs_state_forces():
    a = _battle(actor1="Unidentified Armed Group (Syria)", inter1=3)
    b = _battle(actor1="Military Forces of Syria (2000-)", inter1=1)
    kept, _ = collapse_restatements([a, b])
    assert len(kept) == 2


def test_a_date_given_by_the_text_beats_the_publication_date_fallback():
    from frontlines.extract.collapse import PUBLICATION_DATE_NOTE
    from frontlines.model import Evidence

    lead = _battle(event_id="lead", evidence=[Evidence("event_date", "s1", None, note=PUBLICATION_DATE_NOTE)])
    detail = _battle(event_id="detail", event_date=date(2020, 2, 12),
                     evidence=[Evidence("event_date", "s2", None, note="tied to the earlier event")])
    kept, _ = collapse_restatements([lead, detail])
    assert (len(kept), kept[0].event_date, kept[0].time_precision) == (1, date(2020, 2, 12), TimePrecision.WEEK)


def test_other_events_of_the_unidentified_group_take_the_name_it_was_shown_to_have():
    lead = _battle(event_id="lead", actor1="Opposition Rebels (Syria)", inter1=2, location="Daraa",
                   admin1="Daraa", geo_precision=GeoPrecision.REGION)
    detail = _battle(event_id="detail", actor1="Unidentified Armed Group (Syria)", inter1=3,
                     location="Daraa al-Balad", admin1="Daraa", geo_precision=GeoPrecision.NEAR_TOWN)
    crossing = _battle(event_id="crossing", actor1="Unidentified Armed Group (Syria)", inter1=3,
                       location="Nasib", admin1="Daraa", geo_precision=GeoPrecision.TOWN)
    kept, changed = collapse_restatements([lead, detail, crossing])
    assert [(e.event_id, e.actor1, e.inter1) for e in kept] == [
        ("lead", "Opposition Rebels (Syria)", 2), ("crossing", "Opposition Rebels (Syria)", 2)]
    assert crossing in changed
    assert any(ev.field == "actor1" and "Unidentified Armed Group (Syria)" in ev.note for ev in crossing.evidence)


def test_an_unidentified_group_matched_to_two_named_groups_stays_unidentified():
    a = _battle(event_id="a", actor1="Opposition Rebels (Syria)", inter1=2, location="Daraa", admin1="Daraa",
                geo_precision=GeoPrecision.REGION)
    b = _battle(event_id="b", actor1="Unidentified Armed Group (Syria)", inter1=3, location="Tafas",
                admin1="Daraa", geo_precision=GeoPrecision.TOWN)
    c = _battle(event_id="c", actor1="Hayat Tahrir al-Sham", inter1=2, location="Idlib", admin1="Idlib",
                geo_precision=GeoPrecision.REGION, event_date=date(2020, 2, 13))
    d = _battle(event_id="d", actor1="Unidentified Armed Group (Syria)", inter1=3, location="Sarmin",
                admin1="Idlib", geo_precision=GeoPrecision.TOWN, event_date=date(2020, 2, 13))
    e = _battle(event_id="e", actor1="Unidentified Armed Group (Syria)", inter1=3, location="Nasib",
                admin1="Daraa", geo_precision=GeoPrecision.TOWN, event_date=date(2020, 1, 2),
                time_precision=TimePrecision.DAY)
    kept, _ = collapse_restatements([a, b, c, d, e])
    assert [x.actor1 for x in kept if x.event_id == "e"] == ["Unidentified Armed Group (Syria)"]
