"""One Dask task: read a shard, extract its events, write its outputs, mark it finished.

Runs unchanged in a single process (tests, `frontlines batch --workers 0`) and on a
cluster worker; models load once per process through the pipeline's cached getters.
"""

from __future__ import annotations

import os
import socket
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass

from frontlines.batch.output import DOCUMENTS, EVENTS, OutputDir
from frontlines.batch.shards import ShardError, read_shard
from frontlines.batch.tables import documents_table, events_table
from frontlines.errors import FrontlinesError
from frontlines.model import Document, Event


@dataclass
class ShardResult:
    shard: str
    key: str
    documents: int = 0
    events: int = 0
    errors: int = 0
    words: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the worker process while on this shard (with --threads it counts every thread)
    worker: str = ""
    failed: str = ""  # the whole shard could not be processed (it is not marked done)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


Extractor = Callable[[list[Document]], list[Event]]


def process_shard(url: str, key: str, out: str, extract: Extractor | None = None) -> ShardResult:
    """Extract one shard into OUT; a shard-level failure is returned, not raised, so the job goes on.

    `extract` defaults to `frontlines.pipeline.extract_batch`; any picklable function of the same shape works.
    """
    start, cpu_start = time.perf_counter(), time.process_time()
    result = ShardResult(shard=url, key=key, worker=f"{socket.gethostname()}:{os.getpid()}")
    try:
        documents, errors = _read(url)
        events, failed = extract_isolating_failures(documents, url, extract)
        errors.extend(failed)
        failed_ids = {e.id for e in failed}
        documents = [d for d in documents if d.id not in failed_ids]
        output = OutputDir(out)
        output.write_table(DOCUMENTS, key, documents_table(documents))
        output.write_table(EVENTS, key, events_table(events))
        output.write_errors(key, (e.as_dict() for e in errors))
        result.documents, result.events, result.errors = len(documents), len(events), len(errors)
        result.words = sum(len(d.text.split()) for d in documents)
        result.seconds = round(time.perf_counter() - start, 3)
        result.cpu_seconds = round(time.process_time() - cpu_start, 3)
        output.write_marker(key, result.as_dict())
    except FrontlinesError as exc:
        result.failed = str(exc)
    except Exception as exc:  # any crash becomes this shard's failure; other shards go on
        result.failed = _describe(exc)
    result.seconds = round(time.perf_counter() - start, 3)
    result.cpu_seconds = round(time.process_time() - cpu_start, 3)
    return result


def _read(url: str) -> tuple[list[Document], list[ShardError]]:
    documents: list[Document] = []
    errors: list[ShardError] = []
    seen: set[str] = set()
    for item in read_shard(url):
        if isinstance(item, ShardError):
            errors.append(item)
        elif item.id in seen:
            continue  # the same article (same URL or text) twice in one shard: extract it once
        else:
            seen.add(item.id)
            documents.append(item)
    return documents, errors


CHUNK = 32  # documents per extract call: spaCy batches well, and a failure redoes at most this many


def extract_isolating_failures(
    documents: list[Document], shard: str, extract: Extractor | None = None
) -> tuple[list[Event], list[ShardError]]:
    """Extract in chunks; a chunk that raises is redone document by document to name the ones that fail."""
    if extract is None:
        from frontlines.pipeline import extract_batch as extract
    events: list[Event] = []
    failed: list[ShardError] = []
    for i in range(0, len(documents), CHUNK):
        chunk = documents[i : i + CHUNK]
        try:
            events.extend(extract(chunk))
            continue
        except Exception:
            pass
        for document in chunk:
            try:
                events.extend(extract([document]))
            except Exception as exc:
                failed.append(ShardError(shard, None, document.id, f"extraction failed: {_describe(exc)}"))
    return events, failed


def _describe(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno})" if frames else ""
    message = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {message}{where}" if message else f"{type(exc).__name__}{where}"
