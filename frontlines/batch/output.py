"""The batch output directory: where each shard's files go, written so a crash never leaves half a file.

    OUT/documents/shard=<key>/part-0.parquet
    OUT/events/shard=<key>/part-0.parquet
    OUT/errors/shard=<key>.jsonl          (only when the shard had bad records)
    OUT/_SUCCESS/<key>.json               (written last: the shard is finished)
    OUT/errors.jsonl                      (all errors, rebuilt at the end of every run)

A shard counts as finished only when its marker exists, so resuming skips exactly the
shards whose outputs are complete. The Hive-style `shard=` folders make the output one
partitioned Parquet data set for pyarrow, DuckDB or Spark.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.core import url_to_fs

DOCUMENTS = "documents"
EVENTS = "events"
ERRORS = "errors"
MARKERS = "_SUCCESS"
ALL_ERRORS = "errors.jsonl"


class OutputDir:
    """A local path or fsspec URL holding one batch job's results."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.fs, self.root = url_to_fs(url)
        self.root = self.root.rstrip("/")

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def table_path(self, table: str, key: str) -> str:
        return self.path(table, f"shard={key}", "part-0.parquet")

    def marker_path(self, key: str) -> str:
        return self.path(MARKERS, f"{key}.json")

    def is_done(self, key: str) -> bool:
        return self.fs.exists(self.marker_path(key))

    def done_keys(self) -> set[str]:
        folder = self.path(MARKERS)
        if not self.fs.exists(folder):
            return set()
        return {p.rsplit("/", 1)[-1][: -len(".json")] for p in self.fs.ls(folder, detail=False) if p.endswith(".json")}

    def read_marker(self, key: str) -> dict[str, Any]:
        with self.fs.open(self.marker_path(key), "rb") as fh:
            return json.loads(fh.read())

    def write_bytes(self, path: str, data: bytes) -> None:
        """Write to a temporary sibling, then rename: readers see the old file or the whole new one."""
        parent = path.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        tmp = f"{parent}/.tmp-{uuid.uuid4().hex}-{path.rsplit('/', 1)[-1]}"
        with self.fs.open(tmp, "wb") as fh:
            fh.write(data)
        try:
            self.fs.mv(tmp, path)
        except BaseException:
            if self.fs.exists(tmp):
                self.fs.rm(tmp)
            raise

    def write_table(self, table_name: str, key: str, table: pa.Table) -> None:
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        self.write_bytes(self.table_path(table_name, key), buffer.getvalue())

    def write_errors(self, key: str, errors: Iterable[dict[str, Any]]) -> None:
        path = self.path(ERRORS, f"shard={key}.jsonl")
        data = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
        if data:
            self.write_bytes(path, data.encode("utf-8"))
        elif self.fs.exists(path):  # a re-run fixed the shard: drop the stale errors
            self.fs.rm(path)

    def write_marker(self, key: str, summary: dict[str, Any]) -> None:
        self.write_bytes(self.marker_path(key), json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8"))

    def collect_errors(self, extra: Iterable[dict[str, Any]] = ()) -> int:
        """Rebuild OUT/errors.jsonl from every shard's errors (this run and earlier ones) plus `extra`."""
        lines: list[str] = []
        folder = self.path(ERRORS)
        if self.fs.exists(folder):
            for p in sorted(self.fs.ls(folder, detail=False)):
                if p.endswith(".jsonl") and not p.rsplit("/", 1)[-1].startswith("."):
                    with self.fs.open(p, "rb") as fh:
                        lines.extend(line for line in fh.read().decode("utf-8").splitlines() if line.strip())
        lines.extend(json.dumps(e, ensure_ascii=False) for e in extra)
        self.write_bytes(self.path(ALL_ERRORS), "".join(line + "\n" for line in lines).encode("utf-8"))
        return len(lines)

    def list_parts(self, table_name: str) -> list[str]:
        folder = self.path(table_name)
        if not self.fs.exists(folder):
            return []
        return sorted(p for p in self.fs.find(folder) if p.endswith(".parquet") and "/.tmp-" not in p)

    def read_part(self, path: str) -> pa.Table:
        with self.fs.open(path, "rb") as fh:
            return pq.read_table(fh)
