from __future__ import annotations

from datetime import date

import pytest

from frontlines.model import Event
from frontlines.store.db import EventQuery
from frontlines.store.stats import event_stats, facets, iso_week, week_start
from tests.api.seed import DARAA, seed_store


@pytest.mark.parametrize(
    ("day", "monday", "week"),
    [
        (date(2021, 7, 29), date(2021, 7, 26), "2021-W30"),
        (date(2021, 7, 26), date(2021, 7, 26), "2021-W30"),
        (date(2021, 1, 1), date(2020, 12, 28), "2020-W53"),
    ],
)
def test_iso_weeks(day, monday, week):
    assert (week_start(day), iso_week(day)) == (monday, week)


def test_undated_events_count_in_totals_but_not_in_weeks(tmp_path):
    store = seed_store(f"sqlite:///{tmp_path / 'events.db'}")
    undated = Event(event_id="evt-undated", event_type="Protests", country="Syria", admin1="Dar'a", iso=760, fatalities=1)
    store.save_document(DARAA, [store.get_event("evt-tafas"), store.get_event("evt-balad"), undated])
    stats = event_stats(store, EventQuery(country="Syria"))
    assert (stats["total"], stats["undated"], stats["fatalities"]) == (3, 1, 3)
    assert sum(w["count"] for w in stats["by_week"]) == 2
    assert stats["by_admin1"] == [{"country": "Syria", "admin1": "Dar'a", "count": 3, "fatalities": 3}]
    assert facets(store, EventQuery(event_type="Protests")) == {
        "countries": [{"value": "Syria", "iso": 760, "count": 2}],
        "event_types": [{"value": "Protests", "count": 2}],
    }
    store.close()
