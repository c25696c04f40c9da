from sqlalchemy import update

from frontlines.merge import apply_merge
from frontlines.model import Counts
from frontlines.store.db import EventQuery, Store
from frontlines.store.schema import events as events_table
from tests.store.factories import document, event


def _seed(store: Store) -> None:
    store.save_document(document("d1"), [event("a", counts=Counts(fatalities=4), fatalities=4, confidence=0.9)])
    store.save_document(document("d2", text="Outlet B report."), [event("b", counts=Counts(fatalities=6), fatalities=6, confidence=0.5)])
    store.save_document(document("d3", text="Other place."), [event("c", location="Tafas", latitude=32.7356, longitude=35.9917)])


def test_apply_merge_hides_duplicates_and_is_repeatable(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    _seed(store)
    report = apply_merge(store)
    assert (report.events, report.clusters, report.duplicates) == (3, 1, 1)
    assert [(e.event_id, e.sources, e.fatalities) for e in store.query_events(EventQuery())] == [
        ("a", ["d1", "d2"], 4),
        ("c", ["d3"], 4),
    ]
    again = apply_merge(store)
    assert (again.clusters, again.duplicates) == (1, 1)
    assert len(store.get_event("a").evidence) == 2
    assert store.count_events(EventQuery(include_merged=True)) == 3


def test_reviewed_event_is_kept_and_not_changed(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    _seed(store)
    with store.engine.begin() as conn:
        conn.execute(update(events_table).where(events_table.c.event_id == "b").values(review_status="confirmed"))
    apply_merge(store)
    kept = store.query_events(EventQuery())
    assert [(e.event_id, e.sources, e.fatalities) for e in kept] == [("b", ["d2", "d1"], 6), ("c", ["d3"], 4)]
    assert store.get_event("a") is not None
