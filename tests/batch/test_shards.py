"""Finding shards and reading them into documents, with bad records named by line."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from frontlines.batch.shards import Shard, ShardError, list_shards, read_shard
from frontlines.errors import InputError
from frontlines.eval.articles import generate_articles


def test_directory_lists_shards_recursively_with_unique_keys(shard_dir: Path) -> None:
    (shard_dir / "2021").mkdir()
    shutil.copy(shard_dir / "shard-00000.jsonl", shard_dir / "2021" / "shard-00000.jsonl")
    (shard_dir / "README.txt").write_text("not a shard")
    shards = list_shards(str(shard_dir))
    assert [s.key for s in shards] == ["2021__shard-00000", "shard-00000", "shard-00001", "shard-00002", "shard-00003"]
    assert shards[1] == Shard(url=str(shard_dir / "shard-00000.jsonl"), key="shard-00000")


def test_glob_and_single_file(shard_dir: Path) -> None:
    assert [s.key for s in list_shards(str(shard_dir / "shard-0000[12].jsonl"))] == ["shard-00001", "shard-00002"]
    assert list_shards(str(shard_dir / "shard-00003.jsonl")) == [Shard(str(shard_dir / "shard-00003.jsonl"), "shard-00003")]


def test_file_url(shard_dir: Path) -> None:
    assert [s.key for s in list_shards(f"file://{shard_dir}")] == ["shard-00000", "shard-00001", "shard-00002", "shard-00003"]


def test_missing_and_empty_inputs_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere: no such file or directory"):
        list_shards(str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match=r"no shards found"):
        list_shards(str(tmp_path))
    (tmp_path / "a.csv").write_text("x")
    with pytest.raises(InputError, match=r"a.csv: not a shard"):
        list_shards(str(tmp_path / "a.csv"))


def test_jsonl_bad_lines_become_errors_with_line_numbers(shard_dir: Path) -> None:
    url = str(shard_dir / "shard-00002.jsonl")
    items = list(read_shard(url))
    docs = [i for i in items if not isinstance(i, ShardError)]
    errors = [i for i in items if isinstance(i, ShardError)]
    assert [d.url for d in docs] == [d.url for d in generate_articles(10, seed=7, start=20)]
    assert [(e.shard, e.line, e.id) for e in errors] == [(url, 11, None), (url, 12, None)]
    assert errors[0].reason.startswith("malformed JSON")
    assert errors[1].reason == "record has neither 'text' nor 'html'"


def test_gzip_and_parquet_shards_read_the_same_documents(shard_dir: Path, tmp_path: Path) -> None:
    plain = shard_dir / "shard-00001.jsonl"
    gz = tmp_path / "s.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    table = pa.Table.from_pylist([d.to_dict() for d in generate_articles(10, seed=7, start=10)])
    pq.write_table(table, tmp_path / "s.parquet")
    expected = list(read_shard(str(plain)))
    assert len(expected) == 10
    assert list(read_shard(str(gz))) == expected
    assert list(read_shard(str(tmp_path / "s.parquet"))) == expected
