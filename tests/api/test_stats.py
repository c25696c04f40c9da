from __future__ import annotations


def test_stats_by_week_and_admin1(client):
    body = client.get("/api/stats").json()
    assert (body["total"], body["fatalities"], body["undated"]) == (4, 10, 0)
    assert [(w["week"], w["week_start"], w["event_type"], w["count"], w["fatalities"]) for w in body["by_week"]] == [
        ("2021-W28", "2021-07-12", "Battles", 1, 5),
        ("2021-W29", "2021-07-19", "Explosions/Remote violence", 1, 3),
        ("2021-W30", "2021-07-26", "Explosions/Remote violence", 1, 2),
        ("2021-W30", "2021-07-26", "Protests", 1, 0),
    ]
    assert body["by_admin1"] == [
        {"country": "Syria", "admin1": "Dar'a", "count": 2, "fatalities": 2},
        {"country": "Yemen", "admin1": "Saada", "count": 1, "fatalities": 3},
        {"country": "Yemen", "admin1": "Taizz", "count": 1, "fatalities": 5},
    ]


def test_stats_honour_the_event_filters(client):
    body = client.get("/api/stats", params={"country": "Yemen", "since": "2021-07-15"}).json()
    assert body["total"] == 1
    assert [(w["week"], w["event_type"]) for w in body["by_week"]] == [("2021-W29", "Explosions/Remote violence")]
    assert [r["admin1"] for r in body["by_admin1"]] == ["Saada"]


def test_stats_reject_bad_filters(client):
    response = client.get("/api/stats", params={"bbox": "a,b,c,d"})
    assert response.status_code == 422
    assert response.json() == {"detail": "bbox must be 'minlon,minlat,maxlon,maxlat' numbers, got 'a,b,c,d'"}


def test_facets_list_countries_with_iso_codes_and_types(client):
    assert client.get("/api/facets").json() == {
        "countries": [
            {"value": "Syria", "iso": 760, "count": 2},
            {"value": "Yemen", "iso": 887, "count": 2},
        ],
        "event_types": [
            {"value": "Explosions/Remote violence", "count": 2},
            {"value": "Battles", "count": 1},
            {"value": "Protests", "count": 1},
        ],
    }
