from __future__ import annotations

import pytest

from frontlines.model import Event


def review(client, event_id, **body):
    body.setdefault("reviewer", "analyst-1")
    return client.post(f"/api/events/{event_id}/review", json=body)


def test_confirm_sets_status_and_appends_history(client):
    response = review(client, "evt-tafas", action="confirm", comment="matches the source")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["event"]["review_status"] == "confirmed"
    assert body["review"]["action"] == "confirm"
    assert body["review"]["previous"] == {"review_status": "unreviewed"}
    assert body["review"]["created_at"].endswith("+00:00")  # UTC, said explicitly
    history = client.get("/api/events/evt-tafas/reviews").json()
    assert [(h["action"], h["reviewer"], h["comment"]) for h in history] == [
        ("confirm", "analyst-1", "matches the source")
    ]


def test_edit_updates_fields_and_keeps_previous_values(client):
    changes = {"fatalities": 3, "admin2": "Tafas", "event_date": "2021-07-28", "counts": {"fatalities": 3}}
    response = review(client, "evt-tafas", action="edit", changes=changes, reviewer="amal")
    assert response.status_code == 200, response.text
    event = client.get("/api/events/evt-tafas").json()
    assert event["event"]["fatalities"] == 3
    assert event["event"]["admin2"] == "Tafas"
    assert event["event"]["event_date"] == "2021-07-28"
    assert event["event"]["counts"]["fatalities"] == 3
    assert event["event"]["review_status"] == "edited"
    [entry] = event["reviews"]
    assert entry["changes"] == {
        "fatalities": 3,
        "admin2": "Tafas",
        "event_date": "2021-07-28",
        "counts": {
            "fatalities": 3,
            "civilian_fatalities": None,
            "captured": None,
            "injured": None,
            "arrested": None,
            "abducted": None,
        },
    }
    assert entry["previous"]["fatalities"] == 2
    assert entry["previous"]["admin2"] == "Dar'a"
    assert entry["previous"]["event_date"] == "2021-07-29"
    assert entry["previous"]["review_status"] == "unreviewed"
    assert entry["reviewer"] == "amal"


def test_rejected_events_leave_the_list_unless_asked_for(client):
    assert review(client, "evt-saada", action="reject", comment="duplicate").status_code == 200
    listed = [e["event_id"] for e in client.get("/api/events").json()["events"]]
    assert "evt-saada" not in listed
    with_rejected = client.get("/api/events", params={"include_rejected": "true"}).json()
    assert {e["event_id"]: e["review_status"] for e in with_rejected["events"]}["evt-saada"] == "rejected"
    assert client.get("/api/stats").json()["total"] == 3


def test_review_status_filter_gives_the_work_queue_and_the_checked_events(client):
    assert review(client, "evt-saada", action="reject").status_code == 200
    assert review(client, "evt-tafas", action="confirm").status_code == 200

    def listed(status: str) -> list[str]:
        return sorted(e["event_id"] for e in client.get("/api/events", params={"review_status": status}).json()["events"])

    assert listed("confirmed") == ["evt-tafas"]
    assert listed("rejected") == ["evt-saada"]  # asking for rejected events includes them
    assert "evt-tafas" not in listed("unreviewed") and "evt-saada" not in listed("unreviewed")
    assert client.get("/api/events", params={"review_status": "done"}).status_code == 422


def test_a_review_based_on_a_stale_view_is_refused_and_changes_nothing(client):
    first = review(client, "evt-tafas", action="edit", changes={"fatalities": 3}, reviewer="amal", seen_review_id=0)
    assert first.status_code == 200
    stale = review(client, "evt-tafas", action="edit", changes={"fatalities": 5}, reviewer="omar", seen_review_id=0)
    assert stale.status_code == 409
    assert stale.json()["detail"] == (
        "event 'evt-tafas' was reviewed since you opened it (amal: edit); reload it and review again"
    )
    assert client.get("/api/events/evt-tafas").json()["event"]["fatalities"] == 3
    assert len(client.get("/api/events/evt-tafas/reviews").json()) == 1
    fresh = review(client, "evt-tafas", action="confirm", reviewer="omar", seen_review_id=first.json()["review"]["id"])
    assert fresh.status_code == 200


def test_reviewed_values_survive_re_extraction(client, store):
    review(client, "evt-tafas", action="edit", changes={"fatalities": 4})
    document = store.get_document("doc-daraa")
    fresh = store.get_event("evt-tafas")
    fresh.fatalities = 2
    store.save_document(document, [fresh, Event(event_id="evt-new", event_type="Protests", country="Syria")])
    assert client.get("/api/events/evt-tafas").json()["event"]["fatalities"] == 4
    assert client.get("/api/events/evt-balad").status_code == 404  # unreviewed: replaced
    assert client.get("/api/events/evt-new").status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"action": "edit", "changes": {"colour": "red"}}, "unknown event field 'colour'"),
        ({"action": "edit", "changes": {"document_id": "x"}}, "field 'document_id' is provenance and cannot be edited"),
        ({"action": "edit", "changes": {"fatalities": "many"}}, "field 'fatalities' must be a number, got 'many'"),
        ({"action": "edit", "changes": {"fatalities": -1}}, "field 'fatalities' must be between 0 and 1e+07, got -1"),
        ({"action": "edit", "changes": {"latitude": 95}}, "field 'latitude' must be between -90 and 90, got 95"),
        ({"action": "edit", "changes": {"event_date": "29/07/2021"}}, "field 'event_date' must be a date like 2021-07-30, got '29/07/2021'"),
        ({"action": "edit", "changes": {"geo_precision": 7}}, "field 'geo_precision' must be one of 1, 2, 3, got 7"),
        ({"action": "edit", "changes": {"reported_as": "old"}}, "field 'reported_as' must be one of new, background"),
        ({"action": "edit", "changes": {"counts": {"wounded": 1}}}, "unknown counts field 'wounded'; use fatalities, civilian_fatalities, captured, injured, arrested, abducted"),
        ({"action": "edit", "changes": {}}, "an edit needs at least one changed field"),
        ({"action": "confirm", "changes": {"fatalities": 1}}, "'confirm' takes no field changes; use action 'edit'"),
        ({"action": "confirm", "reviewer": "   "}, "a reviewer name is required"),
    ],
)
def test_bad_reviews_are_422_and_change_nothing(client, body, message):
    response = review(client, "evt-tafas", **body)
    assert response.status_code == 422
    assert response.json() == {"detail": message}
    after = client.get("/api/events/evt-tafas").json()
    assert after["reviews"] == []
    assert after["event"]["fatalities"] == 2


@pytest.mark.parametrize("body", [{"action": "approve", "reviewer": "a"}, {"action": "confirm"}, {"action": "confirm", "reviewer": ""}])
def test_malformed_review_bodies_are_422(client, body):
    response = client.post("/api/events/evt-tafas/review", json=body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "body"


def test_review_of_unknown_event_is_404(client):
    response = review(client, "nope", action="confirm")
    assert response.status_code == 404
    assert response.json() == {"detail": "no event with id 'nope'"}


def test_type_edits_follow_the_acled_taxonomy_and_keep_disorder_type_in_step(client):
    changes = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    response = review(client, "evt-balad", action="edit", changes=changes)
    assert response.status_code == 200, response.text
    event = client.get("/api/events/evt-balad").json()
    assert (event["event"]["event_type"], event["event"]["disorder_type"]) == ("Battles", "Political violence")
    assert event["reviews"][0]["changes"] == {**changes, "disorder_type": "Political violence"}
    assert event["reviews"][0]["previous"]["disorder_type"] == "Demonstrations"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sub_event_type": "Armed clash"}, "sub_event_type 'Armed clash' belongs to event_type 'Battles', not 'Explosions/Remote violence'"),
        ({"sub_event_type": "Skirmish"}, "sub_event_type 'Skirmish' is not an ACLED sub-event type"),
        ({"event_type": "Fights"}, "event_type 'Fights' is not an ACLED event type; use one of Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments"),
    ],
)
def test_type_edits_outside_the_taxonomy_are_422(client, changes, message):
    response = review(client, "evt-tafas", action="edit", changes=changes)
    assert (response.status_code, response.json()) == (422, {"detail": message})
    assert client.get("/api/events/evt-tafas/reviews").json() == []


def test_taxonomy_endpoint_lists_6_types_and_25_sub_types(client):
    body = client.get("/api/taxonomy").json()
    assert body["event_types"] == [
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments",
    ]
    assert len(body["sub_event_types"]) == 25
    assert body["sub_event_types"][0] == {"sub_event_type": "Armed clash", "event_type": "Battles", "disorder_type": "Political violence"}
