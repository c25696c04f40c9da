"""The batch job's mechanics: output layout, errors file, resume, failure isolation, loading."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from frontlines.batch.job import run_batch
from frontlines.batch.load import load_output
from frontlines.batch.output import OutputDir
from frontlines.batch.shards import ShardError, read_shard
from frontlines.batch.tables import row_event
from frontlines.errors import InputError
from tests.batch.conftest import keyword_events

KEYS = ["shard-00000", "shard-00001", "shard-00002", "shard-00003"]


def _expected_events(shard_dir: Path) -> list:
    docs = [d for p in sorted(shard_dir.glob("*.jsonl")) for d in read_shard(str(p)) if not isinstance(d, ShardError)]
    return keyword_events(docs)


def test_in_process_run_writes_partitioned_parquet_and_errors(shard_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen = []
    summary = run_batch(str(shard_dir), str(out), workers=0, extract=keyword_events, on_shard=seen.append)
    assert (summary.shards, summary.processed, summary.skipped, summary.failed) == (4, 4, 0, [])
    assert (summary.documents, summary.errors) == (40, 2)
    assert sorted(r.key for r in seen) == KEYS
    assert sorted(OutputDir(str(out)).done_keys()) == KEYS

    events = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table()
    assert sorted(set(events.column("shard").to_pylist())) == KEYS
    got = sorted((row_event(r) for r in events.to_pylist()), key=lambda e: e.event_id)
    assert got == sorted(_expected_events(shard_dir), key=lambda e: e.event_id)
    assert summary.events == len(got) > 0
    docs = ds.dataset(out / "documents", format="parquet", partitioning="hive").to_table()
    assert docs.num_rows == 40

    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["shard"], e["line"], e["id"]) for e in errors] == [
        (str(shard_dir / "shard-00002.jsonl"), 11, None),
        (str(shard_dir / "shard-00002.jsonl"), 12, None),
    ]
    marker = json.loads((out / "_SUCCESS" / "shard-00002.json").read_text())
    assert (marker["documents"], marker["errors"]) == (10, 2)
    assert not list(out.rglob(".tmp-*"))


def test_resume_skips_finished_shards_and_redoes_unfinished(shard_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(str(shard_dir / "shard-0000[01].jsonl"), str(out), workers=0, extract=keyword_events)
    first = (out / "events" / "shard=shard-00000" / "part-0.parquet").stat().st_mtime_ns
    (out / "_SUCCESS" / "shard-00001.json").unlink()  # as if the run died before finishing shard 1
    seen = []
    summary = run_batch(str(shard_dir), str(out), workers=0, extract=keyword_events, on_shard=seen.append)
    assert (summary.shards, summary.skipped, summary.processed) == (4, 1, 3)
    assert sorted(r.key for r in seen) == ["shard-00001", "shard-00002", "shard-00003"]
    assert (out / "events" / "shard=shard-00000" / "part-0.parquet").stat().st_mtime_ns == first
    assert len((out / "errors.jsonl").read_text().splitlines()) == 2  # errors of all shards, not just this run's
    again = run_batch(str(shard_dir), str(out), workers=0, extract=keyword_events)
    assert (again.skipped, again.processed, again.documents) == (4, 0, 0)


def test_failing_document_is_isolated_and_reported(poisoned_shard: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch(str(poisoned_shard), str(out), workers=0, extract=keyword_events)
    assert (summary.processed, summary.documents, summary.errors) == (1, 2, 1)
    [error] = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    poisoned = [d for d in read_shard(str(poisoned_shard)) if "POISON" in d.text][0]
    assert error == {
        "shard": str(poisoned_shard),
        "line": None,
        "id": poisoned.id,
        "reason": "extraction failed: RuntimeError: cannot parse this article (at conftest.py:25)",
    }


def test_unreadable_shard_fails_alone(shard_dir: Path, tmp_path: Path) -> None:
    (shard_dir / "broken.parquet").write_bytes(b"not parquet at all")
    out = tmp_path / "out"
    summary = run_batch(str(shard_dir), str(out), workers=0, extract=keyword_events)
    assert summary.processed == 4
    [failed] = summary.failed
    assert failed.key == "broken" and failed.failed.startswith(f"{shard_dir / 'broken.parquet'}: cannot read Parquet shard")
    assert "broken" not in OutputDir(str(out)).done_keys()
    last = json.loads((out / "errors.jsonl").read_text().splitlines()[-1])
    assert last["shard"] == str(shard_dir / "broken.parquet") and last["line"] is None


def test_local_cluster_of_threads_gives_the_in_process_result(shard_dir: Path, tmp_path: Path) -> None:
    run_batch(str(shard_dir), str(tmp_path / "a"), workers=0, extract=keyword_events)
    summary = run_batch(str(shard_dir), str(tmp_path / "b"), workers=2, processes=False, extract=keyword_events)
    assert (summary.workers, summary.processed, summary.documents) == (2, 4, 40)
    for table in ("documents", "events"):
        for key in KEYS:
            part = Path(table) / f"shard={key}" / "part-0.parquet"
            assert (tmp_path / "a" / part).read_bytes() == (tmp_path / "b" / part).read_bytes()


def test_load_saves_documents_with_their_events(shard_dir: Path, tmp_path: Path) -> None:
    from frontlines.store.db import EventQuery, Store

    out = tmp_path / "out"
    run_batch(str(shard_dir), str(out), workers=0, extract=keyword_events)
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    summary = load_output(str(out), store)
    assert (summary.shards, summary.documents) == (4, 40)
    assert store.count_documents() == 40
    assert store.count_events(EventQuery()) == summary.events == len(_expected_events(shard_dir))
    expected = _expected_events(shard_dir)[0]
    assert store.get_event(expected.event_id).counts == expected.counts
    load_output(str(out), store)  # loading twice does not duplicate
    assert store.count_events(EventQuery()) == summary.events


def test_load_rejects_a_directory_that_is_not_batch_output(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a batch output directory"):
        load_output(str(tmp_path), object())
