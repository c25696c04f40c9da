from __future__ import annotations

import pytest
from click.testing import CliRunner

from frontlines.api import boundaries
from frontlines.cli.serve import command as serve_command


def test_index_page_loads_vendored_leaflet_not_a_cdn(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<script src="/static/vendor/leaflet/leaflet.js"></script>' in page.text
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("/static/app.js", "/static/app.css", "/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css"):
        assert client.get(asset).status_code == 200, asset


def test_api_docs_are_served_without_a_cdn(client):
    for path in ("/docs", "/redoc"):
        page = client.get(path)
        assert page.status_code == 200
        assert "cdn." not in page.text
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200


def test_openapi_docs_list_every_endpoint(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {
        "/api/events",
        "/api/events/{event_id}",
        "/api/events/{event_id}/review",
        "/api/events/{event_id}/reviews",
        "/api/documents/{document_id}",
        "/api/stats",
        "/api/facets",
        "/api/taxonomy",
        "/api/extract",
    } <= paths


def test_boundaries_not_built_is_404_naming_the_build_step(client, tmp_path, monkeypatch):
    monkeypatch.setattr(boundaries, "COUNTRIES_FILE", tmp_path / "countries.geojson")
    monkeypatch.setattr(boundaries, "ADMIN1_DIR", tmp_path / "admin1")
    for path in ("/api/boundaries/countries", "/api/boundaries/admin1/760"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json() == {"detail": "boundaries are not built; run `python scripts/vendor_web_assets.py`"}


def test_boundaries_are_served_from_the_build_dir(client, tmp_path, monkeypatch):
    (tmp_path / "admin1").mkdir()
    (tmp_path / "admin1" / "760.geojson").write_text('{"type":"FeatureCollection","features":[]}')
    monkeypatch.setattr(boundaries, "ADMIN1_DIR", tmp_path / "admin1")
    response = client.get("/api/boundaries/admin1/760")
    assert response.status_code == 200
    assert response.json() == {"type": "FeatureCollection", "features": []}
    missing = client.get("/api/boundaries/admin1/4")
    assert (missing.status_code, missing.json()) == (404, {"detail": "no admin1 boundaries for 4"})


@pytest.mark.parametrize("code", ["SY", "7a", "7600"])
def test_admin1_code_must_be_iso_numeric(client, code):
    response = client.get(f"/api/boundaries/admin1/{code}")
    assert response.status_code == 422
    assert response.json() == {"detail": f"country code must be ISO 3166-1 numeric like 760, got {code!r}"}


def test_serve_help_has_an_example():
    result = CliRunner().invoke(serve_command, ["--help"])
    assert result.exit_code == 0
    assert "frontlines serve --db sqlite:///events.db --port 8000" in result.output
