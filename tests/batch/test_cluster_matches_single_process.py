"""A 2-worker Dask cluster produces exactly the records single-process extraction does.

Uses the real pipeline (frontlines.pipeline.extract_batch) in worker processes, so it
also catches per-process nondeterminism (hash seeds, unordered sets, model state).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from frontlines.batch.job import run_batch
from frontlines.batch.shards import ShardError, read_shard
from frontlines.batch.tables import document_row, event_row
from frontlines.eval.articles import generate_articles, write_jsonl_shards

ARTICLES = 120
PER_SHARD = 20


@pytest.mark.slow
def test_two_worker_cluster_matches_single_process(tmp_path: Path) -> None:
    from frontlines.pipeline import extract_batch

    write_jsonl_shards(generate_articles(ARTICLES, seed=11), tmp_path / "in", PER_SHARD)
    summary = run_batch(str(tmp_path / "in"), str(tmp_path / "out"), workers=2, processes=True)
    assert summary.failed == []
    assert (summary.workers, summary.processed) == (2, ARTICLES // PER_SHARD)
    assert summary.documents + summary.errors == ARTICLES

    documents = [
        d for p in sorted((tmp_path / "in").glob("*.jsonl")) for d in read_shard(str(p)) if not isinstance(d, ShardError)
    ]
    # documents the cluster reported as failed must fail the same way here, one by one
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    failed_ids = {e["id"] for e in errors}
    for document in (d for d in documents if d.id in failed_ids):
        with pytest.raises(Exception):
            extract_batch([document])
    documents = [d for d in documents if d.id not in failed_ids]
    assert len(documents) == summary.documents

    expected = sorted((event_row(e) for e in extract_batch(documents)), key=lambda r: (r["document_id"], r["event_id"]))
    got = ds.dataset(tmp_path / "out" / "events", format="parquet", partitioning="hive").to_table().drop(["shard"])
    got_rows = sorted(got.to_pylist(), key=lambda r: (r["document_id"], r["event_id"]))
    assert len(got_rows) == len(expected) == summary.events
    assert len(expected) >= ARTICLES // 2  # the articles report events; an empty comparison would prove nothing
    for got_row, expected_row in zip(got_rows, expected):
        assert got_row == expected_row

    got_docs = ds.dataset(tmp_path / "out" / "documents", format="parquet", partitioning="hive").to_table()
    assert sorted(got_docs.drop(["shard"]).to_pylist(), key=lambda r: r["id"]) == sorted(
        (document_row(d) for d in documents), key=lambda r: r["id"]
    )
