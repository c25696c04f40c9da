"""Events and documents survive the trip through flat Parquet tables unchanged."""

from __future__ import annotations

import json
from datetime import date

import pyarrow as pa

from frontlines.batch.tables import EVENT_SCHEMA, documents_table, events_table, row_document, row_event
from frontlines.eval.articles import generate_articles
from frontlines.model import Counts, Event, Evidence, GeoPrecision, Span, TimePrecision

EVENT = Event(
    event_id="e1",
    document_id="d1",
    event_date=date(2021, 7, 28),
    time_precision=TimePrecision.DAY,
    disorder_type="Political violence",
    event_type="Battles",
    sub_event_type="Non-state actor overtakes territory",
    actor1="Rebel Group (Syria)",
    inter1=2,
    actor2="Military Forces of Syria (2000-)",
    inter2=1,
    interaction=12,
    country="Syria",
    iso=760,
    admin1="Dar'a",
    location="Nasib",
    latitude=32.55175,
    longitude=36.18586,
    geo_precision=GeoPrecision.NEAR_TOWN,
    fatalities=7,
    counts=Counts(fatalities=7, captured=70),
    reported_as="new",
    hedged=True,
    evidence=[Evidence("location", "captured ... the Nasib border crossing", Span(10, 15, "Nasib"), note="crossing")],
    confidence=0.61,
    sources=["d1"],
)


def test_event_columns_are_acled_names_with_json_for_nested_fields() -> None:
    table = events_table([EVENT])
    assert table.schema == EVENT_SCHEMA
    row = table.to_pylist()[0]
    assert row["event_date"] == date(2021, 7, 28)
    assert row["geo_precision"] == 2 and row["time_precision"] == 1
    assert table.schema.field("latitude").type == pa.float64()
    assert json.loads(row["counts"]) == {
        "abducted": None,
        "arrested": None,
        "captured": 70,
        "civilian_fatalities": None,
        "fatalities": 7,
        "injured": None,
    }
    assert json.loads(row["sources"]) == ["d1"]
    assert json.loads(row["evidence"])[0]["span"] == {"start": 10, "end": 15, "text": "Nasib"}


def test_event_round_trip() -> None:
    [row] = events_table([EVENT, ]).to_pylist()
    assert row_event(row | {"shard": "shard-00000"}) == EVENT


def test_empty_tables_keep_their_schema() -> None:
    assert events_table([]).num_rows == 0
    assert events_table([]).schema == EVENT_SCHEMA
    assert documents_table([]).schema.names == ["id", "text", "source", "url", "published", "title"]


def test_document_round_trip() -> None:
    docs = generate_articles(3, seed=1)
    assert [row_document(r) for r in documents_table(docs).to_pylist()] == docs
