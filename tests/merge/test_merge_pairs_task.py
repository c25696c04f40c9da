from frontlines.eval.tasks.merge_pairs import gold_event, load_pairs, merged_across
from tests.store.factories import event


def test_pair_fixtures_are_balanced_and_complete():
    pairs = load_pairs()
    assert (len(pairs), sum(p["same"] for p in pairs)) == (20, 12)
    assert len({p["id"] for p in pairs}) == 20
    for p in pairs:
        for side in ("a", "b"):
            ev = gold_event(p[side], f"{p['id']}-{side}")
            assert ev.event_date is not None and ev.latitude is not None


def test_merged_across_needs_events_from_both_documents():
    a = [event("a1", document_id="A")]
    assert merged_across(a, [event("b1", document_id="B")])
    assert not merged_across(a, [event("b1", document_id="B", location="Tafas", latitude=32.7356, longitude=35.9917)])
    assert not merged_across(a, [])
