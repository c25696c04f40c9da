from __future__ import annotations

from datetime import date

import pytest

from frontlines.errors import InputError
from frontlines.model import Counts, GeoPrecision
from frontlines.store.reviews import UnknownEventError, coerce_field, record_review, review_history, review_statuses
from tests.api.seed import seed_store


NO_COUNTS = {"fatalities": None, "civilian_fatalities": None, "captured": None, "injured": None, "arrested": None, "abducted": None}


@pytest.fixture()
def store(tmp_path):
    seeded = seed_store(f"sqlite:///{tmp_path / 'events.db'}")
    yield seeded
    seeded.close()


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("event_date", "2021-07-28", date(2021, 7, 28)),
        ("fatalities", "4", 4),
        ("fatalities", 4.0, 4),
        ("latitude", "32.5", 32.5),
        ("latitude", None, None),
        ("geo_precision", 2, GeoPrecision.NEAR_TOWN),
        ("admin2", "  Tafas ", "Tafas"),
        ("hedged", True, True),
        ("counts", {"injured": 3, "fatalities": None}, Counts(injured=3)),
    ],
)
def test_coerce_field_converts_to_the_event_type(field, value, expected):
    assert coerce_field(field, value) == expected


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("fatalities", 2.5, "field 'fatalities' must be a whole number, got 2.5"),
        ("fatalities", True, "field 'fatalities' must be a number, got True"),
        ("fatalities", None, "field 'fatalities' cannot be empty"),
        ("hedged", "yes", "field 'hedged' must be true or false"),
        ("admin1", 5, "field 'admin1' must be text"),
        ("sources", ["x"], "field 'sources' is provenance and cannot be edited"),
        ("counts", 3, 'field \'counts\' must be an object like {"fatalities": 3}'),
        ("counts", {"injured": -2}, "field 'counts.injured' cannot be negative"),
    ],
)
def test_coerce_field_rejects_bad_values(field, value, message):
    with pytest.raises(InputError) as err:
        coerce_field(field, value)
    assert str(err.value) == message


def test_review_of_a_missing_event_writes_nothing(store):
    with pytest.raises(UnknownEventError):
        record_review(store.engine, "nope", "confirm", {}, "amal")
    assert review_history(store.engine, "nope") == []


def test_history_is_append_only_and_ordered(store):
    record_review(store.engine, "evt-taizz", "edit", {"fatalities": 6}, "amal", "hospital update")
    record_review(store.engine, "evt-taizz", "confirm", {}, "bashir")
    history = review_history(store.engine, "evt-taizz")
    assert [(h["action"], h["reviewer"], h["previous"]) for h in history] == [
        ("edit", "amal", {"fatalities": 5, "counts": {**NO_COUNTS, "fatalities": 5}, "review_status": "unreviewed"}),
        ("confirm", "bashir", {"review_status": "edited"}),
    ]
    assert review_statuses(store.engine, ["evt-taizz", "evt-saada", "nope"]) == {
        "evt-taizz": "confirmed",
        "evt-saada": "unreviewed",
    }
    edited = store.get_event("evt-taizz")
    assert (edited.fatalities, edited.counts.fatalities) == (6, 6)  # counts follow the ACLED column
