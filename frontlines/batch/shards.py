"""Find input shards (local or any fsspec URL) and read each into Documents.

JSONL goes through `frontlines.ingest.readers.read_jsonl`, so a batch run cleans and
identifies articles exactly as `frontlines ingest` does; Parquet rows go through the
same record reader. Bad records come back as `ShardError`s, never exceptions.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import fsspec
from fsspec.core import url_to_fs

from frontlines.errors import InputError
from frontlines.ingest.readers import document_from_record, read_jsonl
from frontlines.model import Document

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.bz2", ".jsonl.xz", ".jsonl.zst")
PARQUET_SUFFIXES = (".parquet",)
SHARD_SUFFIXES = JSONL_SUFFIXES + PARQUET_SUFFIXES
_GLOB = re.compile(r"[*?\[]")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Shard:
    url: str  # what the worker opens
    key: str  # unique, filesystem-safe name of its outputs


@dataclass(frozen=True)
class ShardError:
    """One document (or the whole shard, line None) that could not be processed."""

    shard: str
    line: int | None
    id: str | None
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"shard": self.shard, "line": self.line, "id": self.id, "reason": self.reason}


def shard_suffix(path: str) -> str | None:
    lowered = path.lower()
    return next((s for s in SHARD_SUFFIXES if lowered.endswith(s)), None)


def list_shards(source: str) -> list[Shard]:
    """Shards named by a file, a directory (searched recursively) or a glob, local or remote."""
    fs, path = url_to_fs(source)
    if _GLOB.search(path):
        found = sorted(p for p in fs.glob(path) if shard_suffix(p))
        root = path[: _GLOB.search(path).start()].rsplit("/", 1)[0]
    elif fs.isdir(path):
        found = sorted(p for p in fs.find(path) if shard_suffix(p))
        root = path.rstrip("/")
    elif fs.exists(path):
        if not shard_suffix(path):
            raise InputError(f"not a shard; expected one of {', '.join(SHARD_SUFFIXES)}", source=source)
        found, root = [path], path.rsplit("/", 1)[0] if "/" in path else ""
    else:
        raise InputError("no such file or directory", source=source)
    if not found:
        raise InputError(f"no shards found (looked for {', '.join(SHARD_SUFFIXES)})", source=source)
    shards: list[Shard] = []
    seen: set[str] = set()
    for p in found:
        relative = p[len(root) :].lstrip("/") if root and p.startswith(root) else p.rsplit("/", 1)[-1]
        key = _UNSAFE.sub("_", relative[: -len(shard_suffix(p) or "")].replace("/", "__")) or "shard"
        base, n = key, 1
        while key in seen:
            n += 1
            key = f"{base}-{n}"
        seen.add(key)
        shards.append(Shard(url=fs.unstrip_protocol(p) if _is_remote(source) else p, key=key))
    return shards


def read_shard(url: str) -> Iterator[Document | ShardError]:
    """Documents of one shard in order; unreadable records become ShardErrors naming their line."""
    if (shard_suffix(url) or "") in PARQUET_SUFFIXES:
        yield from _read_parquet(url)
        return
    if not _is_remote(url) and url.lower().endswith((".jsonl", ".ndjson")):
        yield from _from_jsonl(Path(url), url)
        return
    with tempfile.TemporaryDirectory(prefix="frontlines-shard-") as tmp:
        local = Path(tmp) / "shard.jsonl"
        try:
            with fsspec.open(url, "rb", compression="infer") as src, local.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read shard ({exc})", source=url) from None
        yield from _from_jsonl(local, url)


def _from_jsonl(path: Path, shard: str) -> Iterator[Document | ShardError]:
    for item in read_jsonl(path):
        if isinstance(item, InputError):
            line, reason = _split_label(item, str(path))
            yield ShardError(shard, line, None, reason)
        else:
            yield item


def _read_parquet(url: str) -> Iterator[Document | ShardError]:
    import pyarrow.parquet as pq

    try:
        with fsspec.open(url, "rb") as fh:
            table = pq.read_table(fh)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read Parquet shard ({exc})", source=url) from None
    for row_number, record in enumerate(table.to_pylist(), start=1):
        label = f"{url}:{row_number}"
        try:
            yield document_from_record(record, label)
        except InputError as exc:
            yield ShardError(url, row_number, None, _split_label(exc, url)[1])


def _split_label(exc: InputError, path: str) -> tuple[int | None, str]:
    """(line, reason) from an InputError whose source is 'path:line'."""
    source = exc.source or ""
    message = str(exc)
    reason = message[len(source) + 2 :] if source and message.startswith(source + ": ") else message
    tail = source[len(path) + 1 :] if source.startswith(path + ":") else ""
    return (int(tail) if tail.isdigit() else None), reason


def _is_remote(url: str) -> bool:
    return "://" in url and not url.startswith("file://")
