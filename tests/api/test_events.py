from __future__ import annotations

import pytest

ALL_IDS = ["evt-balad", "evt-tafas", "evt-saada", "evt-taizz"]  # newest first, then by id


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_list_returns_all_events_newest_first_with_total(client):
    body = client.get("/api/events").json()
    assert body["total"] == 4
    assert [e["event_id"] for e in body["events"]] == ALL_IDS
    assert {e["review_status"] for e in body["events"]} == {"unreviewed"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "Syria"}, ["evt-balad", "evt-tafas"]),
        ({"admin1": "Taizz"}, ["evt-taizz"]),
        ({"type": "Explosions/Remote violence"}, ["evt-tafas", "evt-saada"]),
        ({"sub_type": "Air/drone strike"}, ["evt-saada"]),
        ({"actor": "houthi"}, ["evt-taizz"]),
        ({"since": "2021-07-13", "until": "2021-07-28"}, ["evt-saada"]),
        ({"bbox": "35.5,32.3,36.8,33.4"}, ["evt-balad", "evt-tafas"]),
        ({"reported_as": "background"}, []),
        ({"document_id": "doc-yemen"}, ["evt-saada", "evt-taizz"]),
        ({"country": "", "type": ""}, ALL_IDS),  # empty form fields mean no filter
    ],
)
def test_list_filters(client, params, expected):
    assert ids(client.get("/api/events", params=params)) == expected


def test_paging_keeps_the_total(client):
    body = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert (body["total"], body["limit"], body["offset"]) == (4, 2, 1)
    assert [e["event_id"] for e in body["events"]] == ALL_IDS[1:3]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"bbox": "1,2,3"}, "bbox must be 'minlon,minlat,maxlon,maxlat' numbers, got '1,2,3'"),
        ({"bbox": "10,0,5,1"}, "bbox minimums must not exceed maximums: '10,0,5,1'"),
        ({"bbox": "0,0,200,1"}, "bbox is outside -180..180 / -90..90: '0,0,200,1'"),
        ({"since": "2021-08-01", "until": "2021-07-01"}, "since (2021-08-01) is after until (2021-07-01)"),
    ],
)
def test_bad_filters_are_422_with_a_message(client, params, message):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"] == message


@pytest.mark.parametrize(
    "params",
    [{"since": "last week"}, {"limit": 0}, {"limit": 100000}, {"offset": -1}, {"reported_as": "old"}],
)
def test_bad_parameter_types_are_422(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", next(iter(params))]


def test_event_detail_has_documents_evidence_and_history(client):
    body = client.get("/api/events/evt-tafas").json()
    assert body["event"]["event_id"] == "evt-tafas"
    assert body["event"]["review_status"] == "unreviewed"
    assert [d["id"] for d in body["documents"]] == ["doc-daraa"]
    text = body["documents"][0]["text"]
    assert [(e["field"], text[e["span"]["start"] : e["span"]["end"]]) for e in body["evidence"]] == [
        ("event_type", "shelled"),
        ("location", "Tafas"),
        ("fatalities", "killing two civilians"),
    ]
    assert body["reviews"] == []


def test_unknown_event_is_404(client):
    for path in ("/api/events/nope", "/api/events/nope/reviews"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json() == {"detail": "no event with id 'nope'"}


def test_document_with_its_event_ids(client):
    body = client.get("/api/documents/doc-yemen").json()
    assert body["title"] == "Clashes in Taizz, air strike in Saada"
    assert body["published"] == "2021-07-21"
    assert body["text"].startswith("Houthi fighters clashed")
    assert body["event_ids"] == ["evt-taizz", "evt-saada"]  # oldest first


def test_unknown_document_is_404(client):
    response = client.get("/api/documents/nope")
    assert response.status_code == 404
    assert response.json() == {"detail": "no document with id 'nope'"}


def test_compact_list_has_the_same_events_and_order_with_fewer_columns(client):
    full = client.get("/api/events", params={"country": "Yemen"}).json()
    compact = client.get("/api/events", params={"country": "Yemen", "compact": "true"}).json()
    assert compact["total"] == full["total"] == 2
    assert compact["events"][0] == {
        "event_id": "evt-saada",
        "event_date": "2021-07-20",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Saudi Arabia (2015-)",
        "actor2": "Civilians (Yemen)",
        "location": "Saada",
        "admin1": "Saada",
        "country": "Yemen",
        "iso": 887,
        "latitude": 16.9402,
        "longitude": 43.7639,
        "fatalities": 3,
        "reported_as": "new",
        "review_status": "unreviewed",
    }
    assert [e["event_id"] for e in compact["events"]] == [e["event_id"] for e in full["events"]]
