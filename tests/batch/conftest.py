"""Shards of generated articles and a tiny deterministic extractor for the batch-machinery tests.

The extractor stands in for the pipeline only where the job mechanics (sharding, resume,
errors, output layout) are under test; the cluster-vs-single-process test uses the real one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontlines.eval.articles import generate_articles, write_jsonl_shards
from frontlines.model import Counts, Document, Event, Evidence, GeoPrecision, Span, TimePrecision

POISON = "POISON-PILL"


def keyword_events(documents: list[Document]) -> list[Event]:
    """One event per article that says 'killing'; raises on a poisoned article."""
    events = []
    for doc in documents:
        if POISON in doc.text:
            raise RuntimeError("cannot parse this article")
        at = doc.text.find("killing")
        if at < 0:
            continue
        events.append(
            Event(
                event_id=f"{doc.id}-{at}",
                document_id=doc.id,
                event_date=doc.published,
                time_precision=TimePrecision.WEEK,
                event_type="Battles",
                sub_event_type="Armed clash",
                latitude=32.6,
                longitude=36.1,
                geo_precision=GeoPrecision.TOWN,
                fatalities=at % 7,
                counts=Counts(fatalities=at % 7, injured=None),
                evidence=[Evidence("event_type", doc.title, Span(at, at + 7, "killing"), note="test")],
                sources=[doc.id],
            )
        )
    return events


@pytest.fixture()
def shard_dir(tmp_path: Path) -> Path:
    """40 articles in 4 JSONL shards; shard 2 has a malformed line and a record without text."""
    folder = tmp_path / "in"
    paths = write_jsonl_shards(generate_articles(40, seed=7), folder, per_shard=10)
    with paths[2].open("a", encoding="utf-8") as fh:
        fh.write('{"text": "unterminated\n')
        fh.write('{"url": "https://news.example.org/empty", "published": "2021-01-01"}\n')
    return folder


@pytest.fixture()
def poisoned_shard(tmp_path: Path) -> Path:
    docs = generate_articles(3, seed=9)
    docs[1] = Document(id="x", text=docs[1].text + "\n" + POISON, url="https://news.example.org/poison", published=date(2021, 5, 2))
    return write_jsonl_shards(docs, tmp_path / "poison", per_shard=10)[0]
