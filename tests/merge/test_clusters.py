from datetime import date

from frontlines.merge import cluster_events, merge_events
from frontlines.model import Counts, Evidence
from tests.store.factories import event


def test_three_outlets_one_event_lowest_fatalities_and_all_evidence():
    a = event("a", document_id="d1", source="Outlet A", confidence=0.9, counts=Counts(fatalities=4), fatalities=4)
    b = event(
        "b",
        document_id="d2",
        source="Outlet B",
        confidence=0.7,
        counts=Counts(fatalities=6, injured=10),
        fatalities=6,
        evidence=[Evidence(field="fatalities", sentence="Six people were killed.")],
    )
    c = event("c", document_id="d3", source="Outlet A", confidence=0.5, counts=Counts(), fatalities=0)
    merged = merge_events([c, b, a])
    assert len(merged) == 1
    m = merged[0]
    assert (m.event_id, m.sources, m.fatalities, m.counts.fatalities, m.counts.injured) == ("a", ["d1", "d2", "d3"], 4, 4, 10)
    assert m.source == "Outlet A; Outlet B"
    assert [(e.field, e.note) for e in m.evidence] == [("event_type", ""), ("fatalities", "source d2"), ("event_type", "source d3")]
    assert m.confidence == 0.9


def test_no_figure_is_not_zero():
    a = event("a", document_id="d1", counts=Counts(), fatalities=0, confidence=0.9)
    b = event("b", document_id="d2", counts=Counts(fatalities=3), fatalities=3)
    assert merge_events([a, b])[0].fatalities == 3


def test_complete_linkage_does_not_chain():
    """b is within reach of a and c, but a and c are 16 km apart: two events, not one."""
    a = event("a", document_id="d1", location="A", latitude=32.60, longitude=36.10, confidence=0.9)
    b = event("b", document_id="d2", location="B", latitude=32.66, longitude=36.05, confidence=0.8)
    c = event("c", document_id="d3", location="C", latitude=32.7356, longitude=35.9917, confidence=0.7)
    assert [[e.event_id for e in cl] for cl in cluster_events([a, b, c])] == [["a", "b"], ["c"]]


def test_distinct_events_stay_apart():
    a = event("a", document_id="d1")
    b = event("b", document_id="d2", event_date=date(2021, 7, 20))
    merged = merge_events([a, b])
    assert [(m.event_id, m.sources) for m in merged] == [("a", ["d1"]), ("b", ["d2"])]
