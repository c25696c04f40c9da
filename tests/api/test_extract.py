from __future__ import annotations

import importlib
import json

import pytest

from frontlines.model import Event

from .seed import DARAA_TEXT

def _pipeline_loads() -> bool:
    try:
        importlib.import_module("frontlines.pipeline")
    except ImportError:
        return False
    return True


ARTICLE = {"text": DARAA_TEXT, "published": "2021-07-30", "source": "Enab Baladi", "url": "https://example.org/a", "title": "T"}


def test_article_over_the_limit_is_413_with_a_clear_message(client):
    body = json.dumps({"text": "x" * 2990}).encode()  # 3,002 bytes
    response = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {
        "detail": "article is 3,002 bytes; the limit is 2,000 bytes "
        "(send a shorter article or start the server with a larger --max-article-bytes)"
    }


def test_streamed_body_over_the_limit_is_413(client):
    chunks = (b"x" * 500 for _ in range(5))  # no Content-Length: the server counts while reading
    response = client.post("/api/extract", content=chunks, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["detail"].startswith("article is more than 2,000 bytes; the limit is 2,000 bytes")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "body: Invalid JSON: key must be a string at line 1 column 2"),
        (json.dumps({"text": "   "}).encode(), "text: Value error, text is empty; post the article body"),
        (json.dumps({"title": "no text"}).encode(), "text: Field required"),
        (json.dumps({"text": "a", "published": "yesterday"}).encode(), "published: Input should be a valid date or datetime, input is too short"),
    ],
)
def test_bad_articles_are_422_with_one_line(client, body, message):
    response = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json() == {"detail": message}


def test_extract_runs_the_pipeline_on_the_posted_article_and_stores_nothing(client, store, monkeypatch):
    seen = []

    def fake_extract(document):
        seen.append(document)
        return [Event(event_id="e1", document_id=document.id, event_type="Battles")]

    import types

    monkeypatch.setitem(__import__("sys").modules, "frontlines.pipeline", types.SimpleNamespace(extract_document=fake_extract))
    response = client.post("/api/extract", json=ARTICLE)
    assert response.status_code == 200, response.text
    [document] = seen
    assert (document.text, str(document.published), document.source, document.url, document.title) == (
        DARAA_TEXT, "2021-07-30", "Enab Baladi", "https://example.org/a", "T",
    )
    body = response.json()
    assert body["document"]["id"] == document.id
    assert [(e["event_id"], e["event_type"]) for e in body["events"]] == [("e1", "Battles")]
    assert store.has_document(document.id) is False
    assert client.get("/api/events").json()["total"] == 4


@pytest.mark.slow
@pytest.mark.skipif(not _pipeline_loads(), reason="frontlines.pipeline cannot be imported yet")
def test_extract_with_the_real_pipeline_returns_spans_into_the_posted_text(store):
    from fastapi.testclient import TestClient

    from frontlines.api.app import create_app

    with TestClient(create_app(store)) as client:
        response = client.post("/api/extract", json=ARTICLE)
    assert response.status_code == 200, response.text
    events = response.json()["events"]
    assert events, "the seed Daraa article reports a shelling; expected at least one event"
    for event in events:
        for evidence in event["evidence"]:
            if evidence["span"]:
                span = evidence["span"]
                assert DARAA_TEXT[span["start"] : span["end"]] == span["text"]
    assert store.has_document(response.json()["document"]["id"]) is False
