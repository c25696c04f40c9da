"""A later casualty sentence adds its toll to the event it refers to (issue #5)."""

from __future__ import annotations

from datetime import date

from frontlines.extract.collapse import PUBLICATION_DATE_NOTE, collapse_restatements
from frontlines.model import Counts, Event, Evidence, GeoPrecision, Span, TimePrecision

LEAD = "Fighting broke out on Tuesday between the army and the RSF in El Obeid, residents said."


def _clash() -> Event:
    return Event(
        event_id="clash", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Sudan (2019-)", inter1=1, actor2="RSF: Rapid Support Forces", inter2=3,
        location="El Obeid", geo_precision=GeoPrecision.TOWN, event_date=date(2023, 5, 9), time_precision=TimePrecision.DAY,
        evidence=[Evidence("event_type", LEAD, Span(0, 8, "Fighting")), Evidence("actor1", LEAD, Span(47, 51, "army"))],
    )


def _toll(sentence: str, trigger: str, dead: int, **kw) -> Event:
    at = sentence.index(trigger)
    base = {
        "event_id": "toll", "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor2": "Opposition Rebels", "inter2": 2, "event_date": date(2023, 5, 10),
        "time_precision": TimePrecision.WEEK, "counts": Counts(fatalities=dead), "fatalities": dead,
        "evidence": [
            Evidence("event_type", sentence, Span(at, at + len(trigger), trigger)),
            Evidence("event_date", sentence, None, note=PUBLICATION_DATE_NOTE),
            Evidence("fatalities", sentence, Span(0, 11, sentence[:11])),
        ],
    }
    base.update(kw)
    return Event(**base)


def test_a_toll_that_points_back_is_added_to_the_clash() -> None:
    toll = _toll("At least 22 fighters were killed in the fighting, a hospital official said.", "killed", 22)
    kept, changed = collapse_restatements([_clash(), toll])
    assert [(e.event_id, e.fatalities) for e in kept] == [("clash", 22)]
    assert changed == kept
    assert [e.note for e in kept[0].evidence if e.field == "fatalities"] == ["(toll told in a later sentence)"]


def test_a_toll_without_place_or_day_of_its_own_is_added_to_the_event_before() -> None:
    toll = _toll("The army said 9 rebels had been killed.", "killed", 9)
    kept, _ = collapse_restatements([_clash(), toll])
    assert [(e.event_id, e.fatalities) for e in kept] == [("clash", 9)]


def test_a_killing_with_its_own_place_stays_an_event() -> None:
    sentence = "Three civilians were killed in Kadugli."
    toll = _toll(sentence, "killed", 3, location="Kadugli", geo_precision=GeoPrecision.TOWN)
    toll.evidence.append(Evidence("location", sentence, Span(31, 38, "Kadugli")))
    kept, _ = collapse_restatements([_clash(), toll])
    assert [(e.event_id, e.fatalities) for e in kept] == [("clash", 0), ("toll", 3)]


def test_a_killing_with_a_named_killer_stays_an_event() -> None:
    sentence = "Soldiers killed two herders."
    toll = _toll(sentence, "killed", 2, sub_event_type="Attack", event_type="Violence against civilians")
    toll.evidence.append(Evidence("actor1", sentence, Span(0, 8, "Soldiers")))
    kept, _ = collapse_restatements([_clash(), toll])
    assert [e.event_id for e in kept] == ["clash", "toll"]


def test_a_report_codes_the_toll_on_its_clash() -> None:
    from frontlines.model import Document
    from frontlines.pipeline import extract_document

    text = (
        "Heavy fighting broke out on Tuesday between the Sudanese army and the Rapid Support Forces in El Obeid.\n\n"
        "At least 22 fighters were killed in the fighting, a hospital official said."
    )
    events = extract_document(Document(id="t", text=text, published=date(2023, 5, 10)))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 22)]
